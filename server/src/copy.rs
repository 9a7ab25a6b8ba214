//! `tandem copy-to URL`: copies this database into an empty one, on either engine, so that a
//! programme can move from its SQLite file to PostgreSQL (or keep a PostgreSQL database as a
//! SQLite file) without losing anything.
//!
//! The target is migrated first, must hold no rows, and receives every table in one
//! transaction, parents before children (the foreign keys hold at every insert), through the
//! same entities the app uses, so each column's type and length is checked by the target as the
//! app's own writes are. Afterwards each table is read back from both sides in primary-key
//! order: its row count and a BLAKE2 checksum of its rows must match, or the copy is reported
//! as failed. The full-text index on SQLite is rebuilt by its triggers as `search_doc` arrives.

use app::entities::*;
use app::server::db;
use blake2::{Blake2s256, Digest};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    IntoActiveModel, Iterable, PrimaryKeyToColumn, QueryOrder, Statement, TransactionTrait,
};
use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

/// Rows read and written at a time.
const PAGE: u64 = 500;
/// Rows at a time of the tables that hold files (up to 10 MB each).
const FILE_PAGE: u64 = 4;

fn page_of(table: &str) -> u64 {
    match table {
        "library_file" | "application_cv" => FILE_PAGE,
        _ => PAGE,
    }
}

/// Tables the copy leaves out: the migrations' own record (the target has its own), the
/// scheduled jobs' leases (the target's servers take their own) and SQLite's own tables and
/// full-text index (rebuilt from `search_doc`).
pub fn left_out(table: &str) -> bool {
    table == "seaql_migrations" || table == "job_lease" || db::sqlite_only(table)
}

/// What the copy found for one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCopy {
    pub table: &'static str,
    pub rows: u64,
    /// The checksum of the source's rows, in hex (the first 16 characters).
    pub checksum: String,
    /// Whether the target read back the same count and checksum.
    pub same: bool,
    pub ms: u128,
}

type Step<'a, T> = Pin<Box<dyn Future<Output = Result<T, DbErr>> + Send + 'a>>;

/// One table's three operations, for one entity.
struct Table {
    name: &'static str,
    count: for<'a> fn(&'a DatabaseConnection) -> Step<'a, u64>,
    copy: for<'a> fn(&'a DatabaseConnection, &'a sea_orm::DatabaseTransaction) -> Step<'a, Sum>,
    sum: for<'a> fn(&'a DatabaseConnection) -> Step<'a, Sum>,
}

/// Rows and checksum.
type Sum = (u64, [u8; 32]);

macro_rules! tables {
    ($($m:ident),* $(,)?) => {
        [$(Table {
            name: stringify!($m),
            count: |c| Box::pin(count::<$m::Entity>(c)),
            copy: |from, to| {
                Box::pin(copy_rows::<$m::Entity>(from, Some(to), page_of(stringify!($m))))
            },
            sum: |c| Box::pin(copy_rows::<$m::Entity>(c, None, page_of(stringify!($m)))),
        }),*]
    };
}

/// Every table the app keeps, parents before the tables that refer to them.
fn tables() -> [Table; 52] {
    tables![
        audit_log,
        outbox,
        partner_intake,
        person,
        person_role,
        programme,
        request_receipt,
        search_doc,
        auth_session,
        availability_exception,
        availability_window,
        calendar_feed,
        cohort,
        cohort_coach,
        community_event,
        directory_listing,
        discussion_thread,
        email_change,
        event_attendance,
        expert,
        invitation,
        mail_preference,
        notification,
        objective_area,
        partnership,
        password_reset,
        resource,
        support_hours,
        alert,
        announcement,
        application,
        application_cv,
        application_link,
        application_note,
        coaching_session,
        concern,
        concern_response,
        discussion_post,
        erasure_request,
        evaluation,
        goal,
        goal_event,
        introduction,
        journal_entry,
        library_item,
        milestone,
        reminder,
        session_change,
        session_option,
        community_story,
        expert_proposal,
        library_file,
    ]
}

async fn count<E>(db: &DatabaseConnection) -> Result<u64, DbErr>
where
    E: EntityTrait,
    E::Model: Sync,
{
    use sea_orm::PaginatorTrait;
    E::find().count(db).await
}

/// Reads `E`'s rows from `from` in primary-key order, `page` at a time, and sums them; with
/// `to`, writes each page there too.
async fn copy_rows<E>(
    from: &DatabaseConnection,
    to: Option<&sea_orm::DatabaseTransaction>,
    page: u64,
) -> Result<Sum, DbErr>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel> + std::fmt::Debug + Sync,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    use sea_orm::PaginatorTrait;
    let mut query = E::find();
    for key in E::PrimaryKey::iter() {
        query = query.order_by_asc(key.into_column());
    }
    let mut pages = query.paginate(from, page);
    let mut hasher = Blake2s256::new();
    let mut rows = 0;
    while let Some(page) = pages.fetch_and_next().await? {
        for row in &page {
            // Every field, in the entity's order, as the app reads it: the same on both engines.
            hasher.update(format!("{row:?}\n").as_bytes());
        }
        rows += page.len() as u64;
        if let Some(to) = to.filter(|_| !page.is_empty()) {
            let models = page.into_iter().map(|m| m.into_active_model().reset_all());
            E::insert_many(models).exec_without_returning(to).await?;
        }
    }
    Ok((rows, hasher.finalize().into()))
}

/// Copies the database `from` into the empty database at `to_url` (migrated here first), then
/// compares each table's rows and checksum on both sides. `progress` hears of each table as it
/// is compared. The copy is one transaction: on any error the target holds no rows.
pub async fn copy_to(
    from: &DatabaseConnection,
    to_url: &str,
    mut progress: impl FnMut(&TableCopy),
) -> Result<Vec<TableCopy>, String> {
    let tables = tables();
    // A table the app made since this list was written would be left behind: refuse.
    let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
    let schema = db::table_names(from).await.map_err(|e| e.to_string())?;
    if let Some(missing) = schema
        .iter()
        .find(|t| !left_out(t) && !names.contains(&t.as_str()))
    {
        return Err(format!(
            "the table {missing} has no place in the copy yet; nothing was copied"
        ));
    }
    let cannot = |e: DbErr| format!("cannot open the database {to_url}: {e}");
    let schema = db::connect_for_migrations(to_url).await.map_err(cannot)?;
    Migrator::up(&schema, None)
        .await
        .map_err(|e| format!("migrating {to_url} failed: {e}"))?;
    schema.close().await.map_err(cannot)?;
    let to = db::connect(to_url).await.map_err(cannot)?;
    for t in &tables {
        let n = (t.count)(&to).await.map_err(|e| e.to_string())?;
        if n > 0 {
            return Err(format!(
                "{to_url} already holds {n} rows in {}; copy into an empty database",
                t.name
            ));
        }
    }
    let started = Instant::now();
    let txn = to.begin().await.map_err(|e| e.to_string())?;
    let mut sums = Vec::with_capacity(tables.len());
    for t in &tables {
        let sum = (t.copy)(from, &txn)
            .await
            .map_err(|e| format!("copying {} failed, nothing was copied: {e}", t.name))?;
        sums.push(sum);
    }
    txn.commit().await.map_err(|e| e.to_string())?;
    tracing::info!(ms = started.elapsed().as_millis(), "rows copied");
    restart_sequences(&to, &names).await?;
    // Both sides read again: a difference is a row the copy lost or changed, or one written
    // to this database meanwhile (stop the servers first).
    let mut report = Vec::with_capacity(tables.len());
    for (t, copied) in tables.iter().zip(sums) {
        let started = Instant::now();
        let source = (t.sum)(from).await.map_err(|e| e.to_string())?;
        let back = (t.sum)(&to).await.map_err(|e| e.to_string())?;
        let line = TableCopy {
            table: t.name,
            rows: source.0,
            checksum: hex(&source.1),
            same: back == source && back == copied,
            ms: started.elapsed().as_millis(),
        };
        progress(&line);
        report.push(line);
    }
    to.close().await.map_err(|e| e.to_string())?;
    Ok(report)
}

/// On PostgreSQL, each table's id sequence continues after the highest id copied (rows were
/// written with their ids). SQLite does this by itself.
async fn restart_sequences(to: &DatabaseConnection, tables: &[&str]) -> Result<(), String> {
    if to.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    // The copied tables whose `id` has a sequence, in one read of the catalogue.
    let with_sequence: Vec<String> = to
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT table_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND column_name = 'id' \
             AND pg_get_serial_sequence(table_name::text, 'id') IS NOT NULL",
        ))
        .await
        .map_err(|e| e.to_string())?
        .iter()
        .map(|r| r.try_get_by_index::<String>(0))
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    for table in tables
        .iter()
        .filter(|t| with_sequence.iter().any(|w| w == *t))
    {
        // `table` is one of the copy's own names (checked against the schema above).
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
             COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        );
        to.execute_raw(Statement::from_string(DbBackend::Postgres, sql))
            .await
            .map_err(|e| format!("restarting the ids of {table} failed: {e}"))?;
    }
    Ok(())
}

fn hex(sum: &[u8]) -> String {
    sum.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_come_before_the_tables_that_refer_to_them() {
        let names: Vec<&str> = tables().iter().map(|t| t.name).collect();
        let at = |t: &str| names.iter().position(|n| *n == t).unwrap();
        for (child, parent) in [
            ("partnership", "cohort"),
            ("partnership", "person"),
            ("coaching_session", "partnership"),
            ("session_option", "coaching_session"),
            ("discussion_post", "discussion_thread"),
            ("library_file", "library_item"),
            ("concern_response", "concern"),
            ("milestone", "goal"),
        ] {
            assert!(at(parent) < at(child), "{parent} before {child}");
        }
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "each table once");
    }

    #[test]
    fn the_checksum_shows_in_hex() {
        assert_eq!(hex(&[0, 1, 0xab, 0xff, 2, 3, 4, 5, 6]), "0001abff02030405");
    }
}
