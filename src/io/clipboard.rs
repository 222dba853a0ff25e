//! `--clip`: put a secret on the system clipboard, keep it pasteable after the command
//! returns, and clear it after a timeout — but only if it is still ours.
//!
//! On X11 and Wayland the clipboard is served by the process that owns it: when the copying
//! process exits, the content is gone. So the command re-executes itself as a detached
//! *holder* (its own session, no inherited descriptors) that receives the secret on a pipe —
//! never in its arguments or environment — serves the clipboard, and tells the parent once the
//! clipboard really holds the secret. The parent returns at once; the holder clears the
//! clipboard when the timeout expires if it still holds our secret, and leaves as soon as
//! anyone else (the user, or a newer `secrets --clip`) takes the clipboard over.

use std::io::{self, BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
#[cfg(feature = "clipboard")]
use std::time::Instant;

use anyhow::{Context, Result, anyhow, bail};
use zeroize::Zeroizing;

/// The first argument that makes `secrets` run as a holder. It is handled before the command
/// line is parsed, so it appears in no help text, man page or completion.
pub const HOLDER_COMMAND: &str = "__clip-holder";

/// When started as `secrets __clip-holder --timeout SECONDS`, the timeout to hold for.
pub fn holder_request(args: &[std::ffi::OsString]) -> Option<Duration> {
    match args {
        [_, cmd, flag, secs] if cmd == HOLDER_COMMAND && flag == "--timeout" => secs
            .to_str()?
            .parse()
            .ok()
            .filter(|&s| s <= MAX_CLIP_TIMEOUT)
            .map(Duration::from_secs),
        _ => None,
    }
}

/// The longest --clip-timeout: one day. Longer is "never" (0) in practice, and bounding it
/// keeps every deadline computable.
pub const MAX_CLIP_TIMEOUT: u64 = 86_400;

/// The timeout before clearing the clipboard: `--clip-timeout`, else the environment
/// variable `SECRETS_CLIP_TIMEOUT` (read only here, that is only with `--clip`), else 45 s.
pub fn timeout(flag: Option<u64>) -> Result<Duration> {
    let secs = match (flag, std::env::var_os("SECRETS_CLIP_TIMEOUT")) {
        (Some(secs), _) => secs,
        (None, None) => 45,
        (None, Some(value)) => value
            .to_str()
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|&s| s <= MAX_CLIP_TIMEOUT)
            .with_context(|| {
                format!(
                    "SECRETS_CLIP_TIMEOUT must be a whole number of seconds from 0 to \
                     {MAX_CLIP_TIMEOUT}, not {:?}\nhint: fix or unset it, or pass --clip-timeout",
                    value.to_string_lossy()
                )
            })?,
    };
    Ok(Duration::from_secs(secs))
}

/// The largest text we put on the clipboard.
pub const MAX_CLIP_LEN: usize = 1024 * 1024;

/// What `--clip` says in a build without the `clipboard` feature.
#[cfg(not(feature = "clipboard"))]
const NOT_BUILT: &str = "this secrets was built without clipboard support (the `clipboard` \
                         feature)\nhint: print the secret and copy it yourself, or rebuild with \
                         default features";

/// How long the parent waits for the holder to confirm that the clipboard holds the secret.
const CONFIRM_WITHIN: Duration = Duration::from_millis(1800);

/// How often a waiting holder checks that its display still exists.
#[cfg(feature = "clipboard")]
const LIVENESS_CHECK: Duration = Duration::from_secs(1);

const HINT: &str = "hint: drop --clip to print to standard output instead";

/// Copies `secret` to the clipboard through a detached holder and returns once the clipboard
/// holds it. `timeout` of zero means "never clear".
pub fn copy(secret: &[u8], timeout: Duration) -> Result<()> {
    #[cfg(not(feature = "clipboard"))]
    if !secret.is_empty() || timeout.is_zero() {
        return Err(anyhow!(NOT_BUILT));
    }
    check_environment()?;
    let exe =
        std::env::current_exe().context("finding our own executable to hold the clipboard")?;
    let mut child = Command::new(exe)
        .arg(HOLDER_COMMAND)
        .arg("--timeout")
        .arg(timeout.as_secs().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .current_dir("/")
        .spawn()
        .context("starting the clipboard holder")?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        bail!("starting the clipboard holder: no pipe");
    };
    stdin
        .write_all(secret)
        .and_then(|()| stdin.flush())
        .context("handing the secret to the clipboard holder")?;
    drop(stdin);

    // Read the holder's one-line report on a thread so that a hung X connection cannot
    // hang us: past the deadline the holder is killed and we report failure.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let report = rx.recv_timeout(CONFIRM_WITHIN).unwrap_or_default();
    match report
        .trim_end()
        .split_once(' ')
        .unwrap_or((report.trim_end(), ""))
    {
        ("ok", _) => Ok(()),
        ("error", reason) => {
            let _ = child.wait();
            bail!("the clipboard is not available: {reason}\n{HINT}")
        }
        _ => {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "the clipboard did not take the secret within {} s\n{HINT}",
                CONFIRM_WITHIN.as_secs_f32()
            )
        }
    }
}

/// Fails fast, with a message a person understands, where there is no clipboard to reach:
/// each display variable that is set is tried the way the clipboard library will use it
/// (Wayland first, then X11), and the message names the one that failed and why, rather
/// than a timeout of the wrong protocol.
fn check_environment() -> Result<()> {
    if cfg!(all(unix, not(target_os = "macos"))) {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let wayland = var("WAYLAND_DISPLAY");
        let x11 = var("DISPLAY");
        if wayland.is_none() && x11.is_none() {
            bail!(
                "no clipboard: neither DISPLAY nor WAYLAND_DISPLAY is set (no graphical session)\n{HINT}"
            );
        }
        let mut problems = Vec::new();
        if let Some(name) = &wayland {
            match wayland_reachable(name) {
                Ok(()) => return Ok(()),
                Err(why) => problems.push(format!("WAYLAND_DISPLAY={name}: {why}")),
            }
        }
        match &x11 {
            Some(display) => match x11_reachable(display) {
                Ok(()) => return Ok(()),
                Err(why) => problems.push(format!("DISPLAY={display}: {why}")),
            },
            None => problems.push("DISPLAY is not set".to_owned()),
        }
        bail!("no clipboard: {}\n{HINT}", problems.join("; "));
    }
    Ok(())
}

/// Whether a Wayland compositor listens on `name` (a socket in `$XDG_RUNTIME_DIR`, or a path).
#[cfg(unix)]
fn wayland_reachable(name: &str) -> Result<(), String> {
    let path = if name.starts_with('/') {
        std::path::PathBuf::from(name)
    } else {
        let dir = std::env::var_os("XDG_RUNTIME_DIR")
            .filter(|d| !d.is_empty())
            .ok_or("XDG_RUNTIME_DIR is not set, so the compositor's socket cannot be found")?;
        std::path::Path::new(&dir).join(name)
    };
    std::os::unix::net::UnixStream::connect(&path)
        .map(drop)
        .map_err(|e| format!("no Wayland compositor at {} ({e})", path.display()))
}

/// Whether an X server answers at `display` (`[host]:N[.S]`): its local socket (file or
/// abstract) for a local display, TCP port 6000+N for a remote one.
#[cfg(unix)]
fn x11_reachable(display: &str) -> Result<(), String> {
    let (host, rest) = display.rsplit_once(':').ok_or("not of the form [HOST]:N")?;
    let number: u16 = rest
        .split('.')
        .next()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n <= u16::MAX - 6000)
        .ok_or("not of the form [HOST]:N")?;
    let host = host.strip_prefix("unix/").unwrap_or(host);
    if host.is_empty() || host == "unix" {
        let path = format!("/tmp/.X11-unix/X{number}");
        if std::os::unix::net::UnixStream::connect(&path).is_ok() {
            return Ok(());
        }
        #[cfg(target_os = "linux")]
        {
            use std::os::linux::net::SocketAddrExt;
            let abstract_ok = std::os::unix::net::SocketAddr::from_abstract_name(path.as_bytes())
                .and_then(|addr| std::os::unix::net::UnixStream::connect_addr(&addr))
                .is_ok();
            if abstract_ok {
                return Ok(());
            }
        }
        return Err(format!(
            "no X server is running there (nothing listens at {path})"
        ));
    }
    use std::net::ToSocketAddrs;
    let port = 6000 + number;
    let addrs = (host, port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {host} ({e})"))?;
    for addr in addrs {
        if std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok() {
            return Ok(());
        }
    }
    Err(format!("no X server answers at {host}, TCP port {port}"))
}

#[cfg(not(unix))]
fn wayland_reachable(_: &str) -> Result<(), String> {
    Ok(())
}

#[cfg(not(unix))]
fn x11_reachable(_: &str) -> Result<(), String> {
    Ok(())
}

/// The holder's side: read the secret from stdin, own the clipboard, report, and clear it
/// after `timeout` if it is still ours. Runs detached; reports on stdout, then stays silent.
pub fn hold(timeout: Duration) -> Result<()> {
    detach();
    // Straight from the pipe into a wiped buffer that never reallocates unwiped.
    let mut secret = secrets_core::secret::read_to_end(io::stdin(), MAX_CLIP_LEN, None)
        .context("reading the secret")?;
    let text = Zeroizing::new(
        String::from_utf8(std::mem::take(&mut *secret)).map_err(|_| anyhow!("not UTF-8 text"))?,
    );
    let mut out = io::stdout();
    match serve(text, timeout, &mut out) {
        Ok(()) => Ok(()),
        Err(e) => {
            // The report carries arboard's reason, never the secret.
            let _ = writeln!(out, "error {}", one_line(&e.to_string()));
            let _ = out.flush();
            Err(e)
        }
    }
}

fn one_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

/// Owns the clipboard until replaced; after confirming to the parent, waits for the timeout.
/// Without the `clipboard` feature there is no clipboard to serve.
#[cfg(not(feature = "clipboard"))]
fn serve(_: Zeroizing<String>, _: Duration, _: &mut impl Write) -> Result<()> {
    Err(anyhow!(NOT_BUILT))
}

#[cfg(feature = "clipboard")]
fn serve(text: Zeroizing<String>, timeout: Duration, report: &mut impl Write) -> Result<()> {
    let mut owner = arboard::Clipboard::new().map_err(|e| anyhow!("{e}"))?;
    let mut reader = arboard::Clipboard::new().map_err(|e| anyhow!("{e}"))?;
    let (replaced_tx, replaced_rx) = mpsc::channel();
    let served = text.clone();
    std::thread::spawn(move || {
        let result = set_and_wait(&mut owner, served);
        // Returns when someone else owns the clipboard (or the display went away).
        let _ = replaced_tx.send(result.map_err(|e| e.to_string()));
    });

    // Confirm only once the clipboard really holds the secret.
    let deadline = Instant::now() + CONFIRM_WITHIN;
    loop {
        if reader.get_text().is_ok_and(|t| Zeroizing::new(t) == text) {
            break;
        }
        if let Ok(result) = replaced_rx.try_recv() {
            return Err(anyhow!(
                result
                    .err()
                    .unwrap_or_else(|| "the clipboard was taken over at once".into())
            ));
        }
        if Instant::now() > deadline {
            bail!("the clipboard did not hold the secret in time");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    writeln!(report, "ok")?;
    report.flush()?;

    // Wait for the timeout (or forever), checking every second that the display is still
    // there: a holder must not outlive its session.
    // Bounded by MAX_CLIP_TIMEOUT, so the deadline is computable; if it were not, never
    // clearing is the safe reading of an absurd timeout (the holder still leaves when
    // superseded or when the display goes away).
    let deadline = (!timeout.is_zero())
        .then(|| Instant::now().checked_add(timeout))
        .flatten();
    loop {
        let slice = match deadline {
            Some(d) => d
                .saturating_duration_since(Instant::now())
                .min(LIVENESS_CHECK),
            None => LIVENESS_CHECK,
        };
        match replaced_rx.recv_timeout(slice) {
            // Someone copied something else (or a newer `secrets --clip` took over), or the
            // display went away: nothing of ours to clear.
            Ok(_) | Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        let still_ours = match reader.get_text() {
            Ok(t) => Zeroizing::new(t) == text,
            Err(arboard::Error::ContentNotAvailable) => false,
            // The display is gone or broken.
            Err(_) => return Ok(()),
        };
        if deadline.is_some_and(|d| Instant::now() >= d) {
            if still_ours {
                reader.clear().map_err(|e| anyhow!("{e}"))?;
            }
            return Ok(());
        }
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
#[cfg(feature = "clipboard")]
fn set_and_wait(
    clipboard: &mut arboard::Clipboard,
    text: Zeroizing<String>,
) -> Result<(), arboard::Error> {
    use arboard::SetExtLinux;
    clipboard
        .set()
        .exclude_from_history()
        .wait()
        .text(text.as_str())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
#[cfg(feature = "clipboard")]
fn set_and_wait(
    clipboard: &mut arboard::Clipboard,
    text: Zeroizing<String>,
) -> Result<(), arboard::Error> {
    // macOS and Windows keep the clipboard after the process exits: set it and keep the
    // holder alive only for the timer.
    clipboard.set().exclude_from_history().text(text.as_str())?;
    loop {
        std::thread::park();
    }
}

/// Leaves the parent's session and closes every inherited descriptor above stderr, so the
/// holder neither dies with the terminal nor keeps a caller's pipe open (which would make
/// `x=$(secrets password --clip)` wait for the whole timeout).
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn detach() {
    // SAFETY: setsid and close_range take no pointers. At this point, the start of the
    // holder, no Rust object owns a descriptor above 2 (std opens its files close-on-exec
    // and the holder has opened none yet), so closing them cannot invalidate an owner.
    unsafe {
        libc::setsid();
        libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32);
    }
}

#[cfg(all(unix, not(target_os = "linux")))]
#[allow(unsafe_code)]
fn detach() {
    // SAFETY: setsid takes no arguments and cannot invalidate any Rust object.
    unsafe {
        libc::setsid();
    }
}

#[cfg(not(unix))]
fn detach() {}
