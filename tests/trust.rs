//! The trust guarantees of SECURITY.md, each with the attack that broke it: an operand that
//! chooses where a secret is read from, memory readable by other processes, `fd:` that
//! reopens instead of reading, memory out of proportion to the input, toy secrets, secrets
//! left on disk by an interrupted `--output`, panics on a full stderr, clipboard timeouts,
//! control characters in output, /dev/null as stdout, a terminal left without echo, and
//! entropy claims.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{TempDir, bash, fails, secrets};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("secrets")
}

fn status(args: &[&str], stdin: &str) -> i32 {
    let out = secrets()
        .args(args)
        .env("SECRETS_T", "0123456789abcdef")
        .write_stdin(stdin)
        .output()
        .expect("runs");
    out.status.code().expect("exited")
}

// 1. An operand never chooses where a secret is read from.

/// The review's bypass: a script passes a received value as an operand. Only exact SOURCE
/// forms are sources, so a raw value is a usage error (the script's author finds out on the
/// first run), and the safe forms compare the value, not what it names.
#[test]
fn a_received_value_never_chooses_the_source() {
    // A raw value is not a SOURCE.
    assert_eq!(
        status(&["compare", "env:SECRETS_T", "0123456789abcdef"], ""),
        2
    );
    // Passed safely, a value that looks like a source is compared as text.
    assert_eq!(
        status(&["compare", "env:SECRETS_T", "pass:env:SECRETS_T"], ""),
        1
    );
    assert_eq!(
        status(&["compare", "env:SECRETS_T", "-"], "env:SECRETS_T"),
        1
    );
    assert_eq!(
        status(&["compare", "env:SECRETS_T", "-"], "0123456789abcdef"),
        0
    );
    // verify, check, hmac --key, totp and apikey --verify follow the same rule.
    let h = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
    for args in [
        &["verify", h, "hunter2"][..],
        &["check", "hunter2"],
        &["hmac", "--key", "hunter2"],
        &["totp", "JBSWY3DPEHPK3PXP"],
        &["apikey", "--verify", "sk_x"],
    ] {
        let err = fails(args);
        assert!(err.contains("not a SOURCE"), "{args:?}: {err}");
        assert!(err.contains("printf %s"), "{args:?}: {err}");
        assert!(!err.contains("hunter2") && !err.contains("JBSWY3"), "{err}");
    }
}

#[test]
fn a_mistyped_prefix_is_an_error_not_a_literal() {
    let err = fails(&["compare", "Env:SECRETS_T", "env:SECRETS_T"]);
    assert!(err.contains("lowercase"), "{err}");
    let err = fails(&["compare", "env:", "pass:x"]);
    assert!(err.contains("env: needs the name"), "{err}");
}

// 2. Every process that holds a secret is protected.

/// Runs `bash -c script` as the unprivileged user that also runs the target (when we are
/// root: as root, the kernel would let us read any process).
fn as_same_user(script: &str) -> String {
    let mut cmd = Command::new("bash");
    cmd.args(["-c", script]);
    drop_privileges(&mut cmd);
    let out = cmd.output().expect("bash runs");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[cfg(unix)]
fn drop_privileges(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    if rustix::process::geteuid().is_root() {
        cmd.uid(65534).gid(65534);
    }
}

/// Whether another process of the same user can open `/proc/PID/mem`.
fn memory_readable(pid: u32) -> bool {
    let verdict = as_same_user(&format!(
        "if exec 3< /proc/{pid}/mem; then echo readable; else echo denied; fi 2>/dev/null"
    ));
    assert!(verdict == "readable" || verdict == "denied", "{verdict:?}");
    verdict == "readable"
}

/// The binary where an unprivileged user can run it: the build directory (or the checkout)
/// may sit under a directory only root can enter, such as /root. One link (or copy) per test
/// process, in a world-readable directory under /tmp.
fn bin_for_any_user() -> std::path::PathBuf {
    static COPY: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    COPY.get_or_init(|| {
        use std::os::unix::fs::PermissionsExt;
        let dir =
            std::path::Path::new("/tmp").join(format!("secrets-any-user-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let copy = dir.join("secrets");
        // A hard link costs no space (the binary is already mode 0755); a copy otherwise.
        let _ = std::fs::remove_file(&copy);
        if std::fs::hard_link(bin(), &copy).is_err() {
            std::fs::copy(bin(), &copy).expect("copy the binary");
        }
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        copy
    })
    .clone()
}

fn spawn_blocked(args: &[&str]) -> Child {
    let mut cmd = Command::new(bin_for_any_user());
    cmd.args(args)
        .env("SECRETS_T", "0123456789abcdef")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    drop_privileges(&mut cmd);
    cmd.spawn().expect("starts")
}

/// For each kind of command, block it (a generator on a full pipe, a reader waiting for its
/// secret on stdin) and show that a same-user process cannot read its memory, and that it
/// would write no core. A control process of the same user (`sleep`) is readable, so the
/// method can tell.
#[cfg(target_os = "linux")]
#[test]
fn no_process_of_the_same_user_can_read_a_commands_memory() {
    let mut control = Command::new("sleep");
    control.arg("30");
    drop_privileges(&mut control);
    let mut control = control.spawn().expect("sleep");
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        memory_readable(control.id()),
        "the control must be readable"
    );
    let _ = control.kill();
    let _ = control.wait();

    let hash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
    let kinds: [&[&str]; 10] = [
        &["password", "-n", "100000000"],
        &["token-hex", "1000000000"],
        &["passphrase", "-n", "100000000"],
        &["compare", "env:SECRETS_T", "-"],
        &["check", "-"],
        &["hash", "-"],
        &["verify", hash, "-"],
        &["hmac", "--key", "env:SECRETS_T", "-"],
        &["totp", "-"],
        &["apikey", "--verify", "-"],
    ];
    for args in kinds {
        let mut child = spawn_blocked(args);
        // Wait until it is blocked: a generator fills the pipe, a reader waits on stdin.
        let deadline = Instant::now() + Duration::from_secs(10);
        let stat = loop {
            let stat =
                std::fs::read_to_string(format!("/proc/{}/stat", child.id())).unwrap_or_default();
            let state = stat
                .rsplit(')')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .next();
            if state == Some("S") || Instant::now() > deadline {
                break stat;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(!stat.is_empty(), "{args:?} is running");
        let limits =
            std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap_or_default();
        let readable = memory_readable(child.id());
        let _ = child.kill();
        let _ = child.wait();
        assert!(
            !readable,
            "{args:?}: /proc/PID/mem is readable by the same user"
        );
        let core = limits
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .unwrap_or_default();
        assert!(
            core.split_whitespace().nth(4) == Some("0"),
            "{args:?}: core limit {core:?}"
        );
    }
}

// 5. fd:N reads descriptor N itself.

#[test]
fn fd_reads_the_descriptor_from_its_current_position() {
    let dir = TempDir::new("fd-position");
    let file = dir.path("s");
    std::fs::write(&file, "abcdef").expect("write");
    // bash reads two bytes of descriptor 3 first; the rest is what fd:3 holds.
    let out = bash(&format!(
        "exec 3< {}; read -r -n 2 -u 3 x; $S compare pass:cdef fd:3; echo $?",
        file.display()
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{out:?}");
}

#[test]
fn fd_reads_pipes_and_sockets() {
    let out = bash("$S compare pass:k3y fd:3 3< <(printf k3y); echo $?");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{out:?}");
    let script = format!(
        "import socket, subprocess\n\
         a, b = socket.socketpair()\n\
         a.sendall(b'k3y'); a.close()\n\
         r = subprocess.run(['{}', 'compare', 'pass:k3y', 'fd:%d' % b.fileno()], pass_fds=[b.fileno()])\n\
         print(r.returncode)",
        bin().display()
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{out:?}");
}

/// The point of passing a descriptor: a file opened by a privileged parent stays readable
/// through it after the child drops its privileges (reopening /proc/self/fd/N does not).
#[cfg(unix)]
#[test]
fn fd_works_after_a_privilege_drop() {
    if !rustix::process::geteuid().is_root() {
        assert!(std::env::var_os("CI").is_none(), "CI runs as root");
        eprintln!("SKIPPED: needs root to drop privileges");
        return;
    }
    let dir = TempDir::new("fd-privdrop");
    let file = dir.path("root-only");
    std::fs::write(&file, "k3y\n").expect("write");
    let script = format!(
        "import os, subprocess\n\
         os.chmod('{f}', 0o600)\n\
         fd = os.open('{f}', os.O_RDONLY)\n\
         r = subprocess.run(['{b}', 'compare', 'pass:k3y', 'fd:%d' % fd], pass_fds=[fd], user=65534, group=65534)\n\
         print(r.returncode)",
        f = file.display(),
        b = bin_for_any_user().display()
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{out:?}");
}

// 15. Two files are compared as streams, with the meaning of whole reads.

#[test]
fn large_files_compare_as_streams_with_the_same_meaning() {
    let dir = TempDir::new("streamed-compare");
    let body: String = "0123456789abcdef".repeat(20_000);
    let cases = [
        (format!("{body}\n"), body.clone(), 0),
        (format!("{body}\r\n"), body.clone(), 0),
        // One trailing newline is removed, not all of them.
        (format!("{body}\n\n"), format!("{body}\n"), 1),
        (format!("{body}\n\n"), format!("{body}\n\r\n"), 0),
        (body.clone(), format!("{body}x"), 1),
        (format!("x{body}"), format!("y{body}"), 1),
        (format!("{body}x"), format!("{body}y"), 1),
    ];
    for (i, (a, b, want)) in cases.iter().enumerate() {
        let (pa, pb) = (dir.path(&format!("a{i}")), dir.path(&format!("b{i}")));
        std::fs::write(&pa, a).expect("write");
        std::fs::write(&pb, b).expect("write");
        let args = [
            "compare".to_owned(),
            format!("file:{}", pa.display()),
            format!("file:{}", pb.display()),
        ];
        let out = secrets().args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(*want), "case {i}");
    }
    let empty = dir.path("empty");
    std::fs::write(&empty, "\n").expect("write");
    let err = fails(&[
        "compare",
        &format!("file:{}", empty.display()),
        &format!("file:{}", dir.path("a0").display()),
    ]);
    assert!(err.contains("is empty"), "{err}");
}

// 6. Memory stays proportional to the input.

/// The review's input, scaled down four times to keep the test quick: 16 MiB of
/// one-character lines under a 256 MiB address-space limit (64 MiB under 1 GiB in the
/// review). The old `String` per line took about 30 bytes per input byte and aborted.
#[test]
fn short_lines_fit_in_a_small_multiple_of_their_size() {
    let dir = TempDir::new("lines-memory");
    // One-character lines for choice; three-letter words (17,576 of them) for passphrase.
    let one = dir.path("one");
    let three = dir.path("three");
    let mut text = Vec::with_capacity(16 << 20);
    for (path, width) in [(&one, 1usize), (&three, 3)] {
        text.clear();
        let mut i = 0usize;
        while text.len() < 16 << 20 {
            let mut n = i;
            for _ in 0..width {
                text.push(b"abcdefghijklmnopqrstuvwxyz"[n % 26]);
                n /= 26;
            }
            text.push(b'\n');
            i += 1;
        }
        std::fs::write(path, &text).expect("write");
    }
    drop(text);
    for cmd in [
        format!("$S choice -n 3 < {}", one.display()),
        format!("$S choice -n 3 --unique < {}", three.display()),
        format!("$S passphrase -w 3 --wordlist {}", three.display()),
    ] {
        let out = bash(&format!("prlimit --as=268435456 {cmd}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{cmd}: {err}");
        assert!(!err.contains("memory allocation"), "{cmd}: {err}");
    }
}

// 7. Empty or toy secret material is refused.

#[test]
fn empty_operands_keys_and_toy_totp_secrets_are_refused() {
    assert_eq!(status(&["compare", "pass:", "pass:"], ""), 2);
    assert_eq!(status(&["compare", "env:SECRETS_EMPTY", "-"], "\n"), 2);
    let err = fails(&["compare", "pass:x", "env:SECRETS_NONE"]);
    assert!(err.contains("not set"), "{err}");
    let out = secrets()
        .args(["compare", "env:SECRETS_EMPTY", "pass:"])
        .env("SECRETS_EMPTY", "")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is empty"));
    // An empty HMAC key would let anyone sign.
    assert_eq!(status(&["hmac", "--key", "pass:", "/dev/null"], ""), 2);
    assert_eq!(
        status(
            &["hmac", "--key", "pass:", "--verify", "00", "/dev/null"],
            ""
        ),
        2
    );
    // 8-bit TOTP secrets (AB and AA gave the same codes); 80 bits is the minimum.
    for toy in ["pass:AB", "pass:AA", "pass:JBSWY3DP"] {
        let err = fails(&["totp", toy]);
        assert!(err.contains("at least 80"), "{err}");
    }
    assert_eq!(status(&["totp", "pass:JBSWY3DPEHPK3PXP"], ""), 0);
    assert_eq!(
        status(&["totp", "pass:JBSWY3DPEHPK3PXP", "--counter", "1"], ""),
        0
    );
}

// 8. No secret left on disk by an interrupted --output.

#[cfg(unix)]
#[test]
fn an_interrupted_output_leaves_no_file() {
    for signal in ["INT", "TERM", "HUP"] {
        let dir = TempDir::new(&format!("interrupted-{signal}"));
        let target = dir.path("big");
        let mut child = Command::new(bin())
            .args(["token-hex", "4294967296", "-o"])
            .arg(&target)
            .spawn()
            .expect("starts");
        // Let it write for a while (the old code had created .big.<hex>.tmp by now).
        std::thread::sleep(Duration::from_millis(300));
        let _ = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status();
        let _ = child.wait();
        assert_eq!(dir.entries(), Vec::<String>::new(), "after SIG{signal}");
    }
}

#[test]
fn force_replaces_regular_files_only_and_dash_is_stdout() {
    let dir = TempDir::new("force-special");
    let fifo = dir.fifo("fifo");
    let err = fails(&["password", "-o", fifo.to_str().expect("utf-8"), "--force"]);
    assert!(err.contains("regular files only"), "{err}");
    let out = secrets()
        .args(["password", "-o", "-"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim().chars().count(),
        20
    );
    let replaced = dir.path("old");
    std::fs::write(&replaced, "old").expect("write");
    secrets()
        .args(["token-hex", "-o"])
        .arg(&replaced)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&replaced).expect("read").len(), 65);
    assert_eq!(dir.entries(), ["fifo", "old"]);
}

// 9. Writing to stderr never panics.

#[test]
fn a_full_stderr_changes_neither_output_nor_status() {
    let out = bash("$S password --entropy 2>/dev/full; echo \" $?\"");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.ends_with(" 0\n"), "{text:?}");
    assert_eq!(
        text.split_whitespace().next().map(str::len),
        Some(20),
        "{text:?}"
    );
    // A cheap hash needs rehashing: exit 3, even when the reason cannot be printed.
    let out = bash(
        "H=$($S hash pass:pw --memory-cost 8 --time-cost 1 --parallelism 1); \
         $S verify --needs-rehash \"$H\" pass:pw 2>/dev/full; echo $?",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "3", "{out:?}");
    let out = bash("$S passphrase --entropy 2>/dev/full >/dev/null; echo $?");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{out:?}");
}

// 10. The clipboard timeout is bounded and its variable read only with --clip.

#[test]
fn clipboard_timeouts_are_bounded_and_read_only_when_used() {
    let err = fails(&[
        "password",
        "--clip",
        "--clip-timeout",
        "18446744073709551615",
    ]);
    assert!(err.contains("86400"), "{err}");
    for bad in ["abc", "", "-1", "86401"] {
        let out = secrets()
            .arg("password")
            .env("SECRETS_CLIP_TIMEOUT", bad)
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "without --clip, {bad:?} is not read"
        );
        let out = secrets()
            .args(["password", "--clip"])
            .env("SECRETS_CLIP_TIMEOUT", bad)
            .env("DISPLAY", ":0")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("SECRETS_CLIP_TIMEOUT must be"),
            "{bad:?}: {err}"
        );
    }
}

// 11. One secret per line, really.

#[test]
fn control_characters_are_refused_wherever_text_reaches_output() {
    for args in [
        &["password", "--charset", "ab\n"][..],
        &["password", "--symbols", "!\u{1b}"],
        &["passphrase", "--separator", "\n"],
        &["passphrase", "--separator", "\u{2028}"],
        &["choice", "a\nb", "c"],
        &["choice", "a", "\u{85}"],
        &["apikey", "--prefix", "\u{1b}[31m"],
    ] {
        let err = fails(args);
        assert!(err.contains("U+"), "{args:?}: {err}");
    }
    let out = secrets()
        .arg("choice")
        .write_stdin("fine\nesc\u{1b}ape\n")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("U+001B"));
}

#[test]
fn alphabets_are_whole_characters() {
    // NFD é is e + U+0301; a skin-tone modifier joins the thumb before it.
    for charset in ["abce\u{301}", "\u{1F44D}\u{1F3FD}x", "\u{301}ab"] {
        let err = fails(&["password", "--charset", charset]);
        assert!(err.contains("joins"), "{charset:?}: {err}");
    }
    // Precomposed letters and lone emoji are whole characters.
    let out = secrets()
        .args([
            "password",
            "--charset",
            "é\u{1F44D}ab",
            "-l",
            "8",
            "-n",
            "50",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        assert_eq!(line.chars().count(), 8, "{line}");
    }
}

// 12. stdout on /dev/null is not an error; a closed one is.

#[test]
fn stdout_on_dev_null_read_write_works() {
    for script in [
        "$S check pass:correct-horse-battery-staple-42 1<>/dev/null; echo $?",
        "$S password 1<>/dev/null; echo $?",
    ] {
        let out = bash(script);
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{script}");
    }
    let out = bash("$S password >&-; echo $? >&2");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).lines().last(),
        Some("2")
    );
}

// 13. Stdin secrets and the terminal.

#[test]
fn stdin_lines_split_across_reads_are_read_whole() {
    let long = "x".repeat(200_000);
    let input = format!("{long}\n{long}\n");
    assert_eq!(status(&["compare", "-", "-"], &input), 0);
    let input = format!("{long}\n{long}y\n");
    assert_eq!(status(&["compare", "-", "-"], &input), 1);
}

/// Ctrl-C at the no-echo prompt: the command dies of SIGINT and the terminal has echo back.
/// (Ctrl-C is typed once the prompt has turned echo off, as a person would.)
#[cfg(unix)]
#[test]
fn ctrl_c_at_the_prompt_restores_echo() {
    let script = format!(
        "import os, pty, sys, termios, time\n\
         pid, fd = pty.fork()\n\
         if pid == 0:\n\
         \x20   os.execv('/bin/sh', ['sh', '-c', '{b} check; stty -a'])\n\
         out = b''\n\
         while b'password: ' not in out:\n\
         \x20   out += os.read(fd, 1024)\n\
         deadline = time.time() + 10\n\
         while termios.tcgetattr(fd)[3] & termios.ECHO and time.time() < deadline:\n\
         \x20   time.sleep(0.01)\n\
         os.write(fd, b'abc\\x03')\n\
         try:\n\
         \x20   while True:\n\
         \x20       chunk = os.read(fd, 1024)\n\
         \x20       if not chunk: break\n\
         \x20       out += chunk\n\
         except OSError:\n\
         \x20   pass\n\
         os.waitpid(pid, 0)\n\
         sys.stdout.write(out.decode(errors='replace'))",
        b = bin().display()
    );
    let mut child = Command::new("python3")
        .args(["-c", &script])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("piped")
        .read_to_string(&mut out)
        .expect("reads");
    let _ = child.wait();
    assert!(out.contains("password: "), "{out}");
    // stty -a prints `echo` when echo is on, `-echo` when off.
    assert!(
        out.split_whitespace().any(|w| w == "echo"),
        "echo left off: {out}"
    );
    assert!(out.split_whitespace().any(|w| w == "icanon"), "{out}");
}

// 14. Entropy claims are exact only when true.

#[test]
fn passphrase_entropy_is_exact_only_when_passphrases_parse_back() {
    let dir = TempDir::new("ambiguous-list");
    let list = dir.path("list");
    std::fs::File::create(&list)
        .and_then(|mut f| {
            // Ambiguous with the separator "aa" (x-aa-y and xa-a... parse two ways), padded
            // with 996 other words to the 1,000 a list needs.
            f.write_all(b"x\nay\nxa\ny\n")?;
            (0..996).try_for_each(|i| writeln!(f, "f{i}"))
        })
        .expect("write");
    let out = secrets()
        .args([
            "passphrase",
            "--entropy",
            "-s",
            "aa",
            "-w",
            "2",
            "--wordlist",
        ])
        .arg(&list)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at most 19.93 bits"), "{err}");
    let out = secrets()
        .args(["passphrase", "--entropy", "-s", ""])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "entropy: 77.55 bits",
        "eff-large is prefix-free"
    );
}

#[test]
fn check_says_at_least_where_zxcvbn_stops_counting() {
    // A random 60-character password: zxcvbn's count saturates at 2^64.
    let long = crate::util::lines(&["password", "-l", "60", "--no-symbols"]).remove(0);
    let out = secrets()
        .args(["check", &format!("pass:{long}"), "--json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["guesses_lower_bound"], true);
    let out = secrets()
        .args(["check", &format!("pass:{long}")])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("at least 10^"));
    let out = secrets()
        .args(["check", "pass:password", "--json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["guesses_lower_bound"], false);
}

// Found by the black-box attack pass (see the closing note of issue #11).

/// A received value of `--help` or `-V` must not make an answering command say "yes".
#[test]
fn help_as_a_received_value_is_never_a_yes() {
    let h = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
    for args in [
        &["verify", "--help", "env:SECRETS_T"][..],
        &["verify", "--help"],
        &["verify", "-Vx", "env:SECRETS_T"],
        &["verify", h, "--help"],
        &["compare", "env:SECRETS_T", "-h"],
        &["compare", "--version"],
        &["check", "-h"],
        &["hmac", "--key", "env:SECRETS_T", "--verify", "00", "-h"],
        &["apikey", "--verify", "--help"],
        &["totp", "--help"],
    ] {
        assert_eq!(status(args, "wrong\n"), 2, "{args:?}");
    }
    // Help alone still works where the exit status is not an answer.
    assert_eq!(status(&["password", "--help"], ""), 0);
    assert_eq!(status(&["--version"], ""), 0);
    // ...and with other arguments it is a usage error, not help.
    assert_eq!(status(&["token-hex", "16", "--help"], ""), 2);
    let out = bash("$S --help > /dev/full; echo $?");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "2");
}

/// yescrypt allocates inside its crate: memory that cannot be had is exit 2, not an abort.
#[test]
fn yescrypt_without_memory_is_exit_two_not_an_abort() {
    let hash = "$y$jFT$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    let out = bash(&format!(
        "ulimit -v 600000; $S verify '{hash}' pass:x; echo \" $?\""
    ));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        String::from_utf8_lossy(&out.stdout).ends_with(" 2\n"),
        "{out:?}"
    );
    assert!(err.contains("cannot allocate"), "{err}");
    assert!(!err.contains("memory allocation of"), "{err}");
}

#[test]
fn invisible_format_characters_are_refused_like_controls() {
    for args in [
        &["choice", "a\u{202e}b", "c"][..],
        &["passphrase", "-s", "\u{200b}"],
        &["password", "--symbols", "!\u{feff}"],
        &[
            "hash",
            "pass:pw",
            "--format",
            "htpasswd",
            "--user",
            "x\u{202e}y",
            "-a",
            "bcrypt",
        ],
    ] {
        let err = fails(args);
        assert!(err.contains("U+"), "{args:?}: {err}");
    }
}

#[test]
fn the_key_cannot_come_from_the_stdin_that_carries_the_message() {
    let err = fails(&["hmac", "--key", "fd:0", "-"]);
    assert!(err.contains("both come from standard input"), "{err}");
    let err = fails(&["compare", "fd:00", "pass:x"]);
    assert!(err.contains("fd: needs"), "{err}");
}

/// Every catchable signal that ends the process restores the terminal at the prompt.
#[cfg(unix)]
#[test]
fn any_fatal_signal_at_the_prompt_restores_echo() {
    let script = "import os, pty, sys, termios, time, signal\n\
         pid, fd = pty.fork()\n\
         if pid == 0:\n\
         \x20   os.execv(sys.argv[1], [sys.argv[1], 'check'])\n\
         out = b''\n\
         while b'password: ' not in out:\n\
         \x20   out += os.read(fd, 1024)\n\
         deadline = time.time() + 10\n\
         while termios.tcgetattr(fd)[3] & termios.ECHO and time.time() < deadline:\n\
         \x20   time.sleep(0.01)\n\
         os.kill(pid, getattr(signal, sys.argv[2]))\n\
         os.waitpid(pid, 0)\n\
         lflag = termios.tcgetattr(fd)[3]\n\
         print(bool(lflag & termios.ECHO), bool(lflag & termios.ICANON))";
    for signal in [
        "SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGALRM",
    ] {
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(bin())
            .arg(signal)
            .output()
            .expect("python3");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "True True",
            "{signal}: {out:?}"
        );
    }
}

// Found by the second attack pass (the .env, CI and log commands).

#[test]
fn redact_bounds_secrets_before_making_their_encodings() {
    let dir = TempDir::new("redact-huge-secret");
    let path = dir.path("big");
    std::fs::write(&path, "x".repeat(100_000)).expect("write");
    let out = bash(&format!(
        "echo hi | prlimit --as=536870912 $S redact file:{}; echo \" $?\"",
        path.display()
    ));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        String::from_utf8_lossy(&out.stdout).ends_with(" 2\n"),
        "{out:?}"
    );
    assert!(err.contains("longer than 64 KiB"), "{err}");
    assert!(!err.contains("memory allocation"), "{err}");
}

/// A CI gate must not pass because git could not answer.
#[test]
fn env_check_fails_when_git_cannot_answer() {
    let dir = TempDir::new("env-check-git");
    let init = Command::new("git")
        .args(["init", "-q"])
        .current_dir(&dir.0)
        .status()
        .expect("git");
    assert!(init.success());
    let env = dir.path(".env");
    std::fs::write(&env, "TOKEN=0123456789abcdefghij\n").expect("write");
    let _ = Command::new("chmod").arg("600").arg(&env).status();
    std::fs::write(dir.path(".gitignore"), ".env\n").expect("write");
    let ok = secrets()
        .args(["env", "check"])
        .arg(&env)
        .output()
        .expect("runs");
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    std::fs::write(dir.path(".git/config"), "[core\nbroken").expect("write");
    let broken = secrets()
        .args(["env", "check"])
        .arg(&env)
        .output()
        .expect("runs");
    assert_eq!(broken.status.code(), Some(1), "{broken:?}");
    let bad_dir = secrets()
        .args(["env", "check"])
        .arg(&env)
        .env("GIT_DIR", "/nonexistent")
        .output()
        .expect("runs");
    assert_eq!(bad_dir.status.code(), Some(1), "{bad_dir:?}");
}

#[test]
fn mask_registrations_are_escaped_and_never_silently_lost() {
    let out = secrets()
        .args(["choice", "--mask", "abc%0Adef"])
        .env("GITHUB_ACTIONS", "true")
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("::add-mask::abc%250Adef"),
        "{out:?}"
    );
    let out = bash("GITHUB_ACTIONS=true $S password --mask 2>&-; echo \" $?\"");
    assert!(
        String::from_utf8_lossy(&out.stdout).ends_with(" 2\n"),
        "{out:?}"
    );
}

/// A template line that is no assignment is skipped by dotenv parsers but would run when a
/// shell sources the file: `--format shell` refuses it instead of copying it.
#[test]
fn shell_format_never_copies_a_line_that_would_run() {
    let dir = TempDir::new("fill-shell-line");
    let template = dir.path("t.env");
    std::fs::write(
        &template,
        "# secrets: token-hex 16\nA=\nX;touch${IFS}pwned;Y=\n",
    )
    .expect("write");
    let out = secrets()
        .args(["env", "fill"])
        .arg(&template)
        .args(["--format", "shell", "-o"])
        .arg(dir.path("out.env"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(dir.entries(), ["t.env"]);
}

#[test]
fn no_thread_to_spare_is_never_a_panic() {
    // Found by the attack pass: under a small address-space limit, starting the second
    // generating thread failed and std's scoped spawn panicked (exit 101). Now the run
    // continues on one thread. Scanned over limits, since where the binary itself still
    // loads depends on the build; before `main` (exit 127, 139) is not ours, and neither is
    // a limit so tight that a few hundred bytes cannot be had (Rust aborts, 134).
    let mut completed = 0;
    for mib in (16..=64).step_by(4) {
        let out = bash(&format!(
            "prlimit --as={} $S password -n 200000 > /dev/null",
            mib << 20
        ));
        let code = out.status.code();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(code, Some(0 | 2 | 127 | 134 | 139) | None),
            "--as={mib}MiB: {code:?} {err}"
        );
        assert!(!err.contains("panicked"), "--as={mib}MiB: {err}");
        completed += usize::from(code == Some(0));
    }
    assert!(completed > 0, "no limit let the command run");
}
