//! Usage errors are short and right: no hint that fails too, a usage line that agrees with
//! the error, `secrets help`, one version string, and lengths where people type them.

use crate::util::{fails, lines, secrets};

/// Standard output of a command that succeeds (help and version of an answering command
/// print the same text but exit 2: see `crate::util::help_status`).
fn stdout(args: &[&str]) -> String {
    let informational = args
        .iter()
        .any(|a| ["--help", "-V", "--version"].contains(a));
    let code = match args.first() {
        Some(cmd) if informational => crate::util::help_status(cmd),
        _ => 0,
    };
    let out = secrets()
        .args(args)
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn a_negative_size_is_a_value_error_without_a_dash_dash_tip() {
    let err = fails(&["token-hex", "-5"]);
    assert!(
        err.contains("must be a whole number of at least 1"),
        "{err}"
    );
    assert!(!err.contains("-- -5"), "{err}");
}

#[test]
fn an_unknown_flag_is_not_offered_as_a_value() {
    let err = fails(&["totp", "env:S", "-n", "3"]);
    assert!(
        err.starts_with("error: unexpected argument '-n' found"),
        "{err}"
    );
    assert!(!err.contains("as a value"), "{err}");
}

#[test]
fn the_usage_line_is_the_commands_own() {
    let err = fails(&["totp", "--new", "--counter", "3"]);
    assert!(err.contains("cannot be used with"), "{err}");
    assert!(
        err.contains("Usage: secrets totp [OPTIONS] [SECRET-SOURCE]"),
        "{err}"
    );
    let err = fails(&["hash", "pass:x", "--json"]);
    assert!(
        err.contains("Usage: secrets hash [OPTIONS] [SOURCE]"),
        "{err}"
    );
    assert!(!err.contains("<SOURCE>"), "{err}");
}

#[test]
fn usage_errors_have_the_shape_the_readme_describes() {
    // A usage error: the error, the command's usage line, a pointer to --help.
    let err = fails(&["password", "--lenght", "3"]);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error: unexpected argument '--lenght'"),
        "{err}"
    );
    assert!(
        err.contains("a similar argument exists: '--length'"),
        "{err}"
    );
    assert!(
        err.contains("\nUsage: secrets password [OPTIONS] [LENGTH]\n"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("For more information, try '--help'."),
        "{err}"
    );
    // Any other error: one `error:` line, then a `hint:` line where one helps.
    let err = fails(&["password", "--charset", "a"]);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error: ") && lines[1].starts_with("hint: "),
        "{err}"
    );
}

#[test]
fn every_version_flag_prints_secrets_and_the_version() {
    let want = format!("secrets {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(stdout(&["--version"]), want);
    assert_eq!(stdout(&["password", "--version"]), want);
    assert_eq!(stdout(&["totp", "-V"]), want);
}

#[test]
fn help_is_a_command_too() {
    assert_eq!(stdout(&["help"]), stdout(&["--help"]));
    assert_eq!(
        stdout(&["help", "password"]),
        stdout(&["password", "--help"])
    );
}

#[test]
fn lengths_can_be_operands() {
    let pw = lines(&["password", "32"]);
    assert_eq!(pw[0].chars().count(), 32);
    let code = lines(&["otp", "8"]);
    assert!(code[0].len() == 8 && code[0].bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(lines(&["otp", "--digits", "7"])[0].len(), 7);
    let words = lines(&["passphrase", "8", "-s", " "]);
    assert_eq!(words[0].split(' ').count(), 8);
    // The operand goes through the same bounds as the flag.
    assert!(fails(&["password", "0"]).contains("invalid value '0'"));
}

#[test]
fn an_operand_and_its_flag_together_are_a_usage_error() {
    for args in [
        ["password", "32", "-l", "5"],
        ["otp", "8", "--digits", "6"],
        ["passphrase", "8", "--words", "4"],
    ] {
        let err = fails(&args);
        assert!(err.contains("cannot be used with"), "{args:?}: {err}");
    }
}

#[test]
fn messages_read_as_a_person_writes() {
    let err = fails(&["totp", "--period", "0", "pass:JBSWY3DPEHPK3PXP"]);
    assert!(err.contains("must be at least 1"), "{err}");
    assert!(!err.contains("18446744073709551615"), "{err}");
    let err = fails(&["totp", "pass:A"]);
    assert!(err.contains("1 character read"), "{err}");
    let err = fails(&["compare", "env:", "pass:x"]);
    assert!(
        err.contains("env: needs the name of an environment variable"),
        "{err}"
    );
    let err = fails(&["hash", "pass:x", "--memory-cost", "8"]);
    assert!(err.contains("minimum of 8 KiB per lane, 32 KiB"), "{err}");
    assert!(err.contains("at least 32"), "{err}");
}

#[test]
fn help_and_version_on_a_full_disk_are_errors() {
    let out = crate::util::bash(
        "$S --help > /dev/full; echo \"help $?\"; $S -V > /dev/full; echo \"version $?\"; \
         $S --help | head -c 1 > /dev/null; echo \"pipe ${PIPESTATUS[0]}\"",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text, "help 2\nversion 2\npipe 0\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("No space left"));
}

#[test]
fn help_on_a_nested_command_is_help_and_only_env_check_answers() {
    // `env fill --help` was refused as "not the only argument"; only `env check` answers
    // with its exit status, so only its help exits 2.
    for (args, code) in [
        (&["env", "fill", "--help"][..], 0),
        (&["env", "rotate", "--help"], 0),
        (&["env", "--help"], 0),
        (&["help", "env", "fill"], 0),
        (&["env", "check", "--help"], 2),
        (&["env", "check", ".env.example", "--help"], 2),
    ] {
        let out = crate::util::secrets().args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        if code == 0 {
            assert!(
                String::from_utf8_lossy(&out.stdout).contains("Usage:"),
                "{args:?}"
            );
        }
    }
}

#[test]
fn help_counts_only_as_the_flag_itself_and_help_about_an_answer_is_not_a_yes() {
    // Found by the attack pass: `-hl5` asks for help and more, so it is not "alone";
    // `help compare` is help about an answer command, so it exits 2 like `compare --help`.
    for (args, code) in [
        (&["password", "-hl5"][..], 2),
        (&["pw", "-hl5"], 2),
        (&["token-hex", "-hn2"], 2),
        (&["password", "-Vn2"], 2),
        (&["-hx"], 2),
        (&["password", "-h"], 0),
        (&["help", "compare"], 2),
        (&["help", "env", "check"], 2),
        (&["help", "password"], 0),
        (&["help"], 0),
    ] {
        let out = crate::util::secrets().args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
}

#[test]
fn usage_errors_of_nested_commands_show_their_own_usage_line() {
    for args in [
        &["env", "check", "--bogus"][..],
        &["env", "check"],
        &["env", "fill", "-q"],
    ] {
        let err = fails(args);
        let want = format!("Usage: secrets env {}", args[1]);
        assert!(err.contains(&want), "{args:?}: {err}");
    }
}

#[test]
fn help_and_version_to_a_closed_stdout_are_errors() {
    let out = crate::util::bash(
        "$S --help >&-; echo \"help $?\"; $S password -V >&-; echo \"version $?\"",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "help 2\nversion 2\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output is closed"));
}

#[test]
fn a_full_disk_mid_stream_names_standard_output() {
    let out = crate::util::bash("$S token-hex 65536 > /dev/full; echo \"$?\"");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: writing to standard output: No space left"),
        "{err}"
    );
}
