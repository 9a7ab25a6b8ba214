//! Tandem's server: configuration, database start-up, the router tests can build, and the
//! cross-site request check. The binary in `main.rs` adds subcommands and graceful shutdown.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod config;
pub mod router;

use app::server::{AppState, db};
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;

/// Opens the database, applies migrations and makes sure the programme exists.
pub async fn open_database(url: &str) -> Result<DatabaseConnection, String> {
    let conn = db::connect(url)
        .await
        .map_err(|e| format!("cannot open the database {url}: {e}"))?;
    Migrator::up(&conn, None)
        .await
        .map_err(|e| format!("migrations failed: {e}"))?;
    app::features::programme::service::ensure_programme(&conn, jiff::Timestamp::now())
        .await
        .map_err(|e| format!("cannot create the programme: {e}"))?;
    Ok(conn)
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
        .build();
    Ok(AppState::new(conn, config.auth_settings(), leptos_options))
}

/// Writes a consistent copy of the live database to `file` with `VACUUM INTO` (readers and
/// writers carry on meanwhile). Refuses to overwrite an existing file.
pub async fn backup(conn: &DatabaseConnection, file: &std::path::Path) -> Result<(), String> {
    use sea_orm::ConnectionTrait;
    if file.exists() {
        return Err(format!(
            "{} already exists; choose a new file name",
            file.display()
        ));
    }
    let stmt = sea_orm::Statement::from_sql_and_values(
        conn.get_database_backend(),
        "VACUUM INTO ?",
        [sea_orm::Value::from(file.display().to_string())],
    );
    conn.execute_raw(stmt)
        .await
        .map(|_| ())
        .map_err(|e| format!("backup failed: {e}"))
}
