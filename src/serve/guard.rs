//! The per-request pipeline around the handlers, as two middleware functions.
//!
//! [`observe`] wraps everything, unmatched routes included: it finds the client's address,
//! times the request, adds the hygiene headers, counts the answer in the metrics and writes
//! the audit record. [`guard`] runs on matched routes only: it checks the API key where one
//! is required and charges the rate limiter on limited routes, and tells [`observe`] the
//! route template and key id through the response's extensions.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use super::audit::{AuditParams, Record};
use super::error::json_error;
use super::{client, headers, limit, metrics};

/// What the connection tells the router: the peer's address and whether it is TLS.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Peer {
    pub(crate) addr: IpAddr,
    pub(crate) tls: bool,
}

/// The client's address as [`observe`] resolved it.
#[derive(Debug, Clone, Copy)]
struct ClientIp(IpAddr);

/// What [`guard`] learned, for [`observe`].
#[derive(Debug, Clone)]
struct Tags {
    route: &'static str,
    key_id: Option<String>,
}

/// Routes that are never behind a key: liveness, and the API's public description.
const OPEN: &[&str] = &["/healthz", "/openapi.json"];

/// Routes that take no query parameters.
const NO_QUERY: &[&str] = &["/v1/check", "/healthz", "/metrics", "/openapi.json"];

/// Routes that are not rate limited.
const UNLIMITED: &[&str] = &["/healthz", "/metrics", "/openapi.json"];

/// The outer middleware: client address, timing, headers, metrics, audit.
pub(crate) async fn observe(
    State(state): State<Arc<AppState>>,
    mut request: Request,
    next: Next,
) -> Response {
    let start = Instant::now();
    let peer = request.extensions().get::<Peer>().copied();
    let tls = peer.is_some_and(|p| p.tls);
    let ip = peer.map(|p| client::client_ip(p.addr, request.headers(), &state.trust_proxy));
    if let Some(ip) = ip {
        request.extensions_mut().insert(ClientIp(ip));
    }
    let method = request.method().clone();
    let mut response = next.run(request).await;
    headers::secure(response.headers_mut(), tls);
    let tags = response.extensions_mut().remove::<Tags>();
    let route = tags.as_ref().map_or("unmatched", |t| t.route);
    let status = response.status().as_u16();
    let elapsed = start.elapsed();
    state.metrics.record(route, status, elapsed);
    let params = response.extensions_mut().remove::<AuditParams>();
    let client = ip.map_or_else(|| "-".to_string(), |ip| ip.to_string());
    state
        .audit
        .log(&Record {
            time: super::audit::now(),
            client: &client,
            key_id: tags.as_ref().and_then(|t| t.key_id.as_deref()),
            method: method.as_str(),
            route,
            parameters: params.as_ref().map(|p| &p.0),
            status,
            duration_ms: elapsed.as_secs_f64() * 1000.0,
        })
        .await;
    response
}

/// The inner middleware, on matched routes: authentication, then rate limiting.
pub(crate) async fn guard(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let route = metrics::route_label(
        request
            .extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str),
    );
    let needs_key = state.keys.is_some()
        && !OPEN.contains(&route)
        && !(route == "/metrics" && state.metrics_public);
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
                response.extensions_mut().insert(Tags { route, key_id });
                return response;
            }
        }
    }
    // Routes without parameters take no query at all: `POST /v1/check?password=...` would
    // otherwise answer 200 and teach a client that a secret in the URL (and so in access
    // logs) is fine. Nothing of the query is repeated.
    if NO_QUERY.contains(&route) && request.uri().query().is_some() {
        let mut response = json_error(
            StatusCode::BAD_REQUEST,
            "this route takes no query parameters (POST /v1/check takes a JSON body)",
        );
        response.extensions_mut().insert(Tags { route, key_id });
        return response;
    }
    let mut decision = None;
    if let Some(limiter) = state
        .limiter
        .as_ref()
        .filter(|_| !UNLIMITED.contains(&route))
    {
        let bucket = match &key_id {
            Some(id) => format!("key:{id}"),
            None => match request.extensions().get::<ClientIp>() {
                Some(ClientIp(ip)) => format!("ip:{ip}"),
                None => "ip:-".to_string(),
            },
        };
        let d = limiter.check(&bucket).await;
        if !d.allowed {
            state.metrics.rate_limited();
            let mut response = limit::refused(&d);
            response.extensions_mut().insert(Tags { route, key_id });
            return response;
        }
        decision = Some(d);
    }
    let mut response = next.run(request).await;
    if let Some(d) = &decision {
        limit::set_headers(d, response.headers_mut());
    }
    response.extensions_mut().insert(Tags { route, key_id });
    response
}
