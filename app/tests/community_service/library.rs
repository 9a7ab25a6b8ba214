//! The resource library: a member adds a link or a file once, found by its words and area; the
//! author of a pair's resource shares a copy in one step and nothing else of the pair goes; the
//! team features, edits and removes, and a removed item leaves search; others are refused.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::library as lib;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::library::{FileKind, LibraryFilter, LibraryForm};
use shared::partnership::{JournalForm, ResourceForm};

fn form(title: &str, summary: &str, area: &str) -> LibraryForm {
    let mut f = LibraryForm {
        title: title.into(),
        summary: summary.into(),
        url: "https://example.org/guide".into(),
        tags: "space planning, Khmer".into(),
        request_key: crate::common::key(),
        ..Default::default()
    };
    *f.area_box(area).unwrap() = "on".into();
    f
}

fn find(q: &str, area: &str) -> LibraryFilter {
    LibraryFilter {
        q: q.into(),
        area: area.into(),
    }
}

async fn titles(
    db: &sea_orm::DatabaseConnection,
    who: &shared::account::CurrentUser,
    f: LibraryFilter,
) -> Vec<String> {
    lib::library_page(db, who, &f)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.title)
        .collect()
}

#[tokio::test]
async fn an_item_is_found_by_its_words_tags_and_area() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let now = Timestamp::now();
    let f = form(
        "Planning a reading room",
        "Light, seating and quiet zones.",
        "facilities",
    );
    let id = lib::add(&db, &p.coach, &f, None, now).await.unwrap();
    // A resend of the same form stores nothing new.
    assert_eq!(lib::add(&db, &p.coach, &f, None, now).await.unwrap(), id);
    lib::add(
        &db,
        &p.partner,
        &form(
            "Weeding the collection",
            "How to decide what leaves the shelves.",
            "collections",
        ),
        None,
        now,
    )
    .await
    .unwrap();

    let all = lib::library_page(&db, &p.partner, &find("", ""))
        .await
        .unwrap();
    assert_eq!((all.total, all.matching, all.items.len()), (2, 2, 2));
    assert_eq!(all.items[0].title, "Weeding the collection", "newest first");
    assert_eq!(all.items[1].added_by, "Anna Keller");
    assert_eq!(all.items[1].tags, ["space planning", "khmer"]);
    assert!(!all.can_moderate);

    // By a word of the title, of the summary (as a prefix), of a tag, of an area's name.
    assert_eq!(
        titles(&db, &p.partner, find("reading", "")).await,
        ["Planning a reading room"]
    );
    assert_eq!(
        titles(&db, &p.partner, find("SHEL", "")).await,
        ["Weeding the collection"]
    );
    assert_eq!(titles(&db, &p.partner, find("khmer", "")).await.len(), 2);
    assert_eq!(
        titles(&db, &p.partner, find("spaces", "")).await,
        ["Planning a reading room"]
    );
    // Every word must match; an area narrows; nothing found is an empty list.
    assert!(
        titles(&db, &p.partner, find("reading weeding", ""))
            .await
            .is_empty()
    );
    assert_eq!(
        titles(&db, &p.partner, find("khmer", "collections")).await,
        ["Weeding the collection"]
    );
    // Typed syntax is only words: OR is a word to find, quotes and stars are nothing.
    assert!(
        titles(&db, &p.partner, find("reading OR zebra", ""))
            .await
            .is_empty()
    );
    assert_eq!(
        titles(&db, &p.partner, find("\"reading*", "")).await,
        ["Planning a reading room"]
    );
    let none = lib::library_page(&db, &p.partner, &find("zebra", ""))
        .await
        .unwrap();
    assert_eq!((none.total, none.matching), (2, 0));

    let page = lib::item_page(&db, &p.partner, id).await.unwrap();
    assert!(!page.can_remove && !page.can_moderate);
    assert_eq!(page.form.areas(), page.item.areas);
    assert!(lib::item_page(&db, &p.coach, id).await.unwrap().can_remove);
}

#[tokio::test]
async fn a_file_is_stored_apart_and_given_to_members_only() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".to_vec();
    let mut f = form("Signage guide", "Pictures of good signs.", "facilities");
    f.url = String::new();
    // Neither a link nor a file: refused on the link.
    match lib::add(&db, &p.coach, &f, None, Timestamp::now()).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("url").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    let upload = lib::Upload {
        kind: FileKind::Pdf,
        file_name: "signs <b>guide</b>.pdf".into(),
        bytes: pdf.clone(),
    };
    let id = lib::add(&db, &p.coach, &f, Some(upload), Timestamp::now())
        .await
        .unwrap();
    let item = lib::item_page(&db, &p.partner, id).await.unwrap().item;
    let file = item.file.unwrap();
    assert_eq!(
        (file.kind, file.size_bytes),
        (FileKind::Pdf, pdf.len() as i64)
    );
    assert_eq!(item.url, None);
    let (kind, name, bytes) = lib::file(&db, &p.partner, id).await.unwrap();
    assert_eq!(
        (kind, name.as_str(), bytes),
        (FileKind::Pdf, "signs <b>guide</b>.pdf", pdf)
    );
    let mut nobody = p.partner.clone();
    nobody.roles.clear();
    assert!(matches!(
        lib::file(&db, &nobody, id).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        lib::library_page(&db, &nobody, &find("", "")).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        lib::item_page(&db, &nobody, id).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        lib::add(
            &db,
            &nobody,
            &form("x", "", "facilities"),
            None,
            Timestamp::now()
        )
        .await,
        Err(ServiceError::Forbidden)
    ));
    // A link-only item has no file.
    let link = lib::add(
        &db,
        &p.coach,
        &form("Link", "", "facilities"),
        None,
        Timestamp::now(),
    )
    .await
    .unwrap();
    assert!(matches!(
        lib::file(&db, &p.partner, link).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn sharing_a_pair_resource_copies_only_what_its_author_chose() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let now = Timestamp::now();
    ws::add_journal_entry(
        &db,
        &p.partner,
        &JournalForm {
            partnership_id: p.id,
            kind: "note".into(),
            body: "PAIR-PRIVATE budget notes".into(),
            share: String::new(),
            request_key: crate::common::key(),
        },
        now,
    )
    .await
    .unwrap();
    let r = ws::add_resource(
        &db,
        &p.coach,
        &ResourceForm {
            partnership_id: p.id,
            title: "Collection policy template".into(),
            url: "https://example.org/policy".into(),
            note: "Adapt section 3 to your faculty.".into(),
            area: "collections".into(),
            request_key: crate::common::key(),
        },
        now,
    )
    .await
    .unwrap();
    let view = ws::resources(&db, &p.coach, p.id, now).await.unwrap();
    assert!(view.resources[0].mine && view.resources[0].in_library.is_none());
    assert!(
        !ws::resources(&db, &p.partner, p.id, now)
            .await
            .unwrap()
            .resources[0]
            .mine
    );

    // Only its author shares it; the other member, another pair and the team cannot.
    for who in [&p.partner, &p.chair] {
        assert!(lib::share_resource(&db, who, p.id, r, now).await.is_err());
    }
    assert!(matches!(
        lib::share_resource(&db, &q.coach, p.id, r, now).await,
        Err(ServiceError::Forbidden | ServiceError::NotFound)
    ));
    assert!(matches!(
        lib::share_resource(&db, &q.coach, q.id, r, now).await,
        Err(ServiceError::NotFound)
    ));
    assert!(
        lib::library_page(&db, &q.coach, &find("", ""))
            .await
            .unwrap()
            .items
            .is_empty()
    );

    let id = lib::share_resource(&db, &p.coach, p.id, r, now)
        .await
        .unwrap();
    assert_eq!(
        lib::share_resource(&db, &p.coach, p.id, r, now)
            .await
            .unwrap(),
        id,
        "once"
    );
    let seen = lib::library_page(&db, &q.partner, &find("", ""))
        .await
        .unwrap();
    assert_eq!(seen.items.len(), 1);
    let item = &seen.items[0];
    assert_eq!(item.title, "Collection policy template");
    assert_eq!(item.summary, "Adapt section 3 to your faculty.");
    assert_eq!(item.url.as_deref(), Some("https://example.org/policy"));
    assert_eq!(
        item.areas,
        [shared::programme::ObjectiveArea::CollectionsAndAccess]
    );
    assert!(
        titles(&db, &q.partner, find("budget", "")).await.is_empty(),
        "the journal stays"
    );
    assert_eq!(
        ws::resources(&db, &p.coach, p.id, now)
            .await
            .unwrap()
            .resources[0]
            .in_library,
        Some(id)
    );
}

#[tokio::test]
async fn the_team_features_edits_and_removes_and_search_forgets() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let q = pair(&db, "b").await;
    let now = Timestamp::now();
    let old = lib::add(
        &db,
        &p.coach,
        &form("Old guide", "", "facilities"),
        None,
        now,
    )
    .await
    .unwrap();
    let id = lib::add(
        &db,
        &q.coach,
        &form("Marketing plan", "Posters and visits.", "advocacy"),
        None,
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        titles(&db, &p.partner, find("", "")).await[0],
        "Marketing plan"
    );

    for (who, allowed) in [(&p.coach, false), (&p.partner, false), (&p.chair, true)] {
        assert_eq!(
            lib::feature(&db, who, old, true, now).await.is_ok(),
            allowed
        );
    }
    assert_eq!(
        titles(&db, &p.partner, find("", "")).await[0],
        "Old guide",
        "featured first"
    );

    let mut edit = form(
        "Outreach plan",
        "Posters, visits and a radio slot.",
        "advocacy",
    );
    edit.id = id;
    edit.area_training = "on".into();
    assert!(matches!(
        lib::edit(&db, &q.coach, &edit, now).await,
        Err(ServiceError::Forbidden)
    ));
    lib::edit(&db, &p.chair, &edit, now).await.unwrap();
    assert_eq!(
        titles(&db, &p.partner, find("radio", "training")).await,
        ["Outreach plan"]
    );
    assert!(
        titles(&db, &p.partner, find("marketing", ""))
            .await
            .is_empty(),
        "old words go"
    );
    let mut bad = edit.clone();
    bad.title = String::new();
    assert!(matches!(
        lib::edit(&db, &p.chair, &bad, now).await,
        Err(ServiceError::Validation(_))
    ));

    // Only the author or the team removes; a removed item leaves search.
    assert!(matches!(
        lib::remove(&db, &p.coach, id).await,
        Err(ServiceError::Forbidden)
    ));
    lib::remove(&db, &q.coach, id).await.unwrap();
    assert!(
        titles(&db, &p.partner, find("outreach", ""))
            .await
            .is_empty()
    );
    assert!(matches!(
        lib::item_page(&db, &p.partner, id).await,
        Err(ServiceError::NotFound)
    ));
    lib::remove(&db, &p.chair, old).await.unwrap();
    let left = lib::library_page(&db, &p.partner, &find("", ""))
        .await
        .unwrap();
    assert_eq!(left.total, 0);
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        app::entities::search_doc::Entity::find()
            .count(&db)
            .await
            .unwrap(),
        0
    );
}
