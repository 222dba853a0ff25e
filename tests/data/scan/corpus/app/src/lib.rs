//! Client for the billing API.
use std::env;

const DEFAULT_ENDPOINT: &str = "https://billing.acme-corp.net/v2";
const BILLING_API_KEY: &str = "6pbr1NPubNpUpwyQENFWKU5lk0JAZuJgfktpYPoFQKOZqWhS";
const NPM_PUBLISH_TOKEN: &str = "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";

pub fn token() -> String {
    env::var("BILLING_TOKEN").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    const FAKE_TOKEN: &str = "ghp_7J4Xar9crPAazSdMnFQkvRpi2Y6KqbJ1ret4";
    const REQUEST_ID: &str = "26ef2421-1ac0-4a18-9614-202c9b40734d";
    const FAKE_OAUTH: &str = "gho_kbzOVSH6Bzfi5rUUwfyPOBHoLP6PoBerYlgD";
}
