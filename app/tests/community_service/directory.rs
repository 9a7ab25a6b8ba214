//! The directory: only those who opt in appear, only the contact details they tick show, the
//! filters narrow it, leaving takes effect at once, and nobody outside the programme sees it.

use crate::common::pairs::*;
use crate::common::{fresh_db, person};
use app::entities::person as person_row;
use app::features::community::service::directory as dir;
use app::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, Set};
use shared::Role;
use shared::account::CurrentUser;
use shared::directory::{Filter, Listing, ListingForm};
use shared::pair_card::Share;
use shared::programme::ObjectiveArea;

fn join(email: bool, phone: bool) -> ListingForm {
    let on = |yes: bool| if yes { "on" } else { "" }.to_owned();
    ListingForm {
        listed: on(true),
        show_email: on(email),
        show_phone: on(phone),
        show_whatsapp: String::new(),
    }
}

async fn names(db: &sea_orm::DatabaseConnection, who: &CurrentUser, filter: Filter) -> Vec<String> {
    dir::directory(db, who, filter)
        .await
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.name)
        .collect()
}

#[tokio::test]
async fn nobody_appears_until_they_opt_in_and_leaving_is_at_once() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let page = dir::directory(&db, &p.coach, Filter::default())
        .await
        .unwrap();
    assert_eq!(page.listed, 0);
    assert!(page.entries.is_empty());
    assert!(!page.me_listed);

    dir::save_listing(&db, &p.partner, &join(true, false), Timestamp::now())
        .await
        .unwrap();
    let page = dir::directory(&db, &p.coach, Filter::default())
        .await
        .unwrap();
    assert_eq!(page.listed, 1);
    let e = &page.entries[0];
    assert_eq!(e.name, "Sophea Chan");
    assert_eq!(e.roles, vec![Role::Partner]);
    assert_eq!(e.institution, "Mekong Institute of Technology Library");
    assert_eq!(e.city, "Phnom Penh");
    assert_eq!(e.country, "Cambodia");
    assert_eq!(e.areas, vec![ObjectiveArea::CollectionsAndAccess]);
    assert_eq!(
        e.cohorts,
        vec![("2027-2028".to_owned(), "2027-2028".to_owned())]
    );
    assert_eq!(e.time_zone, "Asia/Phnom_Penh");
    assert!(!page.me_listed, "the coach is not listed");

    // Saving the same choice again stores nothing new.
    dir::save_listing(&db, &p.partner, &join(true, false), Timestamp::now())
        .await
        .unwrap();
    assert_eq!(
        dir::directory(&db, &p.coach, Filter::default())
            .await
            .unwrap()
            .listed,
        1
    );

    let left = dir::save_listing(&db, &p.partner, &ListingForm::default(), Timestamp::now())
        .await
        .unwrap();
    assert_eq!(left, Listing::Out);
    assert_eq!(
        dir::directory(&db, &p.coach, Filter::default())
            .await
            .unwrap()
            .listed,
        0
    );
}

#[tokio::test]
async fn only_the_contact_details_ticked_for_the_directory_show() {
    let db = fresh_db().await;
    let p = pair(&db, "b").await;
    // The partner shares phone and email with their pair, but chooses no detail for the
    // directory.
    person_row::ActiveModel {
        id: Set(p.partner.id),
        phone: Set("+855 12 345 678".into()),
        shares: Set("email,phone".into()),
        ..Default::default()
    }
    .update(&db)
    .await
    .unwrap();
    dir::save_listing(&db, &p.partner, &join(false, false), Timestamp::now())
        .await
        .unwrap();
    let page = dir::directory(&db, &p.coach, Filter::default())
        .await
        .unwrap();
    assert!(
        page.entries[0].contacts.is_empty(),
        "{:?}",
        page.entries[0].contacts
    );

    dir::save_listing(&db, &p.partner, &join(false, true), Timestamp::now())
        .await
        .unwrap();
    let page = dir::directory(&db, &p.coach, Filter::default())
        .await
        .unwrap();
    let contacts = &page.entries[0].contacts;
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].kind, Share::Phone);
    assert_eq!(contacts[0].href, "tel:+85512345678");
}

#[tokio::test]
async fn a_number_not_on_the_card_is_refused_next_to_its_box_and_nothing_is_stored() {
    let db = fresh_db().await;
    let p = pair(&db, "c").await;
    match dir::save_listing(&db, &p.coach, &join(true, true), Timestamp::now()).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("show_phone").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    assert_eq!(
        dir::directory(&db, &p.chair, Filter::default())
            .await
            .unwrap()
            .listed,
        0
    );
}

#[tokio::test]
async fn filters_narrow_by_area_country_language_and_cohort() {
    let db = fresh_db().await;
    let p = pair(&db, "d").await;
    let coach = someone(
        &db,
        "marcus@lakeshore.ca",
        Role::Coach,
        "America/Toronto",
        (9, 17),
        &["English", "French"],
        "Marcus Reid",
    )
    .await;
    coach_in(
        &db,
        &p.chair,
        &p.cohort,
        &coach,
        &[ObjectiveArea::AdvocacyAndServices],
    )
    .await;
    for who in [&p.partner, &p.coach, &coach] {
        dir::save_listing(&db, who, &join(true, false), Timestamp::now())
            .await
            .unwrap();
    }
    let f = |area: &str, language: &str, cohort: &str| Filter {
        area: area.into(),
        language: language.into(),
        cohort: cohort.into(),
        ..Default::default()
    };
    assert_eq!(
        names(&db, &p.partner, f("advocacy", "", "")).await,
        vec!["Marcus Reid"]
    );
    assert_eq!(
        names(&db, &p.partner, f("collections", "", "")).await,
        vec!["Anna Keller", "Sophea Chan"]
    );
    assert_eq!(
        names(&db, &p.partner, f("", "french", "")).await,
        vec!["Marcus Reid"]
    );
    assert_eq!(
        names(&db, &p.partner, f("", "", "2027-2028")).await.len(),
        3
    );
    assert!(
        names(&db, &p.partner, f("", "", "1999-2000"))
            .await
            .is_empty()
    );
    let page = dir::directory(&db, &p.partner, f("advocacy", "", ""))
        .await
        .unwrap();
    assert_eq!(page.listed, 3, "the count is of everyone listed");
    assert_eq!(
        page.choices.languages,
        vec!["English", "French", "German", "Khmer"]
    );
    assert_eq!(
        page.choices.cohorts,
        vec![("2027-2028".to_owned(), "2027-2028".to_owned())]
    );
}

#[tokio::test]
async fn a_closed_account_disappears_from_the_directory() {
    let db = fresh_db().await;
    let p = pair(&db, "e").await;
    dir::save_listing(&db, &p.coach, &join(true, false), Timestamp::now())
        .await
        .unwrap();
    person_row::ActiveModel {
        id: Set(p.coach.id),
        closed_at: Set(Some(Timestamp::now().as_millisecond())),
        ..Default::default()
    }
    .update(&db)
    .await
    .unwrap();
    assert!(names(&db, &p.partner, Filter::default()).await.is_empty());
}

#[tokio::test]
async fn every_role_of_the_programme_may_read_it_and_a_person_without_one_may_not() {
    let db = fresh_db().await;
    let p = pair(&db, "f").await;
    let team = person(&db, "team@iatul.org", Role::Team).await;
    for who in [&p.chair, &team, &p.coach, &p.partner] {
        assert!(dir::directory(&db, who, Filter::default()).await.is_ok());
        assert!(dir::listing_page(&db, who).await.is_ok());
    }
    let mut nobody = p.partner.clone();
    nobody.roles.clear();
    assert!(matches!(
        dir::directory(&db, &nobody, Filter::default()).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        dir::save_listing(&db, &nobody, &join(true, false), Timestamp::now()).await,
        Err(ServiceError::Forbidden)
    ));
}

#[tokio::test]
async fn the_preview_shows_what_others_would_see() {
    let db = fresh_db().await;
    let p = pair(&db, "g").await;
    let page = dir::listing_page(&db, &p.coach).await.unwrap();
    assert_eq!(page.form, ListingForm::default(), "not listed yet");
    assert_eq!(page.preview.name, "Anna Keller");
    assert_eq!(
        page.preview.areas,
        vec![ObjectiveArea::CollectionsAndAccess]
    );
    dir::save_listing(&db, &p.coach, &join(false, false), Timestamp::now())
        .await
        .unwrap();
    let page = dir::listing_page(&db, &p.coach).await.unwrap();
    assert_eq!(page.form.listed, "on");
    assert!(page.preview.contacts.is_empty());
}
