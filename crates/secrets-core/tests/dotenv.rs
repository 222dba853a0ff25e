//! The `.env` dialects against their real consumers: what we write, bash, python-dotenv and
//! Node's `dotenv` read back; what we read, they read the same way; what we refuse, they
//! would read differently or run.
//!
//! Each case writes one file of many keys and runs each consumer once on it, so a case
//! costs a few process starts, not one per value. A missing consumer fails the test under
//! CI (the `CI` environment variable set) and is skipped with a loud SKIPPED otherwise.
//! Node's dotenv comes from `npm ci --prefix tests/node` at the workspace root; python-dotenv
//! from `pip install python-dotenv`.

// A skipped consumer is announced on standard error (SKIPPED), as in the CLI's tests.
#![allow(clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::Config;
use secrets_core::dotenv::{Dialect, Document, Entry, Escape, Precedence};
use zeroize::Zeroizing;

// ---------------------------------------------------------------------------------------
// Consumers

/// What a consumer read: each key with its value, or `None` when it knows the key without
/// a value (python-dotenv's bare keys).
type Read = BTreeMap<String, Option<String>>;

/// A scratch directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "secrets-core-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).expect("write file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Whether `program ARGS` succeeds; if not, fails under CI and says SKIPPED otherwise
/// (tests/util.rs `have_tool`, the house pattern).
fn have(program: &str, args: &[&str], what: &str) -> bool {
    let ok = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "{what} is required under CI (.ci/run installs it)"
        );
        eprintln!("SKIPPED: {what} is not installed");
    }
    ok
}

fn have_bash() -> bool {
    static HAVE: OnceLock<bool> = OnceLock::new();
    *HAVE.get_or_init(|| have("bash", &["-c", "true"], "bash"))
}

fn have_python_dotenv() -> bool {
    static HAVE: OnceLock<bool> = OnceLock::new();
    *HAVE.get_or_init(|| {
        have(
            "python3",
            &["-c", "import dotenv"],
            "python-dotenv (pip install python-dotenv)",
        )
    })
}

/// Node's dotenv as the repository pins it (tests/node/package.json).
fn node_dotenv_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/node/node_modules/dotenv")
}

fn have_node_dotenv() -> bool {
    static HAVE: OnceLock<bool> = OnceLock::new();
    *HAVE.get_or_init(|| {
        let script = format!("require({})", js_string(&node_dotenv_path()));
        have(
            "node",
            &["-e", &script],
            "Node's dotenv (npm ci --prefix tests/node --no-audit --no-fund)",
        )
    })
}

fn js_string(path: &Path) -> String {
    serde_json::to_string(&path.to_string_lossy()).expect("json string")
}

fn run(cmd: &mut Command, what: &str) -> Vec<u8> {
    let out = cmd.stdin(Stdio::null()).output().expect("consumer runs");
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn json_read(stdout: &[u8]) -> Read {
    serde_json::from_slice(stdout).expect("a JSON object of strings")
}

/// bash: `set -a; . FILE`, then each of `keys` printed as `KEY\0VALUE\0` (unset keys are
/// left out). Runs in `dir` with an empty environment; returns what it read and whatever
/// it wrote on standard error.
fn bash_read(dir: &TempDir, path: &Path, keys: &[&str]) -> (Read, String) {
    let out = Command::new("bash")
        .args([
            "-c",
            r#"set -a; . "$1"; shift; for k; do [ "${!k+set}" ] && printf '%s\0%s\0' "$k" "${!k}"; done; true"#,
            "bash",
        ])
        .arg(path)
        .args(keys)
        .current_dir(&dir.0)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .stdin(Stdio::null())
        .output()
        .expect("bash runs");
    let fields: Vec<String> = out
        .stdout
        .split(|&b| b == 0)
        .map(|f| String::from_utf8(f.to_vec()).expect("UTF-8 from bash"))
        .collect();
    let read = fields
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0].clone(), Some(c[1].clone())))
        .collect();
    (read, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// python-dotenv's `dotenv_values(path, interpolate=...)`, with `env` added to (and
/// `unset` removed from) its environment.
fn python_read(path: &Path, interpolate: bool, env: &[(&str, &str)], unset: &[&str]) -> Read {
    let mut cmd = Command::new("python3");
    cmd.args([
        "-c",
        "import json, sys\nfrom dotenv import dotenv_values\n\
         print(json.dumps(dotenv_values(sys.argv[1], interpolate=sys.argv[2] == '1')))",
    ])
    .arg(path)
    .arg(if interpolate { "1" } else { "0" });
    for (k, v) in env {
        cmd.env(k, v);
    }
    for k in unset {
        cmd.env_remove(k);
    }
    json_read(&run(&mut cmd, "python-dotenv"))
}

/// The lines python-dotenv warns it could not parse (its own 1-based numbers).
fn python_unparsed_lines(path: &Path) -> Vec<usize> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sys\nfrom dotenv import dotenv_values\ndotenv_values(sys.argv[1])",
        ])
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .expect("python3 runs");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| {
            l.split("could not parse statement starting at line ")
                .nth(1)
        })
        .filter_map(|n| n.trim().parse().ok())
        .collect()
}

/// Node's `dotenv.parse` of the file.
fn node_read(path: &Path) -> Read {
    let script = format!(
        "const d = require({}); const fs = require('fs');\
         process.stdout.write(JSON.stringify(d.parse(fs.readFileSync(process.argv[1]))))",
        js_string(&node_dotenv_path())
    );
    json_read(&run(
        Command::new("node").args(["-e", &script]).arg(path),
        "node dotenv",
    ))
}

/// Our reading, as a consumer's: final values, bare keys as `None`.
fn ours(doc: &Document) -> Read {
    let values = doc.values();
    values
        .keys()
        .map(|k| (k.to_owned(), values.get(k).map(str::to_owned)))
        .collect()
}

/// The first key on which two readings differ, for a message that names no value.
fn first_difference(a: &Read, b: &Read) -> Option<String> {
    a.keys()
        .chain(b.keys())
        .find(|k| a.get(*k) != b.get(*k))
        .cloned()
}

fn assert_same(consumer: &str, theirs: &Read, expected: &Read, text: &str) {
    if let Some(key) = first_difference(theirs, expected) {
        let line = text
            .lines()
            .find(|l| l.contains(key.as_str()))
            .unwrap_or_default();
        panic!(
            "{consumer} reads {key} differently: {:?} where we read {:?} (line {line:?})",
            theirs.get(&key),
            expected.get(&key)
        );
    }
}

// ---------------------------------------------------------------------------------------
// Written values read back exactly

/// A value: up to 24 characters, printable ASCII with extra weight on the characters the
/// dialects treat specially, and a few non-ASCII ones.
fn value() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '\'', '"', '\\', '$', '`', '#', ' ', '=', ';', '{', '}', '!', '*', '~',
    ]);
    let ascii = (0x20u8..0x7f).prop_map(char::from);
    let other = prop::sample::select(vec!['\u{e9}', '\u{20ac}', '\u{65e5}', '\u{1f511}']);
    let c = prop_oneof![4 => special, 6 => ascii, 1 => other];
    prop::collection::vec(c, 0..24).prop_map(|v| v.into_iter().collect())
}

/// 200 values the dialect carries, each with whether its line is exported.
fn carried_values(dialect: Dialect) -> impl Strategy<Value = Vec<(String, bool)>> {
    let carried = value().prop_filter("carried by the dialect", move |v| dialect.carries(v));
    prop::collection::vec((carried, any::<bool>()), 200)
}

/// Writes `values` as a document of `dialect` and checks every reader gets them back.
fn written_values_read_back(dialect: Dialect, values: &[(String, bool)]) {
    let mut doc = Document::new(dialect);
    let mut expected = Read::new();
    for (i, (value, export)) in values.iter().enumerate() {
        let key = format!("DTV_{i}");
        let entry = Entry::assign(&key, value, dialect, Escape::None)
            .and_then(|e| e.with_export(*export))
            .expect("a carried value is written");
        doc.push(entry).expect("same dialect");
        expected.insert(key, Some(value.clone()));
    }
    let text = doc.render();
    assert_same(
        "our reader",
        &ours(&Document::parse(&text, dialect).expect("reads")),
        &expected,
        &text,
    );
    // Detection reads it right, or refuses: a dotenv file is never ambiguous (the shell
    // reads its values the same way); a shell file is, only when no value has a `'` (then
    // nothing in it is shell-only) and python-dotenv would read some value differently.
    match Document::parse_auto(&text) {
        Ok(auto) => assert_same("detection", &ours(&auto), &expected, &text),
        Err(e) => assert!(
            dialect == Dialect::Shell && !values.iter().any(|(v, _)| v.contains('\'')),
            "{e}"
        ),
    }
    let dir = TempDir::new("dotenv-written");
    let path = dir.write(".env", &text);
    if have_bash() {
        let keys: Vec<&str> = expected.keys().map(String::as_str).collect();
        let (read, stderr) = bash_read(&dir, &path, &keys);
        assert_eq!(stderr, "", "bash complained");
        assert_same("bash", &read, &expected, &text);
    }
    match dialect {
        Dialect::Dotenv => {
            if have_python_dotenv() {
                // With interpolation on, as programs use it: no value holds `${`.
                assert_same(
                    "python-dotenv",
                    &python_read(&path, true, &[], &[]),
                    &expected,
                    &text,
                );
            }
            if have_node_dotenv() {
                assert_same("node dotenv", &node_read(&path), &expected, &text);
            }
        }
        Dialect::Shell => {
            // python-dotenv reads a shell file as our dotenv reader predicts: the same values
            // (not always the written ones: `\\` is an escape to it), or a complaint about
            // the line we refuse (a value with `'` always is one).
            let dotenv = Document::parse(&text, Dialect::Dotenv);
            if values.iter().any(|(v, _)| v.contains('\'')) {
                assert!(dotenv.is_err());
            }
            if have_python_dotenv() {
                match dotenv {
                    Ok(doc) => {
                        let python = python_read(&path, false, &[], &[]);
                        assert_same("python-dotenv", &python, &ours(&doc), &text);
                    }
                    Err(err) => {
                        let complaints = python_unparsed_lines(&path);
                        assert_eq!(complaints.first().copied(), err.line(), "{err}");
                    }
                }
            }
        }
    }
}

proptest! {
    // 6 files of 200 values per dialect: 1,200 values each, 6 runs of each consumer.
    #![proptest_config(Config { cases: 6, max_shrink_iters: 16, ..Config::default() })]

    /// Values written in the dotenv dialect read back exactly in our reader, bash,
    /// python-dotenv (interpolating) and Node's dotenv.
    #[test]
    fn dotenv_values_read_back_in_every_consumer(values in carried_values(Dialect::Dotenv)) {
        written_values_read_back(Dialect::Dotenv, &values);
    }

    /// Values written in the shell dialect (`'` as `'\''`) read back exactly in our reader
    /// and bash; python-dotenv refuses them where we do.
    #[test]
    fn shell_values_read_back_in_bash(values in carried_values(Dialect::Shell)) {
        written_values_read_back(Dialect::Shell, &values);
    }
}

// ---------------------------------------------------------------------------------------
// Random lines: what we accept, the consumer reads the same way

/// Pieces of a value, many of them hostile. The commands only ever touch `pwned` in the
/// scratch directory the consumer runs in.
const PIECES: &[&str] = &[
    "a",
    "b",
    "Z",
    "0",
    "-",
    ".",
    "/",
    ":",
    "=",
    "@",
    "%",
    "+",
    ",",
    "!",
    "^",
    "]",
    "\u{e9}",
    "'",
    "'",
    "\"",
    "\"",
    "\\",
    "\\'",
    "\\\"",
    "'\\''",
    "\\\\",
    "\\n",
    " ",
    " ",
    "\t",
    "#",
    " #",
    "$",
    "${",
    "}",
    "{",
    "${DTV_0}",
    "${DTV_E:-d}",
    "${DTV_U:-x}",
    "${DTV_U}",
    "$DTV_E",
    "$(touch pwned)",
    "`touch pwned`",
    ";touch pwned",
    " touch pwned",
    "&",
    "|",
    "<",
    ">",
    "(",
    ")",
    "*",
    "?",
    "[",
    "~",
    "\n",
    "\r\n",
    "\r",
    "\u{a0}",
    "\u{b}",
    "export ",
];

/// A piece of a value: a piece on its own, or pieces in single or double quotes (whose
/// inside is random too, so quotes still come unbalanced).
fn segment() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(PIECES).prop_map(str::to_owned);
    let inside = prop::collection::vec(prop::sample::select(PIECES), 0..4).prop_map(|p| p.concat());
    prop_oneof![
        3 => piece,
        2 => inside.clone().prop_map(|s| format!("'{s}'")),
        2 => inside.prop_map(|s| format!("\"{s}\"")),
    ]
}

/// A candidate line: `[blanks][export ]KEY[blanks]=[value][ # comment]\n`, or (rarely) a
/// key without `=`.
fn line(key: String) -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "", "", " ", "\t"]),
        prop::sample::select(vec!["", "", "export ", "export\t"]),
        prop::sample::select(vec!["=", "=", "=", "=", "= ", " =", ""]),
        prop::collection::vec(segment(), 0..5),
        prop::sample::select(vec!["", "", "", " # note", "#x", " #'\""]),
    )
        .prop_map(move |(indent, export, eq, value, comment)| {
            format!("{indent}{export}{key}{eq}{}{comment}\n", value.concat())
        })
}

/// 150 candidate lines, keys `DTV_0`...`DTV_149`.
fn candidates() -> impl Strategy<Value = Vec<String>> {
    (0..150usize)
        .map(|i| line(format!("DTV_{i}")).boxed())
        .collect::<Vec<_>>()
}

/// The candidates our reader accepts, joined in order (each kept only if the text so far
/// still reads), and the document they make.
fn accepted(dialect: Dialect, candidates: &[String]) -> (String, Document) {
    let mut text = String::new();
    for c in candidates {
        let longer = format!("{text}{c}");
        if Document::parse(&longer, dialect).is_ok() {
            text = longer;
        }
    }
    let doc = Document::parse(&text, dialect).expect("accepted text reads");
    (text, doc)
}

const DTV_E: &str = "from the environment";

proptest! {
    // 12 files of up to 150 random lines per dialect (about half accepted); each consumer runs once per
    // file (twice for python-dotenv: with and without interpolation).
    #![proptest_config(Config { cases: 12, max_shrink_iters: 16, ..Config::default() })]

    /// Every random line the dotenv reader accepts, python-dotenv reads the same way,
    /// literally and after its interpolation.
    #[test]
    fn accepted_dotenv_lines_read_as_python_dotenv_reads_them(lines in candidates()) {
        let (text, doc) = accepted(Dialect::Dotenv, &lines);
        if have_python_dotenv() {
            let dir = TempDir::new("dotenv-fuzz");
            let path = dir.write(".env", &text);
            let literal = python_read(&path, false, &[], &[]);
            assert_same("python-dotenv", &literal, &ours(&doc), &text);
            let lookup = |name: &str| (name == "DTV_E").then(|| Zeroizing::new(DTV_E.to_owned()));
            let expanded = doc.expand(lookup, Precedence::File).expect("expands");
            let expected: Read = expanded
                .keys()
                .map(|k| (k.to_owned(), expanded.get(k).map(str::to_owned)))
                .collect();
            let interpolated = python_read(&path, true, &[("DTV_E", DTV_E)], &["DTV_U"]);
            assert_same("python-dotenv (interpolating)", &interpolated, &expected, &text);
        }
    }

    /// Every random line the shell reader accepts, bash reads the same way, and sourcing
    /// them runs nothing (no `pwned` file, nothing on standard error).
    #[test]
    fn accepted_shell_lines_read_as_bash_reads_them_and_run_nothing(lines in candidates()) {
        let (text, doc) = accepted(Dialect::Shell, &lines);
        if have_bash() {
            let dir = TempDir::new("shell-fuzz");
            let path = dir.write(".env", &text);
            let expected = ours(&doc);
            let keys: Vec<&str> = expected.keys().map(String::as_str).collect();
            let (read, stderr) = bash_read(&dir, &path, &keys);
            assert_eq!(stderr, "", "bash complained about {text:?}");
            assert!(!dir.path("pwned").exists(), "sourcing {text:?} ran a command");
            assert_same("bash", &read, &expected, &text);
        }
    }
}

// ---------------------------------------------------------------------------------------
// What is refused is what the consumers disagree on, or what a shell would run

/// The lines the shell reader refuses as commands do run one in bash: the refusals are not
/// over-cautious guesses.
#[test]
fn the_lines_refused_as_commands_run_commands_in_bash() {
    if !have_bash() {
        return;
    }
    for line in [
        "HOST=localhost touch pwned",
        "X=$(touch pwned)",
        "X=\"$(touch pwned)\"",
        "X=`touch pwned`",
        "Z='a\\' ; touch pwned ; Q='",
        "X=a;touch pwned",
        "X=a&&touch pwned",
        "X=a|touch pwned",
        "X=a>pwned",
        "X= touch pwned",
        "touch pwned",
    ] {
        // The last line closes the quote `Z='a\' ; ...; Q='` leaves open.
        let text = format!("OK=1\n{line}\nW='\n");
        assert!(
            Document::parse(&text, Dialect::Shell).is_err(),
            "{line:?} was accepted"
        );
        let dir = TempDir::new("shell-runs");
        let path = dir.write(".env", &text);
        let _ = bash_read(&dir, &path, &["OK"]);
        assert!(dir.path("pwned").exists(), "{line:?} ran nothing in bash");
    }
}

/// A shell file that python-dotenv reads differently than bash (here: it cannot read the
/// line and skips the key) is detected as shell and read as bash reads it; one that both
/// read, differently, is refused by `parse_auto` instead of read either way.
#[test]
fn files_the_consumers_read_differently_are_detected_or_refused() {
    let dir = TempDir::new("dotenv-disagree");
    // Detected: only a shell reads it.
    let text = "A='x'\\''y'\nB=plain\n";
    let path = dir.write("shell.env", text);
    assert_eq!(Dialect::detect(text), Dialect::Shell);
    let doc = Document::parse_auto(text).expect("read as shell");
    assert_eq!(doc.value("A"), Some("x'y"));
    assert!(Document::parse(text, Dialect::Dotenv).is_err());
    if have_bash() {
        let (read, _) = bash_read(&dir, &path, &["A", "B"]);
        assert_same("bash", &read, &ours(&doc), text);
    }
    if have_python_dotenv() {
        let python = python_read(&path, false, &[], &[]);
        assert_ne!(python.get("A"), Some(&Some("x'y".to_owned())));
    }
    // Refused: both read it, differently.
    for (text, key) in [
        ("A='a\\\\b'\n", "A"),
        ("A=a\\ b\n", "A"),
        ("A='x'#c\n", "A"),
        ("A=  # c\n", "A"),
    ] {
        let err = Document::parse_auto(text).expect_err(text);
        assert_eq!(err.key(), Some(key), "{text:?}");
        let path = dir.write("both.env", text);
        if have_bash() && have_python_dotenv() {
            let (bash, _) = bash_read(&dir, &path, &[key]);
            let python = python_read(&path, false, &[], &[]);
            assert_ne!(bash.get(key), python.get(key), "{text:?}: they agree");
            // Each explicit dialect reads as its consumer does.
            let d = Document::parse(text, Dialect::Dotenv).expect("dotenv reads it");
            let s = Document::parse(text, Dialect::Shell).expect("shell reads it");
            assert_same("python-dotenv", &python, &ours(&d), text);
            assert_same("bash", &bash, &ours(&s), text);
        }
    }
}

/// `env fill --format shell` copies a template's values through `Entry::requote`: hostile
/// template lines become values bash reads exactly as python-dotenv read them, and run
/// nothing.
#[test]
fn requoted_template_lines_run_nothing_and_keep_their_value() {
    let template = "HOST=localhost touch pwned\nX=$(touch pwned)\nY=`touch pwned`\n\
                    Z='a\\' ; touch pwned ; Q='\nW=\"a\\tb\"\n";
    let dotenv = Document::parse(template, Dialect::Dotenv).expect("python-dotenv reads it");
    let mut shell = Document::new(Dialect::Shell);
    let mut expected = Read::new();
    for e in dotenv.entries() {
        if e.value().is_some_and(|v| v.contains('\t')) {
            // A tab is a control character: refused, not copied.
            assert!(e.requote(Dialect::Shell).is_err());
            continue;
        }
        shell.push(e.clone()).expect("requoted");
        expected.insert(
            e.key().expect("a key").to_owned(),
            e.value().map(str::to_owned),
        );
    }
    let text = shell.render();
    let dir = TempDir::new("requote");
    let path = dir.write(".env", &text);
    if have_python_dotenv() {
        let tpl = dir.write("template", template);
        let python = python_read(&tpl, false, &[], &[]);
        for (k, v) in &expected {
            assert_eq!(python.get(k), Some(v), "{k}");
        }
    }
    if have_bash() {
        let keys: Vec<&str> = expected.keys().map(String::as_str).collect();
        let (read, stderr) = bash_read(&dir, &path, &keys);
        assert_eq!(stderr, "");
        assert!(!dir.path("pwned").exists(), "{text:?} ran a command");
        assert_same("bash", &read, &expected, &text);
    }
}
