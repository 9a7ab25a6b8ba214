//! Server functions of the community: thin adapters from the caller to one service call. The
//! library (with search), the experts and the discussions have a file each.

mod discussions;
mod experts;
mod library;

pub use discussions::*;
pub use experts::*;
pub use library::*;

use crate::error::AppError;
use leptos::prelude::*;
use shared::announcement::{AnnouncementForm, AnnouncementsPage};
use shared::community_event::{AttendanceForm, EventForm, EventPage, EventsPage};
use shared::directory::{DirectoryPage, Filter, ListingForm, ListingPage};
use shared::story::{StoriesPage, StoryDraft, StoryForm};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The directory, narrowed by the page's filters (members of the programme only).
#[server(endpoint = "get_directory")]
pub async fn get_directory(filter: Filter) -> Result<DirectoryPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::directory::directory(&state.db, &caller, filter).await)
}

/// The caller's own listing, with what others would see.
#[server(endpoint = "get_listing")]
pub async fn get_listing() -> Result<ListingPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::directory::listing_page(&state.db, &caller).await)
}

/// Joins or leaves the directory, or changes the details shown there.
#[server(endpoint = "save_listing")]
pub async fn save_listing(form: ListingForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let listing = finish(
        super::service::directory::save_listing(&state.db, &caller, &form, jiff::Timestamp::now())
            .await,
    )?;
    let done = match listing {
        shared::directory::Listing::In(_) => "listed",
        shared::directory::Listing::Out => "left",
    };
    cx::go_to_after_plain_form(&format!("/community/people?saved={done}")).await;
    Ok(())
}

/// The events the caller is invited to, coming and past.
#[server(endpoint = "list_events")]
pub async fn list_events() -> Result<EventsPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::events::events_page(&state.db, &caller, jiff::Timestamp::now()).await)
}

/// One event, with who goes.
#[server(endpoint = "get_event")]
pub async fn get_event(id: i64) -> Result<EventPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::events::event_page(&state.db, &caller, id, jiff::Timestamp::now()).await)
}

/// Publishes a conference or a community call (the programme team).
#[server(endpoint = "publish_event")]
pub async fn publish_event(form: EventForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::service::events::publish(&state.db, &caller, &form, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/events/{id}?published=1")).await;
    Ok(())
}

/// Says whether the caller will attend.
#[server(endpoint = "answer_event")]
pub async fn answer_event(form: AttendanceForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::service::events::answer(&state.db, &caller, &form, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/events/{}?answered=1", form.event_id)).await;
    Ok(())
}

/// Cancels an event (the programme team).
#[server(endpoint = "cancel_event")]
pub async fn cancel_event(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::events::cancel(&state.db, &caller, id, jiff::Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/community/events/{id}")).await;
    Ok(())
}

/// The share page of one of the caller's journal entries.
#[server(endpoint = "get_story_draft")]
pub async fn get_story_draft(partnership_id: i64, entry_id: i64) -> Result<StoryDraft, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::stories::draft(&state.db, &caller, partnership_id, entry_id).await)
}

/// Shares one of the caller's journal entries with the community as a story.
#[server(endpoint = "share_story")]
pub async fn share_story(form: StoryForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::service::stories::share(&state.db, &caller, &form, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/stories?shared=1#story-{id}")).await;
    Ok(())
}

/// The community's stories.
#[server(endpoint = "list_stories")]
pub async fn list_stories() -> Result<StoriesPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::stories::stories(&state.db, &caller).await)
}

/// The author takes their story back.
#[server(endpoint = "withdraw_story")]
pub async fn withdraw_story(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::stories::withdraw(&state.db, &caller, id).await)?;
    cx::go_to_after_plain_form("/community/stories?withdrawn=1").await;
    Ok(())
}

/// The programme team hides a story ("on") or shows it again.
#[server(endpoint = "hide_story")]
pub async fn hide_story(id: i64, hide: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let hidden = shared::partnership::checked(&hide);
    finish(
        super::service::stories::hide(&state.db, &caller, id, hidden, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/stories#story-{id}")).await;
    Ok(())
}

/// The announcements the caller may read (and, for the team, the form's cohorts).
#[server(endpoint = "list_announcements")]
pub async fn list_announcements() -> Result<AnnouncementsPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::announcements::announcements_page(&state.db, &caller).await)
}

/// The programme team writes to everyone or to a cohort.
#[server(endpoint = "publish_announcement")]
pub async fn publish_announcement(form: AnnouncementForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::service::announcements::publish(&state.db, &caller, &form, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form(&format!(
        "/community/announcements?published=1#announcement-{id}"
    ))
    .await;
    Ok(())
}

/// The programme team removes an announcement.
#[server(endpoint = "remove_announcement")]
pub async fn remove_announcement(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::announcements::remove(&state.db, &caller, id).await)?;
    cx::go_to_after_plain_form("/community/announcements?removed=1").await;
    Ok(())
}
