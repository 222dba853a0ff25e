//! API keys: `Authorization: Bearer KEY`, checked against `--api-keys FILE`, which holds
//! only SHA-256 hashes (`NAME HEX` per line).
//!
//! A presented key is first checked for its CRC32 checksum (`apikey --checksum` format), so
//! garbage is rejected without hashing or a lookup. A well-formed key is hashed with SHA-256
//! and looked up in a map keyed by the hash: the lookup's timing depends on the hash, a
//! one-way function of the key, so it tells an attacker nothing about any stored key.
//!
//! Why a fast hash and not a slow KDF (Argon2, bcrypt): slow KDFs protect guessable secrets
//! (passwords) once their hashes leak. A key has 30 random base62 characters, 178 bits:
//! even at 10^12 SHA-256 guesses per second, finding a key from its hash takes about 10^41
//! years. A slow KDF would add nothing to that, and would make every request cost tens of
//! milliseconds of CPU, a denial of service for free.

use std::collections::HashMap;
use std::fs::OpenOptions;
use std::io::{BufRead, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use secrets_core::RandomSource;
use secrets_core::apikey;

/// The longest key accepted in a header (a prefix and the 36 characters).
pub const MAX_KEY_LEN: usize = 256;
/// The longest key file read.
const MAX_FILE: u64 = 16 * 1024 * 1024;

/// A known key: its id (first 8 hex digits of its hash) for the log.
#[derive(Debug, Clone)]
pub(crate) struct KeyInfo {
    pub(crate) id: String,
}

/// The keys of `--api-keys FILE`, by SHA-256.
/// Whoever owns the key file or can replace it in its directory can add keys, as sshd's
/// `StrictModes` reasons: the file must belong to this user or root, and its directory must
/// not be writable by group or others unless it has the sticky bit (as `/tmp` does, where
/// only a file's owner may rename or remove it).
fn check_owner_and_directory(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    #[allow(unsafe_code)]
    // SAFETY: geteuid takes no arguments, touches no memory and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me && meta.uid() != 0 {
        bail!(
            "the API key file {} belongs to uid {}, not to this user (uid {me}) or root: its \
             owner could add keys",
            path.display(),
            meta.uid()
        );
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let dir_meta = std::fs::metadata(dir)
        .with_context(|| format!("the directory of the API key file, {}", dir.display()))?;
    if dir_meta.mode() & 0o022 != 0 && dir_meta.mode() & 0o1000 == 0 {
        bail!(
            "the API key file's directory {} is writable by group or others, who could replace \
             the file\nhint: keep the key file in a directory only its owner can write",
            dir.display()
        );
    }
    Ok(())
}

#[derive(Debug, Default)]
pub(crate) struct Keys {
    by_hash: HashMap<[u8; 32], KeyInfo>,
}

impl Keys {
    /// Reads `path`: it must not be writable by group or others (whoever can write it can
    /// add a key), and each line is `NAME HEX` (or blank, or a `#` comment).
    pub(crate) fn load(path: &Path) -> Result<Keys> {
        let what = || format!("the API key file {}", path.display());
        let file = std::fs::File::open(path).with_context(what)?;
        let meta = file.metadata().with_context(what)?;
        if !meta.is_file() {
            bail!("{} is not a regular file", what());
        }
        if meta.mode() & 0o022 != 0 {
            bail!(
                "{} is writable by group or others, who could add keys\nhint: chmod 600 {}",
                what(),
                path.display()
            );
        }
        check_owner_and_directory(path, &meta)?;
        if meta.len() > MAX_FILE {
            bail!("{} is larger than {} MiB", what(), MAX_FILE >> 20);
        }
        let mut keys = Keys::default();
        let reader = std::io::BufReader::new(std::io::Read::take(file, MAX_FILE));
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(what)?;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let hash = match line.split_whitespace().collect::<Vec<_>>()[..] {
                [_name, hex] => parse_hash(hex),
                _ => None,
            };
            let Some(hash) = hash else {
                bail!(
                    "{}, line {}: expected `NAME SHA256-HEX`\nhint: make keys with `secrets serve-key`",
                    what(),
                    n + 1
                );
            };
            keys.by_hash.insert(
                hash,
                KeyInfo {
                    id: hex::encode(&hash[..4]),
                },
            );
        }
        Ok(keys)
    }

    /// Number of keys.
    pub(crate) fn len(&self) -> usize {
        self.by_hash.len()
    }

    /// The key an `Authorization` header value presents, if it is one of ours.
    pub(crate) fn verify(&self, header: Option<&[u8]>) -> Option<&KeyInfo> {
        let header = header?;
        let (scheme, key) = header.split_at(header.iter().position(|&b| b == b' ')?);
        if !scheme.eq_ignore_ascii_case(b"Bearer") {
            return None;
        }
        let key = key.trim_ascii();
        if key.len() > MAX_KEY_LEN || !apikey::checksum_is_valid(key, None) {
            return None;
        }
        self.by_hash.get(&hash_key(key))
    }
}

/// The key file and its keys, re-read on SIGHUP.
#[derive(Debug)]
pub(crate) struct KeyStore {
    path: std::path::PathBuf,
    keys: std::sync::RwLock<std::sync::Arc<Keys>>,
}

impl KeyStore {
    /// Reads `path` (see [`Keys::load`]).
    pub(crate) fn open(path: &Path) -> Result<KeyStore> {
        Ok(KeyStore {
            path: path.to_path_buf(),
            keys: std::sync::RwLock::new(std::sync::Arc::new(Keys::load(path)?)),
        })
    }

    /// The keys now.
    pub(crate) fn current(&self) -> std::sync::Arc<Keys> {
        match self.keys.read() {
            Ok(keys) => keys.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Re-reads the file; on an error the keys stay as they were. The number of keys now.
    pub(crate) fn reload(&self) -> Result<usize> {
        let keys = std::sync::Arc::new(Keys::load(&self.path)?);
        let n = keys.len();
        match self.keys.write() {
            Ok(mut current) => *current = keys,
            Err(poisoned) => *poisoned.into_inner() = keys,
        }
        Ok(n)
    }

    /// The file's path, for messages.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

/// SHA-256 of a key.
pub(crate) fn hash_key(key: &[u8]) -> [u8; 32] {
    Sha256::digest(key).into()
}

fn parse_hash(hex: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(hex, &mut out).ok()?;
    Some(out)
}

/// `serve-key`: makes a checksummed key, appends `NAME HASH` to `path` (created 0600, a
/// symbolic link refused), and returns the key for printing once.
pub fn mint(path: &Path, name: &str, prefix: &str) -> Result<Zeroizing<String>> {
    let plain = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._@-".contains(&b));
    if !plain {
        bail!("--name must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', '@' or '-'");
    }
    secrets_core::apikey::validate_apikey_prefix(prefix)?;
    let mut key = Zeroizing::new(String::with_capacity(prefix.len() + 40));
    apikey::checksummed_into(&mut RandomSource::new(), prefix, &mut key)?;
    let line = format!("{name} {}\n", hex::encode(hash_key(key.as_bytes())));
    let mut file = OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
        .with_context(|| {
            format!(
                "opening the API key file {} (a symbolic link is refused)",
                path.display()
            )
        })?;
    let meta = file.metadata()?;
    if !meta.is_file() || meta.mode() & 0o022 != 0 {
        bail!(
            "the API key file {} is not a regular file, or is writable by group or others",
            path.display()
        );
    }
    file.write_all(line.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing the API key file {}", path.display()))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_with(key: &str) -> Keys {
        let mut keys = Keys::default();
        keys.by_hash.insert(
            hash_key(key.as_bytes()),
            KeyInfo {
                id: "00000000".into(),
            },
        );
        keys
    }

    fn key() -> String {
        let mut key = String::new();
        let made = apikey::checksummed_into(&mut RandomSource::new(), "sk_live_", &mut key);
        assert!(made.is_ok());
        key
    }

    #[test]
    fn a_stored_key_is_accepted_with_any_case_of_bearer() {
        let k = key();
        let keys = keys_with(&k);
        assert!(
            keys.verify(Some(format!("Bearer {k}").as_bytes()))
                .is_some()
        );
        assert!(
            keys.verify(Some(format!("bearer {k}").as_bytes()))
                .is_some()
        );
        assert!(keys.verify(Some(format!("Basic {k}").as_bytes())).is_none());
        assert!(keys.verify(Some(k.as_bytes())).is_none());
        assert!(keys.verify(None).is_none());
    }

    #[test]
    fn a_valid_but_unknown_key_is_refused() {
        let keys = keys_with(&key());
        assert!(
            keys.verify(Some(format!("Bearer {}", key()).as_bytes()))
                .is_none()
        );
    }
}
