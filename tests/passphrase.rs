//! `secrets passphrase`: words from the list, the separator, options, exact entropy.

use std::io::Write;

use secrets_core::passphrase::Wordlist;

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
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("warning: the word list has 1296 words"),
        "{err}"
    );
    assert!(err.ends_with("\nentropy: 62.04 bits\n"), "{err}");
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
    // 1,000 distinct words (the least accepted), with blanks, duplicates and CRLF around.
    let mut text = String::from("ant\nbee\n\nant\n  cat \nbee\r\n");
    for i in 0..997 {
        text.push_str(&format!("w{i}\n"));
    }
    file.1.write_all(text.as_bytes()).expect("write");
    let path = file.0.0.to_str().expect("utf-8 path").to_owned();
    for phrase in lines(&["passphrase", "--wordlist", &path, "-n", "30", "-w", "3"]) {
        assert!(
            phrase
                .split('-')
                .all(|w| ["ant", "bee", "cat"].contains(&w) || w.starts_with('w')),
            "{phrase}"
        );
    }
    let e = entropy(&["--wordlist", &path, "-w", "3"]);
    assert!((e - 3.0 * 1000f64.log2()).abs() < 1e-9, "{e}");
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
        secrets_core::token_hex(8).expect("random").as_str()
    );
    let path = std::env::temp_dir().join(name);
    let file = std::fs::File::create(&path).expect("create");
    (TempFile(path), file)
}

/// Writes `words` to a fresh file and returns it (kept alive by the caller).
fn word_file(words: &[String]) -> (TempFile, String) {
    let mut file = tempfile();
    file.1
        .write_all(words.join("\n").as_bytes())
        .expect("write");
    let path = file.0.0.to_str().expect("utf-8").to_owned();
    (file.0, path)
}

#[test]
fn capitalize_takes_none_first_all_random_and_a_bare_flag_means_first() {
    // A space separator: some EFF words hold a hyphen (t-shirt), none a space.
    let v = json(&["-s", " ", "--capitalize"]);
    let phrase = v["secret"].as_str().expect("secret");
    assert!(
        phrase
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase())),
        "{phrase}"
    );
    assert_eq!(v["wordlist_size"], 7776);
    let v = json(&["--capitalize", "all"]);
    let phrase = v["secret"].as_str().expect("secret");
    assert_eq!(phrase, phrase.to_uppercase());
    let v = json(&["--capitalize", "none"]);
    let phrase = v["secret"].as_str().expect("secret");
    assert_eq!(phrase, phrase.to_lowercase());
    // Random: every EFF word has letters, so each position has 2 * 7776 forms.
    let v = json(&["--capitalize", "random", "-w", "5"]);
    assert_eq!(v["wordlist_size"], 15552);
    let e = v["entropy_bits"].as_f64().expect("entropy");
    assert!((e - 5.0 * 15552f64.log2()).abs() < 1e-9, "{e}");
}

#[test]
fn random_capitalization_adds_choices_only_where_letters_exist() {
    // 1,000 words with letters and 500 of digits only: 2 * 1000 + 500 printed forms.
    let mut words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
    words.extend((0..500).map(|i| format!("{}", 10_000 + i)));
    let (_file, path) = word_file(&words);
    let v = json(&["--wordlist", &path, "--capitalize", "random", "-w", "4"]);
    assert_eq!(v["wordlist_size"], 2500);
    let e = v["entropy_bits"].as_f64().expect("entropy");
    assert!((e - 4.0 * 2500f64.log2()).abs() < 1e-9, "{e}");
    // Both forms of lettered words are drawn (each of 2,000 draws of a lettered word is
    // capitalised with probability 1/2: missing either form has probability 2^-1999).
    let all = lines(&[
        "passphrase",
        "--wordlist",
        &path,
        "--capitalize",
        "random",
        "-w",
        "1",
        "-n",
        "3000",
    ]);
    assert!(all.iter().any(|w| w.starts_with('W')));
    assert!(all.iter().any(|w| w.starts_with('w')));
}

#[test]
fn digit_and_symbol_each_add_one_character_and_exact_bits() {
    for phrase in lines(&["passphrase", "--digit", "--symbol", "-n", "50"]) {
        let digits = phrase.chars().filter(char::is_ascii_digit).count();
        let symbols = phrase.chars().filter(|c| "!#$%&*+=?@".contains(*c)).count();
        assert_eq!((digits, symbols), (1, 1), "{phrase}");
        for word in phrase.split('-') {
            let core =
                word.trim_end_matches(|c: char| c.is_ascii_digit() || "!#$%&*+=?@".contains(c));
            assert!(core.chars().all(|c| c.is_ascii_lowercase()), "{phrase}");
        }
    }
    let base = 6.0 * 7776f64.log2();
    let e = entropy(&["--digit", "--symbol"]);
    assert!((e - (base + 2.0 * 60f64.log2())).abs() < 1e-9, "{e}");
    // --number is the old name of --digit.
    assert_eq!(entropy(&["--number"]), entropy(&["--digit"]));
    let err = String::from_utf8(
        secrets()
            .args(["passphrase", "--digit", "--symbol", "--entropy"])
            .assert()
            .success()
            .get_output()
            .stderr
            .clone(),
    )
    .expect("UTF-8");
    assert!(
        err.starts_with("entropy: ") && !err.contains("at most"),
        "{err}"
    );
}

#[test]
fn symbols_inside_words_make_the_entropy_an_upper_bound() {
    // "a!" + "-" could be the word "a!" or the word "a" with the symbol "!".
    let mut words: Vec<String> = (0..1000).map(|i| format!("a{i}")).collect();
    words.push("a1!".into());
    let (_file, path) = word_file(&words);
    let err = String::from_utf8(
        secrets()
            .args(["passphrase", "--wordlist", &path, "--symbol", "--entropy"])
            .assert()
            .success()
            .get_output()
            .stderr
            .clone(),
    )
    .expect("UTF-8");
    assert!(err.contains("at most"), "{err}");
    assert!(
        fails(&[
            "passphrase",
            "--wordlist",
            &path,
            "--symbol",
            "--bits",
            "60"
        ])
        .contains("exact entropy")
    );
}

#[test]
fn word_lengths_filter_and_short_lists_are_refused_or_warned() {
    let v = json(&[
        "-s",
        " ",
        "--min-word-length",
        "4",
        "--max-word-length",
        "6",
        "-n",
        "1",
    ]);
    let phrase = v["secret"].as_str().expect("secret");
    assert!(
        phrase
            .split(' ')
            .all(|w| (4..=6).contains(&w.chars().count())),
        "{phrase}"
    );
    let size = v["wordlist_size"].as_u64().expect("size");
    assert!((1000..7776).contains(&size), "{size}");
    let err = fails(&["passphrase", "--max-word-length", "3"]);
    assert!(err.contains("at least 1000"), "{err}");
    assert!(
        fails(&[
            "passphrase",
            "--min-word-length",
            "5",
            "--max-word-length",
            "4"
        ])
        .contains("more than")
    );
    let words: Vec<String> = (0..999).map(|i| format!("w{i}")).collect();
    let (_file, path) = word_file(&words);
    assert!(fails(&["passphrase", "--wordlist", &path]).contains("999 words"));
    let err = String::from_utf8(
        secrets()
            .args(["passphrase", "--wordlist", "eff-short"])
            .assert()
            .success()
            .get_output()
            .stderr
            .clone(),
    )
    .expect("UTF-8");
    assert!(
        err.contains("warning: the word list has 1296 words"),
        "{err}"
    );
}

/// The exactness proof of `--capitalize random --digit --symbol` once built 1.9 million
/// codewords (179 MB), so the command aborted under `prlimit --as=150MiB`. It is decided on
/// the short code now, in a few MiB, and the figure is still exact.
#[test]
fn the_exactness_proof_fits_a_small_memory_limit() {
    if !crate::util::have_tool("prlimit", &["--version"], "prlimit (util-linux)") {
        return;
    }
    let out = crate::util::bash(
        "prlimit --as=$((150 << 20)) $S passphrase --entropy --capitalize random --digit --symbol",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.starts_with("entropy: 95.36 bits"), "{stderr}");
}
