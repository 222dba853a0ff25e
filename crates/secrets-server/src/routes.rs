//! Every route of the server in one table, with its policy: the router mounts it, the guard
//! reads whether it needs a key, is rate limited and takes a query, the metrics label their
//! counters with its path, and the OpenAPI document describes it (the `/v1` parameters from
//! the engine's spec types themselves).

use serde::de::DeserializeOwned;

use secrets_core::spec::{
    ApikeySpec, ChoiceSpec, FrameworkKeySpec, IntSpec, KeySpec, NanoidSpec, OtpSpec,
    PassphraseSpec, PasswordSpec, Spec, TokenEncoding, TokenSpec, UlidSpec, UuidSpec,
};

use super::error::ApiError;
use super::query::{self, Shape};

/// What answers a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    /// `GET /api/generate`: the compact password contract.
    Compact,
    /// `GET /v1/<generator>`.
    Generate(Generator),
    /// `POST /v1/check`.
    Check,
    /// `GET /healthz`.
    Healthz,
    /// `GET /metrics`.
    Metrics,
    /// `GET /openapi.json`.
    OpenApi,
}

/// The generators over HTTP: every generator of one line of text but the key pairs (a
/// server hands out no private keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generator {
    /// `password`.
    Password,
    /// `passphrase`.
    Passphrase,
    /// `token-hex`.
    TokenHex,
    /// `token-urlsafe`.
    TokenUrlsafe,
    /// `otp`.
    Otp,
    /// `apikey`.
    Apikey,
    /// `int`.
    Int,
    /// `choice`.
    Choice,
    /// `uuid`.
    Uuid,
    /// `ulid`.
    Ulid,
    /// `nanoid`.
    Nanoid,
    /// `key --for`.
    Key,
}

/// One route and its policy.
#[derive(Debug)]
pub struct Route {
    /// The path (every route is a fixed path, so it is also its metrics label).
    pub path: &'static str,
    /// `POST` (only `/v1/check`) or `GET` (and `HEAD`).
    pub post: bool,
    /// What answers it.
    pub handler: Handler,
    /// Open without an API key even when keys are required.
    pub open: bool,
    /// Charged to the rate limiter.
    pub limited: bool,
    /// Takes query parameters.
    pub query: bool,
}

const fn generator(path: &'static str, g: Generator) -> Route {
    Route {
        path,
        post: false,
        handler: Handler::Generate(g),
        open: false,
        limited: true,
        query: true,
    }
}

/// Every route.
pub const ROUTES: &[Route] = &[
    Route {
        path: "/api/generate",
        post: false,
        handler: Handler::Compact,
        open: false,
        limited: true,
        query: true,
    },
    generator("/v1/password", Generator::Password),
    generator("/v1/passphrase", Generator::Passphrase),
    generator("/v1/token-hex", Generator::TokenHex),
    generator("/v1/token-urlsafe", Generator::TokenUrlsafe),
    generator("/v1/otp", Generator::Otp),
    generator("/v1/apikey", Generator::Apikey),
    generator("/v1/int", Generator::Int),
    generator("/v1/choice", Generator::Choice),
    generator("/v1/uuid", Generator::Uuid),
    generator("/v1/ulid", Generator::Ulid),
    generator("/v1/nanoid", Generator::Nanoid),
    generator("/v1/key", Generator::Key),
    Route {
        path: "/v1/check",
        post: true,
        handler: Handler::Check,
        open: false,
        limited: true,
        query: false,
    },
    Route {
        path: "/healthz",
        post: false,
        handler: Handler::Healthz,
        open: true,
        limited: false,
        query: false,
    },
    Route {
        path: "/metrics",
        post: false,
        handler: Handler::Metrics,
        open: false,
        limited: false,
        query: false,
    },
    Route {
        path: "/openapi.json",
        post: false,
        handler: Handler::OpenApi,
        open: true,
        limited: false,
        query: false,
    },
];

/// The route at `path`.
pub fn find(path: &str) -> Option<&'static Route> {
    ROUTES.iter().find(|r| r.path == path)
}

impl Generator {
    /// The command line's name for it.
    pub fn command(self) -> &'static str {
        match self {
            Generator::Password => "password",
            Generator::Passphrase => "passphrase",
            Generator::TokenHex => "token-hex",
            Generator::TokenUrlsafe => "token-urlsafe",
            Generator::Otp => "otp",
            Generator::Apikey => "apikey",
            Generator::Int => "int",
            Generator::Choice => "choice",
            Generator::Uuid => "uuid",
            Generator::Ulid => "ulid",
            Generator::Nanoid => "nanoid",
            Generator::Key => "key",
        }
    }

    /// The spec a query's parameters (without `count`) stand for.
    pub(crate) fn spec(self, pairs: &[(String, String)]) -> Result<Spec, ApiError> {
        Ok(match self {
            Generator::Password => Spec::Password(query::from_pairs(pairs)?),
            Generator::Passphrase => Spec::Passphrase(query::from_pairs(pairs)?),
            Generator::TokenHex | Generator::TokenUrlsafe => {
                let mut spec: TokenSpec = query::from_pairs(pairs)?;
                spec.encoding = match self {
                    Generator::TokenHex => TokenEncoding::Hex,
                    _ => TokenEncoding::Base64Url,
                };
                Spec::Token(spec)
            }
            Generator::Otp => Spec::Otp(query::from_pairs(pairs)?),
            Generator::Apikey => Spec::Apikey(query::from_pairs(pairs)?),
            Generator::Int => Spec::Int(query::from_pairs(pairs)?),
            Generator::Choice => Spec::Choice(query::from_pairs(pairs)?),
            Generator::Uuid => Spec::Uuid(query::from_pairs(pairs)?),
            Generator::Ulid => Spec::Ulid(query::from_pairs(pairs)?),
            Generator::Nanoid => Spec::Nanoid(query::from_pairs(pairs)?),
            Generator::Key => {
                let spec: FrameworkKeySpec = query::from_pairs(pairs)?;
                Spec::Key(KeySpec::Framework(spec.framework))
            }
        })
    }

    /// Each parameter and its shape, read from the spec type (for the OpenAPI document and
    /// the audit record).
    pub(crate) fn parameters(self) -> Vec<(&'static str, Shape)> {
        fn of<T: DeserializeOwned>() -> Vec<(&'static str, Shape)> {
            query::shapes_of::<T>()
        }
        match self {
            Generator::Password => of::<PasswordSpec>(),
            Generator::Passphrase => of::<PassphraseSpec>(),
            Generator::TokenHex | Generator::TokenUrlsafe => of::<TokenSpec>(),
            Generator::Otp => of::<OtpSpec>(),
            Generator::Apikey => of::<ApikeySpec>(),
            Generator::Int => of::<IntSpec>(),
            Generator::Choice => of::<ChoiceSpec>(),
            Generator::Uuid => of::<UuidSpec>(),
            Generator::Ulid => of::<UlidSpec>(),
            Generator::Nanoid => of::<NanoidSpec>(),
            Generator::Key => of::<FrameworkKeySpec>(),
        }
    }

    /// The numeric limits of its parameters (the engine's, the command line's).
    pub(crate) fn limits(self) -> &'static [secrets_core::spec::Limit] {
        use secrets_core::spec as s;
        match self {
            Generator::Password => s::PASSWORD_LIMITS,
            Generator::Passphrase => s::PASSPHRASE_LIMITS,
            Generator::TokenHex | Generator::TokenUrlsafe => s::TOKEN_LIMITS,
            Generator::Otp => s::OTP_LIMITS,
            Generator::Apikey => s::APIKEY_LIMITS,
            Generator::Int => s::INT_LIMITS,
            Generator::Nanoid => s::NANOID_LIMITS,
            Generator::Choice | Generator::Uuid | Generator::Ulid | Generator::Key => &[],
        }
    }
}
