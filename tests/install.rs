//! `scripts/install.sh` puts the binary, the man pages and the completions where their
//! readers look, and `--uninstall` takes every file away again.

use std::path::Path;
use std::process::Command;

use crate::util::{TempDir, have_tool};

fn install(args: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(root.join("scripts/install.sh"))
        .args(args)
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).expect("under").display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn install_and_uninstall_under_a_prefix() {
    let dir = TempDir::new("install");
    let prefix = dir.0.display().to_string();
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    install(&["--prefix", &prefix, "--bin", &bin.display().to_string()]);
    let files = files_under(&dir.0);
    for want in [
        "bin/secrets",
        "share/man/man1/secrets.1",
        "share/man/man1/secrets-password.1",
        "share/bash-completion/completions/secrets",
    ] {
        assert!(
            files.contains(&want.to_owned()),
            "{want} missing: {files:?}"
        );
    }

    // The installed binary runs.
    let out = Command::new(dir.path("bin/secrets"))
        .arg("--version")
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("secrets {}\n", env!("CARGO_PKG_VERSION"))
    );

    // man finds the page through the prefix's man directory.
    if have_tool("man", &["--version"], "man (man-db)") {
        let out = Command::new("man")
            .args(["-P", "cat", "secrets-password"])
            .env("MANPATH", dir.path("share/man"))
            .env("MANWIDTH", "80")
            .output()
            .expect("man runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && text.contains("SYNOPSIS"), "{text}");
    }

    // bash completes from the installed script, as bash-completion would load it.
    let script = format!(
        "compopt() {{ :; }}; source '{}'; COMP_WORDS=(secrets pa); COMP_CWORD=1; \
         COMP_LINE='secrets pa'; COMP_POINT=10; _secrets secrets pa secrets; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        dir.path("share/bash-completion/completions/secrets")
            .display()
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .expect("bash runs");
    let mut got: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    got.sort();
    assert_eq!(got, ["passphrase", "password"]);

    install(&["--prefix", &prefix, "--uninstall"]);
    assert_eq!(files_under(&dir.0), Vec::<String>::new());
}

#[test]
fn install_refuses_unknown_arguments() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(root.join("scripts/install.sh"))
        .arg("--prefx")
        .output()
        .expect("bash runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown argument: --prefx"));
}
