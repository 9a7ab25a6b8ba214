//! Test support: a fresh database per test (SQLite, or PostgreSQL when asked) with the real
//! migrations, and people to act as.
#![allow(dead_code, clippy::unwrap_used)]

use app::features::auth::service::{NewPerson, create_person, load_user, start_session};
use app::server::{AuthSettings, db};
use jiff::Timestamp;
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use shared::Role;
use shared::account::CurrentUser;
use std::sync::atomic::{AtomicU32, Ordering};

pub mod pairs;

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A new database, migrated, with the programme in it: a SQLite file under the system temp
/// folder, or, when `TANDEM_TEST_ENGINE=postgres`, a new database on the server that
/// `TANDEM_TEST_POSTGRES` names (`./dev test` runs the suites both ways).
pub async fn fresh_db() -> DatabaseConnection {
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let tag = format!(
        "{}_{n}_{}",
        std::process::id(),
        Timestamp::now().as_nanosecond()
    );
    let dir = std::env::temp_dir().join(format!("tandem-test-{tag}"));
    std::fs::create_dir_all(&dir).unwrap();
    let url = db::test_database_url(&dir).await;
    let schema = db::connect_for_migrations(&url).await.unwrap();
    Migrator::up(&schema, None).await.unwrap();
    schema.close().await.unwrap();
    let conn = db::connect(&url).await.unwrap();
    app::features::programme::service::ensure_programme(&conn, Timestamp::now())
        .await
        .unwrap();
    conn
}

pub const PASSWORD: &str = "a password long enough";

/// Creates a person with a role and the test password; returns them as a caller.
pub async fn person(db: &DatabaseConnection, email: &str, role: Role) -> CurrentUser {
    let hash = app::features::auth::service::password_hash_for(PASSWORD)
        .await
        .unwrap();
    let id = create_person(
        db,
        NewPerson {
            email,
            display_name: "Test Person",
            time_zone: "Asia/Phnom_Penh",
            languages: &["English".to_owned()],
            password_hash: Some(hash),
            roles: &[role],
            is_demo: false,
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    load_user(db, id).await.unwrap()
}

/// A session token for a person.
pub async fn session_for(db: &DatabaseConnection, user: &CurrentUser) -> String {
    start_session(db, user.id, &AuthSettings::default(), Timestamp::now())
        .await
        .unwrap()
}

/// A fresh request key, as a page puts in each creating form.
#[allow(dead_code)]
pub fn key() -> String {
    app::features::auth::tokens::new_token()
}

/// The action link of the last message queued to `email` (private links are kept in the
/// letter until sent, never in the body the outbox page shows).
pub async fn mailed_link(db: &DatabaseConnection, email: &str) -> String {
    use app::entities::outbox;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let row = outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(email))
        .order_by_desc(outbox::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no message to {email}"));
    let letter: app::features::mail::service::Letter =
        serde_json::from_str(row.letter.as_deref().unwrap()).unwrap();
    letter.action.unwrap().path
}
pub mod sink;

/// The changes a service published inside `events::scope` (kind, partnership, coach, partner).
pub fn received(
    rx: &mut tokio::sync::broadcast::Receiver<app::server::events::Signal>,
) -> Vec<(String, i64, i64, i64)> {
    let mut out = Vec::new();
    while let Ok(signal) = rx.try_recv() {
        let app::server::events::Signal::Change(e) = signal else {
            panic!("only changes here, no resync: {signal:?}");
        };
        out.push((
            format!("{:?}", e.kind),
            e.partnership_id,
            e.coach_id,
            e.partner_id,
        ));
    }
    out
}
