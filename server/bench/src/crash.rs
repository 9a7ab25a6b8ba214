//! `tandem-bench crash`: writes journal entries as fast as one client can while someone kills
//! the server (`kill -9`) and starts it again, then proves that nothing doubled and nothing
//! acknowledged was lost.
//!
//! Every entry carries its own request key and a body naming it. A write that got an answer is
//! acknowledged; one that got none (the server died) is resent with the same key once the
//! server is back, as a browser's retry would. At the end every key must be in the pair's
//! journal exactly once.

use crate::http::{Conn, enc, request};
use std::collections::HashMap;
use std::io::Write as _;
use std::time::{Duration, Instant};

pub struct Plan {
    pub addr: String,
    /// The run ends when this file exists.
    pub until: std::path::PathBuf,
}

#[derive(Default)]
pub struct Outcome {
    pub sent: usize,
    pub acknowledged_first_time: usize,
    pub resent: usize,
    pub reconnects: usize,
    pub missing: Vec<String>,
    pub doubled: Vec<String>,
}

/// Connects, waiting up to 60 s for the server to come back.
async fn connect(addr: &str) -> Result<Conn, String> {
    let started = Instant::now();
    loop {
        match Conn::open(addr).await {
            Ok(c) => return Ok(c),
            Err(e) if started.elapsed() > Duration::from_secs(60) => {
                return Err(format!("the server did not come back: {e}"));
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// Sends one entry; `Ok(true)` when the server acknowledged it, `Ok(false)` when the
/// connection broke before an answer.
async fn send(conn: &mut Conn, plan: &Plan, cookie: &str, body: &str) -> Result<bool, String> {
    match conn
        .send(&request(
            &plan.addr,
            "/api/add_journal_entry",
            Some(cookie),
            Some(body),
        ))
        .await
    {
        Ok(r) if r.status == 200 => Ok(true),
        // A server going down may answer 503 or close the connection: both mean "resend".
        Ok(r) if r.status >= 500 => Ok(false),
        Ok(r) => Err(format!("an entry was refused ({}): {}", r.status, r.text())),
        Err(_) => Ok(false),
    }
}

pub async fn run(plan: Plan, cookie: &str, partnership: i64) -> Result<Outcome, String> {
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    let body_of = |key: &str| {
        format!(
            "form%5Bpartnership_id%5D={partnership}&form%5Bkind%5D=note&form%5Bbody%5D={}&form%5Brequest_key%5D={key}",
            enc(&format!("crash entry {key}"))
        )
    };
    let mut out = Outcome::default();
    let mut keys = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut conn = connect(&plan.addr).await?;
    let mut n = 0u64;
    while !plan.until.exists() {
        // Resend what got no answer first, with the same keys.
        while let Some(key) = pending.last().cloned() {
            if send(&mut conn, &plan, cookie, &body_of(&key)).await? {
                pending.pop();
                out.resent += 1;
            } else {
                out.reconnects += 1;
                conn = connect(&plan.addr).await?;
            }
        }
        n += 1;
        let key = format!("crash-{run:x}-{n:07}");
        out.sent += 1;
        keys.push(key.clone());
        if send(&mut conn, &plan, cookie, &body_of(&key)).await? {
            out.acknowledged_first_time += 1;
        } else {
            pending.push(key);
            out.reconnects += 1;
            conn = connect(&plan.addr).await?;
        }
    }
    while let Some(key) = pending.last().cloned() {
        if send(&mut conn, &plan, cookie, &body_of(&key)).await? {
            pending.pop();
            out.resent += 1;
        } else {
            conn = connect(&plan.addr).await?;
        }
    }
    // Every key exactly once in the journal.
    let journal = conn
        .send(&request(
            &plan.addr,
            "/api/get_journal",
            Some(cookie),
            Some(&format!("id={partnership}")),
        ))
        .await
        .map_err(|e| format!("reading the journal: {e}"))?;
    if journal.status != 200 {
        return Err(format!("reading the journal: {}", journal.status));
    }
    let text = journal.text();
    let prefix = format!("crash entry crash-{run:x}-");
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, _) in text.match_indices(&prefix) {
        let start = i + "crash entry ".len();
        let key = &text[start..start + prefix.len() - "crash entry ".len() + 7];
        *seen.entry(key).or_default() += 1;
    }
    for key in &keys {
        match seen.get(key.as_str()).copied().unwrap_or(0) {
            0 => out.missing.push(key.clone()),
            1 => {}
            _ => out.doubled.push(key.clone()),
        }
    }
    Ok(out)
}

/// `tandem-bench crash --addr HOST:PORT --until FILE`.
pub async fn main() -> std::process::ExitCode {
    let raw: Vec<String> = std::env::args().skip(2).collect();
    let value = |flag: &str| {
        raw.iter()
            .position(|a| a == flag)
            .and_then(|i| raw.get(i + 1))
            .cloned()
    };
    let (Some(addr), Some(until)) = (value("--addr"), value("--until")) else {
        eprintln!("usage: tandem-bench crash --addr HOST:PORT --until FILE");
        return std::process::ExitCode::from(2);
    };
    let result = async {
        let coach = crate::sign_in(&addr, crate::COACH).await?;
        let partnership = crate::first_partnership(&addr, &coach).await?;
        let plan = Plan {
            addr: addr.clone(),
            until: until.into(),
        };
        run(plan, &coach, partnership).await
    }
    .await;
    match result {
        Ok(o) => {
            let report = format!(
                "| writes sent | acknowledged at once | resent after a kill | reconnects | missing | doubled |\n\
                 |---:|---:|---:|---:|---:|---:|\n| {} | {} | {} | {} | {} | {} |\n",
                o.sent,
                o.acknowledged_first_time,
                o.resent,
                o.reconnects,
                o.missing.len(),
                o.doubled.len()
            );
            let _ = std::io::stdout().write_all(report.as_bytes());
            if o.missing.is_empty() && o.doubled.is_empty() {
                std::process::ExitCode::SUCCESS
            } else {
                eprintln!("missing: {:?}\ndoubled: {:?}", o.missing, o.doubled);
                std::process::ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("tandem-bench crash: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
