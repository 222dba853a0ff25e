//! GCRA, the generic cell rate algorithm: pure integer arithmetic on one timestamp per client.
//!
//! Each client has a *theoretical arrival time* (TAT): the instant at which it would be back
//! to its full allowance. With an emission interval `T = period / limit` and a window
//! `W = burst × T`, a request at `now` is allowed when `max(TAT, now) + T − now ≤ W`, and
//! then `TAT ← max(TAT, now) + T`. This is exactly a token bucket of `burst` tokens refilled
//! at one token per `T` (ITU-T I.371's "virtual scheduling" and "continuous-state leaky
//! bucket" are the same algorithm), so clients get a sustained `limit` per `period` and at
//! most `burst` at once.
//!
//! Times are whole microseconds in `u64`, never floats: the Redis script
//! (`gcra.lua`) does the same additions and comparisons on Lua numbers, which are exact
//! integers below 2^53, and [`Gcra::MAX_WINDOW_US`] keeps every value there far below that
//! (Unix time in µs is about 1.8 × 10^15 in 2027; 2^53 is 9 × 10^15). Only additions,
//! subtractions and comparisons are done on the server; the divisions that turn a decision
//! into [`Decision`] numbers happen here in Rust, from `(allowed, ahead)`.

use super::{Decision, Quota};
use std::time::Duration;

/// A validated quota in microseconds: the emission interval and the burst window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Gcra {
    /// `T`: microseconds between requests at the sustained rate (at least 1).
    pub(crate) interval: u64,
    /// `W = burst × T`: how far ahead of `now` a client's TAT may be after a request.
    pub(crate) window: u64,
    /// The burst, reported as [`Decision::limit`].
    pub(crate) burst: u32,
}

/// The outcome of one request against one TAT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Step {
    /// Whether the request conforms.
    pub(crate) allowed: bool,
    /// `TAT − now` after the decision (the new TAT when allowed, the unchanged one when not).
    pub(crate) ahead: u64,
    /// The TAT to store (unchanged when denied).
    pub(crate) tat: u64,
}

impl Gcra {
    /// The longest window accepted: 366 days. Bounds every TAT to `now + 366 days`, so Redis
    /// keys expire within a year and Lua's 53-bit integers stay exact until the year 2250.
    pub(crate) const MAX_WINDOW_US: u64 = 366 * 86_400 * 1_000_000;
    /// The shortest period accepted.
    pub(crate) const MIN_PERIOD: Duration = Duration::from_millis(1);

    /// The quota's arithmetic, with out-of-range values clamped into range (never a panic):
    /// `limit` and `burst` at least 1, the period between 1 ms and 366 days, `T` at least
    /// 1 µs (rounded *up*, so the sustained rate never exceeds `limit` per `period`), and
    /// `burst` at most what fits in a 366-day window. [`Quota::validate`] refuses instead.
    pub(crate) fn new(quota: &Quota) -> Gcra {
        let limit = u64::from(quota.limit.max(1));
        let period = quota
            .period
            .clamp(Self::MIN_PERIOD, Duration::from_micros(Self::MAX_WINDOW_US));
        let period_us = u64::try_from(period.as_micros()).unwrap_or(Self::MAX_WINDOW_US);
        let interval = period_us.div_ceil(limit).max(1);
        let max_burst = u32::try_from(Self::MAX_WINDOW_US / interval).unwrap_or(u32::MAX);
        let burst = quota.burst.clamp(1, max_burst.max(1));
        Gcra {
            interval,
            window: u64::from(burst) * interval,
            burst,
        }
    }

    /// One request at `now` by a client whose stored TAT is `tat` (0 for a new client).
    pub(crate) fn step(&self, tat: u64, now: u64) -> Step {
        let ahead = tat.saturating_sub(now);
        let next = ahead.saturating_add(self.interval);
        if next > self.window {
            Step {
                allowed: false,
                ahead,
                tat,
            }
        } else {
            Step {
                allowed: true,
                ahead: next,
                tat: now.saturating_add(next),
            }
        }
    }

    /// The numbers reported for a decision whose TAT ends `ahead` µs after now.
    pub(crate) fn decision(&self, allowed: bool, ahead: u64) -> Decision {
        let remaining = self.window.saturating_sub(ahead) / self.interval;
        Decision {
            allowed,
            limit: self.burst,
            remaining: if allowed {
                u32::try_from(remaining).unwrap_or(u32::MAX)
            } else {
                0
            },
            reset: Duration::from_micros(ahead),
            retry_after: (!allowed).then(|| {
                Duration::from_micros((ahead + self.interval).saturating_sub(self.window).max(1))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The continuous-state leaky bucket of ITU-T I.371, as a second, independent model:
    /// the bucket's content `x` drains one unit per µs and each request adds `T`; a request
    /// conforms when the drained content is at most `W − T`.
    #[derive(Clone, Copy)]
    struct Bucket {
        x: u64,
        last: u64,
    }

    impl Bucket {
        fn drained(&self, now: u64) -> u64 {
            self.x.saturating_sub(now - self.last)
        }
        fn request(&mut self, g: &Gcra, now: u64) -> bool {
            let x = self.drained(now);
            if x + g.interval > g.window {
                return false;
            }
            self.x = x + g.interval;
            self.last = now;
            true
        }
    }

    fn gcra(interval: u64, burst: u32) -> Gcra {
        Gcra {
            interval,
            window: u64::from(burst) * interval,
            burst,
        }
    }

    /// Every sequence of 6 arrival gaps, each in 0..=T+1 or a full refill (W+1), for T in
    /// 1..=4 and burst in 1..=4 (736,000 sequences):
    /// GCRA agrees with the leaky bucket on every decision, and every reported number
    /// matches its definition, checked by brute force against the bucket.
    #[test]
    fn agrees_with_the_leaky_bucket_exhaustively() {
        for interval in 1..=4u64 {
            for burst in 1..=4u32 {
                let g = gcra(interval, burst);
                let gaps = interval + 3;
                let steps = 6u32;
                for code in 0..gaps.pow(steps) {
                    let (mut tat, mut now, mut c) = (0u64, 10u64, code);
                    let mut bucket = Bucket { x: 0, last: 0 };
                    for _ in 0..steps {
                        let gap = c % gaps;
                        now += if gap == interval + 2 {
                            g.window + 1
                        } else {
                            gap
                        };
                        c /= gaps;
                        let before = bucket;
                        let s = g.step(tat, now);
                        assert_eq!(s.allowed, bucket.request(&g, now), "T={interval} b={burst}");
                        tat = s.tat;
                        check_numbers(&g, &g.decision(s.allowed, s.ahead), before, now);
                    }
                }
            }
        }
    }

    /// `remaining`, `reset` and `retry_after` against their definitions on the bucket as it
    /// was before the request at `now`.
    fn check_numbers(g: &Gcra, d: &Decision, before: Bucket, now: u64) {
        let mut after = before;
        let allowed = after.request(g, now);
        assert_eq!(d.allowed, allowed);
        // remaining: how many more requests at the same instant would be allowed.
        let mut probe = after;
        let mut more = 0;
        while probe.request(g, now) {
            more += 1;
        }
        assert_eq!(d.remaining, if allowed { more } else { 0 });
        // reset: the first instant at which the bucket is empty (full allowance again).
        let reset = (0..).find(|&d| after.drained(now + d) == 0).unwrap_or(0);
        assert_eq!(d.reset, Duration::from_micros(reset));
        // retry_after: the first instant at which a denied request would be allowed.
        if allowed {
            assert_eq!(d.retry_after, None);
        } else {
            let wait = (1..)
                .find(|&d| after.clone_request(g, now + d))
                .unwrap_or(0);
            assert_eq!(d.retry_after, Some(Duration::from_micros(wait)));
        }
    }

    impl Bucket {
        fn clone_request(&self, g: &Gcra, now: u64) -> bool {
            let mut b = *self;
            b.request(g, now)
        }
    }

    /// The sliding-log bound: in any span of `d` µs, at most `burst + d / T` requests are
    /// allowed, whatever the arrivals (here: every 3^8 pattern of 0, 1 or T µs gaps, with a
    /// request at each arrival).
    #[test]
    fn never_more_than_burst_plus_refill_in_any_span() {
        for interval in 1..=3u64 {
            for burst in 1..=3u32 {
                let g = gcra(interval, burst);
                for code in 0..3u64.pow(8) {
                    let (mut tat, mut now, mut c) = (0u64, 5u64, code);
                    let mut log = Vec::new();
                    for _ in 0..8 {
                        now += [0, 1, interval][(c % 3) as usize];
                        c /= 3;
                        let s = g.step(tat, now);
                        tat = s.tat;
                        if s.allowed {
                            log.push(now);
                        }
                    }
                    for (i, &start) in log.iter().enumerate() {
                        for (j, &end) in log.iter().enumerate().skip(i) {
                            let n = (j - i + 1) as u64;
                            assert!(n <= u64::from(burst) + (end - start) / interval);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn sixty_per_minute_is_one_per_second_after_a_burst_of_sixty() {
        let g = Gcra::new(&Quota {
            limit: 60,
            period: Duration::from_secs(60),
            burst: 60,
        });
        assert_eq!((g.interval, g.window), (1_000_000, 60_000_000));
        let mut tat = 0;
        let now = 1_000_000_000;
        for i in 0..60 {
            let s = g.step(tat, now);
            assert!(s.allowed);
            assert_eq!(g.decision(true, s.ahead).remaining, 59 - i);
            tat = s.tat;
        }
        let s = g.step(tat, now);
        let d = g.decision(s.allowed, s.ahead);
        assert!(!d.allowed);
        assert_eq!(d.retry_after, Some(Duration::from_secs(1)));
        assert_eq!(d.reset, Duration::from_secs(60));
        assert!(g.step(tat, now + 999_999).allowed.eq(&false));
        assert!(g.step(tat, now + 1_000_000).allowed);
    }

    #[test]
    fn huge_and_zero_values_are_clamped_not_overflowed() {
        for (limit, period, burst) in [
            (0, Duration::ZERO, 0),
            (u32::MAX, Duration::MAX, u32::MAX),
            (u32::MAX, Duration::from_nanos(1), u32::MAX),
            (1, Duration::MAX, u32::MAX),
            (7, Duration::from_secs(1), 3),
        ] {
            let g = Gcra::new(&Quota {
                limit,
                period,
                burst,
            });
            assert!(g.interval >= 1 && g.burst >= 1);
            assert!(g.window <= Gcra::MAX_WINDOW_US && g.window == u64::from(g.burst) * g.interval);
            // A far-future TAT and the largest clock never overflow.
            let s = g.step(u64::MAX, u64::MAX - 1);
            let _ = g.decision(s.allowed, s.ahead);
            let s = g.step(0, u64::MAX);
            assert!(s.allowed);
        }
        // The interval rounds up: 7 per second never exceeds 7 per second.
        let g = Gcra::new(&Quota {
            limit: 7,
            period: Duration::from_secs(1),
            burst: 7,
        });
        assert_eq!(g.interval, 142_858);
    }
}
