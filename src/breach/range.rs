//! The Pwned Passwords range API (k-anonymity): `GET {base}/range/{first 5 hex digits of
//! the SHA-1}` answers with the suffixes (the other 35 hex digits) of every breached
//! password sharing that prefix, `SUFFIX:COUNT` per line.
//!
//! Guarantees:
//! * only the 5-hex prefix leaves the machine (in the request path); the request asks for
//!   padding (`Add-Padding: true`: the answer is padded with fake suffixes of count 0, so
//!   its size does not tell the prefix), and padding entries count as absent;
//! * the suffix is compared with every line of the answer in constant time (`subtle`),
//!   with no early exit: the time taken depends on the answer, not on where (or whether)
//!   the password's suffix is in it;
//! * the answer is bounded: at most [`MAX_RESPONSE`] bytes, within the timeout for the
//!   connection and the whole exchange; no redirects are followed;
//! * plain `http://` only to a loopback address (a local test server); anything else
//!   must be `https://` (rustls with the Mozilla roots of webpki-roots);
//! * errors never contain the prefix, the suffix or the password.

use std::time::Duration;

use anyhow::{Result, bail};
use subtle::{ConditionallySelectable, ConstantTimeEq};
use zeroize::Zeroizing;

use super::Sha1;

/// The public service.
pub const DEFAULT_URL: &str = "https://api.pwnedpasswords.com";

/// The largest answer read: a real one (with padding) is 20 to 40 kB.
pub const MAX_RESPONSE: u64 = 2 * 1024 * 1024;

/// The default time allowed for connecting and for the whole exchange.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// A checked base URL: `https://HOST[:PORT][/PATH]`, or `http://` to a loopback host;
/// without a trailing `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    url: String,
    /// A loopback host: reached directly, never through a proxy from the environment.
    loopback: bool,
}

impl BaseUrl {
    /// Checks `url`: scheme, no credentials, query or fragment, no control characters or
    /// spaces; `http://` only for a loopback address, `127.0.0.0/8` or `[::1]`.
    pub fn parse(url: &str) -> Result<BaseUrl> {
        if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
            bail!("--hibp-url contains spaces or control characters");
        }
        let lower = url.to_ascii_lowercase();
        let (https, rest) = if let Some(rest) = lower.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = lower.strip_prefix("http://") {
            (false, rest)
        } else {
            bail!("--hibp-url {url} is not an https:// URL");
        };
        if rest.contains(['?', '#']) {
            bail!("--hibp-url {url} has a query or fragment; give the base URL only");
        }
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.contains('@') {
            bail!("--hibp-url {url} contains credentials; they are not supported");
        }
        let host = if let Some(v6) = authority.strip_prefix('[') {
            v6.split(']').next().unwrap_or_default()
        } else {
            authority.split(':').next().unwrap_or_default()
        };
        if host.is_empty() {
            bail!("--hibp-url {url} has no host");
        }
        if !https && !is_loopback(host) {
            bail!(
                "--hibp-url {url}: plain http:// is accepted only for a loopback address \
                 (a local test server)\nhint: use https://, or http://127.0.0.1 rather than \
                 a name"
            );
        }
        Ok(BaseUrl {
            url: url.trim_end_matches('/').to_owned(),
            loopback: is_loopback(host),
        })
    }

    /// The URL as given, without a trailing `/`.
    pub fn as_str(&self) -> &str {
        &self.url
    }
}

impl Default for BaseUrl {
    fn default() -> Self {
        BaseUrl {
            url: DEFAULT_URL.to_owned(),
            loopback: false,
        }
    }
}

/// A loopback address written as one: not a name such as `localhost`, which resolves to
/// whatever the resolver says (an /etc/hosts entry could send plain http elsewhere).
fn is_loopback(host: &str) -> bool {
    host == "::1"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Without the `hibp` feature there is no HTTPS client to ask with.
#[cfg(not(feature = "hibp"))]
pub fn count(_: &BaseUrl, _: Duration, _: &Sha1) -> Result<u64> {
    bail!(
        "this secrets was built without the Pwned Passwords client (the `hibp` feature)\n\
         hint: check against a downloaded file with --breached FILE, or rebuild with default \
         features"
    )
}

/// Asks the range API how many times `hash` was seen in breaches; 0 when absent.
#[cfg(feature = "hibp")]
pub fn count(base: &BaseUrl, timeout: Duration, hash: &Sha1) -> Result<u64> {
    let hex = Zeroizing::new(hex::encode_upper(hash));
    let (prefix, suffix) = hex.split_at(5);
    let url = format!("{}/range/{prefix}", base.as_str());
    // Where errors say the request went: without the prefix.
    let shown = format!("{}/range/…", base.as_str());
    // A proxy from the environment (ALL_PROXY, HTTPS_PROXY, HTTP_PROXY, NO_PROXY) is used,
    // except for a loopback server, which a proxy could not reach.
    let proxy = if base.loopback {
        None
    } else {
        ureq::Proxy::try_from_env()
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .proxy(proxy)
        .timeout_connect(Some(timeout))
        .timeout_global(Some(timeout))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!("secrets-cli/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let scrub = |e: ureq::Error| -> anyhow::Error {
        let what = match e {
            ureq::Error::Timeout(_) => format!("timed out after {} s", timeout.as_secs()),
            ureq::Error::BodyExceedsLimit(_) => {
                format!("the answer is larger than {} MiB", MAX_RESPONSE >> 20)
            }
            // The library's message may quote the request; never let the prefix through.
            other => other.to_string().replace(prefix, "…"),
        };
        anyhow::anyhow!("querying the Pwned Passwords range API at {shown}: {what}")
    };
    let mut response = agent
        .get(&url)
        .header("Add-Padding", "true")
        .call()
        .map_err(scrub)?;
    let status = response.status();
    if status != 200 {
        bail!(
            "the Pwned Passwords range API at {shown} answered HTTP {}{}",
            status.as_u16(),
            status
                .canonical_reason()
                .map(|r| format!(" {r}"))
                .unwrap_or_default()
        );
    }
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_RESPONSE)
        .read_to_vec()
        .map_err(scrub)?;
    let mut wanted = Zeroizing::new([0u8; 35]);
    wanted.copy_from_slice(suffix.as_bytes());
    parse_range(&body, &wanted).map_err(|line| {
        anyhow::anyhow!(
            "the Pwned Passwords range API at {shown} answered line {line}, which is not \
             35 hex digits, ':' and a count"
        )
    })
}

/// The count of `suffix` (35 upper-case hex digits) in a range answer, 0 if absent or a
/// padding entry; `Err(line number)` for a malformed line. Every line is parsed and
/// compared; the comparison and the selection of the count are constant-time.
pub fn parse_range(body: &[u8], suffix: &[u8; 35]) -> Result<u64, usize> {
    let mut found = 0u64;
    let mut line_suffix = Zeroizing::new([0u8; 35]);
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let (hex, rest) = line.split_at(line.len().min(35));
        let digits = rest.strip_prefix(b":").ok_or(i + 1)?;
        if hex.len() != 35
            || !hex.iter().all(u8::is_ascii_hexdigit)
            || digits.is_empty()
            || digits.len() > 20
            || !digits.iter().all(u8::is_ascii_digit)
        {
            return Err(i + 1);
        }
        let count = std::str::from_utf8(digits)
            .ok()
            .and_then(|d| d.parse::<u64>().ok())
            .ok_or(i + 1)?;
        for (out, &c) in line_suffix.iter_mut().zip(hex) {
            *out = c.to_ascii_uppercase();
        }
        let same = line_suffix.as_slice().ct_eq(suffix.as_slice());
        found.conditional_assign(&count, same);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUFFIX: &[u8; 35] = b"1E4C9B93F3F0682250B6CF8331B7EE68FD8";

    #[test]
    fn the_suffix_is_found_and_padding_is_absent() {
        let body = b"0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n\
                     1E4C9B93F3F0682250B6CF8331B7EE68FD8:3861493\r\n\
                     FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0";
        assert_eq!(parse_range(body, SUFFIX), Ok(3_861_493));
        let padded = b"1e4c9b93f3f0682250b6cf8331b7ee68fd8:0\n";
        assert_eq!(parse_range(padded, SUFFIX), Ok(0));
        assert_eq!(parse_range(b"", SUFFIX), Ok(0));
    }

    #[test]
    fn malformed_lines_are_errors_with_their_number() {
        assert_eq!(
            parse_range(b"0018A45C4D1DEF81644B54AB7F969B88D65:1\nxyz\n", SUFFIX),
            Err(2)
        );
        assert_eq!(
            parse_range(b"0018A45C4D1DEF81644B54AB7F969B88D6:1\n", SUFFIX),
            Err(1)
        );
        assert_eq!(
            parse_range(b"0018A45C4D1DEF81644B54AB7F969B88D65:\n", SUFFIX),
            Err(1)
        );
        assert_eq!(parse_range(b"<html>\n", SUFFIX), Err(1));
    }

    #[test]
    fn base_urls_are_https_or_loopback() {
        for ok in [
            "https://api.pwnedpasswords.com",
            "https://example.org:8443/hibp/",
            "http://127.0.0.1:8080",
            "http://[::1]:99",
        ] {
            assert!(BaseUrl::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            BaseUrl::parse("https://h.example/p/").expect("ok").as_str(),
            "https://h.example/p"
        );
        for bad in [
            "http://api.pwnedpasswords.com",
            "http://10.0.0.1",
            "http://localhost:1234/x",
            "http://127.0.0.1.example.com",
            "ftp://x",
            "https://user:pw@host",
            "https://host/?q=1",
            "https://",
            "https://host\n",
        ] {
            assert!(BaseUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
