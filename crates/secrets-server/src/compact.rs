//! `GET /api/generate`: the compact password contract of the first password services, kept
//! exactly so that a client written for it works unchanged, but with every character drawn
//! exactly uniformly.
//!
//! Parameters and defaults are the contract's: `length` (16; 4..=128), `lowercase`,
//! `uppercase`, `digits` (true), `special` (false; the contract's 26 symbols), `exclude`
//! (characters removed from the pool). The answer is `{"password": "...", "length": N}`;
//! any other parameter, a repeated one, a length outside 4..=128 or an empty pool is
//! `400 {"error": "..."}`. As in the contract, there are no per-class minimums: each character is
//! uniform over the pool (the engine's [`PasswordSampler`] with minimums of zero). One
//! difference is deliberate: a pool of a single character (every password the same, 0 bits)
//! is refused like an empty one.

use std::cell::RefCell;

use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use zeroize::Zeroizing;

use super::audit::AuditParams;
use super::error::ApiError;
use super::params;
use secrets_core::RandomSource;
use secrets_core::policy::{DIGITS, LOWERCASE, Policy, PolicyOptions, UPPERCASE};
use secrets_core::sampler::PasswordSampler;

/// The contract's special characters (not `string.punctuation`: its own 26).
pub const SEED_SPECIAL: &str = "!@#$%^&*()_+-=[]{}|;:,.<>?";
/// The contract's default length.
pub const DEFAULT_LENGTH: usize = 16;
/// The contract's shortest and longest lengths.
pub const LENGTHS: std::ops::RangeInclusive<usize> = 4..=128;

thread_local! {
    /// One random source per server thread, reading every byte from the OS CSPRNG
    /// (`getrandom`) in buffered blocks: a new source per request would allocate and wipe a
    /// 64 KiB buffer each time. Bytes are wiped in the buffer as they are handed out.
    static SOURCE: RefCell<RandomSource> = RefCell::new(RandomSource::os_only());

    /// The samplers of the last few parameter sets this thread served, newest first.
    /// Building one validates the alphabet character by character (grapheme checks) and
    /// plans the draw, which cost more than the draw itself; clients ask for the same few
    /// policies over and over. Holds no secret: alphabets and tables only.
    static SAMPLERS: RefCell<Vec<(CompactParams, PasswordSampler)>> = const { RefCell::new(Vec::new()) };
}

/// Samplers kept per thread.
const CACHED_SAMPLERS: usize = 16;

/// Draws one password for `params` into `out`, with a cached sampler when there is one.
fn draw(params: &CompactParams, out: &mut String) -> Result<(), ApiError> {
    SAMPLERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        match cache.iter().position(|(p, _)| p == params) {
            Some(0) => {}
            Some(i) => {
                let hit = cache.remove(i);
                cache.insert(0, hit);
            }
            None => {
                let sampler =
                    PasswordSampler::new(&params.policy()?).map_err(|_| ApiError::internal())?;
                cache.truncate(CACHED_SAMPLERS - 1);
                cache.insert(0, (params.clone(), sampler));
            }
        }
        let (_, sampler) = &mut cache[0];
        with_source(|src| sampler.sample_into(src, out)).map_err(|_| ApiError::internal())
    })
}

/// Draws with this thread's source.
pub(crate) fn with_source<T>(f: impl FnOnce(&mut RandomSource) -> T) -> T {
    SOURCE.with(|src| f(&mut src.borrow_mut()))
}

/// The contract's parameters, after parsing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct CompactParams {
    pub(crate) length: usize,
    pub(crate) lowercase: bool,
    pub(crate) uppercase: bool,
    pub(crate) digits: bool,
    pub(crate) special: bool,
    /// Not secret, but logged by size only (it is free text from the client).
    #[serde(skip)]
    pub(crate) exclude: String,
}

impl CompactParams {
    /// Parses a query string: the contract's names only, each at most once.
    pub(crate) fn parse(query: Option<&str>) -> Result<CompactParams, ApiError> {
        let mut p = CompactParams {
            length: DEFAULT_LENGTH,
            lowercase: true,
            uppercase: true,
            digits: true,
            special: false,
            exclude: String::new(),
        };
        let mut seen = Vec::new();
        for (name, value) in params::parse(query)? {
            let (name, slot) = match name.as_str() {
                "length" => {
                    params::once(&mut seen, "length")?;
                    p.length = value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| LENGTHS.contains(n))
                        .ok_or_else(|| {
                            ApiError::bad_request(format!(
                                "length must be an integer from {} to {}",
                                LENGTHS.start(),
                                LENGTHS.end()
                            ))
                        })?;
                    continue;
                }
                "exclude" => {
                    params::once(&mut seen, "exclude")?;
                    p.exclude = value;
                    continue;
                }
                "lowercase" => ("lowercase", &mut p.lowercase),
                "uppercase" => ("uppercase", &mut p.uppercase),
                "digits" => ("digits", &mut p.digits),
                "special" => ("special", &mut p.special),
                other => {
                    return Err(params::unknown(
                        other,
                        &[
                            "length",
                            "lowercase",
                            "uppercase",
                            "digits",
                            "special",
                            "exclude",
                        ],
                    ));
                }
            };
            params::once(&mut seen, name)?;
            *slot = params::boolean(name, &value)?;
        }
        Ok(p)
    }

    /// The policy: the pool as an exact alphabet, minus `exclude`, with no minimums.
    pub(crate) fn policy(&self) -> Result<Policy, ApiError> {
        let mut pool = String::with_capacity(88);
        for (on, chars) in [
            (self.lowercase, LOWERCASE),
            (self.uppercase, UPPERCASE),
            (self.digits, DIGITS),
            (self.special, SEED_SPECIAL),
        ] {
            if on {
                pool.push_str(chars);
            }
        }
        let options = PolicyOptions {
            length: self.length,
            charset: Some(pool),
            exclude: self.exclude.clone(),
            minimums: [Some(0); 4],
            ..PolicyOptions::default()
        };
        Policy::new(&options).map_err(|e| match e {
            secrets_core::policy::PolicyError::SingleCharacter(_) => ApiError::bad_request(
                "only one character is available (every password would be the same)",
            ),
            // The contract's own message for an empty pool; nothing else can fail here.
            _ => ApiError::bad_request("No characters available"),
        })
    }

    /// What the audit log records: the switches and the length, and only the size of
    /// `exclude`.
    fn audit(&self) -> AuditParams {
        #[derive(Serialize)]
        struct Logged<'a> {
            #[serde(flatten)]
            params: &'a CompactParams,
            exclude_chars: usize,
        }
        AuditParams::of(&Logged {
            params: self,
            exclude_chars: self.exclude.chars().count(),
        })
    }
}

/// The contract's answer.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct CompactPassword {
    /// The password.
    pub(crate) password: String,
    /// Its length in characters.
    pub(crate) length: usize,
}

/// `GET /api/generate`.
#[utoipa::path(
    get,
    path = "/api/generate",
    tag = "password",
    params(
        ("length" = Option<u32>, Query, description = "4 to 128", minimum = 4, maximum = 128),
        ("lowercase" = Option<bool>, Query, description = "a-z (default true)"),
        ("uppercase" = Option<bool>, Query, description = "A-Z (default true)"),
        ("digits" = Option<bool>, Query, description = "0-9 (default true)"),
        ("special" = Option<bool>, Query, description = "!@#$%^&*()_+-=[]{}|;:,.<>? (default false)"),
        ("exclude" = Option<String>, Query, description = "characters removed from the pool"),
    ),
    responses(
        (status = 200, description = "a password, uniform over the pool", body = CompactPassword),
        (status = 400, description = "a bad parameter", body = super::error::ErrorBody),
        (status = 401, description = "missing or wrong API key", body = super::error::ErrorBody),
        (status = 429, description = "rate limit exceeded", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = []))
)]
pub(crate) async fn generate(RawQuery(query): RawQuery) -> Response {
    respond(query.as_deref())
}

/// The answer to `GET /api/generate?query`, with the audit parameters in its extensions.
/// [`super::guard`] calls this directly for that route, the one clients call most, skipping
/// the router's dispatch; [`generate`] is the same answer through the router (HEAD).
pub(crate) fn respond(query: Option<&str>) -> Response {
    match answer(query) {
        Ok((body, audit)) => {
            let mut response = super::router::json(body);
            response.extensions_mut().insert(audit);
            response
        }
        Err((err, audit)) => {
            let mut response = err.into_response();
            if let Some(audit) = audit {
                response.extensions_mut().insert(audit);
            }
            response
        }
    }
}

type Answer = Result<(String, AuditParams), (ApiError, Option<AuditParams>)>;

fn answer(query: Option<&str>) -> Answer {
    let params = CompactParams::parse(query).map_err(|e| (e, None))?;
    let audit = params.audit();
    let mut password = Zeroizing::new(String::with_capacity(params.length));
    if let Err(e) = draw(&params, &mut password) {
        return Err((e, Some(audit)));
    }
    let mut body = Vec::with_capacity(password.len() + 40);
    body.extend_from_slice(br#"{"password":""#);
    // Writing into a Vec cannot fail.
    let _ = secrets_core::text::write_json_str(&mut body, &password);
    body.extend_from_slice(br#"","length":"#);
    body.extend_from_slice(params.length.to_string().as_bytes());
    body.push(b'}');
    // Only ASCII and JSON escapes were written.
    let body = String::from_utf8(body).map_err(|_| (ApiError::internal(), None))?;
    Ok((body, audit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_seeds() {
        let p = CompactParams::parse(None).ok();
        assert_eq!(
            p.map(|p| (p.length, p.lowercase, p.uppercase, p.digits, p.special)),
            Some((16, true, true, true, false))
        );
    }

    #[test]
    fn lengths_outside_4_to_128_are_refused() {
        for bad in ["3", "129", "-1", "abc", "", "16.0"] {
            assert!(
                CompactParams::parse(Some(&format!("length={bad}"))).is_err(),
                "{bad}"
            );
        }
        for good in ["4", "128"] {
            assert!(CompactParams::parse(Some(&format!("length={good}"))).is_ok());
        }
    }

    #[test]
    fn the_pool_is_the_seeds_minus_exclude() {
        let p = CompactParams::parse(Some("special=true&exclude=abc")).ok();
        let policy = p.and_then(|p| p.policy().ok());
        assert_eq!(
            policy.map(|p| p.alphabet_len()),
            Some(26 + 26 + 10 + 26 - 3)
        );
    }

    #[test]
    fn unknown_and_repeated_parameters_are_refused() {
        assert!(CompactParams::parse(Some("lenght=20")).is_err());
        assert!(CompactParams::parse(Some("length=20&length=30")).is_err());
    }
}
