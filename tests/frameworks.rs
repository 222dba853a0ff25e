//! `secrets key --for`: each framework's key is accepted by the real library that consumes it
//! (PyPI: cryptography's Fernet, PyJWT without a key-length warning, Django's system check
//! without security.W009). Skipped loudly without the packages; they are required under
//! `CI=true`, where `.ci/run` installs them.

use std::process::Command;

use crate::util::{fails, have_tool, lines, secrets};

fn key(framework: &str) -> String {
    lines(&["key", "--for", framework]).remove(0)
}

fn python(module: &str) -> bool {
    have_tool(
        "python3",
        &["-c", &format!("import {module}")],
        &format!("Python's {module}"),
    )
}

/// Runs a Python script with the key in $KEY; returns stdout and stderr.
fn run_python(script: &str, key: &str) -> (String, String) {
    let out = Command::new("python3")
        .args(["-W", "always", "-c", script])
        .env("KEY", key)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stdout}\n{stderr}");
    (stdout, stderr)
}

#[test]
fn fernet_accepts_our_key() {
    if !python("cryptography") {
        return;
    }
    let (out, _) = run_python(
        "import os; from cryptography.fernet import Fernet\n\
         f = Fernet(os.environ['KEY'])\n\
         print(f.decrypt(f.encrypt(b'hello')).decode())",
        &key("fernet"),
    );
    assert_eq!(out, "hello\n");
}

#[test]
fn pyjwt_signs_and_verifies_without_a_key_length_warning() {
    if !python("jwt") {
        return;
    }
    for (framework, alg) in [
        ("jwt-hs256", "HS256"),
        ("jwt-hs384", "HS384"),
        ("jwt-hs512", "HS512"),
    ] {
        let script = format!(
            "import os, warnings, jwt\n\
             warnings.simplefilter('error')\n\
             t = jwt.encode({{'sub': 'x'}}, os.environ['KEY'], algorithm='{alg}')\n\
             print(jwt.decode(t, os.environ['KEY'], algorithms=['{alg}'])['sub'])"
        );
        let (out, err) = run_python(&script, &key(framework));
        assert_eq!(out, "x\n", "{framework}");
        assert!(
            !err.contains("InsecureKeyLengthWarning"),
            "{framework}: {err}"
        );
    }
    // The control: PyJWT does warn about a short key, so the check above means something.
    let out = Command::new("python3")
        .args([
            "-c",
            "import warnings, jwt\nwarnings.simplefilter('error')\n\
             jwt.encode({'sub': 'x'}, 'short', algorithm='HS256')",
        ])
        .output()
        .expect("runs");
    assert!(
        !out.status.success(),
        "PyJWT no longer warns about short keys?"
    );
}

#[test]
fn django_check_deploy_raises_no_w009() {
    if !python("django") {
        return;
    }
    let script = "import os\n\
        from django.conf import settings\n\
        settings.configure(SECRET_KEY=os.environ['KEY'], DEBUG=False, ALLOWED_HOSTS=['x'])\n\
        import django; django.setup()\n\
        from django.core.checks.security.base import check_secret_key\n\
        from django.core.management.utils import get_random_secret_key\n\
        print([m.id for m in check_secret_key(None)])\n\
        print(len(get_random_secret_key()))";
    // A few keys: each Python start with Django costs about a second.
    for _ in 0..4 {
        let (out, _) = run_python(script, &key("django"));
        assert_eq!(out, "[]\n50\n");
    }
    // The control: Django does flag a weak key.
    let (out, _) = run_python(script, "django-insecure-short");
    assert!(out.contains("security.W009"), "{out}");
}

#[test]
fn django_keys_use_djangos_alphabet() {
    let chars = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
    for k in lines(&["key", "--for", "django", "-n", "100"]) {
        assert_eq!(k.len(), 50);
        assert!(k.chars().all(|c| chars.contains(c)), "{k}");
    }
}

#[test]
fn byte_keys_have_their_frameworks_shapes() {
    use base64::Engine as _;
    let e = base64::engine::general_purpose::STANDARD;
    let rails = key("rails");
    assert!(
        rails.len() == 128
            && rails
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    );
    let laravel = key("laravel");
    let raw = e
        .decode(laravel.strip_prefix("base64:").expect("base64: prefix"))
        .expect("b64");
    assert_eq!(raw.len(), 32);
    assert_eq!(key("flask").len(), 64);
}

#[test]
fn list_prints_every_preset_and_json_has_the_kind() {
    let list = lines(&["key", "--list"]);
    for name in [
        "django",
        "rails",
        "laravel",
        "fernet",
        "flask",
        "jwt-hs256",
        "jwt-hs512",
    ] {
        assert!(
            list.iter().any(|l| l.starts_with(name)),
            "{name} missing from {list:?}"
        );
    }
    let v: serde_json::Value =
        serde_json::from_str(&lines(&["key", "--for", "fernet", "--json"])[0]).expect("JSON");
    assert_eq!(v["kind"], "fernet-key");
    assert_eq!(v["entropy_bits"], 256.0);
    assert!(fails(&["key"]).contains("--for"));
    secrets().args(["key", "--for", "nope"]).assert().code(2);
}
