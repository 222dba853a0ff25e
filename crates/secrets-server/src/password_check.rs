//! `POST /v1/check`: the `check --json` verdict for a password sent in a JSON body (never in
//! the URL: URLs end up in logs). The password is never logged, kept or answered; only the
//! policy's numbers reach the audit log.

use axum::extract::rejection::JsonRejection;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::audit::AuditParams;
use super::error::ApiError;
use secrets_core::rules::verdict;
use secrets_core::strength;

/// The longest password judged, in bytes (zxcvbn looks at 100 characters anyway).
pub(crate) const MAX_PASSWORD: usize = 4096;

/// The body of `POST /v1/check`; the policy fields are `check`'s flags.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct CheckRequest {
    /// The password to judge (at most 4096 bytes).
    password: String,
    /// At least this many characters (default 12).
    #[serde(default = "default_min_length")]
    #[schema(default = 12)]
    min_length: usize,
    /// zxcvbn's score, 0 to 4, must be at least this (default 3).
    #[serde(default = "default_min_score")]
    #[schema(default = 3, minimum = 0, maximum = 4)]
    min_score: u8,
    /// A website's rules in Apple's passwordrules language (at most 4096 bytes): judge the
    /// password by them instead, as `secrets check --rules RULES --json` does.
    #[serde(default)]
    rules: Option<String>,
}

fn default_min_length() -> usize {
    12
}

fn default_min_score() -> u8 {
    3
}

/// `POST /v1/check`.
#[utoipa::path(
    post,
    path = "/v1/check",
    tag = "v1",
    request_body(content = CheckRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "the verdict, as `secrets check --json` prints it (`ok` says whether the password meets the policy)", content_type = "application/json"),
        (status = 400, description = "a bad body", body = super::error::ErrorBody),
        (status = 401, description = "missing or wrong API key", body = super::error::ErrorBody),
        (status = 413, description = "the body is too large", body = super::error::ErrorBody),
        (status = 429, description = "rate limit exceeded", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = []))
)]
pub(crate) async fn check(body: Result<axum::Json<CheckRequest>, JsonRejection>) -> Response {
    let mut request = match body {
        Ok(axum::Json(request)) => request,
        // serde's messages can quote the input: say only what kind of problem it is.
        Err(JsonRejection::MissingJsonContentType(_)) => {
            return ApiError::bad_request("the body must be JSON (Content-Type: application/json)")
                .into_response();
        }
        Err(JsonRejection::BytesRejection(_)) => {
            return super::error::json_error(
                axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                "the body is too large",
            );
        }
        Err(_) => {
            return ApiError::bad_request(
                "the body must be {\"password\": \"...\"}, optionally with \"min-length\", \
                 \"min-score\" (0 to 4) or \"rules\"",
            )
            .into_response();
        }
    };
    let mut audit = serde_json::Map::new();
    audit.insert("min-length".into(), request.min_length.into());
    audit.insert("min-score".into(), request.min_score.into());
    if let Some(rules) = &request.rules {
        // Rules are not secret, but free text: logged by size only.
        audit.insert("rules".into(), format!("{} bytes", rules.len()).into());
    }
    let audit = AuditParams::of(&serde_json::Value::Object(audit));
    let refuse = |e: ApiError| {
        let mut r = e.into_response();
        r.extensions_mut().insert(audit.clone());
        r
    };
    let password = Zeroizing::new(std::mem::take(&mut request.password));
    if password.len() > MAX_PASSWORD {
        return refuse(ApiError::bad_request(format!(
            "the password is longer than {MAX_PASSWORD} bytes"
        )));
    }
    if request.min_score > 4 {
        return refuse(ApiError::bad_request("min-score must be from 0 to 4"));
    }
    if let Some(text) = request.rules.take() {
        // Read as `check --rules` reads them, without its notes (standard error may be the
        // audit log): a rule set Apple's parser discards, or one no password can meet, is
        // a 400 with the same message.
        let read = verdict::read(&text)
            .map(|(rules, _)| rules)
            .and_then(|rules| match verdict::why_impossible(&rules) {
                Some(why) => Err(verdict::RulesError::Impossible(why)),
                None => Ok(rules),
            });
        let rules = match read {
            Ok(rules) => rules,
            Err(e) => return refuse(ApiError::bad_request(format!("rules: {e}"))),
        };
        let (_, report) = verdict::verdict(&rules, &password, None);
        let mut response = axum::Json(report).into_response();
        response.extensions_mut().insert(audit);
        return response;
    }
    let policy = strength::Policy {
        min_length: request.min_length,
        min_score: request.min_score,
    };
    // zxcvbn's matching is CPU work: off the async workers.
    let report = tokio::task::spawn_blocking(move || {
        let report = strength::check(&password, policy);
        serde_json::to_vec(&report)
    })
    .await;
    match report {
        Ok(Ok(body)) => {
            let mut response = super::router::json(body);
            response.extensions_mut().insert(audit);
            response
        }
        _ => refuse(ApiError::internal()),
    }
}
