//! Programme services: the programme from the call, its cohorts' calls by the server clock,
//! the chair's edits, and the demo programme.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::programme::{demo, service};
use app::server::ServiceError;
use common::{fresh_db, person};
use jiff::{SignedDuration, Timestamp};
use shared::Role;
use shared::programme::ProgrammeForm;

#[tokio::test]
async fn the_programme_from_the_call_exists_once() {
    let db = fresh_db().await;
    let id = service::ensure_programme(&db, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(
        service::ensure_programme(&db, Timestamp::now())
            .await
            .unwrap(),
        id
    );
    let view = service::programme_view(&db, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(view.name, "IATUL SIG-ALICE Coaching Programme");
    assert_eq!(view.areas.len(), 4);
    assert_eq!(view.general_objectives.len(), 5);
    let c = &view.cohorts[0];
    assert_eq!(
        (
            c.slug.as_str(),
            c.country.as_str(),
            c.starts_on.as_str(),
            c.ends_on.as_str()
        ),
        ("2019-2020", "Cambodia", "2019-06-01", "2020-05-31")
    );
    assert_eq!(c.call_deadline_local, "Mon 22 Apr 2019, 23:59");
    assert!(!c.call_open);
}

#[tokio::test]
async fn the_call_closes_at_the_exact_deadline_instant() {
    let db = fresh_db().await;
    let deadline: Timestamp = "2019-04-22T23:00:00Z".parse().unwrap();
    let before = service::programme_view(&db, deadline - SignedDuration::from_millis(1))
        .await
        .unwrap();
    assert!(before.cohorts[0].call_open);
    let at = service::programme_view(&db, deadline).await.unwrap();
    assert!(!at.cohorts[0].call_open);
}

#[tokio::test]
async fn only_the_chair_edits_the_programme_and_it_is_all_or_nothing() {
    let db = fresh_db().await;
    let chair = person(&db, "chair@lib.org", Role::Chair).await;
    let coach = person(&db, "coach@lib.org", Role::Coach).await;
    let mut form = service::programme_form(&db, &chair).await.unwrap();
    assert!(matches!(
        service::programme_form(&db, &coach).await,
        Err(ServiceError::Forbidden)
    ));
    form.area_training = "People, skills and training".into();
    form.general_objectives
        .push_str("\nMeet at the annual IATUL conference");
    let change = form.validate().unwrap();
    assert!(matches!(
        service::update_programme(&db, &coach, change.clone(), Timestamp::now()).await,
        Err(ServiceError::Forbidden)
    ));
    service::update_programme(&db, &chair, change, Timestamp::now())
        .await
        .unwrap();
    let view = service::programme_view(&db, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(view.areas[3].title, "People, skills and training");
    assert_eq!(
        view.general_objectives.last().unwrap(),
        "Meet at the annual IATUL conference"
    );
    let bad = ProgrammeForm {
        name: "".into(),
        ..service::programme_form(&db, &chair).await.unwrap()
    };
    assert!(bad.validate().is_err());
}

#[tokio::test]
async fn the_demo_has_an_open_call_and_is_seeded_once() {
    let db = fresh_db().await;
    let now = Timestamp::now();
    assert!(demo::seed_demo(&db, now).await.unwrap());
    assert!(!demo::seed_demo(&db, now).await.unwrap());
    let view = service::programme_view(&db, now).await.unwrap();
    let current = view.current_cohort().unwrap();
    assert!(current.call_open && current.is_demo, "{current:?}");
    let chair = app::features::auth::service::load_user(&db, 1)
        .await
        .unwrap();
    let (people, _) = app::features::auth::service::people(&db, &chair, now)
        .await
        .unwrap();
    assert_eq!(people.len(), demo::sign_ins().len());
    assert!(people.iter().all(|p| p.is_demo));
    assert_eq!(
        people
            .iter()
            .filter(|p| p.time_zone == "Asia/Phnom_Penh")
            .count(),
        3
    );
}

#[tokio::test]
async fn the_demo_activity_fills_the_review_queue_and_two_intakes() {
    let db = fresh_db().await;
    let now = Timestamp::now();
    demo::seed_demo(&db, now).await.unwrap();
    demo::seed_demo_activity(&db, now).await.unwrap();
    let chair = app::features::auth::service::load_user(&db, 1)
        .await
        .unwrap();
    let queue = app::features::review::service::list(&db, &chair, &Default::default())
        .await
        .unwrap();
    assert_eq!(queue.len(), 2);
    let sophea = app::features::auth::service::load_user(&db, 5)
        .await
        .unwrap();
    assert_eq!(sophea.display_name, "Sophea Chan");
    let intake = app::features::intake::service::intake(&db, &sophea)
        .await
        .unwrap();
    assert!(intake.complete);
    assert_eq!(
        intake.objective_title.as_deref(),
        Some("Collections and information access")
    );
    // The cohort under way shows a programme: five pairs across the four areas, one behind
    // with alerts, one with a concern open, one a month below the band.
    let board = app::features::dashboard::service::dashboard(&db, &chair, &Default::default(), now)
        .await
        .unwrap();
    assert!(
        board.cohort.slug.starts_with("started-"),
        "{}",
        board.cohort.slug
    );
    assert_eq!(board.total, 5);
    assert_eq!(board.by_area.len(), 4, "{:?}", board.by_area);
    assert!(board.rows.iter().any(|r| r.open_concerns == 1));
    assert!(board.rows.iter().any(|r| !r.alerts.is_empty()));
    assert!(board.rows.iter().any(|r| r.sessions_held >= 3));
    // A year earlier, a completed pair with both evaluations: the report shows them.
    let cohorts = app::features::programme::service::cohort_list(&db, &chair, now)
        .await
        .unwrap();
    let done = cohorts
        .iter()
        .find(|c| c.slug.starts_with("completed-"))
        .unwrap();
    let report = app::features::report::service::cohort_report(&db, &chair, &done.slug, now)
        .await
        .unwrap();
    assert_eq!(report.pairs.len(), 1);
    assert_eq!(report.pairs[0].status.code(), "completed");
    assert_eq!(report.pairs[0].answered, 2);
    assert_eq!(report.evaluation.quotes.len(), 2);
    assert_eq!(report.outcomes[0].1 + report.outcomes[1].1, 2);
}
