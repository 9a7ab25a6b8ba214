//! Suggestions, their reasons across the clock changes, and making a match.

use crate::common::pairs::*;
use crate::common::{fresh_db, person};
use app::features::matching::service as matching;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::Role;
use shared::partnership::*;
use shared::programme::ObjectiveArea;

#[tokio::test]
async fn suggestions_are_ranked_and_explained_across_the_clock_changes() {
    let db = fresh_db().await;
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let berlin = someone(
        &db,
        "anna@lib.de",
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["German", "French"],
        "Anna Keller",
    )
    .await;
    let toronto = someone(
        &db,
        "marcus@lib.ca",
        Role::Coach,
        "America/Toronto",
        (9, 17),
        &["English", "French"],
        "Marcus Reid",
    )
    .await;
    let partner = someone(
        &db,
        "dara@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer", "French"],
        "Dara Kim",
    )
    .await;
    with_intake(&db, &partner, "collections").await;
    coach_in(
        &db,
        &chair,
        &cohort,
        &berlin,
        &[ObjectiveArea::CollectionsAndAccess],
    )
    .await;
    coach_in(
        &db,
        &chair,
        &cohort,
        &toronto,
        &[ObjectiveArea::PeopleAndTraining],
    )
    .await;

    let v = matching::matching_view(&db, &chair, Some(&cohort.slug))
        .await
        .unwrap();
    assert_eq!(
        (v.starts_on.as_str(), v.ends_on.as_str()),
        ("2027-03-01", "2028-02-29")
    );
    let p = v.partners.iter().find(|p| p.id == partner.id).unwrap();
    let names: Vec<&str> = p
        .suggestions
        .iter()
        .map(|s| s.coach_name.as_str())
        .collect();
    assert_eq!(names, ["Anna Keller", "Marcus Reid"]);
    let best = &p.suggestions[0].score;
    // Berlin 09-17 meets Phnom Penh 08-17 for 2 h in winter, 3 h from Europe's change on
    // 28 March 2027, 2 h again from 31 October 2027.
    assert_eq!(
        best.why(shared::i18n::Lang::En),
        "2 h a day overlap, 3 h from 28 Mar 2027, 2 h from 31 Oct 2027; expertise in collections and information access; both speak French; 0 of 1 partner taken"
    );
    let other = &p.suggestions[1].score;
    assert!(
        other
            .warnings(shared::i18n::Lang::En)
            .iter()
            .any(|w| w.contains("no stated expertise"))
    );
    assert!(
        other
            .why(shared::i18n::Lang::En)
            .starts_with("no overlap in working hours")
    );
    assert_eq!(v.coaches.len(), 2);

    // Only the chair sees the matching page.
    for who in [&berlin, &partner] {
        assert!(matches!(
            matching::matching_view(&db, who, None).await,
            Err(ServiceError::Forbidden)
        ));
    }
}

#[tokio::test]
async fn matching_tells_both_refuses_a_second_match_and_asks_before_exceeding_capacity() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    for who in [&p.coach, &p.partner] {
        let news = ws::unread_notifications(&db, who).await.unwrap();
        assert_eq!(news.len(), 1, "one notification each");
        assert_eq!(news[0].link, format!("/partnerships/{}", p.id));
    }
    // The same partner again: refused, and nothing is written.
    let again = matching::create_partnership(
        &db,
        &p.chair,
        &match_form(&p.cohort, &p.partner, &p.coach),
        Timestamp::now(),
    )
    .await;
    assert!(matches!(again, Err(ServiceError::Conflict(_))), "{again:?}");
    // Another partner for a coach at capacity (1): the chair must confirm.
    let second = someone(
        &db,
        "second@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer"],
        "Vanna Sok",
    )
    .await;
    let second = with_intake(&db, &second, "facilities").await;
    let refused = matching::create_partnership(
        &db,
        &p.chair,
        &match_form(&p.cohort, &second, &p.coach),
        Timestamp::now(),
    )
    .await;
    match refused {
        Err(ServiceError::Validation(e)) => {
            assert!(e.first("over_capacity").unwrap().contains("1 of 1"))
        }
        other => panic!("{other:?}"),
    }
    let confirmed = MatchForm {
        over_capacity: "on".into(),
        ..match_form(&p.cohort, &second, &p.coach)
    };
    matching::create_partnership(&db, &p.chair, &confirmed, Timestamp::now())
        .await
        .unwrap();
    let v = matching::matching_view(&db, &p.chair, None).await.unwrap();
    let coach = v.coaches.iter().find(|c| c.id == p.coach.id).unwrap();
    assert_eq!((coach.load, coach.capacity), (2, 1));
    // Capacity is the chair's to set, within 1-5.
    assert!(matches!(
        matching::set_capacity(&db, &p.chair, p.cohort.id, p.coach.id, "9").await,
        Err(ServiceError::Validation(_))
    ));
    assert_eq!(
        matching::set_capacity(&db, &p.chair, p.cohort.id, p.coach.id, "3")
            .await
            .unwrap(),
        3
    );
    assert!(matches!(
        matching::set_capacity(&db, &p.coach, p.cohort.id, p.coach.id, "3").await,
        Err(ServiceError::Forbidden)
    ));
    // Only the chair matches.
    let third = with_intake(
        &db,
        &someone(
            &db,
            "third@lib.kh",
            Role::Partner,
            "Asia/Phnom_Penh",
            (8, 17),
            &["Khmer"],
            "Third",
        )
        .await,
        "advocacy",
    )
    .await;
    assert!(matches!(
        matching::create_partnership(
            &db,
            &p.coach,
            &match_form(&p.cohort, &third, &p.coach),
            Timestamp::now()
        )
        .await,
        Err(ServiceError::Forbidden)
    ));
}
