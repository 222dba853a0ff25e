//! `GET /v1/<generator>`: every generator of the command line over HTTP, through the very
//! code the command line runs (`commands::generate_json`), so names, defaults, validation,
//! uniformity and the JSON are the same as `secrets <generator> --json`.
//!
//! Parameters are the long flags without `--` (`no-symbols=true`, `min-digits=3`,
//! `length=32`); operands have names (`nbytes` for tokens, `item` repeated for `choice`),
//! `range=A,B` is `--range A B`. Only the parameters listed per route are accepted: anything
//! else (a typo, or a flag that would touch the server's files, terminal or environment such
//! as `output`, `clip`, `verify` or a word list path) is `400`. `count` is at most
//! [`MAX_COUNT`], numbers are capped per parameter, and an answer above [`MAX_ANSWER`] bytes
//! is refused, so no request chooses unbounded work.
//!
//! The answer is a JSON array of the objects `--json` prints, one per secret.

mod routes;

use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::audit::AuditParams;
use super::error::ApiError;
use super::params;
use crate::output::{MEMORY_FULL, Memory};

use routes::Kind;
pub use routes::{MAX_ANSWER, MAX_COUNT};
pub(crate) use routes::{ROUTES, Route, route};

/// The command line a query stands for, and what the log may show of it.
fn command_line(
    route: &Route,
    query: Option<&str>,
) -> Result<(Vec<String>, Vec<String>, AuditParams), ApiError> {
    let mut words = vec!["secrets".to_string(), route.command.to_string()];
    let mut operands = Vec::new();
    let mut values = Vec::new();
    let mut audit = serde_json::Map::new();
    let mut seen = Vec::new();
    for (name, value) in params::parse(query)? {
        let Some(&(name, kind)) = route.params.iter().find(|(n, _)| *n == name) else {
            let known: Vec<&str> = route.params.iter().map(|(n, _)| *n).collect();
            return Err(params::unknown(&name, &known));
        };
        if kind != Kind::Items {
            params::once(&mut seen, name)?;
        }
        let number = |max: u64| -> Result<u64, ApiError> {
            value
                .parse::<u64>()
                .ok()
                .filter(|&n| n <= max)
                .ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "parameter `{name}` must be a whole number of at most {max}"
                    ))
                })
        };
        let big = |v: &str| -> Result<(), ApiError> {
            let digits = v.strip_prefix('-').unwrap_or(v);
            if digits.is_empty()
                || digits.len() > 400
                || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(ApiError::bad_request(format!(
                    "parameter `{name}` must be an integer of at most 400 digits"
                )));
            }
            Ok(())
        };
        match kind {
            Kind::Flag => {
                let on = params::boolean(name, &value)?;
                if on {
                    words.push(format!("--{name}"));
                }
                audit.insert(name.into(), on.into());
            }
            Kind::Number(max) => {
                let n = number(max)?;
                words.push(format!("--{name}={n}"));
                audit.insert(name.into(), n.into());
            }
            Kind::Operand(max) => {
                let n = number(max)?;
                operands.push(n.to_string());
                audit.insert(name.into(), n.into());
            }
            Kind::BigNumber => {
                big(&value)?;
                audit.insert(name.into(), value.clone().into());
                words.push(format!("--{name}={value}"));
            }
            Kind::Pair => {
                let Some((a, b)) = value.split_once(',') else {
                    return Err(ApiError::bad_request(format!(
                        "parameter `{name}` must be two integers A,B"
                    )));
                };
                big(a)?;
                big(b)?;
                audit.insert(name.into(), value.clone().into());
                words.extend([format!("--{name}"), a.to_string(), b.to_string()]);
            }
            Kind::Name => {
                let plain = value.len() <= 32
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-');
                if !plain {
                    return Err(ApiError::bad_request(format!(
                        "parameter `{name}` has an invalid value"
                    )));
                }
                audit.insert(name.into(), value.clone().into());
                words.push(format!("--{name}={value}"));
            }
            Kind::Wordlist => {
                if !secrets_core::passphrase::BUILTIN_LISTS.contains(&value.as_str()) {
                    return Err(ApiError::bad_request(format!(
                        "parameter `wordlist` must be one of {}",
                        secrets_core::passphrase::BUILTIN_LISTS.join(", ")
                    )));
                }
                audit.insert(name.into(), value.clone().into());
                words.push(format!("--{name}={value}"));
            }
            Kind::Text => {
                audit.insert(format!("{name}_chars"), value.chars().count().into());
                words.push(format!("--{name}={value}"));
            }
            Kind::Items => {
                if value == "-" {
                    return Err(ApiError::bad_request(
                        "an `item` of `-` would mean standard input; it is not an item here",
                    ));
                }
                operands.push(value.clone());
            }
        }
        if !matches!(kind, Kind::Flag | Kind::Number(_) | Kind::Operand(_)) {
            values.push(value);
        }
    }
    if route.command == "choice" {
        if operands.is_empty() {
            return Err(ApiError::bad_request("give the items as `item` parameters"));
        }
        audit.insert("items".into(), operands.len().into());
    }
    if !operands.is_empty() {
        words.push("--".into());
        words.extend(operands);
    }
    let audit = AuditParams::of(&serde_json::Value::Object(audit));
    Ok((words, values, audit))
}

/// A clap error as a message that names parameters, never values.
fn usage_message(err: &clap::Error) -> String {
    let arg = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(param_name(s)),
        Some(ContextValue::Strings(s)) => s.first().map(|s| param_name(s)),
        _ => None,
    };
    match err.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match arg(ContextKind::InvalidArg) {
                Some(name) => format!("parameter `{name}` has an invalid value"),
                None => "a parameter has an invalid value".into(),
            }
        }
        ErrorKind::ArgumentConflict => {
            match (arg(ContextKind::InvalidArg), arg(ContextKind::PriorArg)) {
                (Some(a), Some(b)) => format!("parameters `{a}` and `{b}` cannot be used together"),
                _ => "two parameters cannot be used together".into(),
            }
        }
        ErrorKind::MissingRequiredArgument => "a required parameter is missing".into(),
        _ => "the parameters are not valid".into(),
    }
}

/// `--min-lower <N>` is parameter `min-lower`; an operand `[NBYTES]` is `nbytes`.
fn param_name(arg: &str) -> String {
    let arg = arg.split(' ').next().unwrap_or(arg);
    let arg = arg
        .trim_start_matches('-')
        .trim_matches(['[', ']', '<', '>', '.']);
    arg.to_ascii_lowercase()
}

/// An error of the generator as the client may see it: its first line with flags written
/// as parameter names, unless it contains a value the client sent.
fn generator_message(err: &anyhow::Error, values: &[String]) -> String {
    let full = format!("{err:#}");
    if full.contains(MEMORY_FULL) {
        return format!(
            "the answer would be larger than {} KiB; ask for fewer or shorter secrets",
            MAX_ANSWER >> 10
        );
    }
    let first = full.lines().next().unwrap_or_default().replace("--", "");
    let echoes = values
        .iter()
        .any(|v| !v.is_empty() && first.contains(v.as_str()));
    if echoes || first.is_empty() {
        "the parameters do not describe a secret that can be generated".into()
    } else {
        first
    }
}

/// Runs the generator for `route` on `query`: the JSON answer, and what the log records.
pub(crate) fn answer(
    route: &Route,
    query: Option<&str>,
) -> Result<(Vec<u8>, AuditParams), (ApiError, Option<AuditParams>)> {
    let (words, values, audit) = command_line(route, query).map_err(|e| (e, None))?;
    let cli = match crate::usage::parse_generator(&words) {
        Ok(cli) => cli,
        Err(e) => return Err((ApiError::bad_request(usage_message(&e)), Some(audit))),
    };
    let memory = Memory::new(MAX_ANSWER);
    if let Err(e) = crate::commands::generate_json(cli.command, &memory) {
        return Err((
            ApiError::bad_request(generator_message(&e, &values)),
            Some(audit),
        ));
    }
    let lines = memory.take();
    // JSON Lines to a JSON array: the objects, comma-separated, in brackets.
    let mut body = Vec::with_capacity(lines.len() + 2);
    body.push(b'[');
    for (i, line) in lines
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(line);
    }
    body.push(b']');
    Ok((body, audit))
}

/// `GET /v1/<generator>`: the handler of every generator route (the route is the matched
/// path).
pub(crate) async fn generate(
    path: axum::extract::MatchedPath,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(route) = route(path.as_str()) else {
        return ApiError::internal().into_response();
    };
    // Generation is CPU work (big integers, exact counts): off the async workers.
    let answered = tokio::task::spawn_blocking(move || answer(route, query.as_deref())).await;
    match answered {
        Ok(Ok((body, audit))) => {
            let mut response = crate::serve::router::json(body);
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

    fn words(path: &str, query: &str) -> Result<Vec<String>, String> {
        let route = route(path).ok_or("no route")?;
        command_line(route, Some(query))
            .map(|(w, _, _)| w)
            .map_err(|e| e.message.into_owned())
    }

    #[test]
    fn parameters_become_the_cli_flags() {
        assert_eq!(
            words(
                "/v1/password",
                "length=12&no-symbols=true&no-upper=false&count=3"
            )
            .ok(),
            Some(
                [
                    "secrets",
                    "password",
                    "--length=12",
                    "--no-symbols",
                    "--count=3"
                ]
                .map(String::from)
                .to_vec()
            )
        );
        assert_eq!(
            words("/v1/int", "range=-5,7").ok(),
            Some(
                ["secrets", "int", "--range", "-5", "7"]
                    .map(String::from)
                    .to_vec()
            )
        );
    }

    #[test]
    fn unsafe_or_unknown_flags_are_refused() {
        for q in ["output=/tmp/x", "clip=true", "lenght=5", "json=false"] {
            assert!(words("/v1/password", q).is_err(), "{q}");
        }
        assert!(words("/v1/apikey", "verify=env:HOME").is_err());
        assert!(words("/v1/passphrase", "wordlist=/etc/passwd").is_err());
        assert!(words("/v1/choice", "item=-").is_err());
        assert!(words("/v1/password", "count=101").is_err());
    }

    #[test]
    fn texts_go_after_an_equals_sign_and_items_after_a_double_dash() {
        assert_eq!(
            words("/v1/password", "exclude=--output")
                .ok()
                .and_then(|w| w.get(2).cloned()),
            Some("--exclude=--output".to_string())
        );
        assert_eq!(
            words("/v1/choice", "item=--help&item=b").ok(),
            Some(
                ["secrets", "choice", "--", "--help", "b"]
                    .map(String::from)
                    .to_vec()
            )
        );
    }

    #[test]
    fn errors_name_parameters_without_values() {
        let route = route("/v1/password");
        let got = route.map(|r| answer(r, Some("length=0")));
        let Some(Err((e, _))) = got else {
            panic!("length=0 accepted");
        };
        assert_eq!(e.message, "parameter `length` has an invalid value");
    }
}
