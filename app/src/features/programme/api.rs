//! Server functions for the programme: read it (public), read and save its texts (chair).

use crate::error::AppError;
use leptos::prelude::*;
use shared::programme::{ProgrammeForm, ProgrammeView};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The programme, its areas and cohorts, for anyone.
#[server(endpoint = "get_programme")]
pub async fn get_programme() -> Result<ProgrammeView, AppError> {
    let state = cx::state()?;
    finish(super::service::programme_view(&state.db, jiff::Timestamp::now()).await)
}

/// The programme's texts for the chair's edit form.
#[server(endpoint = "get_programme_form")]
pub async fn get_programme_form() -> Result<ProgrammeForm, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::programme_form(&state.db, &caller).await)
}

/// Saves the programme's texts (chair).
#[server(endpoint = "update_programme")]
pub async fn update_programme(form: ProgrammeForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    // Who may, before what: nobody else learns the form's rules.
    if !caller.has(shared::Role::Chair) {
        return Err(cx::fail(AppError::Forbidden));
    }
    let change = match form.validate() {
        Ok(c) => c,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    finish(
        super::service::update_programme(&state.db, &caller, change, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form("/programme?saved=1").await;
    Ok(())
}

/// Every cohort with its stage (chair).
#[server(endpoint = "get_cohorts")]
pub async fn get_cohorts() -> Result<Vec<shared::cohort::CohortSummary>, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::cohort_list(&state.db, &caller, jiff::Timestamp::now()).await)
}

/// A cohort's form ("new": an empty one with the call's rules) (chair).
#[server(endpoint = "get_cohort")]
pub async fn get_cohort(cohort: String) -> Result<shared::cohort::CohortEdit, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::cohort_edit(&state.db, &caller, &cohort, jiff::Timestamp::now()).await)
}

/// Creates or changes a cohort (chair); then its page.
#[server(endpoint = "save_cohort")]
pub async fn save_cohort(form: shared::cohort::CohortForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    if !caller.has(shared::Role::Chair) {
        return Err(cx::fail(AppError::Forbidden));
    }
    let state = cx::state()?;
    let is_new = form.slug.is_empty();
    let slug = finish(
        super::service::save_cohort(&state.db, &caller, &form, jiff::Timestamp::now()).await,
    )?;
    let done = if is_new { "created" } else { "saved" };
    cx::go_to_after_plain_form(&format!("/cohorts/{slug}?{done}=1")).await;
    Ok(())
}

/// The chair invites partners into a cohort (one, or a pasted list); then the cohort's page.
#[server(endpoint = "invite_partners")]
pub async fn invite_partners(form: shared::cohort::InvitePartnersForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let done = finish(
        super::service::invite_partners(
            &state.db,
            &caller,
            &form,
            &state.auth,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!(
        "/cohorts/{}?invited={}&added={}&already={}#partners",
        form.cohort, done.invited, done.added, done.already
    ))
    .await;
    Ok(())
}
