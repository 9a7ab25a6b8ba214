//! Opening the SQLite database: WAL journal, foreign keys on, a busy timeout, created if absent.
//! `synchronous=FULL`: a commit is on disk before it is acknowledged, so an acknowledged change
//! survives a killed process and a power cut alike (with `NORMAL`, a power cut may lose the last
//! commits; Tandem's write rate does not need the difference).

use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Connects to `url` (`sqlite://path/to/file.db`) with Tandem's pragmas set on every connection.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(8)
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
