//! `/openapi.json`: an OpenAPI 3.1 description of every route, generated from the code: the
//! seed, check and service routes from their handlers' annotations (utoipa), the `/v1`
//! generators from the same parameter table that parses their queries ([`super::v1::ROUTES`]).

use serde::Serialize;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Document, Ref, Required, ResponseBuilder};
use utoipa::{Modify, OpenApi, ToSchema};

use super::error::ErrorBody;
use super::seed::SeedPassword;
use super::v1;

/// One generated secret, as `secrets <generator> --json` prints it: `secret` and `kind`
/// always, the other fields where the generator has them.
#[derive(Debug, Serialize, ToSchema)]
#[allow(dead_code)]
pub(crate) struct GeneratedSecret {
    /// The secret.
    secret: String,
    /// The generator: password, passphrase, token-hex, token-urlsafe, otp, apikey, int, choice.
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
    paths(super::seed::generate, super::check::check, super::router::healthz, super::router::metrics, super::router::openapi_json),
    components(schemas(ErrorBody, SeedPassword, GeneratedSecret, super::check::CheckRequest)),
    modifiers(&Generators, &Bearer)
)]
struct Api;

/// Adds the `/v1` generator routes from their parameter table.
struct Generators;

impl Modify for Generators {
    fn modify(&self, openapi: &mut Document) {
        for route in v1::ROUTES {
            let mut op = OperationBuilder::new()
                .tag("v1")
                .operation_id(Some(
                    route.path.trim_start_matches("/v1/").replace('-', "_"),
                ))
                .summary(Some(format!(
                    "`secrets {} --json`; the parameters are its long flags",
                    route.command()
                )));
            for (name, schema, description) in route.describe() {
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

/// A query parameter's schema: an integer up to `max`, a boolean, or a string.
pub(crate) fn integer(max: Option<u64>) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(0))
        .maximum(max)
}

/// The document, serialized once at start-up.
pub(crate) fn document() -> String {
    Api::openapi().to_json().unwrap_or_else(|_| "{}".into())
}
