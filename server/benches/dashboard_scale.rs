//! Does one cohort's dashboard cost the same in a programme of 1,000 cohorts (100,000
//! partnerships) as in a database that holds that cohort alone? For each engine it seeds both
//! databases (the measured cohort, `load-100`, is the same in both), then computes the
//! dashboard afresh (no cache) many times and reports the statements each computation ran and
//! its time (p50, p99).
//!
//! `cargo bench -p server --bench dashboard_scale -- [COHORTS]` (1,000 unless given); on
//! PostgreSQL too when `TANDEM_TEST_POSTGRES` names a server (`./dev bench` starts one).
//! Prints a Markdown table on standard output, progress on standard error.
#![allow(clippy::print_stdout)] // the report is its output

use app::features::dashboard::service::dashboard;
use jiff::Timestamp;
use sea_orm::DatabaseConnection;
use shared::Role;
use shared::dashboard::DashboardFilter;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const PAIRS: usize = 100;
const RUNS: usize = 200;

struct Measure {
    statements: usize,
    p50: Duration,
    p99: Duration,
    rows: usize,
}

/// A new database on the engine: a SQLite file in a temporary folder, or a new PostgreSQL
/// database on `server`.
async fn new_database(engine: &str, server: Option<&str>, tag: &str) -> String {
    let stamp = format!(
        "{}_{}",
        std::process::id(),
        Timestamp::now().as_nanosecond()
    );
    match server {
        Some(server) => {
            app::server::db::create_unique_postgres_database(server, &format!("bench_{tag}"))
                .await
                .expect("a new PostgreSQL database")
        }
        None => {
            let dir = std::env::temp_dir().join(format!("tandem-scale-{engine}-{tag}-{stamp}"));
            std::fs::create_dir_all(&dir).expect("a temporary folder");
            format!("sqlite://{}", dir.join("scale.db").display())
        }
    }
}

async fn seeded(url: &str, cohorts: usize) -> DatabaseConnection {
    let db = server::open_database(url)
        .await
        .expect("the database opens");
    let started = Instant::now();
    for index in 0..cohorts {
        app::features::programme::load::seed_load_cohort(&db, PAIRS, index, Timestamp::now())
            .await
            .expect("a synthetic cohort");
        if (index + 1) % 100 == 0 {
            eprintln!(
                "    {} of {cohorts} cohorts seeded ({:.0} s)",
                index + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    db
}

async fn measure(mut db: DatabaseConnection) -> Measure {
    let statements = Arc::new(AtomicUsize::new(0));
    let counter = statements.clone();
    db.set_metric_callback(move |_| {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    let chair = app::features::auth::service::create_person(
        &db,
        app::features::auth::service::NewPerson {
            email: "scale-chair@load.tandem.test",
            display_name: "Scale chair",
            time_zone: "Europe/London",
            languages: &["English".to_owned()],
            password_hash: None,
            roles: &[Role::Chair],
            is_demo: true,
        },
        Timestamp::now(),
    )
    .await
    .expect("a chair");
    let chair = app::features::auth::service::load_user(&db, chair)
        .await
        .expect("the chair");
    let filter = DashboardFilter {
        cohort: format!("load-{PAIRS}"),
        ..Default::default()
    };
    let mut rows = 0;
    for _ in 0..20 {
        rows = dashboard(&db, &chair, &filter, Timestamp::now())
            .await
            .expect("the dashboard")
            .rows
            .len();
    }
    statements.store(0, Ordering::Relaxed);
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        let view = dashboard(&db, &chair, &filter, Timestamp::now()).await;
        times.push(started.elapsed());
        assert_eq!(view.expect("the dashboard").rows.len(), rows);
    }
    times.sort_unstable();
    Measure {
        statements: statements.load(Ordering::Relaxed) / RUNS,
        p50: times[RUNS / 2],
        p99: times[RUNS * 99 / 100],
        rows,
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    let cohorts: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    let postgres = std::env::var("TANDEM_TEST_POSTGRES").ok();
    let mut engines = vec![("SQLite", None)];
    if let Some(server) = postgres.as_deref() {
        engines.push(("PostgreSQL", Some(server)));
    }
    println!(
        "### One cohort's dashboard in a small and a large programme\n\n\
         The chair's dashboard of cohort `load-{PAIRS}` ({PAIRS} pairs, four months of sessions \
         and support time), computed afresh {RUNS} times after 20 warm-up runs, in a database \
         holding that cohort alone and in one holding {cohorts} such cohorts ({} partnerships).\n\n\
         | engine | database | partnerships shown | statements | p50 ms | p99 ms |\n\
         |---|---|---:|---:|---:|---:|",
        cohorts * PAIRS
    );
    for (engine, server) in engines {
        for (label, count) in [("one cohort", 1), ("large", cohorts)] {
            eprintln!("  {engine}: seeding {count} cohorts of {PAIRS} pairs");
            let url = new_database(engine, server, &label.replace(' ', "_")).await;
            let db = seeded(&url, count).await;
            eprintln!("  {engine}: measuring the dashboard ({label})");
            let m = measure(db).await;
            let what = if count == 1 {
                "that cohort alone".to_owned()
            } else {
                format!("{count} cohorts, {} partnerships", count * PAIRS)
            };
            println!(
                "| {engine} | {what} | {} | {} | {} | {} |",
                m.rows,
                m.statements,
                ms(m.p50),
                ms(m.p99)
            );
        }
    }
}
