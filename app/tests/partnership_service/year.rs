//! The partnership's year: ending, read-only afterwards, and a year from a late start.

use crate::common::pairs::*;
use crate::common::{fresh_db, person};
use crate::goals::goal;
use app::features::matching::service as matching;
use app::features::partnership::overview;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::Role;
use shared::partnership::*;
use shared::programme::ObjectiveArea;

#[tokio::test]
async fn a_partnership_that_ended_is_read_only_and_ending_early_needs_a_reason() {
    let db = fresh_db().await;
    let p = pair(&db, "f").await;
    let now = Timestamp::now();
    let no_reason = StatusForm {
        partnership_id: p.id,
        status: "ended_early".into(),
        reason: String::new(),
    };
    assert!(matches!(
        ws::set_status(&db, &p.chair, &no_reason, now).await,
        Err(ServiceError::Validation(_))
    ));
    assert!(matches!(
        ws::set_status(&db, &p.coach, &no_reason, now).await,
        Err(ServiceError::Forbidden)
    ));
    let ended = StatusForm {
        reason: "The partner moved to another post.".into(),
        ..no_reason
    };
    assert_eq!(
        ws::set_status(&db, &p.chair, &ended, now).await.unwrap(),
        PartnershipStatus::EndedEarly
    );
    let again = StatusForm {
        status: "active".into(),
        ..ended.clone()
    };
    assert!(matches!(
        ws::set_status(&db, &p.chair, &again, now).await,
        Err(ServiceError::Conflict(_))
    ));
    assert!(matches!(
        ws::save_goal(&db, &p.partner, &goal(p.id, 0, "Too late", "", ""), now).await,
        Err(ServiceError::Conflict(_))
    ));
    // Still readable, with the reason.
    match overview::overview(&db, &p.partner, p.id, now)
        .await
        .unwrap()
    {
        PartnershipPage::Pair(w) => assert_eq!(
            w.figures.head.end_reason,
            "The partner moved to another post."
        ),
        PartnershipPage::Team(_) => panic!("the partner is in the pair"),
    }
    // The partner is free to be matched again.
    let v = matching::matching_view(&db, &p.chair, None).await.unwrap();
    assert!(
        v.partners
            .iter()
            .any(|x| x.id == p.partner.id && x.matched.is_none())
    );
}

#[tokio::test]
async fn a_partnership_made_after_its_cohort_started_runs_a_year_from_that_day_on_both_clocks() {
    let db = fresh_db().await;
    let programme = app::features::programme::service::ensure_programme(&db, Timestamp::now())
        .await
        .unwrap();
    app::features::programme::service::insert_cohort(
        &db,
        programme,
        app::features::programme::service::NewCohort {
            slug: "2026-2027",
            name: "2026-2027",
            country: "Cambodia",
            call_deadline: "2025-11-15T00:00:00Z".parse().unwrap(),
            starts_on: jiff::civil::date(2026, 1, 1),
            is_demo: false,
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    let v = |chair: &shared::account::CurrentUser| {
        let db = db.clone();
        let chair = chair.clone();
        async move {
            matching::matching_view(&db, &chair, Some("2026-2027"))
                .await
                .unwrap()
        }
    };
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let coach = someone(
        &db,
        "anna@lib.de",
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["English"],
        "Anna Keller",
    )
    .await;
    let partner = someone(
        &db,
        "dara@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["English"],
        "Dara Kim",
    )
    .await;
    with_intake(&db, &partner, "training").await;
    let cohort_id = v(&chair).await.cohort.id;
    let cohort = Cohort {
        id: cohort_id,
        slug: "2026-2027".into(),
    };
    coach_in(
        &db,
        &chair,
        &cohort,
        &coach,
        &[ObjectiveArea::PeopleAndTraining],
    )
    .await;
    // 20:00 UTC on 10 June 2026: already 11 June in Phnom Penh, still 10 June in Berlin.
    let at: Timestamp = "2026-06-10T20:00:00Z".parse().unwrap();
    let id = matching::create_partnership(&db, &chair, &match_form(&cohort, &partner, &coach), at)
        .await
        .unwrap();
    match overview::overview(&db, &coach, id, at).await.unwrap() {
        PartnershipPage::Pair(w) => {
            assert_eq!(
                (
                    w.figures.head.starts_on.as_str(),
                    w.figures.head.ends_on.as_str()
                ),
                ("2026-06-10", "2027-06-09")
            );
        }
        PartnershipPage::Team(_) => panic!("the coach is in the pair"),
    }
}
