//! `tandem-bench`: measures a running Tandem server (see `./dev bench` and BENCHMARKS.md).
//!
//! 1. Fixed-rate load on a plain axum route, on `/healthz` and on the chair's dashboard server
//!    function, one after the other in the same run: p50, p90, p99 and the ratio.
//! 2. Many live subscribers on `/events`: the server's memory per idle subscriber and the time
//!    from a change (the coach logs support time) to its delivery to every subscriber.
//!
//! 3. `tandem-bench crash --addr HOST:PORT --until FILE`: journal writes while the server is
//!    killed and restarted (by `./dev`), then every acknowledged write found exactly once.
//!
//! 4. `tandem-bench write --addr HOST:PORT [--clients 8] [--seconds 60]`: signed-in clients
//!    writing journal entries, hours and proposals: writes per second, latency and the trend.
//!
//! 5. `tandem-bench community --addr HOST:PORT --thread ID`: search and a long discussion on a
//!    database seeded by `tandem seed-community`.
//!
//! The report is Markdown on standard output.

mod community;
mod crash;
mod http;
mod load;
mod push;
mod write;

use http::{Conn, enc, request};
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::Arc;
use std::time::Duration;

const USAGE: &str = "usage: tandem-bench --addr HOST:PORT --cohort SLUG [--pid SERVER_PID]
    [--rate 500] [--seconds 15] [--subscribers 1000] [--rounds 20] [--watch-addr HOST:PORT]
  --watch-addr: the live subscribers connect to this server (a second one on the same
  PostgreSQL database; --pid is then its process) while the changes go through --addr";
const DEMO_PASSWORD: &str = "tandem-demo-2026";
const CHAIR: &str = "chair@demo.tandem.test";
pub(crate) const CHAIR_EMAIL: &str = CHAIR;
pub(crate) const COACH: &str = "priya.nair@demo.tandem.test";

struct Args {
    addr: String,
    /// Where the live subscribers connect (`addr` unless a second server is named).
    watch_addr: String,
    cohort: String,
    pid: Option<u32>,
    rate: u32,
    seconds: u64,
    subscribers: usize,
    rounds: usize,
}

fn args() -> Result<Args, String> {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        raw.iter()
            .position(|a| a == flag)
            .and_then(|i| raw.get(i + 1))
            .cloned()
    };
    let number = |flag: &str, default: u64| -> Result<u64, String> {
        value(flag).map_or(Ok(default), |v| {
            v.parse().map_err(|_| format!("{flag} needs a number"))
        })
    };
    let addr = value("--addr").ok_or("--addr is missing")?;
    Ok(Args {
        watch_addr: value("--watch-addr").unwrap_or_else(|| addr.clone()),
        addr,
        cohort: value("--cohort").ok_or("--cohort is missing")?,
        pid: value("--pid").and_then(|p| p.parse().ok()),
        rate: number("--rate", 500)? as u32,
        seconds: number("--seconds", 15)?,
        subscribers: number("--subscribers", 1000)? as usize,
        rounds: number("--rounds", 20)? as usize,
    })
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    if std::env::args().nth(1).as_deref() == Some("crash") {
        return crash::main().await;
    }
    if std::env::args().nth(1).as_deref() == Some("community") {
        return community::main().await;
    }
    if std::env::args().nth(1).as_deref() == Some("write") {
        return write::main().await;
    }
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    match run(args).await {
        Ok(report) => {
            let _ = std::io::stdout().write_all(report.as_bytes());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tandem-bench: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

pub(crate) async fn sign_in(addr: &str, email: &str) -> Result<String, String> {
    let body = format!(
        "form%5Bemail%5D={}&form%5Bpassword%5D={}&form%5Bnext%5D=%2F",
        enc(email),
        enc(DEMO_PASSWORD)
    );
    let mut conn = Conn::open(addr).await.map_err(|e| e.to_string())?;
    let r = conn
        .send(&request(addr, "/api/sign_in", None, Some(&body)))
        .await
        .map_err(|e| e.to_string())?;
    r.header("set-cookie")
        .and_then(|c| c.split(';').next())
        .filter(|c| c.starts_with("tandem_session=") && c.len() > "tandem_session=".len())
        .map(str::to_owned)
        .ok_or_else(|| format!("signing in as {email} failed ({}): {}", r.status, r.text()))
}

/// The first partnership linked from the coach's list.
pub(crate) async fn first_partnership(addr: &str, cookie: &str) -> Result<i64, String> {
    let mut conn = Conn::open(addr).await.map_err(|e| e.to_string())?;
    let page = conn
        .send(&request(addr, "/partnerships", Some(cookie), None))
        .await
        .map_err(|e| e.to_string())?
        .text();
    page.match_indices("/partnerships/")
        .find_map(|(i, m)| {
            let digits: String = page[i + m.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .ok_or_else(|| "the demo coach has no partnership".to_owned())
}

/// Yesterday in UTC as YYYY-MM-DD: never in the future on any clock.
fn yesterday_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days(secs as i64 / 86_400 - 1)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

pub(crate) fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

async fn run(args: Args) -> Result<String, String> {
    let addr: Arc<str> = args.addr.clone().into();
    let chair = sign_in(&args.addr, CHAIR).await?;
    let coach = sign_in(&args.addr, COACH).await?;
    let partnership = first_partnership(&args.addr, &coach).await?;
    let mut report = String::new();
    // A change: the coach logs five minutes of support (publishes one "hours" event).
    let change_body = format!(
        "form%5Bpartnership_id%5D={partnership}&form%5Bentry_id%5D=0&form%5Bon_date%5D={}\
         &form%5Bminutes%5D=5&form%5Bcategory%5D=other&form%5Bnote%5D=bench",
        yesterday_utc()
    );
    let change: Change = {
        let (host, coach) = (args.addr.clone(), coach.clone());
        let run = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let sent = std::sync::atomic::AtomicU64::new(0);
        Arc::new(move || {
            let n = sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let body = format!("{change_body}&form%5Brequest_key%5D=bench-{run:x}-{n:08}");
            request(&host, "/api/save_hours", Some(&coach), Some(&body))
        })
    };

    // 1. Fixed-rate load, one target after the other.
    let dashboard_body = format!(
        "filter%5Bcohort%5D={}&filter%5Barea%5D=&filter%5Bstatus%5D=&filter%5Balerted%5D=&filter%5Bsort%5D=",
        enc(&args.cohort)
    );
    let mut probe = Conn::open(&args.addr).await.map_err(|e| e.to_string())?;
    let answer = probe
        .send(&request(
            &args.addr,
            "/api/get_dashboard",
            Some(&chair),
            Some(&dashboard_body),
        ))
        .await
        .map_err(|e| e.to_string())?;
    if answer.status != 200 {
        return Err(format!(
            "the dashboard answered {}: {}",
            answer.status,
            answer.text()
        ));
    }
    let rows = answer.text().matches("\"coach_now\"").count();
    let targets = [
        (
            "plain axum route (`GET /favicon.svg`, static)",
            request(&args.addr, "/favicon.svg", None, None),
        ),
        (
            "axum route with one query (`GET /healthz`, `SELECT 1`)",
            request(&args.addr, "/healthz", None, None),
        ),
        (
            "dashboard server function (`POST /api/get_dashboard`, chair)",
            request(
                &args.addr,
                "/api/get_dashboard",
                Some(&chair),
                Some(&dashboard_body),
            ),
        ),
    ];
    let _ = writeln!(
        report,
        "### Server functions under fixed-rate load\n\n{} requests/s for {} s after 2 s of warm-up, \
         64 keep-alive connections, latency counted from when each request was due. The dashboard \
         is for cohort `{}` ({rows} partnerships in its answer of {} bytes); while it runs, the \
         coach logs time once a second, and each change makes the server compute it afresh.\n\n\
         | target | requests | failed | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|",
        args.rate,
        args.seconds,
        args.cohort,
        answer.body.len()
    );
    let mut p99s = Vec::new();
    for (i, (name, req)) in targets.into_iter().enumerate() {
        eprintln!("  load: {name}");
        let changes = (i == 2).then(|| {
            let (addr, change, seconds) = (addr.clone(), change.clone(), args.seconds + 2);
            tokio::spawn(async move { changes_every_second(&addr, &change, seconds).await })
        });
        let out = load::run(load::Plan {
            addr: addr.clone(),
            request: Arc::new(req),
            rate: args.rate,
            warmup: Duration::from_secs(2),
            measure: Duration::from_secs(args.seconds),
            connections: 64,
        })
        .await;
        let changed = match changes {
            Some(task) => format!(" ({} changes meanwhile)", task.await.unwrap_or(0)),
            None => String::new(),
        };
        let l = &out.latencies;
        let p99 = load::percentile(l, 99.0);
        p99s.push(p99);
        let _ = writeln!(
            report,
            "| {name}{changed} | {} | {} | {} | {} | {} | {} |",
            l.len(),
            out.failures,
            ms(load::percentile(l, 50.0)),
            ms(load::percentile(l, 90.0)),
            ms(p99),
            ms(load::percentile(l, 100.0)),
        );
    }
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-9);
    let _ = writeln!(
        report,
        "\np99 ratio, dashboard / plain route: **{:.2}x** (target at most 5x); dashboard / `/healthz`: {:.2}x.\n",
        ratio(p99s[2], p99s[0]),
        ratio(p99s[2], p99s[1]),
    );

    // 2. Live subscribers, on the same server or on a second one.
    eprintln!(
        "  push: {} subscribers on {}",
        args.subscribers, args.watch_addr
    );
    let out = push::run(push::Plan {
        addr: args.watch_addr.clone().into(),
        host: args.watch_addr.clone(),
        watcher_cookie: chair.clone(),
        change: change.clone(),
        change_cookie_conn: Conn::open(&args.addr).await.map_err(|e| e.to_string())?,
        subscribers: args.subscribers,
        rounds: args.rounds,
        server_pid: args.pid,
    })
    .await;
    let per_subscriber = match (out.rss_before_kb, out.rss_first_batch_kb, out.rss_after_kb) {
        (Some(b), Some(f), Some(a)) if out.connected > push::BATCH => format!(
            "{:.1} KB ({b} KB with none, {f} KB with the first {}, {a} KB with all)",
            a.saturating_sub(f) as f64 / (out.connected - push::BATCH) as f64,
            push::BATCH,
        ),
        _ => "not measured (needs --pid and more than one batch)".to_owned(),
    };
    let plain = match args.pid {
        Some(pid) => {
            push::idle_connection_kb(&args.watch_addr, &args.watch_addr, args.subscribers, pid)
                .await
                .map_or_else(|| "not measured".to_owned(), |kb| format!("{kb:.1} KB"))
        }
        None => "not measured (no --pid)".to_owned(),
    };
    let l = &out.latencies;
    let servers = if args.watch_addr == args.addr {
        String::new()
    } else {
        format!(
            " Two servers on one PostgreSQL database: the subscribers are on {}, the changes go \
             through {} and reach the other server by `pg_notify`.",
            args.watch_addr, args.addr
        )
    };
    let _ = writeln!(
        report,
        "### Live push\n\n{} of {} subscribers connected (the chair's session, `GET /events`); {} \
         changes (the coach logs 5 minutes of support), each delivered to every subscriber; \
         latency from sending the change to its arrival at each subscriber (so it includes the \
         write itself). Memory per idle subscriber: the server's resident memory growth from the \
         first batch of 100 to all, divided by their number (the first batch pays for warming up).{servers}\n\n\
         | deliveries | missed | failed changes | p50 ms | p99 ms | max ms | server memory per idle subscriber |\n\
         |---:|---:|---:|---:|---:|---:|---|\n| {} | {} | {} | {} | {} | {} | {per_subscriber} |",
        out.connected,
        args.subscribers,
        args.rounds,
        l.len(),
        out.missed,
        out.change_failures,
        ms(load::percentile(l, 50.0)),
        ms(load::percentile(l, 99.0)),
        ms(load::percentile(l, 100.0)),
    );
    let _ = writeln!(
        report,
        "\nFor comparison, an idle keep-alive connection that made one plain request \
         (`GET /healthz`), measured the same way: {plain}.\n"
    );
    Ok(report)
}

/// Makes a fresh change request each time it is called (each with its own request key).
pub type Change = Arc<dyn Fn() -> Vec<u8> + Send + Sync>;

/// Sends a change once a second for `seconds`; answers how many succeeded.
async fn changes_every_second(addr: &str, change: &Change, seconds: u64) -> usize {
    let Ok(mut conn) = Conn::open(addr).await else {
        return 0;
    };
    let mut done = 0;
    for _ in 0..seconds {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if matches!(conn.send(&change()).await, Ok(r) if r.status == 200) {
            done += 1;
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), "1970-01-01");
        assert_eq!(civil_from_days(11_016), "2000-02-29");
        assert_eq!(civil_from_days(20_787), "2026-11-30");
        assert_eq!(civil_from_days(-1), "1969-12-31");
    }
}
