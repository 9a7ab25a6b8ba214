//! Invitation services against a real SQLite database: single use, expiry, and who may invite.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::auth::service as auth;
use app::server::{AuthSettings, ServiceError};
use common::{PASSWORD, fresh_db, person};
use jiff::{SignedDuration, Timestamp};
use shared::Role;
use shared::account::{AcceptanceForm, InvitationForm};

fn invitation(email: &str, role: &str) -> shared::account::NewInvitation {
    InvitationForm {
        email: email.into(),
        display_name: "Sophea Chan".into(),
        role: role.into(),
        language: String::new(),
    }
    .validate()
    .unwrap()
}

fn acceptance(link: &str) -> shared::account::Acceptance {
    AcceptanceForm {
        token: link.trim_start_matches("/invitations/").into(),
        display_name: "Sophea Chan".into(),
        time_zone: "Asia/Phnom_Penh".into(),
        languages: "Khmer, English".into(),
        password: PASSWORD.into(),
        password_confirm: PASSWORD.into(),
    }
    .validate()
    .unwrap()
}

#[tokio::test]
async fn invitation_is_single_use_and_signs_the_person_in() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let chair = person(&db, "chair@lib.org", Role::Chair).await;
    let now = Timestamp::now();
    let sent = auth::invite(
        &db,
        &chair,
        invitation("Sophea@Mekong.edu.kh", "partner"),
        &settings,
        now,
    )
    .await
    .unwrap();
    assert_eq!(sent.email, "sophea@mekong.edu.kh");
    let link = common::mailed_link(&db, "sophea@mekong.edu.kh").await;
    let token = link.trim_start_matches("/invitations/");
    let view = auth::invitation_view(&db, token, now).await.unwrap();
    assert_eq!(view.role, Role::Partner);
    assert_eq!(view.suggested_time_zone, "Asia/Phnom_Penh");
    let outbox = app::features::mail::service::outbox(&db, &chair, None, false)
        .await
        .unwrap();
    assert_eq!(outbox.messages[0].to_email, "sophea@mekong.edu.kh");
    assert!(
        !outbox.messages[0].body.contains(token),
        "the outbox page never shows a private link: {}",
        outbox.messages[0].body
    );

    let (user, session) = auth::accept_invitation(&db, acceptance(&link), &settings, now)
        .await
        .unwrap();
    assert_eq!(user.roles, vec![Role::Partner]);
    assert_eq!(user.languages, vec!["Khmer", "English"]);
    assert!(
        auth::resolve_session(&db, &settings, &session, now)
            .await
            .unwrap()
            .is_some()
    );
    let again = auth::accept_invitation(&db, acceptance(&link), &settings, now).await;
    assert!(matches!(again, Err(ServiceError::Conflict(_))), "{again:?}");
    // The same email cannot be invited twice.
    let twice = auth::invite(
        &db,
        &chair,
        invitation("SOPHEA@mekong.edu.kh", "coach"),
        &settings,
        now,
    )
    .await;
    assert!(
        matches!(twice, Err(ServiceError::Validation(ref e)) if e.first("email").is_some()),
        "{twice:?}"
    );
}

#[tokio::test]
async fn expired_or_unknown_invitations_are_refused_and_nothing_is_half_written() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let chair = person(&db, "chair@lib.org", Role::Chair).await;
    let now = Timestamp::now();
    let sent = auth::invite(
        &db,
        &chair,
        invitation("late@lib.org", "coach"),
        &settings,
        now,
    )
    .await
    .unwrap();
    let link = common::mailed_link(&db, &sent.email).await;
    let later = now + SignedDuration::from_hours(15 * 24);
    let r = auth::accept_invitation(&db, acceptance(&link), &settings, later).await;
    assert!(
        matches!(r, Err(ServiceError::Conflict(ref m)) if m.contains("expired")),
        "{r:?}"
    );
    assert!(matches!(
        auth::invitation_view(&db, "nope", now).await,
        Err(ServiceError::NotFound)
    ));
    // An unknown zone is refused before anything is written; the link still works afterwards.
    let mut bad = acceptance(&link);
    bad.time_zone = "Mars/Olympus_Mons".into();
    let r = auth::accept_invitation(&db, bad, &settings, now).await;
    assert!(
        matches!(r, Err(ServiceError::Validation(ref e)) if e.first("time_zone").is_some()),
        "{r:?}"
    );
    assert!(
        auth::accept_invitation(&db, acceptance(&link), &settings, now)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn only_the_chair_invites_and_sees_people_and_outbox() {
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let now = Timestamp::now();
    for (email, role) in [
        ("coach@lib.org", Role::Coach),
        ("partner@lib.kh", Role::Partner),
    ] {
        let caller = person(&db, email, role).await;
        let r = auth::invite(
            &db,
            &caller,
            invitation("x@lib.org", "coach"),
            &settings,
            now,
        )
        .await;
        assert!(
            matches!(r, Err(ServiceError::Forbidden)),
            "{role:?} invite: {r:?}"
        );
        assert!(matches!(
            auth::people(&db, &caller, now).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            app::features::mail::service::outbox(&db, &caller, None, true).await,
            Err(ServiceError::Forbidden)
        ));
    }
}

#[tokio::test]
async fn the_chair_extends_resends_and_withdraws_invitations() {
    use shared::account::InvitationChange;
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let chair = person(&db, "chair@lib.org", Role::Chair).await;
    let now = Timestamp::now();
    auth::invite(
        &db,
        &chair,
        invitation("slow@lib.org", "coach"),
        &settings,
        now,
    )
    .await
    .unwrap();
    let first = common::mailed_link(&db, "slow@lib.org").await;
    let id = auth::people(&db, &chair, now).await.unwrap().1[0].id;

    // Two weeks on, it has expired; extended, the same link works again.
    let later = now + SignedDuration::from_hours(15 * 24);
    let token = first.trim_start_matches("/invitations/");
    assert!(auth::invitation_view(&db, token, later).await.is_err());
    auth::change_invitation(&db, &chair, id, InvitationChange::Extend, &settings, later)
        .await
        .unwrap();
    assert!(auth::invitation_view(&db, token, later).await.is_ok());

    // Resent: a new link by email, and the old one no longer works.
    auth::change_invitation(&db, &chair, id, InvitationChange::Resend, &settings, later)
        .await
        .unwrap();
    let second = common::mailed_link(&db, "slow@lib.org").await;
    assert_ne!(second, first);
    assert!(matches!(
        auth::invitation_view(&db, token, later).await,
        Err(ServiceError::NotFound)
    ));
    let new_token = second.trim_start_matches("/invitations/");
    assert!(auth::invitation_view(&db, new_token, later).await.is_ok());

    // Only the chair changes invitations; withdrawn, the link is dead and it is gone.
    let id = auth::people(&db, &chair, later).await.unwrap().1[0].id;
    let coach = person(&db, "coach@lib.org", Role::Coach).await;
    assert!(matches!(
        auth::change_invitation(&db, &coach, id, InvitationChange::Revoke, &settings, later).await,
        Err(ServiceError::Forbidden)
    ));
    auth::change_invitation(&db, &chair, id, InvitationChange::Revoke, &settings, later)
        .await
        .unwrap();
    assert!(auth::invitation_view(&db, new_token, later).await.is_err());
    assert!(auth::people(&db, &chair, later).await.unwrap().1.is_empty());
    assert!(matches!(
        auth::change_invitation(&db, &chair, id, InvitationChange::Extend, &settings, later).await,
        Err(ServiceError::Conflict(_))
    ));
}
