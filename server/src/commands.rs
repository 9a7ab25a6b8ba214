//! The `tandem` subcommands other than `serve`: seeding, the chair's invitation, the outbox,
//! backup, check, restore and copy. Each opens the database it needs, names its long steps in
//! the log with their time, and answers a sentence to show the operator on failure.

use crate::config::Config;
use std::path::Path;
use std::time::Instant;

/// Runs one named step and logs how long it took.
pub async fn step<T>(
    name: &str,
    work: impl Future<Output = Result<T, String>>,
) -> Result<T, String> {
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

pub async fn seed_demo(config: &Config) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        crate::open_database(&config.database_url),
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
pub fn cohorts(args: &[String]) -> Result<usize, String> {
    let Some(i) = args.iter().position(|a| a == "--cohorts") else {
        return Ok(1);
    };
    match args.get(i + 1).and_then(|c| c.parse::<usize>().ok()) {
        Some(c) if (1..=1000).contains(&c) => Ok(c),
        _ => Err("--cohorts needs a number from 1 to 1000".into()),
    }
}

pub async fn seed_load(config: &Config, pairs: usize, cohorts: usize) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        crate::open_database(&config.database_url),
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

pub async fn seed_community(config: &Config) -> Result<(), String> {
    let conn = step(
        "open database and migrate",
        crate::open_database(&config.database_url),
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

pub async fn create_chair(config: &Config, args: &[String]) -> Result<(), String> {
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
    let conn = crate::open_database(&config.database_url).await?;
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
pub async fn outbox(config: &Config, limit: u64) -> Result<(), String> {
    use std::io::Write;
    let conn = crate::open_database(&config.database_url).await?;
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

pub async fn backup(config: &Config, file: &str) -> Result<(), String> {
    let engine = if app::server::db::is_postgres(&config.database_url) {
        "backup (pg_dump)"
    } else {
        "backup"
    };
    let bytes = step(engine, crate::backup(&config.database_url, Path::new(file))).await?;
    eprintln!(
        "Backup written to {file} ({:.1} MB) and checked.",
        bytes as f64 / 1_048_576.0
    );
    Ok(())
}

pub async fn check(config: &Config) -> Result<(), String> {
    let path = crate::sqlite_path(&config.database_url)?;
    step("integrity check", crate::check_file(&path)).await?;
    eprintln!(
        "{} is whole: PRAGMA integrity_check says ok.",
        path.display()
    );
    Ok(())
}

pub async fn restore(config: &Config, file: &str, force: bool) -> Result<(), String> {
    let url = &config.database_url;
    let engine = if app::server::db::is_postgres(url) {
        "restore (pg_restore)"
    } else {
        "restore"
    };
    let kept = step(engine, crate::restore(Path::new(file), url, force)).await?;
    eprintln!("Restored {file} into {}.", crate::pgdump::shown(url));
    if let Some(kept) = kept {
        eprintln!("The database it replaced is kept as {}.", kept.display());
    }
    Ok(())
}

/// Copies this database into the empty one at `url`, a line per table, and fails unless every
/// table's rows and checksum match on both sides.
pub async fn copy_to(config: &Config, url: &str) -> Result<(), String> {
    let from = step(
        "open database and migrate",
        crate::open_database(&config.database_url),
    )
    .await?;
    let shown = crate::pgdump::shown(url);
    eprintln!(
        "Copying {} into {shown}:\n  {:<24} {:>8}  {:<16}  both sides",
        crate::pgdump::shown(&config.database_url),
        "table",
        "rows",
        "checksum",
    );
    let report = step(
        "copy",
        crate::copy::copy_to(&from, url, |t| {
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
