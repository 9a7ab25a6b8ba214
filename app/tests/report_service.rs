//! The reports against a real SQLite database: a cohort's report adds up its pairs' sessions,
//! support, goal outcomes and evaluations (quotes only where allowed, never a name); the
//! summary shows what the pair shares and nothing of another pair; a certificate is the coach's
//! and the chair's alone; the evaluations' CSV is the chair's and its download audited.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{audit_log, coaching_session};
use app::features::commitments::service as commitments;
use app::features::partnership::service as ws;
use app::features::report::service as report;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::pair;
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};
use shared::commitments::HoursForm;
use shared::evaluation::{EvaluationForm, GoalOutcomeForm};
use shared::partnership::GoalForm;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// A held session on `day` (a fixture row: how a session comes to be held is the sessions
/// service's and tested there).
async fn held(db: &DatabaseConnection, pid: i64, by: i64, day: &str) {
    coaching_session::ActiveModel {
        partnership_id: Set(pid),
        status: Set("held".into()),
        medium: Set("video".into()),
        link: Set(String::new()),
        agenda: Set(String::new()),
        cancel_reason: Set(String::new()),
        notes: Set(String::new()),
        actions: Set(String::new()),
        sequence: Set(0),
        created_at: Set(0),
        updated_at: Set(0),
        duration_min: Set(60),
        starts_at: Set(Some(at(&format!("{day}T08:00:00Z")).as_millisecond())),
        proposed_by: Set(by),
        request_key: Set(common::key()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
}

fn answers(pid: i64, helped: &str, rating: &str, quote: bool) -> EvaluationForm {
    EvaluationForm {
        partnership_id: pid,
        goals_reached: "yes".into(),
        helped: helped.into(),
        change: "Start earlier".into(),
        broadened: "yes".into(),
        rating: rating.into(),
        again: "yes".into(),
        quote_ok: if quote { "on".into() } else { String::new() },
    }
}

#[tokio::test]
async fn a_cohort_report_adds_up_its_pairs() {
    let db = fresh_db().await;
    let a = pair(&db, "r1").await;
    let b = pair(&db, "r2").await;
    for day in [
        "2027-03-10",
        "2027-04-10",
        "2027-05-10",
        "2027-07-10",
        "2027-09-10",
        "2027-11-10",
    ] {
        held(&db, a.id, a.coach.id, day).await;
    }
    held(&db, b.id, b.coach.id, "2027-03-12").await;
    // Pair a: 2 h in March (within the band), nothing in April (below).
    commitments::save_hours(
        &db,
        &a.coach,
        &HoursForm {
            request_key: common::key(),
            partnership_id: a.id,
            on_date: "2027-03-20".into(),
            minutes: "120".into(),
            category: "collating".into(),
            note: "Reading list".into(),
            ..Default::default()
        },
        at("2027-03-21T00:00:00Z"),
    )
    .await
    .unwrap();
    let goal = ws::save_goal(
        &db,
        &a.partner,
        &GoalForm {
            partnership_id: a.id,
            title: "A discovery page".into(),
            outcome: "Students find e-journals".into(),
            request_key: common::key(),
            ..Default::default()
        },
        at("2027-04-01T00:00:00Z"),
    )
    .await
    .unwrap();
    let end = at("2028-02-10T00:00:00Z");
    ws::set_goal_outcome(
        &db,
        &a.coach,
        &GoalOutcomeForm {
            partnership_id: a.id,
            goal_id: goal,
            outcome: "yes".into(),
        },
        end,
    )
    .await
    .unwrap();
    ws::save_evaluation(
        &db,
        &a.coach,
        &answers(a.id, "Monthly calls", "5", true),
        end,
    )
    .await
    .unwrap();
    ws::save_evaluation(
        &db,
        &a.partner,
        &answers(a.id, "Having someone to ask", "4", false),
        end,
    )
    .await
    .unwrap();

    let r = report::cohort_report(&db, &a.chair, &a.cohort.slug, end)
        .await
        .unwrap();
    assert_eq!(r.pairs.len(), 2);
    assert_eq!(r.met_minimum(), 1, "a held 6, b held 1");
    let line = r.pairs.iter().find(|p| p.id == a.id).unwrap();
    assert_eq!((line.sessions_held, line.min_sessions), (6, 6));
    assert_eq!(line.support_minutes, 120);
    // March to December have ended by 10 Feb 2028 and January too: 11 months, March in band.
    assert_eq!((line.months_in_band, line.months_ended), (1, 11));
    assert_eq!(line.answered, 2);
    assert_eq!(
        r.by_area.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
        [0, 2, 0, 0],
        "both pairs chose collections, the second of the call's four areas"
    );
    assert_eq!(r.outcomes[0], ("reached-yes".to_owned(), 1));
    assert_eq!(
        (
            r.evaluation.coaches_answered,
            r.evaluation.partners_answered
        ),
        (1, 1)
    );
    assert_eq!(r.evaluation.mean_rating.as_deref(), Some("4.5"));
    // Only the coach allowed a quote; no name comes with it.
    assert_eq!(r.evaluation.quotes.len(), 1);
    assert_eq!(r.evaluation.quotes[0].text, "Monthly calls");
    assert_eq!(r.evaluation.quotes[0].who, "report-quote-coach");
    assert!(!format!("{:?}", r.evaluation).contains("Anna Keller"));

    // Nobody else reads it; an unknown cohort is not found.
    for who in [&a.coach, &a.partner] {
        assert!(matches!(
            report::cohort_report(&db, who, &a.cohort.slug, end).await,
            Err(ServiceError::Forbidden)
        ));
    }
    assert!(matches!(
        report::cohort_report(&db, &a.chair, "no-such-cohort", end).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn a_summary_is_the_pairs_and_a_certificate_the_coachs() {
    let db = fresh_db().await;
    let a = pair(&db, "s1").await;
    let b = pair(&db, "s2").await;
    held(&db, a.id, a.coach.id, "2027-03-10").await;
    let now = at("2027-04-10T00:00:00Z");
    for who in [&a.coach, &a.partner, &a.chair] {
        let s = report::partnership_summary(&db, who, a.id, now)
            .await
            .unwrap();
        assert_eq!(
            (s.coach.as_str(), s.partner.as_str()),
            ("Anna Keller", "Sophea Chan")
        );
        assert_eq!(s.sessions_held, 1);
        assert_eq!(s.session_days, ["2027-03-10"]);
        assert_eq!(s.months.len(), 12);
        assert_eq!(
            s.months[0],
            ("2027-03-01".to_owned(), 0, "below".to_owned())
        );
        assert_eq!(s.as_of, "2027-04-10");
    }
    for who in [&b.coach, &b.partner] {
        assert!(matches!(
            report::partnership_summary(&db, who, a.id, now).await,
            Err(ServiceError::NotFound)
        ));
    }

    let c = report::certificate(&db, &a.coach, &a.cohort.slug, a.coach.id, now)
        .await
        .unwrap();
    assert_eq!(c.coach, "Anna Keller");
    assert_eq!(c.sessions_held, 1);
    assert_eq!(c.year, "1 Mar 2027 to 29 Feb 2028");
    assert!(c.partners[0].starts_with("Sophea Chan"), "{:?}", c.partners);
    report::certificate(&db, &a.chair, &a.cohort.slug, a.coach.id, now)
        .await
        .unwrap();
    // Another coach, the partner, and a person who coached no one in the cohort: not found.
    for (who, of) in [
        (&b.coach, a.coach.id),
        (&a.partner, a.coach.id),
        (&a.chair, a.partner.id),
    ] {
        assert!(matches!(
            report::certificate(&db, who, &a.cohort.slug, of, now).await,
            Err(ServiceError::NotFound)
        ));
    }
}

#[tokio::test]
async fn the_evaluations_csv_is_the_chairs_and_audited() {
    let db = fresh_db().await;
    let a = pair(&db, "c1").await;
    let end = at("2028-02-10T00:00:00Z");
    ws::save_evaluation(
        &db,
        &a.partner,
        &answers(a.id, "=HYPERLINK(\"x\"), and more", "4", false),
        end,
    )
    .await
    .unwrap();
    assert!(matches!(
        report::evaluations_csv(&db, &a.coach, &a.cohort.slug, end).await,
        Err(ServiceError::Forbidden)
    ));
    let csv = report::evaluations_csv(&db, &a.chair, &a.cohort.slug, end)
        .await
        .unwrap();
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("what_helped"));
    // The partner's answer, its formula defused and its comma quoted.
    assert!(
        lines[1]
            .contains("Sophea Chan,partner,\"Yes, reached\",\"'=HYPERLINK(\"\"x\"\"), and more\""),
        "{}",
        lines[1]
    );
    assert_eq!(
        audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("evaluations exported"))
            .count(&db)
            .await
            .unwrap(),
        1
    );
}
