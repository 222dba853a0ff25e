//! A hostile environment: closed descriptors, directories and FIFOs as input, huge files,
//! huge arguments. Each ends in a clear error (exit 2) or a correct result, never a panic,
//! a hang or an out-of-memory.

use std::process::Output;

use crate::util::{bash, lines, secrets};

fn assert_clean_error(out: &Output, what: &str) {
    assert_eq!(out.status.code(), Some(2), "{what}: {out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error:"), "{what}: {err}");
    assert!(!err.contains("panicked"), "{what}: {err}");
}

#[test]
fn closed_stdout_is_an_error() {
    let out = bash("$S password >&-");
    assert_clean_error(&out, "stdout closed");
    let out = bash("$S token-hex 1000000 >&-");
    assert_clean_error(&out, "stdout closed, bulk");
    // An explicit /dev/null is a choice, not an accident.
    let out = bash("$S password > /dev/null");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn a_directory_as_stdin_is_an_error() {
    let out = bash("$S compare pass:x - < /");
    assert_clean_error(&out, "stdin is a directory");
}

#[test]
fn a_fifo_operand_is_read_like_a_file() {
    let dir = std::env::temp_dir().join(format!("secrets-fifo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let out = bash(&format!(
        "mkfifo {d}/f && (printf 'k3y\\n' > {d}/f &) && $S compare file:{d}/f pass:k3y; echo $?",
        d = dir.display()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{out:?}");
}

/// A 10 GiB sparse file: reading stops at the 64 MiB limit instead of filling memory.
#[test]
fn a_huge_file_operand_is_refused_at_the_limit() {
    let dir = std::env::temp_dir().join(format!("secrets-sparse-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("huge");
    std::fs::File::create(&path)
        .and_then(|f| f.set_len(10 << 30))
        .expect("sparse file");
    let out = secrets()
        .args(["compare", &format!("file:{}", path.display()), "pass:x"])
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_clean_error(&out, "10 GiB file");
    assert!(String::from_utf8_lossy(&out.stderr).contains("64 MiB"));
}

#[test]
fn operands_up_to_the_limit_are_compared() {
    let dir = std::env::temp_dir().join(format!("secrets-big-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let a = dir.join("a");
    let b = dir.join("b");
    let mut content = vec![b'z'; 64 << 20];
    std::fs::write(&a, &content).expect("write a");
    content[12345] = b'y';
    std::fs::write(&b, &content).expect("write b");
    let code = |x: &std::path::Path, y: &std::path::Path| {
        secrets()
            .args([
                "compare",
                &format!("file:{}", x.display()),
                &format!("file:{}", y.display()),
            ])
            .output()
            .expect("runs")
            .status
            .code()
    };
    assert_eq!(code(&a, &a), Some(0));
    assert_eq!(code(&a, &b), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_invalid_descriptor_is_an_error() {
    let out = bash("$S compare fd:9 pass:x 9<&-");
    assert_clean_error(&out, "fd:9 closed");
}

#[test]
fn a_very_long_exclusion_list_works() {
    // 100 KiB of exclusions (one argument may hold at most 128 KiB on Linux) that leave
    // only the letter 'q' and the digit '7'.
    let keep = ['q', '7'];
    let mut exclude: String = (' '..='~').filter(|c| !keep.contains(c)).collect();
    while exclude.len() < 100 << 10 {
        exclude.push_str("abcdefghijklmnop");
    }
    let out = lines(&["password", "-l", "12", "-x", &exclude, "-n", "50"]);
    for pw in out {
        assert!(pw.chars().all(|c| keep.contains(&c)), "{pw}");
        assert!(pw.contains('q') && pw.contains('7'), "{pw}");
    }
}

#[test]
fn a_huge_count_cut_short_by_head_ends_quickly() {
    // 10^12 passwords would take hours; head must stop it at once (the shell's timeout
    // fails the test with 124 if it does not).
    let out =
        bash("set -o pipefail; timeout 20 bash -c \"$S password -n 1000000000000 | head -n 5\"");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
    assert!(out.stderr.is_empty());
}
