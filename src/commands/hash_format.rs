//! How `secrets hash` prints a hash: bare or as an htpasswd line, optionally escaped for
//! docker-compose.

use std::io::Write;

use anyhow::{Result, bail};

use crate::cli::{Escape, HashAlgorithm, HashArgs, HashFormat};

/// The checked `--user` of `--format htpasswd`, or `None` for a bare hash.
///
/// htpasswd lines are bcrypt (`$2y$`, as `htpasswd -B`), or sha512-crypt/yescrypt, which
/// Apache and nginx read through the system's crypt(3); argon2id (the default) is replaced
/// by bcrypt, and scrypt is refused.
pub(super) fn htpasswd_user(args: &HashArgs) -> Result<Option<&str>> {
    match (args.format, args.user.as_deref()) {
        (HashFormat::Plain, None) => Ok(None),
        (HashFormat::Plain, Some(_)) => {
            bail!("--user names the user of an htpasswd line\nhint: add --format htpasswd")
        }
        (HashFormat::Htpasswd, None) => {
            bail!("--format htpasswd needs the user name\nhint: add --user NAME")
        }
        (HashFormat::Htpasswd, Some(user)) => {
            secrets_core::text::check_printable("the --user", user).map_err(anyhow::Error::msg)?;
            if user.is_empty() || user.contains(':') || user.len() > 255 {
                bail!("the --user must be 1 to 255 bytes without ':' (htpasswd's rule)");
            }
            if args.algorithm == HashAlgorithm::Scrypt {
                bail!(
                    "Apache and nginx cannot read scrypt hashes\n\
                     hint: use --algorithm bcrypt (the default for htpasswd) or sha512-crypt"
                );
            }
            Ok(Some(user))
        }
    }
}

/// Writes `hash` (bcrypt's `$2b$` as `$2y$` for htpasswd lines) and a newline.
pub(super) fn write(
    w: &mut impl Write,
    hash: &str,
    user: Option<&str>,
    escape: Option<Escape>,
) -> Result<()> {
    let line = match user {
        // $2y$ and $2b$ are the same algorithm; $2y$ is what htpasswd writes and what
        // every Apache since 2.4 reads.
        Some(user) => match hash.strip_prefix("$2b$") {
            Some(rest) => format!("{user}:$2y${rest}"),
            None => format!("{user}:{hash}"),
        },
        None => hash.to_owned(),
    };
    match escape {
        Some(e) => e.write(w, &line)?,
        None => w.write_all(line.as_bytes())?,
    }
    w.write_all(b"\n")?;
    Ok(())
}
