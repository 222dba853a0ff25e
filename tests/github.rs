//! `--github-output`, `--github-env`, `--mask`: GitHub Actions' files, read by a parser
//! written from GitHub's documentation ("Workflow commands for GitHub Actions", sections
//! "Setting an output parameter", "Setting an environment variable" and "Multiline
//! strings"): each entry is `NAME=VALUE` on one line, or `NAME<<DELIMITER`, the value's
//! lines, and a line that is exactly DELIMITER.

use std::collections::BTreeMap;

use crate::util::{TempDir, fails, secrets};

fn parse_github_file(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut lines = text.split('\n');
    while let Some(line) = lines.next() {
        if line.is_empty() {
            continue;
        }
        if let Some((name, delimiter)) = line.split_once("<<") {
            let mut value = Vec::new();
            loop {
                let l = lines.next().expect("the delimiter line comes");
                if l == delimiter {
                    break;
                }
                value.push(l);
            }
            out.insert(name.to_owned(), value.join("\n"));
        } else {
            let (name, value) = line.split_once('=').expect("NAME=VALUE");
            out.insert(name.to_owned(), value.to_owned());
        }
    }
    out
}

#[test]
fn github_output_gets_the_secret_and_stdout_only_the_mask() {
    let dir = TempDir::new("github-output");
    let file = dir.path("output");
    std::fs::write(&file, "EARLIER=1\n").expect("write");
    for (flag, var) in [
        ("--github-output", "GITHUB_OUTPUT"),
        ("--github-env", "GITHUB_ENV"),
    ] {
        let out = secrets()
            .args(["choice", "EOF", "--unique"])
            .args([flag, "TOKEN"])
            .env(var, &file)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let parsed = parse_github_file(&std::fs::read_to_string(&file).expect("read"));
        assert_eq!(parsed.get("TOKEN").map(String::as_str), Some("EOF"));
        assert_eq!(String::from_utf8_lossy(&out), "::add-mask::EOF\n");
        assert_eq!(parsed.get("EARLIER").map(String::as_str), Some("1"));
    }
    // A real secret: only the mask line, which registers exactly the value in the file.
    let out = secrets()
        .args(["password", "-l", "40", "--github-output", "PW"])
        .env("GITHUB_OUTPUT", &file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let parsed = parse_github_file(&std::fs::read_to_string(&file).expect("read"));
    let pw = parsed.get("PW").expect("PW");
    // The command's data is %-escaped as the runner decodes it (`%` is `%25`).
    let escaped = pw.replace('%', "%25");
    assert_eq!(
        String::from_utf8_lossy(&out),
        format!("::add-mask::{escaped}\n")
    );
}

#[test]
fn multi_line_values_and_delimiter_look_alikes_read_back() {
    for value in [
        "a\nEOF\nb",
        "EOF",
        "ghadelimiter_\nx",
        "line\n\nafter a blank",
    ] {
        let delimiter = secrets_cli::io::github::delimiter_for(value.as_bytes()).expect("random");
        let entry = secrets_cli::io::github::github_entry("V", value.as_bytes(), &delimiter);
        let parsed = parse_github_file(std::str::from_utf8(&entry).expect("utf-8"));
        assert_eq!(parsed.get("V").map(String::as_str), Some(value));
    }
}

#[test]
fn outside_actions_the_flags_are_errors() {
    let err = fails(&["token-hex", "--github-output", "T"]);
    assert!(err.contains("GITHUB_OUTPUT"), "{err}");
    let err = fails(&["token-hex", "--github-env", "bad name"]);
    assert!(err.contains("NAME"), "{err}");
    fails(&["token-hex", "-n", "2", "--github-env", "T"]);
}

#[test]
fn mask_registers_each_secret_on_stderr_before_stdout() {
    let out = secrets()
        .args(["token-hex", "-n", "3", "--mask"])
        .env("GITHUB_ACTIONS", "true")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tokens: Vec<&str> = stdout.lines().collect();
    assert_eq!(tokens.len(), 3);
    let masks: Vec<String> = tokens.iter().map(|t| format!("::add-mask::{t}")).collect();
    assert_eq!(stderr.lines().collect::<Vec<_>>(), masks);
    // Outside Actions, --mask changes nothing.
    let out = secrets()
        .args(["token-hex", "--mask"])
        .env_remove("GITHUB_ACTIONS")
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(out.stderr.is_empty());
}
