//! The per-request pipeline around the router, as two plain async functions rather than
//! tower layers on every route (each such layer boxed a future and cloned a service per
//! request: a third of the allocations of a request, measured).
//!
//! [`App::handle`] wraps everything, unmatched routes included: it finds the client's
//! address, times the request, adds the hygiene headers, counts the answer in the metrics
//! and writes the audit record. Inside it (and inside CORS, when that is on), [`guard`] runs
//! on known routes only: it checks the API key where one is required and charges the rate
//! limiter on limited routes, then hands the request to the router.

use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use tower::{Layer as _, ServiceExt as _};
use tower_http::cors::CorsLayer;

use super::AppState;
use super::audit::{AuditParams, Record};
use super::error::json_error;
use super::routes::{self, Handler, Route};
use super::{client, headers, limit, metrics};

/// What the connection tells the pipeline: the peer's address and whether it is TLS.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Peer {
    pub(crate) addr: IpAddr,
    pub(crate) tls: bool,
}

/// The key a request was authenticated with (its id), for the audit record.
#[derive(Debug, Clone)]
struct KeyId(String);

/// The application: the state, the routes, and CORS when asked for.
#[derive(Clone)]
pub(crate) struct App {
    pub(crate) state: Arc<AppState>,
    pub(crate) router: Router,
    pub(crate) cors: Option<CorsLayer>,
}

impl App {
    /// Answers one request: client address, timing, CORS, [`guard`] and the router, then
    /// headers, metrics and the audit record.
    pub(crate) async fn handle<B>(self, peer: Peer, request: axum::http::Request<B>) -> Response
    where
        B: axum::body::HttpBody<Data = axum::body::Bytes> + Send + 'static,
        B::Error: Into<axum::BoxError>,
    {
        let start = Instant::now();
        let App {
            state,
            router,
            cors,
        } = self;
        let request = request.map(axum::body::Body::new);
        let ip = client::client_ip(peer.addr, request.headers(), &state.trust_proxy);
        let method = request.method().clone();
        let matched = matched_route(request.method(), request.uri().path());
        let route = matched.map_or(metrics::UNMATCHED, |r| r.path);
        let mut response = match cors {
            None => guard(&state, router, matched, ip, request).await,
            Some(cors) => {
                let state = state.clone();
                let inner = tower::service_fn(move |request: Request| {
                    let (state, router) = (state.clone(), router.clone());
                    async move { Ok::<_, Infallible>(guard(&state, router, matched, ip, request).await) }
                });
                match cors.layer(inner).oneshot(request).await {
                    Ok(response) => response,
                    Err(never) => match never {},
                }
            }
        };
        // A HEAD answer has no body. The router strips its own; answers made here (401,
        // 429, 400) kept theirs, which HTTP/1.1 drops but HTTP/2 sent as a DATA frame, a
        // protocol error for the client (found by the attack pass).
        if method == Method::HEAD {
            *response.body_mut() = axum::body::Body::empty();
        }
        headers::secure(response.headers_mut(), peer.tls);
        let status = response.status().as_u16();
        let elapsed = start.elapsed();
        state.metrics.record(route, status, elapsed);
        let params = response.extensions_mut().remove::<AuditParams>();
        let key_id = response.extensions_mut().remove::<KeyId>();
        state
            .audit
            .log(&Record {
                time: super::audit::Timestamp::now(),
                client: ip,
                key_id: key_id.as_ref().map(|k| k.0.as_str()),
                method: method_label(&method),
                route,
                parameters: params.as_ref().and_then(AuditParams::json),
                status,
                duration_ms: elapsed.as_secs_f64() * 1000.0,
            })
            .await;
        response
    }
}

/// The route of [`routes::ROUTES`] a request matches, by path and method, if any: the
/// router's own 404 and 405 answers are not guarded (so `GET /v1/check?password=...` is a
/// 405 that neither asks for a key nor charges the limiter).
fn matched_route(method: &Method, path: &str) -> Option<&'static Route> {
    routes::find(path).filter(|route| match route.post {
        true => method == Method::POST,
        false => method == Method::GET || method == Method::HEAD,
    })
}

/// The methods of RFC 9110 (and PATCH), logged by name; any other is free text from the
/// client (the attack pass sent a 12 KB method, answered 405 and logged in full, to fill the
/// disk) and is logged as `other`.
fn method_label(method: &Method) -> &'static str {
    const KNOWN: [(Method, &str); 9] = [
        (Method::GET, "GET"),
        (Method::HEAD, "HEAD"),
        (Method::POST, "POST"),
        (Method::PUT, "PUT"),
        (Method::DELETE, "DELETE"),
        (Method::OPTIONS, "OPTIONS"),
        (Method::PATCH, "PATCH"),
        (Method::CONNECT, "CONNECT"),
        (Method::TRACE, "TRACE"),
    ];
    KNOWN
        .iter()
        .find(|(m, _)| m == method)
        .map_or("other", |(_, name)| name)
}

/// The router's answer (it never fails).
async fn route(router: Router, request: Request) -> Response {
    match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// On known routes: authentication, then rate limiting, then the router.
async fn guard(
    state: &AppState,
    router: Router,
    matched: Option<&'static Route>,
    ip: IpAddr,
    request: Request,
) -> Response {
    let Some(route) = matched else {
        return self::route(router, request).await;
    };
    let needs_key = state.keys.is_some()
        && !route.open
        && !(route.handler == Handler::Metrics && state.metrics_public);
    let mut key_id = None;
    if needs_key {
        let presented = request
            .headers()
            .get(header::AUTHORIZATION)
            .map(HeaderValue::as_bytes);
        let known = state.keys.as_ref().and_then(|store| {
            let keys = store.current();
            keys.verify(presented).map(|info| info.id.clone())
        });
        match known {
            Some(id) => key_id = Some(id),
            None => {
                // Never why: missing, malformed, bad checksum and unknown look the same.
                let mut response = json_error(StatusCode::UNAUTHORIZED, "unauthorized");
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                return response;
            }
        }
    }
    let tagged = |mut response: Response, key_id: Option<String>| {
        if let Some(id) = key_id {
            response.extensions_mut().insert(KeyId(id));
        }
        response
    };
    // Routes without parameters take no query at all: `POST /v1/check?password=...` would
    // otherwise answer 200 and teach a client that a secret in the URL (and so in access
    // logs) is fine. Nothing of the query is repeated.
    if !route.query && request.uri().query().is_some() {
        let response = json_error(
            StatusCode::BAD_REQUEST,
            "this route takes no query parameters (POST /v1/check takes a JSON body)",
        );
        return tagged(response, key_id);
    }
    let bucket = match &key_id {
        Some(id) => format!("key:{id}"),
        None => format!("ip:{}", client::bucket(ip, state.ipv6_prefix)),
    };
    let mut request = request;
    if matches!(route.handler, Handler::Generate(_)) {
        // The generation budget charges the same client as the limiter.
        request
            .extensions_mut()
            .insert(super::budget::Client(bucket.clone()));
    }
    let mut decision = None;
    if let Some(limiter) = state.limiter.as_ref().filter(|_| route.limited) {
        let d = limiter.check(&bucket).await;
        if !d.allowed {
            state.metrics.rate_limited();
            return tagged(limit::refused(&d), key_id);
        }
        decision = Some(d);
    }
    let mut response = if route.handler == Handler::Compact && request.method() == Method::GET {
        // The compact route directly: the router would only find this same handler.
        super::compact::respond(request.uri().query())
    } else {
        self::route(router, request).await
    };
    if let Some(d) = &decision {
        limit::set_headers(d, response.headers_mut());
    }
    tagged(response, key_id)
}
