//! Who is asking: the peer's address, or behind `--trust-proxy CIDR` the address that the
//! trusted proxies put in `X-Forwarded-For`.
//!
//! The header is read from the right: each hop a trusted proxy added is skipped, and the
//! right-most address that is not a trusted proxy is the client. Hops to its left were
//! written by the client itself and prove nothing. Without `--trust-proxy` the header is
//! ignored, so nobody can choose their own rate-limit bucket.

use std::net::IpAddr;
use std::str::FromStr;

use axum::http::HeaderMap;

/// A network: an address and a prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    net: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(s: &str) -> Result<Cidr, String> {
        let bad = || format!("{s:?} is not an address or a network such as 10.0.0.0/8");
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (s, None),
        };
        let net = canonical(addr.parse::<IpAddr>().map_err(|_| bad())?);
        let max = if net.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(bad());
        }
        Ok(Cidr { net, prefix })
    }
}

impl Cidr {
    /// Whether `ip` is inside the network.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.net, canonical(ip)) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

/// IPv4-mapped IPv6 addresses (a dual-stack socket's view of IPv4 peers) as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    ip.to_canonical()
}

/// The client's address: the peer, or with trusted proxies the right-most untrusted hop.
pub(crate) fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| c.contains(ip));
    if trusted.is_empty() || !is_trusted(peer) {
        return peer;
    }
    let mut client = peer;
    // All X-Forwarded-For headers, as one list, from the right.
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    for hop in hops.iter().rev() {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = canonical(ip);
                if !is_trusted(client) {
                    break;
                }
            }
            // Garbage where an address should be: the last good hop is the best we know.
            Err(_) => break,
        }
    }
    client
}

/// The address a client is counted under: an IPv4 address as it is (an IPv4-mapped IPv6
/// address as its IPv4 address), an IPv6 address by its first `v6_prefix` bits (64 by
/// default: one subscriber usually holds a whole /64, so its addresses are one client).
pub fn bucket(addr: IpAddr, v6_prefix: u8) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let bits = u128::from(v6);
                let keep = u32::from(v6_prefix.min(128));
                let mask = u128::MAX.checked_shl(128 - keep).unwrap_or(0);
                IpAddr::V6((bits & mask).into())
            }
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse()
            .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
    }

    fn xff(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Ok(v) = v.parse() {
            h.insert("x-forwarded-for", v);
        }
        h
    }

    #[test]
    fn networks_contain_their_addresses_only() {
        let c: Cidr = "10.1.0.0/16".parse().unwrap_or(Cidr {
            net: ip("0.0.0.0"),
            prefix: 32,
        });
        assert!(c.contains(ip("10.1.200.3")));
        assert!(!c.contains(ip("10.2.0.1")));
        assert!(c.contains(ip("::ffff:10.1.0.9")));
        assert!(
            "0.0.0.0/0"
                .parse::<Cidr>()
                .is_ok_and(|c| c.contains(ip("8.8.8.8")))
        );
        assert!("::1".parse::<Cidr>().is_ok_and(|c| c.contains(ip("::1"))));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("nope".parse::<Cidr>().is_err());
    }

    #[test]
    fn the_header_is_ignored_without_trusted_proxies() {
        assert_eq!(
            client_ip(ip("1.2.3.4"), &xff("9.9.9.9"), &[]),
            ip("1.2.3.4")
        );
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let trusted: Vec<Cidr> = ["127.0.0.1", "10.0.0.0/8"]
            .iter()
            .filter_map(|s| s.parse().ok())
            .collect();
        // The client claims 6.6.6.6; the first proxy saw 5.5.5.5; an inner proxy 10.0.0.2.
        let h = xff("6.6.6.6, 5.5.5.5, 10.0.0.2");
        assert_eq!(client_ip(ip("127.0.0.1"), &h, &trusted), ip("5.5.5.5"));
        // An untrusted peer's header proves nothing.
        assert_eq!(client_ip(ip("7.7.7.7"), &h, &trusted), ip("7.7.7.7"));
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_prefix() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("address");
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().expect("address");
        let c: IpAddr = "2001:db8:1:3::1".parse().expect("address");
        assert_eq!(bucket(a, 64), bucket(b, 64));
        assert_ne!(bucket(a, 64), bucket(c, 64));
        assert_eq!(bucket(a, 48), bucket(c, 48));
        assert_ne!(bucket(a, 128), bucket(b, 128));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().expect("address");
        assert_eq!(
            bucket(mapped, 64),
            "192.0.2.7".parse::<IpAddr>().expect("v4")
        );
    }
}
