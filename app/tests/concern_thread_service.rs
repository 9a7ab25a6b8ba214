//! Concerns beyond a pair, against a real SQLite database: anyone signed in reaches the
//! programme team (with no partnership, nothing is shared), and a concern's author answers in
//! its thread; nobody else does, and a resend adds nothing.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::notification;
use app::features::commitments::service as commitments;
use app::server::ServiceError;
use common::pairs::*;
use common::{fresh_db, person};
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use shared::Role;
use shared::commitments::*;

fn concern(pid: i64, text: &str) -> ConcernForm {
    ConcernForm {
        request_key: common::key(),
        partnership_id: pid,
        category: "other".into(),
        severity: "medium".into(),
        description: text.into(),
        share_with_pair: "on".into(),
    }
}

#[tokio::test]
async fn anyone_signed_in_reaches_the_team_and_the_author_answers_in_the_thread() {
    let db = fresh_db().await;
    let p = pair(&db, "ct").await;
    let waiting = person(&db, "waiting@lib.org", Role::Coach).await;
    let stranger = person(&db, "stranger@lib.org", Role::Coach).await;
    let now: Timestamp = "2027-04-01T03:00:00Z".parse().unwrap();

    // A coach without a partnership raises one: the team sees it, nobody else.
    let id = commitments::raise_concern(
        &db,
        &waiting,
        &concern(0, "Nobody has matched me yet, months on."),
        now,
    )
    .await
    .unwrap();
    let mine = commitments::concerns(&db, &waiting, now).await.unwrap();
    assert_eq!(mine.concerns.len(), 1);
    assert_eq!(mine.concerns[0].pair, "No partnership");
    assert!(mine.partnerships.is_empty());
    assert!(
        !mine.concerns[0].shared_with_pair,
        "no pair to share it with"
    );
    let team = commitments::concerns(&db, &p.chair, now).await.unwrap();
    assert!(team.concerns.iter().any(|c| c.id == id));
    for denied in [&stranger, &p.coach, &p.partner] {
        assert!(matches!(
            commitments::concern_detail(&db, denied, id, now).await,
            Err(ServiceError::NotFound)
        ));
    }
    let share = ConcernShareForm {
        concern_id: id,
        share: "on".into(),
    };
    assert!(matches!(
        commitments::share_concern(&db, &waiting, &share, now).await,
        Err(ServiceError::Conflict(_))
    ));

    // The author answers; a resend adds nothing; the chair is told.
    let reply = ConcernReplyForm {
        concern_id: id,
        reply: "I can start in June.".into(),
        request_key: common::key(),
    };
    commitments::reply_to_concern(&db, &waiting, &reply, now)
        .await
        .unwrap();
    commitments::reply_to_concern(&db, &waiting, &reply, now)
        .await
        .unwrap();
    let d = commitments::concern_detail(&db, &p.chair, id, now)
        .await
        .unwrap();
    assert_eq!(d.concern.responses.len(), 1);
    assert_eq!(d.concern.responses[0].body, "I can start in June.");
    assert!(d.audit.iter().any(|a| a.action == "the author answered"));
    let told = notification::Entity::find()
        .filter(notification::Column::PersonId.eq(p.chair.id))
        .filter(notification::Column::Body.contains("answered in its thread"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(told, 1);
    // Nobody else answers as its author: not the team (it responds by handling it), not a stranger.
    let other = ConcernReplyForm {
        request_key: common::key(),
        ..reply.clone()
    };
    assert!(matches!(
        commitments::reply_to_concern(&db, &p.chair, &other, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        commitments::reply_to_concern(&db, &stranger, &other, now).await,
        Err(ServiceError::NotFound)
    ));
    // An empty answer is refused next to its field.
    let empty = ConcernReplyForm {
        reply: "  ".into(),
        request_key: common::key(),
        ..reply
    };
    match commitments::reply_to_concern(&db, &waiting, &empty, now).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("reply").is_some()),
        other => panic!("{other:?}"),
    }

    // A partner with a partnership may also write about something else: not shared with the pair.
    let aside = commitments::raise_concern(
        &db,
        &p.partner,
        &concern(0, "A question about the conference."),
        now,
    )
    .await
    .unwrap();
    assert!(matches!(
        commitments::concern_detail(&db, &p.coach, aside, now).await,
        Err(ServiceError::NotFound)
    ));
    // A partnership that is not the caller's is refused.
    let theirs = pair(&db, "ct2").await;
    assert!(matches!(
        commitments::raise_concern(
            &db,
            &waiting,
            &concern(theirs.id, "About someone else."),
            now
        )
        .await,
        Err(ServiceError::NotFound)
    ));
}
