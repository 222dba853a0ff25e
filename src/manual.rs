//! Man pages, generated from the clap definition in [`crate::cli`] plus the sections a man
//! reader expects that clap has no place for (EXIT STATUS, ENVIRONMENT, SECURITY, …).

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::cli::{Cli, EXAMPLES, EXIT_STATUSES, render_examples};

/// After the table of [`EXIT_STATUSES`].
const EXIT_STATUS_NOTE: &str = "A closed pipe (secrets password -n 1000000 | head -1) ends the \
command quietly with status 0.";

const ENVIRONMENT: &str = "\
SECRETS_CLIP_TIMEOUT  Seconds after which --clip clears the clipboard (default 45; 0: never). \
The --clip-timeout option takes precedence.
DISPLAY  The X11 display whose clipboard --clip uses.
WAYLAND_DISPLAY  The Wayland display whose clipboard --clip uses (compositors with the \
data-control protocol, such as sway and KDE).

Operands of the form env:VAR read a secret from VAR, which keeps it out of the process's \
argument list.";

const SECURITY: &str = "\
Randomness comes from the operating system's CSPRNG (getrandom(2) on Linux); output past the \
first 64 KiB of a run comes from ChaCha20 keyed from it, with fast key erasure, rekeyed every \
MiB. Every character, \
digit and index is drawn exactly uniformly by rejection sampling; policies with minimums are \
drawn uniformly from all strings that satisfy them.

Command-line arguments are visible to every user of the machine (ps(1), /proc/PID/cmdline). \
Never pass a secret as an argument: give compare, hash, verify and hmac their secrets as env:VAR, file:PATH, fd:N or \
- (standard input, read without echo on a terminal). pass:VALUE works but is public.

Secrets are written only to standard output or to the --output file, which is created with \
mode 0600, unnamed until it is complete (O_TMPFILE on Linux) and then linked into place, so \
an interrupted command leaves nothing behind; a symbolic link at the target is never \
followed, and --force replaces regular files only. Every process is non-dumpable with a \
core size limit of 0. Nothing secret is written to standard error, and \
buffers that held secrets are wiped when they are released. token-bytes refuses to write \
raw bytes to a terminal.

check reads the password like compare (never only from the command line) and prints only \
numbers, the policy's reasons and zxcvbn's fixed sentences, never the password. zxcvbn makes \
internal copies of it that cannot be wiped; they are freed before the command exits.

--clip puts the secret on the clipboard instead and prints nothing on standard output. A \
detached copy of secrets receives the secret through a pipe (never through its arguments or \
environment) and serves the clipboard, so the secret stays pasteable after the command \
returns. After --clip-timeout seconds it clears the clipboard, but only if the clipboard still \
holds the secret: anything copied meanwhile is left alone, and a newer --clip replaces an \
older one. The content is marked for clipboard managers as a password \
(x-kde-passwordManagerHint) so that they keep it out of their history.";

const JSON_OUTPUT: &str = "\
With --json every secret is one line holding one JSON object. Field names are part of the \
interface:
secret        the secret itself
kind          password, passphrase, token-hex, token-urlsafe, otp, apikey, int, choice,
              uuid, ulid, nanoid, or FRAMEWORK-key (key --for FRAMEWORK)
entropy_bits  log2 of the number of equally likely outcomes
length        characters (password, otp, nanoid, key --for django; the random part of a
              base62 apikey)
alphabet_size distinct characters the secret is drawn from (password, otp, nanoid, django)
bytes         bytes of entropy (token-hex, token-urlsafe, apikey, key)
encoding      hex, base64url or base62 (tokens, apikey); v4 or v7 (uuid); the key's
              encoding (key)
prefix        the API key prefix (apikey)
checksum      crc32 (apikey --checksum)
words         words in the passphrase (passphrase)
wordlist_size  distinct words each word is drawn from (passphrase)
start         the smallest possible value, a decimal string (int --below, --range)
stop          the bound the value stays below, a decimal string (int --below, --range)
bits          random bits drawn (int --bits)
target_bits   the N of --bits N that chose the size (password, passphrase, tokens, otp,
              apikey)
items         distinct items to choose from (choice)
unique        whether the items are drawn without replacement (choice)

For int the secret is the number as a decimal string, which keeps integers of any size \
exact.

check --json prints one object instead:
ok            whether the password meets the policy
score         zxcvbn's score, 0 (guessable in 10^3 tries) to 4 (more than 10^10)
guesses_log10  log10 of zxcvbn's estimate of the guesses needed
length        characters in the password
common        whether the password is in zxcvbn's list of common passwords
min_length    the policy's minimum length
min_score     the policy's minimum score
crack_times   per zxcvbn scenario (online_throttling_100_per_hour, \
online_no_throttling_10_per_second, offline_slow_hashing_1e4_per_second, \
offline_fast_hashing_1e10_per_second): seconds and display
warning       zxcvbn's warning, or null
suggestions   zxcvbn's suggestions
reasons       why the password fails the policy (empty when ok)

totp --json prints one object with code, kind (totp or hotp), counter, digits, algorithm, and \
for TOTP period, time and remaining_seconds (with --uri also issuer and account); totp \
--verify --json prints match (true or false), offset (the step that matched, relative to now, \
or null) and counter (the matching counter, or null); totp --new --json prints secret, uri, \
algorithm, digits, period, and issuer and account when given.";

const SEE_ALSO: &str = "openssl-rand(1), pwgen(1), argon2(1), urandom(4), getrandom(2); \
Python's secrets module: https://docs.python.org/3/library/secrets.html";

/// Every man page: `(file name, roff source)`, the top-level page first.
pub fn render_all() -> Vec<(String, Vec<u8>)> {
    let cli = Cli::command();
    let mut pages = vec![("secrets.1".to_string(), render_page(cli.clone(), true))];
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("secrets-{}", sub.get_name());
        let version = cli.get_version().unwrap_or_default().to_string();
        let cmd = sub.clone().name(name.clone()).version(version.clone());
        pages.push((format!("{name}.1"), render_page(cmd, false)));
        // Command families (`env`) get a page per subcommand too, as their page refers to.
        for nested in sub.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("{name}-{}", nested.get_name());
            let cmd = nested.clone().name(name.clone()).version(version.clone());
            pages.push((format!("{name}.1"), render_page(cmd, false)));
        }
    }
    pages
}

fn render_page(cmd: clap::Command, top: bool) -> Vec<u8> {
    // The same text `--help` shows after "Examples:", so help and man cannot drift apart.
    let examples = if top {
        render_examples(EXAMPLES)
    } else {
        cmd.get_after_long_help()
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let cmd_has_subcommands = cmd.has_subcommands();
    let invocation = cmd.get_name().replacen('-', " ", 1);
    let mut synopsis = Roff::new();
    render_synopsis(&mut synopsis, &cmd, &invocation);
    let man = Man::new(cmd).date("").manual("secrets manual");
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = synopsis.to_writer(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);
    if cmd_has_subcommands {
        let _ = man.render_subcommands_section(&mut out);
    }
    let mut roff = Roff::new();
    let lines = example_lines(&examples);
    if !lines.is_empty() {
        roff.control("SH", ["EXAMPLES"]).control("nf", []);
        for line in lines {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
    }
    let mut exit_status = String::new();
    for (status, meaning) in EXIT_STATUSES {
        exit_status.push_str(&format!("{status}  {meaning}\n"));
    }
    exit_status.push('\n');
    exit_status.push_str(EXIT_STATUS_NOTE);
    section(&mut roff, "EXIT STATUS", &exit_status);
    if top {
        section(&mut roff, "JSON OUTPUT", JSON_OUTPUT);
        section(&mut roff, "ENVIRONMENT", ENVIRONMENT);
    }
    section(&mut roff, "SECURITY", SECURITY);
    roff.control("SH", ["SEE ALSO"]);
    if !top {
        roff.text([bold("secrets"), roman("(1), ")]);
    }
    roff.text([roman(SEE_ALSO)]);
    let _ = roff.to_writer(&mut out);
    let _ = man.render_version_section(&mut out);
    out
}

/// The lines of an "Examples:" block as the man page shows them: the heading dropped and
/// the two spaces of help indentation removed, everything else (alignment, continuation
/// lines) exactly as in `--help`.
pub fn example_lines(help: &str) -> Vec<&str> {
    help.lines()
        .filter(|l| !l.starts_with("Examples:"))
        .map(|l| l.strip_prefix("  ").unwrap_or(l))
        .collect()
}

/// SYNOPSIS as a user types it: `secrets password [-l|--length N] ... [LENGTH]`, with each
/// option's value placeholders (clap_mangen shows bare flags).
fn render_synopsis(roff: &mut Roff, cmd: &clap::Command, invocation: &str) {
    roff.control("SH", ["SYNOPSIS"]);
    let mut parts = vec![bold(invocation)];
    let args = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_positional())
        .chain(cmd.get_positionals().filter(|a| !a.is_hide_set()));
    for arg in args {
        parts.push(roman(" "));
        let optional = !arg.is_required_set();
        parts.push(roman(if optional { "[" } else { "" }));
        let values: Vec<String> = arg
            .get_value_names()
            .map(|names| names.iter().map(|n| n.to_string()).collect())
            .unwrap_or_else(|| vec![arg.get_id().as_str().to_uppercase()]);
        if arg.is_positional() {
            parts.push(italic(values.join(" ")));
        } else {
            if let Some(short) = arg.get_short() {
                parts.push(bold(format!("-{short}")));
                if arg.get_long().is_some() {
                    parts.push(roman("|"));
                }
            }
            if let Some(long) = arg.get_long() {
                parts.push(bold(format!("--{long}")));
            }
            if arg.get_action().takes_values() {
                for value in values {
                    parts.push(roman(" "));
                    parts.push(italic(value));
                }
            }
        }
        parts.push(roman(if optional { "]" } else { "" }));
        if matches!(arg.get_action(), clap::ArgAction::Append) && arg.is_positional() {
            parts.push(roman("..."));
        }
    }
    if cmd.has_subcommands() {
        parts.push(roman(" "));
        parts.push(italic("COMMAND"));
        parts.push(roman(" ["));
        parts.push(italic("ARGS"));
        parts.push(roman("]"));
    }
    roff.text(parts);
}

/// A section of paragraphs. Lines of the form `TERM  description` (two or more spaces) become
/// tagged paragraphs, so tables stay aligned at any width; other lines are running text.
fn section(roff: &mut Roff, title: &str, text: &str) {
    roff.control("SH", [title]);
    for para in text.split("\n\n") {
        let mut in_text = false;
        for line in para.lines() {
            match line.split_once("  ") {
                Some((term, desc)) if !term.contains(' ') && !term.is_empty() => {
                    roff.control("TP", [])
                        .text([bold(term)])
                        .text([roman(desc.trim_start())]);
                    in_text = false;
                }
                _ => {
                    if in_text {
                        roff.control("br", []);
                    } else {
                        roff.control("PP", []);
                    }
                    roff.text([roman(line)]);
                    in_text = true;
                }
            }
        }
    }
}
