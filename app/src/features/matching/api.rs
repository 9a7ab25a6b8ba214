//! Server functions for matching (chair only).

use crate::error::AppError;
use leptos::prelude::*;
use shared::partnership::{CoachPlaceForm, MatchForm, MatchingView};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The matching page of a cohort (the newest when `cohort` is empty).
#[server(endpoint = "get_matching")]
pub async fn get_matching(cohort: String) -> Result<MatchingView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let slug = (!cohort.is_empty()).then_some(cohort.as_str());
    finish(super::service::matching_view(&state.db, &caller, slug).await)
}

/// Matches a partner with a coach: the partnership starts with the cohort's year.
#[server(endpoint = "match_pair")]
pub async fn match_pair(form: MatchForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let result =
        super::service::create_partnership(&state.db, &caller, &form, jiff::Timestamp::now()).await;
    let id = finish(result)?;
    cx::go_to_after_plain_form(&format!("/partnerships/{id}?matched=1")).await;
    Ok(id)
}

/// Adds a coach to a cohort.
#[server(endpoint = "add_cohort_coach")]
pub async fn add_cohort_coach(form: CoachPlaceForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let result = super::service::add_coach(
        &state.db,
        &caller,
        form.cohort_id,
        form.coach_id,
        jiff::Timestamp::now(),
    )
    .await;
    finish(result)?;
    cx::go_to_after_plain_form(&back_to_matching(&state.db, form.cohort_id).await).await;
    Ok(())
}

/// States which areas a coach brings to a cohort (chair).
#[server(endpoint = "set_coach_expertise")]
pub async fn set_coach_expertise(
    form: shared::partnership::CoachExpertiseForm,
) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::set_coach_expertise(&state.db, &caller, &form).await)?;
    cx::go_to_after_plain_form(&back_to_matching(&state.db, form.cohort_id).await).await;
    Ok(())
}

/// Sets how many partners a coach takes in a cohort.
#[server(endpoint = "set_coach_capacity")]
pub async fn set_coach_capacity(form: CoachPlaceForm) -> Result<u32, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let result = super::service::set_capacity(
        &state.db,
        &caller,
        form.cohort_id,
        form.coach_id,
        &form.capacity,
    )
    .await;
    let n = finish(result)?;
    cx::go_to_after_plain_form(&back_to_matching(&state.db, form.cohort_id).await).await;
    Ok(n)
}

#[cfg(feature = "ssr")]
async fn back_to_matching(db: &sea_orm::DatabaseConnection, cohort_id: i64) -> String {
    use sea_orm::EntityTrait;
    match crate::entities::cohort::Entity::find_by_id(cohort_id)
        .one(db)
        .await
    {
        Ok(Some(c)) => format!("/matching?cohort={}#coaches", c.slug),
        _ => "/matching".into(),
    }
}
