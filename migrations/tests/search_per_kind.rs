//! The search index splits into one per kind: what migration 31's shared index held is found in
//! its kind's index afterwards (and only there), later changes follow by trigger, and rolling
//! back brings the shared index back with the same contents.
#![allow(clippy::unwrap_used)]

use migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

async fn ids(db: &DatabaseConnection, sql: &str) -> Vec<i64> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get_by_index::<i64>(0).unwrap())
        .collect()
}

async fn found(db: &DatabaseConnection, kind: &str, words: &str) -> Vec<i64> {
    ids(
        db,
        &format!(
            "SELECT rowid FROM search_fts_{kind} WHERE search_fts_{kind} MATCH '{words}' \
             ORDER BY rowid"
        ),
    )
    .await
}

#[tokio::test]
async fn each_kind_is_found_in_its_own_index_and_the_shared_one_comes_back() {
    let db = Database::connect("sqlite::memory:").await.unwrap();
    // Up to the migration before the split (33 in all).
    Migrator::up(&db, Some(33)).await.unwrap();
    db.execute_unprepared(
        "INSERT INTO search_doc (id, kind, ref_id, title, body) VALUES \
         (1, 'library', 10, 'Digital archive guide', 'Scanning palm-leaf manuscripts'), \
         (2, 'story', 20, 'Our archive move', 'What went wrong with the archive'), \
         (3, 'post', 30, 'Archive question', 'Who has scanned manuscripts?')",
    )
    .await
    .unwrap();

    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(found(&db, "library", "archive").await, [1]);
    assert_eq!(found(&db, "story", "archive").await, [2]);
    assert_eq!(found(&db, "post", "archive").await, [3]);
    assert_eq!(
        found(&db, "post", "manuscripts").await,
        [3],
        "body words too"
    );

    // The triggers follow each kind: a new post, an edited story, a removed library item.
    db.execute_unprepared(
        "INSERT INTO search_doc (id, kind, ref_id, title, body) \
         VALUES (4, 'post', 31, 'Reply', 'Archive shelving in the rainy season')",
    )
    .await
    .unwrap();
    db.execute_unprepared("UPDATE search_doc SET body = 'Monsoon shelving' WHERE id = 2")
        .await
        .unwrap();
    db.execute_unprepared("DELETE FROM search_doc WHERE id = 1")
        .await
        .unwrap();
    assert_eq!(found(&db, "post", "archive").await, [3, 4]);
    assert_eq!(found(&db, "post", "rainy").await, [4]);
    assert_eq!(found(&db, "story", "monsoon").await, [2]);
    assert_eq!(
        found(&db, "story", "wrong").await,
        Vec::<i64>::new(),
        "the old text left"
    );
    assert_eq!(found(&db, "library", "archive").await, Vec::<i64>::new());

    Migrator::down(&db, Some(1)).await.unwrap();
    let shared = |words: &str| {
        format!("SELECT rowid FROM search_fts WHERE search_fts MATCH '{words}' ORDER BY rowid")
    };
    assert_eq!(ids(&db, &shared("archive")).await, [2, 3, 4]);
    assert_eq!(ids(&db, &shared("kind : post")).await, [3, 4]);
    db.execute_unprepared("DELETE FROM search_doc WHERE id = 4")
        .await
        .unwrap();
    assert_eq!(
        ids(&db, &shared("rainy")).await,
        Vec::<i64>::new(),
        "its triggers are back"
    );
    let per_kind = ids(
        &db,
        "SELECT count(*) FROM sqlite_master WHERE name LIKE 'search_fts_library%' \
         OR name LIKE 'search_fts_story%' OR name LIKE 'search_fts_post%'",
    )
    .await;
    assert_eq!(per_kind, [0], "no table or trigger of the split is left");
}
