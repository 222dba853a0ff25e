//! The shell dialect's reader: sh or bash sourcing the file (`set -a; . ./.env`), for the
//! subset of shell syntax that only assigns variables.
//!
//! Read: blank lines; comments (`#` at the start of a word); `[export] KEY=WORD`, with
//! optional blanks and a `# comment` after WORD. WORD is a concatenation, without blanks,
//! of:
//! * unquoted characters that are plain text to every shell: letters, digits, non-ASCII
//!   letters and `! # % + , - . / : = @ ] ^ _` (`#` is text inside a word);
//! * `'single-quoted'` text: anything but `'`, line breaks included;
//! * `\c` outside quotes: the character `c` (a printable one);
//! * `"double-quoted"` text without `$`, backquote or `\` (so nothing in it is special).
//!
//! Refused, with the line and key, because a shell would run, expand, redirect or glob
//! something, or read something else than plain text: `$` and backquotes (outside single
//! quotes), `;`, `&`, `|`, `<`, `>`, `(`, `)`, blanks followed by more words
//! (`HOST=localhost touch X` runs `touch`), `{`, `}`, `*`, `?`, `[`, `~` outside quotes,
//! `\` inside double quotes, a `\` that continues the line, unterminated quotes, a line
//! that is not an assignment (`KEY` alone, `KEY = value`, any command), `export` without
//! an assignment, control characters and `\r` outside quotes (CRLF files keep the `\r` in
//! the value), NUL anywhere, and keys that bash gives a value of its own (`UID`, `RANDOM`,
//! `SECONDS`, ...), whose assignment does not hold.

use zeroize::Zeroizing;

use super::entry::Item;
use super::error::DotenvError;
use super::scan::Cursor;

/// Variables whose value after `NAME=zzq` is not `zzq` in bash 5 (readonly or dynamic), or
/// whose assignment bash rejects with an error.
const BASH_OWN: &[&str] = &[
    "BASHOPTS",
    "BASHPID",
    "BASH_ARGC",
    "BASH_ARGV",
    "BASH_COMMAND",
    "BASH_COMPAT",
    "BASH_LINENO",
    "BASH_SOURCE",
    "BASH_SUBSHELL",
    "BASH_VERSINFO",
    "BASH_XTRACEFD",
    "DIRSTACK",
    "EPOCHREALTIME",
    "EPOCHSECONDS",
    "EUID",
    "FUNCNAME",
    "GROUPS",
    "HISTCMD",
    "LINENO",
    "OPTIND",
    "PIPESTATUS",
    "PPID",
    "RANDOM",
    "SECONDS",
    "SHELLOPTS",
    "SRANDOM",
    "UID",
];

const CR: &str = "a carriage return outside quotes (a shell keeps it in the value or runs it; \
     convert CRLF line endings to LF)";
const RUNS: &str = "not KEY=VALUE, a comment or a blank line: a shell would run it as a command";

/// Reads the entry at `c.start` (the start of a line); returns it (spans in the text) and
/// where the next entry starts.
pub(super) fn entry(c: &Cursor<'_>) -> Result<(Item, usize), DotenvError> {
    let mut i = c.skip_blanks(c.start);
    match c.at(i) {
        None => return Ok((Item::Blank, i)),
        Some(b'\n') => return Ok((Item::Blank, i + 1)),
        Some(b'#') => {
            let end = c.comment_end(i, None, None)?;
            let spec = super::entry::annotation(c.comment_text(i, end));
            return Ok((Item::Comment { spec }, end));
        }
        _ => {}
    }
    let mut export = false;
    if c.text[i..].starts_with("export") && matches!(c.at(i + 6), Some(b' ' | b'\t')) {
        export = true;
        i = c.skip_blanks(i + 6);
    }
    let key_start = i;
    let key_end = c.text[i..]
        .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
        .map_or(c.text.len(), |n| i + n);
    let key = &c.text[key_start..key_end];
    match c.at(key_end) {
        _ if key.is_empty() => return Err(unexpected(c, i, None, RUNS)),
        Some(b'=') if super::is_portable_key(key) => {}
        None | Some(b' ' | b'\t' | b'\n') => {
            let reason = if export {
                "export without =, which assigns nothing"
            } else {
                "a key without =: a shell would run it as a command"
            };
            // A bare word is not named (it may be the wrapped half of a secret); after
            // `export` it is a name.
            return Err(c.unreadable(export.then_some(key), reason));
        }
        Some(b'\r') => return Err(c.unreadable(Some(key), CR)),
        _ => return Err(c.bad_key()),
    }
    if BASH_OWN.contains(&key) {
        return Err(c.unreadable(
            Some(key),
            "a variable bash gives a value of its own (readonly or dynamic), so the \
             assignment does not hold",
        ));
    }
    let value_start = key_end + 1;
    let (value, value_end) = word(c, value_start, key)?;
    let j = c.skip_blanks(value_end);
    let next = match c.at(j) {
        None => j,
        Some(b'\n') => j + 1,
        Some(b'#') if j > value_end => c.comment_end(j, Some(key), None)?,
        _ => {
            return Err(unexpected(
                c,
                j,
                Some(key),
                "more words after the value: a shell would run them as a command",
            ));
        }
    };
    Ok((
        Item::Assign {
            key: key.to_owned(),
            export,
            value: Some(value),
            key_span: key_start..key_end,
            value_span: value_start..value_end,
        },
        next,
    ))
}

/// The error for `reason` at `i`, unless the character there has a more precise one (NUL,
/// `\r`).
fn unexpected(c: &Cursor<'_>, i: usize, key: Option<&str>, reason: &'static str) -> DotenvError {
    match c.at(i) {
        Some(0) => c.nul(key),
        Some(b'\r') => c.unreadable(key, CR),
        _ => c.unreadable(key, reason),
    }
}

/// The value of the word starting at `i`, and where it ends (at a blank, a line feed or
/// the end of the text).
fn word(
    c: &Cursor<'_>,
    mut i: usize,
    key: &str,
) -> Result<(Zeroizing<String>, usize), DotenvError> {
    let mut out = Zeroizing::new(String::new());
    let refuse = |reason| Err(c.unreadable(Some(key), reason));
    loop {
        let Some(ch) = c.char_at(i) else {
            return Ok((out, i));
        };
        match ch {
            ' ' | '\t' | '\n' => return Ok((out, i)),
            '\'' => {
                let Some(len) = c.text[i + 1..].find('\'') else {
                    return refuse("an unterminated single quote");
                };
                let inner = &c.text[i + 1..i + 1 + len];
                if inner.contains('\0') {
                    return Err(c.nul(Some(key)));
                }
                out.push_str(inner);
                i += len + 2;
            }
            '"' => {
                let mut j = i + 1;
                loop {
                    match c.char_at(j) {
                        None => return refuse("an unterminated double quote"),
                        Some('"') => break,
                        Some('$') => {
                            return refuse("a $ inside double quotes, which a shell expands");
                        }
                        Some('`') => {
                            return refuse(
                                "a backquote inside double quotes, which runs a command",
                            );
                        }
                        Some('\\') => {
                            return refuse(
                                "a backslash inside double quotes (write the value in single quotes)",
                            );
                        }
                        Some('\0') => return Err(c.nul(Some(key))),
                        Some(d) => {
                            out.push(d);
                            j += d.len_utf8();
                        }
                    }
                }
                i = j + 1;
            }
            '\\' => match c.char_at(i + 1) {
                None => return refuse("a backslash at the end of the text"),
                Some('\n') => {
                    return refuse("a backslash that continues the line");
                }
                Some('\0') => return Err(c.nul(Some(key))),
                Some('\r') => return Err(c.unreadable(Some(key), CR)),
                Some(d) if d.is_control() => {
                    return refuse("a control character outside quotes");
                }
                Some(d) => {
                    out.push(d);
                    i += 1 + d.len_utf8();
                }
            },
            '$' => return refuse("a $ outside single quotes, which a shell expands"),
            '`' => return refuse("a backquote, which runs a command in a shell"),
            ';' | '&' | '|' | '<' | '>' | '(' | ')' => {
                return refuse(
                    "an unquoted ; & | < > ( or ): a shell would run or redirect what follows",
                );
            }
            '{' | '}' => return refuse("an unquoted { or }, which a shell may brace-expand"),
            '*' | '?' | '[' => return refuse("an unquoted * ? or [, which a shell may glob"),
            '~' => {
                return refuse("an unquoted ~, which a shell expands to a home directory");
            }
            '\0' => return Err(c.nul(Some(key))),
            '\r' => return refuse(CR),
            d if d.is_control() || d.is_whitespace() || crate::text::is_forbidden(d) => {
                return refuse(
                    "a control, invisible or unusual whitespace character outside quotes",
                );
            }
            d => {
                out.push(d);
                i += d.len_utf8();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Dialect, Document, DotenvError};

    fn value(text: &str, key: &str) -> Option<String> {
        Document::parse(text, Dialect::Shell)
            .unwrap_or_else(|e| panic!("{text:?}: {e}"))
            .value(key)
            .map(str::to_owned)
    }

    /// The refusal of `text`: line, key and reason.
    fn refusal(text: &str) -> (usize, Option<String>, &'static str) {
        match Document::parse(text, Dialect::Shell) {
            Err(DotenvError::Unreadable {
                line, key, reason, ..
            }) => (line, key, reason),
            other => panic!("{text:?} was not refused: {other:?}"),
        }
    }

    #[test]
    fn words_join_quoted_and_unquoted_parts() {
        assert_eq!(value("A='a'\\''b'\n", "A").as_deref(), Some("a'b"));
        assert_eq!(value("A='x'\"y\"z\n", "A").as_deref(), Some("xyz"));
        assert_eq!(value("A=a\\ b\\$c\n", "A").as_deref(), Some("a b$c"));
        assert_eq!(
            value("A=\"it's # not a comment\"\n", "A").as_deref(),
            Some("it's # not a comment")
        );
        assert_eq!(
            value("A='$(id) `id` ${X} \\'\n", "A").as_deref(),
            Some("$(id) `id` ${X} \\")
        );
        assert_eq!(value("A=a#b\n", "A").as_deref(), Some("a#b"));
        assert_eq!(value("A='x'#b\n", "A").as_deref(), Some("x#b"));
        assert_eq!(value("A=x # comment $(id)\n", "A").as_deref(), Some("x"));
        assert_eq!(value("A= # comment\n", "A").as_deref(), Some(""));
        assert_eq!(value("A=\n", "A").as_deref(), Some(""));
        assert_eq!(value("A=", "A").as_deref(), Some(""));
        assert_eq!(
            value("A=%+,-./:=@]^_!caf\u{e9}\n", "A").as_deref(),
            Some("%+,-./:=@]^_!caf\u{e9}")
        );
        assert_eq!(
            value("A='one\ntwo'\nB=2\n", "A").as_deref(),
            Some("one\ntwo")
        );
        assert_eq!(value("  export A=1\n", "A").as_deref(), Some("1"));
        assert_eq!(value("A='x\r'\n", "A").as_deref(), Some("x\r"));
    }

    #[test]
    fn every_hostile_line_is_refused_with_its_line_and_key() {
        let hostile = [
            "HOST=localhost touch X",
            "X=$(cmd)",
            "X=$HOME",
            "X=${HOME}",
            "X=`cmd`",
            "X=\"$(cmd)\"",
            "X=\"`cmd`\"",
            "X=\"a\\\"b\"",
            "Z='a\\' ; cmd ; Q='",
            "X=a;cmd",
            "X=a&cmd",
            "X=a&&cmd",
            "X=a|cmd",
            "X=a>file",
            "X=a<file",
            "X=(a b)",
            "X=a)",
            "X={a,b}",
            "X=a}",
            "X=*",
            "X=a?",
            "X=[ab]",
            "X=~",
            "X=a:~/b",
            "X=a \\",
            "X=a\\",
            "X='a",
            "X=\"a",
            "X=a b",
            "X= cmd",
            "X=a\tb",
            "X=a\r",
            "X=a\u{1}b",
            "X=a\u{a0}b",
            "export X",
            "RANDOM=1",
            "UID=1",
        ];
        for line in hostile {
            let text = format!("OK=1\n{line}\nLATER=2\n");
            let (at, key, _) = refusal(&text);
            assert_eq!(at, 2, "{line:?}");
            let name = line
                .trim_start_matches("export ")
                .split(['=', ' '])
                .next()
                .unwrap();
            assert_eq!(key.as_deref(), Some(name), "{line:?}");
        }
        // Lines that are no assignment at all name no key.
        for line in [
            "touch X", "X", "X =1", "X= =", "./run", "$(cmd)", "export", "export  ", ";", "\r",
        ] {
            let text = format!("OK=1\n{line}\n");
            let (at, _, _) = refusal(&text);
            assert_eq!(at, 2, "{line:?}");
        }
        for line in ["A.B=1", "A+=1", "A[0]=1", "1A=1"] {
            assert_eq!(
                Document::parse(line, Dialect::Shell).err(),
                Some(DotenvError::BadKey { line: 1 }),
                "{line:?}"
            );
        }
        assert_eq!(
            Document::parse("A='x\0'", Dialect::Shell).err(),
            Some(DotenvError::Nul {
                line: 1,
                key: Some("A".into())
            })
        );
    }

    #[test]
    fn a_refusal_names_the_line_where_the_entry_starts() {
        let (line, key, _) = refusal("OK=1\nA='one\ntwo' three\n");
        assert_eq!((line, key.as_deref()), (2, Some("A")));
    }
}
