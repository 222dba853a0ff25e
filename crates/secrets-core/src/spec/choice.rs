//! `choice`: items drawn uniformly from a given set, like Python's `secrets.choice`, with
//! or without replacement.

use serde::Deserialize;

use super::plan::Plan;
use super::{Entropy, Info, Problem, SpecError};
use crate::RandomSource;
use crate::choice::{Drawer, Items};

/// Options of `secrets choice`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct ChoiceSpec {
    /// The items to choose from [default: the lines of standard input, as with -].
    #[cfg_attr(feature = "clap", arg(value_name = "ITEM"))]
    #[serde(rename = "item")]
    pub items: Vec<String>,

    /// Draw without replacement: the --count items are all different.
    #[cfg_attr(feature = "clap", arg(short = 'u', long))]
    pub unique: bool,
}

impl ChoiceSpec {
    /// The plan for `items` as given. An item `-` is refused: on the command line it means
    /// the lines of standard input, which a front end reads before planning
    /// ([`ChoiceSpec::plan_items`]).
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        if self.items.iter().any(|i| i == "-") {
            return Err(SpecError::new(
                "item",
                Problem::NotAllowed("`-` would mean standard input; it is not an item here".into()),
            ));
        }
        for item in &self.items {
            crate::text::check_printable("an item", item)
                .map_err(|e| SpecError::new("item", Problem::Invalid(e)))?;
        }
        let items =
            Items::new(&self.items).map_err(|e| SpecError::new("item", Problem::Engine(e)))?;
        self.plan_items(items)
    }

    /// The plan for items already collected (say, the lines of a large input, kept in one
    /// text); `self.items` is not read.
    pub fn plan_items(&self, items: Items) -> Result<Plan, SpecError> {
        let mut info = Info::new("choice", (items.len() as f64).log2());
        info.items = Some(items.len());
        info.unique = Some(self.unique);
        let max_len = items.iter().map(str::len).max().unwrap_or(0) as u64;
        let alphabet: std::collections::BTreeSet<char> =
            items.iter().flat_map(str::chars).collect();
        let unique = self.unique;
        let items = std::sync::Arc::new(items);
        let entropy = Entropy::exact(info.entropy_bits);
        Ok(Plan::new(
            info,
            entropy,
            max_len,
            std::sync::Arc::new(move |count| {
                let mut drawer = Drawer::new(std::sync::Arc::clone(&items), unique, count)
                    .map_err(|e| SpecError::new("unique", Problem::Engine(e)))?;
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    drawer.draw_into(src, out)
                }))
            }),
        )
        .with_alphabet(alphabet))
    }
}
