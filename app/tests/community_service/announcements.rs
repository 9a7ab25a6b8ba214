//! Announcements: only the team writes; a resend stores once; each reader gets a notice and an
//! email in the same transaction; a cohort's announcement reaches that cohort alone; the home
//! page shows the last 30 days; the team removes one.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::entities::{notification, outbox};
use app::features::community::service::announcements as an;
use app::server::ServiceError;
use jiff::{SignedDuration, Timestamp};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::Role;
use shared::announcement::AnnouncementForm;

fn form(audience: &str, key: &str) -> AnnouncementForm {
    AnnouncementForm {
        title: "Registration for IATUL 2027 is open".into(),
        body: "Register by 30 April; the programme pays one coach-partner pair's fees.".into(),
        audience: audience.into(),
        request_key: key.into(),
    }
}

async fn mails_to(db: &sea_orm::DatabaseConnection, email: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(email))
        .all(db)
        .await
        .unwrap()
}

async fn notices_of(db: &sea_orm::DatabaseConnection, person: i64) -> Vec<notification::Model> {
    notification::Entity::find()
        .filter(notification::Column::PersonId.eq(person))
        .filter(notification::Column::Link.starts_with("/community/announcements"))
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_cohort_announcement_reaches_its_people_once_by_notice_and_email() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let outsider = someone(
        &db,
        "coach-elsewhere@lib.au",
        Role::Coach,
        "Australia/Sydney",
        (9, 17),
        &["English"],
        "Marcus Reid",
    )
    .await;
    for who in [&p.coach, &p.partner] {
        assert!(matches!(
            an::publish(&db, who, &form("", "request-key-00009"), Timestamp::now()).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let now = Timestamp::now();
    let id = an::publish(
        &db,
        &p.chair,
        &form(&p.cohort.slug, "request-key-00001"),
        now,
    )
    .await
    .unwrap();
    let again = an::publish(
        &db,
        &p.chair,
        &form(&p.cohort.slug, "request-key-00001"),
        now,
    )
    .await
    .unwrap();
    assert_eq!(id, again);

    for who in [&p.coach, &p.partner] {
        let notices = notices_of(&db, who.id).await;
        assert_eq!(notices.len(), 1, "one notice, even after the resend");
        assert!(notices[0].body.contains("Registration for IATUL 2027"));
        let mails = mails_to(&db, &who.email).await;
        let mail = mails
            .iter()
            .find(|m| m.subject == "Registration for IATUL 2027 is open")
            .expect("an email");
        assert_eq!(
            mails.iter().filter(|m| m.subject == mail.subject).count(),
            1
        );
        let page = an::announcements_page(&db, who).await.unwrap();
        assert_eq!(page.items.len(), 1);
        assert_eq!(page.items[0].audience.as_deref(), Some("2027-2028"));
        assert!(!page.can_write);
        assert_eq!(an::recent(&db, who, now, 3).await.unwrap().len(), 1);
    }
    // The author is not told about their own announcement.
    assert!(notices_of(&db, p.chair.id).await.is_empty());
    // Someone outside the cohort: nothing.
    assert!(notices_of(&db, outsider.id).await.is_empty());
    assert!(mails_to(&db, &outsider.email).await.is_empty());
    assert!(
        an::announcements_page(&db, &outsider)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    // One for everyone reaches them too.
    an::publish(&db, &p.chair, &form("", "request-key-00002"), now)
        .await
        .unwrap();
    assert_eq!(notices_of(&db, outsider.id).await.len(), 1);
    assert_eq!(an::recent(&db, &outsider, now, 3).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_bad_form_stores_and_sends_nothing() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let empty = AnnouncementForm {
        title: String::new(),
        ..form("", "request-key-00001")
    };
    match an::publish(&db, &p.chair, &empty, Timestamp::now()).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("title").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    match an::publish(
        &db,
        &p.chair,
        &form("no-such-cohort", "request-key-00002"),
        Timestamp::now(),
    )
    .await
    {
        Err(ServiceError::Validation(e)) => assert!(e.first("audience").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    assert!(notices_of(&db, p.partner.id).await.is_empty());
    // The pair's own messages (the match) are there; none about an announcement.
    assert!(
        mails_to(&db, &p.partner.email)
            .await
            .iter()
            .all(|m| !m.subject.contains("IATUL"))
    );
    assert!(
        an::announcements_page(&db, &p.chair)
            .await
            .unwrap()
            .items
            .is_empty()
    );
}

#[tokio::test]
async fn the_home_page_shows_the_last_thirty_days_and_the_team_removes() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let now = Timestamp::now();
    let old = an::publish(
        &db,
        &p.chair,
        &form("", "request-key-00001"),
        now - SignedDuration::from_hours(31 * 24),
    )
    .await
    .unwrap();
    let new = an::publish(&db, &p.chair, &form("", "request-key-00002"), now)
        .await
        .unwrap();
    let home: Vec<i64> = an::recent(&db, &p.partner, now, 3)
        .await
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        home,
        vec![new],
        "older than 30 days: only on the announcements page"
    );
    let all: Vec<i64> = an::announcements_page(&db, &p.partner)
        .await
        .unwrap()
        .items
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(all, vec![new, old], "newest first");

    assert!(matches!(
        an::remove(&db, &p.coach, new).await,
        Err(ServiceError::Forbidden)
    ));
    an::remove(&db, &p.chair, new).await.unwrap();
    assert!(matches!(
        an::remove(&db, &p.chair, new).await,
        Err(ServiceError::NotFound)
    ));
    assert!(
        an::recent(&db, &p.partner, now, 3)
            .await
            .unwrap()
            .is_empty()
    );
}
