//! The server library's commands against real databases: migrations at start, the programme
//! created once, and an online backup that opens as a complete database.
#![allow(clippy::unwrap_used)]

use jiff::Timestamp;
use sea_orm::{ConnectionTrait, Statement};

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "tandem-{name}-{}-{}",
        std::process::id(),
        Timestamp::now().as_nanosecond()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn count(conn: &sea_orm::DatabaseConnection, table: &str) -> i64 {
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

#[tokio::test]
async fn backup_is_a_complete_consistent_copy_and_never_overwrites() {
    let dir = temp_dir("backup");
    let url = format!("sqlite://{}", dir.join("live.db").display());
    let conn = server::open_database(&url).await.unwrap();
    app::features::programme::demo::seed_demo(&conn, Timestamp::now())
        .await
        .unwrap();
    app::features::programme::demo::seed_demo_activity(&conn, Timestamp::now())
        .await
        .unwrap();
    let file = dir.join("copy.db");
    server::backup(&conn, &file).await.unwrap();
    assert!(
        server::backup(&conn, &file)
            .await
            .unwrap_err()
            .contains("already exists")
    );

    let copy = server::open_database(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    for table in [
        "person",
        "person_role",
        "programme",
        "objective_area",
        "cohort",
        "partnership",
        "goal",
        "journal_entry",
        "coaching_session",
        "support_hours",
        "notification",
    ] {
        assert_eq!(
            count(&copy, table).await,
            count(&conn, table).await,
            "{table}"
        );
    }
    assert_eq!(
        count(&copy, "cohort").await,
        3,
        "the 2019-2020 cohort and the two demo cohorts (under way, and with an open call)"
    );
}

#[tokio::test]
async fn opening_twice_migrates_once_and_keeps_one_programme() {
    let dir = temp_dir("open");
    let url = format!("sqlite://{}", dir.join("t.db").display());
    let first = server::open_database(&url).await.unwrap();
    drop(first);
    let again = server::open_database(&url).await.unwrap();
    assert_eq!(count(&again, "programme").await, 1);
    let mode = again
        .query_one_raw(Statement::from_string(
            again.get_database_backend(),
            "PRAGMA journal_mode",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<String>("", "journal_mode")
        .unwrap();
    assert_eq!(mode, "wal");
    let fk = again
        .query_one_raw(Statement::from_string(
            again.get_database_backend(),
            "PRAGMA foreign_keys",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "foreign_keys")
        .unwrap();
    assert_eq!(fk, 1);
}
