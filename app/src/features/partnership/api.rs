//! Server functions for partnerships and their workspace. Each resolves the caller; the service
//! decides what they may see or change.

use crate::error::AppError;
use leptos::prelude::*;
use shared::partnership::{
    GoalDetail, GoalForm, IntroductionForm, IntroductionsView, JournalForm, JournalView,
    MilestoneChangeForm, MilestoneDoneForm, MilestoneForm, MilestoneRemoval, NotificationView,
    PartnershipFigures, PartnershipPage, PartnershipStatus, ResourceForm, ResourcesView, ShareForm,
    StatusForm,
};

#[cfg(feature = "ssr")]
use super::service;
#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};
#[cfg(feature = "ssr")]
use jiff::Timestamp;

/// The partnerships the caller may see.
#[server(endpoint = "list_partnerships")]
pub async fn list_partnerships() -> Result<Vec<PartnershipFigures>, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::overview::list(&state.db, &caller, Timestamp::now()).await)
}

/// A partnership's main page.
#[server(endpoint = "get_partnership")]
pub async fn get_partnership(id: i64) -> Result<PartnershipPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::overview::overview(&state.db, &caller, id, Timestamp::now()).await)
}

/// The chair changes a partnership's status.
#[server(endpoint = "set_partnership_status")]
pub async fn set_partnership_status(form: StatusForm) -> Result<PartnershipStatus, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let status = finish(service::set_status(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}?status=saved",
        form.partnership_id
    ))
    .await;
    Ok(status)
}

/// The chair extends a partnership by some months, with a reason.
#[server(endpoint = "extend_partnership")]
pub async fn extend_partnership(form: shared::partnership::ExtendForm) -> Result<String, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let end = finish(service::extend(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/partnerships/{}?extended=1", form.partnership_id)).await;
    Ok(end)
}

/// The chair hands a partnership to another coach of its cohort, with a reason.
#[server(endpoint = "replace_coach")]
pub async fn replace_coach(form: shared::partnership::ReplaceCoachForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::replace_coach(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/partnerships/{}?replaced=1", form.partnership_id)).await;
    Ok(())
}

/// The chair undoes a match made by mistake (within a day); then the matching page.
#[server(endpoint = "undo_match")]
pub async fn undo_match(partnership_id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::undo_match(&state.db, &caller, partnership_id, Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/matching?undone=1").await;
    Ok(())
}

/// Adds or changes a goal.
#[server(endpoint = "save_goal")]
pub async fn save_goal(form: GoalForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::save_goal(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/goals/{id}?saved=1",
        form.partnership_id
    ))
    .await;
    Ok(id)
}

/// A goal with its milestones and history.
#[server(endpoint = "get_goal")]
pub async fn get_goal(partnership_id: i64, goal_id: i64) -> Result<GoalDetail, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        service::goal_detail(
            &state.db,
            &caller,
            partnership_id,
            goal_id,
            Timestamp::now(),
        )
        .await,
    )
}

/// Adds a milestone to a goal.
#[server(endpoint = "add_milestone")]
pub async fn add_milestone(form: MilestoneForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::add_milestone(&state.db, &caller, &form, Timestamp::now()).await)?;
    let next = if form.from == "sessions" {
        format!("/partnerships/{}/sessions?milestone=1", form.partnership_id)
    } else {
        format!(
            "/partnerships/{}/goals/{}#milestones",
            form.partnership_id, form.goal_id
        )
    };
    cx::go_to_after_plain_form(&next).await;
    Ok(form.goal_id)
}

/// Marks a milestone done or not done.
#[server(endpoint = "set_milestone_done")]
pub async fn set_milestone_done(form: MilestoneDoneForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let goal =
        finish(service::set_milestone_done(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/goals/{goal}#milestones",
        form.partnership_id
    ))
    .await;
    Ok(goal)
}

/// Rewords a milestone or moves its date.
#[server(endpoint = "change_milestone")]
pub async fn change_milestone(form: MilestoneChangeForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let goal =
        finish(service::change_milestone(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/goals/{goal}#milestones",
        form.partnership_id
    ))
    .await;
    Ok(goal)
}

/// Removes a milestone (its goal's history keeps it).
#[server(endpoint = "remove_milestone")]
pub async fn remove_milestone(form: MilestoneRemoval) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let goal =
        finish(service::remove_milestone(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/goals/{goal}#milestones",
        form.partnership_id
    ))
    .await;
    Ok(goal)
}

/// The pair's journal.
#[server(endpoint = "get_journal")]
pub async fn get_journal(id: i64) -> Result<JournalView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::journal(&state.db, &caller, id, Timestamp::now()).await)
}

/// A member of a finished pair keeps (or stops keeping) the journal past its period.
#[server(endpoint = "keep_journal")]
pub async fn keep_journal(form: shared::partnership::KeepJournalForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::keep_journal(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/journal#keeping",
        form.partnership_id
    ))
    .await;
    Ok(())
}

/// Adds a journal entry.
#[server(endpoint = "add_journal_entry")]
pub async fn add_journal_entry(form: JournalForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::add_journal_entry(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/journal?added=1",
        form.partnership_id
    ))
    .await;
    Ok(id)
}

/// Shares a journal entry with the programme team, or stops sharing it (author only).
#[server(endpoint = "share_journal_entry")]
pub async fn share_journal_entry(form: ShareForm) -> Result<bool, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let shared = finish(service::share_entry(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/partnerships/{}/journal", form.partnership_id)).await;
    Ok(shared)
}

/// The resources the coach collated.
#[server(endpoint = "get_resources")]
pub async fn get_resources(id: i64) -> Result<ResourcesView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::resources(&state.db, &caller, id, Timestamp::now()).await)
}

/// The coach adds a resource.
#[server(endpoint = "add_resource")]
pub async fn add_resource(form: ResourceForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::add_resource(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/resources?added=1",
        form.partnership_id
    ))
    .await;
    Ok(id)
}

/// The introductions the coach made.
#[server(endpoint = "get_introductions")]
pub async fn get_introductions(id: i64) -> Result<IntroductionsView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::introductions(&state.db, &caller, id, Timestamp::now()).await)
}

/// The coach records an introduction or its outcome.
#[server(endpoint = "save_introduction")]
pub async fn save_introduction(form: IntroductionForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::save_introduction(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/introductions?saved=1",
        form.partnership_id
    ))
    .await;
    Ok(id)
}

/// The caller's unread notifications.
#[server(endpoint = "get_notifications")]
pub async fn get_notifications() -> Result<Vec<NotificationView>, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::unread_notifications(&state.db, &caller).await)
}

/// The end-of-year evaluation page.
#[server(endpoint = "get_evaluation")]
pub async fn get_evaluation(id: i64) -> Result<shared::evaluation::EvaluationPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::evaluation_page(&state.db, &caller, id, Timestamp::now()).await)
}

/// A member saves their end-of-year evaluation.
#[server(endpoint = "save_evaluation")]
pub async fn save_evaluation(form: shared::evaluation::EvaluationForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::save_evaluation(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/evaluation?saved=1",
        form.partnership_id
    ))
    .await;
    Ok(())
}

/// A member of the pair sets a goal's final outcome.
#[server(endpoint = "set_goal_outcome")]
pub async fn set_goal_outcome(form: shared::evaluation::GoalOutcomeForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::set_goal_outcome(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/partnerships/{}/evaluation", form.partnership_id)).await;
    Ok(())
}

/// Marks all the caller's notifications read.
#[server(endpoint = "dismiss_all_notifications")]
pub async fn dismiss_all_notifications() -> Result<u64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let n = finish(service::dismiss_all_notifications(&state.db, &caller, Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/home").await;
    Ok(n)
}

/// Marks a notification read.
#[server(endpoint = "dismiss_notification")]
pub async fn dismiss_notification(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::dismiss_notification(&state.db, &caller, id, Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/home").await;
    Ok(())
}

/// The caller's card: what the other member of their pair sees (coaches and partners).
#[server(endpoint = "get_pair_card")]
pub async fn get_pair_card() -> Result<shared::pair_card::PairCardPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::pair_card_page(&state.db, &caller).await)
}

/// Saves the caller's card.
#[server(endpoint = "save_pair_card")]
pub async fn save_pair_card(form: shared::pair_card::PairCardForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::save_pair_card(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/profile/pair?saved=1").await;
    Ok(())
}
