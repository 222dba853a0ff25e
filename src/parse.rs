//! Parsing the command line, with clap's messages made short and right.
//!
//! clap's errors are good, with three exceptions that mislead a new user, fixed here:
//! - "tip: to pass '-n' as a value, use '-- -n'" appears whenever a positional could take a
//!   value, even when `--` would fail too (`token-hex -- -5`) or the flag is simply unknown
//!   to that command (`totp env:S -n 3`). It is dropped; "a similar argument exists" stays.
//! - The usage line under an error is built from the arguments given, so it can contradict
//!   the error (`totp --new --counter 3` showed `secrets totp --new [SECRET-SOURCE]`) or
//!   show an optional operand as required (`hash pass:x --json` showed `<SOURCE>`). It is
//!   replaced by the command's own usage line, the one `--help` shows.
//! - `secrets password --version` printed `secrets-password 0.1.0`; every form prints
//!   `secrets 0.1.0`.
//!
//! And one rule for safety (found by the attack pass): help and version exit 0 only when
//! asked for alone (`secrets password --help`), and never for the commands whose exit status
//! is an answer ([`ANSWER_COMMANDS`]). There an operand can be a received value, and
//! `secrets verify "$HASH"` with a stored hash of `--help` must not read as "it matches".

use std::ffi::OsString;
use std::io::Write;

use clap::FromArgMatches;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::cli::{ANSWER_COMMANDS, Cli, EXIT_ERROR, EXIT_OK};

/// Whether every argument between the program name and the last one names a subcommand of
/// the one before it (`secrets env fill --help`): then the last one is the only argument
/// after the command.
fn only_subcommands_before_flag(cmd: &clap::Command, args: &[OsString]) -> bool {
    let Some((_, path)) = args.get(1..).and_then(<[OsString]>::split_last) else {
        return true;
    };
    let mut here = cmd;
    for name in path {
        match here.find_subcommand(name) {
            Some(sub) => here = sub,
            None => return false,
        }
    }
    true
}

/// The subcommand names at the start of `args`, joined by spaces (`env check`).
fn command_path(cmd: &clap::Command, args: &[OsString]) -> String {
    let mut path = Vec::new();
    let mut here = cmd;
    for arg in args.iter().skip(1) {
        match here.find_subcommand(arg) {
            Some(sub) => {
                path.push(sub.get_name().to_owned());
                here = sub;
            }
            None => break,
        }
    }
    path.join(" ")
}

/// Parses `args` (program name first). On `--help`, `--version` or a usage error, the text
/// has been printed and the exit status to end with is returned instead.
pub fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    if let Some(cli) = parse_one_family(&args) {
        return Ok(cli);
    }
    let mut cmd = crate::cli::command();
    let err = match cmd.try_get_matches_from_mut(args.clone()) {
        Ok(mut matches) => match Cli::from_arg_matches_mut(&mut matches) {
            Ok(cli) => return Ok(cli),
            Err(err) => err.with_cmd(&cmd),
        },
        Err(err) => err,
    };
    let informational = matches!(
        err.kind(),
        ErrorKind::DisplayVersion | ErrorKind::DisplayHelp
    );
    // `secrets --help`, `secrets CMD --help`, `secrets env fill --help`, `secrets help [CMD]`;
    // the flag exactly (`-hl5` asks for help and more, so it is not alone).
    let flag_alone = args
        .last()
        .is_some_and(|a| ["-h", "--help", "-V", "--version"].iter().any(|f| a == f))
        && only_subcommands_before_flag(&cmd, &args);
    let alone = args.get(1).is_some_and(|a| a == "help") || flag_alone;
    if informational && !alone {
        crate::note!(
            "error: --help and --version must be the only argument after the command (as in \
             `secrets verify --help`)\n\
             hint: an operand that starts with '-' is read as an option; put untrusted values \
             after `--`, or pass them on standard input"
        );
        return Err(EXIT_ERROR);
    }
    // `secrets help verify` is help about an answer command too.
    let asked_about = match args.get(1) {
        Some(first) if first == "help" => &args[1..],
        _ => &args[..],
    };
    let answers = ANSWER_COMMANDS.contains(&command_path(&cmd, asked_about).as_str());
    if informational && crate::io::stdout_closed_at_start() {
        crate::note!("error: standard output is closed, so the help or version would be lost");
        return Err(EXIT_ERROR);
    }
    match err.kind() {
        ErrorKind::DisplayVersion | ErrorKind::DisplayHelp if answers => {
            // Printed as usual, but never a "yes".
            let _ = print_informational(&err, &cmd);
            crate::note!(
                "note: exit status 2: this command answers with its exit status, and help is \
                 not an answer"
            );
            Err(EXIT_ERROR)
        }
        ErrorKind::DisplayVersion => {
            let version = cmd.get_version().unwrap_or_default();
            let mut out = std::io::stdout().lock();
            match writeln!(out, "secrets {version}").and_then(|()| out.flush()) {
                Ok(()) => Err(EXIT_OK),
                Err(e) => Err(output_failed(&e)),
            }
        }
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Help asked for goes to stdout (exit 0); help instead of a command, to stderr
            // (exit 2). A full disk is an error, a closed pipe is not.
            match err.print() {
                Ok(()) if err.use_stderr() => Err(EXIT_ERROR),
                Ok(()) => Err(EXIT_OK),
                Err(e) => Err(output_failed(&e)),
            }
        }
        _ => {
            let _ = fix(err, &mut cmd, &args).print();
            Err(EXIT_ERROR)
        }
    }
}

/// Every subcommand alias and the name it stands for (a test checks this against the
/// definitions).
const ALIASES: &[(&str, &str)] = &[("pw", "password"), ("pp", "passphrase")];

/// The command line parsed with only its subcommand's family built, or `None` when that is
/// not how it parses (no such name, help, version, any error): then [`parse`] builds the
/// whole command and parses again, so every message is the one the whole command gives.
///
/// Why: building all ~30 subcommands' arguments is most of a short run's start-up (heap
/// pages, then freeing them); one family is a fraction of it. The family is built by the
/// same derive code on a top level with the same parsing settings as [`Cli`], so what
/// parses here parses to the same value there (a test compares the two on every example).
fn parse_one_family(args: &[OsString]) -> Option<Cli> {
    #[cfg(feature = "serve")]
    use crate::cli::serve;
    use crate::cli::{Command, env, generate, keys, read, shell};
    use clap::Subcommand;

    fn family<F: Subcommand>(args: &[OsString]) -> Option<F> {
        parse_family::<F>(args).ok()
    }

    let name = args.get(1)?.to_str()?;
    // clap's derived `has_subcommand` knows names, not aliases.
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, name)| name);
    let command = if generate::Command::has_subcommand(name) {
        Command::Generate(family(args)?)
    } else if read::Command::has_subcommand(name) {
        Command::Read(family(args)?)
    } else if keys::Command::has_subcommand(name) {
        Command::Keys(family(args)?)
    } else if env::Command::has_subcommand(name) {
        Command::Env(family(args)?)
    } else if shell::Command::has_subcommand(name) {
        Command::Shell(family(args)?)
    } else {
        #[cfg(feature = "serve")]
        if serve::Command::has_subcommand(name) {
            let command = Command::Serve(family(args)?);
            return Some(Cli { command });
        }
        return None;
    };
    Some(Cli { command })
}

/// `args` parsed as a command of the family `F` alone, on a top level with the same
/// parsing settings as [`Cli`].
fn parse_family<F: clap::Subcommand>(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
) -> Result<F, clap::Error> {
    let top = clap::Command::new("secrets")
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true)
        .subcommand_required(true)
        .arg_required_else_help(true);
    let mut matches = F::augment_subcommands(top).try_get_matches_from(args)?;
    F::from_arg_matches_mut(&mut matches)
}

/// The exit status when help or the version could not be written: 0 for a reader that went
/// away (`secrets --help | head -1`), 2 otherwise (a full disk), with a note.
fn output_failed(e: &std::io::Error) -> u8 {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return EXIT_OK;
    }
    crate::note!("error: writing to standard output: {e}");
    EXIT_ERROR
}

/// The error without the misleading tip, and with the usage line of the command it is about.
fn fix(mut err: clap::Error, cmd: &mut clap::Command, args: &[OsString]) -> clap::Error {
    if let Some(ContextValue::StyledStrs(tips)) = err.remove(ContextKind::Suggested) {
        let kept: Vec<_> = tips
            .into_iter()
            .filter(|tip| !tip.to_string().contains("as a value, use '"))
            .collect();
        if !kept.is_empty() {
            err.insert(ContextKind::Suggested, ContextValue::StyledStrs(kept));
        }
    }
    if err.get(ContextKind::Usage).is_some() {
        cmd.build();
        // The innermost subcommand named at the start (`env check`), as `--help` shows it.
        let mut here: &clap::Command = cmd;
        for arg in args.iter().skip(1) {
            match here.find_subcommand(arg) {
                Some(sub) => here = sub,
                None => break,
            }
        }
        let usage = here.clone().render_usage();
        err.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
    }
    err
}

/// Prints help or the version to standard output.
fn print_informational(err: &clap::Error, cmd: &clap::Command) -> std::io::Result<()> {
    if err.kind() == ErrorKind::DisplayVersion {
        let mut out = std::io::stdout().lock();
        writeln!(out, "secrets {}", cmd.get_version().unwrap_or_default())?;
        return out.flush();
    }
    err.print()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The whole command's reading of `args`, `None` for any error, help or version.
    fn parse_whole(args: &[OsString]) -> Option<Cli> {
        let mut matches = crate::cli::command().try_get_matches_from(args).ok()?;
        Cli::from_arg_matches_mut(&mut matches).ok()
    }

    fn argv(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn aliases_are_every_alias_of_every_subcommand() {
        let mut defined = Vec::new();
        let cmd = Cli::command();
        for sub in cmd.get_subcommands() {
            for alias in sub.get_all_aliases() {
                defined.push((alias.to_owned(), sub.get_name().to_owned()));
            }
        }
        let mut listed: Vec<_> = ALIASES
            .iter()
            .map(|(a, n)| ((*a).to_owned(), (*n).to_owned()))
            .collect();
        defined.sort();
        listed.sort();
        assert_eq!(defined, listed);
    }

    /// The command lines of every example in every subcommand's help (those a whitespace
    /// split reads right), and hostile or odd ones.
    fn command_lines() -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut cmd = crate::cli::command();
        cmd.build();
        let mut helps = vec![cmd.render_long_help().to_string()];
        for sub in cmd.get_subcommands_mut() {
            helps.push(sub.render_long_help().to_string());
            for nested in sub.get_subcommands_mut() {
                helps.push(nested.render_long_help().to_string());
            }
        }
        for help in &helps {
            for line in help.lines() {
                let Some(rest) = line.trim_start().strip_prefix("secrets ") else {
                    continue;
                };
                let command: String = rest.split("  ").next().unwrap_or("").to_owned();
                if command.contains(['\'', '"', '$', '|', '<', '>', '`', '(']) {
                    continue;
                }
                lines.push(format!("secrets {command}"));
            }
        }
        assert!(lines.len() > 60, "{} examples found", lines.len());
        for odd in [
            "secrets",
            "secrets pw",
            "secrets pp --words 4",
            "secrets password --version",
            "secrets password --help",
            "secrets password -h",
            "secrets choice a --version",
            "secrets choice -- --version",
            "secrets choice -- --help a",
            "secrets password 12 -l 12",
            "secrets password -l 0",
            "secrets token-hex -1",
            "secrets token-hex 99999999999999999999999",
            "secrets env",
            "secrets env --help",
            "secrets env check",
            "secrets env fill --help",
            "secrets help",
            "secrets help password",
            "secrets nosuch",
            "secrets passwrd",
            "secrets completions bash",
            "secrets run --",
            "secrets serve --port 0",
            "secrets verify --help",
            "secrets compare pass:a pass:a",
        ] {
            lines.push(odd.to_owned());
        }
        lines
    }

    #[test]
    fn one_family_parses_exactly_as_the_whole_command() {
        let mut fast = 0;
        for line in command_lines() {
            let args = argv(&line);
            let whole = parse_whole(&args).map(|c| format!("{c:?}"));
            let one = parse_one_family(&args).map(|c| format!("{c:?}"));
            assert_eq!(one, whole, "{line}");
            fast += usize::from(one.is_some());
        }
        assert!(fast > 50, "only {fast} command lines took the fast path");
    }
}
