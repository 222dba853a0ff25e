//! `secrets passphrase`: words from the list, the separator, options, exact entropy.

use std::io::Write;

use secrets_cli::passphrase::Wordlist;

use crate::util::{fails, lines, secrets};

fn json(args: &[&str]) -> serde_json::Value {
    let mut full = vec!["passphrase", "--json"];
    full.extend_from_slice(args);
    let out = lines(&full);
    assert_eq!(out.len(), 1);
    serde_json::from_str(&out[0]).expect("one JSON object")
}

fn entropy(args: &[&str]) -> f64 {
    json(args)["entropy_bits"].as_f64().expect("a number")
}

#[test]
fn default_is_six_eff_large_words_joined_by_hyphens() {
    let list = Wordlist::builtin("eff-large").expect("built in");
    for phrase in lines(&["passphrase", "-n", "50"]) {
        // Hyphenated EFF words (t-shirt) split in two here; every piece is in a word.
        let pieces: Vec<&str> = phrase.split('-').collect();
        assert!(pieces.len() >= 6, "{phrase}");
        for piece in pieces {
            assert!(
                list.words().any(|w| w.split('-').any(|p| p == piece)),
                "{piece} in {phrase}"
            );
        }
    }
}

#[test]
fn entropy_is_words_times_log2_of_the_list_size() {
    let e = entropy(&[]);
    assert!((e - 6.0 * 7776f64.log2()).abs() < 1e-9, "{e}");
    assert!((e - 77.5).abs() < 0.1);
    let e = entropy(&["--wordlist", "eff-short", "-w", "5"]);
    assert!((e - 5.0 * 1296f64.log2()).abs() < 1e-9, "{e}");
    let e = entropy(&["--wordlist", "eff-short2", "-w", "1"]);
    assert!((e - 1296f64.log2()).abs() < 1e-9, "{e}");
    let v = json(&["-w", "4", "--number"]);
    let e = v["entropy_bits"].as_f64().expect("a number");
    // 7776^4 word sequences x 4 places x 10 digits, all distinct when printed.
    assert!((e - (7776f64.powi(4) * 40.0).log2()).abs() < 1e-9, "{e}");
    assert_eq!(v["words"], 4);
    assert_eq!(v["wordlist_size"], 7776);
    assert_eq!(v["kind"], "passphrase");
}

#[test]
fn entropy_flag_prints_the_figure_on_stderr() {
    let out = secrets()
        .args(["passphrase", "--entropy"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "entropy: 77.55 bits\n"
    );
    // The EFF lists are prefix-free: even without a separator, passphrases parse back.
    let out = secrets()
        .args([
            "passphrase",
            "--entropy",
            "-s",
            "",
            "--wordlist",
            "eff-short",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "entropy: 62.04 bits\n"
    );
}

#[test]
fn separator_capitalize_and_number_shape_the_words() {
    for phrase in lines(&[
        "passphrase",
        "-n",
        "50",
        "-s",
        " ",
        "--capitalize",
        "--number",
    ]) {
        let words: Vec<&str> = phrase.split(' ').collect();
        assert_eq!(words.len(), 6, "{phrase}");
        assert!(
            words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        );
        let with_digit: Vec<&&str> = words
            .iter()
            .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
            .collect();
        assert_eq!(with_digit.len(), 1, "{phrase}");
        assert!(with_digit[0].ends_with(|c: char| c.is_ascii_digit()));
        assert_eq!(phrase.bytes().filter(u8::is_ascii_digit).count(), 1);
    }
}

#[test]
fn a_word_file_is_deduplicated_and_used() {
    let mut file = tempfile();
    file.1
        .write_all("ant\nbee\n\nant\n  cat \nbee\r\n".as_bytes())
        .expect("write");
    let path = file.0.0.to_str().expect("utf-8 path").to_owned();
    for phrase in lines(&["passphrase", "--wordlist", &path, "-n", "30", "-w", "3"]) {
        assert!(
            phrase
                .split('-')
                .all(|w| ["ant", "bee", "cat"].contains(&w)),
            "{phrase}"
        );
    }
    let e = entropy(&["--wordlist", &path, "-w", "3"]);
    assert!((e - 3.0 * 3f64.log2()).abs() < 1e-9, "{e}");
}

#[test]
fn bad_word_lists_are_errors() {
    let err = fails(&["passphrase", "--wordlist", "eff-huge"]);
    assert!(err.contains("no word list named"), "{err}");
    assert!(
        err.contains("hint: use eff-large, eff-short, eff-short2"),
        "{err}"
    );
    let mut file = tempfile();
    file.1.write_all(b"same\nsame\n").expect("write");
    let err = fails(&[
        "passphrase",
        "--wordlist",
        file.0.0.to_str().expect("utf-8"),
    ]);
    assert!(err.contains("1 distinct word"), "{err}");
    assert!(fails(&["passphrase", "-w", "0"]).contains("1..=1024"));
}

/// A file in the system's temporary directory with a random name (parallel tests do not
/// collide), removed when dropped.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn tempfile() -> (TempFile, std::fs::File) {
    let name = format!(
        "secrets-test-{}.txt",
        secrets_cli::secrets::token_hex(8).expect("random").as_str()
    );
    let path = std::env::temp_dir().join(name);
    let file = std::fs::File::create(&path).expect("create");
    (TempFile(path), file)
}
