//! Account services against a real SQLite database: sign-in, sessions, invitations, profile,
//! password change, and every denial.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::auth::service as auth;
use app::features::auth::throttle::Throttle;
use app::server::{AuthSettings, ServiceError};
use common::{PASSWORD, fresh_db, person, session_for};
use jiff::{SignedDuration, Timestamp};
use shared::Role;
use shared::account::{ProfileForm, SignInForm};

fn sign_in_form(email: &str, password: &str) -> shared::account::SignIn {
    SignInForm {
        email: email.into(),
        password: password.into(),
        next: "/review".into(),
    }
    .validate()
    .unwrap()
}

#[tokio::test]
async fn sign_in_right_wrong_and_case_insensitive() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let throttle = Throttle::default();
    person(&db, "coach@lib.org", Role::Coach).await;
    let now = Timestamp::now();
    let (user, token) = auth::sign_in(
        &db,
        &throttle,
        &settings,
        "1.1.1.1",
        sign_in_form("Coach@LIB.org", PASSWORD),
        now,
    )
    .await
    .unwrap();
    assert_eq!(user.roles, vec![Role::Coach]);
    let resolved = auth::resolve_session(&db, &settings, &token, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(resolved.id, user.id);

    for (email, password) in [
        ("coach@lib.org", "wrong password here"),
        ("nobody@lib.org", PASSWORD),
    ] {
        match auth::sign_in(
            &db,
            &throttle,
            &settings,
            "1.1.1.1",
            sign_in_form(email, password),
            now,
        )
        .await
        {
            Err(ServiceError::Validation(e)) => {
                assert_eq!(
                    e.first("password"),
                    Some("The email address or password is not right. Check both and try again.")
                )
            }
            other => panic!("expected the same wrong-credentials message, got {other:?}"),
        }
    }
    assert!(
        auth::resolve_session(&db, &settings, "not-a-token", now)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn eleventh_failure_in_a_minute_is_throttled_per_account_and_per_address() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let throttle = Throttle::default();
    person(&db, "partner@lib.kh", Role::Partner).await;
    let now = Timestamp::now();
    for i in 0..10 {
        let ip = format!("10.0.0.{i}");
        let r = auth::sign_in(
            &db,
            &throttle,
            &settings,
            &ip,
            sign_in_form("partner@lib.kh", "wrong password!!"),
            now,
        )
        .await;
        assert!(
            matches!(r, Err(ServiceError::Validation(_))),
            "attempt {i}: {r:?}"
        );
    }
    // The account is now throttled from any address, even with the right password.
    let r = auth::sign_in(
        &db,
        &throttle,
        &settings,
        "10.9.9.9",
        sign_in_form("partner@lib.kh", PASSWORD),
        now,
    )
    .await;
    assert!(
        matches!(r, Err(ServiceError::RateLimited(ref m)) if m.key_name() == Some("error-sign-in-throttled")),
        "{r:?}"
    );
    // A minute later it works again.
    let later = now + SignedDuration::from_secs(61);
    assert!(
        auth::sign_in(
            &db,
            &throttle,
            &settings,
            "10.9.9.9",
            sign_in_form("partner@lib.kh", PASSWORD),
            later
        )
        .await
        .is_ok()
    );
}

#[tokio::test]
async fn sessions_end_when_idle_and_at_their_absolute_lifetime() {
    let db = fresh_db().await;
    let settings = AuthSettings {
        idle_timeout: std::time::Duration::from_secs(3600),
        absolute_lifetime: std::time::Duration::from_secs(4 * 3600),
        ..AuthSettings::default()
    };
    let user = person(&db, "a@lib.org", Role::Coach).await;
    let t0 = Timestamp::now();
    let token = auth::start_session(&db, user.id, &settings, t0)
        .await
        .unwrap();
    let h = |n: i64| t0 + SignedDuration::from_mins(n * 59);
    // Active every 59 minutes: alive until the absolute lifetime.
    for n in 1..=4 {
        assert!(
            auth::resolve_session(&db, &settings, &token, h(n))
                .await
                .unwrap()
                .is_some(),
            "hour {n}"
        );
    }
    assert!(
        auth::resolve_session(&db, &settings, &token, t0 + SignedDuration::from_hours(4))
            .await
            .unwrap()
            .is_none()
    );
    // Idle for an hour: gone.
    let token = auth::start_session(&db, user.id, &settings, t0)
        .await
        .unwrap();
    assert!(
        auth::resolve_session(&db, &settings, &token, t0 + SignedDuration::from_mins(61))
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn password_change_revokes_every_session() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let user = person(&db, "coach@lib.org", Role::Coach).await;
    let now = Timestamp::now();
    let laptop = session_for(&db, &user).await;
    let phone = session_for(&db, &user).await;
    let wrong = auth::change_password(
        &db,
        &user,
        "not it at all".into(),
        "another long password".into(),
        &settings,
        now,
    )
    .await;
    assert!(
        matches!(wrong, Err(ServiceError::Validation(ref e)) if e.first("current_password").is_some())
    );
    assert!(
        auth::resolve_session(&db, &settings, &phone, now)
            .await
            .unwrap()
            .is_some(),
        "a wrong try changes nothing"
    );
    let fresh = auth::change_password(
        &db,
        &user,
        PASSWORD.into(),
        "another long password".into(),
        &settings,
        now,
    )
    .await
    .unwrap();
    for old in [laptop, phone] {
        assert!(
            auth::resolve_session(&db, &settings, &old, now)
                .await
                .unwrap()
                .is_none()
        );
    }
    assert!(
        auth::resolve_session(&db, &settings, &fresh, now)
            .await
            .unwrap()
            .is_some()
    );
    let throttle = Throttle::default();
    assert!(
        auth::sign_in(
            &db,
            &throttle,
            &settings,
            "ip",
            sign_in_form("coach@lib.org", "another long password"),
            now
        )
        .await
        .is_ok()
    );
}

#[tokio::test]
async fn profile_changes_are_checked_and_kept() {
    let db = fresh_db().await;
    let user = person(&db, "coach@lib.org", Role::Coach).await;
    let change = ProfileForm {
        display_name: "Anna Keller".into(),
        time_zone: "Europe/Berlin".into(),
        languages: "German, English".into(),
        work_start: "08:30".into(),
        work_end: "16:00".into(),
    }
    .validate()
    .unwrap();
    let updated = auth::update_profile(&db, &user, change, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(updated.time_zone, "Europe/Berlin");
    assert_eq!(updated.working_hours.label(), "08:30-16:00");
    // Leaving the hours out keeps them.
    let same_hours = ProfileForm {
        display_name: "Anna Keller".into(),
        time_zone: "Europe/Berlin".into(),
        languages: "German".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let updated = auth::update_profile(&db, &user, same_hours, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(updated.working_hours.label(), "08:30-16:00");
    let backwards = ProfileForm {
        display_name: "Anna Keller".into(),
        time_zone: "Europe/Berlin".into(),
        languages: "German".into(),
        work_start: "17:00".into(),
        work_end: "09:00".into(),
    }
    .validate()
    .unwrap_err();
    assert!(backwards.first("work_end").is_some());
    let bad = ProfileForm {
        display_name: "A".into(),
        time_zone: "Europe/Atlantis".into(),
        languages: "English".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let r = auth::update_profile(&db, &user, bad, Timestamp::now()).await;
    assert!(
        matches!(r, Err(ServiceError::Validation(ref e)) if e.first("time_zone").unwrap().contains("Europe/Atlantis"))
    );
    assert_eq!(
        auth::load_user(&db, user.id).await.unwrap().time_zone,
        "Europe/Berlin"
    );
}
