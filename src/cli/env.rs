//! Environment and CI: `.env` files, running a command with secrets, redacting logs.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// The subcommands of the "Environment and CI" family of `secrets --help`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill, check and rotate the secrets of a .env file from a template.
    #[command(
        subcommand,
        long_about = "Manage the secrets of a .env file: `fill` writes it from a committed \
template whose `# secrets: GENERATOR ARGS` comments say how each value is generated, `check` \
is a gate for CI and pre-commit hooks, `rotate` regenerates named keys.

Values are never printed: the commands say on standard error which keys they filled, kept, \
rotated or left empty. Files are written atomically with mode 0600.",
        after_long_help = "\
Examples:
  secrets env fill .env.example                 write .env beside the template
  secrets env check .env --template .env.example
  secrets env rotate .env API_KEY --keep-previous"
    )]
    Env(EnvCommand),

    /// Run a command with the variables of .env files in its environment.
    #[command(
        long_about = "Run COMMAND (executed directly, without a shell) with the variables of \
each --env-file added to its environment (default: .env), so secrets never pass through \
shell history or `export`. A variable the environment already has keeps its value, as \
python-dotenv, Node's dotenv and dotenvx do (so `DB_HOST=staging secrets run ...` works); \
with --override the files' values replace inherited ones. Among the files, later files win. \
${NAME} in a dotenv-dialect value expands as python-dotenv expands it (the environment \
first, unless --override). Standard input, the exit status (128+N for a death by signal N, \
as shells report it; 127 when COMMAND is not found, 126 when it cannot be executed) and \
the signals INT, TERM and HUP pass through.

With --mask, COMMAND's standard output and error pass through the redactor of `secrets \
redact`, every value of at least 6 bytes (and its encodings) replaced by ***; without it, \
COMMAND keeps the terminal.",
        after_long_help = "\
Examples:
  secrets run -- ./server                      with the variables of .env
  secrets run --env-file .env.ci --mask -- ./deploy.sh
  secrets run --env-file base.env --env-file local.env -- npm test"
    )]
    Run(RunArgs),

    /// Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings.
    #[command(
        long_about = "Copy standard input to standard output with every secret replaced by \
*** (or <redacted:NAME> with --label), for logs. The secrets are read from SOURCEs (env:VAR, \
file:PATH, fd:N, -, pass:VALUE) and from the values of --env-file files. Each is also masked \
in its common encodings: base64 and base64url (at any alignment, so inside a longer encoded \
text such as a Basic Authorization header), lowercase and uppercase hex, and URL encoding.

Memory stays bounded however long the stream; a secret split across two reads is still \
masked. Output is line-buffered on a terminal or with --line-buffered, so live logs stay \
live. Secrets shorter than 6 bytes are refused (masking `a` destroys a log) unless \
--allow-short is given.

--detect also masks credentials whose format is public and checkable: checksummed keys of \
`secrets apikey --checksum` and GitHub tokens (CRC32 verified), AWS access key ids, PEM \
private key blocks and JWTs.",
        after_long_help = "\
Examples:
  ./deploy.sh 2>&1 | secrets redact --env-file .env
  tail -f app.log | secrets redact env:DB_PASSWORD env:API_KEY --label
  secrets redact --detect < build.log > build.clean.log"
    )]
    Redact(RedactArgs),
}

/// The subcommands of `secrets env`.
#[derive(Debug, Subcommand)]
pub enum EnvCommand {
    /// Write a .env file from a template, generating the values its comments ask for.
    #[command(
        long_about = "Write FILE (default: .env beside TEMPLATE) from TEMPLATE, a dotenv file such \
as .env.example. A comment line `# secrets: GENERATOR ARGS` generates the value of the key \
below it with that command line of this tool (e.g. `# secrets: password -l 32 --no-symbols`); \
--spec KEY='GENERATOR ARGS' does the same from the command line. Output options (-o, --clip, \
--json, -n, --github-*) are refused.

FILE keeps the template's comments and order and is written atomically with mode 0600. Keys \
already set in FILE keep their value, so running fill twice changes nothing and a key added \
to the template later is filled on the next run. Keys without a generator keep the \
template's value, or stay empty and are reported. Keys of FILE that the template lacks are \
kept at the end.

Each format is a dialect with an exact set of values it carries, so every value reads back \
byte for byte: --format dotenv (the default; python-dotenv, Node's dotenv, Docker Compose \
env_file) writes KEY='VALUE' and carries every printable character except ' and \\, and not \
$ together with { (python-dotenv expands ${...} even in single quotes); --format shell \
(sourced by sh or bash, e.g. `set -a; . ./.env`) carries every printable character. A \
generator whose alphabet could produce a value the format cannot carry is refused before \
anything is generated, naming the characters to exclude (-x). The symbols \
!#%&()*+,-./:;<=>?@[]^_|~ are carried by every format: `password --symbols \
'!#%&()*+,-./:;<=>?@[]^_|~'`.",
        after_long_help = "\
Examples:
  secrets env fill .env.example                 .env beside it
  secrets env fill .env.example -o .env.local
  secrets env fill .env.example --spec 'SESSION_KEY=token-hex 32'
  secrets env fill deploy.env.example --format shell -o deploy.env

A template:
  # secrets: password -l 32 -x \"'\\\\$\"
  DB_PASSWORD=
  # secrets: apikey --prefix sk_test_ --checksum
  API_KEY=
  DB_HOST=localhost"
    )]
    Fill(EnvFillArgs),

    /// Check a .env file: keys set, no placeholders or common passwords, private, git-ignored.
    #[command(
        long_about = "A gate for CI and pre-commit hooks: exit 0 if FILE is fine, 1 with one \
reason per line on standard output (key names, never values) if a key of the template is \
missing or empty, a value is still a placeholder (changeme, TODO, xxx, <...>, or the \
template's own example value), a secret's value is a common password, FILE is readable by \
group or others, or FILE (inside a git work tree) is tracked by git or not git-ignored.

The template defaults to FILE.example when it exists. Common passwords are looked for in the \
keys with a generator and the keys whose name says secret (PASSWORD, SECRET, TOKEN, KEY, \
PASS, PWD, CREDENTIAL, AUTH).",
        after_long_help = "\
Examples:
  secrets env check .env                      with .env.example when it exists
  secrets env check .env --template config/.env.example"
    )]
    Check(EnvCheckArgs),

    /// Regenerate keys of a .env file with their recorded generators, atomically.
    #[command(
        long_about = "Regenerate the named keys of FILE with their generator, recorded in FILE's \
own `# secrets:` comments (fill copies them from the template), in --template, or given with \
--spec; a key without one is an error (exit 2). FILE is replaced atomically (mode 0600). \
--keep-previous also writes KEY_PREVIOUS with the old value, so services can accept both \
during a grace period.",
        after_long_help = "\
Examples:
  secrets env rotate .env API_KEY
  secrets env rotate .env JWT_SECRET SESSION_KEY --keep-previous
  secrets env rotate .env DB_PASSWORD --spec 'DB_PASSWORD=password -l 40 --no-symbols'"
    )]
    Rotate(EnvRotateArgs),
}

/// File formats of `env fill` and `env rotate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvFormat {
    /// Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose.
    //
    // (No quote characters in these two lines: they become fish completion strings.)
    Dotenv,
    /// Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env).
    Shell,
}

/// Extra escaping of written values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvEscape {
    /// Write $ as $$, for values that Docker Compose interpolates.
    Compose,
}

/// Options of `secrets env fill`.
#[derive(Debug, Clone, Args)]
pub struct EnvFillArgs {
    /// The template, e.g. .env.example.
    #[arg(value_name = "TEMPLATE")]
    pub template: PathBuf,

    /// The file to write [default: .env beside TEMPLATE].
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Generate KEY with SPEC, a generator command line (overrides the template's comment).
    #[arg(long, value_name = "KEY=SPEC")]
    pub spec: Vec<String>,

    /// The dialect of the written values.
    #[arg(long, value_enum, default_value_t = EnvFormat::Dotenv)]
    pub format: EnvFormat,

    /// Escape values for a consumer that interpolates them.
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub escape: Option<EnvEscape>,
}

/// Options of `secrets env check`.
#[derive(Debug, Clone, Args)]
pub struct EnvCheckArgs {
    /// The .env file to check.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The template whose keys FILE must set [default: FILE.example if it exists].
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<PathBuf>,

    /// The dialect FILE is written in [default: the one its text uses].
    #[arg(long, value_enum)]
    pub format: Option<EnvFormat>,
}

/// Options of `secrets env rotate`.
#[derive(Debug, Clone, Args)]
pub struct EnvRotateArgs {
    /// The .env file to update.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The keys to regenerate.
    #[arg(value_name = "KEY", required = true)]
    pub keys: Vec<String>,

    /// Also write KEY_PREVIOUS with the old value.
    #[arg(long)]
    pub keep_previous: bool,

    /// A template whose `# secrets:` comments give generators [default: FILE.example if it
    /// exists].
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<PathBuf>,

    /// Generate KEY with SPEC, a generator command line.
    #[arg(long, value_name = "KEY=SPEC")]
    pub spec: Vec<String>,

    /// The dialect FILE is written in [default: the one its text uses].
    #[arg(long, value_enum)]
    pub format: Option<EnvFormat>,

    /// Escape values for a consumer that interpolates them.
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub escape: Option<EnvEscape>,
}

/// Options of `secrets run`.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Add the variables of FILE (repeatable; later files win) [default: .env].
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,

    /// The dialect the files are written in [default: the one each text uses; a text the
    /// two dialects would read differently is refused].
    #[arg(long, value_enum)]
    pub format: Option<EnvFormat>,

    /// Pass COMMAND's stdout and stderr through the redactor, masking every value.
    #[arg(long)]
    pub mask: bool,

    /// With --mask, write <redacted:KEY> instead of ***.
    #[arg(long, requires = "mask")]
    pub label: bool,

    /// The files' values replace variables the environment already has (by default the
    /// environment wins, as in python-dotenv and Node's dotenv).
    #[arg(long = "override")]
    pub override_env: bool,

    /// The command and its arguments (after --).
    #[arg(value_name = "COMMAND", required = true, num_args = 1.., trailing_var_arg = true,
          allow_hyphen_values = true)]
    pub command: Vec<std::ffi::OsString>,
}

/// Options of `secrets redact`.
#[derive(Debug, Clone, Args)]
pub struct RedactArgs {
    /// Secrets to mask: env:VAR, file:PATH, fd:N, pass:VALUE.
    #[arg(value_name = "SOURCE")]
    pub sources: Vec<String>,

    /// Also mask every value of FILE (repeatable).
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,

    /// The dialect the --env-file files are written in [default: mask the values of every
    /// dialect that reads the text].
    #[arg(long, value_enum)]
    pub format: Option<EnvFormat>,

    /// Also mask checkable credentials by pattern (checksummed keys, GitHub tokens, AWS key
    /// ids, PEM private keys, JWTs).
    #[arg(long)]
    pub detect: bool,

    /// Write <redacted:NAME> (the variable, key or pattern) instead of ***.
    #[arg(long)]
    pub label: bool,

    /// Flush after each line, even when standard output is not a terminal.
    #[arg(long)]
    pub line_buffered: bool,

    /// Accept secrets shorter than 6 bytes.
    #[arg(long)]
    pub allow_short: bool,
}
