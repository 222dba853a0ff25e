//! `--clip` against a real X server (Xvfb), read back by a real client (xclip).
//!
//! Each test starts its own Xvfb (`-displayfd` picks a free display, `-noreset` keeps it up
//! when clients leave), so tests run in parallel without sharing a clipboard, and the server
//! is killed when the test ends; the clipboard holders then lose their connection and exit.
//! Without Xvfb or xclip these tests say loudly that they were skipped; under `CI=true` a
//! missing tool is a failure (`.ci/run` installs them).

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::secrets;

/// An Xvfb server for one test.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Starts a server, or returns `None` (after saying so) where the tools are missing.
    fn start() -> Option<Xvfb> {
        let have = |tool: &str| {
            Command::new("sh")
                .args(["-c", &format!("command -v {tool}")])
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        if !have("Xvfb") || !have("xclip") {
            assert!(
                std::env::var_os("CI").is_none(),
                "Xvfb and xclip are required under CI (apt-get install -y xvfb xclip)"
            );
            eprintln!(
                "SKIPPED: clipboard test needs Xvfb and xclip (apt-get install -y xvfb xclip)"
            );
            return None;
        }
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-noreset",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "64x64x24",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut line)
            .expect("Xvfb reports its display");
        let display = format!(":{}", line.trim());
        assert!(line.trim().parse::<u32>().is_ok(), "Xvfb said {line:?}");
        Some(Xvfb { child, display })
    }

    fn secrets(&self, args: &[&str]) -> std::process::Output {
        secrets()
            .args(args)
            .env("DISPLAY", &self.display)
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("SECRETS_CLIP_TIMEOUT")
            .output()
            .expect("secrets runs")
    }

    /// The clipboard's text as xclip reads it, or `None` when it holds nothing.
    fn paste(&self) -> Option<String> {
        let out = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .output()
            .expect("xclip runs");
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Copies `text` with xclip, as a user copying something else would.
    fn copy(&self, text: &str) {
        let mut child = Command::new("xclip")
            .args(["-i", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip runs");
        child
            .stdin
            .take()
            .expect("piped")
            .write_all(text.as_bytes())
            .expect("write");
        child.wait().expect("xclip forks its server and returns");
    }

    /// Polls until `done` holds or `limit` passes; returns whether it held.
    fn wait_for(&self, limit: Duration, mut done: impl FnMut() -> bool) -> bool {
        let end = Instant::now() + limit;
        while Instant::now() < end {
            if done() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        done()
    }

    /// Process ids of clipboard holders talking to this display.
    fn holders(&self) -> Vec<u32> {
        let needle = format!("DISPLAY={}\0", self.display);
        std::fs::read_dir("/proc")
            .expect("procfs")
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                let env = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
                contains(&cmd, b"__clip-holder") && contains(&env, needle.as_bytes())
            })
            .collect()
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Holders notice within a second that their display is gone; make sure of it.
        if !self.wait_for(Duration::from_secs(5), || self.holders().is_empty()) {
            for pid in self.holders() {
                let _ = Command::new("kill").arg(pid.to_string()).status();
            }
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn clip_prints_nothing_and_the_secret_stays_pasteable_after_return() {
    let Some(x) = Xvfb::start() else { return };
    let out = x.secrets(&["password", "--clip", "--clip-timeout", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr(&out), "copied to clipboard; clearing in 2 s\n");
    let pasted = x.paste().expect("the clipboard holds the password");
    assert_eq!(pasted.chars().count(), 20, "no newline, just the password");
    assert!(!stderr(&out).contains(&pasted));
    // Every helper ends: the holder leaves after clearing.
    assert!(
        x.wait_for(Duration::from_secs(8), || x.holders().is_empty()),
        "holder still running"
    );
}

#[test]
fn clip_clears_the_clipboard_after_the_timeout() {
    let Some(x) = Xvfb::start() else { return };
    let out = x.secrets(&["token-hex", "--clip", "--clip-timeout", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let token = x.paste().expect("holds the token");
    assert_eq!(token.len(), 64);
    let cleared = x.wait_for(Duration::from_secs(8), || {
        x.paste().is_none_or(|t| t.is_empty())
    });
    assert!(cleared, "still holds the token after the timeout");
}

#[test]
fn clip_leaves_something_copied_meanwhile_alone() {
    let Some(x) = Xvfb::start() else { return };
    let out = x.secrets(&["otp", "--clip", "--clip-timeout", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(x.paste().map(|t| t.len()), Some(6));
    x.copy("the user's own text");
    // The holder notices it lost the clipboard and leaves without clearing.
    assert!(
        x.wait_for(Duration::from_secs(8), || x.holders().is_empty()),
        "holder still running"
    );
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(x.paste().as_deref(), Some("the user's own text"));
}

#[test]
fn a_second_clip_replaces_the_first() {
    let Some(x) = Xvfb::start() else { return };
    let first = x.secrets(&["apikey", "--clip", "--clip-timeout", "30"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let first_key = x.paste().expect("first key");
    let second = x.secrets(&["apikey", "--prefix", "pk_", "--clip", "--clip-timeout", "2"]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    let second_key = x.paste().expect("second key");
    assert!(second_key.starts_with("pk_") && first_key.starts_with("sk_live_"));
    // The first holder has been superseded; the second clears at its own timeout.
    assert!(
        x.wait_for(Duration::from_secs(10), || x.holders().is_empty()),
        "holders still running"
    );
    assert!(x.paste().is_none_or(|t| t.is_empty()));
}

#[test]
fn clip_keeps_the_secret_out_of_every_process_argv_and_environment() {
    let Some(x) = Xvfb::start() else { return };
    let out = x.secrets(&["password", "-l", "32", "--clip", "--clip-timeout", "3"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let secret = x.paste().expect("holds it");
    assert!(!x.holders().is_empty(), "a holder serves the clipboard");
    for entry in std::fs::read_dir("/proc").expect("procfs").flatten() {
        let path = entry.path();
        for file in ["cmdline", "environ"] {
            let data = std::fs::read(path.join(file)).unwrap_or_default();
            assert!(
                !contains(&data, secret.as_bytes()),
                "{} holds the secret",
                path.display()
            );
        }
    }
}

#[test]
fn clip_timeout_comes_from_the_environment_too() {
    let Some(x) = Xvfb::start() else { return };
    let out = secrets()
        .args(["otp", "--clip"])
        .env("DISPLAY", &x.display)
        .env("SECRETS_CLIP_TIMEOUT", "1")
        .output()
        .expect("runs");
    assert_eq!(stderr(&out), "copied to clipboard; clearing in 1 s\n");
    assert!(x.wait_for(Duration::from_secs(8), || x.holders().is_empty()));
}

#[test]
fn command_substitution_returns_at_once_with_clip() {
    let Some(x) = Xvfb::start() else { return };
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    // If the holder kept the substitution's pipe open, `timeout` would kill the shell at 20 s
    // (exit 124); the clearing timeout is 30 s.
    let out = Command::new("timeout")
        .args([
            "20",
            "bash",
            "-c",
            &format!(
                "x=$({} password --clip --clip-timeout 30 3>&1); echo \"[$x]\"",
                bin.display()
            ),
        ])
        .env("DISPLAY", &x.display)
        .output()
        .expect("bash runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n");
}

#[test]
fn no_display_fails_with_a_hint_and_prints_nothing() {
    let out = secrets()
        .args(["password", "--clip"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("DISPLAY") && err.contains("hint: drop --clip"),
        "{err}"
    );
}

#[test]
fn an_unreachable_display_fails_with_a_hint() {
    let out = secrets()
        .args(["token-urlsafe", "--clip"])
        .env("DISPLAY", ":4093")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.starts_with("error: ") && err.contains("hint: drop --clip"),
        "{err}"
    );
}

#[test]
fn clip_refuses_binary_several_secrets_and_other_outputs() {
    let err = crate::util::fails(&["token-bytes", "--clip"]);
    assert!(err.contains("token-hex --clip"), "{err}");
    let err = crate::util::fails(&["password", "--clip", "-n", "2"]);
    assert!(err.contains("--clip copies a single secret"), "{err}");
    let err = crate::util::fails(&["password", "--clip", "--json"]);
    assert!(err.contains("cannot be used with"), "{err}");
    let err = crate::util::fails(&["password", "--clip", "-o", "x"]);
    assert!(err.contains("cannot be used with"), "{err}");
}

#[test]
fn a_wayland_display_without_a_compositor_is_named_as_such() {
    let dir = crate::util::TempDir::new("no-wayland");
    let out = secrets()
        .args(["password", "--clip"])
        .env("WAYLAND_DISPLAY", "wayland-9")
        .env("XDG_RUNTIME_DIR", &dir.0)
        .env_remove("DISPLAY")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("WAYLAND_DISPLAY=wayland-9: no Wayland compositor"),
        "{err}"
    );
    assert!(err.contains("DISPLAY is not set"), "{err}");
    assert!(!err.contains("X11") && !err.contains("timed out"), "{err}");
}

#[test]
fn a_dead_x_display_is_named_as_such() {
    let out = secrets()
        .args(["password", "--clip"])
        .env("DISPLAY", ":4093")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("DISPLAY=:4093: no X server is running there"),
        "{err}"
    );
    assert!(
        !err.contains("Unknown error") && !err.contains("timed out"),
        "{err}"
    );
}
