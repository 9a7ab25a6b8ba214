//! One box over the community: the library, the stories and the directory, each only as its own
//! page shows the reader: no anonymous author's name, no hidden story, nobody who stayed out of
//! the directory; nothing for someone outside the programme. The index and the `LIKE` rule give
//! the same answer, and a story enters and leaves search with what its readers see.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::{directory as dir, library as lib, search, stories as st};
use app::server::ServiceError;
use jiff::Timestamp;
use shared::i18n::Lang;
use shared::library::LibraryForm;
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
    let e = crate::partner_entry(&db, &p, "success", "We opened at night in exam weeks.").await;
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

fn library_form(title: &str, summary: &str) -> LibraryForm {
    LibraryForm {
        title: title.into(),
        summary: summary.into(),
        url: "https://example.org/guide".into(),
        area_facilities: "on".into(),
        request_key: crate::common::key(),
        ..Default::default()
    }
}

#[tokio::test]
async fn the_same_rule_answers_on_any_engine() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let now = Timestamp::now();
    for (title, summary) in [
        ("Planning a reading room", "Light and seating."),
        ("Reading programmes", "For first-year students."),
        ("Annual report", "What the library did, spaceless."),
    ] {
        lib::add(&db, &p.coach, &library_form(title, summary), None, now)
            .await
            .unwrap();
    }
    use app::server::search::{self, Kind};
    use shared::search::Query;
    for q in [
        "read",
        "reading room",
        "space",
        "annual",
        "zebra",
        "students first",
    ] {
        let query = Query::parse(q);
        let mut fts = search::find(&db, Kind::Library, &query, 50).await.unwrap();
        let mut like = search::find_by_prefix(&db, Kind::Library, &query, 50)
            .await
            .unwrap();
        fts.sort_unstable();
        like.sort_unstable();
        assert_eq!(fts, like, "{q}");
    }
}

#[tokio::test]
async fn stories_enter_and_leave_search_with_what_readers_see() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let now = Timestamp::now();
    let e = crate::partner_entry(&db, &p, "success", "We opened at night in exam weeks.").await;
    let s = st::share(
        &db,
        &p.partner,
        &StoryForm {
            partnership_id: p.id,
            entry_id: e,
            kind: "success".into(),
            title: "Night opening in exam weeks".into(),
            body: "Students asked; we tried it.".into(),
            shown_as: "anonymous".into(),
        },
        now,
    )
    .await
    .unwrap();
    use app::server::search::{self, Kind};
    use shared::search::Query;
    let found = |q: &'static str| {
        let db = db.clone();
        async move {
            search::find(&db, Kind::Story, &Query::parse(q), 10)
                .await
                .unwrap()
        }
    };
    assert_eq!(found("exam").await, [s]);
    assert!(
        found("sophea").await.is_empty(),
        "an anonymous author's name is not indexed"
    );
    st::hide(&db, &p.chair, s, true, now).await.unwrap();
    assert!(found("exam").await.is_empty());
    st::hide(&db, &p.chair, s, false, now).await.unwrap();
    assert_eq!(found("exam").await, [s]);
    st::withdraw(&db, &p.partner, s).await.unwrap();
    assert!(found("exam").await.is_empty());
}

/// On PostgreSQL the trigram index of migration 39 answers the word search: among 10,000
/// documents the plan for a rare word goes through it (an index built on another expression
/// than the query's could not be used, and without it every document of the kind is read), and
/// the answers stay those of the rule.
#[tokio::test]
async fn on_postgres_the_trigram_indexes_answer_the_word_search() {
    use app::server::search::{Kind, find, prefix_statement};
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    use shared::search::Query;

    let db = fresh_db().await;
    if db.get_database_backend() != DbBackend::Postgres {
        return; // SQLite searches its FTS5 indexes (the tests above).
    }
    db.execute_unprepared(
        "INSERT INTO search_doc (kind, ref_id, title, body) \
         SELECT 'library', g, 'Reading room plan ' || g, \
         repeat('Opening hours, study spaces and a quiet floor for exams ', 6) || g \
         FROM generate_series(1, 10000) AS g; \
         INSERT INTO search_doc (kind, ref_id, title, body) \
         VALUES ('library', 20001, 'Quiet carrels', 'Soundproof booths for the thesis season')",
    )
    .await
    .unwrap();
    // As autovacuum would: the index's pending list merged, the table's statistics taken.
    db.execute_unprepared("VACUUM ANALYZE search_doc")
        .await
        .unwrap();

    let rare = Query::parse("soundproof");
    let statement = prefix_statement(DbBackend::Postgres, Kind::Library, &rare, 20);
    let plan: Vec<String> = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!("EXPLAIN {}", statement.sql),
            statement.values.map(|v| v.0).unwrap_or_default(),
        ))
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect();
    let plan = plan.join("\n");
    assert!(
        plan.contains("Bitmap Index Scan on ix_search_doc_words"),
        "{plan}"
    );

    assert_eq!(
        find(&db, Kind::Library, &rare, 20).await.unwrap(),
        vec![20001]
    );
    // The start of a word only, as on SQLite: "proof" is inside "Soundproof".
    assert!(
        find(&db, Kind::Library, &Query::parse("proof"), 20)
            .await
            .unwrap()
            .is_empty()
    );
    let common = find(&db, Kind::Library, &Query::parse("study spa"), 20)
        .await
        .unwrap();
    assert_eq!(common.len(), 20);
    assert_eq!(common.first(), Some(&10000), "newest first");
}
