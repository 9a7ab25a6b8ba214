//! `tandem-bench write`: signed-in clients writing a mix of journal entries, support hours and
//! session proposals as fast as they can, each write with its own request key: writes per
//! second, p50/p99 latency, errors (any "busy" reaching a person counts), and the trend
//! (the last 10 s against the first 10 s).

use crate::http::{Conn, enc, request};
use std::fmt::Write as _;
use std::io::Write as _;
use std::time::{Duration, Instant};

pub struct Plan {
    pub addr: String,
    pub cookie: String,
    pub partnership: i64,
    pub clients: usize,
    pub seconds: u64,
    /// Today in UTC as days since 1970-01-01.
    pub today: i64,
    /// Which writes, in turn: `j` journal, `h` hours, `p` proposals.
    pub mix: String,
}

#[derive(Default)]
pub struct Outcome {
    /// (seconds since the start, latency, ok) per write.
    pub writes: Vec<(f64, Duration, bool)>,
    pub errors: Vec<String>,
}

fn body(plan: &Plan, client: usize, n: u64) -> (&'static str, String) {
    let key = format!("write-{client:02}-{n:08}-{}", plan.today);
    let p = plan.partnership;
    let kinds = plan.mix.as_bytes();
    match kinds
        .get(n as usize % kinds.len().max(1))
        .copied()
        .unwrap_or(b'j')
    {
        b'j' => (
            "/api/add_journal_entry",
            format!(
                "form%5Bpartnership_id%5D={p}&form%5Bkind%5D=note&form%5Bbody%5D={}&form%5Brequest_key%5D={key}",
                enc(&format!("load note {client}-{n}"))
            ),
        ),
        b'h' => (
            "/api/save_hours",
            format!(
                "form%5Bpartnership_id%5D={p}&form%5Bentry_id%5D=0&form%5Bon_date%5D={}&form%5Bminutes%5D=5\
                 &form%5Bcategory%5D=other&form%5Bnote%5D=load&form%5Brequest_key%5D={key}",
                crate::civil_from_days(plan.today - 1)
            ),
        ),
        _ => (
            "/api/propose_session",
            format!(
                "form%5Bpartnership_id%5D={p}&form%5Btime_1%5D={}T{:02}%3A{:02}&form%5Bmedium%5D=phone\
                 &form%5Bduration%5D=30&form%5Brequest_key%5D={key}",
                crate::civil_from_days(plan.today + 20 + (n as i64 / 3) % 200),
                8 + client % 10,
                (n / 600) % 60
            ),
        ),
    }
}

pub async fn run(plan: Plan) -> Outcome {
    let plan = std::sync::Arc::new(plan);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(plan.seconds);
    let mut tasks = Vec::new();
    for client in 0..plan.clients {
        let plan = plan.clone();
        tasks.push(tokio::spawn(async move {
            let mut out = Outcome::default();
            let Ok(mut conn) = Conn::open(&plan.addr).await else {
                out.errors
                    .push(format!("client {client} could not connect"));
                return out;
            };
            let mut n = 0u64;
            while Instant::now() < deadline {
                let (path, body) = body(&plan, client, n);
                n += 1;
                let sent = Instant::now();
                let answer = conn
                    .send(&request(&plan.addr, path, Some(&plan.cookie), Some(&body)))
                    .await;
                let took = sent.elapsed();
                let at = (sent - started).as_secs_f64();
                match answer {
                    Ok(r) if r.status == 200 => out.writes.push((at, took, true)),
                    Ok(r) => {
                        out.writes.push((at, took, false));
                        if out.errors.len() < 5 {
                            out.errors
                                .push(format!("{path}: {} {}", r.status, r.text()));
                        }
                    }
                    Err(e) => {
                        out.errors.push(format!("{path}: {e}"));
                        break;
                    }
                }
            }
            out
        }));
    }
    let mut all = Outcome::default();
    for t in tasks {
        if let Ok(o) = t.await {
            all.writes.extend(o.writes);
            all.errors.extend(o.errors);
        }
    }
    all
}

/// The Markdown table of an outcome.
pub fn report(plan_seconds: u64, clients: usize, o: &Outcome) -> String {
    let ok: Vec<&(f64, Duration, bool)> = o.writes.iter().filter(|w| w.2).collect();
    let failed = o.writes.len() - ok.len();
    let mut lat: Vec<Duration> = ok.iter().map(|w| w.1).collect();
    lat.sort();
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 * p) as usize).min(lat.len().saturating_sub(1)))
            .map(|d| format!("{:.1}", d.as_secs_f64() * 1000.0))
            .unwrap_or_else(|| "-".into())
    };
    let window = |from: f64, to: f64| {
        ok.iter().filter(|w| w.0 >= from && w.0 < to).count() as f64 / (to - from)
    };
    let secs = plan_seconds as f64;
    let (first, last) = (window(0.0, 10.0), window(secs - 10.0, secs));
    format!(
        "| clients | seconds | writes | writes/s | p50 ms | p99 ms | failed | first 10 s /s | last 10 s /s | last/first |\n\
         |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n\
         | {clients} | {plan_seconds} | {} | {:.0} | {} | {} | {failed} | {first:.0} | {last:.0} | {:.2} |\n",
        ok.len(),
        ok.len() as f64 / secs,
        pct(0.5),
        pct(0.99),
        if first > 0.0 { last / first } else { 0.0 }
    )
}

/// `tandem-bench write --addr HOST:PORT [--clients 8] [--seconds 60] [--mix jhp]`.
pub async fn main() -> std::process::ExitCode {
    let raw: Vec<String> = std::env::args().skip(2).collect();
    let value = |flag: &str| {
        raw.iter()
            .position(|a| a == flag)
            .and_then(|i| raw.get(i + 1))
            .cloned()
    };
    let Some(addr) = value("--addr") else {
        eprintln!(
            "usage: tandem-bench write --addr HOST:PORT [--clients 8] [--seconds 60] [--mix jhp]"
        );
        return std::process::ExitCode::from(2);
    };
    let clients = value("--clients").and_then(|v| v.parse().ok()).unwrap_or(8);
    let seconds = value("--seconds")
        .and_then(|v| v.parse().ok())
        .unwrap_or(60u64)
        .max(20);
    let setup = async {
        let coach = crate::sign_in(&addr, crate::COACH).await?;
        let partnership = crate::first_partnership(&addr, &coach).await?;
        Ok::<_, String>((coach, partnership))
    };
    let (cookie, partnership) = match setup.await {
        Ok(x) => x,
        Err(e) => {
            eprintln!("tandem-bench write: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64 / 86_400)
        .unwrap_or(0);
    let outcome = run(Plan {
        addr,
        cookie,
        partnership,
        clients,
        seconds,
        today,
        mix: value("--mix").unwrap_or_else(|| "jhp".into()),
    })
    .await;
    let mut report = report(seconds, clients, &outcome);
    for e in outcome.errors.iter().take(5) {
        let _ = writeln!(report, "\nerror: {e}");
    }
    let _ = std::io::stdout().write_all(report.as_bytes());
    std::process::ExitCode::SUCCESS
}
