//! `secrets totp`: print a code, verify one across a window, say how long the current one
//! lives, wait for a fresh one, or make a new secret.

use std::io::Write;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::cli::TotpArgs;
use crate::io::Sink;
use crate::source::{Source, StdinLines};
use secrets_core::RandomSource;
use secrets_core::mac::Digest;
use secrets_core::totp::verify::{self, Window};
use secrets_core::totp::{self, OtpKind};

use super::Outcome;

/// Everything a code depends on, from the flags or from an otpauth:// URI.
struct Settings {
    /// The decoded key; `None` only for `--remaining` without a secret.
    key: Option<Zeroizing<Vec<u8>>>,
    digest: Digest,
    digits: u32,
    period: u64,
    /// The HOTP counter (from --counter or an HOTP URI); `None` for TOTP.
    counter: Option<u64>,
    issuer: Option<String>,
    account: Option<String>,
}

pub(super) fn totp(args: &TotpArgs) -> Result<Outcome> {
    if args.new {
        return new_secret(args);
    }
    for (flag, given) in [
        ("--issuer", args.issuer.is_some()),
        ("--account", args.account.is_some()),
        ("--output", args.output.is_some()),
    ] {
        if given {
            bail!(
                "{flag} applies only with --new\n\
                 hint: `secrets totp --new {flag} ...` makes a secret; reading one prints codes"
            );
        }
    }
    let s = settings(args)?;
    if s.counter.is_some() && (args.time.is_some() || args.fresh.is_some() || args.remaining) {
        bail!(
            "--at, --fresh and --remaining are for TOTP; this is an HOTP counter\n\
             hint: an otpauth://hotp/ URI has a counter; give --counter N to choose another"
        );
    }
    if let Some(fresh) = args.fresh.filter(|&f| f > s.period) {
        bail!(
            "--fresh {fresh} is longer than the {}-second period, so no code is ever fresh enough",
            s.period
        );
    }
    let (counter, now) = match s.counter {
        Some(c) => (c, None),
        None => {
            let now = current_time(args, s.period)?;
            (totp::time_step(now, s.period), Some(now))
        }
    };
    let mut sink = Sink::open(None, false)?;
    if args.remaining {
        let now = now.unwrap_or_default();
        writeln!(sink, "{}", s.period - now % s.period)?;
        sink.finish()?;
        return Ok(Outcome::Success);
    }
    let Some(key) = &s.key else {
        bail!("a SECRET-SOURCE or --uri SOURCE is required");
    };
    if let Some(submitted) = &args.verify {
        return verify_code(args, &s, key, counter, submitted, sink);
    }
    let code = Zeroizing::new(totp::code(s.digest, key, counter, s.digits));
    if args.json {
        let mut value = serde_json::json!({
            "code": code.as_str(),
            "kind": if now.is_some() { "totp" } else { "hotp" },
            "counter": counter,
            "digits": s.digits,
            "algorithm": s.digest.name(),
        });
        if let Some(now) = now {
            value["period"] = s.period.into();
            value["time"] = now.into();
            value["remaining_seconds"] = (s.period - now % s.period).into();
        }
        if args.uri.is_some() {
            value["issuer"] = s.issuer.clone().into();
            value["account"] = s.account.clone().into();
        }
        let text = Zeroizing::new(serde_json::to_string(&value)?);
        writeln!(sink, "{}", text.as_str())?;
    } else {
        writeln!(sink, "{}", code.as_str())?;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

/// Reads the key and its settings from `--uri SOURCE`, SECRET-SOURCE, or neither (only
/// `--remaining` needs no key).
fn settings(args: &TotpArgs) -> Result<Settings> {
    let checked = |key: Zeroizing<Vec<u8>>, source: &Source| -> Result<Zeroizing<Vec<u8>>> {
        if key.len() < totp::MIN_SECRET_BYTES {
            bail!(
                "the TOTP secret from {} has {} bits; at least {} are required\n\
                 hint: RFC 4226 asks for 128 bits; `secrets totp --new` makes 160",
                source.describe(),
                key.len() * 8,
                totp::MIN_SECRET_BYTES * 8
            );
        }
        Ok(key)
    };
    if let Some(operand) = &args.uri {
        let source = Source::parse(operand).context("--uri")?;
        let text = source
            .read(&mut StdinLines::new())
            .context("reading the otpauth URI")?;
        let uri = totp::parse_uri(&text)
            .map_err(uri_error)
            .with_context(|| format!("--uri {}", source.describe()))?;
        let counter = match (args.counter, uri.kind) {
            (Some(c), _) => Some(c),
            (None, OtpKind::Hotp { counter }) => Some(counter),
            (None, OtpKind::Totp) => None,
        };
        return Ok(Settings {
            key: Some(checked(uri.key, &source)?),
            digest: uri.digest,
            digits: uri.digits,
            period: uri.period,
            counter,
            issuer: uri.issuer,
            account: uri.account,
        });
    }
    // Without SECRET-SOURCE the secret is a line of standard input, as for every reader;
    // only --remaining needs no secret.
    let operand = match (&args.source, args.remaining) {
        (Some(operand), _) => Some(operand.as_str()),
        (None, false) => Some("-"),
        (None, true) => None,
    };
    let key = match operand {
        Some(operand) => {
            let source = Source::parse(operand).context("the SECRET-SOURCE operand")?;
            let text = source
                .read(&mut StdinLines::new())
                .context("reading the TOTP secret")?;
            Some(checked(
                totp::decode_secret(&text).map_err(secret_error)?,
                &source,
            )?)
        }
        None => None,
    };
    Ok(Settings {
        key,
        digest: args.algorithm.digest(),
        digits: args.digits,
        period: args.period,
        counter: args.counter,
        issuer: None,
        account: None,
    })
}

/// `--at TIME` or the clock, moved to the start of the next step when `--fresh S` asks for
/// more time than is left in this one (waiting for it when the time is the clock's: less
/// than S seconds, and S is at most the period).
fn current_time(args: &TotpArgs, period: u64) -> Result<u64> {
    let clock = || {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .context("the system clock is before 1970")
    };
    let now = match args.time {
        Some(t) => t,
        None => clock()?.as_secs(),
    };
    let remaining = period - now % period;
    match args.fresh {
        Some(fresh) if remaining < fresh => {
            let next = now
                .checked_add(remaining)
                .context("--at: the next step is past the largest time")?;
            if args.time.is_none() {
                crate::note!("waiting {remaining} s for a fresh code");
                // Sleep to the exact start of the next step, from the clock's sub-second time.
                let until = Duration::from_secs(next);
                if let Some(wait) = until.checked_sub(clock()?) {
                    std::thread::sleep(wait);
                }
            }
            Ok(next)
        }
        _ => Ok(now),
    }
}

fn verify_code(
    args: &TotpArgs,
    s: &Settings,
    key: &[u8],
    counter: u64,
    submitted: &str,
    mut sink: Sink,
) -> Result<Outcome> {
    // The submitted code is the caller's input, not a secret; it is still never echoed.
    let Some(code) = verify::parse_code(submitted, s.digits) else {
        bail!(
            "--verify: CODE must be exactly {} digits (0-9)\n\
             hint: strip spaces from what the user typed; --digits sets the length",
            s.digits
        );
    };
    let window = match s.counter {
        Some(_) => Window::Ahead(args.window),
        None => Window::Both(args.window),
    };
    let offset = verify::find(s.digest, key, counter, window, s.digits, code);
    if args.json {
        let value = serde_json::json!({
            "match": offset.is_some(),
            "offset": offset,
            "counter": offset.and_then(|o| counter.checked_add_signed(o)),
        });
        writeln!(sink, "{value}")?;
    }
    sink.finish()?;
    Ok(if offset.is_some() {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

/// `totp --new`: a fresh secret, its otpauth URI, and on a wide enough terminal its QR code.
fn new_secret(args: &TotpArgs) -> Result<Outcome> {
    let digest = args.algorithm.digest();
    for (flag, value) in [("--issuer", &args.issuer), ("--account", &args.account)] {
        if let Some(value) = value {
            if value.trim().is_empty() {
                bail!(
                    "{flag} is empty; authenticator apps would show an empty name\n\
                     hint: leave {flag} out, or give a name such as {}",
                    if flag == "--issuer" {
                        "ACME"
                    } else {
                        "jane@example.com"
                    }
                );
            }
            secrets_core::text::check_printable(flag, value).map_err(anyhow::Error::msg)?;
        }
    }
    let mut sink = Sink::open(args.output.as_deref(), args.force)?;
    let mut raw = Zeroizing::new([0u8; totp::NEW_SECRET_BYTES]);
    RandomSource::new().fill(raw.as_mut_slice())?;
    let secret = totp::encode_secret(raw.as_slice());
    let params = totp::UriParams {
        issuer: args.issuer.as_deref(),
        account: args.account.as_deref(),
        digest,
        digits: args.digits,
        period: args.period,
    };
    let uri = Zeroizing::new(totp::otpauth_uri(&secret, &params));
    if args.json {
        let mut value = serde_json::json!({
            "secret": secret.as_str(),
            "uri": uri.as_str(),
            "algorithm": digest.name(),
            "digits": args.digits,
            "period": args.period,
        });
        // Absent names are absent fields, as in every other JSON object we print.
        if let Some(issuer) = &args.issuer {
            value["issuer"] = issuer.as_str().into();
        }
        if let Some(account) = &args.account {
            value["account"] = account.as_str().into();
        }
        let text = Zeroizing::new(serde_json::to_string(&value)?);
        writeln!(sink, "{}", text.as_str())?;
    } else {
        writeln!(sink, "{}", secret.as_str())?;
        writeln!(sink, "{}", uri.as_str())?;
        if sink.is_terminal() {
            let qr = Zeroizing::new(crate::qr::qr_text(&uri)?);
            let needed = crate::qr::qr_width(&qr);
            match terminal_columns() {
                Some(columns) if columns < needed => crate::note!(
                    "no QR code: it needs {needed} columns and the terminal has {columns}; \
                     widen the window and run again, or enter the secret in the app by hand"
                ),
                _ => write!(sink, "{}", qr.as_str())?,
            }
        }
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

/// The width of the terminal on standard output, if it says.
fn terminal_columns() -> Option<usize> {
    let size = rustix::termios::tcgetwinsize(std::io::stdout()).ok()?;
    (size.ws_col > 0).then_some(usize::from(size.ws_col))
}

/// A secret's error, with what the reader accepts.
fn secret_error(e: totp::SecretError) -> anyhow::Error {
    match e {
        totp::SecretError::NotBase32 { .. } => anyhow::anyhow!(
            "{e}\nhint: spaces, dashes, lowercase and missing '=' padding are accepted"
        ),
        totp::SecretError::Empty => anyhow::anyhow!(e),
    }
}

/// A Key URI's error, with the form of a Key URI where the text is far from it.
fn uri_error(e: totp::UriError) -> anyhow::Error {
    match e {
        totp::UriError::Secret(e) => secret_error(e),
        e if e.shows_the_form() => anyhow::anyhow!(
            "{e}\nhint: a Key URI looks like otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER"
        ),
        e => anyhow::anyhow!(e),
    }
}
