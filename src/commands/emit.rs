//! The framing every generator shares: `--count`, plain lines or JSON Lines,
//! `--no-newline`, and the sink (`--output`, `--clip`, stdout).

use std::io::Write;

use anyhow::{Result, bail};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::cli::OutputArgs;
use crate::output::{Sink, write_json_str};
use crate::secrets::{self, RandomSource};

use super::Outcome;

/// The JSON fields after `"secret"`, in this order. Field names are part of the interface.
#[derive(Debug, Serialize)]
pub(super) struct Meta<'a> {
    pub(super) kind: &'a str,
    pub(super) entropy_bits: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) length: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) alphabet_size: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) encoding: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) prefix: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) words: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) wordlist_size: Option<usize>,
    /// Decimal strings: integers of any size do not survive JSON number parsers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) stop: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) bits: Option<u64>,
    /// The `--bits N` a size was chosen for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) target_bits: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) items: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) unique: Option<bool>,
    pub(super) checksum: Option<&'a str>,
}

impl<'a> Meta<'a> {
    pub(super) fn new(kind: &'a str, entropy_bits: f64) -> Self {
        Meta {
            kind,
            entropy_bits,
            length: None,
            alphabet_size: None,
            bytes: None,
            encoding: None,
            prefix: None,
            words: None,
            wordlist_size: None,
            start: None,
            stop: None,
            bits: None,
            target_bits: None,
            items: None,
            unique: None,
            checksum: None,
        }
    }
}

/// How each secret is wrapped on output: a JSON object, a newline, or nothing.
pub(super) struct Framing {
    /// For `--json`: the serialized fields after the secret, as `,"kind":...}`.
    json_tail: Option<String>,
    newline: bool,
    escape: Option<crate::cli::Escape>,
    pub(super) count: u64,
}

impl Framing {
    pub(super) fn new(out: &OutputArgs, meta: &Meta<'_>) -> Result<Framing> {
        if out.no_newline && out.count > 1 {
            bail!(
                "--no-newline needs a single secret, but --count is {}\n\
                 hint: drop --no-newline to get one secret per line",
                out.count
            );
        }
        let json_tail = if out.json {
            let fields = serde_json::to_string(meta)?;
            Some(format!(",{}", &fields[1..]))
        } else {
            None
        };
        Ok(Framing {
            json_tail,
            // The clipboard gets the secret alone, without a line ending.
            newline: !(out.no_newline || out.clip),
            escape: out.escape,
            count: out.count,
        })
    }

    pub(super) fn begin(&self, w: &mut impl Write) -> std::io::Result<()> {
        if self.json_tail.is_some() {
            w.write_all(b"{\"secret\":\"")?;
        }
        Ok(())
    }

    /// Writes a secret's text, escaped for JSON or for `--escape` when needed.
    pub(super) fn body(&self, w: &mut impl Write, text: &str) -> std::io::Result<()> {
        if self.json_tail.is_some() {
            write_json_str(w, text)
        } else if let Some(escape) = self.escape {
            escape.write(w, text)
        } else {
            w.write_all(text.as_bytes())
        }
    }

    pub(super) fn end(&self, w: &mut impl Write) -> std::io::Result<()> {
        if let Some(tail) = &self.json_tail {
            w.write_all(b"\"")?;
            w.write_all(tail.as_bytes())?;
        }
        if self.newline {
            w.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// Writes `out.count` secrets made by `generate` into a reused, wiped buffer.
pub(super) fn emit(
    out: &OutputArgs,
    meta: &Meta<'_>,
    mut generate: impl FnMut(&mut RandomSource, &mut String) -> secrets::Result<()>,
) -> Result<Outcome> {
    let framing = Framing::new(out, meta)?;
    let mut sink = Sink::for_output(out)?;
    let mut src = RandomSource::new();
    // Room for any ordinary secret up front, so the buffer does not reallocate (which would
    // leave an unwiped copy of the first secret behind).
    let mut buf = Zeroizing::new(String::with_capacity(4096));
    for _ in 0..framing.count {
        buf.clear();
        generate(&mut src, &mut buf)?;
        framing.begin(&mut sink)?;
        framing.body(&mut sink, &buf)?;
        framing.end(&mut sink)?;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}
