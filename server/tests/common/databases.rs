//! Databases for the command tests: a temporary folder, a table's row count, the demo.
#![allow(clippy::unwrap_used)]

use jiff::Timestamp;
use sea_orm::{ConnectionTrait, Statement};

pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "tandem-{name}-{}-{}",
        std::process::id(),
        Timestamp::now().as_nanosecond()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub async fn count(conn: &sea_orm::DatabaseConnection, table: &str) -> i64 {
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

/// The database at `url`, migrated, with the demo programme and its activity.
pub async fn demo_database(url: &str) -> sea_orm::DatabaseConnection {
    let conn = server::open_database(url).await.unwrap();
    app::features::programme::demo::seed_demo(&conn, Timestamp::now())
        .await
        .unwrap();
    app::features::programme::demo::seed_demo_activity(&conn, Timestamp::now())
        .await
        .unwrap();
    conn
}
