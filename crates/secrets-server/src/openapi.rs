//! `/openapi.json`: an OpenAPI 3.1 description of every route, generated from the code: the
//! compact, check and service routes from their handlers' annotations (utoipa), the `/v1`
//! generators from the route table ([`super::routes::ROUTES`]) and the engine's spec types,
//! whose fields, types, enums and limits are exactly what a query is read with.

use serde::Serialize;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Document, Ref, Required, ResponseBuilder};
use utoipa::{Modify, OpenApi, ToSchema};

use super::compact::CompactPassword;
use super::error::ErrorBody;
use super::query::{BOOLEANS, Shape};
use super::routes::{Handler, ROUTES};
use super::v1::MAX_COUNT;

/// One generated secret, as `secrets <generator> --json` prints it: `secret` and `kind`
/// always, the other fields where the generator has them.
#[derive(Debug, Serialize, ToSchema)]
#[allow(dead_code)]
pub(crate) struct GeneratedSecret {
    /// The secret.
    secret: String,
    /// The generator: password, passphrase, token-hex, token-urlsafe, otp, apikey, int,
    /// choice, uuid, ulid, nanoid, or FRAMEWORK-key.
    kind: String,
    /// log2 of the number of equally likely outputs.
    entropy_bits: f64,
    length: Option<u64>,
    alphabet_size: Option<u64>,
    bytes: Option<u64>,
    encoding: Option<String>,
    prefix: Option<String>,
    words: Option<u64>,
    wordlist_size: Option<u64>,
    /// Decimal string.
    start: Option<String>,
    /// Decimal string.
    stop: Option<String>,
    bits: Option<u64>,
    target_bits: Option<u64>,
    items: Option<u64>,
    unique: Option<bool>,
    checksum: Option<String>,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "secrets serve",
        description = "Passwords, passphrases, tokens, one-time codes, API keys, integers and \
                       choices from the OS CSPRNG, every draw exactly uniform; password checks. \
                       No hashing endpoints: a server should not receive passwords to hash."
    ),
    paths(super::compact::generate, super::password_check::check, super::router::healthz, super::router::metrics, super::router::openapi_json),
    components(schemas(ErrorBody, CompactPassword, GeneratedSecret, super::password_check::CheckRequest)),
    modifiers(&Generators, &Bearer)
)]
struct Api;

/// Adds the `/v1` generator routes from their parameter table.
struct Generators;

impl Modify for Generators {
    fn modify(&self, openapi: &mut Document) {
        for route in ROUTES {
            let Handler::Generate(generator) = route.handler else {
                continue;
            };
            let mut op = OperationBuilder::new()
                .tag("v1")
                .operation_id(Some(
                    route.path.trim_start_matches("/v1/").replace('-', "_"),
                ))
                .summary(Some(format!(
                    "`secrets {} --json`; the parameters are its long flags",
                    generator.command()
                )));
            let mut parameters = generator.parameters();
            parameters.push(("count", Shape::Integer));
            for (name, shape) in parameters {
                // An alias has the limits of the field it names.
                let field = match name {
                    "digits" => "length",
                    other => other,
                };
                let limit = generator.limits().iter().find(|l| l.field == field);
                let (min, max) = match (name, limit) {
                    ("count", _) => (Some(1), Some(MAX_COUNT)),
                    (_, Some(l)) => (Some(l.min), Some(l.max)),
                    _ => (Some(0), None),
                };
                let (schema, description): (utoipa::openapi::Schema, String) = match shape {
                    Shape::Boolean => (
                        ObjectBuilder::new().schema_type(Type::Boolean).into(),
                        format!("`--{name}` when true; {BOOLEANS}"),
                    ),
                    Shape::Integer => (
                        ObjectBuilder::new()
                            .schema_type(Type::Integer)
                            .minimum(min)
                            .maximum(max)
                            .into(),
                        match name {
                            "count" => "how many secrets (`--count`)".to_string(),
                            "nbytes" => "the NBYTES operand".to_string(),
                            _ => format!("`--{name}`"),
                        },
                    ),
                    Shape::OneOf(values) => (
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .enum_values(Some(values.iter().copied()))
                            .into(),
                        format!("`--{name}`"),
                    ),
                    Shape::List => (
                        ArrayBuilder::new()
                            .items(ObjectBuilder::new().schema_type(Type::String))
                            .into(),
                        format!("one `{name}` parameter each"),
                    ),
                    Shape::Text => (
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .max_length(Some(super::params::MAX_VALUE))
                            .into(),
                        match name {
                            "range" => "`--range A B` written A,B".to_string(),
                            "below" => {
                                "`--below`, an integer of any size (as a string)".to_string()
                            }
                            "wordlist" => format!(
                                "`--wordlist`: one of {}",
                                secrets_core::passphrase::BUILTIN_LISTS.join(", ")
                            ),
                            _ => format!("`--{name}`"),
                        },
                    ),
                };
                op = op.parameter(
                    ParameterBuilder::new()
                        .name(name)
                        .parameter_in(ParameterIn::Query)
                        .required(Required::False)
                        .description(Some(description))
                        .schema(Some(schema)),
                );
            }
            let error = |what: &str| {
                ResponseBuilder::new().description(what).content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorBody")))
                        .build(),
                )
            };
            let ok = ResponseBuilder::new()
                .description("one object per secret (`count` of them)")
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(
                            ArrayBuilder::new().items(Ref::from_schema_name("GeneratedSecret")),
                        ))
                        .build(),
                );
            op = op
                .response("200", ok)
                .response("400", error("a bad, unknown or repeated parameter"))
                .response("401", error("missing or wrong API key"))
                .response("429", error("rate limit exceeded"))
                .securities(Some([
                    SecurityRequirement::default(),
                    SecurityRequirement::new("bearer", Vec::<String>::new()),
                ]));
            openapi
                .paths
                .add_path_operation(route.path, vec![HttpMethod::Get], op.build());
        }
    }
}

/// The bearer scheme of `--api-keys`.
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The document, serialized once at start-up.
pub(crate) fn document() -> String {
    Api::openapi().to_json().unwrap_or_else(|_| "{}".into())
}
