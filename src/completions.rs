//! Shell completion scripts, generated from the clap definition in [`crate::cli`], with two
//! fixes that clap_complete cannot express:
//! - fish: help texts of values go inside double quotes, where fish expands `$`
//!   (`bcrypt $2b$` stopped the whole script from loading); they are escaped.
//! - bash, zsh, fish: `passphrase --wordlist` completes the built-in list names as well as
//!   files (clap offers one or the other).

use clap::CommandFactory;
use clap_complete::{Shell, generate};

use crate::cli::{Cli, CompletionShell};
use secrets_core::passphrase::BUILTIN_LISTS;

/// The completion script for `shell`, exactly as `secrets completions SHELL` prints it and as
/// `completions/` holds it.
pub fn render(shell: CompletionShell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    match shell {
        CompletionShell::Bash => generate(Shell::Bash, &mut cmd, "secrets", &mut out),
        CompletionShell::Zsh => generate(Shell::Zsh, &mut cmd, "secrets", &mut out),
        CompletionShell::Fish => generate(Shell::Fish, &mut cmd, "secrets", &mut out),
        CompletionShell::Powershell => {
            generate(Shell::PowerShell, &mut cmd, "secrets", &mut out);
        }
        CompletionShell::Elvish => generate(Shell::Elvish, &mut cmd, "secrets", &mut out),
        CompletionShell::Nushell => {
            generate(
                clap_complete_nushell::Nushell,
                &mut cmd,
                "secrets",
                &mut out,
            );
        }
    }
    let text = String::from_utf8_lossy(&out);
    match shell {
        CompletionShell::Bash => bash_wordlists(&text),
        CompletionShell::Zsh => zsh_wordlists(&text),
        CompletionShell::Fish => fish_wordlists(&fish_escape_dollars(&text)),
        _ => text.into_owned(),
    }
    .into_bytes()
}

/// In fish, `$` inside double quotes starts a variable; the `-a "..."` value lists are the
/// only double-quoted text that carries our help, so `$` is escaped there and nowhere else
/// (single-quoted descriptions keep theirs: fish prints them literally).
fn fish_escape_dollars(script: &str) -> String {
    #[derive(PartialEq)]
    enum In {
        Code,
        Single,
        Double,
        Values,
    }
    const VALUES: &str = " -a \"";
    let mut out = String::with_capacity(script.len() + 64);
    let mut state = In::Code;
    let mut chars = script.char_indices();
    while let Some((i, c)) = chars.next() {
        match (&state, c) {
            (In::Code, ' ') if script[i..].starts_with(VALUES) => {
                out.push_str(VALUES);
                // Skip the rest of ` -a "`.
                for _ in 1..VALUES.len() {
                    chars.next();
                }
                state = In::Values;
                continue;
            }
            (In::Code, '\'') => state = In::Single,
            (In::Code, '"') => state = In::Double,
            (In::Single | In::Double | In::Values, '\\') => {
                out.push(c);
                if let Some((_, next)) = chars.next() {
                    out.push(next);
                }
                continue;
            }
            (In::Single, '\'') | (In::Double | In::Values, '"') => state = In::Code,
            (In::Values, '$') => {
                out.push_str("\\$");
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// bash: `--wordlist` offers the built-in names, then files.
fn bash_wordlists(script: &str) -> String {
    const FILES: &str = "COMPREPLY=($(compgen -f \"${cur}\"))";
    // The block runs with IFS set to a newline, so the word list is newline-separated.
    let names = BUILTIN_LISTS.join("\\n");
    let mut out = String::with_capacity(script.len() + 256);
    let mut rest = script;
    while let Some(at) = rest.find("--wordlist)\n") {
        let Some(files) = rest[at..].find(FILES) else {
            break;
        };
        let end = at + files;
        out.push_str(&rest[..end]);
        out.push_str(&format!(
            "COMPREPLY=($(compgen -W $'{names}' -- \"${{cur}}\") $(compgen -f -- \"${{cur}}\"))"
        ));
        rest = &rest[end + FILES.len()..];
    }
    out.push_str(rest);
    out
}

/// zsh: `--wordlist` offers the built-in names as one group and files as another.
fn zsh_wordlists(script: &str) -> String {
    script.replace(
        ":NAME|FILE:_files'",
        &format!(
            ":NAME|FILE: _alternative \"lists\\:built-in list\\:({})\" \"files\\:file\\:_files\"'",
            BUILTIN_LISTS.join(" ")
        ),
    )
}

/// fish: a second `complete` line for `--wordlist` adds the built-in names to the files.
fn fish_wordlists(script: &str) -> String {
    let names = BUILTIN_LISTS.join(" ");
    let mut out = String::with_capacity(script.len() + 256);
    for line in script.split_inclusive('\n') {
        out.push_str(line);
        if line.contains(" -l wordlist ") {
            if let Some(cond) = line.split(" -l wordlist ").next() {
                out.push_str(&format!("{cond} -l wordlist -r -a \"{names}\"\n"));
            }
        }
    }
    out
}

/// The file name under `completions/` that holds each shell's script.
pub fn file_name(shell: CompletionShell) -> &'static str {
    match shell {
        CompletionShell::Bash => "secrets.bash",
        CompletionShell::Zsh => "_secrets",
        CompletionShell::Fish => "secrets.fish",
        CompletionShell::Powershell => "_secrets.ps1",
        CompletionShell::Elvish => "secrets.elv",
        CompletionShell::Nushell => "secrets.nu",
    }
}
