//! The committed man pages and completion scripts are exactly what the CLI definition
//! generates. A stale file fails here; regenerate them all with
//!
//! ```sh
//! SECRETS_REGENERATE=1 cargo test --locked --test tests generated
//! ```

use std::path::Path;
use std::process::Command;

use secrets_cli::cli::CompletionShell;
use secrets_cli::{completions, manual};

use crate::util::secrets;

const REGENERATE: &str = "SECRETS_REGENERATE=1 cargo test --locked --test tests generated";

/// Compares `content` with the committed file, or rewrites it when asked to.
fn check(path: &Path, content: &[u8]) {
    if std::env::var_os("SECRETS_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().expect("a directory")).expect("create directory");
        std::fs::write(path, content).expect("write generated file");
        return;
    }
    let committed = std::fs::read(path).unwrap_or_default();
    assert!(
        committed == content,
        "{} is stale or missing; regenerate it with: {REGENERATE}",
        path.display()
    );
}

const SHELLS: [CompletionShell; 6] = [
    CompletionShell::Bash,
    CompletionShell::Zsh,
    CompletionShell::Fish,
    CompletionShell::Powershell,
    CompletionShell::Elvish,
    CompletionShell::Nushell,
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn generated_completions_are_committed_and_current() {
    for shell in SHELLS {
        let path = root()
            .join("completions")
            .join(completions::file_name(shell));
        check(&path, &completions::render(shell));
    }
}

#[test]
fn generated_man_pages_are_committed_and_current() {
    let pages = manual::render_all();
    assert!(pages.len() >= 8, "one page per subcommand plus secrets.1");
    for (name, content) in pages {
        check(&root().join("man").join(name), &content);
    }
}

#[test]
fn completions_command_prints_the_committed_scripts() {
    // While another test rewrites the files, comparing with them would race.
    if std::env::var_os("SECRETS_REGENERATE").is_some() {
        return;
    }
    for (shell, name) in [
        ("bash", "secrets.bash"),
        ("zsh", "_secrets"),
        ("fish", "secrets.fish"),
        ("powershell", "_secrets.ps1"),
        ("elvish", "secrets.elv"),
        ("nushell", "secrets.nu"),
    ] {
        let printed = secrets()
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let committed =
            std::fs::read(root().join("completions").join(name)).expect("committed script");
        assert!(
            printed == committed,
            "{shell}: printed script differs from completions/{name}"
        );
    }
}

/// Text without the overstrike (`X\bX`) that man uses for bold when not on a terminal.
fn plain(rendered: &[u8]) -> String {
    let mut out = String::new();
    for c in String::from_utf8_lossy(rendered).chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out
}

/// `man -l` renders every page, and groff reports no warnings for it.
#[test]
fn man_pages_render_cleanly() {
    if !crate::util::have_tool("man", &["--version"], "man (man-db)") {
        return;
    }
    for (name, _) in manual::render_all() {
        let path = root().join("man").join(&name);
        let out = Command::new("man")
            .arg("-l")
            .arg(&path)
            .env("MANWIDTH", "80")
            .env("MAN_KEEP_FORMATTING", "0")
            .env("MANPAGER", "cat")
            .output()
            .expect("man runs");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = plain(&out.stdout);
        for section in ["NAME", "SYNOPSIS", "EXIT STATUS", "SECURITY", "SEE ALSO"] {
            assert!(text.contains(section), "{name} lacks {section}");
        }
        let warnings = Command::new("groff")
            .args(["-k", "-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .expect("groff runs");
        assert!(
            warnings.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&warnings.stderr)
        );
    }
    let top = Command::new("man")
        .arg("-l")
        .arg(root().join("man/secrets.1"))
        .env("MANPAGER", "cat")
        .output()
        .expect("man runs");
    let text = plain(&top.stdout);
    for section in ["EXAMPLES", "ENVIRONMENT", "JSON OUTPUT"] {
        assert!(text.contains(section), "secrets.1 lacks {section}");
    }
}

#[test]
fn every_subcommand_help_has_examples() {
    for sub in [
        "password",
        "token-hex",
        "token-urlsafe",
        "token-bytes",
        "otp",
        "apikey",
        "compare",
        "hash",
        "verify",
        "hmac",
        "totp",
        "completions",
        "passphrase",
        "int",
        "choice",
        "check",
        "keygen",
        "key",
        "uuid",
        "ulid",
        "nanoid",
    ] {
        let help = secrets()
            .args([sub, "--help"])
            .assert()
            .code(crate::util::help_status(sub))
            .get_output()
            .stdout
            .clone();
        let help = String::from_utf8_lossy(&help);
        assert!(help.contains("Examples:"), "{sub} --help has no examples");
        let short = secrets()
            .args([sub, "-h"])
            .assert()
            .code(crate::util::help_status(sub))
            .get_output()
            .stdout
            .clone();
        assert!(
            short.len() < help.len(),
            "{sub}: -h should be shorter than --help"
        );
    }
}
