//! Two app servers on one database, as behind a reverse proxy: a change made through one
//! reaches the live subscribers and the dashboard of the other (PostgreSQL, whose notifications
//! carry it), a notice from a transaction that rolled back reaches nobody, a listener that loses
//! its connection comes back and tells its browsers to refetch, and scheduled work runs once
//! across the servers, not once per server (both engines).
#![allow(clippy::unwrap_used)]

mod common;

use app::server::events::{self, Event, Kind, Signal};
use axum::body::Body;
use common::pairs::*;
use common::*;
use http::StatusCode;
use http_body_util::BodyExt;
use jiff::Timestamp;
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
use server::jobs::Jobs;
use std::time::Duration;

/// Starts `server`'s PostgreSQL listener and waits until it listens (it then asks its
/// subscribers to refetch, which is how we know).
async fn listening(server: &World) {
    let mut rx = server.events.subscribe();
    server::jobs::spawn_listener(&server.db, &server.url, server.events.clone());
    let ready = async { while rx.recv().await.unwrap() != Signal::Resync {} };
    tokio::time::timeout(Duration::from_secs(10), ready)
        .await
        .expect("the listener listens within 10 s");
}

/// The server-sent events (name, data) that arrive on `body` within `wait`.
async fn sse(body: &mut Body, wait: Duration) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut name = String::new();
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        let Ok(Some(Ok(frame))) = tokio::time::timeout(left, body.frame()).await else {
            return out;
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        for line in String::from_utf8_lossy(&data).lines() {
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_owned();
            } else if let Some(d) = line.strip_prefix("data: ") {
                out.push((std::mem::take(&mut name), d.to_owned()));
            }
        }
    }
}

/// Waits up to `wait` for an event named `name` on `body`: the events that came until it.
async fn until(body: &mut Body, name: &str, data: &str, wait: Duration) -> Vec<(String, String)> {
    let deadline = tokio::time::Instant::now() + wait;
    let mut seen = Vec::new();
    while tokio::time::Instant::now() < deadline {
        let got = sse(body, Duration::from_millis(200)).await;
        let found = got.iter().any(|(n, d)| n == name && d == data);
        seen.extend(got);
        if found {
            return seen;
        }
    }
    panic!("no {name} {data} within {wait:?}; saw {seen:?}");
}

async fn open_events(server: &World, cookie: &str) -> Body {
    let res = server.send(get("/events", Some(cookie))).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.into_body()
}

/// The goals the chair's dashboard on `server` counts for the pair.
async fn goals_on_dashboard(server: &World, p: &Pair) -> u64 {
    use sea_orm::EntityTrait;
    let cohort = app::entities::cohort::Entity::find_by_id(p.cohort_id)
        .one(&server.db)
        .await
        .unwrap()
        .unwrap();
    let filter = format!("filter%5Bcohort%5D={}", cohort.slug);
    let (status, body) = call(server, "get_dashboard", filter, Some(&p.chair)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let view: serde_json::Value = serde_json::from_str(&body).unwrap();
    view["rows"][0]["goals"].as_u64().expect(&body)
}

async fn add_goal(server: &World, p: &Pair, title: &str) {
    let form = format!(
        "form%5Bpartnership_id%5D={}&form%5Bgoal_id%5D=0&form%5Btitle%5D={title}&form%5Boutcome%5D=Staff+can+run+it{}",
        p.id,
        key_field()
    );
    let (status, body) = call(server, "save_goal", form, Some(&p.partner)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_through_one_server_reaches_the_browsers_and_dashboard_of_another() {
    let a = new_world().await;
    if a.db.get_database_backend() != DbBackend::Postgres {
        eprintln!("one server on SQLite: this runs with TANDEM_TEST_ENGINE=postgres");
        return;
    }
    let b = server_on(&a.url).await;
    let p = pair(&a).await;
    listening(&a).await;
    listening(&b).await;
    assert_eq!(goals_on_dashboard(&b, &p).await, 0);
    let mut on_b = open_events(&b, &p.coach).await;
    let mut on_a = open_events(&a, &p.coach).await;

    // The partner adds a goal through server A: the coach's browser on B hears of it, and the
    // chair's dashboard on B counts it at once (its kept answer went stale).
    add_goal(&a, &p, "Open+a+reading+room").await;
    let goal = format!(r#"{{"v":1,"kind":"goal","partnership":{}}}"#, p.id);
    until(&mut on_b, "change", &goal, Duration::from_secs(5)).await;
    assert_eq!(goals_on_dashboard(&b, &p).await, 1);
    // On A, once: its own listener skips what A published at the commit.
    let mut here = until(&mut on_a, "change", &goal, Duration::from_secs(5)).await;
    here.extend(sse(&mut on_a, Duration::from_millis(700)).await);
    assert_eq!(
        here.iter().filter(|(_, d)| *d == goal).count(),
        1,
        "{here:?}"
    );

    // A notice from a transaction that rolls back reaches nobody; the next committed one does.
    let mut bus_b = b.events.subscribe();
    let txn = a.db.begin().await.unwrap();
    events::postgres::notify(&txn, 0, &Event::thread(99))
        .await
        .unwrap();
    txn.rollback().await.unwrap();
    events::announce(&a.db, Event::thread(100)).await.unwrap();
    let next = tokio::time::timeout(Duration::from_secs(5), bus_b.recv())
        .await
        .unwrap()
        .unwrap();
    let Signal::Change(e) = next else {
        panic!("expected a change, got {next:?}");
    };
    assert_eq!((e.kind, e.partnership_id), (Kind::Thread, 100));

    // The listeners lose their connections: each connects again and its browsers refetch.
    let cut =
        a.db.query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid() \
             AND query ILIKE 'LISTEN%'",
        ))
        .await
        .unwrap();
    assert_eq!(cut.len(), 2, "one listener per server");
    until(&mut on_b, "resync", "{}", Duration::from_secs(10)).await;
    // And changes flow again.
    add_goal(&a, &p, "Train+two+cataloguers").await;
    until(&mut on_b, "change", &goal, Duration::from_secs(5)).await;
    assert_eq!(goals_on_dashboard(&b, &p).await, 2);
    a.events.close();
    b.events.close();
}

/// Proposes a session for 10:00 Berlin on 12 March 2030 (09:00 UTC) and the partner accepts it.
async fn scheduled_session(server: &World, p: &Pair) {
    use app::features::sessions::service as sessions;
    let now = Timestamp::now();
    let form = shared::schedule::ProposalForm {
        fold: String::new(),
        partnership_id: p.id,
        time_1: "2030-03-12T10:00".into(),
        time_2: String::new(),
        time_3: String::new(),
        medium: "video".into(),
        link: "https://meet.example.org/tandem-two".into(),
        duration: "60".into(),
        agenda: "First goals".into(),
        request_key: unique("two-servers"),
    };
    let id = sessions::propose(&server.db, &p.coach_user, &form, now)
        .await
        .unwrap();
    let v = sessions::sessions_view(&server.db, &p.partner_user, p.id, now)
        .await
        .unwrap();
    let answer = shared::schedule::AnswerForm {
        partnership_id: p.id,
        session_id: id,
        option_id: v.sessions[0].options[0].id,
    };
    sessions::answer(&server.db, &p.partner_user, &answer, now)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scheduled_work_runs_on_one_server_and_moves_when_it_stops() {
    let a = new_world().await;
    let b = server_on(&a.url).await;
    let p = pair(&a).await;
    scheduled_session(&a, &p).await;
    let (jobs_a, jobs_b) = (
        Jobs::new(a.db.clone(), a.events.clone()),
        Jobs::new(b.db.clone(), b.events.clone()),
    );
    let minute = jiff::SignedDuration::from_mins(1);
    // A day before: both servers' timers fire at once; one sends, the other finds the lease held.
    let t: Timestamp = "2030-03-11T09:30:00Z".parse().unwrap();
    let (ran_a, ran_b) = tokio::join!(jobs_a.reminders(t), jobs_b.reminders(t));
    let ran = [ran_a.unwrap(), ran_b.unwrap()];
    assert_eq!(
        ran.iter().flatten().collect::<Vec<_>>(),
        [&2],
        "one server sent both reminders, the other none: {ran:?}"
    );
    let (first, second) = if ran[0].is_some() {
        (&jobs_a, &jobs_b)
    } else {
        (&jobs_b, &jobs_a)
    };
    // A minute later the holder runs again and the other still does not.
    assert_eq!(second.reminders(t + minute).await.unwrap(), None);
    assert_eq!(first.reminders(t + minute).await.unwrap(), Some(0));
    // The holder stops: once its lease is out (three minutes), the other takes the job over.
    assert_eq!(second.reminders(t + minute * 3).await.unwrap(), None);
    assert_eq!(second.reminders(t + minute * 5).await.unwrap(), Some(0));
    assert_eq!(first.reminders(t + minute * 6).await.unwrap(), None);
    // The hour before (both leases long out): whichever server asks first sends it, once.
    let hour_before: Timestamp = "2030-03-12T08:15:00Z".parse().unwrap();
    assert_eq!(first.reminders(hour_before).await.unwrap(), Some(2));
    let told = app::features::partnership::service::unread_notifications(&a.db, &p.partner_user)
        .await
        .unwrap()
        .iter()
        .filter(|n| n.body.starts_with("Reminder"))
        .count();
    assert_eq!(told, 2, "one reminder a day before, one an hour before");
}
