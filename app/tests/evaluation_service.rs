//! The end-of-year evaluation against a real SQLite database: closed before the year's last
//! month, one answer per member (a resend or a change updates it), never readable by the other
//! member or another pair, read by the chair (audited), goal outcomes shared by the pair.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{audit_log, evaluation};
use app::features::partnership::service as ws;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::pair;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use shared::evaluation::{EvaluationForm, EvaluationPage, GoalOutcomeForm};
use shared::partnership::GoalForm;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn answers(pid: i64, helped: &str) -> EvaluationForm {
    EvaluationForm {
        partnership_id: pid,
        goals_reached: "partly".into(),
        helped: helped.into(),
        change: "Start the sessions earlier".into(),
        broadened: "somewhat".into(),
        rating: "4".into(),
        again: "yes".into(),
        quote_ok: "on".into(),
    }
}

#[tokio::test]
async fn each_member_answers_for_the_team_alone() {
    let db = fresh_db().await;
    let p = pair(&db, "e1").await;
    let other = pair(&db, "e1b").await;
    // The year ends on 29 Feb 2028: the evaluation opens on 30 Jan.
    let early = at("2028-01-20T00:00:00Z");
    assert!(matches!(
        ws::save_evaluation(&db, &p.coach, &answers(p.id, "Monthly calls"), early).await,
        Err(ServiceError::Conflict(ref m)) if m.contains("opens on 30 Jan 2028")
    ));
    match ws::evaluation_page(&db, &p.partner, p.id, early)
        .await
        .unwrap()
    {
        EvaluationPage::Member { opens_on, .. } => {
            assert_eq!(opens_on.as_deref(), Some("2028-01-30"))
        }
        other => panic!("{other:?}"),
    }

    let now = at("2028-02-10T00:00:00Z");
    let no_broadening = EvaluationForm {
        broadened: String::new(),
        ..answers(p.id, "Monthly calls")
    };
    assert!(matches!(
        ws::save_evaluation(&db, &p.coach, &no_broadening, now).await,
        Err(ServiceError::Validation(ref e)) if e.first("broadened").is_some()
    ));
    ws::save_evaluation(&db, &p.coach, &answers(p.id, "Monthly calls"), now)
        .await
        .unwrap();
    // Sent again with a change: still one answer.
    ws::save_evaluation(
        &db,
        &p.coach,
        &answers(p.id, "Monthly calls and the reading list"),
        now,
    )
    .await
    .unwrap();
    assert_eq!(evaluation::Entity::find().count(&db).await.unwrap(), 1);

    // The partner sees an empty form of their own, not the coach's answers.
    match ws::evaluation_page(&db, &p.partner, p.id, now)
        .await
        .unwrap()
    {
        EvaluationPage::Member {
            form,
            answered,
            opens_on,
            ..
        } => {
            assert!(!answered && opens_on.is_none());
            assert!(form.helped.is_empty() && form.goals_reached.is_empty());
        }
        other => panic!("{other:?}"),
    }
    // Another pair's members: not found.
    for who in [&other.coach, &other.partner] {
        assert!(matches!(
            ws::evaluation_page(&db, who, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::save_evaluation(&db, who, &answers(p.id, "x y z"), now).await,
            Err(ServiceError::NotFound)
        ));
    }
    // The chair reads the coach's answer, and the read is audited.
    match ws::evaluation_page(&db, &p.chair, p.id, now).await.unwrap() {
        EvaluationPage::Team { answers, .. } => {
            assert_eq!(answers.len(), 1);
            assert_eq!(answers[0].helped, "Monthly calls and the reading list");
            assert_eq!(answers[0].broadened, "Somewhat");
            assert!(answers[0].quote_ok);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("evaluation read"))
            .count(&db)
            .await
            .unwrap(),
        1
    );
    // After the year ended it is still open (and the partnership is read-only otherwise).
    ws::complete_due(&db, at("2028-03-05T00:00:00Z"))
        .await
        .unwrap();
    let partner_answers = EvaluationForm {
        broadened: String::new(),
        ..answers(p.id, "Having someone to ask")
    };
    ws::save_evaluation(
        &db,
        &p.partner,
        &partner_answers,
        at("2028-03-05T00:00:00Z"),
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn the_pair_sets_each_goals_final_outcome_for_both_to_see() {
    let db = fresh_db().await;
    let p = pair(&db, "e2").await;
    let goal = ws::save_goal(
        &db,
        &p.partner,
        &GoalForm {
            partnership_id: p.id,
            title: "A discovery page".into(),
            outcome: "Students find e-journals".into(),
            request_key: common::key(),
            ..Default::default()
        },
        at("2027-04-01T00:00:00Z"),
    )
    .await
    .unwrap();
    let form = GoalOutcomeForm {
        partnership_id: p.id,
        goal_id: goal,
        outcome: "yes".into(),
    };
    assert!(matches!(
        ws::set_goal_outcome(&db, &p.partner, &form, at("2027-06-01T00:00:00Z")).await,
        Err(ServiceError::Conflict(_))
    ));
    let now = at("2028-02-10T00:00:00Z");
    assert!(matches!(
        ws::set_goal_outcome(&db, &p.chair, &form, now).await,
        Err(ServiceError::Forbidden)
    ));
    let bad = GoalOutcomeForm {
        outcome: "maybe".into(),
        ..form.clone()
    };
    assert!(matches!(
        ws::set_goal_outcome(&db, &p.partner, &bad, now).await,
        Err(ServiceError::Validation(_))
    ));
    ws::set_goal_outcome(&db, &p.partner, &form, now)
        .await
        .unwrap();
    match ws::evaluation_page(&db, &p.coach, p.id, now).await.unwrap() {
        EvaluationPage::Member { goals, .. } => {
            assert_eq!(goals.len(), 1);
            assert_eq!(goals[0].outcome, "yes");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn both_members_are_told_once_when_the_evaluation_opens() {
    let db = fresh_db().await;
    let p = pair(&db, "e3").await;
    let count_for = |who: i64| {
        let db = db.clone();
        async move {
            app::entities::notification::Entity::find()
                .filter(app::entities::notification::Column::PersonId.eq(who))
                .filter(
                    app::entities::notification::Column::Link
                        .eq(format!("/partnerships/{}/evaluation", p.id)),
                )
                .count(&db)
                .await
                .unwrap()
        }
    };
    // Before the last month: nobody.
    assert_eq!(
        ws::announce_evaluations(&db, at("2028-01-20T00:00:00Z"))
            .await
            .unwrap(),
        0
    );
    // It opens on 30 Jan 2028 in Phnom Penh: already the 30th there at 18:00 UTC on the 29th.
    assert_eq!(
        ws::announce_evaluations(&db, at("2028-01-29T18:00:00Z"))
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        ws::announce_evaluations(&db, at("2028-02-05T00:00:00Z"))
            .await
            .unwrap(),
        0
    );
    assert_eq!(count_for(p.coach.id).await, 1);
    assert_eq!(count_for(p.partner.id).await, 1);
}
