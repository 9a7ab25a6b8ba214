//! Tandem's server: configuration, database start-up, the router tests can build, and the
//! cross-site request check, the operations commands (`commands`). The binary in `main.rs` reads
//! the command line and serves with a graceful shutdown.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod commands;
pub mod config;
pub mod copy;
pub mod jobs;
pub mod pgdump;
pub mod router;
pub mod stalled;

use app::server::{AppState, db};
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use std::path::Path;

/// Opens the database, applies migrations and makes sure the programme exists.
/// The migrations run on a connection of their own, closed before the pool opens (see
/// [`db::connect_for_migrations`]).
pub async fn open_database(url: &str) -> Result<DatabaseConnection, String> {
    let cannot_open = |e: sea_orm::DbErr| format!("cannot open the database {url}: {e}");
    let schema = db::connect_for_migrations(url).await.map_err(cannot_open)?;
    Migrator::up(&schema, None)
        .await
        .map_err(|e| format!("migrations failed: {e}"))?;
    schema.close().await.map_err(cannot_open)?;
    let conn = db::connect(url).await.map_err(cannot_open)?;
    app::features::programme::service::ensure_programme(&conn, jiff::Timestamp::now())
        .await
        .map_err(|e| format!("cannot create the programme: {e}"))?;
    Ok(conn)
}

/// Whether the build named its assets by their content (`cargo leptos build` with `hash-files`
/// writes `hash.txt` next to the binary; Leptos reads it there). A test binary has none and
/// serves `pkg/tandem.js` and the like.
pub fn assets_are_hashed() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join("hash.txt")))
        .is_some_and(|file| file.is_file())
}

/// The state the router serves, from the configuration and an open database.
pub fn state(config: &config::Config, conn: DatabaseConnection) -> Result<AppState, String> {
    let addr: std::net::SocketAddr = config
        .bind
        .parse()
        .map_err(|e| format!("bind address {:?}: {e}", config.bind))?;
    let leptos_options = leptos::config::LeptosOptions::builder()
        .output_name("tandem")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .hash_files(assets_are_hashed())
        .build();
    Ok(AppState::new(conn, config.auth_settings(), leptos_options)
        .with_mail(config.mail_settings()))
}

/// Writes a consistent copy of the database at `url` to the new `file`, while the servers carry
/// on, and checks it can be read back: on SQLite a database file ([`backup_sqlite`]), on
/// PostgreSQL a `pg_dump` archive ([`pgdump::backup`]). The copy's size in bytes.
pub async fn backup(url: &str, file: &Path) -> Result<u64, String> {
    if db::is_postgres(url) {
        return pgdump::backup(url, file).await;
    }
    let conn = open_database(url).await?;
    let written = backup_sqlite(&conn, file).await;
    conn.close().await.ok();
    written
}

/// Puts the backup `file` in place of the database at `url` (refused over a database that
/// holds data unless `force`): on SQLite by [`restore_sqlite`], which answers where the
/// replaced database was kept; on PostgreSQL by [`pgdump::restore`], in one transaction.
pub async fn restore(
    file: &Path,
    url: &str,
    force: bool,
) -> Result<Option<std::path::PathBuf>, String> {
    if db::is_postgres(url) {
        pgdump::restore(file, url, force).await?;
        return Ok(None);
    }
    restore_sqlite(file, url, force).await
}

/// Writes a consistent copy of the live SQLite database to `file` with `VACUUM INTO` (readers
/// and writers carry on meanwhile), then checks the copy's integrity. Refuses to overwrite a
/// file; every failure says what to do.
pub async fn backup_sqlite(conn: &DatabaseConnection, file: &Path) -> Result<u64, String> {
    use sea_orm::ConnectionTrait;
    if conn.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return Err("this copy is made of a SQLite database; use backup for PostgreSQL".into());
    }
    if file.is_dir() {
        return Err(format!(
            "{} is a folder; give the name of a new file inside it, for example {}",
            file.display(),
            file.join("tandem-backup.db").display()
        ));
    }
    if file.exists() {
        return Err(format!(
            "{} already exists; choose a new file name",
            file.display()
        ));
    }
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(format!(
            "the folder {} does not exist; create it first or choose another place",
            folder.display()
        ));
    }
    let probe = folder.join(format!(".tandem-backup-probe-{}", std::process::id()));
    match std::fs::File::create(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
        }
        Err(e) => {
            return Err(format!(
                "cannot write in the folder {} ({e}); choose a folder you may write to",
                folder.display()
            ));
        }
    }
    let stmt = sea_orm::Statement::from_sql_and_values(
        conn.get_database_backend(),
        "VACUUM INTO ?",
        [sea_orm::Value::from(file.display().to_string())],
    );
    if let Err(e) = conn.execute_raw(stmt).await {
        let _ = std::fs::remove_file(file);
        return Err(format!(
            "the copy could not be written ({}); check the free space on the disk and try again",
            short_db_error(&e)
        ));
    }
    check_file(file).await.map_err(|e| {
        let _ = std::fs::remove_file(file);
        format!("the copy failed its check and was removed: {e}")
    })?;
    Ok(std::fs::metadata(file).map(|m| m.len()).unwrap_or(0))
}

/// A database error without SQLite's wording around it.
fn short_db_error(e: &sea_orm::DbErr) -> String {
    let text = e.to_string();
    text.rsplit(": ").next().unwrap_or(&text).to_owned()
}

/// Opens `file` read-only and checks it is a whole Tandem database: an SQLite file whose
/// `PRAGMA integrity_check` says ok and that holds Tandem's migrations.
pub async fn check_file(file: &Path) -> Result<(), String> {
    use sea_orm::ConnectionTrait;
    let mut head = [0u8; 16];
    let read = std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .map_err(|e| format!("cannot read {} ({e})", file.display()));
    read?;
    if &head != b"SQLite format 3\0" {
        return Err(format!("{} is not a Tandem database file", file.display()));
    }
    let url = format!("sqlite://{}?mode=ro", file.display());
    let conn = sea_orm::Database::connect(url.as_str())
        .await
        .map_err(|e| format!("cannot open {} ({})", file.display(), short_db_error(&e)))?;
    let backend = conn.get_database_backend();
    let row = conn
        .query_one_raw(sea_orm::Statement::from_string(
            backend,
            "PRAGMA integrity_check",
        ))
        .await
        .map_err(|e| format!("cannot check {} ({})", file.display(), short_db_error(&e)))?;
    let verdict = row
        .and_then(|r| r.try_get_by_index::<String>(0).ok())
        .unwrap_or_default();
    if verdict != "ok" {
        return Err(format!("{} is damaged: {verdict}", file.display()));
    }
    let tandem = conn
        .query_one_raw(sea_orm::Statement::from_string(
            backend,
            "SELECT COUNT(*) FROM seaql_migrations",
        ))
        .await
        .ok()
        .flatten()
        .and_then(|r| r.try_get_by_index::<i64>(0).ok())
        .unwrap_or(0);
    conn.close().await.ok();
    if tandem == 0 {
        return Err(format!("{} is not a Tandem database", file.display()));
    }
    Ok(())
}

/// What `check` says on PostgreSQL, which checks its own pages as it reads them.
const POSTGRES_CHECK: &str = "tandem check reads a SQLite database file; PostgreSQL checks its \
     own data as it reads it (tandem backup runs pg_dump, which reads every row)";

/// The file behind a `sqlite://` URL.
pub fn sqlite_path(url: &str) -> Result<std::path::PathBuf, String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| {
            if db::is_postgres(url) {
                POSTGRES_CHECK.to_owned()
            } else {
                format!("{url} is not a SQLite database")
            }
        })?;
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path.starts_with(":memory:") {
        return Err(format!("{url} is not a database file"));
    }
    Ok(std::path::PathBuf::from(path))
}

/// Puts the backup `file` in place of the SQLite database at `url`: checks the backup first, refuses
/// to replace a database that holds data unless `force` (stop the server first), keeps the
/// replaced database beside it as `<name>.before-restore-<time>`, and migrates the restored
/// one. Answers where the replaced database was kept, if there was one.
pub async fn restore_sqlite(
    file: &Path,
    url: &str,
    force: bool,
) -> Result<Option<std::path::PathBuf>, String> {
    let target = sqlite_path(url)?;
    check_file(file).await?;
    let exists = target.exists() && std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0) > 0;
    if exists && !force {
        return Err(format!(
            "{} already holds a database; stop the server, then run restore again with --force \
             (the database it replaces is kept beside it)",
            target.display()
        ));
    }
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("cannot create the folder {} ({e})", folder.display()))?;
    // Copy next to the target first, so the swap is one rename on the same disk.
    let incoming = folder.join(format!(
        ".{}.restoring",
        target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("tandem.db")
    ));
    std::fs::copy(file, &incoming).map_err(|e| {
        format!(
            "cannot copy the backup into {} ({e}); check the free space",
            folder.display()
        )
    })?;
    let mut kept = None;
    if exists {
        let stamp = jiff::Timestamp::now()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        let aside = target.with_file_name(format!(
            "{}.before-restore-{stamp}",
            target
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("tandem.db")
        ));
        std::fs::rename(&target, &aside).map_err(|e| {
            format!("cannot move the current database aside ({e}); nothing was changed")
        })?;
        for suffix in ["-wal", "-shm"] {
            let side = std::path::PathBuf::from(format!("{}{suffix}", target.display()));
            if side.exists() {
                let moved = std::path::PathBuf::from(format!("{}{suffix}", aside.display()));
                std::fs::rename(&side, &moved)
                    .map_err(|e| format!("cannot move {} aside ({e})", side.display()))?;
            }
        }
        kept = Some(aside);
    }
    std::fs::rename(&incoming, &target)
        .map_err(|e| format!("cannot put the backup in place ({e})"))?;
    let conn = open_database(url).await?;
    conn.close().await.ok();
    Ok(kept)
}
