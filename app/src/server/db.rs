//! Opening the database, and what differs between the two engines when writing.
//! `TANDEM_DATABASE_URL` decides: `sqlite://...` (the default) or `postgres://...`.
//!
//! SQLite: WAL journal, foreign keys on, a busy timeout, a page cache of up to 32 MB and a memory
//! map (both below), created if absent. `synchronous=FULL`: a commit is on disk before it is
//! acknowledged, so an acknowledged change survives a killed process and a power cut alike (with
//! `NORMAL`, a power cut may lose the last commits; Tandem's write rate does not need the
//! difference).
//!
//! PostgreSQL: the server's own settings; the database must exist (the migrations make the
//! tables).

use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Whether `url` names a PostgreSQL database (else a SQLite file).
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Connects to `url` (`sqlite://path/to/file.db`, with Tandem's pragmas set on every
/// connection, or `postgres://...`).
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    connect_with(url, 8).await
}

/// One connection, for changing the schema. Migrate on it, close it, then [`connect`]: a pooled
/// connection that read the schema before a migration keeps its old picture of the tables until
/// it next prepares a statement, and a statement prepared on that picture can name a column the
/// table did not yet have (SQLite reads an unknown `"column"` as the text "column"); SQLite then
/// prepares it again on the new schema, but the row's column names were already taken from the
/// first preparation, so the new column reads as missing. A pool opened after the migration has
/// only connections that read the new schema.
pub async fn connect_for_migrations(url: &str) -> Result<DatabaseConnection, DbErr> {
    connect_with(url, 1).await
}

/// Each SQLite connection's page cache, at most 32 MB (SQLite's default is 2 MB). It grows only
/// with the pages read, so a programme's usual file of a few MB never fills it; in a programme
/// of 1,000 cohorts (a 150 MB file) one cohort's dashboard then reads from memory as it does in
/// a small file (`./dev bench`, "Scale"). At most 8 connections × 32 MB.
const SQLITE_CACHE_KIB: &str = "-32000";

/// SQLite reads the first 256 MB of the file through a memory map instead of a system call per
/// page. The mapped pages are the system's file cache, shared and given back under pressure.
const SQLITE_MAP_BYTES: &str = "268435456";

async fn connect_with(url: &str, connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(connections)
        .min_connections(1)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o: SqliteConnectOptions| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                .pragma("cache_size", SQLITE_CACHE_KIB)
                .pragma("mmap_size", SQLITE_MAP_BYTES)
        });
    Database::connect(options).await
}

/// The key of the advisory lock PostgreSQL writers take (any fixed number; "TANDEM" in ASCII).
const WRITE_LOCK: i64 = 0x54_41_4e_44_45_4d;

/// Starts a transaction that writes, one writer at a time, as every service expects (a service
/// reads, decides, then writes: a resend is found by its key, a slot is checked free).
///
/// SQLite: `BEGIN IMMEDIATE` takes the write lock at once (waiting up to the busy timeout). A
/// deferred transaction that reads and then writes fails at once with "database is locked"
/// when another writer got there between its read and its write. PostgreSQL: the transaction
/// takes one advisory lock for its length (`pg_advisory_xact_lock`), so writers on every server
/// queue as they do on SQLite, and readers are not held up.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::{
        ConnectionTrait, DbBackend, SqliteTransactionMode, Statement, TransactionOptions,
        TransactionTrait,
    };
    match db.get_database_backend() {
        DbBackend::Postgres => {
            let txn = db.begin().await?;
            txn.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_advisory_xact_lock($1)",
                [WRITE_LOCK.into()],
            ))
            .await?;
            Ok(txn)
        }
        _ => {
            db.begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await
        }
    }
}

/// `sql` with its `?` markers as the engine wants them: unchanged for SQLite, `$1`, `$2`, ...
/// for PostgreSQL. Only for statements Tandem writes itself, where no `?` is inside a literal.
pub fn numbered(backend: sea_orm::DbBackend, sql: &str) -> String {
    if backend != sea_orm::DbBackend::Postgres {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(c);
        }
    }
    out
}

/// The names of the schema's tables, by name, as the engine lists them (SQLite's own tables and
/// the search index's included; PostgreSQL's catalogue left out).
pub async fn table_names(db: &impl sea_orm::ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let sql = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    };
    db.query_all_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        sql,
    ))
    .await?
    .iter()
    .map(|r| r.try_get_by_index::<String>(0))
    .collect()
}

/// Creates the empty database `name` on the PostgreSQL server `server_url` points at (its own
/// database part is where the command is sent); the new database's URL. `name` is Tandem's own
/// (letters, digits, `_`), never typed by a person.
pub async fn create_postgres_database(server_url: &str, name: &str) -> Result<String, DbErr> {
    use sea_orm::ConnectionTrait;
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(DbErr::Custom(format!("not a database name: {name}")));
    }
    let Some((server, _)) = server_url.rsplit_once('/') else {
        return Err(DbErr::Custom(format!("no database in {server_url}")));
    };
    let admin = Database::connect(server_url).await?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await?;
    admin.close().await?;
    Ok(format!("{server}/{name}"))
}

/// Creates a new empty database named `{prefix}_{process}_{n}_{nanoseconds}` (unique on the
/// server) on the PostgreSQL server at `server_url`, for a test or a benchmark: its URL.
pub async fn create_unique_postgres_database(
    server_url: &str,
    prefix: &str,
) -> Result<String, DbErr> {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let name = format!(
        "{prefix}_{}_{n}_{}",
        std::process::id(),
        jiff::Timestamp::now().as_nanosecond()
    );
    create_postgres_database(server_url, &name).await
}

/// The URL of a fresh database for one test: a SQLite file in `dir`, or, when
/// `TANDEM_TEST_ENGINE=postgres`, a new database on the server `TANDEM_TEST_POSTGRES` names
/// (`./dev test` starts one and runs the service and HTTP suites on both engines).
pub async fn test_database_url(dir: &std::path::Path) -> String {
    if std::env::var("TANDEM_TEST_ENGINE").as_deref() == Ok("postgres") {
        let server = std::env::var("TANDEM_TEST_POSTGRES")
            .expect("TANDEM_TEST_ENGINE=postgres needs TANDEM_TEST_POSTGRES (a server's URL)");
        match create_unique_postgres_database(&server, "tandem_test").await {
            Ok(url) => url,
            Err(e) => panic!("cannot create a test database on {server}: {e}"),
        }
    } else {
        format!("sqlite://{}", dir.join("test.db").display())
    }
}

/// Whether a table exists on SQLite alone: its own (`sqlite_sequence`) and the full-text
/// index's (`search_fts_*`, made by migrations 31 and 34 on SQLite only).
pub fn sqlite_only(table: &str) -> bool {
    table.starts_with("sqlite_") || table.starts_with("search_fts")
}

#[cfg(test)]
mod tests {
    use super::numbered;
    use sea_orm::DbBackend;

    #[test]
    fn markers_are_numbered_for_postgres_only() {
        let sql = "SELECT a FROM t WHERE b = ? AND (c LIKE ? OR d LIKE ?) LIMIT ?";
        assert_eq!(numbered(DbBackend::Sqlite, sql), sql);
        assert_eq!(
            numbered(DbBackend::Postgres, sql),
            "SELECT a FROM t WHERE b = $1 AND (c LIKE $2 OR d LIKE $3) LIMIT $4"
        );
    }
}
