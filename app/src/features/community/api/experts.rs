//! Server functions of the experts pool and the introductions coaches ask for.

use crate::error::AppError;
use leptos::prelude::*;
use shared::experts::{DecisionForm, ExpertForm, ExpertsPage, ProposalForm};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The pool of experts and the proposals (the programme team).
#[server(endpoint = "list_experts")]
pub async fn list_experts() -> Result<ExpertsPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::super::service::experts::experts_page(&state.db, &caller).await)
}

/// The team adds an expert, with their consent, or changes one.
#[server(endpoint = "save_expert")]
pub async fn save_expert(form: ExpertForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::super::service::experts::save_expert(
            &state.db,
            &caller,
            &form,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/experts?saved=1#expert-{id}")).await;
    Ok(())
}

/// The team retires an expert ("on") or brings them back.
#[server(endpoint = "retire_expert")]
pub async fn retire_expert(id: i64, retire: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let on = shared::partnership::checked(&retire);
    finish(
        super::super::service::experts::retire_expert(
            &state.db,
            &caller,
            id,
            on,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/experts?saved=1#expert-{id}")).await;
    Ok(())
}

/// A pair's coach asks the team to introduce their partner to an expert.
#[server(endpoint = "propose_expert")]
pub async fn propose_expert(form: ProposalForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::super::service::experts::propose(&state.db, &caller, &form, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/introductions?proposed=1#experts-pool",
        form.partnership_id
    ))
    .await;
    Ok(())
}

/// The team makes the introduction a coach asked for, or declines it.
#[server(endpoint = "decide_proposal")]
pub async fn decide_proposal(form: DecisionForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::super::service::experts::decide(&state.db, &caller, &form, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form("/community/experts?answered=1").await;
    Ok(())
}
