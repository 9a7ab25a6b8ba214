//! Server functions of the discussions.

use crate::error::AppError;
use leptos::prelude::*;
use shared::discussion::{DiscussionsPage, EditForm, ReplyForm, ThreadForm, ThreadPage};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The threads of a space (or every space).
#[server(endpoint = "list_discussions")]
pub async fn list_discussions(space: String) -> Result<DiscussionsPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::super::service::discussions::discussions_page(&state.db, &caller, &space).await)
}

/// A thread and its posts.
#[server(endpoint = "get_thread")]
pub async fn get_thread(id: i64) -> Result<ThreadPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::super::service::discussions::thread_page(
            &state.db,
            &caller,
            id,
            jiff::Timestamp::now(),
        )
        .await,
    )
}

/// A member starts a thread.
#[server(endpoint = "start_thread")]
pub async fn start_thread(form: ThreadForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::super::service::discussions::start(
            &state.db,
            &caller,
            &form,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/discussions/{id}")).await;
    Ok(())
}

/// A member replies.
#[server(endpoint = "reply_thread")]
pub async fn reply_thread(form: ReplyForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::super::service::discussions::reply(
            &state.db,
            &caller,
            &form,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!(
        "/community/discussions/{}#post-{id}",
        form.thread_id
    ))
    .await;
    Ok(())
}

/// The author changes their post within the hour.
#[server(endpoint = "edit_post")]
pub async fn edit_post(form: EditForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let thread = finish(
        super::super::service::discussions::edit(&state.db, &caller, &form, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form(&format!(
        "/community/discussions/{thread}#post-{}",
        form.post_id
    ))
    .await;
    Ok(())
}

/// The programme team hides a post ("on") or shows it again.
#[server(endpoint = "hide_post")]
pub async fn hide_post(id: i64, hide: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let hidden = shared::partnership::checked(&hide);
    let thread = finish(
        super::super::service::discussions::hide(
            &state.db,
            &caller,
            id,
            hidden,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/discussions/{thread}#post-{id}")).await;
    Ok(())
}

/// The programme team locks a thread ("on") or opens it again.
#[server(endpoint = "lock_thread")]
pub async fn lock_thread(id: i64, lock: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let locked = shared::partnership::checked(&lock);
    finish(
        super::super::service::discussions::lock(
            &state.db,
            &caller,
            id,
            locked,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/discussions/{id}")).await;
    Ok(())
}
