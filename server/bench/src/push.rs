//! Many live subscribers on `/events`: memory per idle subscriber (the server's resident memory
//! before and after they connect) and the time from a change to its delivery to each of them.

use crate::http::{Conn, request};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep, timeout};

pub struct Plan {
    pub addr: Arc<str>,
    pub host: String,
    /// The subscribers' session cookie (the chair: sees every partnership's figures).
    pub watcher_cookie: String,
    /// Makes a request that changes data and publishes one "hours" event (each with its own
    /// request key: a resend of one key stores once and publishes nothing).
    pub change: crate::Change,
    pub change_cookie_conn: Conn,
    pub subscribers: usize,
    pub rounds: usize,
    pub server_pid: Option<u32>,
}

pub struct Outcome {
    pub connected: usize,
    /// The server's resident memory before any subscriber, with the first batch connected, and
    /// with all of them connected.
    pub rss_before_kb: Option<u64>,
    pub rss_first_batch_kb: Option<u64>,
    pub rss_after_kb: Option<u64>,
    pub latencies: Vec<Duration>,
    pub missed: usize,
    pub change_failures: usize,
}

/// Subscribers connect in batches of this many, as browsers would over time rather than all in
/// the same millisecond.
pub const BATCH: usize = 100;

pub async fn run(mut plan: Plan) -> Outcome {
    let rss_before_kb = plan.server_pid.and_then(rss_kb);
    let mut rss_first_batch_kb = None;
    let (tx, mut rx) = mpsc::unbounded_channel::<Instant>();
    let connected = Arc::new(AtomicUsize::new(0));
    let subscribe = Arc::new(request(
        &plan.host,
        "/events",
        Some(&plan.watcher_cookie),
        None,
    ));
    let mut streams = Vec::with_capacity(plan.subscribers);
    for i in 0..plan.subscribers {
        if i > 0 && i % BATCH == 0 {
            settle(&connected, i).await;
            if i == BATCH {
                rss_first_batch_kb = plan.server_pid.and_then(rss_kb);
            }
        }
        let (addr, subscribe, tx, connected) = (
            plan.addr.clone(),
            subscribe.clone(),
            tx.clone(),
            connected.clone(),
        );
        streams.push(tokio::spawn(async move {
            let Ok(mut conn) = Conn::open(&addr).await else {
                return;
            };
            if conn.open_stream(&subscribe).await.ok() != Some(200) {
                return;
            }
            connected.fetch_add(1, Ordering::SeqCst);
            while let Ok(Some(chunk)) = conn.read_chunk().await {
                let text = String::from_utf8_lossy(&chunk);
                for _ in text.matches("\"kind\":\"hours\"") {
                    let _ = tx.send(Instant::now());
                }
            }
        }));
    }
    drop(tx);
    settle(&connected, plan.subscribers).await;
    let rss_after_kb = plan.server_pid.and_then(rss_kb);
    let connected = connected.load(Ordering::SeqCst);

    let mut latencies = Vec::with_capacity(connected * plan.rounds);
    let (mut missed, mut change_failures) = (0, 0);
    for _ in 0..plan.rounds {
        let sent = Instant::now();
        match plan.change_cookie_conn.send(&(plan.change)()).await {
            Ok(r) if r.status == 200 => {}
            _ => {
                change_failures += 1;
                continue;
            }
        }
        let mut got = 0;
        while got < connected {
            match timeout(Duration::from_secs(5), rx.recv()).await {
                Ok(Some(at)) => {
                    latencies.push(at.duration_since(sent));
                    got += 1;
                }
                _ => break,
            }
        }
        missed += connected - got;
        sleep(Duration::from_millis(250)).await;
    }
    latencies.sort();
    // The subscribers hang up (the server frees their sockets before anything else is measured).
    for stream in &streams {
        stream.abort();
    }
    sleep(Duration::from_secs(1)).await;
    Outcome {
        connected,
        rss_before_kb,
        rss_first_batch_kb,
        rss_after_kb,
        latencies,
        missed,
        change_failures,
    }
}

/// Waits until `n` subscribers are connected (or 30 s), then lets them settle into idleness.
async fn settle(connected: &AtomicUsize, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while connected.load(Ordering::SeqCst) < n && Instant::now() < deadline {
        sleep(Duration::from_millis(20)).await;
    }
    sleep(Duration::from_millis(500)).await;
}

/// A process's resident memory in KiB, from `/proc/PID/status` (Linux).
pub fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// For comparison: the server's memory per idle keep-alive connection that has made one plain
/// request (`GET /healthz`), measured the same way (growth from the first batch to all).
pub async fn idle_connection_kb(addr: &str, host: &str, n: usize, pid: u32) -> Option<f64> {
    let request = request(host, "/healthz", None, None);
    let mut open = Vec::with_capacity(n);
    let mut first_batch = None;
    for i in 0..n {
        if i == BATCH {
            sleep(Duration::from_millis(500)).await;
            first_batch = rss_kb(pid);
        }
        let mut conn = Conn::open(addr).await.ok()?;
        conn.send(&request).await.ok()?;
        open.push(conn);
    }
    sleep(Duration::from_millis(500)).await;
    let all = rss_kb(pid)?;
    let per = all.saturating_sub(first_batch?) as f64 / (n - BATCH) as f64;
    drop(open);
    Some(per)
}
