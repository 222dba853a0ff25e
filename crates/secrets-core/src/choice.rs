//! `choice`: uniformly chosen items, with replacement (like Python's `secrets.choice`) or
//! without (a uniformly random selection in uniformly random order).

use crate::error::{Error, Result};
use crate::lines::Lines;
use crate::rng::RandomSource;
use crate::uniform::Uniform;

/// The distinct, non-empty items to choose from, held as one text plus offsets (memory a
/// small multiple of the input, however many items).
#[derive(Debug, Clone)]
pub struct Items {
    items: Lines,
}

impl Items {
    /// Collects the items: empty ones are dropped and repeats count once, so that every
    /// distinct item is equally likely. No items at all is an error.
    pub fn new<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Result<Items> {
        Items::from_lines(Lines::from_strings(items))
    }

    /// The items of an already collected set of lines; none at all is an error.
    pub fn from_lines(items: Lines) -> Result<Items> {
        if items.is_empty() {
            return Err(Error::InvalidArgument(
                "there are no items to choose from".into(),
            ));
        }
        Ok(Items { items })
    }

    /// The number of distinct items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no items (never true for a constructed `Items`).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The distinct items.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.items.iter()
    }
}

/// Draws items one at a time.
///
/// With replacement every draw is uniform and independent (Lemire's method). Without
/// replacement the draws are a partial Fisher–Yates shuffle with exact uniform indices: the
/// first `k` draws are a uniformly random sequence of `k` distinct items.
#[derive(Debug, Clone)]
pub struct Drawer {
    items: std::sync::Arc<Items>,
    /// Without replacement: a permutation of the item indices whose first `drawn` entries
    /// are the items drawn so far (4 bytes per item).
    order: Option<Vec<u32>>,
    drawn: usize,
    pick: Uniform,
}

impl Drawer {
    /// A drawer of `count` items; without replacement (`unique`), `count` may not exceed the
    /// number of distinct items.
    pub fn new(
        items: impl Into<std::sync::Arc<Items>>,
        unique: bool,
        count: u64,
    ) -> Result<Drawer> {
        let items = items.into();
        if unique && count > items.len() as u64 {
            return Err(Error::InvalidArgument(format!(
                "--unique cannot draw {count} different items from {} distinct item{}",
                items.len(),
                if items.len() == 1 { "" } else { "s" }
            )));
        }
        let order = match unique {
            true => {
                let n = u32::try_from(items.len()).map_err(|_| {
                    Error::InvalidArgument("--unique takes at most 2^32 items".into())
                })?;
                Some((0..n).collect())
            }
            false => None,
        };
        Ok(Drawer {
            pick: Uniform::new(items.len() as u64)?,
            order,
            drawn: 0,
            items,
        })
    }

    /// Appends the next drawn item to `out`.
    pub fn draw_into(&mut self, src: &mut RandomSource, out: &mut String) -> Result<()> {
        let index = match &mut self.order {
            None => self.pick.sample_index(src)?,
            Some(order) => {
                let i = self.drawn;
                let left = order
                    .len()
                    .checked_sub(i)
                    .filter(|&n| n > 0)
                    .ok_or_else(|| {
                        Error::InvalidArgument("no distinct items are left to draw".into())
                    })?;
                let j = i + Uniform::new(left as u64)?.sample_index(src)?;
                order.swap(i, j);
                self.drawn += 1;
                order[i] as usize
            }
        };
        out.push_str(self.items.items.get(index));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use super::*;

    fn items(list: &[&str]) -> Items {
        Items::new(list).expect("items")
    }

    #[test]
    fn empty_items_are_dropped_and_repeats_count_once() {
        assert_eq!(items(&["a", "", "b", "a"]).len(), 2);
        assert!(Items::new(Vec::<String>::new()).is_err());
        assert!(Items::new([""]).is_err());
    }

    #[test]
    fn unique_draws_are_distinct_and_limited_to_the_distinct_items() {
        let mut src = RandomSource::new();
        let mut d = Drawer::new(items(&["a", "b", "c", "a"]), true, 3).expect("valid");
        let mut seen = HashSet::new();
        for _ in 0..3 {
            let mut s = String::new();
            d.draw_into(&mut src, &mut s).expect("random");
            assert!(seen.insert(s));
        }
        assert!(d.draw_into(&mut src, &mut String::new()).is_err());
        assert!(Drawer::new(items(&["a", "b"]), true, 3).is_err());
    }

    /// Without replacement, all 24 orders of 4 items are equally likely: 240,000 full draws,
    /// 10,000 expected per order. Threshold 77.8 is the chi-squared(23) quantile at tail
    /// probability 1e-7 (Wilson–Hilferty), so a correct drawer fails less than once in ten
    /// million runs; a shuffle that drew `j` from all 4 positions at each step (the classic
    /// biased shuffle) puts up to 1.5 times more weight on some orders and scores in the
    /// thousands.
    #[test]
    fn unique_draws_give_every_order_equally_often() {
        let mut src = RandomSource::new();
        let mut counts: HashMap<String, u64> = HashMap::new();
        let samples = 240_000;
        for _ in 0..samples {
            let mut d = Drawer::new(items(&["a", "b", "c", "d"]), true, 4).expect("valid");
            let mut s = String::new();
            for _ in 0..4 {
                d.draw_into(&mut src, &mut s).expect("random");
            }
            *counts.entry(s).or_default() += 1;
        }
        assert_eq!(counts.len(), 24);
        let expected = samples as f64 / 24.0;
        let chi2: f64 = counts
            .values()
            .map(|&c| (c as f64 - expected).powi(2) / expected)
            .sum();
        assert!(chi2 < 77.8, "chi-squared {chi2} over {counts:?}");
    }
}
