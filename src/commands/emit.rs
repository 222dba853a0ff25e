//! The framing every generator shares: `--count`, plain lines or JSON Lines,
//! `--no-newline`, and the sink (`--output`, `--clip`, stdout).

use std::io::Write;

use anyhow::{Result, bail};
use zeroize::Zeroizing;

use crate::cli::OutputArgs;
use crate::io::{Sink, write_json_str};
use secrets_core::spec::Info;
use secrets_core::{self as secrets, RandomSource};

use super::Outcome;

/// How each secret is wrapped on output: a JSON object, a newline, or nothing.
pub(super) struct Framing {
    /// For `--json`: the serialized fields after the secret, as `,"kind":...}`.
    json_tail: Option<String>,
    newline: bool,
    escape: Option<crate::cli::Escape>,
    pub(super) count: u64,
}

impl Framing {
    pub(super) fn new(out: &OutputArgs, meta: &Info) -> Result<Framing> {
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

    /// Bytes the JSON framing adds after a secret (0 for plain lines).
    fn tail_len(&self) -> usize {
        self.json_tail.as_ref().map_or(0, |t| t.len() + 12)
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
    meta: &Info,
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

/// From this many secrets on, [`emit_parallel`] generates on two threads.
const PARALLEL_FROM: u64 = 100_000;
/// Secrets per batch handed from a generating thread to the writer.
const BATCH: u64 = 4096;

/// Like [`emit`], for generators that can be built once per thread (`make`). With many
/// secrets and two or more cores, two threads generate alternate batches, each with its own
/// generator and its own random source, and this thread writes the batches in order. Every
/// secret is still an independent, exactly uniform draw, so the output has the same
/// distribution as [`emit`]'s; small runs never start a thread.
pub(super) fn emit_parallel<G>(
    out: &OutputArgs,
    meta: &Info,
    make: impl Fn() -> Result<G> + Sync,
) -> Result<Outcome>
where
    G: FnMut(&mut RandomSource, &mut String) -> secrets::Result<()>,
{
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if out.count < PARALLEL_FROM || cores < 2 || out.clip {
        return emit(out, meta, make()?);
    }
    let framing = Framing::new(out, meta)?;
    let batches = framing.count.div_ceil(BATCH);
    // Some(sink) once written; None when a thread could not be started (no memory for its
    // stack, a thread limit): then this thread generates everything, as for small runs.
    let written = std::thread::scope(|scope| -> Result<Option<Sink>> {
        let mut batches_from = Vec::new();
        for worker in 0..2u64 {
            let (tx, rx) = std::sync::mpsc::sync_channel(2);
            let (framing, make) = (&framing, &make);
            let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
                let mut generate = match make() {
                    Ok(g) => g,
                    Err(e) => return drop(tx.send(Err(e))),
                };
                let mut src = RandomSource::new();
                for batch in (worker..batches).step_by(2) {
                    let n = BATCH.min(framing.count - batch * BATCH);
                    let made = generate_batch(framing, &mut generate, &mut src, n)
                        .map_err(anyhow::Error::from);
                    let failed = made.is_err();
                    // A closed channel means the writer stopped (an error, or `| head`).
                    if tx.send(made).is_err() || failed {
                        return;
                    }
                }
            });
            if spawned.is_err() {
                // Dropping the receivers stops a worker that did start.
                return Ok(None);
            }
            batches_from.push(rx);
        }
        let mut sink = Sink::for_output(out)?;
        for batch in 0..batches {
            let bytes = batches_from[usize::from(batch % 2 == 1)]
                .recv()
                .map_err(|_| anyhow::anyhow!("a generating thread stopped unexpectedly"))??;
            sink.write_all(&bytes)?;
        }
        Ok(Some(sink))
    })?;
    let Some(sink) = written else {
        return emit(out, meta, make()?);
    };
    sink.finish()?;
    Ok(Outcome::Success)
}

/// `n` framed secrets in one wiped buffer, which grows by copy-and-wipe only.
fn generate_batch<G>(
    framing: &Framing,
    generate: &mut G,
    src: &mut RandomSource,
    n: u64,
) -> secrets::Result<Zeroizing<Vec<u8>>>
where
    G: FnMut(&mut RandomSource, &mut String) -> secrets::Result<()>,
{
    let oom = |_| secrets::Error::InvalidArgument("cannot allocate memory for a batch".into());
    let mut bytes = secrets_core::secret::with_capacity(64 * 1024).map_err(oom)?;
    let mut buf = Zeroizing::new(String::with_capacity(4096));
    for _ in 0..n {
        buf.clear();
        generate(src, &mut buf)?;
        // JSON escapes a byte as at most 6; the framing adds the JSON tail and a newline.
        let worst = buf.len() * 6 + framing.tail_len() + 16;
        secrets_core::secret::reserve(&mut bytes, worst).map_err(oom)?;
        // Writing into a Vec with room cannot fail.
        let _ = framing.begin(&mut *bytes);
        let _ = framing.body(&mut *bytes, &buf);
        let _ = framing.end(&mut *bytes);
    }
    Ok(bytes)
}
