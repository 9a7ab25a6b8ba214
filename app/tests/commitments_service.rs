//! Commitments against a real SQLite database: hours locked after the following month, alerts
//! raised once and cleared when resolved, concerns seen by their author and the programme team
//! only, with every read in the audit log.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{alert, audit_log};
use app::features::commitments::service as commitments;
use app::features::partnership::service as ws;
use app::features::sessions::service as sessions;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::commitments::*;
use shared::compliance::MonthBand;
use shared::schedule::{AnswerForm, OutcomeForm, ProposalForm};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn hours(pid: i64, day: &str, minutes: &str) -> HoursForm {
    HoursForm {
        request_key: common::key(),
        partnership_id: pid,
        entry_id: 0,
        on_date: day.into(),
        minutes: minutes.into(),
        category: "collating".into(),
        note: "Reading list".into(),
    }
}

#[tokio::test]
async fn hours_are_the_coachs_and_lock_after_the_following_month() {
    let db = fresh_db().await;
    let p = pair(&db, "h1").await;
    let april = at("2027-04-10T10:00:00Z");
    let id = commitments::save_hours(&db, &p.coach, &hours(p.id, "2027-03-20", "1:30"), april)
        .await
        .unwrap();
    assert!(matches!(
        commitments::save_hours(&db, &p.partner, &hours(p.id, "2027-04-01", "60"), april).await,
        Err(ServiceError::Conflict(_))
    ));
    // In May, March's entries are locked: neither changed nor added.
    let may = at("2027-05-02T10:00:00Z");
    let change = HoursForm {
        request_key: common::key(),
        entry_id: id,
        ..hours(p.id, "2027-03-20", "2:00")
    };
    assert!(matches!(
        commitments::save_hours(&db, &p.coach, &change, may).await,
        Err(ServiceError::Validation(_))
    ));
    let change_date = HoursForm {
        request_key: common::key(),
        entry_id: id,
        ..hours(p.id, "2027-04-20", "2:00")
    };
    assert!(matches!(
        commitments::save_hours(&db, &p.coach, &change_date, may).await,
        Err(ServiceError::Conflict(_))
    ));
    // April's can still change in May.
    let april_id = commitments::save_hours(&db, &p.coach, &hours(p.id, "2027-04-03", "45"), april)
        .await
        .unwrap();
    commitments::save_hours(
        &db,
        &p.coach,
        &HoursForm {
            request_key: common::key(),
            entry_id: april_id,
            ..hours(p.id, "2027-04-03", "3:00")
        },
        may,
    )
    .await
    .unwrap();
    let v = commitments::hours_view(&db, &p.coach, p.id, may)
        .await
        .unwrap();
    let march = &v.compliance.months[0];
    assert_eq!((march.minutes, march.band), (90, MonthBand::Below));
    let april_month = &v.compliance.months[1];
    assert_eq!(
        (april_month.minutes, april_month.band),
        (180, MonthBand::Within)
    );
    assert!(v.entries.iter().find(|e| e.id == id).unwrap().locked);
    // The chair sees the figures, not the notes; another pair sees nothing.
    let team = commitments::hours_view(&db, &p.chair, p.id, may)
        .await
        .unwrap();
    assert!(team.entries.iter().all(|e| e.note.is_empty()));
    let other = pair(&db, "h2").await;
    assert!(matches!(
        commitments::hours_view(&db, &other.coach, p.id, may).await,
        Err(ServiceError::NotFound)
    ));
}

async fn open_alerts(db: &sea_orm::DatabaseConnection, pid: i64) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = alert::Entity::find()
        .filter(alert::Column::PartnershipId.eq(pid))
        .filter(alert::Column::ClearedAt.is_null())
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.kind, a.subject))
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn each_alert_is_raised_once_and_cleared_when_resolved() {
    let db = fresh_db().await;
    let p = pair(&db, "a1").await;
    // 20 April 2027: March is over with no support logged; no session for 50 days.
    let t1 = at("2027-04-20T03:00:00Z");
    // As the hourly check runs it: inside the server's event scope.
    let bus = app::server::events::Bus::default();
    let mut rx = bus.subscribe();
    let (raised, _) =
        app::server::events::scope(bus.clone(), commitments::refresh_alerts(&db, p.id, t1))
            .await
            .unwrap();
    assert_eq!(raised, 2);
    let Ok(app::server::events::Signal::Change(e)) = rx.try_recv() else {
        panic!("the raised alerts are published");
    };
    assert_eq!(
        (e.partnership_id, e.coach_id, e.partner_id),
        (p.id, p.coach.id, p.partner.id)
    );
    assert!(rx.try_recv().is_err(), "one change, one event");
    assert_eq!(
        open_alerts(&db, p.id).await,
        [
            ("hours_below".to_string(), "2027-03".to_string()),
            ("no_session".into(), String::new())
        ]
    );
    // Checking again raises nothing new, and tells nobody twice (nor the live pages).
    assert_eq!(
        app::server::events::scope(bus.clone(), commitments::refresh_alerts(&db, p.id, t1))
            .await
            .unwrap(),
        (0, 0)
    );
    assert!(rx.try_recv().is_err());
    let told = ws::unread_notifications(&db, &p.partner)
        .await
        .unwrap()
        .iter()
        .filter(|n| n.body.starts_with("Alert"))
        .count();
    assert_eq!(told, 2);
    // The chair reads the pair by its names, not its number.
    let chair_told = ws::unread_notifications(&db, &p.chair).await.unwrap();
    assert!(
        chair_told.iter().any(|n| n
            .body
            .starts_with("Alert on the partnership of Anna Keller and Sophea Chan:")),
        "{chair_told:?}"
    );
    // A session is proposed, accepted and held: the no-session alert clears.
    let form = ProposalForm {
        fold: String::new(),
        partnership_id: p.id,
        time_1: "2027-04-21T09:00".into(),
        medium: "phone".into(),
        duration: "60".into(),
        request_key: "a1".into(),
        ..Default::default()
    };
    let sid = sessions::propose(&db, &p.coach, &form, t1).await.unwrap();
    accept_first(&db, &p, sid, t1).await;
    let t2 = at("2027-04-21T12:00:00Z");
    sessions::record_outcome(
        &db,
        &p.coach,
        &OutcomeForm {
            partnership_id: p.id,
            session_id: sid,
            outcome: "held".into(),
            ..Default::default()
        },
        t2,
    )
    .await
    .unwrap();
    assert_eq!(
        open_alerts(&db, p.id).await,
        [("hours_below".to_string(), "2027-03".to_string())],
        "cleared by the held session"
    );
    // Too many hours in April: an alert for burning out, raised once April is over.
    commitments::save_hours(&db, &p.coach, &hours(p.id, "2027-04-21", "10h"), t2)
        .await
        .unwrap();
    let t3 = at("2027-05-03T03:00:00Z");
    commitments::refresh_alerts(&db, p.id, t3).await.unwrap();
    assert!(
        open_alerts(&db, p.id)
            .await
            .contains(&("hours_above".to_string(), "2027-04".to_string()))
    );
    // Correcting April (still open in May) clears it.
    let april = commitments::hours_view(&db, &p.coach, p.id, t3)
        .await
        .unwrap()
        .entries[0]
        .id;
    commitments::save_hours(
        &db,
        &p.coach,
        &HoursForm {
            request_key: common::key(),
            entry_id: april,
            ..hours(p.id, "2027-04-21", "4h")
        },
        t3,
    )
    .await
    .unwrap();
    assert!(
        !open_alerts(&db, p.id)
            .await
            .contains(&("hours_above".to_string(), "2027-04".to_string()))
    );
}

#[tokio::test]
async fn a_proposal_left_unanswered_for_a_week_raises_an_alert() {
    let db = fresh_db().await;
    let p = pair(&db, "a2").await;
    let t0 = at("2027-03-02T03:00:00Z");
    let form = ProposalForm {
        fold: String::new(),
        partnership_id: p.id,
        time_1: "2027-03-25T09:00".into(),
        medium: "voice".into(),
        duration: "45".into(),
        request_key: "a2".into(),
        ..Default::default()
    };
    let sid = sessions::propose(&db, &p.coach, &form, t0).await.unwrap();
    commitments::refresh_alerts(&db, p.id, at("2027-03-08T03:00:00Z"))
        .await
        .unwrap();
    assert!(
        open_alerts(&db, p.id).await.is_empty(),
        "six days is not yet a week"
    );
    commitments::refresh_alerts(&db, p.id, at("2027-03-09T04:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        open_alerts(&db, p.id).await,
        [("unanswered".to_string(), sid.to_string())]
    );
    let t1 = at("2027-03-09T05:00:00Z");
    let v = sessions::sessions_view(&db, &p.partner, p.id, t1)
        .await
        .unwrap();
    sessions::answer(
        &db,
        &p.partner,
        &AnswerForm {
            partnership_id: p.id,
            session_id: sid,
            option_id: 0,
        },
        t1,
    )
    .await
    .unwrap();
    assert!(v.sessions[0].status == shared::schedule::SessionStatus::Proposed);
    assert!(open_alerts(&db, p.id).await.is_empty(), "answered: cleared");
}

#[tokio::test]
async fn a_concern_is_seen_by_its_author_and_the_team_and_every_read_is_logged() {
    let db = fresh_db().await;
    let p = pair(&db, "c1").await;
    let other = pair(&db, "c2").await;
    let now = at("2027-04-01T03:00:00Z");
    let form = ConcernForm {
        request_key: common::key(),
        partnership_id: p.id,
        category: "engagement".into(),
        severity: "high".into(),
        description: "My coach has not answered for five weeks.".into(),
        share_with_pair: String::new(),
    };
    // Only a member of the pair raises a concern about it.
    assert!(matches!(
        commitments::raise_concern(&db, &other.partner, &form, now).await,
        Err(ServiceError::NotFound)
    ));
    let id = commitments::raise_concern(&db, &p.partner, &form, now)
        .await
        .unwrap();
    for denied in [&p.coach, &other.coach, &other.partner] {
        assert!(matches!(
            commitments::concern_detail(&db, denied, id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(
            commitments::concerns(&db, denied, now)
                .await
                .unwrap()
                .concerns
                .is_empty()
        );
    }
    commitments::concern_detail(&db, &p.partner, id, now)
        .await
        .unwrap();
    let chair_view = commitments::concern_detail(&db, &p.chair, id, now)
        .await
        .unwrap();
    assert!(chair_view.can_handle);
    // The chair answers and takes it on; the author reads the answer.
    commitments::update_concern(
        &db,
        &p.chair,
        &ConcernUpdateForm {
            request_key: common::key(),
            concern_id: id,
            status: "acknowledged".into(),
            take_ownership: "on".into(),
            response: "Thank you; I will call your coach this week.".into(),
        },
        now,
    )
    .await
    .unwrap();
    assert!(matches!(
        commitments::update_concern(
            &db,
            &p.partner,
            &ConcernUpdateForm {
                request_key: common::key(),
                concern_id: id,
                status: "resolved".into(),
                ..Default::default()
            },
            now
        )
        .await,
        Err(ServiceError::Forbidden)
    ));
    let seen = commitments::concern_detail(&db, &p.partner, id, now)
        .await
        .unwrap()
        .concern;
    assert_eq!(seen.status, ConcernStatus::Acknowledged);
    assert_eq!(
        seen.responses[0].body,
        "Thank you; I will call your coach this week."
    );
    assert!(seen.owner.is_some());
    assert!(
        ws::unread_notifications(&db, &p.partner)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body == "The programme team answered your concern.")
    );
    // Shared by its author, the other member of the pair reads it.
    commitments::share_concern(
        &db,
        &p.partner,
        &ConcernShareForm {
            concern_id: id,
            share: "on".into(),
        },
        now,
    )
    .await
    .unwrap();
    commitments::concern_detail(&db, &p.coach, id, now)
        .await
        .unwrap();
    assert!(matches!(
        commitments::concern_detail(&db, &other.coach, id, now).await,
        Err(ServiceError::NotFound)
    ));
    // The audit log has each read and change, in order.
    let actions: Vec<String> = audit_log::Entity::find()
        .filter(audit_log::Column::Subject.eq(format!("concern:{id}")))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert_eq!(
        actions,
        [
            "raised",
            "viewed",
            "viewed",
            "set the status to acknowledged",
            "took ownership",
            "responded",
            "viewed",
            "shared with the pair",
            "viewed"
        ]
    );
}

#[tokio::test]
async fn the_programme_team_handles_applications_and_concerns_and_nothing_else() {
    use app::features::auth::service as auth;
    use app::features::review::service as review;
    use shared::Role;
    let db = fresh_db().await;
    let p = pair(&db, "t1").await;
    let team = common::person(&db, "team@iatul.org", Role::Team).await;
    assert!(team.on_team() && !team.has(Role::Chair));
    let now = at("2027-04-01T03:00:00Z");
    let form = ConcernForm {
        request_key: common::key(),
        partnership_id: p.id,
        category: "engagement".into(),
        severity: "high".into(),
        description: "Our sessions keep moving.".into(),
        share_with_pair: String::new(),
    };
    let id = commitments::raise_concern(&db, &p.partner, &form, now)
        .await
        .unwrap();
    // Told of it, sees it and answers it.
    assert!(
        ws::unread_notifications(&db, &team)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body.contains("concern"))
    );
    assert_eq!(
        commitments::concerns(&db, &team, now)
            .await
            .unwrap()
            .concerns
            .len(),
        1
    );
    assert!(
        commitments::concern_detail(&db, &team, id, now)
            .await
            .unwrap()
            .can_handle
    );
    commitments::update_concern(
        &db,
        &team,
        &ConcernUpdateForm {
            request_key: common::key(),
            concern_id: id,
            status: "acknowledged".into(),
            take_ownership: "on".into(),
            response: "We will call you this week.".into(),
        },
        now,
    )
    .await
    .unwrap();
    // Reviews applications.
    review::list(&db, &team, &shared::review::ReviewFilter::default())
        .await
        .unwrap();
    // None of the chair's other powers.
    assert!(matches!(
        auth::people(&db, &team, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        app::features::mail::service::outbox(&db, &team, None, true).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        app::features::programme::service::programme_form(&db, &team).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        auth::change_account(
            &db,
            &team,
            p.coach.id,
            shared::account::AccountChange::Close,
            now
        )
        .await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        app::features::dashboard::service::dashboard(&db, &team, &Default::default(), now).await,
        Err(ServiceError::Forbidden)
    ));
}
