//! Co-shared stories: only an entry's author shares it, as a copy; anonymity hides the name from
//! everyone but the team and the author; the other member is told; a resend stores once; the
//! author withdraws and the team hides; other pairs and outsiders are refused.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::stories as st;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::Role;
use shared::story::{StoryForm, StoryKind};

const PRIVATE: &str = "Our director asked us to keep the budget figures private: 12,400 dollars.";

async fn entry(db: &sea_orm::DatabaseConnection, p: &Pair) -> i64 {
    crate::partner_entry(db, p, "difficulty", PRIVATE).await
}

fn story(p: &Pair, entry: i64, shown_as: &str) -> StoryForm {
    StoryForm {
        partnership_id: p.id,
        entry_id: entry,
        kind: "difficulty".into(),
        title: "Half the budget, the same services".into(),
        body: "We chose three services to keep and told the faculty why.".into(),
        shown_as: shown_as.into(),
    }
}

#[tokio::test]
async fn an_anonymous_story_shows_no_name_but_to_the_team_and_its_author() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let e = entry(&db, &p).await;

    let draft = st::draft(&db, &p.partner, p.id, e).await.unwrap();
    assert_eq!(draft.form.body, PRIVATE, "the copy starts from the entry");
    assert_eq!(draft.form.kind, "difficulty");
    assert_eq!(draft.other_name, "Anna Keller");
    assert_eq!(draft.area_code, "collections");
    assert_eq!(draft.shared_as, None);

    let id = st::share(
        &db,
        &p.partner,
        &story(&p, e, "anonymous"),
        Timestamp::now(),
    )
    .await
    .unwrap();
    // A coach of another pair reads it without the partner's name, and without what was cut.
    let page = st::stories(&db, &q.coach).await.unwrap();
    assert_eq!(page.stories.len(), 1);
    let s = &page.stories[0];
    assert_eq!(s.id, id);
    assert_eq!(s.kind, StoryKind::Difficulty);
    assert_eq!(s.author, None);
    assert!(s.anonymous);
    assert_eq!(
        (s.area_code.as_str(), s.cohort.as_str()),
        ("collections", "2027-2028")
    );
    assert!(!s.body.contains("12,400"), "the edited copy, not the entry");
    assert!(!page.can_moderate);
    // Nor does the pair's own coach see whose it is through the story (they are told by
    // notification, below); the team and the author do.
    assert_eq!(
        st::stories(&db, &p.coach).await.unwrap().stories[0].author,
        None
    );
    let team = st::stories(&db, &p.chair).await.unwrap();
    assert_eq!(team.stories[0].author.as_deref(), Some("Sophea Chan"));
    assert!(team.can_moderate);
    let mine = st::stories(&db, &p.partner).await.unwrap();
    assert!(mine.stories[0].mine);
    assert_eq!(mine.stories[0].author.as_deref(), Some("Sophea Chan"));

    // The journal entry itself is unchanged and still the pair's alone.
    let journal = ws::journal(&db, &p.partner, p.id, Timestamp::now())
        .await
        .unwrap();
    let kept = journal.entries.iter().find(|x| x.id == e).unwrap();
    assert_eq!(kept.body, PRIVATE);
    assert!(!kept.shared);
}

#[tokio::test]
async fn the_other_member_is_told_and_a_resend_stores_once() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let e = entry(&db, &p).await;
    let first = st::share(&db, &p.partner, &story(&p, e, "name"), Timestamp::now())
        .await
        .unwrap();
    let again = st::share(&db, &p.partner, &story(&p, e, "name"), Timestamp::now())
        .await
        .unwrap();
    assert_eq!(first, again);
    assert_eq!(st::stories(&db, &p.coach).await.unwrap().stories.len(), 1);
    assert_eq!(
        st::draft(&db, &p.partner, p.id, e).await.unwrap().shared_as,
        Some(first)
    );
    let told = ws::unread_notifications(&db, &p.coach).await.unwrap();
    let n = told
        .iter()
        .find(|n| n.link == format!("/community/stories#story-{first}"))
        .expect("the coach is told");
    assert!(n.body.contains("Sophea Chan"), "{}", n.body);
    assert!(n.body.contains("Half the budget"), "{}", n.body);
    let named = st::stories(&db, &p.coach).await.unwrap();
    assert_eq!(named.stories[0].author.as_deref(), Some("Sophea Chan"));
}

#[tokio::test]
async fn only_the_author_shares_and_nobody_outside_reads() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let e = entry(&db, &p).await;
    // The other member of the pair: not their entry.
    assert!(matches!(
        st::share(&db, &p.coach, &story(&p, e, "name"), Timestamp::now()).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        st::draft(&db, &p.coach, p.id, e).await,
        Err(ServiceError::Forbidden)
    ));
    // Another pair, and the team: not their partnership.
    assert!(matches!(
        st::share(&db, &q.partner, &story(&p, e, "name"), Timestamp::now()).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        st::draft(&db, &p.chair, p.id, e).await,
        Err(ServiceError::Forbidden)
    ));
    // The entry under another partnership's number is not found.
    assert!(matches!(
        st::share(&db, &q.partner, &story(&q, e, "name"), Timestamp::now()).await,
        Err(ServiceError::NotFound)
    ));
    // A form with nothing chosen stores nothing.
    match st::share(&db, &p.partner, &story(&p, e, ""), Timestamp::now()).await {
        Err(ServiceError::Validation(errors)) => assert!(errors.first("shown_as").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    let outsider = crate::common::person(&db, "visitor@x.org", Role::Coach).await;
    assert!(
        st::stories(&db, &outsider)
            .await
            .unwrap()
            .stories
            .is_empty(),
        "nothing was shared"
    );
}

#[tokio::test]
async fn the_author_withdraws_and_the_team_hides() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let e = entry(&db, &p).await;
    let id = st::share(&db, &p.partner, &story(&p, e, "name"), Timestamp::now())
        .await
        .unwrap();

    assert!(matches!(
        st::hide(&db, &p.coach, id, true, Timestamp::now()).await,
        Err(ServiceError::Forbidden)
    ));
    st::hide(&db, &p.chair, id, true, Timestamp::now())
        .await
        .unwrap();
    let reader = st::stories(&db, &q.coach).await.unwrap();
    let s = &reader.stories[0];
    assert!(s.hidden);
    assert!(s.title.is_empty() && s.body.is_empty() && s.author.is_none());
    let author = st::stories(&db, &p.partner).await.unwrap();
    assert!(author.stories[0].hidden && !author.stories[0].body.is_empty());
    st::hide(&db, &p.chair, id, false, Timestamp::now())
        .await
        .unwrap();
    assert!(!st::stories(&db, &q.coach).await.unwrap().stories[0].hidden);

    assert!(matches!(
        st::withdraw(&db, &p.coach, id).await,
        Err(ServiceError::Forbidden)
    ));
    st::withdraw(&db, &p.partner, id).await.unwrap();
    assert!(st::stories(&db, &q.coach).await.unwrap().stories.is_empty());
    assert!(matches!(
        st::withdraw(&db, &p.partner, id).await,
        Err(ServiceError::NotFound)
    ));
    // The entry may be shared again.
    assert_eq!(
        st::draft(&db, &p.partner, p.id, e).await.unwrap().shared_as,
        None
    );
}
