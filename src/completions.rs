//! Shell completion scripts, generated from the clap definition in [`crate::cli`].

use clap::CommandFactory;
use clap_complete::{Shell, generate};

use crate::cli::{Cli, CompletionShell};

/// The completion script for `shell`, exactly as `secrets completions SHELL` prints it and as
/// `completions/` holds it.
pub fn render(shell: CompletionShell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    match shell {
        CompletionShell::Bash => generate(Shell::Bash, &mut cmd, "secrets", &mut out),
        CompletionShell::Zsh => generate(Shell::Zsh, &mut cmd, "secrets", &mut out),
        CompletionShell::Fish => generate(Shell::Fish, &mut cmd, "secrets", &mut out),
        CompletionShell::Powershell => {
            generate(Shell::PowerShell, &mut cmd, "secrets", &mut out);
        }
        CompletionShell::Elvish => generate(Shell::Elvish, &mut cmd, "secrets", &mut out),
        CompletionShell::Nushell => {
            generate(
                clap_complete_nushell::Nushell,
                &mut cmd,
                "secrets",
                &mut out,
            );
        }
    }
    out
}

/// The file name under `completions/` that holds each shell's script.
pub fn file_name(shell: CompletionShell) -> &'static str {
    match shell {
        CompletionShell::Bash => "secrets.bash",
        CompletionShell::Zsh => "_secrets",
        CompletionShell::Fish => "secrets.fish",
        CompletionShell::Powershell => "_secrets.ps1",
        CompletionShell::Elvish => "secrets.elv",
        CompletionShell::Nushell => "secrets.nu",
    }
}
