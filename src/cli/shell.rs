//! Shell integration: completion scripts.

use clap::{Subcommand, ValueEnum};

/// The subcommands of the "Shell" family of `secrets --help`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell).
    #[command(after_long_help = "\
Examples:
  secrets completions bash > ~/.local/share/bash-completion/completions/secrets
  secrets completions zsh > ~/.zfunc/_secrets
  secrets completions fish > ~/.config/fish/completions/secrets.fish")]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: CompletionShell,
    },
}

/// Shells we print completion scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    /// GNU Bash.
    Bash,
    /// Z shell.
    Zsh,
    /// fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// Elvish.
    Elvish,
    /// Nushell.
    Nushell,
}
