//! `/community/announcements`: what the programme team wrote to everyone or to a cohort, newest
//! first; the team's form to write one, and removing one.

use super::super::api::{PublishAnnouncement, RemoveAnnouncement, list_announcements};
use crate::i18n::{Arg, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, RequestKey, TextArea, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::announcement::{AnnouncementView, AnnouncementsPage as Page};

/// Who an announcement was written to.
pub(crate) fn audience(a: &AnnouncementView) -> String {
    match &a.audience {
        Some(cohort) => tr("event-for-cohort", &[("cohort", cohort.clone().into())]),
        None => t("event-for-everyone"),
    }
}

#[component]
pub fn AnnouncementsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_announcements());
    let query = use_query_map();
    let published = move || query.with(|q| q.get("published").is_some());
    let removed = move || query.with(|q| q.get("removed").is_some());
    view! {
        <Title text=t("announcements-title")/>
        {move || published().then(|| view! { <p class="notice notice-success" role="status">{t("announcements-published")}</p> })}
        {move || removed().then(|| view! { <p class="notice notice-success" role="status">{t("announcements-removed")}</p> })}
        <h1>{t("announcements-heading")}</h1>
        <p class="lead">{t("announcements-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Announcements page/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Announcements(page: Page) -> impl IntoView {
    let can_write = page.can_write;
    let list = if page.items.is_empty() {
        view! { <p class="empty">{t("announcements-empty")}</p> }.into_any()
    } else {
        view! {
            <ul class="event-list">
                {page.items.into_iter().map(|a| view! { <li><Item a can_remove=can_write/></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        {can_write.then(|| view! { <WriteForm cohorts=page.cohorts.clone()/> })}
        {list}
    }
}

#[component]
fn Item(a: AnnouncementView, can_remove: bool) -> impl IntoView {
    let remove = Form::<RemoveAnnouncement>::new();
    let id = a.id;
    let heading = format!("announcement-{id}-title");
    let labelled = heading.clone();
    view! {
        <article class="card event" id=format!("announcement-{id}") aria-labelledby=labelled>
            <p class="hint">{audience(&a)}</p>
            <h2 id=heading>{a.title.clone()}</h2>
            <p class="hint">{tr("announcement-by", &[("name", a.author.clone().into()), ("day", Arg::Day(a.written_on.clone()))])}</p>
            <p class="pre-line">{a.body.clone()}</p>
            {can_remove.then(|| view! {
                <details class="danger-details">
                    <summary>{t("announcement-remove")}</summary>
                    <p>{t("announcement-remove-text")}</p>
                    <PostForm to=remove.url() class="inline-form">
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button button-danger button-small">{t("announcement-remove-yes")}</button>
                    </PostForm>
                </details>
            })}
        </article>
    }
}

/// The programme team's form.
#[component]
fn WriteForm(cohorts: Vec<(String, String)>) -> impl IntoView {
    let action = Form::<PublishAnnouncement>::new();
    let errors = action.errors();
    let failed = errors.with_untracked(|e| !e.is_empty());
    let audience = kept_or("audience", "");
    view! {
        <section aria-labelledby="write-announcement" class="publish-event">
            <details open=failed>
                <summary><h2 id="write-announcement" class="summary-heading">{t("announcements-write")}</h2></summary>
                <p class="hint">{t("announcements-write-hint")}</p>
                <ErrorSummary errors/>
                <PostForm to=action.url() novalidate=true class="form">
                    <RequestKey/>
                    <Field label=t("announcement-title-field") name="title" value=kept_or("title", "") errors/>
                    <TextArea label=t("announcement-body") name="body" value=kept_or("body", "") rows=6 errors hint=t("announcement-body-hint")/>
                    <div class="field" class:field-error=move || errors.with(|e| e.first("audience").is_some())>
                        <label for="audience">{t("announcement-audience")}</label>
                        {move || errors.with(|e| e.first("audience").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                        <select id="audience" name="form[audience]">
                            <option value="" selected=audience.is_empty()>{t("event-for-everyone")}</option>
                            {cohorts.into_iter().map(|(slug, name)| {
                                let selected = slug == audience;
                                view! { <option value=slug selected=selected>{tr("event-for-cohort", &[("cohort", name.into())])}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button">{t("announcements-send")}</button>
                </PostForm>
            </details>
        </section>
    }
}
