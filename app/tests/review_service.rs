//! The chair's review against a real SQLite database: the queue, decisions that follow the
//! transitions, accepting invites the coach, notes, and who may read an application or a CV.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::outbox;
use app::features::auth::service::load_user;
use app::features::call::service::{self as call, Upload};
use app::features::review::service as review;
use app::server::{AuthSettings, ServiceError};
use common::{fresh_db, person};
use jiff::Timestamp;
use sea_orm::EntityTrait;
use shared::Role;
use shared::application::{ApplicationForm, ApplicationStatus};
use shared::cv::CvKind;
use shared::review::ReviewFilter;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

fn form(name: &str, email: &str, area: &str) -> ApplicationForm {
    ApplicationForm {
        name: name.into(),
        email: email.into(),
        position: "Head of Library".into(),
        institution: "Coastal University".into(),
        country: "Chile".into(),
        time_zone: "America/Santiago".into(),
        languages: "Spanish, English".into(),
        years_leading: "9".into(),
        expertise: vec![area.into()],
        expertise_other: String::new(),
        statement: "I want to share what our team learned about opening a library to its city. "
            .repeat(5),
        consent: "on".into(),
    }
}

async fn setup() -> (
    sea_orm::DatabaseConnection,
    shared::account::CurrentUser,
    Vec<i64>,
) {
    let db = fresh_db().await;
    app::features::programme::demo::seed_demo(&db, Timestamp::now())
        .await
        .unwrap();
    let chair = load_user(&db, 1).await.unwrap();
    assert!(chair.has(Role::Chair));
    let now = Timestamp::now();
    let pdf = || {
        Some(Upload {
            kind: CvKind::Pdf,
            file_name: "cv.pdf".into(),
            bytes: PDF.to_vec(),
        })
    };
    call::save(
        &db,
        call::Applying {
            cohort_slug: "",
            token: None,
            lang: shared::i18n::Lang::En,
        },
        &form("Lucía Rojas", "lucia@costa.cl", "advocacy"),
        true,
        pdf(),
        now,
    )
    .await
    .unwrap();
    call::save(
        &db,
        call::Applying {
            cohort_slug: "",
            token: None,
            lang: shared::i18n::Lang::En,
        },
        &form("Tom Berg", "tom@fjord.no", "facilities"),
        true,
        pdf(),
        now,
    )
    .await
    .unwrap();
    call::save(
        &db,
        call::Applying {
            cohort_slug: "",
            token: None,
            lang: shared::i18n::Lang::En,
        },
        &form("Draft Only", "draft@lib.org", "training"),
        false,
        None,
        now,
    )
    .await
    .unwrap();
    let ids = review::list(
        &db,
        &chair,
        &ReviewFilter {
            sort: "name".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .iter()
    .map(|r| r.id)
    .collect();
    (db, chair, ids)
}

#[tokio::test]
async fn the_queue_shows_sent_applications_only_and_filters() {
    let (db, chair, ids) = setup().await;
    assert_eq!(ids.len(), 2, "the draft is not in the queue");
    let advocacy = review::list(
        &db,
        &chair,
        &ReviewFilter {
            area: "advocacy".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(advocacy.len(), 1);
    assert_eq!(advocacy[0].name, "Lucía Rojas");
}

#[tokio::test]
async fn only_the_chair_reads_applications_and_cvs() {
    let (db, _, ids) = setup().await;
    let coach = person(&db, "coach@lib.org", Role::Coach).await;
    let partner = person(&db, "partner@lib.kh", Role::Partner).await;
    for who in [&coach, &partner] {
        assert!(matches!(
            review::list(&db, who, &ReviewFilter::default()).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            review::detail(&db, who, ids[0]).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            review::cv_file(&db, Some(who), ids[0]).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            review::add_note(
                &db,
                who,
                &note(ids[0], "hi", &common::key()),
                Timestamp::now()
            )
            .await,
            Err(ServiceError::Forbidden)
        ));
    }
    assert!(matches!(
        review::cv_file(&db, None, ids[0]).await,
        Err(ServiceError::Unauthenticated)
    ));
}

#[tokio::test]
async fn decisions_follow_the_transitions_and_accepting_invites_the_coach() {
    let (db, chair, ids) = setup().await;
    let settings = AuthSettings::default();
    let now = Timestamp::now();
    let lucia = ids[0];
    assert_eq!(
        review::decide(
            &db,
            &chair,
            lucia,
            ApplicationStatus::Shortlisted,
            &settings,
            now
        )
        .await
        .unwrap(),
        ApplicationStatus::Shortlisted
    );
    assert_eq!(
        review::decide(
            &db,
            &chair,
            lucia,
            ApplicationStatus::Accepted,
            &settings,
            now
        )
        .await
        .unwrap(),
        ApplicationStatus::Accepted
    );
    let invited = outbox::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .any(|m| m.to_email == "lucia@costa.cl" && m.subject.contains("invited"));
    assert!(invited, "accepting sends an invitation to Tandem");
    let again = review::decide(
        &db,
        &chair,
        lucia,
        ApplicationStatus::Declined,
        &settings,
        now,
    )
    .await;
    assert!(matches!(again, Err(ServiceError::Conflict(_))), "{again:?}");
    let withdrawn = review::decide(
        &db,
        &chair,
        ids[1],
        ApplicationStatus::Withdrawn,
        &settings,
        now,
    )
    .await;
    assert!(
        matches!(withdrawn, Err(ServiceError::Conflict(_))),
        "only the applicant withdraws"
    );
    review::decide(
        &db,
        &chair,
        ids[1],
        ApplicationStatus::Declined,
        &settings,
        now,
    )
    .await
    .unwrap();
    // Tom hears of the decision, with a private link that opens his application.
    let link = common::mailed_link(&db, "tom@fjord.no").await;
    let token = link.trim_start_matches("/applications/");
    let seen = app::features::call::service::view_by_token(&db, token, now)
        .await
        .unwrap();
    assert_eq!(seen.status, ApplicationStatus::Declined);
    assert!(matches!(
        review::decide(
            &db,
            &chair,
            ids[1],
            ApplicationStatus::Accepted,
            &settings,
            now
        )
        .await,
        Err(ServiceError::Conflict(_))
    ));
}

#[tokio::test]
async fn notes_are_private_to_the_team_and_checked() {
    let (db, chair, ids) = setup().await;
    let empty = review::add_note(
        &db,
        &chair,
        &note(ids[0], "   ", &common::key()),
        Timestamp::now(),
    )
    .await;
    assert!(matches!(empty, Err(ServiceError::Validation(ref e)) if e.first("body").is_some()));
    let form = note(
        ids[0],
        "Strong on advocacy; speaks Spanish.",
        &common::key(),
    );
    review::add_note(&db, &chair, &form, Timestamp::now())
        .await
        .unwrap();
    // The same form again (a double click): stored once.
    review::add_note(&db, &chair, &form, Timestamp::now())
        .await
        .unwrap();
    let detail = review::detail(&db, &chair, ids[0]).await.unwrap();
    assert_eq!(detail.notes.len(), 1);
    assert_eq!(detail.notes[0].author, "Helen Marsh");
    let (kind, _, bytes) = review::cv_file(&db, Some(&chair), ids[0]).await.unwrap();
    assert_eq!((kind.as_str(), bytes.as_slice()), ("pdf", PDF));
}

#[tokio::test]
async fn a_declined_cv_can_be_deleted_and_expires_after_the_cohort_retention() {
    let (db, chair, ids) = setup().await;
    let settings = AuthSettings::default();
    let now = Timestamp::now();
    let (lucia, tom) = (ids[0], ids[1]);
    let early = review::delete_cv(&db, &chair, lucia).await;
    assert!(
        matches!(early, Err(ServiceError::Conflict(_))),
        "only declined CVs can go: {early:?}"
    );
    review::decide(
        &db,
        &chair,
        lucia,
        ApplicationStatus::Declined,
        &settings,
        now,
    )
    .await
    .unwrap();
    let coach = person(&db, "coach@lib.org", Role::Coach).await;
    assert!(matches!(
        review::delete_cv(&db, &coach, lucia).await,
        Err(ServiceError::Forbidden)
    ));
    review::delete_cv(&db, &chair, lucia).await.unwrap();
    assert!(
        review::detail(&db, &chair, lucia)
            .await
            .unwrap()
            .cv
            .is_none()
    );

    // Tom is declined too; his CV stays for the cohort's 30 days, then goes.
    review::decide(
        &db,
        &chair,
        tom,
        ApplicationStatus::Declined,
        &settings,
        now,
    )
    .await
    .unwrap();
    let day = jiff::SignedDuration::from_hours(24);
    assert_eq!(
        review::purge_expired_cvs(&db, now + day * 29)
            .await
            .unwrap(),
        0
    );
    assert!(review::detail(&db, &chair, tom).await.unwrap().cv.is_some());
    assert_eq!(
        review::purge_expired_cvs(&db, now + day * 30)
            .await
            .unwrap(),
        1
    );
    assert!(review::detail(&db, &chair, tom).await.unwrap().cv.is_none());
}

fn note(application_id: i64, body: &str, key: &str) -> shared::review::NoteForm {
    shared::review::NoteForm {
        application_id,
        body: body.into(),
        request_key: key.into(),
    }
}
