//! `tandem-bench community --addr HOST:PORT --thread ID`: the community's reading paths on a
//! database seeded by `tandem seed-community` (10,000 library items, 50,000 posts, one thread of
//! 500 replies), each at a fixed rate after a warm-up: the search server function for a common
//! word, two words and a rare word, and the page of the thread with 500 replies (server render
//! included). Prints a Markdown table with the goals (search p99 ≤ 50 ms, the page ≤ 30 ms).

use crate::http::{enc, request};
use crate::load::{self, Plan, percentile};
use std::fmt::Write as _;
use std::sync::Arc;
use std::time::Duration;

const RATE: u32 = 20;

pub async fn main() -> std::process::ExitCode {
    let raw: Vec<String> = std::env::args().skip(2).collect();
    let value = |flag: &str| {
        raw.iter()
            .position(|a| a == flag)
            .and_then(|i| raw.get(i + 1))
            .cloned()
    };
    let (Some(addr), Some(thread)) = (value("--addr"), value("--thread")) else {
        eprintln!("usage: tandem-bench community --addr HOST:PORT --thread ID");
        return std::process::ExitCode::from(2);
    };
    match run(&addr, &thread).await {
        Ok(report) => {
            use std::io::Write as _;
            let _ = std::io::stdout().write_all(report.as_bytes());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tandem-bench community: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(addr: &str, thread: &str) -> Result<String, String> {
    let cookie = crate::sign_in(addr, crate::CHAIR_EMAIL).await?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### Community: search and a long discussion\n\n\
         10,000 library items and about 50,000 posts (`tandem seed-community`), signed in as the \
         chair, {RATE} requests/s for 10 s after 2 s of warm-up, one after the other.\n\n\
         | path | goal (p99) | p50 | p90 | p99 | failed |\n|---|---|---|---|---|---|"
    );
    let searches = [
        ("search: a common word (`library`)", "library"),
        ("search: two words (`digital archive`)", "digital archive"),
        ("search: a rare word (`kalomi`)", "kalomi"),
    ];
    let mut rows: Vec<(String, &str, Vec<u8>)> = searches
        .iter()
        .map(|(label, q)| {
            let body = format!("q={}", enc(q));
            (
                (*label).to_owned(),
                "50 ms",
                request(addr, "/api/search_community", Some(&cookie), Some(&body)),
            )
        })
        .collect();
    rows.push((
        "the page of a thread with 500 replies".to_owned(),
        "30 ms",
        request(
            addr,
            &format!("/community/discussions/{thread}"),
            Some(&cookie),
            None,
        ),
    ));
    for (label, goal, req) in rows {
        let outcome = load::run(Plan {
            addr: Arc::from(addr),
            request: Arc::new(req),
            rate: RATE,
            warmup: Duration::from_secs(2),
            measure: Duration::from_secs(10),
            connections: 4,
        })
        .await;
        let l = &outcome.latencies;
        let _ = writeln!(
            out,
            "| {label} | {goal} | {} | {} | {} | {} |",
            crate::ms(percentile(l, 50.0)),
            crate::ms(percentile(l, 90.0)),
            crate::ms(percentile(l, 99.0)),
            outcome.failures
        );
    }
    out.push('\n');
    Ok(out)
}
