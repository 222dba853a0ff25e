//! The "Server" family: `serve` and the key-minting `serve-key`.

use std::path::PathBuf;

use clap::{Args, Subcommand, value_parser};

use secrets_server::client::Cidr;

/// The subcommands of the "Server" family of `secrets --help`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log.
    #[command(
        long_about = "Serve the generators and the password check over HTTP/1.1 and HTTP/2, so \
that every internal tool gets its secrets from one audited place.

Routes: GET /api/generate (a simple password route: length 4-128, lowercase, uppercase, \
digits, special, exclude; answers {\"password\", \"length\"}), GET /v1/password, /v1/passphrase, \
/v1/token-hex, /v1/token-urlsafe, /v1/otp, /v1/apikey, /v1/int, /v1/choice, /v1/uuid, \
/v1/ulid, /v1/nanoid, /v1/key (parameters are the long flags without --, the same options and \
limits as the command line; the answer a JSON array of the objects --json prints; count at \
most 100), POST /v1/check (JSON body {\"password\", \"min-length\", \"min-score\"} or {\"password\", \
\"rules\"}: the verdict of check --json), GET /healthz, GET /metrics (Prometheus), GET /openapi.json (OpenAPI 3.1). \
Every draw is exactly uniform. Unknown or repeated parameters are refused with 400, and errors \
never repeat a value that was sent. There are no hashing endpoints: a server should not \
receive passwords to hash.

HTTPS with --tls-cert and --tls-key (PEM; rustls). Plain HTTP is allowed on a loopback \
address; elsewhere it needs --insecure-http (behind a TLS-terminating proxy) and warns.

With --api-keys FILE, every route but /healthz and /openapi.json (and /metrics with \
--metrics-public) needs `Authorization: Bearer KEY`; FILE holds SHA-256 hashes only (see \
serve-key). Each client is rate limited (per key, else per address; X-Forwarded-For only from \
--trust-proxy networks; IPv6 addresses by their /64, --ipv6-prefix): --rate-limit per minute \
(0: off), shared between replicas with --rate-limit-redis. Every request is logged as a JSON line (time, client, key id, route, \
parameters, status, duration; never a secret, key or password) on standard error or in \
--audit-log FILE. SIGHUP re-reads the key file.

The server prints `listening on http://ADDR:PORT` on standard error once it accepts \
connections, and on SIGTERM or SIGINT stops accepting, lets requests in flight finish (at \
most --shutdown-grace seconds) and exits 0.

Every option can also be set by its environment variable (SECRETS_BIND, SECRETS_API_KEYS, \
SECRETS_AUDIT_LOG, SECRETS_TLS_CERT, SECRETS_TLS_KEY, SECRETS_RATE_LIMIT, ...; see each \
option), for containers; a command-line option wins over its variable.",
        after_long_help = "\
Examples:
  secrets serve                                   http://127.0.0.1:8080, no keys, 60/min
  curl 'http://127.0.0.1:8080/api/generate?length=20&special=true'
  curl 'http://127.0.0.1:8080/v1/passphrase?words=5&count=3'
  secrets serve-key --api-keys keys.txt --name ci   mint a key (printed once)
  secrets serve --bind 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem \\
      --api-keys keys.txt --audit-log audit.jsonl --rate-limit-redis redis://127.0.0.1/"
    )]
    Serve(ServeArgs),
    /// Mint an API key for `serve`: print it once, append its SHA-256 to the key file.
    #[command(
        long_about = "Mint an API key for `serve --api-keys FILE`: a checksummed key in the \
format of `apikey --checksum` (PREFIX, 30 random base62 characters, 178 bits, and a CRC32 \
checksum), printed once on standard output. Its SHA-256 is appended to FILE as `NAME HASH` \
(FILE is created with mode 0600; a symbolic link is refused). The key itself is stored \
nowhere: keep it where the client reads it.

A fast hash is enough for keys this random: a slow KDF protects guessable passwords, but \
finding a 178-bit key from its SHA-256 is out of reach anyway, and a slow hash would make \
every request expensive. Remove a key by deleting its line; send the server SIGHUP to re-read \
the file.",
        after_long_help = "\
Examples:
  secrets serve-key --api-keys keys.txt --name ci > ci.key
  curl -H \"Authorization: Bearer $(cat ci.key)\" http://127.0.0.1:8080/v1/password"
    )]
    ServeKey(ServeKeyArgs),
}

/// Options of `secrets serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Listen on this address (or host name) and port (port 0: any free port); a host name
    /// is resolved at start-up and its first address used.
    #[arg(
        long,
        value_name = "HOST:PORT",
        default_value = "127.0.0.1:8080",
        env = "SECRETS_BIND"
    )]
    pub bind: String,

    /// Serve HTTPS with this PEM certificate chain (with --tls-key).
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_key",
        help_heading = "TLS",
        env = "SECRETS_TLS_CERT"
    )]
    pub tls_cert: Option<PathBuf>,

    /// The PEM private key of --tls-cert.
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_cert",
        help_heading = "TLS",
        env = "SECRETS_TLS_KEY"
    )]
    pub tls_key: Option<PathBuf>,

    /// Allow plain HTTP on an address that is not loopback (behind a TLS-terminating proxy).
    #[arg(
        long,
        conflicts_with = "tls_cert",
        help_heading = "TLS",
        env = "SECRETS_INSECURE_HTTP"
    )]
    pub insecure_http: bool,

    /// Require `Authorization: Bearer KEY` with a key whose hash is in FILE (see serve-key).
    #[arg(
        long,
        value_name = "FILE",
        help_heading = "Access",
        env = "SECRETS_API_KEYS"
    )]
    pub api_keys: Option<PathBuf>,

    /// With --api-keys, serve /metrics without a key.
    #[arg(
        long,
        requires = "api_keys",
        help_heading = "Access",
        env = "SECRETS_METRICS_PUBLIC"
    )]
    pub metrics_public: bool,

    /// Allow browser requests from this origin (CORS); repeat for more. Default: no CORS.
    #[arg(
        long,
        value_name = "ORIGIN",
        help_heading = "Access",
        env = "SECRETS_CORS_ORIGIN",
        value_delimiter = ','
    )]
    pub cors_origin: Vec<String>,

    /// Requests per minute per client (per key, else per address); 0 turns limiting off.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 60,
        help_heading = "Rate limiting",
        env = "SECRETS_RATE_LIMIT"
    )]
    pub rate_limit: u32,

    /// Requests a client may make at once [default: the per-minute rate].
    #[arg(long, value_name = "N", value_parser = value_parser!(u32).range(1..),
          help_heading = "Rate limiting", env = "SECRETS_RATE_LIMIT_BURST")]
    pub rate_limit_burst: Option<u32>,

    /// Share the limit between replicas through this Redis (redis://HOST:PORT/DB); a URL with
    /// a password belongs in the environment variable, not on the command line.
    #[arg(
        long,
        value_name = "URL",
        env = "SECRETS_RATE_LIMIT_REDIS",
        hide_env_values = true,
        help_heading = "Rate limiting"
    )]
    pub rate_limit_redis: Option<String>,

    /// Believe X-Forwarded-For from proxies in this network (CIDR or address); repeatable.
    #[arg(
        long,
        value_name = "CIDR",
        help_heading = "Rate limiting",
        env = "SECRETS_TRUST_PROXY",
        value_delimiter = ','
    )]
    pub trust_proxy: Vec<Cidr>,

    /// IPv6 clients are one client per this many leading bits of their address, for the
    /// rate limit and the connection cap (a subscriber usually holds a whole /64).
    #[arg(long, value_name = "BITS", default_value_t = 64, env = "SECRETS_IPV6_PREFIX",
          value_parser = value_parser!(u8).range(16..=128), help_heading = "Rate limiting")]
    pub ipv6_prefix: u8,

    /// Append the audit log (JSON Lines) to FILE, created 0600 [default: standard error].
    #[arg(
        long,
        value_name = "FILE",
        help_heading = "Operation",
        env = "SECRETS_AUDIT_LOG"
    )]
    pub audit_log: Option<PathBuf>,

    /// Open connections at most; more wait in the kernel's queue.
    #[arg(long, value_name = "N", default_value_t = 1024,
          value_parser = value_parser!(u32).range(1..=1_000_000), help_heading = "Operation", env = "SECRETS_MAX_CONNECTIONS")]
    pub max_connections: u32,

    /// Open connections from one client address at most (IPv6 by --ipv6-prefix); more are
    /// closed at once, so one client cannot hold every connection (slowloris). 0: no cap.
    /// Behind a proxy every connection comes from the proxy: raise it or use 0.
    #[arg(long, value_name = "N", default_value_t = 64,
          value_parser = value_parser!(u32).range(0..=1_000_000), help_heading = "Operation", env = "SECRETS_MAX_CONNECTIONS_PER_CLIENT")]
    pub max_connections_per_client: u32,

    /// Worker threads [default: one per CPU].
    #[arg(long, value_name = "N", value_parser = value_parser!(u32).range(1..=1024),
          help_heading = "Operation", env = "SECRETS_THREADS")]
    pub threads: Option<u32>,

    /// On SIGTERM or SIGINT, give requests in flight this long to finish.
    #[arg(long, value_name = "SECONDS", default_value_t = 10,
          value_parser = value_parser!(u64).range(0..=3600), help_heading = "Operation", env = "SECRETS_SHUTDOWN_GRACE")]
    pub shutdown_grace: u64,
}

/// Options of `secrets serve-key`.
#[derive(Debug, Clone, Args)]
pub struct ServeKeyArgs {
    /// The key file of `serve --api-keys`; created 0600 if missing.
    #[arg(long, value_name = "FILE")]
    pub api_keys: PathBuf,

    /// A name for the key in FILE (who or what uses it): A-Z a-z 0-9 . _ @ -
    #[arg(long, value_name = "NAME", default_value = "key")]
    pub name: String,

    /// The key's prefix.
    #[arg(long, value_name = "P", default_value = "sk_live_")]
    pub prefix: String,
}
