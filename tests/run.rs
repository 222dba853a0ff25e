//! `secrets run`: variables from .env files, exit status and signals passed through,
//! output masked with --mask.

use crate::util::{TempDir, bash, secrets};

const VALUE: &str = "s3cr3t value 'quoted'";

fn env_file(dir: &TempDir) -> std::path::PathBuf {
    let path = dir.path(".env");
    std::fs::write(
        &path,
        format!("DB_PASSWORD=\"{}\"\nPORT=80\n", VALUE.replace('\'', "\\'")),
    )
    .expect("write");
    path
}

#[test]
fn the_command_gets_the_variables_without_a_shell() {
    let dir = TempDir::new("run-env");
    let file = env_file(&dir);
    let out = secrets()
        .args(["run", "--env-file"])
        .arg(&file)
        .args(["--", "printenv", "DB_PASSWORD", "PORT"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&out), format!("{VALUE}\n80\n"));
}

#[test]
fn exit_statuses_pass_through() {
    let dir = TempDir::new("run-status");
    let file = env_file(&dir);
    for (script, code) in [
        ("exit 0", 0),
        ("exit 7", 7),
        ("kill -TERM $$", 128 + 15),
        ("kill -KILL $$", 128 + 9),
    ] {
        secrets()
            .args(["run", "--env-file"])
            .arg(&file)
            .args(["--", "sh", "-c", script])
            .assert()
            .code(code);
    }
    // Not found: 127, as a shell says it (tests/env.rs checks 126 too).
    secrets()
        .args(["run", "--env-file"])
        .arg(&file)
        .args(["--", "/nonexistent/program"])
        .assert()
        .code(127);
}

#[test]
fn stdin_passes_through() {
    let dir = TempDir::new("run-stdin");
    let file = env_file(&dir);
    secrets()
        .args(["run", "--env-file"])
        .arg(&file)
        .args(["--", "cat"])
        .write_stdin("input\n")
        .assert()
        .success()
        .stdout("input\n");
}

#[test]
fn term_int_and_hup_are_forwarded() {
    let dir = TempDir::new("run-signals");
    let file = env_file(&dir);
    for (signal, code) in [("TERM", 15), ("INT", 2), ("HUP", 1)] {
        // The child traps the signal and exits with its number; the test waits for the
        // child's "ready" file instead of sleeping a fixed time.
        let script = format!(
            r#"ready={ready}; rm -f "$ready"
            "$S" run --env-file {file} -- sh -c 'trap "exit {code}" {signal}; touch "$0"; while :; do sleep 0.05; done' "$ready" &
            pid=$!
            while [ ! -e "$ready" ]; do sleep 0.05; done
            kill -{signal} $pid
            wait $pid; echo $?"#,
            ready = dir.path("ready").display(),
            file = file.display(),
        );
        let out = bash(&script);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            code.to_string(),
            "{signal}"
        );
    }
}

#[test]
fn mask_replaces_values_in_both_streams() {
    let dir = TempDir::new("run-mask");
    let file = env_file(&dir);
    let out = secrets()
        .args(["run", "--mask", "--env-file"])
        .arg(&file)
        .args([
            "--",
            "sh",
            "-c",
            "echo \"out $DB_PASSWORD\"; echo \"err $DB_PASSWORD\" >&2; exit 3",
        ])
        .assert()
        .code(3)
        .get_output()
        .clone();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "out ***\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("err ***\n") && !err.contains(VALUE), "{err}");
    // PORT=80 is too short to mask, and said so (by name).
    assert!(err.contains("PORT"), "{err}");
}

/// Ctrl-C on a terminal reaches the command once: the terminal sends SIGINT to the whole
/// foreground group, so `run` must not forward it a second time.
#[cfg(unix)]
#[test]
fn ctrl_c_on_a_terminal_reaches_the_command_once() {
    let dir = TempDir::new("run-ctrl-c");
    let file = env_file(&dir);
    let stop = dir.path("stop");
    let script = "import os, pty, signal, sys\n\
         signal.alarm(30)\n\
         pid, fd = pty.fork()\n\
         if pid == 0:\n\
         \x20   os.execv(sys.argv[1], [sys.argv[1], 'run', '--env-file', sys.argv[2], '--', 'sh', '-c',\n\
         \x20       \"n=0; trap 'n=$((n+1)); echo INT$n' INT; echo ready; \"\n\
         \x20       'while [ ! -e \"$0\" ]; do sleep 0.05; done; echo total=$n', sys.argv[3]])\n\
         out = b''\n\
         while b'ready' not in out:\n\
         \x20   out += os.read(fd, 1024)\n\
         os.write(fd, b'\\x03')\n\
         while b'INT1' not in out:\n\
         \x20   out += os.read(fd, 1024)\n\
         open(sys.argv[3], 'w').close()\n\
         try:\n\
         \x20   while True:\n\
         \x20       chunk = os.read(fd, 1024)\n\
         \x20       if not chunk: break\n\
         \x20       out += chunk\n\
         except OSError:\n\
         \x20   pass\n\
         os.waitpid(pid, 0)\n\
         sys.stdout.write(out.decode(errors='replace'))";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(assert_cmd::cargo::cargo_bin("secrets"))
        .arg(&file)
        .arg(&stop)
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("total=1"), "{text}");
}

#[test]
fn the_command_gets_the_users_core_limit_not_ours() {
    // `run` lowers its own soft core limit to 0; the command must start with the user's
    // limit, from its first instruction. The limit was once set from the parent after the
    // spawn, and under CPU load the command read 0 about half the time: 300 starts, each
    // reading its limit at once, leave such a race a (1/2)^300 chance of going unseen.
    let dir = crate::util::TempDir::new("run-core");
    let env = dir.path("empty.env");
    std::fs::write(&env, "").expect("write");
    let out = crate::util::bash(&format!(
        "ulimit -Hc 5678; ulimit -Sc 1234; for i in $(seq 300); do \
         $S run --env-file '{}' -- bash -c 'ulimit -Sc; ulimit -Hc' || exit 9; done",
        env.display()
    ));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let wrong = stdout
        .split_terminator('\n')
        .collect::<Vec<_>>()
        .chunks(2)
        .filter(|pair| *pair != ["1234", "5678"])
        .count();
    assert_eq!(
        (wrong, stdout.lines().count()),
        (0, 600),
        "starts with another limit, of 300"
    );
}

/// A standard output closed when `run` starts is closed for the command too, as if it ran
/// alone (not the /dev/null the runtime puts there); masked output that cannot be written
/// is an error, not a silent loss.
#[test]
fn closed_and_full_outputs_reach_the_command_and_the_status() {
    let dir = TempDir::new("run-closed");
    let env = dir.path(".env");
    std::fs::write(&env, "A=value-long-enough\n").expect("write");
    // The command's `echo` fails on a closed descriptor (status 1); on /dev/null it would
    // succeed (status 0).
    let seen = dir.path("seen");
    for (redirect, fd) in [(">&-", 1), ("2>&-", 2)] {
        let out = bash(&format!(
            "$S run --env-file '{}' -- bash -c 'echo hello >&{fd} 2>/dev/null; echo $? > {}' {redirect}",
            env.display(),
            seen.display()
        ));
        assert!(out.status.success(), "{redirect}");
        let status = std::fs::read_to_string(&seen).expect("the command wrote its status");
        assert_eq!(
            status, "1\n",
            "{redirect}: the command wrote to a descriptor that was open"
        );
    }
    let out = bash(&format!(
        "$S run --mask --env-file '{}' -- sh -c 'yes | head -c 5000000' >/dev/full",
        env.display()
    ));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No space left"));
}
