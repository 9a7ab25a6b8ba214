//! A goal's milestones against a real SQLite database: reworded, moved and removed by either
//! member with the goal's history keeping what they were, the year's bounds checked, the other
//! pair refused, and a resent removal harmless.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::partnership::service as ws;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use shared::partnership::*;

#[tokio::test]
async fn milestones_change_and_go_with_their_history_kept() {
    let db = fresh_db().await;
    let p = pair(&db, "ms").await;
    let other = pair(&db, "ms2").await;
    let now = Timestamp::now();
    let g = ws::save_goal(
        &db,
        &p.partner,
        &GoalForm {
            request_key: common::key(),
            partnership_id: p.id,
            goal_id: 0,
            title: "Discovery page".into(),
            outcome: "Page live and four staff trained".into(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let m = ws::add_milestone(
        &db,
        &p.partner,
        &MilestoneForm {
            request_key: common::key(),
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
    let change = |title: &str, due: &str| MilestoneChangeForm {
        partnership_id: p.id,
        milestone_id: m,
        milestone_title: title.into(),
        due_on: due.into(),
    };

    // Out of the year, or too short: a message for the field, nothing changed.
    match ws::change_milestone(
        &db,
        &p.coach,
        &change("Choose the platform", "2028-03-01"),
        now,
    )
    .await
    {
        Err(ServiceError::Validation(e)) => assert!(e.first("due_on").is_some()),
        other => panic!("{other:?}"),
    }
    match ws::change_milestone(&db, &p.coach, &change("x", "2027-05-31"), now).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("milestone_title").is_some()),
        other => panic!("{other:?}"),
    }
    // The other pair cannot touch it, through its own partnership or this one.
    for who in [&other.coach, &other.partner] {
        let theirs = MilestoneChangeForm {
            partnership_id: other.id,
            ..change("Hijacked", "2027-05-31")
        };
        assert!(matches!(
            ws::change_milestone(&db, who, &theirs, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::change_milestone(&db, who, &change("Hijacked", "2027-05-31"), now).await,
            Err(ServiceError::NotFound)
        ));
    }

    // The coach rewords it and moves it; the history says what it was.
    ws::change_milestone(
        &db,
        &p.coach,
        &change("Choose and test the platform", "2027-06-15"),
        now,
    )
    .await
    .unwrap();
    // The same change again writes no second line.
    ws::change_milestone(
        &db,
        &p.coach,
        &change("Choose and test the platform", "2027-06-15"),
        now,
    )
    .await
    .unwrap();
    let d = ws::goal_detail(&db, &p.partner, p.id, g, now)
        .await
        .unwrap();
    assert_eq!(d.goal.milestones[0].title, "Choose and test the platform");
    assert_eq!(d.goal.milestones[0].due_on, "2027-06-15");
    assert_eq!(
        d.history[0].summary,
        "Changed the milestone \"Choose the platform\", due 31 May 2027, to \"Choose and test the platform\", due 15 Jun 2027"
    );
    assert_eq!(d.history.len(), 3, "{:?}", d.history);

    // The partner removes it; a resend changes nothing; the other pair is refused.
    let removal = MilestoneRemoval {
        partnership_id: p.id,
        goal_id: g,
        milestone_id: m,
    };
    assert!(matches!(
        ws::remove_milestone(&db, &other.partner, &removal, now).await,
        Err(ServiceError::NotFound)
    ));
    assert_eq!(
        ws::remove_milestone(&db, &p.partner, &removal, now)
            .await
            .unwrap(),
        g
    );
    assert_eq!(
        ws::remove_milestone(&db, &p.partner, &removal, now)
            .await
            .unwrap(),
        g
    );
    let d = ws::goal_detail(&db, &p.coach, p.id, g, now).await.unwrap();
    assert!(d.goal.milestones.is_empty());
    assert_eq!(
        d.history[0].summary,
        "Removed the milestone \"Choose and test the platform\", due 15 Jun 2027"
    );
    assert_eq!(d.history.len(), 4);
}
