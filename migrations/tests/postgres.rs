//! The migrations on PostgreSQL: up, down completely and up again, in a database of their own.
//! `TANDEM_TEST_POSTGRES` names a server to create it on (`./dev test` starts a private one and
//! sets it); without it this test says so and checks nothing.
#![allow(clippy::unwrap_used)]

use migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

async fn tables(db: &DatabaseConnection) -> Vec<String> {
    db.query_all_raw(Statement::from_string(
        db.get_database_backend(),
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' \
         AND tablename <> 'seaql_migrations' ORDER BY tablename",
    ))
    .await
    .unwrap()
    .iter()
    .map(|r| r.try_get_by_index::<String>(0).unwrap())
    .collect()
}

#[tokio::test]
async fn up_down_up_on_postgres() {
    let Ok(admin_url) = std::env::var("TANDEM_TEST_POSTGRES") else {
        eprintln!("TANDEM_TEST_POSTGRES is not set: the PostgreSQL migrations were not run");
        return;
    };
    let admin = Database::connect(&admin_url).await.unwrap();
    let name = format!("tandem_migrations_{}", std::process::id());
    let backend = admin.get_database_backend();
    admin
        .execute_raw(Statement::from_string(
            backend,
            format!("DROP DATABASE IF EXISTS {name}"),
        ))
        .await
        .unwrap();
    admin
        .execute_raw(Statement::from_string(
            backend,
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .unwrap();
    let url = match admin_url.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("TANDEM_TEST_POSTGRES has no database name: {admin_url}"),
    };
    let db = Database::connect(&url).await.unwrap();
    Migrator::up(&db, None).await.unwrap();
    let first = tables(&db).await;
    assert!(first.contains(&"person".to_owned()), "{first:?}");
    assert!(first.contains(&"search_doc".to_owned()), "{first:?}");
    Migrator::down(&db, None).await.unwrap();
    assert!(tables(&db).await.is_empty(), "{:?}", tables(&db).await);
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(tables(&db).await, first);
    db.close().await.unwrap();
    admin
        .execute_raw(Statement::from_string(
            backend,
            format!("DROP DATABASE {name}"),
        ))
        .await
        .unwrap();
}
