//! `--json` prints exactly the documented fields of each kind: absent fields are absent
//! (never null), each command's `--help` lists its own fields, and the examples in
//! docs/generate.md are real output.

use serde_json::{Map, Value};

use crate::util::{lines, secrets};

/// `(arguments, the fields after secret/kind/entropy_bits, in order)`.
const CASES: &[(&[&str], &[&str])] = &[
    (&["password"], &["length", "alphabet_size"]),
    (&["passphrase"], &["words", "wordlist_size"]),
    (&["token-hex"], &["bytes", "encoding"]),
    (&["token-urlsafe"], &["bytes", "encoding"]),
    (&["otp"], &["length", "alphabet_size"]),
    (&["apikey"], &["bytes", "encoding", "prefix"]),
    (
        &["apikey", "--encoding", "base62"],
        &["length", "bytes", "encoding", "prefix"],
    ),
    (
        &["apikey", "--checksum"],
        &["length", "encoding", "prefix", "checksum"],
    ),
    (&["int", "--below", "10"], &["start", "stop"]),
    (&["int", "--range", "-3", "3"], &["start", "stop"]),
    (&["int", "--bits", "8"], &["bits"]),
    (&["choice", "a", "b"], &["items", "unique"]),
];

fn object(line: &str) -> Map<String, Value> {
    match serde_json::from_str(line) {
        Ok(Value::Object(map)) => map,
        other => panic!("not a JSON object: {line} ({other:?})"),
    }
}

/// A JSON object's keys in the order they were printed (serde_json's `Map` sorts them).
struct Keys(Vec<String>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some((k, _)) = a.next_entry::<String, serde::de::IgnoredAny>()? {
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(Visitor)
    }
}

fn keys(line: &str) -> Vec<String> {
    serde_json::from_str::<Keys>(line).expect("a JSON object").0
}

fn long_help(command: &str) -> String {
    let out = secrets()
        .args([command, "--help"])
        .assert()
        .code(crate::util::help_status(command))
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// The `--json` entry of a command's long help, up to the next option.
fn json_help(command: &str) -> String {
    let help = long_help(command);
    let start = help.find("      --json").expect("--json is documented");
    let rest = &help[start + 12..];
    let end = rest
        .find("\n  -")
        .or_else(|| rest.find("\n      --"))
        .unwrap_or(rest.len());
    rest[..end].to_owned()
}

#[test]
fn every_kind_prints_exactly_its_documented_fields() {
    for (args, fields) in CASES {
        let mut argv = args.to_vec();
        argv.push("--json");
        let line = &lines(&argv)[0];
        let map = object(line);
        let keys = keys(line);
        let mut want = vec!["secret", "kind", "entropy_bits"];
        want.extend_from_slice(fields);
        assert_eq!(keys, want, "{args:?}");
        assert!(map.values().all(|v| !v.is_null()), "{args:?}: a null field");
        assert_eq!(map["kind"], args[0], "{args:?}");
        // The command's --json help names each field it prints.
        let help = json_help(args[0]);
        for field in &keys {
            assert!(
                help.contains(&format!("\"{field}\"")),
                "{args:?}: {field} not in {help}"
            );
        }
    }
}

#[test]
fn each_commands_json_help_lists_only_fields_it_can_print() {
    let all = [
        "length",
        "alphabet_size",
        "bytes",
        "encoding",
        "prefix",
        "checksum",
        "words",
        "wordlist_size",
        "start",
        "stop",
        "bits",
        "items",
        "unique",
    ];
    for command in [
        "password",
        "passphrase",
        "token-hex",
        "token-urlsafe",
        "otp",
        "apikey",
        "int",
        "choice",
    ] {
        let help = json_help(command);
        let printed: Vec<&str> = CASES
            .iter()
            .filter(|(args, _)| args[0] == command)
            .flat_map(|(_, fields)| fields.iter().copied())
            .collect();
        for field in all {
            if help.contains(&format!("\"{field}\"")) {
                assert!(
                    printed.contains(&field),
                    "{command} --help lists {field}, never printed"
                );
            }
        }
    }
}

#[test]
fn totp_json_omits_what_does_not_apply() {
    let totp = object(&lines(&["totp", "pass:JBSWY3DPEHPK3PXP", "--json"])[0]);
    let keys: Vec<&str> = totp.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "algorithm",
            "code",
            "counter",
            "digits",
            "kind",
            "period",
            "remaining_seconds",
            "time"
        ]
    );
    let hotp = object(&lines(&["totp", "pass:JBSWY3DPEHPK3PXP", "--counter", "1", "--json"])[0]);
    let keys: Vec<&str> = hotp.keys().map(String::as_str).collect();
    assert_eq!(keys, ["algorithm", "code", "counter", "digits", "kind"]);
    let new = object(&lines(&["totp", "--new", "--json"])[0]);
    assert!(
        !new.contains_key("issuer") && !new.contains_key("account"),
        "{new:?}"
    );
    let named = object(&lines(&["totp", "--new", "--json", "--issuer", "ACME"])[0]);
    assert_eq!(named["issuer"], "ACME");
    assert!(!named.contains_key("account"));
}

/// docs/generate.md shows `$ secrets ... --json` lines followed by their output; each must be
/// what the binary prints, apart from the secret itself.
#[test]
fn documented_json_examples_are_real_output() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/generate.md"))
        .expect("docs/generate.md");
    let mut seen = 0;
    let all: Vec<&str> = guide.lines().collect();
    for pair in all.windows(2) {
        let Some(cmd) = pair[0].strip_prefix("$ secrets ") else {
            continue;
        };
        if !cmd.ends_with("--json") || !pair[1].starts_with('{') {
            continue;
        }
        let args: Vec<&str> = cmd.split(' ').collect();
        let documented = object(pair[1]);
        let line = &lines(&args)[0];
        let real = object(line);
        assert_eq!(keys(pair[1]), keys(line), "docs/generate.md: {cmd}");
        for (key, value) in &documented {
            if key != "secret" {
                assert_eq!(value, &real[key], "docs/generate.md: {cmd}: {key}");
            }
        }
        seen += 1;
    }
    assert!(
        seen >= 3,
        "docs/generate.md shows JSON examples ({seen} found)"
    );
}
