//! Server functions for accounts: thin adapters from the request to one service call.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::account::{
    AcceptanceForm, CurrentUser, ForgotForm, InvitationForm, InvitationSent, InvitationView,
    PasswordForm, PendingInvitation, PersonSummary, ProfileForm, ResetForm, SignInForm,
};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The chair's people page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleView {
    pub people: Vec<PersonSummary>,
    pub pending: Vec<PendingInvitation>,
}

/// The signed-in person, or `None` when signed out.
#[server(endpoint = "get_current_user")]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    cx::caller().await
}

/// Signs in; answers with where to go next.
#[server(endpoint = "sign_in")]
pub async fn sign_in(form: SignInForm) -> Result<String, AppError> {
    let request = match form.validate() {
        Ok(r) => r,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let parts = cx::parts().await?;
    let ip = cx::client_ip(&parts);
    let next = request.next.clone();
    let now = jiff::Timestamp::now();
    let result =
        super::service::sign_in(&state.db, &state.throttle, &state.auth, &ip, request, now).await;
    let (user, token) = finish(result)?;
    cx::set_session_cookie(
        Some(&token),
        state.auth.absolute_lifetime.as_secs(),
        state.auth.secure_cookies,
    );
    // The language and digits the person chose elsewhere come with them.
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let secure = state.auth.secure_cookies;
        let mut cookies = Vec::new();
        if let Ok(Some(lang)) = super::service::language_of(&state.db, user.id).await {
            cookies.push(crate::i18n::cookie(lang, secure));
        }
        if let Ok(style) = super::service::style_of(&state.db, user.id).await
            && style.khmer_digits
        {
            cookies.push(crate::i18n::digits_cookie(true, secure));
        }
        for value in cookies
            .iter()
            .filter_map(|c| http::HeaderValue::from_str(c).ok())
        {
            response.append_header(http::header::SET_COOKIE, value);
        }
    }
    cx::go_to_after_plain_form(&next).await;
    Ok(next)
}

/// Signs out of this browser.
#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let state = cx::state()?;
    let parts = cx::parts().await?;
    if let Some(token) = cx::session_token(&parts) {
        finish(super::service::sign_out(&state.db, &token).await)?;
    }
    cx::set_session_cookie(None, 0, state.auth.secure_cookies);
    cx::go_to_after_plain_form("/?signed_out=1").await;
    Ok(())
}

/// The chair invites a person with a role.
#[server(endpoint = "invite_person")]
pub async fn invite_person(form: InvitationForm) -> Result<InvitationSent, AppError> {
    let caller = cx::signed_in().await?;
    if !caller.has(shared::Role::Chair) {
        return Err(cx::fail(AppError::Forbidden));
    }
    let request = match form.validate() {
        Ok(r) => r,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let sent = finish(
        super::service::invite(
            &state.db,
            &caller,
            request,
            &state.auth,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    // The address says only that it was sent: the typed email stays out of it.
    cx::go_to_after_plain_form("/outbox?sent=1").await;
    Ok(sent)
}

/// Extends, resends or revokes a pending invitation (chair).
#[server(endpoint = "change_invitation")]
pub async fn change_invitation(id: i64, change: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let Some(change) = shared::account::InvitationChange::from_code(&change) else {
        return Err(cx::fail(AppError::field(
            "change",
            shared::errors::Message::key("invitation-change-choose", &[]),
        )));
    };
    let state = cx::state()?;
    finish(
        super::service::change_invitation(
            &state.db,
            &caller,
            id,
            change,
            &state.auth,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/people?changed={}", change.code())).await;
    Ok(())
}

/// Adds a role to an account, closes it or opens it again (chair).
#[server(endpoint = "change_account")]
pub async fn change_account(
    id: i64,
    change: String,
    #[server(default)] role: String,
) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let change = match shared::account::AccountChange::read(&change, &role) {
        Ok(c) => c,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    finish(
        super::service::change_account(&state.db, &caller, id, change, jiff::Timestamp::now())
            .await,
    )?;
    let done = match change {
        shared::account::AccountChange::AddRole(_) => "role",
        shared::account::AccountChange::Close => "closed",
        shared::account::AccountChange::Reopen => "reopened",
    };
    cx::go_to_after_plain_form(&format!("/people?account={done}")).await;
    Ok(())
}

/// People and pending invitations (chair).
#[server(endpoint = "list_people")]
pub async fn list_people() -> Result<PeopleView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let (people, pending) =
        finish(super::service::people(&state.db, &caller, jiff::Timestamp::now()).await)?;
    Ok(PeopleView { people, pending })
}

/// An invitation, for the person who holds its link.
#[server(endpoint = "get_invitation")]
pub async fn get_invitation(token: String) -> Result<InvitationView, AppError> {
    let state = cx::state()?;
    finish(super::service::invitation_view(&state.db, &token, jiff::Timestamp::now()).await)
}

/// Accepts an invitation, creates the account and signs the person in.
#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(form: AcceptanceForm) -> Result<String, AppError> {
    let request = match form.validate() {
        Ok(r) => r,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let result =
        super::service::accept_invitation(&state.db, request, &state.auth, jiff::Timestamp::now())
            .await;
    let (person, token) = finish(result)?;
    // Their messages speak the language they accepted in, until they switch.
    finish(
        super::service::set_language(
            &state.db,
            person.id,
            crate::i18n::lang(),
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::set_session_cookie(
        Some(&token),
        state.auth.absolute_lifetime.as_secs(),
        state.auth.secure_cookies,
    );
    cx::go_to_after_plain_form("/home?welcome=1").await;
    Ok("/home?welcome=1".to_owned())
}

/// Updates the caller's profile.
#[server(endpoint = "update_profile")]
pub async fn update_profile(form: ProfileForm) -> Result<CurrentUser, AppError> {
    let caller = cx::signed_in().await?;
    let change = match form.validate() {
        Ok(c) => c,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let user = finish(
        super::service::update_profile(&state.db, &caller, change, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form("/profile?saved=profile").await;
    Ok(user)
}

/// Changes the caller's password; every other session ends.
#[server(endpoint = "change_password")]
pub async fn change_password(form: PasswordForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let (current, new_password) = match form.validate() {
        Ok(v) => v,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let result = super::service::change_password(
        &state.db,
        &caller,
        current,
        new_password,
        &state.auth,
        jiff::Timestamp::now(),
    )
    .await;
    let token = finish(result)?;
    cx::set_session_cookie(
        Some(&token),
        state.auth.absolute_lifetime.as_secs(),
        state.auth.secure_cookies,
    );
    cx::go_to_after_plain_form("/profile?saved=password").await;
    Ok(())
}

/// Sets the caller's time zone (offered when the browser's zone differs from the profile's).
#[server(endpoint = "set_time_zone")]
pub async fn set_time_zone(time_zone: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let zone = match shared::validate::time_zone(&time_zone) {
        Ok(z) => z,
        Err(m) => return Err(cx::fail(AppError::field("time_zone", m))),
    };
    let change = shared::account::ProfileChange {
        display_name: caller.display_name.clone(),
        time_zone: zone,
        languages: caller.languages.clone(),
        working_hours: None,
    };
    finish(
        super::service::update_profile(&state.db, &caller, change, jiff::Timestamp::now()).await,
    )?;
    Ok(())
}

/// "Forgot your password": mails a reset link if the address has an account. The answer is
/// the same either way; too many requests get 429.
#[server(endpoint = "forgot_password")]
pub async fn forgot_password(form: ForgotForm) -> Result<(), AppError> {
    let email = match form.validate() {
        Ok(e) => e,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let parts = cx::parts().await?;
    let client = cx::client_ip(&parts);
    finish(
        super::service::request_reset(
            &state.db,
            &state.throttle,
            &client,
            &email,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    // The address says only that it was asked: the typed email stays out of it.
    cx::go_to_after_plain_form("/forgot-password?asked=1").await;
    Ok(())
}

/// Whether a reset link still works (the page shows its form or says why not).
#[server(endpoint = "check_reset_link")]
pub async fn check_reset_link(token: String) -> Result<(), AppError> {
    let state = cx::state()?;
    finish(super::service::check_reset(&state.db, &token, jiff::Timestamp::now()).await)
}

/// Chooses a new password through a reset link and signs in.
#[server(endpoint = "reset_password")]
pub async fn reset_password(form: ResetForm) -> Result<(), AppError> {
    let (token, password) = match form.validate() {
        Ok(v) => v,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let (_, session) = finish(
        super::service::reset_password(
            &state.db,
            &token,
            password,
            &state.auth,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::set_session_cookie(
        Some(&session),
        state.auth.absolute_lifetime.as_secs(),
        state.auth.secure_cookies,
    );
    cx::go_to_after_plain_form("/profile?saved=password").await;
    Ok(())
}

/// Asks for a new email address: a confirmation link goes to it, a notice to the current one.
#[server(endpoint = "change_email")]
pub async fn change_email(form: shared::account::EmailChangeForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let (email, password) = match form.validate() {
        Ok(v) => v,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    finish(
        super::service::request_email_change(
            &state.db,
            &caller,
            &email,
            password,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form("/profile?saved=email_asked").await;
    Ok(())
}

/// The address a confirmation link would set.
#[server(endpoint = "get_email_change")]
pub async fn get_email_change(token: String) -> Result<String, AppError> {
    let state = cx::state()?;
    finish(super::service::email_change_view(&state.db, &token, jiff::Timestamp::now()).await)
}

/// Confirms a new email address through its link.
#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    let state = cx::state()?;
    finish(super::service::confirm_email_change(&state.db, &token, jiff::Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/profile?saved=email").await;
    Ok(())
}
