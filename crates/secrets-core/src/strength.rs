//! Is a password good enough? A strength estimate by zxcvbn (Dropbox's pattern-matching
//! estimator) judged against a policy: a minimum length, a minimum score, and never a
//! password from zxcvbn's list of common passwords.
//!
//! Nothing here keeps, prints or returns the password: a [`Report`] holds numbers and
//! zxcvbn's fixed feedback sentences only. (zxcvbn copies the password internally into
//! buffers we cannot wipe; they are freed when [`check`] returns.)

use std::io::{self, Write};

use serde::Serialize;
use zxcvbn::matching::patterns::{DictionaryPattern, MatchPattern};
use zxcvbn::time_estimates::CrackTimeSeconds;

/// zxcvbn looks at the first 100 characters only (a guard against slow inputs).
const ZXCVBN_MAX_CHARS: usize = 100;

/// What a password must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// At least this many characters (Unicode scalar values).
    pub min_length: usize,
    /// At least this zxcvbn score, 0 to 4.
    pub min_score: u8,
}

/// One crack-time scenario of zxcvbn: seconds, and the same in words.
#[derive(Debug, Clone, Serialize)]
pub struct CrackTime {
    /// Estimated seconds to guess the password.
    pub seconds: f64,
    /// The same, rounded for people: "3 hours", "centuries".
    pub display: String,
}

impl From<CrackTimeSeconds> for CrackTime {
    fn from(t: CrackTimeSeconds) -> Self {
        let seconds = match t {
            CrackTimeSeconds::Integer(s) => s as f64,
            CrackTimeSeconds::Float(s) => s,
        };
        CrackTime {
            seconds,
            display: t.to_string(),
        }
    }
}

/// zxcvbn's four attack scenarios; the field names are zxcvbn's.
#[derive(Debug, Clone, Serialize)]
pub struct CrackTimes {
    /// An online attack on a service that limits attempts to 100 per hour.
    pub online_throttling_100_per_hour: CrackTime,
    /// An online attack without rate limiting, 10 guesses per second.
    pub online_no_throttling_10_per_second: CrackTime,
    /// An offline attack on a slow, salted hash (bcrypt, scrypt): 10^4 guesses per second.
    pub offline_slow_hashing_1e4_per_second: CrackTime,
    /// An offline attack on a fast hash (SHA-256, MD5): 10^10 guesses per second.
    pub offline_fast_hashing_1e10_per_second: CrackTime,
}

/// The verdict and everything it rests on; serialized as `check --json`. Never contains
/// the password.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Whether the password meets the policy.
    pub ok: bool,
    /// zxcvbn's score: 0 (guessable in 10^3 tries) to 4 (more than 10^10).
    pub score: u8,
    /// log10 of zxcvbn's estimate of the guesses needed (0 for an empty password).
    pub guesses_log10: f64,
    /// Whether `guesses_log10` is only a lower bound: zxcvbn's count stops at 2^64
    /// (10^19.3), and it looks at the first 100 characters only.
    pub guesses_lower_bound: bool,
    /// Characters in the password (Unicode scalar values).
    pub length: usize,
    /// Whether the whole password is in zxcvbn's common-password list, possibly with
    /// capitals, reversed or with l33t substitutions.
    pub common: bool,
    /// The policy's minimum length.
    pub min_length: usize,
    /// The policy's minimum score.
    pub min_score: u8,
    /// Estimated time to crack under zxcvbn's scenarios.
    pub crack_times: CrackTimes,
    /// zxcvbn's warning, if any (a fixed sentence, e.g. "This is a top-10 common password.").
    pub warning: Option<String>,
    /// zxcvbn's suggestions (fixed sentences).
    pub suggestions: Vec<String>,
    /// Why the password fails the policy; empty when `ok`.
    pub reasons: Vec<String>,
    /// With `--breached`: how many times Have I Been Pwned saw the password in breaches
    /// (0: not seen); absent when not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breach_count: Option<u64>,
}

/// What zxcvbn's dictionaries take when first used (measured: the process grows by 8.2 MB),
/// with room to spare.
const ESTIMATOR_MEMORY: usize = 9 << 20;

/// Fails if the strength estimator's dictionaries would not fit in memory: they are built on
/// first use by code that aborts when an allocation fails, so a tight memory limit must end
/// in an error before that. Call once before the first [`check`] of a run.
pub fn ensure_memory() -> std::io::Result<()> {
    crate::secret::probe(ESTIMATOR_MEMORY)
}

/// Estimates the strength of `password` and judges it against `policy`.
pub fn check(password: &str, policy: Policy) -> Report {
    let length = password.chars().count();
    let entropy = zxcvbn::zxcvbn(password, &[]);
    let score = u8::from(entropy.score());
    let evaluated = length.min(ZXCVBN_MAX_CHARS);
    let passwords_list = DictionaryPattern::default().dictionary_name;
    // The whole password is one match in the common-password list.
    let common = evaluated > 0
        && entropy.sequence().iter().any(|m| {
            m.i == 0
                && m.j + 1 == evaluated
                && matches!(&m.pattern, MatchPattern::Dictionary(d)
                            if d.dictionary_name == passwords_list)
        });
    let mut reasons = Vec::new();
    if length < policy.min_length {
        reasons.push(format!(
            "too short: {length} character{}, the policy needs at least {}",
            if length == 1 { "" } else { "s" },
            policy.min_length
        ));
    }
    if score < policy.min_score {
        reasons.push(format!(
            "too easy to guess: score {score} of 4, the policy needs at least {}",
            policy.min_score
        ));
    }
    if common {
        reasons.push("a common password: it is in zxcvbn's list of common passwords".into());
    }
    let times = entropy.crack_times();
    let feedback = entropy.feedback();
    Report {
        ok: reasons.is_empty(),
        score,
        guesses_log10: if entropy.guesses_log10().is_finite() {
            entropy.guesses_log10()
        } else {
            0.0
        },
        guesses_lower_bound: entropy.guesses() == u64::MAX || length > ZXCVBN_MAX_CHARS,
        length,
        common,
        min_length: policy.min_length,
        min_score: policy.min_score,
        crack_times: CrackTimes {
            online_throttling_100_per_hour: times.online_throttling_100_per_hour().into(),
            online_no_throttling_10_per_second: times.online_no_throttling_10_per_second().into(),
            offline_slow_hashing_1e4_per_second: times.offline_slow_hashing_1e4_per_second().into(),
            offline_fast_hashing_1e10_per_second: times
                .offline_fast_hashing_1e10_per_second()
                .into(),
        },
        warning: feedback.and_then(|f| f.warning()).map(|w| w.to_string()),
        suggestions: feedback
            .map(|f| f.suggestions().iter().map(ToString::to_string).collect())
            .unwrap_or_default(),
        reasons,
        breach_count: None,
    }
}

impl Report {
    /// Records a breach lookup: a password seen in a breach fails, whatever its strength.
    pub fn add_breach_count(&mut self, count: u64) {
        self.breach_count = Some(count);
        if count > 0 {
            self.ok = false;
            self.reasons.push(format!(
                "found in data breaches: seen {count} time{} (Have I Been Pwned)",
                if count == 1 { "" } else { "s" }
            ));
        }
    }

    /// The report for people: the verdict first, then the reasons, the estimate and
    /// zxcvbn's advice.
    pub fn write_text(&self, w: &mut impl Write) -> io::Result<()> {
        if self.ok {
            writeln!(
                w,
                "ok: meets the policy (at least {} characters, score at least {} of 4, \
                 not a common password)",
                self.min_length, self.min_score
            )?;
        } else {
            writeln!(w, "weak: does not meet the policy")?;
            for reason in &self.reasons {
                writeln!(w, "  - {reason}")?;
            }
        }
        writeln!(
            w,
            "length: {}; score: {} of 4; estimated guesses: {}10^{:.1}",
            self.length,
            self.score,
            if self.guesses_lower_bound {
                "at least "
            } else {
                ""
            },
            self.guesses_log10
        )?;
        let t = &self.crack_times;
        writeln!(
            w,
            "time to crack: {} offline (fast hash, 10^10/s), {} offline (slow hash, 10^4/s), \
             {} online (10/s)",
            t.offline_fast_hashing_1e10_per_second.display,
            t.offline_slow_hashing_1e4_per_second.display,
            t.online_no_throttling_10_per_second.display
        )?;
        if self.breach_count == Some(0) {
            writeln!(
                w,
                "breaches: not found in Have I Been Pwned's Pwned Passwords"
            )?;
        }
        if let Some(warning) = &self.warning {
            writeln!(w, "warning: {warning}")?;
        }
        for suggestion in &self.suggestions {
            writeln!(w, "suggestion: {suggestion}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: Policy = Policy {
        min_length: 12,
        min_score: 3,
    };

    #[test]
    fn common_passwords_are_flagged_even_when_the_score_is_not_required() {
        let lenient = Policy {
            min_length: 0,
            min_score: 0,
        };
        for pw in [
            "password", "Password", "123456", "qwerty", "iloveyou", "p4ssw0rd",
        ] {
            let r = check(pw, lenient);
            assert!(r.common, "{pw}");
            assert!(!r.ok, "{pw}");
        }
        let r = check("correct-horse-battery-staple", lenient);
        assert!(!r.common);
        assert!(r.ok);
    }

    #[test]
    fn short_and_low_scoring_passwords_fail_with_reasons() {
        let r = check("Xk9#", POLICY);
        assert!(!r.ok);
        assert!(r.reasons.iter().any(|s| s.starts_with("too short")));
        let r = check("qwertyuiopasdfgh", POLICY);
        assert!(!r.ok);
        assert!(r.reasons.iter().any(|s| s.starts_with("too easy to guess")));
    }

    #[test]
    fn the_empty_password_fails_without_infinities() {
        let r = check("", POLICY);
        assert!(!r.ok);
        assert_eq!(r.length, 0);
        assert!(r.guesses_log10.is_finite());
    }

    #[test]
    fn random_passwords_pass() {
        let r = check("vT7#qLm2!xR9pZ4w", POLICY);
        assert!(r.ok, "{:?}", r.reasons);
        assert_eq!(r.score, 4);
    }

    #[test]
    fn the_text_report_never_contains_the_password() {
        for pw in ["letmein", "hunter2hunter2", "vT7#qLm2!xR9pZ4w", "zzz"] {
            let mut out = Vec::new();
            check(pw, POLICY).write_text(&mut out).expect("in memory");
            let text = String::from_utf8(out).expect("utf-8");
            assert!(!text.contains(pw), "{text}");
        }
    }
}
