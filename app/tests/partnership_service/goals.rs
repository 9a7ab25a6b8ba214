//! Goals and their history of who changed what.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::partnership::overview;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::partnership::*;

pub(crate) fn goal(pid: i64, id: i64, title: &str, status: &str, progress: &str) -> GoalForm {
    GoalForm {
        request_key: crate::common::key(),
        partnership_id: pid,
        goal_id: id,
        title: title.into(),
        outcome: "Page live and four staff trained".into(),
        status: status.into(),
        progress: progress.into(),
    }
}

#[tokio::test]
async fn goals_keep_a_history_of_who_changed_what() {
    let db = fresh_db().await;
    let p = pair(&db, "b").await;
    let now = Timestamp::now();
    let g = ws::save_goal(
        &db,
        &p.partner,
        &goal(p.id, 0, "Discovery page", "", ""),
        now,
    )
    .await
    .unwrap();
    ws::add_milestone(
        &db,
        &p.partner,
        &MilestoneForm {
            request_key: crate::common::key(),
            partnership_id: p.id,
            goal_id: g,
            milestone_title: "Choose the platform".into(),
            due_on: "2027-05-31".into(),
            from: String::new(),
        },
        now,
    )
    .await
    .unwrap();
    let late = ws::add_milestone(
        &db,
        &p.partner,
        &MilestoneForm {
            request_key: crate::common::key(),
            partnership_id: p.id,
            goal_id: g,
            milestone_title: "After the year".into(),
            due_on: "2028-03-01".into(),
            from: String::new(),
        },
        now,
    )
    .await;
    match late {
        Err(ServiceError::Validation(e)) => assert!(e.first("due_on").is_some()),
        other => panic!("{other:?}"),
    }
    ws::save_goal(
        &db,
        &p.coach,
        &goal(p.id, g, "Discovery page", "in_progress", "40"),
        now,
    )
    .await
    .unwrap();
    let d = ws::goal_detail(&db, &p.coach, p.id, g, now).await.unwrap();
    assert_eq!(
        (d.goal.status, d.goal.progress),
        (GoalStatus::InProgress, 40)
    );
    assert_eq!(d.goal.milestones.len(), 1);
    let lines: Vec<(String, String)> = d
        .history
        .iter()
        .map(|h| (h.who.clone(), h.summary.clone()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                "Anna Keller".into(),
                "Status: Not started → In progress; Progress: 0% → 40%".into()
            ),
            (
                "Sophea Chan".into(),
                "Added the milestone \"Choose the platform\", due 31 May 2027".into()
            ),
            (
                "Sophea Chan".into(),
                "Added the goal \"Discovery page\"".into()
            ),
        ]
    );
    let m = d.goal.milestones[0].id;
    ws::set_milestone_done(
        &db,
        &p.coach,
        &MilestoneDoneForm {
            partnership_id: p.id,
            milestone_id: m,
            done: "true".into(),
        },
        now,
    )
    .await
    .unwrap();
    let figures = overview::list(&db, &p.chair, now).await.unwrap();
    let f = figures.iter().find(|f| f.head.id == p.id).unwrap();
    assert_eq!(
        (
            f.goals_total,
            f.goals_in_progress,
            f.mean_progress,
            f.milestones_done,
            f.milestones_total
        ),
        (1, 1, 40, 1, 1)
    );
    // The partner was told about the coach's update.
    assert!(
        ws::unread_notifications(&db, &p.partner)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body.contains("Progress: 0% → 40%"))
    );
}
