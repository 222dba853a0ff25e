//! OpenSSH Ed25519 keys as `ssh-keygen -t ed25519` writes them, through RustCrypto's
//! `ssh-key`: the `-----BEGIN OPENSSH PRIVATE KEY-----` file (optionally encrypted with
//! aes256-ctr under bcrypt-pbkdf, 16 rounds and a 16-byte salt, ssh-keygen's defaults), the
//! one-line `.pub` file, and the `SHA256:` fingerprint `ssh-keygen -l` prints.
//!
//! The 32-byte seed, the salt and the check integer all come from the engine's CSPRNG; the
//! seed has 256 random bits. Reading a key bounds the work a hostile file can ask for: at
//! most [`MAX_KDF_ROUNDS`] bcrypt-pbkdf rounds.

use ssh_key::private::{Ed25519Keypair, KeypairData};
use ssh_key::{Cipher, HashAlg, Kdf, LineEnding, PrivateKey};
use zeroize::Zeroizing;

use super::KeyError;
use crate::RandomSource;

type Result<T, E = KeyError> = std::result::Result<T, E>;

/// bcrypt-pbkdf rounds of a new encrypted key: ssh-keygen's default (`-a 16`).
pub const KDF_ROUNDS: u32 = 16;
/// The most bcrypt-pbkdf rounds a key we read may ask for: 64 times ssh-keygen's default,
/// so a hostile key file cannot make us work for hours.
pub const MAX_KDF_ROUNDS: u32 = 64 * KDF_ROUNDS;
/// Salt bytes of a new encrypted key: ssh-keygen's.
const SALT_LEN: usize = 16;
/// Random bits in a new key's seed.
pub const SEED_BITS: u32 = 256;

/// A key pair in OpenSSH's formats.
pub struct KeyPair {
    /// The private key file, `-----BEGIN OPENSSH PRIVATE KEY-----` ... with a final newline.
    pub private: Zeroizing<String>,
    /// The `.pub` line: `ssh-ed25519 AAAA... comment`, without a newline.
    pub public: String,
    /// `256 SHA256:... comment (ED25519)`, as `ssh-keygen -l` prints it.
    pub fingerprint: String,
}

/// Refuses a comment that would break the `.pub` line or a terminal: control characters.
pub fn validate_comment(comment: &str) -> Result<()> {
    crate::text::check_printable("the comment", comment).map_err(KeyError::Comment)
}

/// A new Ed25519 key with `comment`, encrypted with `passphrase` when one is given.
pub fn generate(
    src: &mut RandomSource,
    comment: &str,
    passphrase: Option<&[u8]>,
) -> Result<KeyPair> {
    validate_comment(comment)?;
    let seed = super::random_32(src)?;
    let keypair = Ed25519Keypair::from_seed(&seed);
    let key = PrivateKey::new(KeypairData::from(keypair), comment)?;
    let public = key.public_key().to_openssh()?;
    let fingerprint = fingerprint_line(&key);
    let key = match passphrase {
        None => key,
        Some(pass) => {
            let mut salt = vec![0u8; SALT_LEN];
            src.fill(&mut salt)?;
            let checkint = src.next_u32()?;
            let kdf = Kdf::Bcrypt {
                salt,
                rounds: KDF_ROUNDS,
            };
            key.encrypt_with(Cipher::Aes256Ctr, kdf, checkint, pass)?
        }
    };
    Ok(KeyPair {
        private: key.to_openssh(LineEnding::LF)?,
        public,
        fingerprint,
    })
}

fn fingerprint_line(key: &PrivateKey) -> String {
    let comment = match key.comment() {
        "" => "no comment",
        c => c,
    };
    format!(
        "256 {} {comment} (ED25519)",
        key.fingerprint(HashAlg::Sha256)
    )
}

/// The `.pub` line and fingerprint of a private key file (`ssh-keygen -y` and `-l`),
/// decrypting it with `passphrase` when it is encrypted.
///
/// Errors name what is wrong, never the key or the passphrase.
pub fn public_of(text: &[u8], passphrase: Option<&[u8]>) -> Result<(String, String)> {
    let Ok(key) = PrivateKey::from_openssh(text) else {
        return Err(KeyError::NotOpenssh);
    };
    let key = if key.is_encrypted() {
        if let Kdf::Bcrypt { rounds, .. } = key.kdf() {
            if *rounds > MAX_KDF_ROUNDS {
                return Err(KeyError::TooManyRounds(*rounds));
            }
        }
        let Some(pass) = passphrase else {
            return Err(KeyError::Encrypted);
        };
        match key.decrypt(pass) {
            Ok(k) => k,
            Err(_) => return Err(KeyError::WrongPassphrase),
        }
    } else {
        key
    };
    if key.algorithm() != ssh_key::Algorithm::Ed25519 {
        return Err(KeyError::NotEd25519(key.algorithm().as_str().to_owned()));
    }
    Ok((key.public_key().to_openssh()?, fingerprint_line(&key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_read_back_with_and_without_a_passphrase() {
        let mut src = RandomSource::new();
        let plain = generate(&mut src, "ci@example", None).expect("generates");
        assert!(
            plain
                .private
                .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----\n")
        );
        assert!(
            plain
                .public
                .starts_with("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")
        );
        assert!(plain.public.ends_with(" ci@example"));
        let (public, fp) = public_of(plain.private.as_bytes(), None).expect("reads");
        assert_eq!((public, fp), (plain.public, plain.fingerprint));

        let locked = generate(&mut src, "", Some(b"correct horse")).expect("generates");
        assert!(public_of(locked.private.as_bytes(), None).is_err());
        assert!(public_of(locked.private.as_bytes(), Some(b"wrong")).is_err());
        let (public, _) =
            public_of(locked.private.as_bytes(), Some(b"correct horse")).expect("decrypts");
        assert_eq!(public, locked.public);
        assert!(locked.fingerprint.contains("no comment"));
    }

    #[test]
    fn comments_with_control_characters_are_refused() {
        assert!(generate(&mut RandomSource::new(), "a\nb", None).is_err());
    }
}
