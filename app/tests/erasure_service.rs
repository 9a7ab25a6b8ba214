//! Erasure against a real SQLite database: a request waits a week for the chair (who may object,
//! with a reason the person is told, or confirm at once); the erasure leaves no row with the
//! person's id or address, keeps what the pair shares for the other member under "a former
//! participant", keeps the dashboard's figures, and is logged without the erased content.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{erasure_request, journal_entry, notification, person};
use app::features::commitments::service as commitments;
use app::features::dashboard::service::dashboard;
use app::features::partnership::service as ws;
use app::features::privacy::erasure;
use app::features::privacy::service::{Scope, TABLES};
use app::features::sessions::service as sessions;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JsonValue, Statement,
};
use shared::commitments::HoursForm;
use shared::dashboard::DashboardFilter;
use shared::partnership::{GoalForm, JournalForm};
use shared::privacy::{ErasureStatus, ObjectionForm};
use shared::schedule::{OutcomeForm, ProposalForm};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// A pair with a held session, a goal, support hours, and a journal entry from each member.
async fn busy_pair(db: &DatabaseConnection, tag: &str) -> Pair {
    let p = pair(db, tag).await;
    let t0 = at("2027-03-10T12:00:00Z");
    let sid = sessions::propose(
        db,
        &p.coach,
        &ProposalForm {
            partnership_id: p.id,
            time_1: "2027-03-11T15:00".into(),
            medium: "video".into(),
            link: "https://meet.example.org/erase".into(),
            duration: "60".into(),
            request_key: common::key(),
            ..Default::default()
        },
        t0,
    )
    .await
    .unwrap();
    accept_first(db, &p, sid, t0).await;
    let form = OutcomeForm {
        partnership_id: p.id,
        session_id: sid,
        outcome: "held".into(),
        notes: "SHARED-SESSION-NOTE".into(),
        actions: String::new(),
    };
    sessions::record_outcome(db, &p.coach, &form, at("2027-03-11T16:00:00Z"))
        .await
        .unwrap();
    ws::save_goal(
        db,
        &p.partner,
        &GoalForm {
            partnership_id: p.id,
            title: "A discovery page".into(),
            outcome: "Students find e-journals".into(),
            request_key: common::key(),
            ..Default::default()
        },
        t0,
    )
    .await
    .unwrap();
    let hours = HoursForm {
        request_key: common::key(),
        partnership_id: p.id,
        entry_id: 0,
        on_date: "2027-03-09".into(),
        minutes: "1:30".into(),
        category: "collating".into(),
        note: "Reading list".into(),
    };
    commitments::save_hours(db, &p.coach, &hours, t0)
        .await
        .unwrap();
    for (who, text) in [
        (&p.coach, "COACH-OWN-ENTRY"),
        (&p.partner, "PARTNER-OWN-ENTRY"),
    ] {
        ws::add_journal_entry(
            db,
            who,
            &JournalForm {
                partnership_id: p.id,
                kind: "note".into(),
                body: text.into(),
                request_key: common::key(),
                ..Default::default()
            },
            t0,
        )
        .await
        .unwrap();
    }
    p
}

/// Every row of every table, as text, to look for an address or an id.
async fn everything(db: &DatabaseConnection) -> Vec<(String, serde_json::Map<String, JsonValue>)> {
    let mut out = Vec::new();
    for (table, _) in TABLES {
        if *table == "sqlite_sequence" || table.starts_with("search_fts_") {
            continue; // counters, and the search index's binary storage
        }
        let rows = JsonValue::find_by_statement(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT * FROM {table}"),
        ))
        .all(db)
        .await
        .unwrap();
        for row in rows {
            if let JsonValue::Object(map) = row {
                out.push(((*table).to_owned(), map));
            }
        }
    }
    out
}

/// The figures of the dashboard (not the names).
async fn figures(db: &DatabaseConnection, p: &Pair, now: Timestamp) -> Vec<String> {
    let v = dashboard(db, &p.chair, &DashboardFilter::default(), now)
        .await
        .unwrap();
    let mut out = vec![
        format!("{} {:?} {:?}", v.total, v.by_area, v.by_status),
        format!("{:?}", v.sessions_per_month),
    ];
    let mut rows: Vec<String> = v
        .rows
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {:?}",
                r.sessions_held, r.goals, r.goal_progress, r.hours_this_month, r.hours_by_month
            )
        })
        .collect();
    rows.sort();
    out.extend(rows);
    out
}

#[tokio::test]
async fn an_erased_coach_leaves_no_row_with_their_id_or_address_and_the_figures_stay() {
    let db = fresh_db().await;
    let p = busy_pair(&db, "er1").await;
    let now = at("2027-03-20T10:00:00Z");
    let before = figures(&db, &p, now).await;

    // The coach asks; asking again (a resend) answers the same request.
    let asked = erasure::request_mine(&db, &p.coach, now).await.unwrap();
    let again = erasure::request_mine(&db, &p.coach, now).await.unwrap();
    assert_eq!(asked.id, again.id);
    assert_eq!(asked.status, ErasureStatus::Waiting);
    assert_eq!(
        erasure_request::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .len(),
        1
    );
    // The chair is told, with the day it runs on the chair's clock.
    let told = notification::Entity::find().all(&db).await.unwrap();
    assert!(told.iter().any(|n| {
        n.person_id == p.chair.id
            && n.body
                .starts_with("Anna Keller asks for their data to be erased")
            && n.link == "/programme/erasures"
    }));
    // The chair sees what to weigh: the running partnership.
    let list = erasure::list(&db, &p.chair).await.unwrap();
    assert_eq!(list.waiting.len(), 1);
    assert!(list.waiting[0].context[0].contains("running partnership with Sophea Chan"));

    // Before the week is out nothing runs; after it, the hourly task erases.
    assert_eq!(
        erasure::run_due(&db, at("2027-03-27T09:00:00Z"))
            .await
            .unwrap(),
        0
    );
    assert!(
        person::Entity::find_by_id(p.coach.id)
            .one(&db)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        erasure::run_due(&db, at("2027-03-27T10:00:00Z"))
            .await
            .unwrap(),
        1
    );

    // No row holds the coach's id in a column that names a person, nor their address.
    let id = JsonValue::from(p.coach.id);
    for (table, row) in everything(&db).await {
        for (column, value) in &row {
            if let Some(text) = value.as_str() {
                assert!(
                    !text.contains(&p.coach.email),
                    "{table}.{column} still holds the address"
                );
                assert!(
                    !text.contains("COACH-OWN-ENTRY"),
                    "{table}.{column} still holds the coach's own journal entry"
                );
            }
            let names_a_person = column == "person_id"
                || column.ends_with("author_id")
                || column.ends_with("_by")
                || column == "coach_id"
                || column == "partner_id";
            if names_a_person {
                assert_ne!(value, &id, "{table}.{column} still names the coach");
            }
        }
    }
    // The archive's own rules find nothing either.
    for (table, scope) in TABLES {
        if let Scope::Rows(condition) = scope {
            let sql = condition
                .replace(":me", &p.coach.id.to_string())
                .replace(":email", &format!("'{}'", p.coach.email))
                .replace(
                    "PAIRS",
                    &format!(
                        "(SELECT id FROM partnership WHERE coach_id = {0} OR partner_id = {0})",
                        p.coach.id
                    ),
                );
            let left = db
                .query_all_raw(Statement::from_string(
                    db.get_database_backend(),
                    format!("SELECT * FROM {table} WHERE {sql}"),
                ))
                .await
                .unwrap();
            assert!(left.is_empty(), "{table} still has the coach's rows");
        }
    }

    // The partner keeps the pair's shared records, with a former participant as the coach.
    let page = app::features::partnership::overview::overview(&db, &p.partner, p.id, now)
        .await
        .unwrap();
    match page {
        shared::partnership::PartnershipPage::Pair(v) => {
            assert_eq!(v.figures.head.coach.name, erasure::FORMER);
            assert_eq!(v.goals.len(), 1, "the shared goal stays");
        }
        other => panic!("{other:?}"),
    }
    let entries = journal_entry::Entity::find().all(&db).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].body, "PARTNER-OWN-ENTRY");
    let s = sessions::sessions_view(&db, &p.partner, p.id, now)
        .await
        .unwrap();
    assert_eq!(s.sessions.len(), 1, "the held session stays");
    // The former participant cannot sign in.
    let former = person::Entity::find_by_id(
        app::entities::partnership::Entity::find_by_id(p.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .coach_id,
    )
    .one(&db)
    .await
    .unwrap()
    .unwrap();
    assert!(former.password_hash.is_none() && former.closed_at.is_some());

    // The dashboard's figures are unchanged.
    assert_eq!(figures(&db, &p, now).await, before);
    // The request keeps what went, in figures, and the log names the request, not the content.
    let done = erasure_request::Entity::find().all(&db).await.unwrap();
    assert_eq!(done[0].status, "done");
    assert!(
        done[0].summary.contains("Removed the account"),
        "{}",
        done[0].summary
    );
    assert!(
        done[0].summary.contains("a journal entry"),
        "{}",
        done[0].summary
    );
    assert!(done[0].person_id.is_none());
}

#[tokio::test]
async fn the_chair_objects_with_a_reason_or_confirms_and_nobody_else_decides() {
    let db = fresh_db().await;
    let p = pair(&db, "er2").await;
    let now = at("2027-03-20T10:00:00Z");
    let r = erasure::request_mine(&db, &p.partner, now).await.unwrap();
    // Neither member nor the coach decides.
    for who in [&p.partner, &p.coach] {
        assert!(matches!(
            erasure::confirm(&db, who, r.id, now).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            erasure::list(&db, who).await,
            Err(ServiceError::Forbidden)
        ));
    }
    // An objection needs a reason; with one, the request stops and the partner is told why.
    let blank = ObjectionForm {
        request_id: r.id,
        reason: " ".into(),
    };
    assert!(matches!(
        erasure::object(&db, &p.chair, &blank, now).await,
        Err(ServiceError::Validation(_))
    ));
    let reason = ObjectionForm {
        request_id: r.id,
        reason: "Your open concern is being handled; we erase once it is closed.".into(),
    };
    erasure::object(&db, &p.chair, &reason, now).await.unwrap();
    let told = notification::Entity::find().all(&db).await.unwrap();
    assert!(
        told.iter().any(|n| n.person_id == p.partner.id
            && n.body.contains("Your open concern is being handled"))
    );
    // An answered request is not run by the task, nor answered twice.
    assert_eq!(
        erasure::run_due(&db, at("2027-04-30T10:00:00Z"))
            .await
            .unwrap(),
        0
    );
    assert!(matches!(
        erasure::confirm(&db, &p.chair, r.id, now).await,
        Err(ServiceError::Conflict(_))
    ));
    let mine = erasure::my_request(&db, &p.partner).await.unwrap().unwrap();
    assert_eq!(mine.status, ErasureStatus::Objected);
    assert!(mine.objection.contains("open concern"));

    // Asked again, the partner may withdraw it, and the chair confirms a third request at once.
    let second = erasure::request_mine(&db, &p.partner, now).await.unwrap();
    // Nobody else withdraws it.
    assert!(matches!(
        erasure::withdraw_mine(&db, &p.coach, second.id, now).await,
        Err(ServiceError::NotFound)
    ));
    erasure::withdraw_mine(&db, &p.partner, second.id, now)
        .await
        .unwrap();
    assert_eq!(
        erasure::my_request(&db, &p.partner)
            .await
            .unwrap()
            .unwrap()
            .status,
        ErasureStatus::Withdrawn
    );
    let third = erasure::request_mine(&db, &p.partner, now).await.unwrap();
    let summary = erasure::confirm(&db, &p.chair, third.id, now)
        .await
        .unwrap();
    assert!(summary.starts_with("Removed the account"), "{summary}");
    assert!(
        person::Entity::find_by_id(p.partner.id)
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
    // A chair is not erased from their own profile.
    assert!(matches!(
        erasure::request_mine(&db, &p.chair, now).await,
        Err(ServiceError::Conflict(_))
    ));
}

#[tokio::test]
async fn when_both_members_are_erased_the_pair_keeps_its_figures_only() {
    let db = fresh_db().await;
    let p = busy_pair(&db, "er3").await;
    let now = at("2027-03-20T10:00:00Z");
    let before = figures(&db, &p, now).await;
    for who in [&p.coach, &p.partner] {
        let r = erasure::request_mine(&db, who, now).await.unwrap();
        erasure::confirm(&db, &p.chair, r.id, now).await.unwrap();
    }
    let text = format!("{:?}", everything(&db).await);
    for gone in [
        "SHARED-SESSION-NOTE",
        "A discovery page",
        "PARTNER-OWN-ENTRY",
    ] {
        assert!(!text.contains(gone), "{gone} is still stored");
    }
    let after = figures(&db, &p, now).await;
    // The goals went with the pair's words; sessions and hours are still counted.
    assert_eq!(after[0], before[0]);
    assert_eq!(after[1], before[1], "sessions per month");
}
