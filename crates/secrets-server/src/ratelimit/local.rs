//! The in-process table of client TATs: bounded memory however many clients appear.
//!
//! Clients are keyed by a 64-bit SipHash of their name under a random per-process key
//! (`std`'s `RandomState`), so an entry is 16 bytes whatever the client string, and nobody
//! outside the process can aim two names at one entry. (Two of 100,000 clients collide with
//! probability about 3 × 10^-10; they would then share a limit, nothing worse.)
//!
//! The table is split into shards, each a `Mutex<HashMap>` holding at most its share of
//! `max_clients` entries. A shard that is full first evicts its *idle* entries (TAT ≤ now:
//! a client back to its full allowance, which is exactly the state of an unknown client, so
//! evicting it changes no decision). If the shard is still full of *active* clients, the new
//! client is counted against one overflow bucket shared by every such client, with the
//! same quota. So an attacker with many addresses can neither evict another client's entry
//! (resetting its limit) nor grow memory: the worst it gets is one more quota, shared with
//! everyone else who arrives while the table is full.

use super::gcra::{Gcra, Step};
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::sync::{Mutex, PoisonError};

/// At most this many shards (fewer when `max_clients` is smaller).
const SHARDS: usize = 64;

/// Keys are already keyed SipHash outputs: the map uses them as they are.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; this path folds bytes in case that ever changes.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

struct Shard {
    tats: HashMap<u64, u64, BuildHasherDefault<Identity>>,
    capacity: usize,
    /// No entry becomes idle before this instant: a full shard is not rescanned earlier.
    next_idle: u64,
}

/// The table: shards of client TATs and the overflow bucket.
pub(crate) struct Table {
    keys: RandomState,
    shards: Box<[Mutex<Shard>]>,
    overflow: Mutex<u64>,
}

impl Table {
    /// A table holding at most `max_clients` clients in all (0: every client shares the
    /// overflow bucket).
    pub(crate) fn new(max_clients: usize) -> Table {
        let count = max_clients.clamp(1, SHARDS);
        let shards = (0..count)
            .map(|i| {
                let capacity = max_clients / count + usize::from(i < max_clients % count);
                Mutex::new(Shard {
                    tats: HashMap::default(),
                    capacity,
                    next_idle: 0,
                })
            })
            .collect();
        Table {
            keys: RandomState::new(),
            shards,
            overflow: Mutex::new(0),
        }
    }

    /// One request by `client` at `now` (µs on a monotonic clock).
    pub(crate) fn check(&self, gcra: &Gcra, client: &str, now: u64) -> Step {
        let key = self.keys.hash_one(client);
        // The high half picks the shard; the map's buckets use the low bits.
        let index = usize::try_from((key >> 32) % self.shards.len() as u64).unwrap_or(0);
        let shard = &self.shards[index];
        // A panic elsewhere while holding the lock leaves only TATs behind: keep using them.
        let mut shard = shard.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(tat) = shard.tats.get_mut(&key) {
            let step = gcra.step(*tat, now);
            *tat = step.tat;
            return step;
        }
        let step = gcra.step(0, now);
        if shard.tats.len() >= shard.capacity && now >= shard.next_idle {
            shard.evict_idle(now);
        }
        if shard.tats.len() < shard.capacity {
            shard.tats.insert(key, step.tat);
            shard.next_idle = shard.next_idle.min(step.tat);
            return step;
        }
        drop(shard);
        let mut overflow = self.overflow.lock().unwrap_or_else(PoisonError::into_inner);
        let step = gcra.step(*overflow, now);
        *overflow = step.tat;
        step
    }

    /// How many clients have an entry (for tests and metrics).
    pub(crate) fn len(&self) -> usize {
        self.shards
            .iter()
            .map(|s| s.lock().unwrap_or_else(PoisonError::into_inner).tats.len())
            .sum()
    }
}

impl Shard {
    /// Drops every idle entry and notes when the next one becomes idle.
    fn evict_idle(&mut self, now: u64) {
        let mut next = u64::MAX;
        self.tats.retain(|_, &mut tat| {
            let active = tat > now;
            if active {
                next = next.min(tat);
            }
            active
        });
        self.next_idle = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ratelimit::Quota;
    use std::time::Duration;

    fn quota(limit: u32) -> Gcra {
        Gcra::new(&Quota::per(limit, Duration::from_secs(60)))
    }

    #[test]
    fn a_flood_of_new_clients_neither_grows_the_table_nor_resets_active_clients() {
        let g = quota(3);
        let table = Table::new(1000);
        // 100 clients use up their burst. (64 shards of 15 or 16 entries: 100 names fill
        // none of them unless 16 land in one shard: probability about 10^-8.)
        for c in 0..100 {
            for _ in 0..3 {
                assert!(table.check(&g, &format!("active-{c}"), 1).allowed);
            }
        }
        assert_eq!(table.len(), 100);
        // A flood of new names fills the table with active clients, then shares one bucket.
        for c in 0..200_000 {
            let _ = table.check(&g, &format!("flood-{c}"), 2);
        }
        assert_eq!(table.len(), 1000);
        // The flood shared one bucket: it got its burst of 3 at most, then denials.
        assert!(!table.check(&g, "one-more", 2).allowed);
        // Active clients kept their state: still denied.
        let denied = (0..100)
            .filter(|c| !table.check(&g, &format!("active-{c}"), 3).allowed)
            .count();
        assert_eq!(denied, 100);
    }

    #[test]
    fn idle_clients_are_evicted_to_make_room() {
        let g = quota(3);
        let table = Table::new(1);
        for _ in 0..3 {
            assert!(table.check(&g, "a", 0).allowed);
        }
        // Full of an active client: "b" goes to the overflow bucket.
        assert!(table.check(&g, "b", 0).allowed);
        assert_eq!(table.len(), 1);
        // A minute later "a" is idle: "c" takes its place and gets its own state.
        let later = 61_000_000;
        for _ in 0..3 {
            assert!(table.check(&g, "c", later).allowed);
        }
        assert!(!table.check(&g, "c", later).allowed);
        // "d" finds the table full of the active "c" and uses the (idle) overflow bucket.
        assert!(table.check(&g, "d", later).allowed);
        assert_eq!(table.len(), 1);
    }

    #[test]
    fn zero_capacity_means_one_shared_bucket() {
        let g = quota(2);
        let table = Table::new(0);
        assert!(table.check(&g, "a", 0).allowed);
        assert!(table.check(&g, "b", 0).allowed);
        assert!(!table.check(&g, "c", 0).allowed);
        assert_eq!(table.len(), 0);
    }
}
