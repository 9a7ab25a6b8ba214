//! The search index, one per kind of thing (library items, stories, posts) instead of one with the
//! kind as a column: a search of one kind no longer walks the others' entries, which made two
//! common words cost three times what they need to. SQLite only (other engines match with `LIKE`
//! on `search_doc` and have no index here); `search_doc` itself is unchanged.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const KINDS: [&str; 3] = ["library", "story", "post"];

/// The statements that make the index of one kind, fed by triggers on `search_doc`.
fn per_kind(kind: &str) -> Vec<String> {
    let t = format!("search_fts_{kind}");
    vec![
        format!(
            "CREATE VIRTUAL TABLE {t} USING fts5(title, body, content='search_doc', \
             content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        ),
        // A removed text leaves the index at once, not at its next merge.
        format!("INSERT INTO {t}({t}, rank) VALUES ('secure-delete', 1)"),
        format!(
            "CREATE TRIGGER {t}_ai AFTER INSERT ON search_doc WHEN new.kind = '{kind}' BEGIN \
             INSERT INTO {t}(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        ),
        format!(
            "CREATE TRIGGER {t}_ad AFTER DELETE ON search_doc WHEN old.kind = '{kind}' BEGIN \
             INSERT INTO {t}({t}, rowid, title, body) \
             VALUES ('delete', old.id, old.title, old.body); END"
        ),
        // A document never changes kind (`search::put` finds it by kind and id).
        format!(
            "CREATE TRIGGER {t}_au AFTER UPDATE ON search_doc WHEN old.kind = '{kind}' BEGIN \
             INSERT INTO {t}({t}, rowid, title, body) \
             VALUES ('delete', old.id, old.title, old.body); \
             INSERT INTO {t}(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        ),
        format!(
            "INSERT INTO {t}(rowid, title, body) \
             SELECT id, title, body FROM search_doc WHERE kind = '{kind}'"
        ),
    ]
}

/// The one index of migration 31, with the kind as a column.
const SHARED: &[&str] = &[
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, kind, content='search_doc', \
     content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1)",
    "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN \
     INSERT INTO search_fts(rowid, title, body, kind) \
     VALUES (new.id, new.title, new.body, new.kind); END",
    "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN \
     INSERT INTO search_fts(search_fts, rowid, title, body, kind) \
     VALUES ('delete', old.id, old.title, old.body, old.kind); END",
    "CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN \
     INSERT INTO search_fts(search_fts, rowid, title, body, kind) \
     VALUES ('delete', old.id, old.title, old.body, old.kind); \
     INSERT INTO search_fts(rowid, title, body, kind) \
     VALUES (new.id, new.title, new.body, new.kind); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
];

async fn run(manager: &SchemaManager<'_>, statements: Vec<String>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    for sql in statements {
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
            return Ok(());
        }
        let drop = ["search_doc_ai", "search_doc_ad", "search_doc_au"]
            .map(|t| format!("DROP TRIGGER IF EXISTS {t}"))
            .into_iter()
            .chain([String::from("DROP TABLE IF EXISTS search_fts")])
            .collect();
        run(manager, drop).await?;
        run(manager, KINDS.into_iter().flat_map(per_kind).collect()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
            return Ok(());
        }
        // The triggers are on `search_doc`: dropping an index leaves them.
        let drop = KINDS
            .into_iter()
            .flat_map(|kind| {
                ["ai", "ad", "au"]
                    .map(|t| format!("DROP TRIGGER IF EXISTS search_fts_{kind}_{t}"))
                    .into_iter()
                    .chain([format!("DROP TABLE IF EXISTS search_fts_{kind}")])
            })
            .collect();
        run(manager, drop).await?;
        run(manager, SHARED.iter().map(|s| (*s).to_owned()).collect()).await
    }
}
