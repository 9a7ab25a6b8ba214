//! On PostgreSQL, a trigram index for search (`pg_trgm`): search there matches each word as the
//! start of a word with `LIKE '% word%'` on the lower-cased title and body, each after a space
//! (`app::server::search::WORDS`; SQLite has its FTS5 indexes, migration 34), and without an
//! index each search reads every document (110 ms for a rare word among 60,000). A GIN
//! trigram index on that same expression answers the pattern from the index, then checks the
//! rows it found, so the answers are the same with or without it. One index on the joined text
//! rather than one per column: one index scan per word, which the planner prefers to reading
//! all the documents of a kind.
//!
//! `pg_trgm` ships with PostgreSQL (Debian's package included) and is a trusted extension since
//! PostgreSQL 13: the database's owner may create it. Where it is not installed, the migration
//! leaves search as it was (correct, unindexed) and says so in the server's log.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "ix_search_doc_words";
/// As `app::server::search::WORDS` (this crate cannot use the app's; a test checks the plan).
const WORDS: &str = "(' ' || LOWER(title) || ' ' || LOWER(body))";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        let available = db
            .query_one_raw(sea_orm_migration::sea_orm::Statement::from_string(
                DbBackend::Postgres,
                "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'",
            ))
            .await?
            .is_some();
        if !available {
            tracing::warn!(
                "PostgreSQL has no pg_trgm extension: search works without an index \
                 (install the server's contrib modules and migrate again to add it)"
            );
            return Ok(());
        }
        db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            .await?;
        db.execute_unprepared(&format!(
            "CREATE INDEX IF NOT EXISTS {NAME} ON search_doc USING gin ({WORDS} gin_trgm_ops)"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        db.execute_unprepared(&format!("DROP INDEX IF EXISTS {NAME}"))
            .await?;
        Ok(())
    }
}
