//! Server functions of the community: thin adapters from the caller to one service call.

use crate::error::AppError;
use leptos::prelude::*;
use shared::announcement::{AnnouncementForm, AnnouncementsPage};
use shared::community_event::{AttendanceForm, EventForm, EventPage, EventsPage};
use shared::directory::{DirectoryPage, Filter, ListingForm, ListingPage};
use shared::discussion::{DiscussionsPage, EditForm, ReplyForm, ThreadForm, ThreadPage};
use shared::experts::{DecisionForm, ExpertForm, ExpertsPage, ProposalForm};
use shared::library::{ItemPage, LibraryFilter, LibraryForm, LibraryPage};
use shared::search::SearchPage;
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

/// The library, narrowed by words and area.
#[server(endpoint = "list_library")]
pub async fn list_library(filter: LibraryFilter) -> Result<LibraryPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::library::library_page(&state.db, &caller, &filter).await)
}

/// One item of the library.
#[server(endpoint = "get_library_item")]
pub async fn get_library_item(id: i64) -> Result<ItemPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::library::item_page(&state.db, &caller, id).await)
}

/// The author of a pair's resource shares it with the library.
#[server(endpoint = "share_resource")]
pub async fn share_resource(partnership_id: i64, resource_id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::service::library::share_resource(
            &state.db,
            &caller,
            partnership_id,
            resource_id,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/library/{id}?shared=1")).await;
    Ok(())
}

/// The programme team edits an item.
#[server(endpoint = "edit_library_item")]
pub async fn edit_library_item(form: LibraryForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::library::edit(&state.db, &caller, &form, jiff::Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/community/library/{}?edited=1", form.id)).await;
    Ok(())
}

/// The programme team features an item ("on") or stops featuring it.
#[server(endpoint = "feature_library_item")]
pub async fn feature_library_item(id: i64, feature: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let on = shared::partnership::checked(&feature);
    finish(
        super::service::library::feature(&state.db, &caller, id, on, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/library/{id}")).await;
    Ok(())
}

/// The team, or the item's author, removes it.
#[server(endpoint = "remove_library_item")]
pub async fn remove_library_item(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::library::remove(&state.db, &caller, id).await)?;
    cx::go_to_after_plain_form("/community/library?removed=1").await;
    Ok(())
}

/// What the words find across the library, the stories and the directory.
#[server(endpoint = "search_community")]
pub async fn search_community(q: String) -> Result<SearchPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::search::search_page(&state.db, &caller, &q, crate::i18n::lang()).await)
}

/// The pool of experts and the proposals (the programme team).
#[server(endpoint = "list_experts")]
pub async fn list_experts() -> Result<ExpertsPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::experts::experts_page(&state.db, &caller).await)
}

/// The team adds an expert, with their consent, or changes one.
#[server(endpoint = "save_expert")]
pub async fn save_expert(form: ExpertForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::service::experts::save_expert(&state.db, &caller, &form, jiff::Timestamp::now())
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
        super::service::experts::retire_expert(&state.db, &caller, id, on, jiff::Timestamp::now())
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
        super::service::experts::propose(&state.db, &caller, &form, jiff::Timestamp::now()).await,
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
        super::service::experts::decide(&state.db, &caller, &form, jiff::Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form("/community/experts?answered=1").await;
    Ok(())
}

/// The threads of a space (or every space).
#[server(endpoint = "list_discussions")]
pub async fn list_discussions(space: String) -> Result<DiscussionsPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::discussions::discussions_page(&state.db, &caller, &space).await)
}

/// A thread and its posts.
#[server(endpoint = "get_thread")]
pub async fn get_thread(id: i64) -> Result<ThreadPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::service::discussions::thread_page(&state.db, &caller, id, jiff::Timestamp::now())
            .await,
    )
}

/// A member starts a thread.
#[server(endpoint = "start_thread")]
pub async fn start_thread(form: ThreadForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::service::discussions::start(&state.db, &caller, &form, jiff::Timestamp::now()).await,
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
        super::service::discussions::reply(&state.db, &caller, &form, jiff::Timestamp::now()).await,
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
        super::service::discussions::edit(&state.db, &caller, &form, jiff::Timestamp::now()).await,
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
        super::service::discussions::hide(&state.db, &caller, id, hidden, jiff::Timestamp::now())
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
        super::service::discussions::lock(&state.db, &caller, id, locked, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/discussions/{id}")).await;
    Ok(())
}
