//! Finding things by words. What the community may read of a thing is written to `search_doc`
//! (in the transaction that changes the thing) and taken out when the thing is removed or
//! hidden, so search never shows what its list would not. The engine-specific part is here
//! alone: SQLite matches with FTS5 (an index per kind, kept in step with `search_doc` by
//! triggers, ranked by bm25 among the newest 500 matches, a title word weighing more);
//! PostgreSQL matches each word as the start of a word with `LIKE`, the same rule, answered by
//! a trigram index (`pg_trgm`, migration 39), newest first.

use crate::entities::search_doc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    Set, Statement,
};
use shared::search::Query;

/// What a document stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Library,
    Story,
    Post,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Library => "library",
            Kind::Story => "story",
            Kind::Post => "post",
        }
    }
}

/// How many of the newest matches are ranked (see `find_fts5`).
const RANKED: i64 = 500;

/// Writes (or rewrites) the searchable text of one thing.
pub async fn put(
    db: &impl ConnectionTrait,
    kind: Kind,
    ref_id: i64,
    title: &str,
    body: &str,
) -> Result<(), DbErr> {
    let title: String = title.chars().take(200).collect();
    let found = search_doc::Entity::find()
        .filter(search_doc::Column::Kind.eq(kind.code()))
        .filter(search_doc::Column::RefId.eq(ref_id))
        .one(db)
        .await?;
    match found {
        Some(doc) => {
            search_doc::ActiveModel {
                id: Set(doc.id),
                title: Set(title),
                body: Set(body.to_owned()),
                ..Default::default()
            }
            .update(db)
            .await?;
        }
        None => {
            search_doc::ActiveModel {
                kind: Set(kind.code().to_owned()),
                ref_id: Set(ref_id),
                title: Set(title),
                body: Set(body.to_owned()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Takes one thing out of search.
pub async fn remove(db: &impl ConnectionTrait, kind: Kind, ref_id: i64) -> Result<(), DbErr> {
    search_doc::Entity::delete_many()
        .filter(search_doc::Column::Kind.eq(kind.code()))
        .filter(search_doc::Column::RefId.eq(ref_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The things of one kind whose text holds every word of the query, best first, at most
/// `limit`. An empty query finds nothing.
pub async fn find(
    db: &impl ConnectionTrait,
    kind: Kind,
    query: &Query,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    if query.is_empty() {
        return Ok(Vec::new());
    }
    match db.get_database_backend() {
        DbBackend::Sqlite => find_fts5(db, kind, query, limit).await,
        _ => find_by_prefix(db, kind, query, limit).await,
    }
}

/// Matches ranked by bm25 (a title word weighs four times a body word) in the kind's own index
/// (`search_fts_{kind}`, migration 34). The index is the outer loop (`CROSS JOIN`: SQLite may
/// not reorder it) and only the newest [`RANKED`] matches are ranked, so a word found in tens of
/// thousands of texts costs about what a rare one does.
async fn find_fts5(
    db: &impl ConnectionTrait,
    kind: Kind,
    query: &Query,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    // The table's name is one of three constants; only the words are bound, as FTS5 syntax made
    // by `Query::fts5` from letters and digits alone.
    let table = format!("search_fts_{}", kind.code());
    let expr = query.fts5();
    let from = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            format!(
                "SELECT rowid FROM {table} WHERE {table} MATCH ? \
                 ORDER BY rowid DESC LIMIT 1 OFFSET ?"
            ),
            [expr.clone().into(), (RANKED - 1).into()],
        ))
        .await?
        .map(|r| r.try_get_by_index::<i64>(0))
        .transpose()?
        .unwrap_or(0);
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            format!(
                "SELECT d.ref_id FROM {table} CROSS JOIN search_doc d ON d.id = {table}.rowid \
                 WHERE {table} MATCH ? AND {table}.rowid >= ? \
                 ORDER BY bm25({table}, 4.0, 1.0) LIMIT ?"
            ),
            [expr.into(), from.into(), (limit as i64).into()],
        ))
        .await?;
    rows.iter().map(|r| r.try_get_by_index::<i64>(0)).collect()
}

/// Each word as the start of a word (at the start of the text or after a space), in the title
/// or the body. The same answer on any engine; on PostgreSQL the trigram index of migration 39
/// answers the `LIKE`s (then the rows found are checked), elsewhere every document is read.
pub async fn find_by_prefix(
    db: &impl ConnectionTrait,
    kind: Kind,
    query: &Query,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    let rows = db
        .query_all_raw(prefix_statement(
            db.get_database_backend(),
            kind,
            query,
            limit,
        ))
        .await?;
    rows.iter().map(|r| r.try_get_by_index::<i64>(0)).collect()
}

/// The text [`find_by_prefix`] matches: title and body lower-cased, each after a space, so
/// `% word%` finds a word at the start of either or after any space in them (a word has no
/// space, so it never straddles the two). The trigram index is built on this very expression.
pub const WORDS: &str = "(' ' || LOWER(title) || ' ' || LOWER(body))";

/// The statement of [`find_by_prefix`]: newest first, one `LIKE` per word.
pub fn prefix_statement(backend: DbBackend, kind: Kind, query: &Query, limit: u64) -> Statement {
    let mut sql = String::from("SELECT ref_id FROM search_doc WHERE kind = ?");
    let mut values: Vec<sea_orm::Value> = vec![kind.code().into()];
    for word in &query.words {
        sql.push_str(&format!(" AND {WORDS} LIKE ?"));
        values.push(format!("% {word}%").into());
    }
    sql.push_str(" ORDER BY id DESC LIMIT ?");
    values.push((limit as i64).into());
    Statement::from_sql_and_values(backend, crate::server::db::numbered(backend, &sql), values)
}
