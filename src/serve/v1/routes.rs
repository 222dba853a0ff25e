//! The `/v1` routes as data: each generator's command and the parameters it takes, with how
//! each becomes command-line words and how far it may go. The query parser ([`super`]) and
//! `/openapi.json` both read this one table.

use super::super::params;

/// The most secrets one request gets.
pub const MAX_COUNT: u64 = 100;
/// The largest answer, in bytes.
pub const MAX_ANSWER: usize = 1 << 20;

/// How a parameter becomes command-line words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A switch: `true` adds `--name`, `false` nothing.
    Flag,
    /// `--name=VALUE`; numbers up to the cap, when there is one.
    Number(u64),
    /// `--name=VALUE` for an integer of any size (at most 400 digits).
    BigNumber,
    /// `--name=VALUE` from a fixed set of names (clap checks them).
    Name,
    /// `--name=VALUE`, free text: logged by its size only.
    Text,
    /// An operand (after `--`), a number up to the cap.
    Operand(u64),
    /// `--name A B` from `A,B` (integers).
    Pair,
    /// Operands, the parameter repeated: free text, logged by count only.
    Items,
    /// A built-in word list name (never a path on the server).
    Wordlist,
}

/// One route: the command, and its parameters.
#[derive(Debug)]
pub(crate) struct Route {
    pub(crate) path: &'static str,
    pub(super) command: &'static str,
    pub(super) params: &'static [(&'static str, Kind)],
}

const COUNT: (&str, Kind) = ("count", Kind::Number(MAX_COUNT));
const MAX_LEN: u64 = secrets_core::policy::MAX_PASSWORD_LENGTH as u64;

/// The `/v1` generator routes.
pub(crate) const ROUTES: &[Route] = &[
    Route {
        path: "/v1/password",
        command: "password",
        params: &[
            ("length", Kind::Number(MAX_LEN)),
            ("bits", Kind::Number(1024)),
            ("no-lower", Kind::Flag),
            ("no-upper", Kind::Flag),
            ("no-digits", Kind::Flag),
            ("no-symbols", Kind::Flag),
            ("no-ambiguous", Kind::Flag),
            ("symbols", Kind::Text),
            ("charset", Kind::Text),
            ("exclude", Kind::Text),
            ("min-lower", Kind::Number(MAX_LEN)),
            ("min-upper", Kind::Number(MAX_LEN)),
            ("min-digits", Kind::Number(MAX_LEN)),
            ("min-symbols", Kind::Number(MAX_LEN)),
            COUNT,
        ],
    },
    Route {
        path: "/v1/passphrase",
        command: "passphrase",
        params: &[
            ("words", Kind::Number(64)),
            ("bits", Kind::Number(1024)),
            ("separator", Kind::Text),
            ("capitalize", Kind::Name),
            ("digit", Kind::Flag),
            ("symbol", Kind::Flag),
            ("min-word-length", Kind::Number(64)),
            ("max-word-length", Kind::Number(64)),
            ("wordlist", Kind::Wordlist),
            COUNT,
        ],
    },
    Route {
        path: "/v1/token-hex",
        command: "token-hex",
        params: &[
            ("nbytes", Kind::Operand(1024)),
            ("bits", Kind::Number(8192)),
            COUNT,
        ],
    },
    Route {
        path: "/v1/token-urlsafe",
        command: "token-urlsafe",
        params: &[
            ("nbytes", Kind::Operand(1024)),
            ("bits", Kind::Number(8192)),
            COUNT,
        ],
    },
    Route {
        path: "/v1/otp",
        command: "otp",
        params: &[
            ("length", Kind::Number(MAX_LEN)),
            ("bits", Kind::Number(1024)),
            ("alphanumeric", Kind::Flag),
            COUNT,
        ],
    },
    Route {
        path: "/v1/apikey",
        command: "apikey",
        params: &[
            ("prefix", Kind::Text),
            ("bytes", Kind::Number(1024)),
            ("encoding", Kind::Name),
            ("checksum", Kind::Flag),
            ("bits", Kind::Number(8192)),
            COUNT,
        ],
    },
    Route {
        path: "/v1/int",
        command: "int",
        params: &[
            ("below", Kind::BigNumber),
            ("range", Kind::Pair),
            // The CLI's own cap (int --bits), so the message states the real limit.
            ("bits", Kind::Number(secrets_core::MAX_INT_BITS)),
            COUNT,
        ],
    },
    Route {
        path: "/v1/choice",
        command: "choice",
        params: &[("item", Kind::Items), ("unique", Kind::Flag), COUNT],
    },
];

impl Route {
    /// The command this route runs.
    pub(crate) fn command(&self) -> &'static str {
        self.command
    }

    /// Each parameter's name, schema and description, for `/openapi.json`.
    pub(crate) fn describe(&self) -> Vec<(&'static str, Schema, String)> {
        use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
        let string = || ObjectBuilder::new().schema_type(Type::String);
        self.params
            .iter()
            .map(|&(name, kind)| {
                let (schema, description): (Schema, String) = match kind {
                    Kind::Flag => (
                        ObjectBuilder::new().schema_type(Type::Boolean).into(),
                        format!("`--{name}` when true"),
                    ),
                    Kind::Number(max) => (
                        super::super::openapi::integer(Some(max)).into(),
                        format!("`--{name}`"),
                    ),
                    Kind::Operand(max) => (
                        super::super::openapi::integer(Some(max)).into(),
                        format!("the {} operand", name.to_ascii_uppercase()),
                    ),
                    Kind::BigNumber => (
                        string().pattern(Some("^-?[0-9]{1,400}$")).into(),
                        format!("`--{name}`, an integer of any size (as a string)"),
                    ),
                    Kind::Name => (string().into(), format!("`--{name}`, one of its names")),
                    Kind::Text => (
                        string().max_length(Some(params::MAX_VALUE)).into(),
                        format!("`--{name}`"),
                    ),
                    Kind::Pair => (
                        string()
                            .pattern(Some("^-?[0-9]{1,400},-?[0-9]{1,400}$"))
                            .into(),
                        format!("`--{name} A B` written A,B"),
                    ),
                    Kind::Items => (
                        ArrayBuilder::new().items(string()).into(),
                        "the items, one `item` parameter each".to_string(),
                    ),
                    Kind::Wordlist => (
                        string()
                            .enum_values(Some(
                                secrets_core::passphrase::BUILTIN_LISTS.iter().copied(),
                            ))
                            .into(),
                        format!("`--{name}`: a built-in list only"),
                    ),
                };
                (name, schema, description)
            })
            .collect()
    }
}

/// A parameter's schema in `/openapi.json`.
pub(crate) type Schema = utoipa::openapi::Schema;

/// The route for a path.
pub(crate) fn route(path: &str) -> Option<&'static Route> {
    ROUTES.iter().find(|r| r.path == path)
}
