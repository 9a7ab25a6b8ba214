//! The `tandem` command: `serve`, `migrate`, `seed-demo`, `seed-load N`, `create-chair --email`,
//! `backup <file>`, `restore <file> [--force]`.

use server::config::Config;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: tandem [--config FILE] <command>

commands:
  serve                         run the web server (default)
  migrate                       apply database migrations and exit
  seed-demo                     add the demo programme to a database that has none
  seed-load N [--cohorts C]     add a synthetic cohort of N pairs (cohort load-N), or C such
                                cohorts (load-N, load-N-2...), for benchmarks
  seed-community                add 10,000 library items and 50,000 discussion posts, for
                                benchmarks; prints the id of the thread of 500 replies
  create-chair --email EMAIL [--name NAME] [--language en|km]
                                invite the programme chair; prints the link
  outbox [N]                    print the last N (20) messages not sent yet, links included
                                (a server without TANDEM_SMTP_URL sends none)
  backup FILE                   write a consistent copy of the database to FILE and check it
  check                         check the database file is whole (PRAGMA integrity_check)
  restore FILE [--force]        check the backup FILE and put it in place of the database
                                (--force replaces a database that holds data; stop the
                                server first; the replaced one is kept beside it)
  copy-to URL                   copy this database into the empty database at URL (SQLite
                                or PostgreSQL) and compare every table's rows and checksum

On PostgreSQL, backup runs pg_dump and restore runs pg_restore (PostgreSQL's client tools).";

#[tokio::main]
async fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut config_file = None;
    if let Some(i) = args.iter().position(|a| a == "--config") {
        if i + 1 >= args.len() {
            eprintln!("--config needs a file\n\n{USAGE}");
            return ExitCode::from(2);
        }
        config_file = Some(PathBuf::from(args.remove(i + 1)));
        args.remove(i);
    }
    let config = match Config::load(config_file.as_deref(), std::env::vars()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("configuration: {e}");
            return ExitCode::from(2);
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_new(&config.log).unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        // Colours only on a terminal: a log file stays plain text to read and search.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let command = args.first().map(String::as_str).unwrap_or("serve");
    let result = match command {
        "serve" => serve(&config).await,
        "migrate" => step("migrate", server::open_database(&config.database_url))
            .await
            .map(|_| ()),
        "seed-demo" => seed_demo(&config).await,
        "seed-load" => match (
            args.get(1).and_then(|n| n.parse::<usize>().ok()),
            cohorts(&args),
        ) {
            (Some(n), Ok(c)) if (1..=5000).contains(&n) => seed_load(&config, n, c).await,
            (_, Err(e)) => Err(e),
            _ => Err("seed-load needs a number of pairs from 1 to 5000".into()),
        },
        "seed-community" => seed_community(&config).await,
        "create-chair" => create_chair(&config, &args[1..]).await,
        "backup" => match args.get(1) {
            Some(file) => backup(&config, file).await,
            None => Err("backup needs a file name".into()),
        },
        "check" => check(&config).await,
        "outbox" => {
            outbox(
                &config,
                args.get(1).and_then(|n| n.parse().ok()).unwrap_or(20),
            )
            .await
        }
        "restore" => match args.get(1).filter(|f| !f.starts_with("--")) {
            Some(file) => restore(&config, file, args.iter().any(|a| a == "--force")).await,
            None => Err("restore needs the backup file's name".into()),
        },
        "copy-to" => match args.get(1) {
            Some(url) => copy_to(&config, url).await,
            None => Err("copy-to needs the URL of an empty database".into()),
        },
        "-h" | "--help" | "help" => {
            eprintln!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tandem {command}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one named step and logs how long it took.
async fn step<T>(name: &str, work: impl Future<Output = Result<T, String>>) -> Result<T, String> {
    let started = Instant::now();
    let out = work.await;
    tracing::info!(
        step = name,
        ms = started.elapsed().as_millis() as u64,
        ok = out.is_ok(),
        "step finished"
    );
    out
}

async fn serve(config: &Config) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        server::open_database(&config.database_url),
    )
    .await?;
    let state = server::state(config, conn.clone())?;
    let events = state.events.clone();
    server::jobs::Jobs::new(conn.clone(), events.clone()).spawn();
    server::jobs::spawn_listener(&conn, &config.database_url, events.clone());
    server::jobs::spawn_mail(conn, config)?;
    let app = server::router::router(state);
    let addr: SocketAddr = config
        .bind
        .parse()
        .map_err(|e| format!("bind address: {e}"))?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!("Tandem listening on http://{addr}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        // Live streams never end by themselves: close them so the shutdown can finish and the
        // browsers reconnect to the next server.
        events.close();
    })
    .await
    .map_err(|e| e.to_string())?;
    tracing::info!("Tandem stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn seed_demo(config: &Config) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        server::open_database(&config.database_url),
    )
    .await?;
    let created = step("seed demo programme", async {
        app::features::programme::demo::seed_demo(&conn, jiff::Timestamp::now())
            .await
            .map_err(|e| e.to_string())
    })
    .await?;
    if created {
        step("seed demo activity", async {
            app::features::programme::demo::seed_demo_activity(&conn, jiff::Timestamp::now())
                .await
                .map_err(|e| e.to_string())
        })
        .await?;
        eprintln!(
            "Demo programme added. Every demo account uses the password: {}",
            app::features::programme::demo::DEMO_PASSWORD
        );
    } else {
        eprintln!(
            "The demo programme is already there (password: {}).",
            app::features::programme::demo::DEMO_PASSWORD
        );
    }
    for s in app::features::programme::demo::sign_ins() {
        eprintln!("  {:<8} {:<32} {}", s.role.label(), s.email, s.who);
    }
    Ok(())
}

/// `--cohorts C` (1 to 1,000; 1 when absent).
fn cohorts(args: &[String]) -> Result<usize, String> {
    let Some(i) = args.iter().position(|a| a == "--cohorts") else {
        return Ok(1);
    };
    match args.get(i + 1).and_then(|c| c.parse::<usize>().ok()) {
        Some(c) if (1..=1000).contains(&c) => Ok(c),
        _ => Err("--cohorts needs a number from 1 to 1000".into()),
    }
}

async fn seed_load(config: &Config, pairs: usize, cohorts: usize) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        server::open_database(&config.database_url),
    )
    .await?;
    let started = Instant::now();
    for index in 0..cohorts {
        let slug = app::features::programme::load::seed_load_cohort(
            &conn,
            pairs,
            index,
            jiff::Timestamp::now(),
        )
        .await
        .map_err(|e| e.to_string())?;
        let done = index + 1;
        if done == cohorts || done % 50 == 0 {
            eprintln!(
                "Synthetic cohort {slug}: {pairs} pairs under way (no sign-ins); {done} of \
                 {cohorts} cohorts in {:.1} s.",
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}

async fn seed_community(config: &Config) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        server::open_database(&config.database_url),
    )
    .await?;
    let seeded = step("seed community content", async {
        app::features::community::load::seed_community(
            &conn,
            10_000,
            50_000,
            500,
            jiff::Timestamp::now(),
        )
        .await
        .map_err(|e| e.to_string())
    })
    .await?;
    eprintln!(
        "{} library items and {} posts; the long thread is {}.",
        seeded.items, seeded.posts, seeded.thread
    );
    {
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), "{}", seeded.thread);
    }
    Ok(())
}

async fn create_chair(config: &Config, args: &[String]) -> Result<(), String> {
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let email = value("--email").ok_or("create-chair needs --email EMAIL")?;
    let name = value("--name").unwrap_or_else(|| "Programme chair".to_owned());
    let form = shared::account::InvitationForm {
        email,
        display_name: name,
        role: "chair".into(),
        language: value("--language").unwrap_or_default(),
    };
    let invitation = form.validate().map_err(|e| {
        e.summary()
            .into_iter()
            .map(|(f, m)| format!("{f}: {m}"))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let conn = server::open_database(&config.database_url).await?;
    let link = app::features::auth::service::create_invitation(
        &conn,
        None,
        &invitation,
        config.auth_settings().invitation_ttl,
        jiff::Timestamp::now(),
    )
    .await
    .map_err(|e| e.to_string())?;
    eprintln!(
        "Invitation for the chair {} created. Open this link (on this server) to set a password:",
        invitation.email
    );
    eprintln!("  {}{link}", config.public_url.trim_end_matches('/'));
    Ok(())
}

/// Prints the messages that have not left, in full, for a server without SMTP.
async fn outbox(config: &Config, limit: u64) -> Result<(), String> {
    use std::io::Write;
    let conn = server::open_database(&config.database_url).await?;
    let messages = app::features::mail::service::unsent_in_full(&conn, &config.public_url, limit)
        .await
        .map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    if messages.is_empty() {
        writeln!(out, "No message is waiting.").map_err(|e| e.to_string())?;
    }
    for m in messages {
        writeln!(out, "{m}\n{}", "=".repeat(72)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

async fn backup(config: &Config, file: &str) -> Result<(), String> {
    let path = std::path::Path::new(file);
    let bytes = if is_postgres(config) {
        step("backup (pg_dump)", async {
            server::pgdump::backup(&config.database_url, path)
        })
        .await?
    } else {
        let conn = server::open_database(&config.database_url).await?;
        step("backup", server::backup(&conn, path)).await?
    };
    eprintln!(
        "Backup written to {file} ({:.1} MB) and checked.",
        bytes as f64 / 1_048_576.0
    );
    Ok(())
}

async fn check(config: &Config) -> Result<(), String> {
    let path = server::sqlite_path(&config.database_url)?;
    step("integrity check", server::check_file(&path)).await?;
    eprintln!(
        "{} is whole: PRAGMA integrity_check says ok.",
        path.display()
    );
    Ok(())
}

fn is_postgres(config: &Config) -> bool {
    config.database_url.starts_with("postgres")
}

async fn restore(config: &Config, file: &str, force: bool) -> Result<(), String> {
    if is_postgres(config) {
        let path = std::path::Path::new(file);
        step("restore (pg_restore)", async {
            server::pgdump::restore(path, &config.database_url, force)
        })
        .await?;
        let shown = server::pgdump::shown(&config.database_url);
        eprintln!("Restored {file} into {shown}.");
        return Ok(());
    }
    let kept = step(
        "restore",
        server::restore(std::path::Path::new(file), &config.database_url, force),
    )
    .await?;
    eprintln!("Restored {file} into {}.", config.database_url);
    if let Some(kept) = kept {
        eprintln!("The database it replaced is kept as {}.", kept.display());
    }
    Ok(())
}

/// Copies this database into the empty one at `url`, a line per table, and fails unless every
/// table's rows and checksum match on both sides.
async fn copy_to(config: &Config, url: &str) -> Result<(), String> {
    let from = step(
        "open database and migrate",
        server::open_database(&config.database_url),
    )
    .await?;
    let shown = server::pgdump::shown(url);
    eprintln!(
        "Copying {} into {shown}:\n  {:<24} {:>8}  {:<16}  both sides",
        server::pgdump::shown(&config.database_url),
        "table",
        "rows",
        "checksum",
    );
    let report = step(
        "copy",
        server::copy::copy_to(&from, url, |t| {
            let verdict = if t.same { "same" } else { "DIFFERENT" };
            eprintln!(
                "  {:<24} {:>8}  {:<16}  {verdict} ({} ms)",
                t.table, t.rows, t.checksum, t.ms
            );
        }),
    )
    .await?;
    let rows: u64 = report.iter().map(|t| t.rows).sum();
    let different: Vec<&str> = report.iter().filter(|t| !t.same).map(|t| t.table).collect();
    if !different.is_empty() {
        return Err(format!(
            "these tables differ after the copy: {}; do not use {shown}",
            different.join(", ")
        ));
    }
    eprintln!(
        "Copied {rows} rows in {} tables; each table's row count and checksum match.",
        report.len()
    );
    Ok(())
}
