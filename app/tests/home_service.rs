//! What home pages lead with, against a real SQLite database: the programme team's queue
//! (counted, and only the chair's lines for the chair), a member's next session on both clocks
//! and the proposals waiting for their answer (not their own), and "mark all as read".
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::home::service as home;
use app::features::partnership::service as ws;
use app::features::sessions::service as sessions;
use common::pairs::{accept_first, pair, someone};
use common::{fresh_db, person};
use jiff::Timestamp;
use sea_orm::EntityTrait;
use shared::Role;
use shared::schedule::ProposalForm;

fn now() -> Timestamp {
    "2027-03-10T12:00:00Z".parse().unwrap()
}

fn proposal(pid: i64, times: [&str; 2]) -> ProposalForm {
    ProposalForm {
        fold: String::new(),
        partnership_id: pid,
        time_1: times[0].into(),
        time_2: times[1].into(),
        time_3: String::new(),
        medium: "phone".into(),
        link: String::new(),
        duration: "60".into(),
        agenda: String::new(),
        request_key: common::key(),
    }
}

#[tokio::test]
async fn the_team_sees_what_waits_and_a_member_sees_none_of_it() {
    let db = fresh_db().await;
    let p = pair(&db, "h1").await;
    // A second partner in the cohort, with no coach yet; a third with no cohort at all.
    let waiting = someone(
        &db,
        "waiting@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer"],
        "Dara Waiting",
    )
    .await;
    common::pairs::with_intake(&db, &waiting, "training").await;
    someone(
        &db,
        "nowhere@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer"],
        "Not Invited",
    )
    .await;
    let now: Timestamp = "2027-05-01T00:00:00Z".parse().unwrap();
    let q = home::chair_queue(&db, &p.chair, now)
        .await
        .unwrap()
        .unwrap();
    assert!(q.chair);
    assert_eq!(q.unmatched_partners, 1, "{q:?}");
    assert_eq!(
        q.evaluations_outstanding, 0,
        "the year's last month is February 2028"
    );
    let late: Timestamp = "2028-02-10T00:00:00Z".parse().unwrap();
    let q = home::chair_queue(&db, &p.chair, late)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(q.evaluations_outstanding, 1, "{q:?}");
    assert_eq!((q.concerns, q.failed_messages), (0, 0));
    let team = person(&db, "team@iatul.org", Role::Team).await;
    let t = home::chair_queue(&db, &team, now).await.unwrap().unwrap();
    assert!(!t.chair);
    assert_eq!(
        (t.unmatched_partners, t.alerts, t.failed_messages),
        (0, 0, 0)
    );
    assert!(
        home::chair_queue(&db, &p.coach, now)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        home::chair_queue(&db, &p.partner, now)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn the_next_session_shows_on_both_clocks_and_answers_wait_for_the_other_member() {
    let db = fresh_db().await;
    let p = pair(&db, "h2").await;
    assert_eq!(
        home::next_up(&db, &p.coach, now()).await.unwrap(),
        (None, vec![])
    );
    // The coach proposes Tuesday 30 March 09:00 Berlin (after Europe's change): 14:00 in Phnom Penh.
    let id = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, ["2027-03-30T09:00", "2027-03-31T09:00"]),
        now(),
    )
    .await
    .unwrap();
    let (_, for_partner) = home::next_up(&db, &p.partner, now()).await.unwrap();
    assert_eq!(for_partner.len(), 1);
    assert!(
        for_partner[0]
            .text
            .starts_with("Anna Keller is waiting for your answer")
    );
    assert_eq!(
        for_partner[0].link,
        format!("/partnerships/{}/sessions", p.id)
    );
    let (_, for_coach) = home::next_up(&db, &p.coach, now()).await.unwrap();
    assert!(
        for_coach.is_empty(),
        "their own proposal waits for the other member"
    );

    accept_first(&db, &p, id, now()).await;
    let (next, waiting) = home::next_up(&db, &p.coach, now()).await.unwrap();
    let next = next.unwrap();
    assert_eq!(next.mine, "Tue 30 Mar 2027, 09:00");
    assert_eq!(next.theirs, "Tue 30 Mar 2027, 14:00");
    assert_eq!(
        (next.their_place.as_str(), next.with_name.as_str()),
        ("Phnom Penh", "Sophea Chan")
    );
    assert_eq!(next.medium, "Phone call");
    assert!(waiting.is_empty());
    let (theirs, _) = home::next_up(&db, &p.partner, now()).await.unwrap();
    assert_eq!(theirs.unwrap().mine, "Tue 30 Mar 2027, 14:00");
    // After it, nothing is next.
    let later: Timestamp = "2027-04-01T00:00:00Z".parse().unwrap();
    assert!(
        home::next_up(&db, &p.coach, later)
            .await
            .unwrap()
            .0
            .is_none()
    );
}

#[tokio::test]
async fn mark_all_as_read_reads_only_the_callers_notifications() {
    let db = fresh_db().await;
    let p = pair(&db, "h3").await;
    let before_partner = ws::unread_notifications(&db, &p.partner)
        .await
        .unwrap()
        .len();
    let before_coach = ws::unread_notifications(&db, &p.coach).await.unwrap().len();
    assert!(
        before_partner > 0 && before_coach > 0,
        "the match told both"
    );
    assert_eq!(
        ws::dismiss_all_notifications(&db, &p.partner, now())
            .await
            .unwrap() as usize,
        before_partner
    );
    assert!(
        ws::unread_notifications(&db, &p.partner)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        ws::unread_notifications(&db, &p.coach).await.unwrap().len(),
        before_coach
    );
}

#[tokio::test]
async fn coaches_and_partners_accept_the_commitments_once() {
    let db = fresh_db().await;
    let p = pair(&db, "h4").await;
    assert!(home::commitments_due(&db, &p.partner).await.unwrap());
    assert!(home::commitments_due(&db, &p.coach).await.unwrap());
    assert!(
        !home::commitments_due(&db, &p.chair).await.unwrap(),
        "the chair runs them"
    );
    home::accept_commitments(&db, &p.partner, now())
        .await
        .unwrap();
    assert!(!home::commitments_due(&db, &p.partner).await.unwrap());
    assert!(
        home::commitments_due(&db, &p.coach).await.unwrap(),
        "each accepts for themselves"
    );
    // A resend keeps the first time.
    let later: Timestamp = "2027-03-11T12:00:00Z".parse().unwrap();
    home::accept_commitments(&db, &p.partner, later)
        .await
        .unwrap();
    let row = app::entities::person::Entity::find_by_id(p.partner.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.commitments_accepted_at, Some(now().as_millisecond()));
}
