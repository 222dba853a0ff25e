//! Where and how generated secrets are written: shared by every generator.

use std::path::PathBuf;

use clap::{Args, value_parser};

use super::{Escape, positive};

/// Where and how secrets are written; shared by every generator.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Generate N secrets, one per line.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 1,
          value_parser = positive)]
    pub count: u64,

    /// Print JSON Lines: one object per secret with its kind, parameters and entropy.
    #[arg(long)]
    pub json: bool,

    /// Write to FILE instead of standard output: created with mode 0600, atomically.
    ///
    /// The secrets go to a new file in FILE's directory, mode 0600 from the start and without
    /// a name (O_TMPFILE; elsewhere a hidden temporary name) until it is complete, then linked
    /// into place. An existing FILE is refused unless --force is given; a symbolic link at FILE
    /// is never followed.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// With --output, replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Do not end the output with a newline (a single secret only).
    #[arg(long)]
    pub no_newline: bool,

    /// Escape each secret for a file format: compose writes '$' as '$$' (docker-compose).
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "json")]
    pub escape: Option<Escape>,

    /// Copy the secret to the clipboard instead of printing it; cleared after a timeout.
    ///
    /// Nothing is printed on standard output. The command returns at once and the secret
    /// stays pasteable; after --clip-timeout seconds it is cleared, but only if the clipboard
    /// still holds it (something copied meanwhile is left alone). Clipboard managers are asked
    /// not to record it (x-kde-passwordManagerHint). Needs an X11 or Wayland session.
    #[arg(short = 'c', long, conflicts_with_all = ["json", "output", "no_newline"])]
    pub clip: bool,

    /// With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear)
    /// [default: $SECRETS_CLIP_TIMEOUT, else 45].
    ///
    /// SECRETS_CLIP_TIMEOUT is read only with --clip, and a bad value there is an error.
    #[arg(long, value_name = "SECONDS", requires = "clip",
          value_parser = value_parser!(u64).range(0..=crate::io::clipboard::MAX_CLIP_TIMEOUT))]
    pub clip_timeout: Option<u64>,

    /// In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout.
    ///
    /// The value is written in the multi-line form with a random delimiter that does not
    /// occur in it, after `::add-mask::VALUE` lines on standard output so that the runner
    /// masks it before it can appear in a log. Outside Actions (no $GITHUB_OUTPUT) this is an
    /// error.
    #[arg(long, value_name = "NAME", help_heading = "CI",
          conflicts_with_all = ["json", "output", "clip", "no_newline", "github_env"])]
    pub github_output: Option<String>,

    /// In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout.
    ///
    /// As --github-output, for the environment of the job's later steps.
    #[arg(long, value_name = "NAME", help_heading = "CI",
          conflicts_with_all = ["json", "output", "clip", "no_newline"])]
    pub github_env: Option<String>,

    /// When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first.
    ///
    /// Each secret line is registered with the runner (which reads workflow commands from
    /// both streams) before it is written, so a value captured with $(...) and printed later
    /// is masked. Standard output still carries only the secrets. Elsewhere it does nothing.
    #[arg(long, help_heading = "CI", conflicts_with_all = ["json", "clip"])]
    pub mask: bool,
}
