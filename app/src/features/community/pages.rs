//! The community's pages: `/community` (what is new), the directory, the events and the stories.

mod announcements;
mod directory;
mod discussions;
mod events;
mod experts;
mod library;
mod search;
mod stories;

pub(crate) use events::when as event_when;

pub use announcements::AnnouncementsPage;
pub use directory::{DirectoryPage, ListingPage};
pub use discussions::{DiscussionsPage, ThreadPage};
pub use events::{EventPage, EventsPage};
pub use experts::{ExpertProposals, ExpertsPage};
pub use library::{AddLibraryItemPage, LibraryItemPage, LibraryPage};
pub use search::SearchPage;
pub use stories::{ShareStoryPage, StoriesPage};

use super::api::{get_directory, list_discussions, list_events, list_library, list_stories};
use crate::i18n::{t, tr};
use crate::ui::{Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use shared::directory::Filter;

/// What the community holds now: the events coming up, the directory with the reader's place
/// in it, and the latest stories.
#[component]
pub fn CommunityPage() -> impl IntoView {
    let people = Resource::new(|| (), |_| get_directory(Filter::default()));
    let events = Resource::new(|| (), |_| list_events());
    let stories = Resource::new(|| (), |_| list_stories());
    let library = Resource::new(
        || (),
        |_| list_library(shared::library::LibraryFilter::default()),
    );
    let talk = Resource::new(|| (), |_| list_discussions(String::new()));
    view! {
        <Title text=t("community-title")/>
        <h1>{t("community-heading")}</h1>
        <p class="lead">{t("community-lead")}</p>
        <search::SearchBox value=String::new()/>
        <nav aria-label=t("community-sections")>
            <ul class="community-sections">
                <li><a href="/community/people">{t("directory-heading")}</a></li>
                <li><a href="/community/library">{t("library-heading")}</a></li>
                <li><a href="/community/discussions">{t("discussions-heading")}</a></li>
                <li><a href="/community/events">{t("events-heading")}</a></li>
                <li><a href="/community/stories">{t("stories-heading")}</a></li>
                <li><a href="/community/announcements">{t("announcements-heading")}</a></li>
            </ul>
        </nav>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match (events.await, people.await, stories.await, library.await, talk.await) {
                    (Ok(ev), Ok(page), Ok(told), Ok(shelf), Ok(talk)) => {
                        let threads: Vec<_> = talk.threads.into_iter().take(3).collect();
                        let items: Vec<_> = shelf.items.into_iter().take(3).collect();
                        let latest: Vec<_> = told.stories.iter().filter(|s| !s.title.is_empty()).take(3).cloned().collect();
                        let zone = ev.my_zone.clone();
                        let coming = ev.upcoming.into_iter().take(3).collect::<Vec<_>>();
                        view! {
                            {ev.can_publish.then(|| view! { <p class="hint">{t("community-team-tools")}" "<a href="/community/experts">{t("community-experts")}</a></p> })}
                            <div class="community-grid">
                                <section class="card" aria-labelledby="community-events">
                                    <h2 id="community-events"><a href="/community/events">{t("events-heading")}</a></h2>
                                    {if coming.is_empty() {
                                        view! { <p class="empty">{t("events-none-coming")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="event-list">
                                                {coming.into_iter().map(|e| view! { <li><events::EventItem e my_zone=zone.clone()/></li> }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                </section>
                                <section class="card" aria-labelledby="community-people">
                                    <h2 id="community-people"><a href="/community/people">{t("directory-heading")}</a></h2>
                                    <p>{tr("community-people-count", &[("count", page.listed.into())])}</p>
                                    <directory::YourPlace listed=page.me_listed/>
                                </section>
                                <section class="card" aria-labelledby="community-discussions">
                                    <h2 id="community-discussions"><a href="/community/discussions">{t("discussions-heading")}</a></h2>
                                    {if threads.is_empty() {
                                        view! { <p class="empty">{t("community-discussions-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="plain-list">
                                                {threads.into_iter().map(|th| view! {
                                                    <li><a href=format!("/community/discussions/{}", th.id)>{th.title.clone()}</a>" "<span class="hint">{tr("community-replies", &[("count", th.replies.into())])}</span></li>
                                                }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                </section>
                                <section class="card" aria-labelledby="community-library">
                                    <h2 id="community-library"><a href="/community/library">{t("library-heading")}</a></h2>
                                    {if items.is_empty() {
                                        view! { <p class="empty">{t("community-library-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="plain-list">
                                                {items.into_iter().map(|i| view! {
                                                    <li><a href=format!("/community/library/{}", i.id)>{i.title.clone()}</a></li>
                                                }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                </section>
                                <section class="card" aria-labelledby="community-stories">
                                    <h2 id="community-stories"><a href="/community/stories">{t("stories-heading")}</a></h2>
                                    <p>{t("community-stories-lead")}" "{tr("community-stories-count", &[("count", told.stories.len().into())])}</p>
                                    {(!latest.is_empty()).then(|| view! {
                                        <ul class="plain-list">
                                            {latest.into_iter().map(|s| view! {
                                                <li><a href=format!("/community/stories#story-{}", s.id)>{s.title.clone()}</a></li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                </section>
                            </div>
                        }.into_any()
                    }
                    (Err(e), ..) | (_, Err(e), ..) | (_, _, Err(e), ..) | (.., Err(e), _) | (.., Err(e)) => page_error(e),
                }
            })}
        </Suspense>
    }
}
