//! The chair's changes to accounts (roles, closing) and a change of email address confirmed at
//! the new address, against a real SQLite database.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::auth::service as auth;
use app::features::auth::throttle::Throttle;
use app::server::{AuthSettings, ServiceError};
use common::{PASSWORD, fresh_db, person, session_for};
use jiff::{SignedDuration, Timestamp};
use sea_orm::EntityTrait;
use shared::Role;
use shared::account::SignInForm;

fn sign_in_form(email: &str, password: &str) -> shared::account::SignIn {
    SignInForm {
        email: email.into(),
        password: password.into(),
        next: "/home".into(),
    }
    .validate()
    .unwrap()
}

#[tokio::test]
async fn the_chair_adds_a_role_and_closes_an_account_whose_sessions_end_at_once() {
    use shared::account::AccountChange;
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let throttle = Throttle::default();
    let now = Timestamp::now();
    let chair = person(&db, "chair@close.test", Role::Chair).await;
    let coach = person(&db, "coach@close.test", Role::Coach).await;
    let session = session_for(&db, &coach).await;

    // A coach who also becomes a partner; the same role twice is explained.
    auth::change_account(
        &db,
        &chair,
        coach.id,
        AccountChange::AddRole(Role::Partner),
        now,
    )
    .await
    .unwrap();
    let again = auth::change_account(
        &db,
        &chair,
        coach.id,
        AccountChange::AddRole(Role::Partner),
        now,
    )
    .await;
    assert!(
        matches!(again, Err(ServiceError::Validation(ref e)) if e.first("role").is_some()),
        "{again:?}"
    );
    let user = auth::resolve_session(&db, &settings, &session, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.roles, vec![Role::Coach, Role::Partner]);

    // Closed: the session ends at once, the right password no longer signs in, and no reset
    // link is sent.
    auth::change_account(&db, &chair, coach.id, AccountChange::Close, now)
        .await
        .unwrap();
    assert!(
        auth::resolve_session(&db, &settings, &session, now)
            .await
            .unwrap()
            .is_none()
    );
    let r = auth::sign_in(
        &db,
        &throttle,
        &settings,
        "10.1.1.1",
        sign_in_form("coach@close.test", PASSWORD),
        now,
    )
    .await;
    assert!(
        matches!(r, Err(ServiceError::Validation(ref e)) if e.first("password").unwrap().contains("closed")),
        "{r:?}"
    );
    auth::request_reset(&db, &throttle, "10.1.1.1", "coach@close.test", now)
        .await
        .unwrap();
    assert!(
        app::entities::password_reset::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .is_empty()
    );

    // Only the chair, never on their own account; opened again, the password works.
    assert!(matches!(
        auth::change_account(&db, &coach, chair.id, AccountChange::Close, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        auth::change_account(&db, &chair, chair.id, AccountChange::Close, now).await,
        Err(ServiceError::Conflict(_))
    ));
    auth::change_account(&db, &chair, coach.id, AccountChange::Reopen, now)
        .await
        .unwrap();
    assert!(
        auth::sign_in(
            &db,
            &throttle,
            &settings,
            "10.1.1.2",
            sign_in_form("coach@close.test", PASSWORD),
            now
        )
        .await
        .is_ok()
    );
}

#[tokio::test]
async fn a_new_email_address_is_confirmed_at_that_address_once() {
    let db = fresh_db().await;
    let now = Timestamp::now();
    let coach = person(&db, "old@mail.test", Role::Coach).await;
    person(&db, "taken@mail.test", Role::Partner).await;
    let wrong = auth::request_email_change(&db, &coach, "new@mail.test", "nope".into(), now).await;
    assert!(
        matches!(wrong, Err(ServiceError::Validation(ref e)) if e.first("password").is_some()),
        "{wrong:?}"
    );
    auth::request_email_change(&db, &coach, "new@mail.test", PASSWORD.into(), now)
        .await
        .unwrap();
    // The old address is told, without a link that changes anything.
    assert_eq!(common::mailed_link(&db, "old@mail.test").await, "/profile");
    let link = common::mailed_link(&db, "new@mail.test").await;
    let token = link.trim_start_matches("/confirm-email/");
    assert_eq!(
        auth::email_change_view(&db, token, now).await.unwrap(),
        "new@mail.test"
    );
    // Nothing changes before the confirmation.
    assert_eq!(
        auth::load_user(&db, coach.id).await.unwrap().email,
        "old@mail.test"
    );
    assert_eq!(
        auth::confirm_email_change(&db, token, now).await.unwrap(),
        "new@mail.test"
    );
    assert_eq!(
        auth::load_user(&db, coach.id).await.unwrap().email,
        "new@mail.test"
    );
    let again = auth::confirm_email_change(&db, token, now).await;
    assert!(
        matches!(again, Err(ServiceError::Conflict(ref m)) if m.contains("already confirmed")),
        "{again:?}"
    );

    // An address another account took meanwhile is refused; an expired link says so.
    auth::request_email_change(&db, &coach, "taken@mail.test", PASSWORD.into(), now)
        .await
        .unwrap();
    let token = common::mailed_link(&db, "taken@mail.test")
        .await
        .replace("/confirm-email/", "");
    let taken = auth::confirm_email_change(&db, &token, now).await;
    assert!(
        matches!(taken, Err(ServiceError::Conflict(ref m)) if m.contains("Another account")),
        "{taken:?}"
    );
    let late = now + SignedDuration::from_hours(25);
    let expired = auth::email_change_view(&db, &token, late).await;
    assert!(
        matches!(expired, Err(ServiceError::Conflict(ref m)) if m.contains("expired")),
        "{expired:?}"
    );
}
