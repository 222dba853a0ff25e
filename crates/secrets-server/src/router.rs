//! The router: every route of [`super::routes::ROUTES`], and the layers around them.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Extension, RawQuery, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

use super::budget::Client;
use super::error::json_error;
use super::guard::App;
use super::routes::{Handler, ROUTES};
use super::{AppState, compact, password_check, v1};

/// The largest request body (`POST /v1/check`), in bytes.
pub const MAX_BODY: usize = 16 * 1024;
/// A request must be answered within this time, or it gets 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The application: the routes, with the body limit and the request deadline on the one
/// route that reads a body; around them [`App::handle`] runs the pipeline (observing,
/// CORS when asked for, authentication and rate limiting). GET routes read no body and
/// answer without waiting on anything unbounded (the Redis limiter has its own deadline),
/// so they need no deadline of their own: a timer per request was measurable.
pub(crate) fn build(state: Arc<AppState>, cors_origins: &[HeaderValue]) -> App {
    let check = post(password_check::check)
        .layer::<_, std::convert::Infallible>(DefaultBodyLimit::max(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    let mut router = Router::new();
    for route in ROUTES {
        router = match route.handler {
            Handler::Compact => router.route(route.path, get(compact::generate)),
            Handler::Generate(generator) => router.route(
                route.path,
                get(
                    move |State(state): State<Arc<AppState>>,
                          client: Option<Extension<Client>>,
                          query: RawQuery| {
                        v1::generate(generator, state, client.map(|c| c.0), query)
                    },
                ),
            ),
            Handler::Check => router.route(route.path, check.clone()),
            Handler::Healthz => router.route(route.path, get(healthz)),
            Handler::Metrics => router.route(route.path, get(metrics)),
            Handler::OpenApi => router.route(route.path, get(openapi_json)),
        };
    }
    let router = router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state.clone());
    let cors = (!cors_origins.is_empty()).then(|| {
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(cors_origins.iter().cloned()))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
            .expose_headers([
                HeaderName::from_static("ratelimit-limit"),
                HeaderName::from_static("ratelimit-remaining"),
                HeaderName::from_static("ratelimit-reset"),
                header::RETRY_AFTER,
            ])
            .max_age(Duration::from_secs(600))
    });
    App {
        state,
        router,
        cors,
    }
}

/// `GET /healthz`: the process is up and answering.
#[utoipa::path(get, path = "/healthz", tag = "service",
    responses((status = 200, description = "`{\"status\":\"ok\"}`", content_type = "application/json")))]
pub(crate) async fn healthz() -> Response {
    json(r#"{"status":"ok"}"#.to_string())
}

/// `GET /metrics`: Prometheus text.
#[utoipa::path(get, path = "/metrics", tag = "service",
    responses(
        (status = 200, description = "Prometheus text exposition", content_type = "text/plain"),
        (status = 401, description = "missing or wrong API key (unless --metrics-public)", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = [])))]
pub(crate) async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let errors = state.limiter.as_ref().map_or(0, |l| l.backend_errors());
    let mut response = state.metrics.render(errors).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// `GET /openapi.json`: this description.
#[utoipa::path(get, path = "/openapi.json", tag = "service",
    responses((status = 200, description = "the OpenAPI 3.1 document", content_type = "application/json")))]
pub(crate) async fn openapi_json(State(state): State<Arc<AppState>>) -> Response {
    json(state.openapi.clone())
}

/// A 200 answer with a JSON body.
pub(crate) fn json(body: impl Into<axum::body::Body>) -> Response {
    let mut response = Response::new(body.into());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

async fn not_found() -> Response {
    json_error(StatusCode::NOT_FOUND, "not found")
}

async fn method_not_allowed() -> Response {
    json_error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
}
