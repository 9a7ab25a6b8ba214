//! Failed sign-in throttling: a sliding one-minute window per client address and per account.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

const WINDOW_MS: i64 = 60_000;

#[derive(Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, VecDeque<i64>>>,
}

impl Throttle {
    /// True when any key already has `limit` failures in the last minute.
    pub fn is_blocked(&self, keys: &[String], now_ms: i64, limit: usize) -> bool {
        let Ok(mut map) = self.failures.lock() else {
            return false;
        };
        keys.iter().any(|key| {
            map.get_mut(key).is_some_and(|times| {
                while times.front().is_some_and(|t| now_ms - *t >= WINDOW_MS) {
                    times.pop_front();
                }
                times.len() >= limit
            })
        })
    }

    /// Counts one request against each key when none of them has reached its own limit in the
    /// last minute; false (and nothing counted) when one has. For requests limited whether they
    /// succeed or not (reset links, application links).
    pub fn try_take(&self, limits: &[(String, usize)], now_ms: i64) -> bool {
        if limits
            .iter()
            .any(|(key, limit)| self.is_blocked(std::slice::from_ref(key), now_ms, *limit))
        {
            return false;
        }
        for (key, _) in limits {
            self.record_failure(std::slice::from_ref(key), now_ms);
        }
        true
    }

    /// Records one failure against every key.
    pub fn record_failure(&self, keys: &[String], now_ms: i64) {
        if let Ok(mut map) = self.failures.lock() {
            if map.len() > 100_000 {
                map.retain(|_, times| times.back().is_some_and(|t| now_ms - *t < WINDOW_MS));
            }
            for key in keys {
                map.entry(key.clone()).or_default().push_back(now_ms);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_limit_within_a_minute_then_forgets() {
        let t = Throttle::default();
        let keys = vec!["ip:1".to_owned(), "acct:a@b.org".to_owned()];
        for i in 0..10 {
            assert!(!t.is_blocked(&keys, i, 10));
            t.record_failure(&keys, i);
        }
        assert!(t.is_blocked(&keys, 100, 10));
        assert!(
            t.is_blocked(&["acct:a@b.org".to_owned()], 100, 10),
            "the account alone is blocked"
        );
        assert!(!t.is_blocked(&["ip:2".to_owned()], 100, 10));
        assert!(
            !t.is_blocked(&keys, 60_010, 10),
            "a minute later the window is empty"
        );
    }

    #[test]
    fn try_take_counts_each_request_until_one_key_is_full() {
        let t = Throttle::default();
        let limits = [("addr".to_owned(), 2), ("client".to_owned(), 3)];
        assert!(t.try_take(&limits, 0));
        assert!(t.try_take(&limits, 1));
        assert!(!t.try_take(&limits, 2), "the address is full");
        assert!(t.try_take(&[("other".to_owned(), 2), ("client".to_owned(), 3)], 3));
        assert!(
            !t.try_take(&[("new".to_owned(), 2), ("client".to_owned(), 3)], 4),
            "the client is full"
        );
        assert!(t.try_take(&limits, 60_005), "a minute later");
    }
}
