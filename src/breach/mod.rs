//! `check --breached`: has a password been seen in a data breach? Asks Have I Been Pwned's
//! Pwned Passwords, offline from the downloadable file (the engine's
//! [`secrets_core::breach`]) or online through the k-anonymous range API ([`range`]). Both
//! key on the SHA-1 of the password's UTF-8 bytes.
//!
//! The count is the number of times the password was seen across breaches (HIBP's
//! figure); it is not secret and is reported. The password's hash is held in wiped memory
//! and never printed.

pub mod range;

use std::path::Path;
use std::time::Duration;

use anyhow::Result;
pub use secrets_core::breach::{BreachError, HibpFile, Sha1, sha1};

/// Where to look a password up, checked before the password is read.
#[derive(Debug)]
pub enum Breaches {
    /// The downloaded Pwned Passwords file (SHA-1, ordered by hash).
    File(HibpFile),
    /// The range API at a base URL, with a timeout.
    Range(range::BaseUrl, Duration),
}

impl Breaches {
    /// Opens and checks the file (its first and last lines).
    pub fn file(path: &Path) -> Result<Breaches> {
        Ok(Breaches::File(HibpFile::open(path).map_err(breach_error)?))
    }

    /// Checks the base URL (`None`: the public service).
    pub fn range(url: Option<&str>, timeout: Duration) -> Result<Breaches> {
        let base = match url {
            Some(url) => range::BaseUrl::parse(url)?,
            None => range::BaseUrl::default(),
        };
        Ok(Breaches::Range(base, timeout))
    }

    /// How many times `password` was seen in breaches; 0 when it was not.
    pub fn count(&self, password: &[u8]) -> Result<u64> {
        let hash = sha1(password);
        match self {
            Breaches::File(f) => f.count(&hash).map_err(breach_error),
            Breaches::Range(base, timeout) => range::count(base, *timeout, &hash),
        }
    }
}

/// A breach file's error as the command line says it, with what to do about it.
fn breach_error(e: BreachError) -> anyhow::Error {
    let hint = match e {
        BreachError::NotRegular(_) => {
            "\nhint: --hibp-file takes the downloaded pwned-passwords-sha1-ordered-by-hash file"
        }
        BreachError::Malformed { .. } => {
            "\nhint: --hibp-file takes pwned-passwords-sha1-ordered-by-hash (HASH:COUNT lines); \
             the NTLM edition is not supported"
        }
        BreachError::Unordered(_) => {
            "\nhint: download the \"ordered by hash\" edition, or sort it: LC_ALL=C sort -u \
             -t: -k1,1"
        }
        _ => "",
    };
    let text = match &e {
        BreachError::Io { source, .. } => format!("{e}: {source}"),
        _ => e.to_string(),
    };
    anyhow::anyhow!("{text}{hint}")
}
