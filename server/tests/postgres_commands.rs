//! The operations commands on PostgreSQL: a programme copied from SQLite and back with every
//! table compared, and backup and restore by PostgreSQL's own tools. They need the server
//! `./dev test` starts (`TANDEM_TEST_POSTGRES`); without it they say so and check nothing.
#![allow(clippy::unwrap_used)]

mod common;

use common::databases::{count, demo_database, temp_dir};
use jiff::Timestamp;
use sea_orm::ConnectionTrait;

/// The PostgreSQL server `./dev test` started, if any: these tests need one.
fn postgres_server() -> Option<String> {
    let url = std::env::var("TANDEM_TEST_POSTGRES").ok();
    if url.is_none() {
        eprintln!("no TANDEM_TEST_POSTGRES: this test runs under ./dev test");
    }
    url
}

async fn new_postgres_database(server: &str, tag: &str) -> String {
    app::server::db::create_unique_postgres_database(server, &format!("tandem_{tag}"))
        .await
        .unwrap()
}

/// The discussion posts a word finds (the full-text index on SQLite, prefixes elsewhere).
async fn found(conn: &sea_orm::DatabaseConnection, word: &str) -> Vec<i64> {
    use app::server::search::{Kind, find};
    let query = shared::search::Query::parse(word);
    find(conn, Kind::Post, &query, 50).await.unwrap()
}

#[tokio::test]
async fn the_demo_programme_moves_to_postgresql_and_back_with_every_table_the_same() {
    let Some(pg) = postgres_server() else { return };
    let dir = temp_dir("copy");
    let sqlite = format!("sqlite://{}", dir.join("demo.db").display());
    let conn = demo_database(&sqlite).await;

    // SQLite to PostgreSQL: every table, each the same on both sides.
    let postgres = new_postgres_database(&pg, "copy").await;
    let mut heard = Vec::new();
    let report = server::copy::copy_to(&conn, &postgres, |t| heard.push(t.table))
        .await
        .unwrap();
    assert_eq!(
        heard.len(),
        report.len(),
        "each table is reported as it is compared"
    );
    let schema = app::server::db::table_names(&conn).await.unwrap();
    let copied: Vec<&str> = report.iter().map(|t| t.table).collect();
    for table in schema.iter().filter(|t| !server::copy::left_out(t)) {
        assert!(copied.contains(&table.as_str()), "{table} is copied");
    }
    assert!(report.iter().all(|t| t.same), "{report:?}");
    let pg_conn = server::open_database(&postgres).await.unwrap();
    for table in [
        "person",
        "partnership",
        "journal_entry",
        "search_doc",
        "discussion_post",
    ] {
        let rows = report.iter().find(|t| t.table == table).unwrap().rows;
        assert!(rows > 0, "the demo has {table} rows");
        assert_eq!(
            count(&pg_conn, table).await,
            count(&conn, table).await,
            "{table}"
        );
    }
    // The app writes on: new rows take ids after the copied ones.
    let id = app::features::auth::service::create_person(
        &pg_conn,
        app::features::auth::service::NewPerson {
            email: "after-the-move@example.org",
            display_name: "After the move",
            time_zone: "Asia/Phnom_Penh",
            languages: &["Khmer".to_owned()],
            password_hash: None,
            roles: &[shared::Role::Partner],
            is_demo: false,
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    assert_eq!(id, count(&conn, "person").await + 1);

    // A second copy into a database that holds rows is refused, and says where.
    let refused = server::copy::copy_to(&conn, &postgres, |_| {})
        .await
        .unwrap_err();
    assert!(
        refused.contains("already holds") && refused.contains("rows in"),
        "{refused}"
    );

    // And back, PostgreSQL to a new SQLite file: the full-text index is built as it arrives.
    let back = format!("sqlite://{}", dir.join("back.db").display());
    let report = server::copy::copy_to(&pg_conn, &back, |_| {})
        .await
        .unwrap();
    assert!(report.iter().all(|t| t.same), "{report:?}");
    let back_conn = server::open_database(&back).await.unwrap();
    assert_eq!(
        count(&back_conn, "person").await,
        count(&conn, "person").await + 1
    );
    let word = "library";
    assert!(
        !found(&conn, word).await.is_empty(),
        "the demo's posts speak of a {word}"
    );
    assert_eq!(found(&back_conn, word).await, found(&conn, word).await);
}

#[tokio::test]
async fn on_postgresql_backup_and_restore_use_its_own_tools() {
    let Some(pg) = postgres_server() else { return };
    let url = new_postgres_database(&pg, "dump").await;
    let conn = server::open_database(&url).await.unwrap();
    app::features::programme::demo::seed_demo(&conn, Timestamp::now())
        .await
        .unwrap();
    let dir = temp_dir("dump");
    let file = dir.join("tandem.dump");
    let bytes = server::backup(&url, &file).await.unwrap();
    assert!(bytes > 1000, "{bytes} bytes");
    assert!(
        server::backup(&url, &file)
            .await
            .unwrap_err()
            .contains("already exists")
    );
    let people = count(&conn, "person").await;
    conn.execute_unprepared("DELETE FROM person_role")
        .await
        .unwrap();
    assert_eq!(count(&conn, "person_role").await, 0);
    conn.close().await.unwrap();

    // Into a database that holds tables only with --force; then all is back.
    let refused = server::restore(&file, &url, false).await.unwrap_err();
    assert!(refused.contains("--force"), "{refused}");
    assert_eq!(server::restore(&file, &url, true).await.unwrap(), None);
    let conn = server::open_database(&url).await.unwrap();
    assert_eq!(count(&conn, "person").await, people);
    assert!(count(&conn, "person_role").await >= people);
    // And into a new, empty database, as on a new machine.
    let fresh = new_postgres_database(&pg, "restored").await;
    server::restore(&file, &fresh, false).await.unwrap();
    let restored = server::open_database(&fresh).await.unwrap();
    assert_eq!(count(&restored, "person").await, people);
}
