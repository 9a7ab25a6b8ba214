//! Does one cohort's dashboard cost the same in a programme of 1,000 cohorts (100,000
//! partnerships) as in a database that holds that cohort alone? For each engine it seeds both
//! databases (the measured cohort, `load-100`, is the same in both), then computes the
//! dashboard afresh (no cache) many times, the two databases taking turns, and reports the
//! statements each computation ran and its time (p50, p99), then where the time goes: each
//! statement's mean time in both databases.
//!
//! `cargo bench -p server --bench dashboard_scale -- [COHORTS]` (1,000 unless given); on
//! PostgreSQL too when `TANDEM_TEST_POSTGRES` names a server (`./dev bench` starts one).
//! Prints a Markdown table on standard output, progress on standard error.
#![allow(clippy::print_stdout)] // the report is its output

use app::features::dashboard::service::dashboard;
use jiff::Timestamp;
use sea_orm::DatabaseConnection;
use shared::Role;
use shared::account::CurrentUser;
use shared::dashboard::DashboardFilter;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PAIRS: usize = 100;
const RUNS: usize = 200;
/// The measured runs are made in this many turns per database.
const ROUNDS: usize = 10;

struct Measure {
    statements: usize,
    p50: Duration,
    p99: Duration,
    rows: usize,
    /// Each statement (its first words) and its time summed over the measured runs, in the
    /// order the dashboard first runs them.
    by_statement: Vec<(String, Duration)>,
}

/// A statement's first words, enough to tell the dashboard's statements apart.
fn statement_label(sql: &str) -> String {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let from = words.iter().position(|w| w.eq_ignore_ascii_case("FROM"));
    let mut label = words[..words.len().min(2)].join(" ");
    if let Some(i) = from {
        label.push_str(" … ");
        label.push_str(&words[i..words.len().min(i + 6)].join(" "));
    }
    label.replace('|', "/")
}

/// A new database on the engine: a SQLite file in a temporary folder (see [`remove_sqlite`]),
/// or a new PostgreSQL database on `server` (whose cluster `./dev` removes).
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

/// Removes the temporary folder of a SQLite database made by [`new_database`] (the large one
/// takes about 150 MB).
fn remove_sqlite(url: &str) {
    if let Some(file) = url.strip_prefix("sqlite://")
        && let Some(dir) = std::path::Path::new(file).parent()
    {
        std::fs::remove_dir_all(dir).ok();
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

/// One database's dashboard, ready to be computed again and again, with what it has measured.
struct Probe {
    db: DatabaseConnection,
    chair: CurrentUser,
    filter: DashboardFilter,
    rows: usize,
    statements: Arc<AtomicUsize>,
    timed: Arc<Mutex<Vec<(String, Duration)>>>,
    times: Vec<Duration>,
}

impl Probe {
    /// Counts and times `db`'s statements, adds a chair and warms the dashboard up (20 runs).
    async fn new(mut db: DatabaseConnection) -> Self {
        let statements = Arc::new(AtomicUsize::new(0));
        let timed: Arc<Mutex<Vec<(String, Duration)>>> = Arc::default();
        let (counter, times_of) = (statements.clone(), timed.clone());
        db.set_metric_callback(move |info| {
            counter.fetch_add(1, Ordering::Relaxed);
            let label = statement_label(&info.statement.sql);
            let mut timed = times_of.lock().expect("the statement times");
            match timed.iter_mut().find(|(l, _)| *l == label) {
                Some((_, total)) => *total += info.elapsed,
                None => timed.push((label, info.elapsed)),
            }
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
        let mut probe = Probe {
            db,
            chair,
            filter,
            rows: 0,
            statements,
            timed,
            times: Vec::with_capacity(RUNS),
        };
        for _ in 0..20 {
            probe.rows = probe.compute().await;
        }
        probe.statements.store(0, Ordering::Relaxed);
        probe.timed.lock().expect("the statement times").clear();
        probe
    }

    async fn compute(&self) -> usize {
        dashboard(&self.db, &self.chair, &self.filter, Timestamp::now())
            .await
            .expect("the dashboard")
            .rows
            .len()
    }

    /// Computes the dashboard `runs` times, keeping each time.
    async fn run(&mut self, runs: usize) {
        for _ in 0..runs {
            let started = Instant::now();
            let rows = self.compute().await;
            self.times.push(started.elapsed());
            assert_eq!(rows, self.rows);
        }
    }

    fn measure(mut self) -> Measure {
        let runs = self.times.len();
        self.times.sort_unstable();
        Measure {
            statements: self.statements.load(Ordering::Relaxed) / runs,
            p50: self.times[runs / 2],
            p99: self.times[runs * 99 / 100],
            rows: self.rows,
            by_statement: self.timed.lock().expect("the statement times").clone(),
        }
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
         holding that cohort alone and in one holding {cohorts} such cohorts ({} partnerships), \
         the two taking turns ({ROUNDS} turns of {} runs each).\n\n\
         | engine | database | partnerships shown | statements | p50 ms | p99 ms |\n\
         |---|---|---:|---:|---:|---:|",
        cohorts * PAIRS,
        RUNS / ROUNDS
    );
    let mut breakdowns = Vec::new();
    for (engine, server) in engines {
        let mut probes = Vec::new();
        for (label, count) in [("one cohort", 1), ("large", cohorts)] {
            eprintln!("  {engine}: seeding {count} cohorts of {PAIRS} pairs");
            let url = new_database(engine, server, &label.replace(' ', "_")).await;
            probes.push((
                count,
                url.clone(),
                Probe::new(seeded(&url, count).await).await,
            ));
        }
        // The two databases take turns, ROUNDS times, so that the machine's drift (another
        // process, the CPU's clock) weighs on both alike.
        eprintln!("  {engine}: measuring the dashboard in both databases, in turns");
        for _ in 0..ROUNDS {
            for (_, _, probe) in &mut probes {
                probe.run(RUNS / ROUNDS).await;
            }
        }
        let mut measures = Vec::new();
        for (count, url, probe) in probes {
            let m = probe.measure();
            remove_sqlite(&url);
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
            measures.push(m);
        }
        breakdowns.push((engine, measures));
    }
    for (engine, measures) in breakdowns {
        let [small, large] = &measures[..] else {
            continue;
        };
        println!(
            "\n#### Where the time goes on {engine}\n\n\
             Each statement's mean time per computation, in µs.\n\n\
             | statement | that cohort alone | {cohorts} cohorts |\n|---|---:|---:|"
        );
        let mean = |d: Duration| d.as_secs_f64() * 1e6 / RUNS as f64;
        for (label, time) in &small.by_statement {
            let in_large = large
                .by_statement
                .iter()
                .find(|(l, _)| l == label)
                .map_or("—".to_owned(), |(_, t)| format!("{:.0}", mean(*t)));
            println!("| `{label}` | {:.0} | {in_large} |", mean(*time));
        }
    }
}
