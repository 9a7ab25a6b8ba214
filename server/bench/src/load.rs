//! Fixed-rate (open-loop) load: requests leave on a schedule whatever the server's pace, and
//! each latency counts from the moment its request was due, so a slow server cannot hide its
//! queue by slowing the load down (no coordinated omission).

use crate::http::Conn;
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep_until};

pub struct Plan {
    pub addr: Arc<str>,
    pub request: Arc<Vec<u8>>,
    pub rate: u32,
    pub warmup: Duration,
    pub measure: Duration,
    pub connections: usize,
}

#[derive(Default)]
pub struct Outcome {
    /// Latencies of the successful requests due in the measured window.
    pub latencies: Vec<Duration>,
    /// Requests due in the measured window that failed or were not 200.
    pub failures: usize,
}

pub async fn run(plan: Plan) -> Outcome {
    let period_ns = 1_000_000_000u64 / u64::from(plan.rate.max(1));
    let start = Instant::now() + Duration::from_millis(100);
    let measured_from = start + plan.warmup;
    let end = measured_from + plan.measure;
    let mut tasks = JoinSet::new();
    for k in 0..plan.connections {
        let addr = plan.addr.clone();
        let request = plan.request.clone();
        let connections = plan.connections as u64;
        tasks.spawn(async move {
            let mut out = Outcome::default();
            let mut conn: Option<Conn> = None;
            for j in 0u64.. {
                let due = start + Duration::from_nanos(period_ns * (k as u64 + j * connections));
                if due >= end {
                    break;
                }
                sleep_until(due).await;
                if conn.is_none() {
                    conn = Conn::open(&addr).await.ok();
                }
                let ok = match conn.as_mut() {
                    Some(c) => match c.send(&request).await {
                        Ok(r) => r.status == 200,
                        Err(_) => {
                            conn = None;
                            false
                        }
                    },
                    None => false,
                };
                if due >= measured_from {
                    if ok {
                        out.latencies.push(due.elapsed());
                    } else {
                        out.failures += 1;
                    }
                }
            }
            out
        });
    }
    let mut all = Outcome::default();
    while let Some(Ok(part)) = tasks.join_next().await {
        all.latencies.extend(part.latencies);
        all.failures += part.failures;
    }
    all.latencies.sort();
    all
}

/// The `p`-th percentile (nearest rank) of sorted samples.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&samples, 50.0), Duration::from_millis(50));
        assert_eq!(percentile(&samples, 99.0), Duration::from_millis(99));
        assert_eq!(percentile(&samples, 100.0), Duration::from_millis(100));
        assert_eq!(percentile(&samples[..1], 99.0), Duration::from_millis(1));
        assert_eq!(percentile(&[], 50.0), Duration::ZERO);
    }
}
