//! The times `totp --at` takes: Unix seconds or an RFC 3339 timestamp.
//!
//! Guarantees: `1234567890` and `2009-02-13T23:31:30Z` (or any offset, such as
//! `2009-02-14T00:31:30+01:00`) name the same second; fractions of a second are dropped
//! (a TOTP step starts on a whole second); times before 1970 are refused, since TOTP counts
//! from the Unix epoch.

use ::time::OffsetDateTime;
use ::time::format_description::well_known::Rfc3339;

/// Parses `--at TIME` into Unix seconds.
pub fn parse_time(text: &str) -> Result<u64, String> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text
            .parse()
            .map_err(|_| format!("must be at most {} Unix seconds", u64::MAX));
    }
    let when = OffsetDateTime::parse(text, &Rfc3339).map_err(|_| {
        "must be Unix seconds (1234567890) or an RFC 3339 time (2009-02-13T23:31:30Z)".to_owned()
    })?;
    u64::try_from(when.unix_timestamp())
        .map_err(|_| "must not be before 1970 (TOTP counts from the Unix epoch)".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_seconds_and_rfc_3339_agree() {
        assert_eq!(parse_time("1234567890"), Ok(1_234_567_890));
        assert_eq!(parse_time("2009-02-13T23:31:30Z"), Ok(1_234_567_890));
        assert_eq!(
            parse_time("2009-02-14T00:31:30.999+01:00"),
            Ok(1_234_567_890)
        );
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Ok(0));
        assert_eq!(parse_time("0"), Ok(0));
        assert!(parse_time("1969-12-31T23:59:59Z").is_err());
        assert!(parse_time("-1").is_err());
        assert!(parse_time("").is_err());
        assert!(parse_time("99999999999999999999999").is_err());
        assert!(parse_time("2009-02-13 23:31:30").is_err());
    }
}
