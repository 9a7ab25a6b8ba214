//! Retention against a real SQLite database, the clock moved forward: each rule removes exactly
//! what it should, on the day it should and not the day before, and records what it removed.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{application, application_cv, audit_log, journal_entry, outbox, partnership};
use app::features::partnership::service as ws;
use app::features::privacy::retention;
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    Set,
};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

async fn application(
    db: &DatabaseConnection,
    cohort: i64,
    name: &str,
    status: &str,
    at_ms: i64,
) -> i64 {
    let a = application::ActiveModel {
        cohort_id: Set(cohort),
        token_hash: Set(format!("hash-{name}")),
        email: Set(format!("{name}@apply.test")),
        name: Set(name.into()),
        position: Set("Director".into()),
        institution: Set("A library".into()),
        country: Set("Germany".into()),
        time_zone: Set("Europe/Berlin".into()),
        languages: Set("English".into()),
        years_leading: Set(Some(10)),
        expertise: Set("[\"collections\"]".into()),
        expertise_other: Set(String::new()),
        statement: Set("Why I coach.".into()),
        consent: Set(true),
        status: Set(status.into()),
        created_at: Set(at_ms),
        updated_at: Set(at_ms),
        submitted_at: Set((status != "draft").then_some(at_ms)),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    application_cv::ActiveModel {
        application_id: Set(a.id),
        kind: Set("pdf".into()),
        file_name: Set(format!("{name}.pdf")),
        size: Set(4),
        content: Set(b"%PDF".to_vec()),
        uploaded_at: Set(at_ms),
    }
    .insert(db)
    .await
    .unwrap();
    a.id
}

async fn names(db: &DatabaseConnection) -> Vec<String> {
    let mut v: Vec<String> = application::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    v.sort();
    v
}

async fn cvs(db: &DatabaseConnection) -> usize {
    application_cv::Entity::find().all(db).await.unwrap().len()
}

#[tokio::test]
async fn applications_go_on_their_day_and_not_the_day_before() {
    let db = fresh_db().await;
    let p = pair(&db, "rt1").await;
    // The call closed 15 Jan 2027; the year runs from 1 Mar 2027 to 29 Feb 2028.
    let jan = at("2027-01-10T10:00:00Z").as_millisecond();
    application(&db, p.cohort.id, "draft", "draft", jan).await;
    application(&db, p.cohort.id, "undecided", "submitted", jan).await;
    application(&db, p.cohort.id, "accepted", "accepted", jan).await;
    let all = vec!["accepted", "draft", "undecided"];

    // A draft never sent: 30 days after the deadline.
    retention::apply(&db, at("2027-02-13T12:00:00Z"))
        .await
        .unwrap();
    assert_eq!(names(&db).await, all);
    let removed = retention::apply(&db, at("2027-02-14T00:00:00Z"))
        .await
        .unwrap();
    assert_eq!(names(&db).await, vec!["accepted", "undecided"]);
    assert_eq!(removed, vec!["2027-2028: 1 draft application never sent"]);

    // Undecided: 60 days after the cohort starts (1 Mar + 60 days = 30 Apr).
    retention::apply(&db, at("2027-04-29T23:59:00Z"))
        .await
        .unwrap();
    assert_eq!(names(&db).await, vec!["accepted", "undecided"]);
    retention::apply(&db, at("2027-04-30T00:00:00Z"))
        .await
        .unwrap();
    assert_eq!(names(&db).await, vec!["accepted"]);
    assert_eq!(cvs(&db).await, 1);

    // An accepted coach's CV: once the year is over; the application itself stays.
    retention::apply(&db, at("2028-02-29T23:00:00Z"))
        .await
        .unwrap();
    assert_eq!(cvs(&db).await, 1);
    retention::apply(&db, at("2028-03-01T00:00:00Z"))
        .await
        .unwrap();
    assert_eq!(cvs(&db).await, 0);
    assert_eq!(names(&db).await, vec!["accepted"]);

    // Each removal is in the audit log, in figures.
    let lines: Vec<String> = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("removed by retention"))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.subject)
        .collect();
    assert_eq!(
        lines,
        vec![
            "2027-2028: 1 draft application never sent",
            "2027-2028: 1 application never decided, with their CVs",
            "2027-2028: 1 CV of accepted coaches, the year being over",
        ]
    );
}

#[tokio::test]
async fn a_finished_pairs_journal_goes_a_year_after_unless_both_members_keep_it() {
    let db = fresh_db().await;
    let kept = pair(&db, "rt2").await;
    let half = pair(&db, "rt3").await;
    let t0 = at("2027-03-10T12:00:00Z");
    for (p, coach_keeps, partner_keeps) in [(&kept, true, true), (&half, true, false)] {
        ws::add_journal_entry(
            &db,
            &p.partner,
            &shared::partnership::JournalForm {
                partnership_id: p.id,
                kind: "note".into(),
                body: format!("Entry of {}", p.id),
                request_key: common::key(),
                ..Default::default()
            },
            t0,
        )
        .await
        .unwrap();
        let keep = |on: bool| shared::partnership::KeepJournalForm {
            partnership_id: p.id,
            keep: if on { "on".into() } else { String::new() },
        };
        // While the partnership runs there is nothing to choose.
        assert!(matches!(
            ws::keep_journal(&db, &p.coach, &keep(true), t0).await,
            Err(app::server::ServiceError::Conflict(_))
        ));
        let mut row = partnership::Entity::find_by_id(p.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        row.status = Set("completed".into());
        row.update(&db).await.unwrap();
        ws::keep_journal(&db, &p.coach, &keep(coach_keeps), t0)
            .await
            .unwrap();
        ws::keep_journal(&db, &p.partner, &keep(partner_keeps), t0)
            .await
            .unwrap();
        let view = ws::journal(&db, &p.partner, p.id, t0).await.unwrap();
        let k = view.keeping.unwrap();
        assert_eq!((k.mine, k.theirs), (partner_keeps, coach_keeps));
        assert_eq!(k.goes_on, "2029-03-01");
    }
    let entries = |db: DatabaseConnection| async move {
        let mut v: Vec<i64> = journal_entry::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.partnership_id)
            .collect();
        v.sort();
        v
    };
    // The year ended 29 Feb 2028: a year after the day it ended, not before.
    retention::apply(&db, at("2029-02-28T23:00:00Z"))
        .await
        .unwrap();
    assert_eq!(entries(db.clone()).await, vec![kept.id, half.id]);
    let removed = retention::apply(&db, at("2029-03-01T00:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        entries(db.clone()).await,
        vec![kept.id],
        "one member alone does not keep it"
    );
    assert!(
        removed
            .iter()
            .any(|r| r.contains("1 finished partnership (1 journal entry)"))
    );
}

#[tokio::test]
async fn sent_messages_and_audit_lines_go_after_the_programmes_periods() {
    let db = fresh_db().await;
    let _p = pair(&db, "rt4").await;
    let sent = at("2027-05-01T10:00:00Z").as_millisecond();
    for status in ["sent", "queued"] {
        outbox::ActiveModel {
            to_email: Set("someone@lib.de".into()),
            subject: Set("Your link".into()),
            body: Set("https://tandem.example/reset/SECRET".into()),
            created_at: Set(sent),
            sent_at: Set((status == "sent").then_some(sent)),
            kind: Set("account".into()),
            person_id: Set(None),
            letter: Set(None),
            secret: Set(true),
            ics: Set(None),
            status: Set(status.into()),
            attempts: Set(0),
            next_attempt_at: Set(sent),
            lease_owner: Set(None),
            lease_until: Set(None),
            last_error: Set(None),
            ..Default::default()
        }
        .insert(&db)
        .await
        .unwrap();
    }
    audit_log::ActiveModel {
        person_id: Set(None),
        action: Set("read a concern".into()),
        subject: Set("concern:1".into()),
        at: Set(sent),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let statuses = |db: DatabaseConnection| async move {
        outbox::Entity::find()
            .filter(outbox::Column::ToEmail.eq("someone@lib.de"))
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|o| o.status)
            .collect::<Vec<_>>()
    };
    retention::apply(&db, at("2027-05-31T09:00:00Z"))
        .await
        .unwrap();
    assert_eq!(statuses(db.clone()).await, vec!["sent", "queued"]);
    retention::apply(&db, at("2027-05-31T10:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        statuses(db.clone()).await,
        vec!["queued"],
        "a message not yet sent stays"
    );
    // The audit log: 730 days by default.
    let read = |db: DatabaseConnection| async move {
        audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("read a concern"))
            .all(&db)
            .await
            .unwrap()
            .len()
    };
    retention::apply(&db, at("2029-04-30T09:59:59Z"))
        .await
        .unwrap();
    assert_eq!(read(db.clone()).await, 1);
    retention::apply(&db, at("2029-04-30T10:00:00Z"))
        .await
        .unwrap();
    assert_eq!(read(db.clone()).await, 0);
}
