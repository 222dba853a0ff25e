//! `GET /v1/<generator>`: every generator of the engine over HTTP, on the same specs as the
//! command line (`secrets <generator> --json`): names, defaults, limits, uniformity and the
//! JSON are the same.
//!
//! Parameters are the long flags without `--` (`no-symbols=true`, `min-digits=3`,
//! `length=32`); operands have names (`nbytes` for tokens, `item` repeated for `choice`),
//! `range=A,B` is `--range A B`. Only the spec's own fields are accepted: anything else (a
//! typo, or a flag that would touch the server's files, terminal or environment such as
//! `output`, `clip` or `verify`) is `400`, and word lists are the built-in ones. `count` is
//! at most [`MAX_COUNT`], and a plan whose answer could exceed [`MAX_ANSWER`] bytes is
//! refused before anything is drawn, so no request chooses unbounded work.
//!
//! The answer is a JSON array of the objects `--json` prints, one per secret.

use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use zeroize::Zeroizing;

use super::audit::AuditParams;
use super::error::ApiError;
use super::params;
use super::query::Shape;
use super::routes::Generator;
use secrets_core::RandomSource;
use secrets_core::spec::{Builtin, Problem, Spec, SpecError};

/// The most secrets one request gets.
pub const MAX_COUNT: u64 = 100;
/// The largest answer, in bytes.
pub const MAX_ANSWER: usize = 1 << 20;

/// What the audit log records of a query: numbers, booleans and names as given; free text
/// by its size only; lists by their length.
fn audit_of(generator: Generator, pairs: &[(String, String)], count: u64) -> AuditParams {
    let shapes = generator.parameters();
    let mut audit = serde_json::Map::new();
    for (name, value) in pairs {
        let Some((field, shape)) = shapes.iter().find(|(f, _)| *f == name.as_str()) else {
            continue;
        };
        let field = (*field).to_string();
        match shape {
            Shape::Boolean => {
                let off = matches!(
                    value.to_ascii_lowercase().as_str(),
                    "false" | "0" | "no" | "off"
                );
                audit.insert(field, (!off).into());
            }
            Shape::Integer => {
                if let Ok(n) = value.parse::<u64>() {
                    audit.insert(field, n.into());
                }
            }
            Shape::OneOf(_) => {
                audit.insert(field, value.clone().into());
            }
            Shape::Text => {
                audit.insert(format!("{field}_chars"), value.chars().count().into());
            }
            Shape::List => {
                let n = audit
                    .get(&field)
                    .and_then(serde_json::Value::as_u64)
                    .unwrap_or(0);
                audit.insert(field, (n + 1).into());
            }
        }
    }
    audit.insert("count".into(), count.into());
    AuditParams::of(&serde_json::Value::Object(audit))
}

/// `count`, taken out of the pairs: 1 to [`MAX_COUNT`], default 1.
fn take_count(pairs: &mut Vec<(String, String)>) -> Result<u64, ApiError> {
    let mut count = None;
    let mut error = None;
    pairs.retain(|(name, value)| {
        if name != "count" {
            return true;
        }
        if count.is_some() {
            error = Some(ApiError::bad_request(
                "parameter `count` is given more than once",
            ));
        }
        match value.parse::<u64>() {
            Ok(n) if (1..=MAX_COUNT).contains(&n) => count = Some(n),
            _ => {
                error = Some(ApiError::bad_request(format!(
                    "parameter `count` must be a whole number from 1 to {MAX_COUNT}"
                )));
            }
        }
        false
    });
    match error {
        Some(e) => Err(e),
        None => Ok(count.unwrap_or(1)),
    }
}

/// A spec's error as the client may see it: the parameter and the problem, never a value
/// the client sent.
fn spec_message(err: &SpecError, pairs: &[(String, String)]) -> String {
    let problem = err.problem.to_string().replace("--", "");
    // Any value sent, or any comma-separated part of one, of more than one character.
    let echoes = pairs.iter().any(|(_, v)| {
        std::iter::once(v.as_str())
            .chain(v.split(','))
            .any(|part| part.chars().count() > 1 && problem.contains(part))
    });
    let problem = if echoes {
        "does not describe a secret that can be generated".to_string()
    } else {
        problem
    };
    match (err.field, &err.problem) {
        ("", _) => problem,
        (field, Problem::OutOfRange { .. }) => format!("parameter `{field}` {problem}"),
        (field, _) => format!("parameter `{field}`: {problem}"),
    }
}

/// The failure of one request: the error, and what the log records when the query was read.
type Refusal = (ApiError, Option<AuditParams>);

/// Runs `generator` on `query`: the JSON answer, and what the log records.
pub(crate) fn answer(
    generator: Generator,
    query: Option<&str>,
) -> Result<(Vec<u8>, AuditParams), Refusal> {
    let mut pairs = params::parse(query).map_err(|e| (e, None))?;
    let count = take_count(&mut pairs).map_err(|e| (e, None))?;
    let spec = generator.spec(&pairs).map_err(|e| (e, None))?;
    let audit = audit_of(generator, &pairs, count);
    let refuse = |e: ApiError| (e, Some(audit.clone()));
    if let Spec::Choice(choice) = &spec {
        if choice.items.is_empty() {
            return Err(refuse(ApiError::bad_request(
                "give the items as `item` parameters",
            )));
        }
    }
    let plan = spec
        .plan(&Builtin)
        .map_err(|e| refuse(ApiError::bad_request(spec_message(&e, &pairs))))?;
    // The worst case: every byte escaped as \uXXXX, the fields, the punctuation.
    let info = serde_json::to_vec(plan.info()).map_err(|_| refuse(ApiError::internal()))?;
    let each = plan
        .max_len()
        .saturating_mul(6)
        .saturating_add(info.len() as u64 + 16);
    let total = each.saturating_mul(count).saturating_add(2);
    if total > MAX_ANSWER as u64 {
        return Err(refuse(ApiError::bad_request(format!(
            "the answer would be larger than {} KiB; ask for fewer or shorter secrets",
            MAX_ANSWER >> 10
        ))));
    }
    let mut sampler = plan
        .sampler(count)
        .map_err(|e| refuse(ApiError::bad_request(spec_message(&e, &pairs))))?;
    let mut src = RandomSource::new();
    let mut value = Zeroizing::new(String::with_capacity(4096));
    // At most MAX_ANSWER: checked above.
    let mut body = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    body.push(b'[');
    for i in 0..count {
        value.clear();
        sampler
            .sample_into(&mut src, &mut value)
            .map_err(|_| refuse(ApiError::internal()))?;
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(b"{\"secret\":\"");
        // Writing into a Vec cannot fail.
        let _ = secrets_core::text::write_json_str(&mut body, &value);
        body.extend_from_slice(b"\",");
        body.extend_from_slice(&info[1..]);
    }
    body.push(b']');
    Ok((body, audit))
}

/// `GET /v1/<generator>`: the handler of every generator route. Each generation takes a
/// turn of the server's budget ([`crate::budget`]).
pub(crate) async fn generate(
    generator: Generator,
    state: std::sync::Arc<crate::AppState>,
    client: Option<crate::budget::Client>,
    RawQuery(query): RawQuery,
) -> Response {
    let client = client.unwrap_or(crate::budget::Client(String::new()));
    let Some(turn) = state.budget.turn(client).await else {
        return ApiError::internal().into_response();
    };
    // Generation is CPU work (big integers, exact counts): off the async workers.
    // The turn goes with the work: a client that hangs up frees nothing still running.
    let answered = tokio::task::spawn_blocking(move || {
        let answered = answer(generator, query.as_deref());
        drop(turn);
        answered
    })
    .await;
    match answered {
        Ok(Ok((body, audit))) => {
            let mut response = crate::router::json(body);
            response.extensions_mut().insert(audit);
            response
        }
        Ok(Err((err, audit))) => {
            let mut response = err.into_response();
            if let Some(audit) = audit {
                response.extensions_mut().insert(audit);
            }
            response
        }
        Err(_) => ApiError::internal().into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(generator: Generator, query: &str) -> String {
        match answer(generator, Some(query)) {
            Ok(_) => panic!("{query} accepted"),
            Err((e, _)) => e.message.into_owned(),
        }
    }

    fn secrets(generator: Generator, query: &str) -> Vec<serde_json::Value> {
        let answered = answer(generator, Some(query)).map_err(|(e, _)| e.message);
        let (body, _) = answered.expect("answered");
        serde_json::from_slice(&body).expect("JSON")
    }

    #[test]
    fn parameters_are_the_specs_fields() {
        let got = secrets(
            Generator::Password,
            "length=12&no-symbols&no-upper=false&count=3",
        );
        assert_eq!(got.len(), 3);
        for s in &got {
            let secret = s["secret"].as_str().expect("secret");
            assert_eq!(secret.len(), 12);
            assert!(secret.chars().all(char::is_alphanumeric));
            assert_eq!(s["kind"], "password");
        }
        let int = secrets(Generator::Int, "range=-5,7");
        let n: i64 = int[0]["secret"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("n");
        assert!((-5..7).contains(&n));
        assert_eq!(secrets(Generator::Otp, "digits=8")[0]["length"], 8);
        assert_eq!(
            secrets(Generator::Key, "for=django")[0]["kind"],
            "django-key"
        );
        assert_eq!(secrets(Generator::Uuid, "v7")[0]["encoding"], "v7");
        assert_eq!(
            secrets(Generator::Choice, "item=a&item=b&unique&count=2").len(),
            2
        );
    }

    #[test]
    fn unsafe_or_unknown_parameters_are_refused() {
        for q in ["output=/tmp/x", "clip=true", "lenght=5", "json=false"] {
            assert!(answer(Generator::Password, Some(q)).is_err(), "{q}");
        }
        assert!(answer(Generator::Apikey, Some("verify=env:HOME")).is_err());
        assert!(error(Generator::Passphrase, "wordlist=/etc/passwd").contains("wordlist"));
        assert!(answer(Generator::Password, Some("count=101")).is_err());
        assert!(error(Generator::Password, "length=5&length=6").contains("more than once"));
        assert!(error(Generator::Password, "no-symbols=maybe").contains("yes, no"));
    }

    #[test]
    fn errors_name_parameters_without_values() {
        assert_eq!(
            error(Generator::Password, "length=0"),
            "parameter `length` must be 1 to 1024"
        );
        let pasted = error(Generator::Password, "sk_live_0123456789abcdef=1");
        assert!(!pasted.contains("sk_live"), "{pasted}");
        let charset = error(Generator::Password, "charset=zz9q&length=3&min-digits=5");
        assert!(!charset.contains("zz9q"), "{charset}");
    }

    #[test]
    fn the_limits_are_the_command_lines() {
        // bits up to 2^20 as on the command line: here the answer's size decides.
        assert!(answer(Generator::TokenHex, Some("bits=8192")).is_ok());
        assert!(error(Generator::TokenHex, "bits=1048576").contains("larger than"));
        assert!(error(Generator::Password, "bits=1025").contains("1 to 1024"));
        assert!(error(Generator::Passphrase, "bits=1048577").contains("1 to 1048576"));
    }

    #[test]
    fn a_size_and_bits_together_are_refused_as_on_the_command_line() {
        for (generator, query) in [
            (Generator::Passphrase, "words=5&bits=10"),
            (Generator::TokenHex, "nbytes=4&bits=100"),
            (Generator::TokenUrlsafe, "nbytes=4&bits=100"),
            (Generator::Otp, "digits=5&bits=30"),
            (Generator::Apikey, "bytes=5&bits=100"),
            (Generator::Apikey, "checksum&bytes=64"),
            (Generator::Password, "length=10&bits=10"),
            (Generator::Uuid, "v4&v7"),
            (Generator::Password, "no-symbols&symbols=%21"),
        ] {
            let e = error(generator, query);
            assert!(e.contains("cannot be used with"), "{query}: {e}");
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused_not_replaced() {
        let e = error(Generator::Password, "charset=a%FFb");
        assert!(e.contains("not UTF-8"), "{e}");
        assert!(!error(Generator::Int, "range=99999999999999999999999123456,5").contains("123456"));
    }
}
