//! `check --breached`: has a password been seen in a data breach? Asks Have I Been Pwned's
//! Pwned Passwords, offline from the downloadable file ([`file`]) or online through the
//! k-anonymous range API ([`range`]). Both key on the SHA-1 of the password's UTF-8 bytes.
//!
//! The count is the number of times the password was seen across breaches (HIBP's
//! figure); it is not secret and is reported. The password's hash is held in wiped memory
//! and never printed.

pub mod file;
pub mod range;

use std::path::Path;
use std::time::Duration;

use anyhow::Result;
use sha1::Digest;
use zeroize::Zeroizing;

pub use file::Sha1;

/// Where to look a password up, checked before the password is read.
#[derive(Debug)]
pub enum Breaches {
    /// The downloaded Pwned Passwords file (SHA-1, ordered by hash).
    File(file::HibpFile),
    /// The range API at a base URL, with a timeout.
    Range(range::BaseUrl, Duration),
}

impl Breaches {
    /// Opens and checks the file (its first and last lines).
    pub fn file(path: &Path) -> Result<Breaches> {
        Ok(Breaches::File(file::HibpFile::open(path)?))
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
            Breaches::File(f) => f.count(&hash),
            Breaches::Range(base, timeout) => range::count(base, *timeout, &hash),
        }
    }
}

/// The SHA-1 of `password`, in memory that is wiped when dropped.
pub fn sha1(password: &[u8]) -> Zeroizing<Sha1> {
    let mut hasher = sha1::Sha1::new();
    hasher.update(password);
    Zeroizing::new(hasher.finalize().into())
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha1_is_hibps_key() {
        // HIBP's own example: "password" is 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8.
        assert_eq!(
            hex::encode_upper(*super::sha1(b"password")),
            "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"
        );
    }
}
