//! Partners belong to a cohort, against a real SQLite database: the chair invites a pasted list
//! (a resend sends nothing twice; an address of a coach stops the whole list), an invited
//! partner joins the cohort on accepting, a cohort's matching shows its own partners only, a
//! second year starts a new intake and leaves the first as it was, and once matched the
//! objective no longer changes through the intake.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{invitation, outbox, partner_intake};
use app::features::auth::service::{accept_invitation, load_user};
use app::features::intake::service as intake;
use app::features::matching::service as matching;
use app::features::programme::service as programme;
use app::server::{AuthSettings, ServiceError};
use common::fresh_db;
use common::pairs::{coach_in, new_cohort, someone};
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use shared::Role;
use shared::account::Acceptance;
use shared::cohort::InvitePartnersForm;
use shared::intake::IntakeForm;
use shared::programme::ObjectiveArea;

fn list(cohort: &str, raw: &str) -> InvitePartnersForm {
    InvitePartnersForm {
        cohort: cohort.into(),
        list: raw.into(),
        language: String::new(),
    }
}

fn intake_form(area: &str) -> IntakeForm {
    IntakeForm {
        library: "Battambang Teachers College Library".into(),
        position: "Head Librarian".into(),
        city: "Battambang".into(),
        time_zone: "Asia/Phnom_Penh".into(),
        languages: "Khmer, English".into(),
        connectivity: "audio".into(),
        preferred_times: "Afternoons after 14:00".into(),
        objective_area: area.into(),
        need: "Our reading room floods each rainy season and we need a plan to protect the collection.".into(),
    }
}

#[tokio::test]
async fn partners_are_invited_into_a_cohort_and_a_second_year_starts_anew() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let first = new_cohort(&db).await;
    let chair = common::person(&db, "chair@iatul.org", Role::Chair).await;
    let coach = someone(
        &db,
        "anna@lib.de",
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["English"],
        "Anna Keller",
    )
    .await;
    let now = Timestamp::now();

    // A line without an address is named; nothing is sent.
    let bad = programme::invite_partners(
        &db,
        &chair,
        &list(&first.slug, "Sok Dara, dara@rupp.edu.kh\nChan Sophea"),
        &settings,
        now,
    )
    .await;
    assert!(
        matches!(bad, Err(ServiceError::Validation(ref e)) if e.first("list").unwrap().starts_with("Line 2:"))
    );
    // A coach's address stops the whole list, by its line.
    let coach_line = programme::invite_partners(
        &db,
        &chair,
        &list(&first.slug, "Sok Dara, dara@rupp.edu.kh\nAnna, ANNA@lib.de"),
        &settings,
        now,
    )
    .await;
    assert!(
        matches!(coach_line, Err(ServiceError::Validation(ref e)) if e.first("list").unwrap().contains("Line 2: anna@lib.de"))
    );
    assert_eq!(invitation::Entity::find().count(&db).await.unwrap(), 0);
    // Only the chair.
    assert!(matches!(
        programme::invite_partners(
            &db,
            &coach,
            &list(&first.slug, "Sok Dara, dara@rupp.edu.kh"),
            &settings,
            now
        )
        .await,
        Err(ServiceError::Forbidden)
    ));

    let two = "Sok Dara, dara@rupp.edu.kh\nChan Sophea <sophea@nuol.edu.kh>";
    let done = programme::invite_partners(&db, &chair, &list(&first.slug, two), &settings, now)
        .await
        .unwrap();
    assert_eq!((done.invited, done.added, done.already), (2, 0, 0));
    // Sent again (a double click): nothing new.
    let again = programme::invite_partners(&db, &chair, &list(&first.slug, two), &settings, now)
        .await
        .unwrap();
    assert_eq!((again.invited, again.already), (0, 2));
    assert_eq!(invitation::Entity::find().count(&db).await.unwrap(), 2);
    assert_eq!(
        outbox::Entity::find()
            .filter(outbox::Column::ToEmail.eq("dara@rupp.edu.kh"))
            .count(&db)
            .await
            .unwrap(),
        1
    );
    // The invitation's expiry is on the cohort's partners' clock, not in UTC.
    let mail = outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq("dara@rupp.edu.kh"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let text = format!("{}{}", mail.body, mail.letter.unwrap_or_default());
    assert!(text.contains(", Phnom Penh time."), "{text}");
    assert!(!text.contains(" UTC"), "{text}");

    // Dara accepts: in the cohort from the start, listed as without an intake.
    let link = common::mailed_link(&db, "dara@rupp.edu.kh").await;
    let (dara, _) = accept_invitation(
        &db,
        Acceptance {
            token: link.trim_start_matches("/invitations/").into(),
            display_name: "Sok Dara".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: vec!["Khmer".into()],
            password: "a long enough password".into(),
        },
        &settings,
        now,
    )
    .await
    .unwrap();
    let view = matching::matching_view(&db, &chair, Some(&first.slug))
        .await
        .unwrap();
    assert_eq!(view.partners_without_intake, ["Sok Dara"]);
    let edit = programme::cohort_edit(&db, &chair, &first.slug, now)
        .await
        .unwrap();
    let states: Vec<(&str, &str)> = edit
        .partners
        .iter()
        .map(|p| (p.name.as_str(), p.state.as_str()))
        .collect();
    assert_eq!(
        states,
        [
            ("Chan Sophea", "Invited; has not signed in yet"),
            ("Sok Dara", "Signed in; has not chosen an objective yet")
        ]
    );
    intake::save(&db, &dara, &intake_form("facilities"), now)
        .await
        .unwrap();
    let dara = load_user(&db, dara.id).await.unwrap();
    let view = matching::matching_view(&db, &chair, Some(&first.slug))
        .await
        .unwrap();
    assert_eq!(view.partners.len(), 1);
    assert!(view.partners_without_intake.is_empty());

    // Matched: the objective is the partnership's; the intake keeps it whatever is sent.
    coach_in(
        &db,
        &chair,
        &first,
        &coach,
        &[ObjectiveArea::FacilitiesAndSpaces],
    )
    .await;
    matching::create_partnership(
        &db,
        &chair,
        &common::pairs::match_form(&first, &dara, &coach),
        now,
    )
    .await
    .unwrap();
    intake::save(
        &db,
        &dara,
        &IntakeForm {
            city: "Siem Reap".into(),
            ..intake_form("training")
        },
        now,
    )
    .await
    .unwrap();
    let mine = intake::intake(&db, &dara).await.unwrap();
    assert!(mine.matched.is_some());
    assert_eq!(mine.form.objective_area, "facilities");
    assert_eq!(mine.form.city, "Siem Reap");

    // The next year: a new cohort. Dara, a partner already, joins it without an invitation,
    // with a new intake that keeps her library but not her objective.
    programme::insert_cohort(
        &db,
        programme::ensure_programme(&db, now).await.unwrap(),
        programme::NewCohort {
            slug: "2028-2029",
            name: "2028-2029",
            country: "Cambodia",
            call_deadline: "2028-01-15T00:00:00Z".parse().unwrap(),
            starts_on: jiff::civil::date(2028, 3, 1),
            is_demo: false,
        },
        now,
    )
    .await
    .unwrap();
    let next = app::entities::cohort::Entity::find()
        .filter(app::entities::cohort::Column::Slug.eq("2028-2029"))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let joined = programme::invite_partners(
        &db,
        &chair,
        &list("2028-2029", "Sok Dara, dara@rupp.edu.kh"),
        &settings,
        now,
    )
    .await
    .unwrap();
    assert_eq!((joined.invited, joined.added), (0, 1));
    let fresh = intake::intake(&db, &dara).await.unwrap();
    assert_eq!(fresh.cohort_name, "2028-2029");
    assert!(!fresh.complete && fresh.matched.is_none());
    assert_eq!(fresh.form.library, "Battambang Teachers College Library");
    assert!(fresh.form.objective_area.is_empty());
    intake::save(&db, &dara, &intake_form("training"), now)
        .await
        .unwrap();
    // Two intakes, the first as it was.
    let rows = partner_intake::Entity::find()
        .filter(partner_intake::Column::PersonId.eq(dara.id))
        .all(&db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    let first_row = rows.iter().find(|r| r.cohort_id == first.id).unwrap();
    assert_eq!(first_row.objective_area, "facilities");
    assert_eq!(
        rows.iter()
            .find(|r| r.cohort_id == next)
            .unwrap()
            .objective_area,
        "training"
    );
    // Each cohort's matching shows its own partners only: Sophea (invited to the first) is in
    // neither list until she signs in; the second cohort shows Dara's new objective.
    let second = matching::matching_view(&db, &chair, Some("2028-2029"))
        .await
        .unwrap();
    assert_eq!(
        second.partners.len(),
        0,
        "Dara is in a current partnership of the first cohort"
    );
}
