//! Python's `secrets` calls, one for one: `cargo run -p secrets-core --example python_api`.

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "token_bytes(16)   = {:02x?}",
        secrets_core::token_bytes(16)?.as_slice()
    )?;
    writeln!(
        out,
        "token_hex(16)     = {}",
        secrets_core::token_hex(16)?.as_str()
    )?;
    writeln!(
        out,
        "token_urlsafe(16) = {}",
        secrets_core::token_urlsafe(16)?.as_str()
    )?;
    writeln!(out, "randbelow(100)    = {}", secrets_core::randbelow(100)?)?;
    writeln!(out, "randbits(64)      = {}", secrets_core::randbits(64)?)?;
    writeln!(
        out,
        "choice(...)       = {:?}",
        secrets_core::choice(&["heads", "tails"])?
    )?;
    writeln!(
        out,
        "compare_digest    = {}",
        secrets_core::compare_digest(b"a", b"a")
    )?;
    Ok(())
}
