//! A session's outcome against a real SQLite database: recorded by either member once its time
//! has come, corrected only by its author within a week (the correction is audited, the other
//! member told, and a confirmation of "held" does not survive a change to "no-show").
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::audit_log;
use app::features::sessions::service as sessions;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::*;
use jiff::{SignedDuration, Timestamp};
use sea_orm::EntityTrait;
use shared::schedule::*;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// A pair with one session scheduled for 11 March 2027, 15:00 in the coach's Berlin (14:00 UTC).
async fn scheduled(tag: &str) -> (sea_orm::DatabaseConnection, Pair, i64) {
    let db = fresh_db().await;
    let p = pair(&db, tag).await;
    let now = at("2027-03-10T12:00:00Z");
    let id = sessions::propose(
        &db,
        &p.coach,
        &ProposalForm {
            partnership_id: p.id,
            time_1: "2027-03-11T15:00".into(),
            medium: "video".into(),
            link: "https://meet.example.org/tandem-out".into(),
            duration: "60".into(),
            request_key: common::key(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    accept_first(&db, &p, id, now).await;
    (db, p, id)
}

fn form(p: &Pair, id: i64, outcome: &str, notes: &str) -> OutcomeForm {
    OutcomeForm {
        partnership_id: p.id,
        session_id: id,
        outcome: outcome.into(),
        notes: notes.into(),
        actions: String::new(),
    }
}

#[tokio::test]
async fn nothing_is_assumed_and_only_the_author_corrects_within_a_week() {
    let (db, p, id) = scheduled("oc1").await;
    let recorded = at("2027-03-11T16:00:00Z");
    // No outcome chosen: a message for the field, nothing stored.
    let none = sessions::record_outcome(&db, &p.partner, &form(&p, id, "", "x"), recorded).await;
    match none {
        Err(ServiceError::Validation(e)) => assert!(e.first("outcome").is_some()),
        other => panic!("{other:?}"),
    }
    let v = sessions::sessions_view(&db, &p.partner, p.id, recorded)
        .await
        .unwrap();
    assert_eq!(v.sessions[0].status, SessionStatus::Scheduled);

    // The partner records it held (and so confirms it).
    sessions::record_outcome(&db, &p.partner, &form(&p, id, "held", "We met"), recorded)
        .await
        .unwrap();
    let mine = sessions::sessions_view(&db, &p.partner, p.id, recorded)
        .await
        .unwrap();
    assert!(mine.sessions[0].can_correct && mine.sessions[0].partner_confirmed);
    let theirs = sessions::sessions_view(&db, &p.coach, p.id, recorded)
        .await
        .unwrap();
    assert!(
        !theirs.sessions[0].can_correct,
        "the coach did not record it"
    );

    // The coach cannot overwrite it.
    let by_other = sessions::record_outcome(
        &db,
        &p.coach,
        &form(&p, id, "no_show", "They did not come"),
        recorded + SignedDuration::from_hours(1),
    )
    .await;
    assert!(
        matches!(by_other, Err(ServiceError::Conflict(_))),
        "{by_other:?}"
    );

    // Six days on, the partner corrects it: a no-show is no longer confirmed as held.
    let six_days = recorded + SignedDuration::from_hours(6 * 24);
    sessions::record_outcome(
        &db,
        &p.partner,
        &form(&p, id, "no_show", "Power cut"),
        six_days,
    )
    .await
    .unwrap();
    let v = sessions::sessions_view(&db, &p.coach, p.id, six_days)
        .await
        .unwrap();
    let s = &v.sessions[0];
    assert_eq!(s.status, SessionStatus::NoShow);
    assert_eq!(s.notes, "Power cut");
    assert!(!s.partner_confirmed);
    assert!(
        s.history.iter().any(|h| h.contains("Corrected to no-show")),
        "{:?}",
        s.history
    );
    let audited = audit_log::Entity::find().all(&db).await.unwrap();
    assert!(
        audited
            .iter()
            .any(|a| a.action == "session outcome corrected"
                && a.subject
                    .contains(&format!("session:{id} from held to no_show"))
                && a.person_id == Some(p.partner.id)),
        "{audited:?}"
    );

    // The week counts from the first recording, not from the correction.
    let eight_days = recorded + SignedDuration::from_hours(8 * 24);
    let late = sessions::record_outcome(
        &db,
        &p.partner,
        &form(&p, id, "held", "Met after all"),
        eight_days,
    )
    .await;
    assert!(matches!(late, Err(ServiceError::Conflict(_))), "{late:?}");
    let v = sessions::sessions_view(&db, &p.partner, p.id, eight_days)
        .await
        .unwrap();
    assert!(!v.sessions[0].can_correct);
    assert_eq!(v.sessions[0].status, SessionStatus::NoShow);
}
