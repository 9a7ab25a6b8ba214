//! Discussions: members start threads and reply once per form; a mention tells the person
//! named; an author edits within the hour only; the team hides a post (readers see that it was
//! hidden, search forgets it) and locks a thread; outsiders see nothing.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::{discussions as d, search};
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::{Timestamp, ToSpan};
use shared::discussion::{EditForm, ReplyForm, Space, ThreadForm};
use shared::i18n::Lang;
use shared::markup::{Block, Inline};

fn thread(title: &str, body: &str) -> ThreadForm {
    ThreadForm {
        space: "training".into(),
        title: title.into(),
        body: body.into(),
        request_key: crate::common::key(),
    }
}

fn reply(id: i64, body: &str) -> ReplyForm {
    ReplyForm {
        thread_id: id,
        body: body.into(),
        request_key: crate::common::key(),
    }
}

#[tokio::test]
async fn members_talk_and_a_mention_tells_the_person() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let now = Timestamp::now();
    let f = thread(
        "Onboarding new staff",
        "How do you **welcome** new staff? <script>alert(1)</script>",
    );
    let id = d::start(&db, &p.partner, &f, now).await.unwrap();
    assert_eq!(
        d::start(&db, &p.partner, &f, now).await.unwrap(),
        id,
        "a resend stores once"
    );
    let r = reply(
        id,
        "A buddy for the first month. @Sophea Chan, see [our plan](https://example.org/plan).",
    );
    let first = d::reply(&db, &q.coach, &r, now).await.unwrap();
    assert_eq!(d::reply(&db, &q.coach, &r, now).await.unwrap(), first);

    let list = d::discussions_page(&db, &p.coach, "training")
        .await
        .unwrap();
    assert_eq!(list.space, Some(Space::Training));
    assert_eq!(list.threads.len(), 1);
    assert_eq!(
        (list.threads[0].replies, list.threads[0].author.as_str()),
        (1, "Sophea Chan")
    );
    assert!(
        d::discussions_page(&db, &p.coach, "advocacy")
            .await
            .unwrap()
            .threads
            .is_empty()
    );

    let page = d::thread_page(&db, &p.coach, id, now).await.unwrap();
    assert_eq!(page.posts.len(), 2);
    assert_eq!(
        page.posts[0].blocks,
        [Block::Paragraph(vec![
            Inline::Text("How do you ".into()),
            Inline::Strong("welcome".into()),
            Inline::Text(" new staff? <script>alert(1)</script>".into()),
        ])],
        "markup is text"
    );
    assert!(format!("{:?}", page.posts[1].blocks).contains("https://example.org/plan"));

    // Both pairs' partners are called Sophea Chan: a mention of that name tells both, once
    // each; the author is never told of their own words.
    let told = ws::unread_notifications(&db, &p.partner).await.unwrap();
    assert!(
        told.iter()
            .any(|n| n.body.contains("mentioned you in “Onboarding new staff”"))
    );
    assert!(
        !ws::unread_notifications(&db, &q.coach)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body.contains("mentioned you")),
        "the author is not told of their own words"
    );

    let found = search::search_page(&db, &q.partner, "buddy", Lang::En)
        .await
        .unwrap();
    assert_eq!(found.discussions.len(), 1);
    assert_eq!(
        found.discussions[0].href,
        format!("/community/discussions/{id}#post-{first}")
    );

    let mut nobody = q.coach.clone();
    nobody.roles.clear();
    assert!(matches!(
        d::thread_page(&db, &nobody, id, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        d::reply(&db, &nobody, &reply(id, "hello"), now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        d::discussions_page(&db, &nobody, "").await,
        Err(ServiceError::Forbidden)
    ));
}

#[tokio::test]
async fn an_author_edits_within_the_hour_and_the_team_hides_and_locks() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let t0 = Timestamp::now();
    let id = d::start(
        &db,
        &p.coach,
        &thread("Weeding policies", "Share yours."),
        t0,
    )
    .await
    .unwrap();
    let post = d::reply(
        &db,
        &q.partner,
        &reply(id, "Ours is a spreadsheet of loans."),
        t0,
    )
    .await
    .unwrap();

    let edit = |body: &str| EditForm {
        post_id: post,
        body: body.into(),
    };
    assert!(matches!(
        d::edit(&db, &p.coach, &edit("mine now"), t0).await,
        Err(ServiceError::Forbidden)
    ));
    let page = d::thread_page(&db, &q.partner, id, t0).await.unwrap();
    assert!(page.posts[1].editable.is_some());
    d::edit(
        &db,
        &q.partner,
        &edit("Ours is a spreadsheet of loans per year."),
        t0 + 30.minutes(),
    )
    .await
    .unwrap();
    let late = t0 + 61.minutes();
    assert!(matches!(
        d::edit(&db, &q.partner, &edit("too late"), late).await,
        Err(ServiceError::Conflict(_))
    ));
    let page = d::thread_page(&db, &q.partner, id, late).await.unwrap();
    assert!(page.posts[1].edited && page.posts[1].editable.is_none());

    // The team hides the post: readers see that it was hidden, the author and the team still
    // read it, search forgets it.
    assert!(matches!(
        d::hide(&db, &p.coach, post, true, t0).await,
        Err(ServiceError::Forbidden)
    ));
    d::hide(&db, &p.chair, post, true, t0).await.unwrap();
    let reader = d::thread_page(&db, &p.coach, id, t0).await.unwrap();
    assert!(reader.posts[1].hidden && reader.posts[1].blocks.is_empty());
    let author = d::thread_page(&db, &q.partner, id, t0).await.unwrap();
    assert!(author.posts[1].hidden && !author.posts[1].blocks.is_empty());
    assert!(
        search::search_page(&db, &p.coach, "spreadsheet", Lang::En)
            .await
            .unwrap()
            .discussions
            .is_empty()
    );
    d::hide(&db, &p.chair, post, false, t0).await.unwrap();
    assert_eq!(
        search::search_page(&db, &p.coach, "spreadsheet", Lang::En)
            .await
            .unwrap()
            .discussions
            .len(),
        1
    );

    // A locked thread takes no replies, until the team opens it again.
    assert!(matches!(
        d::lock(&db, &p.coach, id, true, t0).await,
        Err(ServiceError::Forbidden)
    ));
    d::lock(&db, &p.chair, id, true, t0).await.unwrap();
    assert!(matches!(
        d::reply(&db, &p.partner, &reply(id, "One more thought"), t0).await,
        Err(ServiceError::Conflict(_))
    ));
    assert!(
        d::thread_page(&db, &p.partner, id, t0)
            .await
            .unwrap()
            .locked
    );
    d::lock(&db, &p.chair, id, false, t0).await.unwrap();
    d::reply(&db, &p.partner, &reply(id, "One more thought"), t0)
        .await
        .unwrap();
    assert!(matches!(
        d::thread_page(&db, &p.partner, 999_999, t0).await,
        Err(ServiceError::NotFound)
    ));
}
