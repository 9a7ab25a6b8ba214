//! Concerns may have no partnership: SQLite rebuilds the table, keeping every concern with its
//! id and the responses its drop would have cascaded away; rolling back keeps those with a
//! partnership.
#![allow(clippy::unwrap_used)]

use migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, Statement};

async fn ids(db: &sea_orm_migration::sea_orm::DatabaseConnection, sql: &str) -> Vec<i64> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get_by_index::<i64>(0).unwrap())
        .collect()
}

#[tokio::test]
async fn concerns_and_their_responses_survive_the_rebuild_both_ways() {
    let db = Database::connect("sqlite::memory:").await.unwrap();
    db.execute_unprepared("PRAGMA foreign_keys = ON")
        .await
        .unwrap();
    Migrator::up(&db, Some(20)).await.unwrap();
    for sql in [
        "INSERT INTO programme (id, slug, name, summary, chair_name, time_zone, general_objectives, coach_expectations, updated_at) VALUES (1, 'p', 'P', '', '', 'UTC', '[]', '[]', 0)",
        "INSERT INTO cohort (id, programme_id, slug, name, country, partner_time_zone, call_deadline_at, starts_on, ends_on, created_at) VALUES (1, 1, 'c', 'C', 'KH', 'Asia/Phnom_Penh', 0, '2026-06-01', '2027-05-31', 0)",
        "INSERT INTO person (id, email, display_name, time_zone, languages, created_at, updated_at) VALUES (1, 'c@x.org', 'C', 'UTC', '[]', 0, 0), (2, 'a@x.kh', 'A', 'UTC', '[]', 0, 0)",
        "INSERT INTO partnership (id, cohort_id, coach_id, partner_id, objective_area, objective, starts_on, ends_on, status, end_reason, created_at, updated_at) VALUES (1, 1, 1, 2, 'collections', 'Need', '2026-06-01', '2027-05-31', 'active', '', 0, 0)",
        "INSERT INTO concern (id, partnership_id, author_id, category, severity, description, shared_with_pair, status, created_at, updated_at) VALUES (7, 1, 2, 'other', 'low', 'First', 0, 'new', 0, 0), (9, 1, 2, 'other', 'high', 'Second', 1, 'new', 0, 0)",
        "INSERT INTO concern_response (concern_id, author_id, body, created_at) VALUES (7, 1, 'Answer to the first', 0), (9, 1, 'Answer to the second', 0)",
    ] {
        db.execute_unprepared(sql).await.unwrap();
    }
    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(ids(&db, "SELECT id FROM concern ORDER BY id").await, [7, 9]);
    assert_eq!(
        ids(
            &db,
            "SELECT concern_id FROM concern_response ORDER BY concern_id"
        )
        .await,
        [7, 9],
        "the responses are kept"
    );
    // Now a concern about no partnership can be written, and still none by nobody.
    db.execute_unprepared("INSERT INTO concern (partnership_id, author_id, category, severity, description, shared_with_pair, status, created_at, updated_at) VALUES (NULL, 1, 'other', 'low', 'Alone', 0, 'new', 0, 0)")
        .await
        .unwrap();
    assert_eq!(
        ids(&db, "SELECT id FROM concern WHERE partnership_id IS NULL").await,
        [10]
    );
    assert!(db
        .execute_unprepared("INSERT INTO concern (partnership_id, author_id, category, severity, description, shared_with_pair, status, created_at, updated_at) VALUES (NULL, 99, 'other', 'low', 'Nobody', 0, 'new', 0, 0)")
        .await
        .is_err(), "the author must exist");
    db.execute_unprepared("INSERT INTO concern_response (concern_id, author_id, body, created_at) VALUES (10, 1, 'On the lone one', 0)").await.unwrap();

    Migrator::down(&db, Some(1)).await.unwrap();
    assert_eq!(ids(&db, "SELECT id FROM concern ORDER BY id").await, [7, 9]);
    assert_eq!(
        ids(
            &db,
            "SELECT concern_id FROM concern_response ORDER BY concern_id"
        )
        .await,
        [7, 9]
    );
    // Deleting a partnership still takes its concerns and their responses with it.
    db.execute_unprepared("DELETE FROM partnership WHERE id = 1")
        .await
        .unwrap();
    assert!(ids(&db, "SELECT id FROM concern").await.is_empty());
    assert!(ids(&db, "SELECT id FROM concern_response").await.is_empty());
}
