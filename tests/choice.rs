//! `secrets choice`: items from arguments or stdin, with or without replacement.

use std::collections::HashSet;

use crate::util::{fails, lines, secrets, stdout_lines};

fn stdout_of(args: &[&str], stdin: &str) -> Vec<String> {
    stdout_lines(secrets().args(args).write_stdin(stdin))
}

#[test]
fn items_come_from_the_arguments() {
    let out = lines(&["choice", "-n", "300", "red", "green", "blue"]);
    assert_eq!(out.len(), 300);
    let seen: HashSet<&str> = out.iter().map(String::as_str).collect();
    // P(one of three never drawn in 300 draws) < 3 (2/3)^300 ~ 1e-52.
    assert_eq!(seen, HashSet::from(["red", "green", "blue"]));
}

#[test]
fn no_items_or_a_dash_read_the_lines_of_stdin() {
    for args in [&["choice", "-n", "200"][..], &["choice", "-n", "200", "-"]] {
        let out = stdout_of(args, "one two\nthree\r\n\nfour\n");
        let seen: HashSet<&str> = out.iter().map(String::as_str).collect();
        assert_eq!(
            seen,
            HashSet::from(["one two", "three", "four"]),
            "{args:?}"
        );
    }
}

#[test]
fn repeated_items_count_once() {
    let out = lines(&["choice", "-n", "50", "a", "a", "a"]);
    assert!(out.iter().all(|x| x == "a"));
    let out = lines(&["choice", "--json", "a", "a", "b"]);
    let v: serde_json::Value = serde_json::from_str(&out[0]).expect("JSON");
    assert_eq!(v["items"], 2);
    assert_eq!(v["entropy_bits"], 1.0);
    assert_eq!(v["unique"], false);
    assert_eq!(v["kind"], "choice");
}

#[test]
fn unique_draws_distinct_items_and_refuses_too_many() {
    for _ in 0..20 {
        let out = lines(&[
            "choice", "--unique", "-n", "5", "a", "b", "c", "d", "e", "a",
        ]);
        let seen: HashSet<&String> = out.iter().collect();
        assert_eq!(seen.len(), 5, "{out:?}");
    }
    let err = fails(&["choice", "--unique", "-n", "3", "a", "b", "a"]);
    assert!(
        err.contains("cannot draw 3 different items from 2 distinct items"),
        "{err}"
    );
}

#[test]
fn nothing_to_choose_from_is_an_error() {
    secrets()
        .args(["choice"])
        .write_stdin("\n\n")
        .assert()
        .code(2)
        .stdout("");
    assert!(fails(&["choice", ""]).contains("nothing to choose from"));
}

#[test]
fn reading_items_from_a_terminal_says_so() {
    if !crate::util::have_tool("script", &["--version"], "script (util-linux)") {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let out = std::process::Command::new("bash")
        .args([
            "-c",
            &format!(
                "(sleep 0.5; printf 'x\\r\\004'; sleep 1) | script -qec '{} choice' /dev/null",
                bin.display()
            ),
        ])
        .output()
        .expect("script runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("reading the items from the terminal"),
        "{text}"
    );
    // Piped, it says nothing.
    secrets()
        .arg("choice")
        .write_stdin("x\n")
        .assert()
        .success()
        .stderr("");
}
