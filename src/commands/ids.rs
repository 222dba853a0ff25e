//! `uuid`, `ulid` and `nanoid`: identifiers from the same CSPRNG, through the same framing as
//! every generator.

use anyhow::Result;

use crate::cli::{NanoidArgs, UlidArgs, UuidArgs};
use secrets_core::ids::{self, IdError, NanoidAlphabet};

use super::Outcome;
use super::emit::{Meta, emit};

pub(super) fn uuid(args: &UuidArgs) -> Result<Outcome> {
    if args.v7 {
        let mut meta = Meta::new("uuid", f64::from(ids::UUID_V7_BITS));
        meta.encoding = Some("v7");
        let start = ids::now_millis()?;
        return emit(&args.output, &meta, |src, buf| {
            let millis = ids::now_millis().unwrap_or(start);
            ids::uuid_v7_into(src, millis, buf)
        });
    }
    let mut meta = Meta::new("uuid", f64::from(ids::UUID_V4_BITS));
    meta.encoding = Some("v4");
    emit(&args.output, &meta, ids::uuid_v4_into)
}

pub(super) fn ulid(args: &UlidArgs) -> Result<Outcome> {
    let meta = Meta::new("ulid", f64::from(ids::ULID_BITS));
    let start = ids::now_millis()?;
    emit(&args.output, &meta, |src, buf| {
        let millis = ids::now_millis().unwrap_or(start);
        ids::ulid_into(src, millis, buf)
    })
}

pub(super) fn nanoid(args: &NanoidArgs) -> Result<Outcome> {
    let alphabet = NanoidAlphabet::new(args.alphabet.as_deref().unwrap_or(ids::NANOID_ALPHABET))
        .map_err(|e| {
            let hint = match e {
                IdError::Repeated(_) => "\nhint: list each character once",
                _ => "",
            };
            anyhow::anyhow!("--alphabet: {e}{hint}")
        })?;
    let size = usize::try_from(args.size)?;
    let mut meta = Meta::new("nanoid", args.size as f64 * (alphabet.len() as f64).log2());
    meta.length = Some(args.size);
    meta.alphabet_size = Some(alphabet.len());
    emit(&args.output, &meta, |src, buf| {
        alphabet.generate_into(src, size, buf)
    })
}
