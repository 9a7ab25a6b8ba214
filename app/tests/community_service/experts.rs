//! The pool of experts: only the team keeps it and sees how to reach them; a coach proposes for
//! their own pair only (the partner and others cannot), seeing no contact details; the team
//! makes the introduction, which becomes one of the pair's with its outcome to record, or
//! declines with a note; the pair is told either way; a resend stores once.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::experts as ex;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::experts::{DecisionForm, ExpertForm, ProposalForm, ProposalStatus};

fn expert(name: &str) -> ExpertForm {
    ExpertForm {
        name: name.into(),
        expertise: "Digitising photo archives on a small budget".into(),
        languages: "Thai, English".into(),
        time_zone: "Asia/Bangkok".into(),
        contact: "CONTACT-malee@example.org".into(),
        consent: "on".into(),
        consent_note: "By email to the chair".into(),
        request_key: crate::common::key(),
        ..Default::default()
    }
}

fn proposal(pid: i64, expert_id: i64) -> ProposalForm {
    ProposalForm {
        partnership_id: pid,
        expert_id,
        why: "We want to scan 2,000 photographs before they fade.".into(),
        request_key: crate::common::key(),
    }
}

#[tokio::test]
async fn the_team_keeps_the_pool_and_coaches_see_no_contacts() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let now = Timestamp::now();
    let f = expert("Malee Suwan");
    for who in [&p.coach, &p.partner] {
        assert!(matches!(
            ex::save_expert(&db, who, &f, now).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            ex::experts_page(&db, who).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let id = ex::save_expert(&db, &p.chair, &f, now).await.unwrap();
    assert_eq!(
        ex::save_expert(&db, &p.chair, &f, now).await.unwrap(),
        id,
        "a resend stores once"
    );
    let mut unknown = expert("Nobody");
    unknown.time_zone = "Asia/Atlantis".into();
    match ex::save_expert(&db, &p.chair, &unknown, now).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("time_zone").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    let mut no_consent = expert("Nobody");
    no_consent.consent = String::new();
    assert!(matches!(
        ex::save_expert(&db, &p.chair, &no_consent, now).await,
        Err(ServiceError::Validation(_))
    ));

    let page = ex::experts_page(&db, &p.chair).await.unwrap();
    assert_eq!(page.experts.len(), 1);
    assert_eq!(page.experts[0].contact, "CONTACT-malee@example.org");

    // The coach's page offers the expert, without any way to reach them.
    let view = ws::introductions(&db, &p.coach, p.id, now).await.unwrap();
    assert_eq!(view.pool.len(), 1);
    assert!(!format!("{:?}", view.pool).contains("CONTACT-"));
    assert!(
        ws::introductions(&db, &p.partner, p.id, now)
            .await
            .unwrap()
            .pool
            .is_empty()
    );

    // A retired expert is offered no more, and cannot be proposed.
    ex::retire_expert(&db, &p.chair, id, true, now)
        .await
        .unwrap();
    assert!(
        ws::introductions(&db, &p.coach, p.id, now)
            .await
            .unwrap()
            .pool
            .is_empty()
    );
    assert!(matches!(
        ex::propose(&db, &p.coach, &proposal(p.id, id), now).await,
        Err(ServiceError::Validation(_))
    ));
}

#[tokio::test]
async fn a_proposal_becomes_the_pairs_introduction_or_is_declined_with_a_note() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let now = Timestamp::now();
    let id = ex::save_expert(&db, &p.chair, &expert("Malee Suwan"), now)
        .await
        .unwrap();

    // Only the pair's coach proposes, for their own pair.
    assert!(matches!(
        ex::propose(&db, &p.partner, &proposal(p.id, id), now).await,
        Err(ServiceError::Conflict(_))
    ));
    assert!(
        ex::propose(&db, &q.coach, &proposal(p.id, id), now)
            .await
            .is_err()
    );
    assert!(
        ex::propose(&db, &p.chair, &proposal(p.id, id), now)
            .await
            .is_err()
    );
    let form = proposal(p.id, id);
    let first = ex::propose(&db, &p.coach, &form, now).await.unwrap();
    assert_eq!(
        ex::propose(&db, &p.coach, &form, now).await.unwrap(),
        first,
        "once"
    );
    let second = ex::propose(&db, &p.coach, &proposal(p.id, id), now)
        .await
        .unwrap();

    let page = ex::experts_page(&db, &p.chair).await.unwrap();
    assert_eq!(page.waiting.len(), 2);
    assert_eq!(page.waiting[0].pair.as_ref().unwrap().0, p.id);
    assert!(
        ws::unread_notifications(&db, &p.chair)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body.contains("Malee Suwan"))
    );

    // The team alone answers; declining needs a note.
    let answer = |id: i64, decision: &str, note: &str| DecisionForm {
        id,
        decision: decision.into(),
        note: note.into(),
    };
    assert!(matches!(
        ex::decide(&db, &p.coach, &answer(first, "introduced", ""), now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ex::decide(&db, &p.chair, &answer(second, "declined", ""), now).await,
        Err(ServiceError::Validation(_))
    ));
    ex::decide(&db, &p.chair, &answer(first, "introduced", ""), now)
        .await
        .unwrap();
    ex::decide(
        &db,
        &p.chair,
        &answer(second, "declined", "She is away until June."),
        now,
    )
    .await
    .unwrap();
    assert!(matches!(
        ex::decide(
            &db,
            &p.chair,
            &answer(first, "declined", "Changed my mind"),
            now
        )
        .await,
        Err(ServiceError::Conflict(_))
    ));

    // The pair sees the introduction, with its outcome to record, and both answers.
    let view = ws::introductions(&db, &p.partner, p.id, now).await.unwrap();
    assert_eq!(view.introductions.len(), 1);
    assert!(view.introductions[0].expert.starts_with("Malee Suwan"));
    assert!(view.introductions[0].outcome.is_empty());
    assert_eq!(view.introductions[0].added_by, "Anna Keller");
    let statuses: Vec<_> = view.proposals.iter().map(|x| x.status).collect();
    assert_eq!(
        statuses,
        [ProposalStatus::Declined, ProposalStatus::Introduced]
    );
    assert_eq!(view.proposals[0].note, "She is away until June.");
    assert!(
        ws::unread_notifications(&db, &p.coach)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body.contains("introduced you to Malee Suwan"))
    );
    // Another pair sees none of it.
    assert!(
        ws::introductions(&db, &q.coach, q.id, now)
            .await
            .unwrap()
            .proposals
            .is_empty()
    );
    assert!(ws::introductions(&db, &q.coach, p.id, now).await.is_err());
    assert_eq!(
        ex::experts_page(&db, &p.chair).await.unwrap().experts[0].introduced,
        1
    );
}
