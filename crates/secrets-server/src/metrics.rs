//! `/metrics`: Prometheus text exposition, written by hand from atomic counters (no metrics
//! stack): `secrets_http_requests_total{route,status}`, `secrets_http_rate_limited_total`,
//! `secrets_http_request_duration_seconds` (a histogram with fixed buckets) and
//! `secrets_ratelimit_backend_errors_total`.
//!
//! Routes are the fixed paths of [`super::routes::ROUTES`] (plus `unmatched`), so the
//! label sets are bounded whatever clients send.

use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use super::routes::ROUTES;

/// The label of a request no route matched.
pub(crate) const UNMATCHED: &str = "unmatched";

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1.0,
];

/// The statuses counted without a lock; others go to a small locked map.
const COMMON: [u16; 6] = [200, 400, 401, 404, 413, 429];

/// The counters of one route.
#[derive(Debug, Default)]
struct RouteCounters {
    common: [AtomicU64; COMMON.len()],
    other: Mutex<Vec<(u16, u64)>>,
}

/// All counters.
#[derive(Debug)]
pub(crate) struct Metrics {
    routes: Vec<RouteCounters>,
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    /// Sum of durations in microseconds.
    sum_micros: AtomicU64,
    rate_limited: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            // One per route of the table, then one for `unmatched`.
            routes: (0..=ROUTES.len())
                .map(|_| RouteCounters::default())
                .collect(),
            buckets: Default::default(),
            count: AtomicU64::new(0),
            sum_micros: AtomicU64::new(0),
            rate_limited: AtomicU64::new(0),
        }
    }
}

impl Metrics {
    /// Counts one answered request.
    pub(crate) fn record(&self, route: &'static str, status: u16, duration: Duration) {
        let index = ROUTES
            .iter()
            .position(|r| r.path == route)
            .unwrap_or(ROUTES.len());
        let counters = &self.routes[index];
        match COMMON.iter().position(|&s| s == status) {
            Some(i) => {
                counters.common[i].fetch_add(1, Relaxed);
            }
            None => {
                let mut other = counters.other.lock().unwrap_or_else(|p| p.into_inner());
                match other.iter_mut().find(|(s, _)| *s == status) {
                    Some((_, n)) => *n += 1,
                    None => other.push((status, 1)),
                }
            }
        }
        let seconds = duration.as_secs_f64();
        if let Some(i) = BUCKETS.iter().position(|&b| seconds <= b) {
            self.buckets[i].fetch_add(1, Relaxed);
        }
        self.count.fetch_add(1, Relaxed);
        let micros = u64::try_from(duration.as_micros()).unwrap_or(u64::MAX);
        self.sum_micros.fetch_add(micros, Relaxed);
    }

    /// Counts a request refused by the rate limiter.
    pub(crate) fn rate_limited(&self) {
        self.rate_limited.fetch_add(1, Relaxed);
    }

    /// The Prometheus text exposition (format 0.0.4).
    pub(crate) fn render(&self, backend_errors: u64) -> String {
        let mut out = String::with_capacity(4096);
        out.push_str(
            "# HELP secrets_http_requests_total Requests answered, by route template and status.\n\
             # TYPE secrets_http_requests_total counter\n",
        );
        let labels = ROUTES.iter().map(|r| r.path).chain([UNMATCHED]);
        for (route, counters) in labels.zip(&self.routes) {
            let mut rows: Vec<(u16, u64)> = COMMON
                .iter()
                .zip(&counters.common)
                .map(|(&s, n)| (s, n.load(Relaxed)))
                .filter(|&(_, n)| n > 0)
                .collect();
            rows.extend(
                counters
                    .other
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .iter()
                    .copied(),
            );
            rows.sort_unstable();
            for (status, n) in rows {
                let _ = writeln!(
                    out,
                    "secrets_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        let _ = write!(
            out,
            "# HELP secrets_http_rate_limited_total Requests refused with 429 by the rate limiter.\n\
             # TYPE secrets_http_rate_limited_total counter\n\
             secrets_http_rate_limited_total {}\n\
             # HELP secrets_ratelimit_backend_errors_total Rate limiter backend (Redis) errors; \
             each fell back to the in-process limiter.\n\
             # TYPE secrets_ratelimit_backend_errors_total counter\n\
             secrets_ratelimit_backend_errors_total {backend_errors}\n\
             # HELP secrets_http_request_duration_seconds Time from the request's arrival to its answer.\n\
             # TYPE secrets_http_request_duration_seconds histogram\n",
            self.rate_limited.load(Relaxed)
        );
        let mut cumulative = 0;
        for (bound, n) in BUCKETS.iter().zip(&self.buckets) {
            cumulative += n.load(Relaxed);
            let _ = writeln!(
                out,
                "secrets_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {cumulative}"
            );
        }
        let count = self.count.load(Relaxed);
        let _ = write!(
            out,
            "secrets_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}\n\
             secrets_http_request_duration_seconds_sum {}\n\
             secrets_http_request_duration_seconds_count {count}\n",
            self.sum_micros.load(Relaxed) as f64 / 1e6
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative_and_end_at_the_count() {
        let m = Metrics::default();
        m.record("/healthz", 200, Duration::from_micros(50));
        m.record("/healthz", 200, Duration::from_millis(3));
        m.record("/v1/int", 418, Duration::from_secs(5));
        let text = m.render(0);
        assert!(text.contains("secrets_http_requests_total{route=\"/healthz\",status=\"200\"} 2"));
        assert!(text.contains("secrets_http_requests_total{route=\"/v1/int\",status=\"418\"} 1"));
        assert!(text.contains("_bucket{le=\"0.0001\"} 1\n"));
        assert!(text.contains("_bucket{le=\"1\"} 2\n"));
        assert!(text.contains("_bucket{le=\"+Inf\"} 3\n"));
    }

    #[test]
    fn unknown_routes_count_as_unmatched() {
        let m = Metrics::default();
        m.record("/nope", 404, Duration::from_millis(1));
        let text = m.render(0);
        assert!(
            text.contains("{route=\"unmatched\",status=\"404\"} 1"),
            "{text}"
        );
    }
}
