//! `secrets serve`: the real binary on an ephemeral port, driven by a real HTTP client
//! (ureq: blocking, so the tests need no runtime; rustls with ring). HTTP/2 is checked with
//! curl. This module: the harness, the seed contract, the /v1 routes, check, OpenAPI,
//! headers and limits; access control, audit, TLS and shutdown are in `serve_access`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{TempDir, chi2_critical, chi2_uniform, have_tool};

/// A running `secrets serve`.
pub(crate) struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT` (or https).
    pub(crate) base: String,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `secrets serve --bind 127.0.0.1:0 ARGS` (with `--rate-limit 0` unless ARGS set
    /// a limit) and waits for its `listening on` line.
    pub(crate) fn start(args: &[&str]) -> Server {
        Server::try_start(args)
            .unwrap_or_else(|(status, err)| panic!("serve did not start ({status:?}): {err}"))
    }

    /// Like [`Server::start`], but an exit before listening is returned with its stderr.
    pub(crate) fn try_start(args: &[&str]) -> Result<Server, (Option<ExitStatus>, String)> {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("secrets"));
        cmd.args(["serve", "--bind", "127.0.0.1:0"]);
        if !args.iter().any(|a| a.starts_with("--rate-limit")) {
            cmd.args(["--rate-limit", "0"]);
        }
        if !args.contains(&"--bind") {
            cmd.args(args);
        } else {
            // A test that binds elsewhere replaces our --bind.
            cmd = Command::new(assert_cmd::cargo::cargo_bin("secrets"));
            cmd.arg("serve").args(args);
        }
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let pipe = child.stderr.take().expect("stderr");
        let log = stderr.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                if let Some(url) = line.strip_prefix("listening on ") {
                    let _ = tx.send(url.to_string());
                }
                let mut log = log.lock().unwrap_or_else(|p| p.into_inner());
                log.push_str(&line);
                log.push('\n');
            }
        });
        let base = rx.recv_timeout(Duration::from_secs(30));
        match base {
            Ok(base) => Ok(Server {
                child,
                base,
                stderr,
            }),
            Err(_) => {
                // The pipe closes just before the exit status is there: wait a moment.
                let deadline = Instant::now() + Duration::from_secs(5);
                let mut status = None;
                while status.is_none() && Instant::now() < deadline {
                    status = child.try_wait().ok().flatten();
                    std::thread::sleep(Duration::from_millis(20));
                }
                if status.is_none() {
                    let _ = child.kill();
                }
                let _ = child.wait();
                std::thread::sleep(Duration::from_millis(100));
                let err = stderr.lock().unwrap_or_else(|p| p.into_inner()).clone();
                Err((status, err))
            }
        }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The port.
    pub(crate) fn port(&self) -> u16 {
        self.base
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("port")
    }

    /// Everything the server wrote on stderr so far.
    pub(crate) fn stderr(&self) -> String {
        self.stderr
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub(crate) fn signal(&self, signal: &str) {
        let ok = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "kill -{signal}");
    }

    /// Sends SIGTERM and waits (at most 20 s) for the exit; the status and how long it took.
    pub(crate) fn stop(mut self) -> (ExitStatus, Duration, String) {
        self.signal("TERM");
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                std::thread::sleep(Duration::from_millis(50));
                return (status, start.elapsed(), self.stderr());
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "serve ignored SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A blocking client that returns 4xx/5xx answers instead of errors.
pub(crate) fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// An answer: status, headers (lowercase names), body.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: HashMap<String, String>,
    pub(crate) body: String,
}

impl Answer {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
}

pub(crate) fn answer(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
    let mut response = response.expect("the request completes");
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    Answer {
        status: response.status().as_u16(),
        headers,
        body: response.body_mut().read_to_string().expect("body"),
    }
}

pub(crate) fn get(url: &str) -> Answer {
    answer(agent().get(url).call())
}

pub(crate) fn get_with_key(url: &str, key: &str) -> Answer {
    answer(
        agent()
            .get(url)
            .header("Authorization", &format!("Bearer {key}"))
            .call(),
    )
}

pub(crate) fn post_json(url: &str, body: &str) -> Answer {
    answer(
        agent()
            .post(url)
            .header("Content-Type", "application/json")
            .send(body),
    )
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const SEED_SPECIAL: &str = "!@#$%^&*()_+-=[]{}|;:,.<>?";

fn password_of(a: &Answer) -> String {
    assert_eq!(a.status, 200, "{}", a.body);
    let v = a.json();
    let p = v["password"].as_str().expect("password").to_string();
    assert_eq!(v["length"].as_u64(), Some(p.chars().count() as u64));
    assert_eq!(
        v.as_object().map(|o| o.len()),
        Some(2),
        "only password and length"
    );
    p
}

// --- The seed's contract ---

#[test]
fn seed_defaults_are_16_letters_and_digits() {
    let s = Server::start(&[]);
    let a = get(&s.url("/api/generate"));
    assert_eq!(a.header("content-type"), Some("application/json"));
    let p = password_of(&a);
    assert_eq!(p.len(), 16);
    let pool = format!("{LOWER}{UPPER}{DIGITS}");
    assert!(p.chars().all(|c| pool.contains(c)), "{p}");
}

#[test]
fn seed_parameters_choose_the_pool_and_exclude_removes_characters() {
    let s = Server::start(&[]);
    let url = s.url(
        "/api/generate?length=128&lowercase=false&uppercase=false&special=true&exclude=0123%21%40",
    );
    let mut seen = String::new();
    for _ in 0..20 {
        seen.push_str(&password_of(&get(&url)));
    }
    let pool: String = format!("{DIGITS}{SEED_SPECIAL}")
        .chars()
        .filter(|c| !"0123!@".contains(*c))
        .collect();
    assert!(seen.chars().all(|c| pool.contains(c)), "{seen}");
    // 2560 draws from 30 characters: each appears (missing one has probability < 1e-50).
    assert!(pool.chars().all(|c| seen.contains(c)));
    let four = password_of(&get(&s.url("/api/generate?length=4&digits=0&uppercase=no")));
    assert!(
        four.len() == 4 && four.chars().all(|c| LOWER.contains(c)),
        "{four}"
    );
}

#[test]
fn seed_errors_are_400_json_and_never_repeat_the_value() {
    let s = Server::start(&[]);
    let secret = "sk_live_A1b2C3d4E5f6G7h8I9j0";
    for query in [
        "length=3".to_string(),
        "length=129".to_string(),
        format!("length={secret}"),
        format!("special={secret}"),
        format!("{secret}=1"),
        format!("exlude={secret}"),
        "length=20&length=21".to_string(),
        "lowercase=false&uppercase=false&digits=false".to_string(),
        format!(
            "lowercase=false&uppercase=false&digits=false&special=true&exclude={}",
            urlenc(SEED_SPECIAL)
        ),
    ] {
        let a = get(&s.url(&format!("/api/generate?{query}")));
        assert_eq!(a.status, 400, "{query}: {}", a.body);
        let error = a.json()["error"].as_str().expect("error").to_string();
        assert!(
            !error.is_empty() && !error.contains(secret),
            "{query}: {error}"
        );
    }
    let empty = get(&s.url("/api/generate?lowercase=false&uppercase=false&digits=false"));
    assert_eq!(empty.json()["error"], "No characters available");
    assert!(!s.stderr().contains(secret), "the log repeats a value");
}

/// Percent-encodes everything but letters and digits.
pub(crate) fn urlenc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Every character of served passwords is uniform over the pool: 300 passwords of 128
/// characters from the seed's 88-character pool (38,400 draws, about 436 per cell).
/// Chi-squared with 87 degrees of freedom at p = 1e-7: a correct server fails less than
/// once in ten million runs. (The seed's `byte % 88` would put 3/256 more mass on the
/// first 80 characters, a statistic near 2,000 at this size.)
#[test]
fn served_passwords_are_uniform_over_the_pool() {
    let s = Server::start(&[]);
    let url = s.url("/api/generate?length=128&special=true");
    let agent = agent();
    let mut counts: HashMap<char, u64> = HashMap::new();
    for _ in 0..300 {
        let p = password_of(&answer(agent.get(&url).call()));
        for c in p.chars() {
            *counts.entry(c).or_default() += 1;
        }
    }
    let pool: Vec<char> = format!("{LOWER}{UPPER}{DIGITS}{SEED_SPECIAL}")
        .chars()
        .collect();
    assert_eq!(pool.len(), 88);
    let stat = chi2_uniform(&counts, &pool);
    assert!(stat < chi2_critical(87, 1e-7), "chi-squared {stat}");
}

// --- /v1 ---

/// The CLI's `--json` object for the same flags, without the secret.
fn cli_json(args: &[&str]) -> Value {
    let out = crate::util::secrets()
        .args(args)
        .arg("--json")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{args:?}");
    let first = out.stdout.split(|&b| b == b'\n').next().expect("a line");
    let mut v: Value = serde_json::from_slice(first).expect("JSON");
    v.as_object_mut().map(|o| o.remove("secret"));
    v
}

fn v1(s: &Server, route_and_query: &str) -> Vec<Value> {
    let a = get(&s.url(&format!("/v1/{route_and_query}")));
    assert_eq!(a.status, 200, "{route_and_query}: {}", a.body);
    assert_eq!(a.header("content-type"), Some("application/json"));
    a.json().as_array().expect("an array").clone()
}

#[test]
fn each_v1_route_answers_like_the_cli_json() {
    let s = Server::start(&[]);
    let cases: &[(&str, &[&str])] = &[
        (
            "password?length=24&no-symbols=true&min-digits=3",
            &[
                "password",
                "--length",
                "24",
                "--no-symbols",
                "--min-digits",
                "3",
            ],
        ),
        (
            "passphrase?words=5&separator=-&capitalize=first",
            &[
                "passphrase",
                "--words",
                "5",
                "--separator",
                "-",
                "--capitalize",
                "first",
            ],
        ),
        ("token-hex?nbytes=16", &["token-hex", "16"]),
        (
            "token-urlsafe?bits=128",
            &["token-urlsafe", "--bits", "128"],
        ),
        (
            "otp?length=8&alphanumeric=true",
            &["otp", "--length", "8", "--alphanumeric"],
        ),
        (
            "apikey?checksum=true&prefix=ghp_",
            &["apikey", "--checksum", "--prefix", "ghp_"],
        ),
        ("int?range=-5,7", &["int", "--range", "-5", "7"]),
        (
            "int?below=100000000000000000000000000000",
            &["int", "--below", "100000000000000000000000000000"],
        ),
        (
            "choice?item=red&item=green&item=blue&unique=true&count=3",
            &["choice", "red", "green", "blue", "--unique", "--count", "3"],
        ),
    ];
    for (query, args) in cases {
        let served = v1(&s, query);
        let expected = cli_json(args);
        let count = if query.contains("count=3") { 3 } else { 1 };
        assert_eq!(served.len(), count, "{query}");
        for mut item in served {
            let secret = item["secret"].as_str().expect("secret").to_string();
            assert!(!secret.is_empty(), "{query}");
            item.as_object_mut().map(|o| o.remove("secret"));
            if args[0] == "choice" {
                assert!(["red", "green", "blue"].contains(&secret.as_str()));
            }
            assert_eq!(item, expected, "{query}");
        }
    }
    // The checksummed key verifies with the CLI.
    let key = v1(&s, "apikey?checksum=true")[0]["secret"]
        .as_str()
        .map(String::from);
    let key = key.expect("key");
    crate::util::secrets()
        .args(["apikey", "--verify", "env:K"])
        .env("K", &key)
        .assert()
        .success();
}

#[test]
fn v1_count_is_capped_at_100() {
    let s = Server::start(&[]);
    assert_eq!(v1(&s, "token-hex?count=100").len(), 100);
    let a = get(&s.url("/v1/token-hex?count=101"));
    assert_eq!(a.status, 400);
    assert!(
        a.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("count"))
    );
}

#[test]
fn v1_refuses_unknown_parameters_and_flags_that_reach_the_server() {
    let s = Server::start(&[]);
    for query in [
        "password?lenght=30",
        "password?length=30&length=31",
        "password?output=/tmp/pwned",
        "password?clip=true",
        "password?json=false",
        "password?entropy=true",
        "apikey?verify=env:HOME",
        "passphrase?wordlist=/etc/passwd",
        "choice?item=-",
        "choice",
        "password?length=0",
        "password?no-symbols=true&symbols=%21",
        "token-hex?nbytes=100000",
        "int?range=1",
    ] {
        let a = get(&s.url(&format!("/v1/{query}")));
        assert_eq!(a.status, 400, "{query}: {}", a.body);
        assert!(a.json()["error"].is_string(), "{query}");
    }
    assert!(!std::path::Path::new("/tmp/pwned").exists());
    // Errors name the parameter, not the value.
    let secret = "hunter2hunter2hunter2";
    for query in [
        format!("password?length={secret}"),
        format!("password?min-digits={secret}"),
        format!("password?{secret}=1"),
        format!("password?symbols={secret}"),
        format!("passphrase?capitalize={secret}"),
    ] {
        let a = get(&s.url(&format!("/v1/{query}")));
        assert_eq!(a.status, 400, "{query}");
        assert!(!a.body.contains(secret), "{query}: {}", a.body);
    }
}

#[test]
fn v1_check_gives_the_check_json_verdict() {
    let s = Server::start(&[]);
    let weak = post_json(&s.url("/v1/check"), r#"{"password": "password1"}"#);
    assert_eq!(weak.status, 200, "{}", weak.body);
    let v = weak.json();
    assert_eq!(v["ok"], false);
    assert_eq!(v["common"], true);
    assert!(!weak.body.contains("password1"));
    let strong = post_json(
        &s.url("/v1/check"),
        r#"{"password": "vL8#qT2!mZ9@wR4$", "min-length": 16, "min-score": 4}"#,
    );
    let v = strong.json();
    assert_eq!(
        (v["ok"].clone(), v["min_length"].clone()),
        (Value::Bool(true), 16.into())
    );
    // The same verdict as the CLI.
    let cli = crate::util::secrets()
        .args([
            "check",
            "env:P",
            "--json",
            "--min-length",
            "16",
            "--min-score",
            "4",
        ])
        .env("P", "vL8#qT2!mZ9@wR4$")
        .output()
        .expect("runs");
    let cli: Value = serde_json::from_slice(&cli.stdout).expect("JSON");
    assert_eq!(v, cli);
}

#[test]
fn v1_check_with_rules_gives_the_check_rules_verdict() {
    let s = Server::start(&[]);
    let rules =
        "minlength: 12; required: upper; required: digit; allowed: lower, [-]; max-consecutive: 2";
    for password in ["Correct7Horse", "aaa-no-upper", ""] {
        let body = serde_json::json!({"password": password, "rules": rules}).to_string();
        let served = post_json(&s.url("/v1/check"), &body);
        assert_eq!(served.status, 200, "{}", served.body);
        let cli = crate::util::secrets()
            .args(["check", "--rules", rules, "env:P", "--json"])
            .env("P", password)
            .output()
            .expect("runs");
        let cli: Value = serde_json::from_slice(&cli.stdout).expect("JSON");
        assert_eq!(served.json(), cli, "{password:?}");
        assert_eq!(served.json()["ok"], password == "Correct7Horse");
    }
    // Rules that no password meets, or that Apple's parser discards, are a 400.
    for rules in [
        "required: []",
        "minlength: 30; maxlength: 3",
        "MinLength: 5",
    ] {
        let body = serde_json::json!({"password": "x", "rules": rules}).to_string();
        assert_eq!(post_json(&s.url("/v1/check"), &body).status, 400, "{rules}");
    }
}

#[test]
fn v1_check_refuses_bad_bodies_without_echoing_them() {
    let s = Server::start(&[]);
    let secret = "Tr0ub4dor&3-secret";
    for body in [
        format!(r#"{{"pasword": "{secret}"}}"#),
        format!(r#"{{"password": "{secret}", "min-score": 9}}"#),
        format!(r#"{{"password": {secret}}}"#),
        format!("password={secret}"),
    ] {
        let a = post_json(&s.url("/v1/check"), &body);
        assert_eq!(a.status, 400, "{body}: {}", a.body);
        assert!(!a.body.contains(secret), "{}", a.body);
    }
    // Not in a query string, ever.
    assert_eq!(
        get(&s.url(&format!("/v1/check?password={secret}"))).status,
        405
    );
    // The body is bounded.
    let big = format!(r#"{{"password": "{}"}}"#, "a".repeat(20_000));
    assert_eq!(post_json(&s.url("/v1/check"), &big).status, 413);
    assert!(!s.stderr().contains(secret));
}

// --- Service routes ---

#[test]
fn healthz_metrics_and_unknown_routes() {
    let s = Server::start(&[]);
    assert_eq!(get(&s.url("/healthz")).json()["status"], "ok");
    get(&s.url("/api/generate"));
    get(&s.url("/api/generate?length=2"));
    let nf = get(&s.url("/nope?x=1"));
    assert_eq!(
        (nf.status, nf.json()["error"].clone()),
        (404, "not found".into())
    );
    let m = get(&s.url("/metrics"));
    assert!(
        m.header("content-type")
            .is_some_and(|c| c.starts_with("text/plain"))
    );
    for line in [
        "secrets_http_requests_total{route=\"/api/generate\",status=\"200\"} 1",
        "secrets_http_requests_total{route=\"/api/generate\",status=\"400\"} 1",
        "secrets_http_requests_total{route=\"unmatched\",status=\"404\"} 1",
        "secrets_http_rate_limited_total 0",
        "secrets_http_request_duration_seconds_bucket{le=\"+Inf\"} 4",
        "secrets_http_request_duration_seconds_count 4",
    ] {
        assert!(m.body.contains(line), "{line} in\n{}", m.body);
    }
}

#[test]
fn every_answer_has_the_security_headers() {
    let s = Server::start(&[]);
    let big = format!(r#"{{"password": "{}"}}"#, "a".repeat(20_000));
    for a in [
        get(&s.url("/api/generate")),
        get(&s.url("/api/generate?length=1")),
        get(&s.url("/nope")),
        get(&s.url("/v1/check")),
        post_json(&s.url("/v1/check"), &big),
        get(&s.url("/healthz")),
    ] {
        assert_eq!(a.header("cache-control"), Some("no-store"), "{}", a.status);
        assert_eq!(a.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(
            a.header("content-security-policy"),
            Some("default-src 'none'; frame-ancestors 'none'")
        );
        assert_eq!(a.header("referrer-policy"), Some("no-referrer"));
        assert_eq!(
            a.header("strict-transport-security"),
            None,
            "HSTS only over TLS"
        );
        assert_eq!(
            a.header("access-control-allow-origin"),
            None,
            "no CORS by default"
        );
    }
}

#[test]
fn cors_only_for_the_given_origin() {
    let s = Server::start(&["--cors-origin", "https://app.example"]);
    let with = |origin: &str| {
        answer(
            agent()
                .get(&s.url("/api/generate"))
                .header("Origin", origin)
                .call(),
        )
    };
    assert_eq!(
        with("https://app.example").header("access-control-allow-origin"),
        Some("https://app.example")
    );
    assert_eq!(
        with("https://evil.example").header("access-control-allow-origin"),
        None
    );
}

#[test]
fn openapi_describes_every_route_and_validates() {
    let s = Server::start(&[]);
    let a = get(&s.url("/openapi.json"));
    let doc = a.json();
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
    );
    let paths = doc["paths"].as_object().expect("paths");
    for route in [
        "/api/generate",
        "/v1/password",
        "/v1/passphrase",
        "/v1/token-hex",
        "/v1/token-urlsafe",
        "/v1/otp",
        "/v1/apikey",
        "/v1/int",
        "/v1/choice",
        "/v1/check",
        "/healthz",
        "/metrics",
        "/openapi.json",
    ] {
        assert!(paths.contains_key(route), "{route}");
    }
    let password_params: Vec<&str> = doc["paths"]["/v1/password"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(password_params.contains(&"min-digits") && password_params.contains(&"count"));
    if !have_tool(
        "python3",
        &["-c", "import openapi_spec_validator"],
        "openapi-spec-validator (PyPI)",
    ) {
        return;
    }
    let dir = TempDir::new("openapi");
    let file = dir.path("openapi.json");
    std::fs::write(&file, &a.body).expect("write");
    let out = Command::new("python3")
        .args([
            "-c",
            "import json, sys\n\
             from openapi_spec_validator import validate\n\
             validate(json.load(open(sys.argv[1])))\n\
             print('valid')",
        ])
        .arg(&file)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_seed_route_answers_alike_directly_and_through_the_router() {
    // GET /api/generate is answered without the router's dispatch; HEAD goes through it.
    // Both carry the same headers, and a POST is still the router's 405.
    let s = Server::start(&[]);
    let got = get(&s.url("/api/generate?length=20"));
    let head = answer(agent().head(&s.url("/api/generate?length=20")).call());
    assert_eq!((got.status, head.status), (200, 200));
    for name in [
        "content-type",
        "cache-control",
        "x-content-type-options",
        "content-security-policy",
        "referrer-policy",
    ] {
        assert!(got.header(name).is_some(), "{name}");
        assert_eq!(got.header(name), head.header(name), "{name}");
    }
    assert!(head.body.is_empty());
    assert_eq!(password_of(&got).chars().count(), 20);
    let post = answer(agent().post(&s.url("/api/generate")).send_empty());
    assert_eq!(post.status, 405);
}
