//! HTTPS: rustls with the `ring` provider, TLS 1.2 and 1.3, ALPN offering HTTP/2 then
//! HTTP/1.1. The certificate chain and key are PEM files (`--tls-cert`, `--tls-key`).

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use rustls::ServerConfig;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

/// The longest certificate chain or key file read; real ones are a few kilobytes.
const MAX_PEM: u64 = 1024 * 1024;

/// The server's TLS configuration from PEM files.
pub(crate) fn config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>> {
    let cert_pem = read_pem(cert, "the certificate chain")?;
    let certs = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("reading the certificate chain {}", cert.display()))?;
    if certs.is_empty() {
        bail!("{} holds no certificate (PEM)", cert.display());
    }
    let key_pem = read_pem(key, "the private key")?;
    let key = PrivateKeyDer::from_pem_slice(&key_pem)
        .with_context(|| format!("reading the private key {}", key.display()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .context("the certificate and the private key do not go together")?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Reads a PEM file: a regular file (a FIFO without a writer or a device such as /dev/zero
/// is refused, not read forever) of at most [`MAX_PEM`] bytes, into a buffer wiped on drop
/// (the key file holds the server's private key).
fn read_pem(path: &Path, what: &str) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    use std::os::unix::fs::OpenOptionsExt;
    let shown = || format!("reading {what} {}", path.display());
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .with_context(shown)?;
    let meta = file.metadata().with_context(shown)?;
    if !meta.is_file() {
        bail!("{what} {} is not a regular file", path.display());
    }
    if meta.len() > MAX_PEM {
        bail!(
            "{what} {} is larger than {} KiB; a PEM file is a few kilobytes",
            path.display(),
            MAX_PEM >> 10
        );
    }
    let limit = usize::try_from(MAX_PEM).unwrap_or(usize::MAX);
    secrets_core::secret::read_to_end(file, limit, Some(meta.len())).with_context(shown)
}
