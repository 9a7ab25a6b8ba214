//! A partnership's year against a real SQLite database: it completes by itself after its last
//! day on the partner's clock (a leap day here), its alerts clear and the pair can no longer
//! write; the chair extends it with a reason; a pause stops alerts; a mistaken match is undone
//! within a day only. Every change is audited; only the chair may make them.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{audit_log, notification, partnership};
use app::features::commitments::service as commitments;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::pair;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use shared::partnership::{ExtendForm, GoalForm, StatusForm};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

async fn row(db: &sea_orm::DatabaseConnection, id: i64) -> partnership::Model {
    partnership::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

async fn audited(db: &sea_orm::DatabaseConnection, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_year_completes_after_its_leap_day_and_its_alerts_clear() {
    let db = fresh_db().await;
    let p = pair(&db, "y1").await;
    assert_eq!(row(&db, p.id).await.ends_on, "2028-02-29");
    // Months without support raise alerts while the pair is at work.
    commitments::refresh_alerts(&db, p.id, at("2028-02-20T00:00:00Z"))
        .await
        .unwrap();
    assert!(
        !commitments::alerts(&db, &p.chair, p.id)
            .await
            .unwrap()
            .is_empty()
    );

    // 23:00 on 29 Feb in Phnom Penh: still the year's last day.
    assert_eq!(
        ws::complete_due(&db, at("2028-02-29T16:00:00Z"))
            .await
            .unwrap(),
        0
    );
    // Midnight there: the year is over.
    let after = at("2028-02-29T17:00:00Z");
    assert_eq!(ws::complete_due(&db, after).await.unwrap(), 1);
    assert_eq!(ws::complete_due(&db, after).await.unwrap(), 0, "once only");
    assert_eq!(row(&db, p.id).await.status, "completed");
    assert!(
        commitments::alerts(&db, &p.chair, p.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(audited(&db, "partnership completed").await.len(), 1);
    for person in [p.coach.id, p.partner.id] {
        let told = notification::Entity::find()
            .filter(notification::Column::PersonId.eq(person))
            .filter(notification::Column::Body.contains("year ended on 29 Feb 2028"))
            .count(&db)
            .await
            .unwrap();
        assert_eq!(told, 1);
    }
    // Read-only for the pair from now on.
    let goal = GoalForm {
        partnership_id: p.id,
        title: "One more goal".into(),
        outcome: "Done".into(),
        request_key: common::key(),
        ..Default::default()
    };
    assert!(matches!(
        ws::save_goal(&db, &p.partner, &goal, after).await,
        Err(ServiceError::Conflict(_))
    ));
}

#[tokio::test]
async fn the_chair_extends_a_completed_year_with_a_reason_and_the_pair_writes_again() {
    let db = fresh_db().await;
    let p = pair(&db, "y2").await;
    let after = at("2028-03-02T00:00:00Z");
    ws::complete_due(&db, after).await.unwrap();
    let form = ExtendForm {
        partnership_id: p.id,
        months: "3".into(),
        why: "The library moved building in January".into(),
    };
    for who in [&p.coach, &p.partner] {
        assert!(matches!(
            ws::extend(&db, who, &form, after).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let short = ExtendForm {
        why: "".into(),
        ..form.clone()
    };
    assert!(matches!(
        ws::extend(&db, &p.chair, &short, after).await,
        Err(ServiceError::Validation(_))
    ));
    assert_eq!(
        ws::extend(&db, &p.chair, &form, after).await.unwrap(),
        "2028-05-31"
    );
    let r = row(&db, p.id).await;
    assert_eq!(
        (r.status.as_str(), r.ends_on.as_str()),
        ("active", "2028-05-31")
    );
    let log = audited(&db, "partnership extended").await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].person_id, Some(p.chair.id));
    assert!(
        log[0]
            .subject
            .contains("from 2028-02-29 to 2028-05-31: The library moved")
    );
    let goal = GoalForm {
        partnership_id: p.id,
        title: "Finish the move".into(),
        outcome: "Open in the new building".into(),
        request_key: common::key(),
        ..Default::default()
    };
    ws::save_goal(&db, &p.partner, &goal, after).await.unwrap();

    // An early ending is final: no extension.
    ws::set_status(
        &db,
        &p.chair,
        &StatusForm {
            partnership_id: p.id,
            status: "ended_early".into(),
            reason: "The partner left the library".into(),
        },
        after,
    )
    .await
    .unwrap();
    assert!(matches!(
        ws::extend(&db, &p.chair, &form, after).await,
        Err(ServiceError::Conflict(_))
    ));
    assert_eq!(audited(&db, "partnership status").await.len(), 1);
}

#[tokio::test]
async fn a_pause_stops_alerts_and_they_come_back_with_the_work() {
    let db = fresh_db().await;
    let p = pair(&db, "y3").await;
    let now = at("2027-08-01T00:00:00Z");
    commitments::refresh_alerts(&db, p.id, now).await.unwrap();
    assert!(
        !commitments::alerts(&db, &p.chair, p.id)
            .await
            .unwrap()
            .is_empty()
    );
    let pause = |status: &str| StatusForm {
        partnership_id: p.id,
        status: status.into(),
        reason: String::new(),
    };
    ws::set_status(&db, &p.chair, &pause("paused"), now)
        .await
        .unwrap();
    commitments::refresh_alerts(&db, p.id, now).await.unwrap();
    assert!(
        commitments::alerts(&db, &p.chair, p.id)
            .await
            .unwrap()
            .is_empty()
    );
    ws::set_status(&db, &p.chair, &pause("active"), now)
        .await
        .unwrap();
    commitments::refresh_alerts(&db, p.id, now).await.unwrap();
    assert!(
        !commitments::alerts(&db, &p.chair, p.id)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_mistaken_match_is_undone_within_a_day_only() {
    let db = fresh_db().await;
    let p = pair(&db, "y4").await;
    let made = row(&db, p.id).await.created_at;
    let later = Timestamp::from_millisecond(made + 25 * 3600 * 1000).unwrap();
    assert!(matches!(
        ws::undo_match(&db, &p.chair, p.id, later).await,
        Err(ServiceError::Conflict(ref m)) if m.contains("within a day")
    ));
    let soon = Timestamp::from_millisecond(made + 3600 * 1000).unwrap();
    for who in [&p.coach, &p.partner] {
        assert!(matches!(
            ws::undo_match(&db, who, p.id, soon).await,
            Err(ServiceError::Forbidden)
        ));
    }
    ws::undo_match(&db, &p.chair, p.id, soon).await.unwrap();
    assert!(
        partnership::Entity::find_by_id(p.id)
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(audited(&db, "match undone").await.len(), 1);
    assert_eq!(audited(&db, "partnership completed").await.len(), 0);
    // The partner waits for a coach again: they can be matched anew.
    let again = app::features::matching::service::create_partnership(
        &db,
        &p.chair,
        &common::pairs::match_form(&p.cohort, &p.partner, &p.coach),
        soon,
    )
    .await;
    assert!(again.is_ok(), "{again:?}");
}

#[tokio::test]
async fn a_replaced_coach_loses_access_and_the_history_stays() {
    use app::entities::coaching_session;
    use shared::partnership::ReplaceCoachForm;
    let db = fresh_db().await;
    let p = pair(&db, "rc1").await;
    // A second pair in the same cohort gives a second coach of the cohort.
    let q = pair(&db, "rc2").await;
    let now = at("2027-04-01T00:00:00Z");
    let goal = ws::save_goal(
        &db,
        &p.partner,
        &GoalForm {
            partnership_id: p.id,
            title: "A reading room plan".into(),
            outcome: "A plan the rector approves".into(),
            request_key: common::key(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let session = app::features::sessions::service::propose(
        &db,
        &p.coach,
        &shared::schedule::ProposalForm {
            partnership_id: p.id,
            request_key: common::key(),
            time_1: "2027-04-20T09:00".into(),
            medium: "video".into(),
            link: "https://meet.example.org/tandem-abc".into(),
            duration: "60".into(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let form = |coach: i64, because: &str| ReplaceCoachForm {
        partnership_id: p.id,
        coach_id: coach.to_string(),
        because: because.into(),
    };
    // Only the chair; a reason; a coach of the cohort other than the present one.
    assert!(matches!(
        ws::replace_coach(&db, &p.coach, &form(q.coach.id, "Moved to a new post"), now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::replace_coach(&db, &p.chair, &form(q.coach.id, ""), now).await,
        Err(ServiceError::Validation(ref e)) if e.first("because").is_some()
    ));
    assert!(matches!(
        ws::replace_coach(&db, &p.chair, &form(p.coach.id, "Moved to a new post"), now).await,
        Err(ServiceError::Validation(ref e)) if e.first("coach_id").is_some()
    ));
    assert!(matches!(
        ws::replace_coach(&db, &p.chair, &form(p.partner.id, "Moved to a new post"), now).await,
        Err(ServiceError::Validation(ref e)) if e.first("coach_id").is_some()
    ));
    // As a request does: inside the server's event scope. Both coaches' open pages are told.
    let bus = app::server::events::Bus::default();
    let mut rx = bus.subscribe();
    app::server::events::scope(
        bus.clone(),
        ws::replace_coach(&db, &p.chair, &form(q.coach.id, "Moved to a new post"), now),
    )
    .await
    .unwrap();
    assert_eq!(
        common::received(&mut rx),
        [
            ("Partnership".to_owned(), p.id, p.coach.id, p.partner.id),
            ("Partnership".to_owned(), p.id, q.coach.id, p.partner.id),
        ]
    );

    assert_eq!(row(&db, p.id).await.coach_id, q.coach.id);
    // The former coach no longer sees it; the new coach sees its goal.
    assert!(matches!(
        ws::goal_detail(&db, &p.coach, p.id, goal, now).await,
        Err(ServiceError::NotFound)
    ));
    ws::goal_detail(&db, &q.coach, p.id, goal, now)
        .await
        .unwrap();
    // The session arranged with the former coach is cancelled with its reason.
    let s = coaching_session::Entity::find_by_id(session)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(s.status, "cancelled");
    assert!(s.cancel_reason.contains("coach changed"));
    assert_eq!(audited(&db, "coach replaced").await.len(), 1);
    for who in [p.coach.id, q.coach.id, p.partner.id] {
        assert!(
            notification::Entity::find()
                .filter(notification::Column::PersonId.eq(who))
                .filter(notification::Column::Body.contains("Moved to a new post"))
                .count(&db)
                .await
                .unwrap()
                == 1,
            "person {who} is told"
        );
    }
    // An ended partnership keeps its coach.
    ws::set_status(
        &db,
        &p.chair,
        &StatusForm {
            partnership_id: p.id,
            status: "ended_early".into(),
            reason: "The library closed for the year".into(),
        },
        now,
    )
    .await
    .unwrap();
    assert!(matches!(
        ws::replace_coach(&db, &p.chair, &form(p.coach.id, "Back again"), now).await,
        Err(ServiceError::Conflict(_))
    ));
}
