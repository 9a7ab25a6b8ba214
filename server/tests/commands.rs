//! The server library's commands against real databases: migrations at start, the programme
//! created once, and an online backup that opens as a complete database.
#![allow(clippy::unwrap_used)]

mod common;

use common::databases::{count, demo_database, temp_dir};

use jiff::Timestamp;
use sea_orm::{ConnectionTrait, Statement};

#[tokio::test]
async fn backup_is_a_complete_consistent_copy_and_never_overwrites() {
    let dir = temp_dir("backup");
    let url = format!("sqlite://{}", dir.join("live.db").display());
    let conn = demo_database(&url).await;
    let file = dir.join("copy.db");
    server::backup_sqlite(&conn, &file).await.unwrap();
    // The command's entry, which picks the engine by the URL, refuses to overwrite too.
    assert!(
        server::backup(&url, &file)
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
        4,
        "the 2019-2020 cohort and the three demo cohorts (completed, under way, and with an open call)"
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
    let sync = again
        .query_one_raw(Statement::from_string(
            again.get_database_backend(),
            "PRAGMA synchronous",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "synchronous")
        .unwrap();
    assert_eq!(
        sync, 2,
        "synchronous=FULL: a commit is on disk before it is acknowledged"
    );
}

#[tokio::test]
async fn backup_failures_say_what_to_do() {
    let dir = temp_dir("backup-fail");
    let conn = server::open_database(&format!("sqlite://{}", dir.join("live.db").display()))
        .await
        .unwrap();
    let missing = server::backup_sqlite(&conn, &dir.join("no-such-folder").join("copy.db"))
        .await
        .unwrap_err();
    assert!(
        missing.contains("does not exist; create it first"),
        "{missing}"
    );
    let folder = server::backup_sqlite(&conn, &dir).await.unwrap_err();
    assert!(folder.contains("is a folder"), "{folder}");
    assert!(
        !missing.contains("SQLITE") && !missing.contains("code:"),
        "{missing}"
    );
}

#[tokio::test]
async fn restore_checks_the_backup_and_never_replaces_a_database_silently() {
    let dir = temp_dir("restore-refuse");
    let live = format!("sqlite://{}", dir.join("live.db").display());
    let conn = server::open_database(&live).await.unwrap();
    let copy = dir.join("copy.db");
    server::backup_sqlite(&conn, &copy).await.unwrap();
    // Not a database, a damaged one, and a database that holds data without --force.
    let text = dir.join("notes.txt");
    std::fs::write(&text, "not a database at all, just some words").unwrap();
    let e = server::restore(&text, &live, true).await.unwrap_err();
    assert!(e.contains("not a Tandem database"), "{e}");
    let damaged = dir.join("damaged.db");
    let mut bytes = std::fs::read(&copy).unwrap();
    let len = bytes.len();
    for b in &mut bytes[len / 2..] {
        *b = 0x5a;
    }
    std::fs::write(&damaged, bytes).unwrap();
    let e = server::restore(&damaged, &live, true).await.unwrap_err();
    assert!(e.contains("damaged") || e.contains("cannot"), "{e}");
    let e = server::restore(&copy, &live, false).await.unwrap_err();
    assert!(e.contains("--force"), "{e}");
}

/// The drill: back up while a pair writes, restore into a fresh place, sign in there, and
/// find every write that was acknowledged before the backup began.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_under_load_then_restore_keeps_every_acknowledged_write() {
    use app::entities::{journal_entry, partnership, person};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let dir = temp_dir("drill");
    let live = format!("sqlite://{}", dir.join("live.db").display());
    let conn = server::open_database(&live).await.unwrap();
    let now = Timestamp::now();
    app::features::programme::demo::seed_demo(&conn, now)
        .await
        .unwrap();
    app::features::programme::demo::seed_demo_activity(&conn, now)
        .await
        .unwrap();
    let p = partnership::Entity::find()
        .one(&conn)
        .await
        .unwrap()
        .unwrap();
    let partner = app::features::auth::service::load_user(&conn, p.partner_id)
        .await
        .unwrap();
    let email = person::Entity::find_by_id(p.partner_id)
        .one(&conn)
        .await
        .unwrap()
        .unwrap()
        .email;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let writer = {
        let (conn, stop, acknowledged) = (conn.clone(), stop.clone(), acknowledged.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                n += 1;
                let form = shared::partnership::JournalForm {
                    partnership_id: p.id,
                    kind: "note".into(),
                    body: format!("drill entry {n}"),
                    share: String::new(),
                    request_key: app::features::auth::tokens::new_token(),
                };
                let id = app::features::partnership::service::add_journal_entry(
                    &conn,
                    &partner,
                    &form,
                    Timestamp::now(),
                )
                .await
                .unwrap();
                acknowledged.lock().unwrap().push(id);
            }
        })
    };
    // Wait until the pair has written a few entries (a busy machine writes fewer per second).
    for _ in 0..200 {
        if acknowledged.lock().unwrap().len() > 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let before: Vec<i64> = acknowledged.lock().unwrap().clone();
    let copy = dir.join("copy.db");
    server::backup_sqlite(&conn, &copy).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    writer.await.unwrap();
    assert!(
        before.len() > 5,
        "the pair was writing: {} entries",
        before.len()
    );

    let restored_url = format!(
        "sqlite://{}",
        dir.join("restored").join("tandem.db").display()
    );
    assert_eq!(
        server::restore(&copy, &restored_url, false).await.unwrap(),
        None
    );
    let restored = server::open_database(&restored_url).await.unwrap();
    let found: Vec<i64> = journal_entry::Entity::find()
        .filter(journal_entry::Column::Id.is_in(before.clone()))
        .all(&restored)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        found.len(),
        before.len(),
        "every acknowledged write is there"
    );

    // Sign in on the restored database, through the router.
    let config = server::config::Config {
        database_url: restored_url.clone(),
        ..server::config::Config::default()
    };
    let router = server::router::router(server::state(&config, restored.clone()).unwrap());
    let body = format!(
        "form%5Bemail%5D={}&form%5Bpassword%5D={}&form%5Bnext%5D=%2Fhome",
        shared::validate::url_encode(&email),
        app::features::programme::demo::DEMO_PASSWORD
    );
    let req = http::Request::post("/api/sign_in")
        .header(http::header::HOST, "localhost:3000")
        .header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(axum::body::Body::from(body))
        .unwrap();
    let res = tower::ServiceExt::oneshot(router, req).await.unwrap();
    assert_eq!(res.status(), http::StatusCode::OK);
    assert!(res.headers().get(http::header::SET_COOKIE).is_some());

    // Restoring again over it needs --force, and keeps what it replaces.
    drop(restored);
    let kept = server::restore(&copy, &restored_url, true)
        .await
        .unwrap()
        .unwrap();
    assert!(kept.exists(), "{}", kept.display());
}
