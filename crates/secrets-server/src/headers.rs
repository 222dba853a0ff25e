//! Response hygiene: the headers every answer carries, errors and 404s included.

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

/// Headers on every response: nothing cached (the bodies are secrets), no MIME sniffing, no
/// framing or loading of anything (these are JSON answers, not pages), no referrer.
const ALWAYS: [(HeaderName, &str); 4] = [
    (header::CACHE_CONTROL, "no-store"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; frame-ancestors 'none'",
    ),
    (header::REFERRER_POLICY, "no-referrer"),
];

/// HSTS over TLS: two years, subdomains included.
const HSTS: &str = "max-age=63072000; includeSubDomains";

/// Adds the hygiene headers (and HSTS when the connection is TLS).
pub(crate) fn secure(headers: &mut HeaderMap, tls: bool) {
    for (name, value) in ALWAYS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if tls {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
}
