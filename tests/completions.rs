//! Every completion script loaded in its real shell: each completes `secrets pa` to
//! `password passphrase`, completes a flag, and offers the built-in word lists for
//! `--wordlist`. The staleness test (`generated.rs`) compares text; this one runs it.
//!
//! bash, zsh, fish and elvish come from Debian, nushell from npm (its package ships the
//! binary); `.ci/run` installs them. PowerShell has no package on the registries we use
//! (Debian, PyPI, npm, crates.io), so `_secrets.ps1` is only checked for staleness.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{TempDir, have_tool};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn script(name: &str) -> PathBuf {
    root().join("completions").join(name)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

fn run(cmd: &mut Command) -> Vec<String> {
    let out = cmd.output().expect("the shell runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Completion must load silently: an error here is what broke fish.
    assert!(
        out.stderr.is_empty(),
        "the shell complained: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

const LISTS: [&str; 3] = ["eff-large", "eff-short", "eff-short2"];

/// A directory with one file, `words.txt`, to see files offered next to the list names.
fn dir_with_a_word_file(name: &str) -> TempDir {
    let dir = TempDir::new(name);
    std::fs::write(dir.path("words.txt"), "alpha\nbeta\n").expect("write");
    dir
}

fn bash(line: &str, dir: &Path) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let program = format!(
        "compopt() {{ :; }}; source '{}'; COMP_WORDS=({}); COMP_CWORD={cword}; COMP_LINE='{line}'; \
         COMP_POINT=${{#COMP_LINE}}; \"$(complete -p secrets | sed 's/.*-F \\([^ ]*\\).*/\\1/')\" \
         secrets '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script("secrets.bash").display(),
        quoted.join(" "),
        words[cword],
        words[cword.saturating_sub(1)],
    );
    run(Command::new("bash")
        .args(["--norc", "-c", &program])
        .current_dir(dir))
}

#[test]
fn bash_completes_commands_flags_and_word_lists() {
    let dir = dir_with_a_word_file("bash-complete");
    assert_eq!(
        sorted(bash("secrets pa", &dir.0)),
        ["passphrase", "password"]
    );
    assert_eq!(bash("secrets password --min-d", &dir.0), ["--min-digits"]);
    assert_eq!(bash("secrets passp", &dir.0), ["passphrase"]);
    assert_eq!(sorted(bash("secrets ch", &dir.0)), ["check", "choice"]);
    assert_eq!(bash("secrets token-u", &dir.0), ["token-urlsafe"]);
    assert_eq!(bash("secrets passphrase --wordl", &dir.0), ["--wordlist"]);
    assert_eq!(bash("secrets check --min-s", &dir.0), ["--min-score"]);
    assert_eq!(bash("secrets passphrase --wordlist eff", &dir.0), LISTS);
    let all = bash("secrets passphrase --wordlist ", &dir.0);
    assert!(all.contains(&"words.txt".to_owned()), "{all:?}");
    assert!(all.contains(&"eff-short2".to_owned()), "{all:?}");
}

fn fish(line: &str, dir: &Path) -> Vec<String> {
    run(Command::new("fish")
        .args(["--no-config", "-c"])
        .arg(format!(
            "source '{}'; and complete -C '{line}'",
            script("secrets.fish").display()
        ))
        .current_dir(dir))
}

#[test]
fn fish_loads_and_completes() {
    if !have_tool("fish", &["--version"], "fish") {
        return;
    }
    let dir = dir_with_a_word_file("fish-complete");
    assert_eq!(
        sorted(fish("secrets pa", &dir.0)),
        ["passphrase", "password"]
    );
    assert_eq!(fish("secrets password --min-d", &dir.0), ["--min-digits"]);
    // The value help with '$2b$' is what stopped the script from loading; it and the
    // single-quoted descriptions must show their '$' as typed, never escaped or expanded.
    assert!(fish("secrets hash -a ", &dir.0).contains(&"bcrypt".to_owned()));
    let described = |line: &str| {
        let out = Command::new("fish")
            .args(["--no-config", "-c"])
            .arg(format!(
                "source '{}'; and complete -C '{line}'",
                script("secrets.fish").display()
            ))
            .output()
            .expect("fish runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let bcrypt = described("secrets hash -a b");
    assert!(bcrypt.contains("bcrypt $2b$ (Python's"), "{bcrypt}");
    let timeout = described("secrets password --clip-t");
    assert!(
        timeout.contains("[default: $SECRETS_CLIP_TIMEOUT"),
        "{timeout}"
    );
    assert_eq!(
        sorted(fish("secrets passphrase --wordlist eff", &dir.0)),
        LISTS
    );
    let all = fish("secrets passphrase --wordlist ", &dir.0);
    assert!(all.contains(&"words.txt".to_owned()), "{all:?}");
    assert!(all.contains(&"eff-large".to_owned()), "{all:?}");
}

fn zsh(line: &str, dir: &Path) -> Vec<String> {
    run(Command::new("zsh")
        .arg("-f")
        .arg(root().join("tests/shells/complete.zsh"))
        .arg(root().join("completions"))
        .arg(line)
        .current_dir(dir))
}

#[test]
fn zsh_loads_and_completes() {
    if !have_tool("zsh", &["--version"], "zsh") {
        return;
    }
    let dir = dir_with_a_word_file("zsh-complete");
    assert_eq!(
        sorted(zsh("secrets pa", &dir.0)),
        ["passphrase", "password"]
    );
    assert_eq!(zsh("secrets password --min-d", &dir.0), ["--min-digits"]);
    assert_eq!(
        sorted(zsh("secrets passphrase --wordlist eff", &dir.0)),
        LISTS
    );
    let all = zsh("secrets passphrase --wordlist ", &dir.0);
    assert!(all.contains(&"words.txt".to_owned()), "{all:?}");
    assert!(all.contains(&"eff-short".to_owned()), "{all:?}");
}

fn elvish(words: &[&str]) -> Vec<String> {
    run(Command::new("python3")
        .arg(root().join("tests/shells/complete-elvish.py"))
        .arg(script("secrets.elv"))
        .args(words))
}

#[test]
fn elvish_loads_and_completes() {
    if !have_tool("elvish", &["-version"], "elvish") {
        return;
    }
    assert_eq!(
        sorted(elvish(&["secrets", "pa"])),
        ["passphrase", "password"]
    );
    assert_eq!(
        elvish(&["secrets", "password", "--min-d"]),
        ["--min-digits"]
    );
}

/// Nushell's own completer, asked through its IDE interface at the end of a file that
/// holds the script and the line typed so far.
fn nushell(line: &str) -> Vec<String> {
    let dir = TempDir::new("nu-complete");
    let mut text = std::fs::read_to_string(script("secrets.nu")).expect("script");
    text.push_str(line);
    let file = dir.path("line.nu");
    std::fs::write(&file, &text).expect("write");
    let out = run(Command::new("nu")
        .args(["--no-config-file", "--ide-complete"])
        .arg(text.len().to_string())
        .arg(&file)
        .current_dir(&dir.0));
    let json: serde_json::Value = serde_json::from_str(&out.join("\n")).expect("JSON");
    json["completions"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c.as_str())
        .filter(|c| *c != "line.nu")
        .map(|c| c.trim_start_matches("secrets ").to_owned())
        .collect()
}

#[test]
fn nushell_loads_and_completes() {
    if !have_tool("nu", &["--version"], "nushell") {
        return;
    }
    let out = Command::new("nu")
        .args(["--no-config-file", "-c"])
        .arg(format!("source '{}'", script("secrets.nu").display()))
        .output()
        .expect("nu runs");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(sorted(nushell("secrets pa")), ["passphrase", "password"]);
    assert_eq!(nushell("secrets password --min-d"), ["--min-digits"]);
}
