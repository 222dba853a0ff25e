//! The documentation a new user reads first is right: the tables of README.md, SECURITY.md
//! and docs/ render, every path they name exists, SECURITY.md names each threat once, the
//! README stays short and tells no history, the examples of `--help` and the man pages are
//! the same lines, and every top-level example runs.

use std::path::Path;
use std::process::Command;

use secrets_cli::cli::EXAMPLES;

use crate::util::{TempDir, have_tool, secrets};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README")
}

/// The Markdown documents a user reads, `(path, text)`: README.md, SECURITY.md and every
/// `docs/*.md`, in a fixed order.
fn documents() -> Vec<(String, String)> {
    let mut guides: Vec<String> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .flatten()
        .map(|entry| format!("docs/{}", entry.file_name().to_string_lossy()))
        .filter(|name| name.ends_with(".md"))
        .collect();
    guides.sort();
    assert!(!guides.is_empty(), "no guides in docs/");
    let mut names = vec!["README.md".to_owned(), "SECURITY.md".to_owned()];
    names.extend(guides);
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(root().join(&name))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, text)
        })
        .collect()
}

/// A Markdown table is one block of `|` lines: a row after a blank line starts a new table
/// without a header, which renders as text (the `-c, --clip` row did). And every code block
/// is closed.
#[test]
fn tables_are_unbroken_and_code_blocks_closed() {
    for (name, text) in documents() {
        let lines: Vec<&str> = text.lines().collect();
        let mut in_code = false;
        for (i, line) in lines.iter().enumerate() {
            if line.starts_with("```") {
                in_code = !in_code;
            }
            if in_code || !line.starts_with('|') {
                continue;
            }
            let previous = if i > 0 { lines[i - 1] } else { "" };
            let starts_table = !previous.starts_with('|');
            if starts_table {
                let next = lines.get(i + 1).copied().unwrap_or_default();
                assert!(
                    next.starts_with("|---") || next.starts_with("| ---") || next.starts_with("|:"),
                    "{name} line {}: a table row without a header: {line}",
                    i + 1
                );
            }
        }
        assert!(!in_code, "{name}: a code block is never closed");
    }
}

/// SECURITY.md's threat table has one row per threat, each starting `| **Threat** |`: two
/// rows for one threat drift apart and contradict each other.
#[test]
fn security_names_each_threat_once() {
    let text = std::fs::read_to_string(root().join("SECURITY.md")).expect("SECURITY.md");
    let mut in_table = false;
    let mut threats: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("## ") {
            in_table = line == "## Threat model";
            continue;
        }
        if !in_table
            || !line.starts_with('|')
            || line.starts_with("|---")
            || line.starts_with("| threat |")
        {
            continue;
        }
        let rest = line
            .strip_prefix("| **")
            .unwrap_or_else(|| panic!("a threat row must start `| **Threat** |`: {line}"));
        let end = rest
            .find("** |")
            .unwrap_or_else(|| panic!("a threat row must start `| **Threat** |`: {line}"));
        let threat = rest[..end].to_lowercase();
        assert!(
            !threats.contains(&threat),
            "SECURITY.md has two rows for the threat {threat:?}"
        );
        threats.push(threat);
    }
    assert!(
        threats.len() >= 10,
        "SECURITY.md's threat table has {} rows",
        threats.len()
    );
}

/// Every repository path the documents name (`src/…`, `tests/…`, `scripts/…`, `man/…`,
/// `completions/…`, `crates/…`, `docs/…`) exists, relative to the package: a file that was
/// moved or renamed leaves a stale path behind.
#[test]
fn every_path_the_documents_name_exists() {
    const PREFIXES: [&str; 7] = [
        "src/",
        "crates/",
        "tests/",
        "scripts/",
        "man/",
        "completions/",
        "docs/",
    ];
    let in_path = |c: char| c.is_ascii_alphanumeric() || "_-./".contains(c);
    let mut checked = 0;
    for (name, text) in documents() {
        for prefix in PREFIXES {
            for (at, _) in text.match_indices(prefix) {
                // `share/man/man1`, `crates.io/crates/…`: a prefix inside a longer path.
                if text[..at].chars().next_back().is_some_and(in_path) {
                    continue;
                }
                let path: String = text[at..].chars().take_while(|&c| in_path(c)).collect();
                // A path that ends a sentence.
                let path = path.trim_end_matches('.');
                assert!(
                    root().join(path).exists(),
                    "{name} names {path}, which does not exist"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} paths found in the documents");
}

/// The README is the short introduction; the guides in docs/ hold the rest.
#[test]
fn the_readme_is_at_most_400_lines() {
    let lines = readme().lines().count();
    assert!(
        lines <= 400,
        "README.md has {lines} lines; move the details to a guide in docs/"
    );
}

/// The documents say what the tool does, not how it was made: that history belongs in
/// CHANGELOG.md.
#[test]
fn the_documents_tell_no_history() {
    // The man pages carry every command's --help text, so they are read too.
    let mut pages: Vec<(String, String)> = std::fs::read_dir(root().join("man"))
        .expect("man/")
        .flatten()
        .map(|entry| {
            let name = format!("man/{}", entry.file_name().to_string_lossy());
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            (name, text)
        })
        .collect();
    assert!(pages.len() > 10, "the man pages are in man/");
    pages.extend(documents());
    for (name, text) in pages {
        // Words split across lines are still found.
        let flat = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        for phrase in ["seed article", "attack pass"] {
            assert!(!flat.contains(phrase), "{name} mentions {phrase:?}");
        }
        for (at, word) in flat.match_indices("session ") {
            assert!(
                !flat[at + word.len()..].starts_with(|c: char| c.is_ascii_digit()),
                "{name} mentions a session by number"
            );
        }
    }
}

#[test]
fn docs_do_not_overclaim_and_the_readme_lists_every_exit_1() {
    let generate =
        std::fs::read_to_string(root().join("docs/generate.md")).expect("docs/generate.md");
    assert!(
        generate.contains("every one except `token-bytes`"),
        "the output options are not on token-bytes"
    );
    let text = readme();
    let exit_table = &text[text.find("## Exit status").expect("section")..];
    let one = exit_table
        .lines()
        .find(|l| l.starts_with("| 1 |"))
        .expect("row 1");
    for answer in [
        "`compare`",
        "`check`",
        "`verify`",
        "`hmac --verify`",
        "`apikey --verify`",
    ] {
        assert!(one.contains(answer), "exit 1 of {answer} is not documented");
    }
    // token-bytes really has neither option.
    for flag in ["--json", "--no-newline"] {
        let err = crate::util::fails(&["token-bytes", flag]);
        assert!(err.contains("unexpected argument"), "{err}");
    }
}

/// The lines under "Examples:" in a help text, up to the first blank line.
fn help_examples(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Examples:"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim().to_owned())
        .collect()
}

/// The lines of a rendered man page's EXAMPLES section.
fn man_examples(page: &Path) -> Vec<String> {
    let out = Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "200")
        .env("MAN_KEEP_FORMATTING", "0")
        .env("MANPAGER", "cat")
        .output()
        .expect("man runs");
    let text: String =
        String::from_utf8_lossy(&out.stdout)
            .chars()
            .fold(String::new(), |mut s, c| {
                if c == '\u{8}' {
                    s.pop();
                } else {
                    s.push(c);
                }
                s
            });
    text.lines()
        .skip_while(|l| *l != "EXAMPLES")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim().to_owned())
        .collect()
}

#[test]
fn help_and_man_show_the_same_examples() {
    if !have_tool("man", &["--version"], "man (man-db)") {
        return;
    }
    let mut commands: Vec<Option<&str>> = vec![None];
    for sub in [
        "password",
        "passphrase",
        "token-hex",
        "token-urlsafe",
        "token-bytes",
        "otp",
        "apikey",
        "int",
        "choice",
        "compare",
        "check",
        "hash",
        "verify",
        "hmac",
        "totp",
        "completions",
    ] {
        commands.push(Some(sub));
    }
    for sub in commands {
        let mut cmd = secrets();
        if let Some(sub) = sub {
            cmd.arg(sub);
        }
        let help = cmd
            .arg("--help")
            .assert()
            .code(crate::util::help_status(sub.unwrap_or("")))
            .get_output()
            .stdout
            .clone();
        let help = help_examples(&String::from_utf8_lossy(&help));
        let page = match sub {
            Some(sub) => format!("man/secrets-{sub}.1"),
            None => "man/secrets.1".to_owned(),
        };
        let man = man_examples(&root().join(page));
        assert!(!help.is_empty(), "{sub:?}: no examples in --help");
        assert_eq!(help, man, "{sub:?}: --help and man differ");
    }
}

#[test]
fn the_top_level_examples_cover_the_newer_commands() {
    let commands: Vec<&str> = EXAMPLES.iter().map(|(cmd, _)| *cmd).collect();
    for wanted in [
        "secrets hmac",
        "secrets totp",
        "secrets apikey --checksum",
        "secrets verify",
    ] {
        assert!(
            commands.iter().any(|c| c.starts_with(wanted)),
            "no example of {wanted}"
        );
    }
}

/// Every top-level example runs, in order, in one directory (`hash > pw.hash` feeds
/// `verify`), with the variables they name set and a strong password on standard input.
#[test]
fn every_top_level_example_runs() {
    let dir = TempDir::new("examples");
    std::fs::write(dir.path("body.json"), "{\"event\":\"push\"}\n").expect("write");
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let bin_dir = bin.parent().expect("a directory");
    let password = "Tr0ub4dor-Horse-Battery-Staple-93";
    std::fs::write(dir.path("stdin.txt"), format!("{password}\n")).expect("write");
    for (example, _) in EXAMPLES {
        let out = Command::new("bash")
            .args(["-c", &format!("{example} < stdin.txt")])
            .current_dir(&dir.0)
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    bin_dir.display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .env("EXPECTED", password)
            .env("PW", password)
            .env("SECRET", "webhook-key")
            .env("TOTP_SECRET", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("bash runs");
        assert!(
            out.status.success(),
            "{example}: exit {:?}: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
