//! The `tandem` command: `serve`, `migrate`, `seed-demo`, `seed-load N`, `create-chair --email`,
//! `backup <file>`, `restore <file> [--force]`.

use server::commands;
use server::config::Config;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

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
        "migrate" => commands::step("migrate", server::open_database(&config.database_url))
            .await
            .map(|_| ()),
        "seed-demo" => commands::seed_demo(&config).await,
        "seed-load" => match (
            args.get(1).and_then(|n| n.parse::<usize>().ok()),
            commands::cohorts(&args),
        ) {
            (Some(n), Ok(c)) if (1..=5000).contains(&n) => commands::seed_load(&config, n, c).await,
            (_, Err(e)) => Err(e),
            _ => Err("seed-load needs a number of pairs from 1 to 5000".into()),
        },
        "seed-community" => commands::seed_community(&config).await,
        "create-chair" => commands::create_chair(&config, &args[1..]).await,
        "backup" => match args.get(1) {
            Some(file) => commands::backup(&config, file).await,
            None => Err("backup needs a file name".into()),
        },
        "check" => commands::check(&config).await,
        "outbox" => {
            commands::outbox(
                &config,
                args.get(1).and_then(|n| n.parse().ok()).unwrap_or(20),
            )
            .await
        }
        "restore" => match args.get(1).filter(|f| !f.starts_with("--")) {
            Some(file) => {
                commands::restore(&config, file, args.iter().any(|a| a == "--force")).await
            }
            None => Err("restore needs the backup file's name".into()),
        },
        "copy-to" => match args.get(1) {
            Some(url) => commands::copy_to(&config, url).await,
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

async fn serve(config: &Config) -> Result<(), String> {
    let conn = commands::step(
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
