//! One box over the community: the library, the stories and the directory, each only as its own
//! page shows the reader: no anonymous author's name, no hidden story, nobody who stayed out of
//! the directory; nothing for someone outside the programme.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::{directory as dir, library as lib, search, stories as st};
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::i18n::Lang;
use shared::library::LibraryForm;
use shared::partnership::JournalForm;
use shared::story::StoryForm;

#[tokio::test]
async fn one_box_finds_what_each_page_would_show() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let now = Timestamp::now();
    let mut f = LibraryForm {
        title: "Night opening checklist".into(),
        summary: "Staff, keys and lights for exam weeks.".into(),
        url: "https://example.org/night".into(),
        request_key: crate::common::key(),
        ..Default::default()
    };
    f.area_facilities = "on".into();
    lib::add(&db, &q.coach, &f, None, now).await.unwrap();
    let e = ws::add_journal_entry(
        &db,
        &p.partner,
        &JournalForm {
            partnership_id: p.id,
            kind: "success".into(),
            body: "We opened at night in exam weeks.".into(),
            share: String::new(),
            request_key: crate::common::key(),
        },
        now,
    )
    .await
    .unwrap();
    let story = st::share(
        &db,
        &p.partner,
        &StoryForm {
            partnership_id: p.id,
            entry_id: e,
            kind: "success".into(),
            title: "Night opening in exam weeks".into(),
            body: "Students asked for it; the rector agreed.".into(),
            shown_as: "anonymous".into(),
        },
        now,
    )
    .await
    .unwrap();
    // The partner of the first pair joins the directory; the second pair's stays out.
    dir::save_listing(
        &db,
        &p.partner,
        &shared::directory::ListingForm {
            listed: "on".into(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();

    let found = search::search_page(&db, &q.coach, "night", Lang::En)
        .await
        .unwrap();
    assert_eq!(found.words, "night");
    assert_eq!(found.library.len(), 1);
    assert_eq!(found.library[0].context, "Facilities");
    assert_eq!(found.stories.len(), 1);
    assert_eq!(
        found.stories[0].href,
        format!("/community/stories#story-{story}")
    );
    assert!(
        !found.stories[0].context.contains("Sophea"),
        "an anonymous story names nobody: {}",
        found.stories[0].context
    );
    let team = search::search_page(&db, &p.chair, "night", Lang::En)
        .await
        .unwrap();
    assert!(
        team.stories[0].context.contains("Sophea Chan"),
        "the team sees who wrote it"
    );

    // People: the listed partner is found by name and by city; the unlisted one is not.
    let people = search::search_page(&db, &q.coach, "sophea", Lang::En)
        .await
        .unwrap();
    assert_eq!(people.people.len(), 1);
    assert_eq!(
        people.people[0].href,
        format!("/community/people#person-{}", p.partner.id)
    );
    assert!(
        people.stories.is_empty(),
        "the anonymous author is not found by name"
    );

    st::hide(&db, &p.chair, story, true, now).await.unwrap();
    let after = search::search_page(&db, &q.coach, "night", Lang::En)
        .await
        .unwrap();
    assert!(after.stories.is_empty(), "a hidden story leaves search");

    let none = search::search_page(&db, &q.coach, "  *** ", Lang::En)
        .await
        .unwrap();
    assert!(none.words.is_empty() && none.is_empty());
    let mut nobody = q.coach.clone();
    nobody.roles.clear();
    assert!(matches!(
        search::search_page(&db, &nobody, "night", Lang::En).await,
        Err(ServiceError::Forbidden)
    ));
}
