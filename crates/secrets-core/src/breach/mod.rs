//! Has a password been seen in a data breach? Offline lookup in Have I Been Pwned's
//! downloadable Pwned Passwords file ([`file`]), keyed on the SHA-1 of the password's UTF-8
//! bytes (the online range API is the command line's, which has an HTTP client).
//!
//! The count is the number of times the password was seen across breaches (HIBP's
//! figure); it is not secret and is reported. The password's hash is held in wiped memory
//! and never printed; errors name the file, never the password or its hash.

pub mod file;

use sha1::Digest;
use zeroize::Zeroizing;

pub use file::{HibpFile, Sha1};

/// Why a Pwned Passwords file cannot be searched.
#[derive(Debug, thiserror::Error)]
pub enum BreachError {
    /// The OS refused: opening or reading the file.
    #[error("{what} {path}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The file.
        path: String,
        /// The OS's error.
        #[source]
        source: std::io::Error,
    },
    /// A directory, FIFO or device.
    #[error("{0} is not a regular file")]
    NotRegular(String),
    /// An empty file.
    #[error("{0} is empty, not a Pwned Passwords file")]
    Empty(String),
    /// Only line ends.
    #[error("{0} has no lines")]
    NoLines(String),
    /// A line that is not `SHA1HEX:COUNT` (the NTLM edition included).
    #[error("{path} is not a Pwned Passwords SHA-1 file: {why}{at}")]
    Malformed {
        /// The file.
        path: String,
        /// What is wrong with the line.
        why: &'static str,
        /// Where, when telling it reveals nothing of the password.
        at: String,
    },
    /// Lines out of order, or a hash repeated.
    #[error(
        "{0} is not ordered by hash (or repeats a hash); a binary search needs the file \
         ordered by hash"
    )]
    Unordered(String),
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
