//! Coach applications against a real SQLite database: drafts, sending with a CV, one per email
//! per cohort, the deadline instant, and withdrawal.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{application, outbox};
use app::features::call::service::{self as call, Upload};
use app::server::ServiceError;
use common::fresh_db;
use jiff::{SignedDuration, Timestamp};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use shared::application::{ApplicationForm, ApplicationStatus};
use shared::cv::CvKind;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

fn form(email: &str) -> ApplicationForm {
    ApplicationForm {
        name: "Marcus Reid".into(),
        email: email.into(),
        position: "Dean of Libraries".into(),
        institution: "Lakeshore University".into(),
        country: "Canada".into(),
        time_zone: "America/Toronto".into(),
        languages: "English, French".into(),
        years_leading: "18".into(),
        expertise: vec!["advocacy".into()],
        expertise_other: String::new(),
        statement: "I have built services with small teams and tight budgets for many years. "
            .repeat(5),
        consent: "on".into(),
    }
}

fn pdf() -> Option<Upload> {
    Some(Upload {
        kind: CvKind::Pdf,
        file_name: "cv.pdf".into(),
        bytes: PDF.to_vec(),
    })
}

/// A database with the demo programme: its current cohort's call is open.
async fn open_call() -> (sea_orm::DatabaseConnection, String, Timestamp) {
    let db = fresh_db().await;
    app::features::programme::demo::seed_demo(&db, Timestamp::now())
        .await
        .unwrap();
    let cohort = call::cohort_view(&db, None, Timestamp::now())
        .await
        .unwrap();
    assert!(cohort.call_open);
    let deadline: Timestamp = cohort.call_deadline_utc.parse().unwrap();
    (db, cohort.slug, deadline)
}

/// Saves an application in English to the cohort `slug` (a new one when `token` is `None`).
async fn apply(
    db: &sea_orm::DatabaseConnection,
    slug: &str,
    token: Option<&str>,
    form: &ApplicationForm,
    submitting: bool,
    cv: Option<Upload>,
    now: Timestamp,
) -> Result<call::Saved, ServiceError> {
    let applying = call::Applying {
        cohort_slug: slug,
        token,
        lang: shared::i18n::Lang::En,
    };
    call::save(db, applying, form, submitting, cv, now).await
}

async fn messages_to(db: &sea_orm::DatabaseConnection, email: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to_email == email)
        .collect()
}

#[tokio::test]
async fn a_draft_then_a_submission_with_a_cv_reaches_the_chair() {
    let (db, slug, _) = open_call().await;
    let now = Timestamp::now();
    let draft = ApplicationForm {
        position: String::new(),
        ..form("marcus@lakeshore.ca")
    };
    let saved = apply(&db, &slug, None, &draft, false, None, now)
        .await
        .unwrap();
    assert_eq!(saved.status, ApplicationStatus::Draft);
    assert!(
        messages_to(&db, "chair@demo.tandem.test").await.is_empty(),
        "drafts are not sent"
    );

    let missing = apply(
        &db,
        &slug,
        Some(&saved.token),
        &form("marcus@lakeshore.ca"),
        true,
        None,
        now,
    )
    .await;
    assert!(
        matches!(missing, Err(ServiceError::Validation(ref e)) if e.first("cv").is_some()),
        "{missing:?}"
    );
    let sent = apply(
        &db,
        &slug,
        Some(&saved.token),
        &form("marcus@lakeshore.ca"),
        true,
        pdf(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(sent.status, ApplicationStatus::Submitted);
    let view = call::view_by_token(&db, &saved.token, now).await.unwrap();
    assert_eq!(view.status, ApplicationStatus::Submitted);
    assert_eq!(view.cv.unwrap().kind, "pdf");
    assert_eq!(view.form.position, "Dean of Libraries");
    let to_applicant = messages_to(&db, "marcus@lakeshore.ca").await;
    assert_eq!(to_applicant.len(), 2, "the draft's link, then the receipt");
    assert!(
        to_applicant[1]
            .subject
            .starts_with("We received your application")
    );
    assert_eq!(
        common::mailed_link(&db, "marcus@lakeshore.ca").await,
        format!("/applications/{}", saved.token)
    );
    assert!(
        !to_applicant[1].body.contains(&saved.token),
        "the outbox body never holds the private link"
    );
    assert_eq!(messages_to(&db, "chair@demo.tandem.test").await.len(), 1);

    // Once sent, a change must keep the application complete.
    let emptied = ApplicationForm {
        statement: "Short now.".into(),
        ..form("marcus@lakeshore.ca")
    };
    let r = apply(&db, &slug, Some(&saved.token), &emptied, false, None, now).await;
    assert!(
        matches!(r, Err(ServiceError::Validation(ref e)) if e.first("statement").is_some()),
        "{r:?}"
    );
}

#[tokio::test]
async fn one_application_per_email_per_cohort_and_the_link_goes_to_the_address() {
    let (db, slug, _) = open_call().await;
    let now = Timestamp::now();
    let first = apply(&db, &slug, None, &form("anna@rhein.de"), true, pdf(), now)
        .await
        .unwrap();
    let again = apply(&db, &slug, None, &form("ANNA@rhein.de"), true, pdf(), now).await;
    match again {
        Err(ServiceError::Validation(e)) => {
            assert!(e.first("email").unwrap().contains("already applied"))
        }
        other => panic!("expected the duplicate to be explained, got {other:?}"),
    }
    // The first link keeps working (nobody can lock an applicant out by trying their
    // address); one more went to the address, never to the screen.
    assert!(call::view_by_token(&db, &first.token, now).await.is_ok());
    let link = common::mailed_link(&db, "anna@rhein.de").await;
    let token = link.trim_start_matches("/applications/");
    assert_ne!(token, first.token);
    assert_eq!(
        call::view_by_token(&db, token, now)
            .await
            .unwrap()
            .form
            .name,
        "Marcus Reid"
    );
}

#[tokio::test]
async fn the_call_closes_at_the_exact_deadline_instant_whatever_the_zone() {
    let (db, slug, deadline) = open_call().await;
    let just_before = deadline - SignedDuration::from_millis(1);
    let saved = apply(
        &db,
        &slug,
        None,
        &form("priya@harbour.edu.au"),
        false,
        None,
        just_before,
    )
    .await
    .unwrap();
    // The same instant read in Sydney or Phnom Penh is still the same instant.
    let sydney = deadline
        .to_zoned(jiff::tz::TimeZone::get("Australia/Sydney").unwrap())
        .timestamp();
    let r = apply(
        &db,
        &slug,
        Some(&saved.token),
        &form("priya@harbour.edu.au"),
        true,
        pdf(),
        sydney,
    )
    .await;
    assert!(
        matches!(r, Err(ServiceError::Conflict(ref m)) if m.contains("closed")),
        "{r:?}"
    );
    assert!(
        call::view_by_token(&db, &saved.token, just_before)
            .await
            .unwrap()
            .editable()
    );
    assert!(
        !call::view_by_token(&db, &saved.token, deadline)
            .await
            .unwrap()
            .editable()
    );
}

#[tokio::test]
async fn withdrawing_deletes_but_a_decision_stands() {
    let (db, slug, _) = open_call().await;
    let now = Timestamp::now();
    let saved = apply(&db, &slug, None, &form("vera@lib.cz"), true, pdf(), now)
        .await
        .unwrap();
    call::withdraw(&db, &saved.token).await.unwrap();
    assert!(matches!(
        call::view_by_token(&db, &saved.token, now).await,
        Err(ServiceError::NotFound)
    ));
    assert!(
        application::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .is_empty()
    );

    let decided = apply(&db, &slug, None, &form("ole@lib.no"), true, pdf(), now)
        .await
        .unwrap();
    let row = application::Entity::find().one(&db).await.unwrap().unwrap();
    application::ActiveModel {
        id: Set(row.id),
        status: Set("accepted".into()),
        ..Default::default()
    }
    .update(&db)
    .await
    .unwrap();
    assert!(matches!(
        call::withdraw(&db, &decided.token).await,
        Err(ServiceError::Conflict(_))
    ));
    let r = apply(
        &db,
        &slug,
        Some(&decided.token),
        &form("ole@lib.no"),
        true,
        None,
        now,
    )
    .await;
    assert!(
        matches!(r, Err(ServiceError::Conflict(_))),
        "a decided application cannot change: {r:?}"
    );
}

#[tokio::test]
async fn an_applicant_who_applied_in_khmer_is_written_to_in_khmer_and_the_chair_in_english() {
    let (db, slug, _) = open_call().await;
    let now = Timestamp::now();
    call::save(
        &db,
        call::Applying {
            cohort_slug: &slug,
            token: None,
            lang: shared::i18n::Lang::Km,
        },
        &form("sokha@rupp.edu.kh"),
        true,
        pdf(),
        now,
    )
    .await
    .unwrap();
    let row = application::Entity::find()
        .filter(application::Column::Email.eq("sokha@rupp.edu.kh"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.language, "km",
        "the page's language is kept with the application"
    );
    let to_applicant = messages_to(&db, "sokha@rupp.edu.kh").await;
    assert_eq!(to_applicant.len(), 1);
    assert!(
        to_applicant[0].subject.starts_with("យើងបានទទួលពាក្យស្នើសុំរបស់អ្នក"),
        "{}",
        to_applicant[0].subject
    );
    let to_chair = messages_to(&db, "chair@demo.tandem.test").await;
    assert_eq!(to_chair.len(), 1);
    assert!(
        to_chair[0].subject.is_ascii(),
        "the chair reads English: {}",
        to_chair[0].subject
    );
}
