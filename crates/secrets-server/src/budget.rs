//! The `/v1` generation budget: no client, and no burst of one client's requests, can take
//! the CPU and memory the generators need from everyone else.
//!
//! A plan can cost real work before the first value is drawn (exact counting for a size by
//! entropy, a website's rules table of up to 128 MiB, a passphrase's exactness proof). So
//! at most [`AT_ONCE`] generations run at a time, which also bounds the memory they hold
//! together; and each client (an address, IPv6 by its prefix, or an API key) runs one
//! generation at a time, its other requests waiting behind it. Clients take turns: a client
//! with a hundred expensive requests queued delays its own requests, while another client's
//! request waits for at most the ones already running.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Generations running at once.
pub(crate) const AT_ONCE: usize = 2;

/// Who a request is charged to, set by the guard.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Client(pub(crate) String);

/// The shared budget.
#[derive(Debug)]
pub(crate) struct Budget {
    running: Arc<Semaphore>,
    /// One semaphore of one permit per client with a request running or waiting.
    clients: Arc<Mutex<HashMap<Client, Arc<Semaphore>>>>,
}

/// A request's turn, given back when dropped: held by the generating thread itself, so a
/// client that hangs up does not free a slot its work still takes.
pub(crate) struct Turn {
    clients: Arc<Mutex<HashMap<Client, Arc<Semaphore>>>>,
    client: Client,
    queue: Arc<Semaphore>,
    _own: OwnedSemaphorePermit,
    _running: OwnedSemaphorePermit,
}

impl Budget {
    pub(crate) fn new() -> Budget {
        Budget {
            running: Arc::new(Semaphore::new(AT_ONCE)),
            clients: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// Waits for `client`'s turn: its earlier requests first, then a free slot.
    pub(crate) async fn turn(&self, client: Client) -> Option<Turn> {
        let queue = {
            let mut clients = self
                .clients
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            clients
                .entry(client.clone())
                .or_insert_with(|| Arc::new(Semaphore::new(1)))
                .clone()
        };
        // Neither semaphore is ever closed.
        let own = queue.clone().acquire_owned().await.ok()?;
        let running = self.running.clone().acquire_owned().await.ok()?;
        Some(Turn {
            clients: self.clients.clone(),
            client,
            queue,
            _own: own,
            _running: running,
        })
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        let mut clients = self
            .clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // The map's reference and this one: nobody else is waiting.
        if Arc::strong_count(&self.queue) == 2 {
            clients.remove(&self.client);
        }
    }
}
