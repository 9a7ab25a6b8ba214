//! Opening the SQLite database: WAL journal, foreign keys on, a busy timeout, created if absent.
//! `synchronous=FULL`: a commit is on disk before it is acknowledged, so an acknowledged change
//! survives a killed process and a power cut alike (with `NORMAL`, a power cut may lose the last
//! commits; Tandem's write rate does not need the difference).

use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Connects to `url` (`sqlite://path/to/file.db`) with Tandem's pragmas set on every connection.
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
        });
    Database::connect(options).await
}

/// Starts a transaction that writes: `BEGIN IMMEDIATE` takes the write lock at once (waiting up
/// to the busy timeout). A deferred transaction that reads and then writes fails at once with
/// "database is locked" when another writer got there between its read and its write.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
