//! `--detect`: credentials found by their public, checkable format.
//!
//! * checksummed keys (`secrets apikey --checksum`) and GitHub tokens (`ghp_...`): a run
//!   of `[A-Za-z0-9_-]` whose last 36 characters are 30 base62 characters and their
//!   base62 CRC32 (verified, so a random run passes with probability 62^-6 < 2e-11);
//! * AWS access key ids: `AKIA`, `ASIA`, `ABIA` or `ACCA` and 16 of `A-Z2-7`;
//! * JWTs: `eyJ...` `.eyJ...` `.signature` (base64url JSON header and payload);
//! * PEM private key blocks: from `-----BEGIN ... PRIVATE KEY-----` to the matching
//!   `-----END ... PRIVATE KEY-----`, across lines (to the end of the stream if the END
//!   line never comes).
//!
//! Guarantees: works on whole lines, holding at most one incomplete line of up to
//! [`MAX_LINE`] bytes; a longer line is examined in pieces of that size (a token cut by a
//! piece boundary may then be missed; literal secrets are masked before this stage and are
//! not affected).

use std::io::{self, Write};

use regex::bytes::Regex;
use zeroize::Zeroizing;

/// The longest incomplete line held before it is examined anyway (1 MiB).
pub const MAX_LINE: usize = 1024 * 1024;

const TOKENS: &str = r"(?-u)(?P<pem>-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----)|(?P<jwt>eyJ[A-Za-z0-9_-]{2,8192}\.eyJ[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192})|(?P<aws>\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b)|(?P<run>[A-Za-z0-9_-]{36,1024})";
const PEM_END: &str = r"(?-u)-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----";

/// A line-based filter in front of `inner`.
pub struct Detector<W: Write> {
    tokens: Regex,
    pem_end: Regex,
    in_pem: bool,
    label: bool,
    pending: Zeroizing<Vec<u8>>,
    inner: W,
}

impl<W: Write> Detector<W> {
    /// A detector writing to `inner`; `label` writes `<redacted:KIND>` instead of `***`.
    pub fn new(inner: W, label: bool) -> io::Result<Detector<W>> {
        Ok(Detector {
            tokens: Regex::new(TOKENS).map_err(io::Error::other)?,
            pem_end: Regex::new(PEM_END).map_err(io::Error::other)?,
            in_pem: false,
            label,
            pending: Zeroizing::new(Vec::new()),
            inner,
        })
    }

    fn replacement(&mut self, kind: &str) -> io::Result<()> {
        if self.label {
            write!(self.inner, "<redacted:{kind}>")
        } else {
            self.inner.write_all(b"***")
        }
    }

    /// Examines complete text (whole lines, or a forced piece).
    fn examine(&mut self, text: &[u8]) -> io::Result<()> {
        let mut pos = 0;
        while pos < text.len() {
            if self.in_pem {
                match self.pem_end.find_at(text, pos) {
                    Some(m) => {
                        pos = m.end();
                        self.in_pem = false;
                    }
                    None => return Ok(()),
                }
                continue;
            }
            let Some(caps) = self.tokens.captures_at(text, pos) else {
                break;
            };
            let Some(m) = caps.get(0) else { break };
            let kind = if caps.name("pem").is_some() {
                Some("private-key")
            } else if caps.name("jwt").is_some() {
                Some("jwt")
            } else if caps.name("aws").is_some() {
                Some("aws-access-key-id")
            } else if is_checksummed(m.as_bytes()) {
                Some(if is_github(m.as_bytes()) {
                    "github-token"
                } else {
                    "apikey"
                })
            } else {
                None
            };
            self.inner.write_all(&text[pos..m.start()])?;
            match kind {
                Some(kind) => {
                    self.replacement(kind)?;
                    if kind == "private-key" {
                        self.in_pem = true;
                    }
                }
                None => self.inner.write_all(m.as_bytes())?,
            }
            pos = m.end();
        }
        self.inner.write_all(&text[pos.min(text.len())..])
    }

    /// Examines what is left and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        let rest = std::mem::take(&mut self.pending);
        self.examine(&rest)?;
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Detector<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf).map(|()| buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        crate::secret::reserve(&mut self.pending, buf.len())?;
        self.pending.extend_from_slice(buf);
        let cut = match self.pending.iter().rposition(|&b| b == b'\n') {
            Some(i) => i + 1,
            None if self.pending.len() >= MAX_LINE => self.pending.len(),
            None => return Ok(()),
        };
        let rest = Zeroizing::new(self.pending[cut..].to_vec());
        let text = std::mem::replace(&mut self.pending, rest);
        self.examine(&text[..cut])
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Whether the last 36 characters of `run` are 30 base62 characters and their checksum.
fn is_checksummed(run: &[u8]) -> bool {
    let Some(tail) = run.len().checked_sub(36).map(|i| &run[i..]) else {
        return false;
    };
    tail.iter().all(u8::is_ascii_alphanumeric) && crate::apikey::checksum(&tail[..30]) == tail[30..]
}

fn is_github(run: &[u8]) -> bool {
    run.len() == 40 && run.starts_with(b"gh") && run[3] == b'_' && b"pousr".contains(&run[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> String {
        let mut d = Detector::new(Vec::new(), true).expect("regex");
        d.write_all(text.as_bytes()).expect("memory");
        String::from_utf8(d.finish().expect("memory")).expect("utf-8")
    }

    #[test]
    fn public_formats_are_masked() {
        let key = {
            let random = "abcdefghijklmnopqrstuvwxyz0123";
            let sum = crate::apikey::checksum(random.as_bytes());
            format!("sk_live_{random}{}", String::from_utf8_lossy(&sum))
        };
        assert_eq!(detect(&format!("key={key}\n")), "key=<redacted:apikey>\n");
        assert_eq!(
            detect("id AKIAIOSFODNN7EXAMPLE ok\n"),
            "id <redacted:aws-access-key-id> ok\n"
        );
        assert_eq!(
            detect("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop\n"),
            "Bearer <redacted:jwt>\n"
        );
        assert_eq!(
            detect("a\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nb\n"),
            "a\n<redacted:private-key>\nb\n"
        );
    }

    #[test]
    fn unchecked_runs_pass() {
        let text = "sha 0123456789abcdef0123456789abcdef01234567\n";
        assert_eq!(detect(text), text);
    }
}
