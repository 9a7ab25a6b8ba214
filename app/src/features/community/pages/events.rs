//! `/community/events` (what is coming, what has been; the team's form to publish) and
//! `/community/events/{id}` (one event: when on the reader's clock and the event's, who goes,
//! the reader's answer, its calendar file; the team's figures and cancelling).

use super::super::api::{AnswerEvent, CancelEvent, PublishEvent, get_event, list_events};
use crate::i18n::{Arg, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, RequestKey, TextArea, ZoneField, kept_or,
    page_error, radios,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::community_event::{self as ev, Answer, CALL_DURATIONS, EventKind, EventSummary, Mode};

/// When an event happens, for a reader in `my_zone`: a call on the reader's clock with the
/// event's own beside it (when they differ); a conference's days on its place's calendar.
pub(crate) fn when(e: &EventSummary, my_zone: &str) -> String {
    match e.kind {
        EventKind::Conference => {
            let first = Arg::Day(e.first_day.clone());
            if e.first_day == e.last_day {
                tr("event-one-day", &[("day", first)])
            } else {
                tr(
                    "event-days",
                    &[("first", first), ("last", Arg::Day(e.last_day.clone()))],
                )
            }
        }
        EventKind::Call => {
            let mine = tr(
                "stated-clock",
                &[
                    ("time", Arg::Clock(e.starts_at_ms, my_zone.to_owned())),
                    ("place", Arg::Place(my_zone.to_owned())),
                ],
            );
            if shared::time::zone_city(my_zone) == shared::time::zone_city(&e.time_zone) {
                mine
            } else {
                let theirs = tr(
                    "clock-in-place",
                    &[
                        ("time", Arg::Clock(e.starts_at_ms, e.time_zone.clone())),
                        ("place", Arg::Place(e.time_zone.clone())),
                    ],
                );
                tr(
                    "event-two-clocks",
                    &[("mine", mine.into()), ("theirs", theirs.into())],
                )
            }
        }
    }
}

fn audience(e: &EventSummary) -> String {
    match &e.audience {
        Some(cohort) => tr("event-for-cohort", &[("cohort", cohort.clone().into())]),
        None => t("event-for-everyone"),
    }
}

/// One event in a list.
#[component]
pub(super) fn EventItem(e: EventSummary, my_zone: String) -> impl IntoView {
    let when = when(&e, &my_zone);
    let who = audience(&e);
    view! {
        <article class="card event" aria-labelledby=format!("event-{}", e.id)>
            <p class="hint"><span class="tag">{t(&format!("event-kind-{}", e.kind.code()))}</span>" "{who}</p>
            <h3 id=format!("event-{}", e.id)><a href=format!("/community/events/{}", e.id)>{e.title.clone()}</a></h3>
            <p class="event-when"><strong>{when}</strong></p>
            {(!e.place.is_empty()).then(|| view! { <p>{e.place.clone()}</p> })}
            <p class="hint">
                {tr("event-going", &[("count", e.going.into())])}
                {e.my_answer.map(|a| view! { " · "{t(&format!("event-you-said-{}", a.code()))} })}
            </p>
        </article>
    }
}

#[component]
pub fn EventsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_events());
    view! {
        <Title text=t("events-title")/>
        <h1>{t("events-heading")}</h1>
        <p class="lead">{t("events-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <EventLists page/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EventLists(page: ev::EventsPage) -> impl IntoView {
    let zone = page.my_zone.clone();
    let upcoming = if page.upcoming.is_empty() {
        view! { <p class="empty">{t("events-none-coming")}</p> }.into_any()
    } else {
        let zone = zone.clone();
        view! {
            <ul class="event-list">
                {page.upcoming.into_iter().map(|e| view! { <li><EventItem e my_zone=zone.clone()/></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let past_count = page.past.len();
    view! {
        <section aria-labelledby="events-coming">
            <h2 id="events-coming">{t("events-coming")}</h2>
            {upcoming}
        </section>
        {(past_count > 0).then(|| {
            let zone = zone.clone();
            view! {
                <details class="past-events">
                    <summary>{tr("events-past", &[("count", past_count.into())])}</summary>
                    <ul class="event-list">
                        {page.past.into_iter().map(|e| view! { <li><EventItem e my_zone=zone.clone()/></li> }).collect_view()}
                    </ul>
                </details>
            }
        })}
        {page.can_publish.then(|| view! { <PublishForm cohorts=page.cohorts.clone()/> })}
    }
}

/// The programme team's form. Without JavaScript both kinds' fields show, each in its own group.
#[component]
fn PublishForm(cohorts: Vec<(String, String)>) -> impl IntoView {
    let action = Form::<PublishEvent>::new();
    let errors = action.errors();
    let failed = errors.with_untracked(|e| !e.is_empty());
    let kinds = EventKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), t(&format!("event-kind-{}", k.code()))))
        .collect::<Vec<_>>();
    let audience = kept_or("audience", "");
    let duration = kept_or("duration", "60");
    let fold = kept_or("fold", "");
    view! {
        <section aria-labelledby="publish-event" class="publish-event">
            <details open=failed>
                <summary><h2 id="publish-event" class="summary-heading">{t("events-publish")}</h2></summary>
                <p class="hint">{t("events-publish-hint")}</p>
                <ErrorSummary errors/>
                <PostForm to=action.url() novalidate=true class="form">
                    <RequestKey/>
                    {radios("kind", t("event-kind"), t("event-kind-hint"), kinds, kept_or("kind", "call"), errors)}
                    <Field label=t("event-title") name="title" value=kept_or("title", "") errors/>
                    <TextArea label=t("event-description") name="description" value=kept_or("description", "") rows=4 errors hint=t("event-description-hint")/>
                    <ZoneField errors value=kept_or("time_zone", "") label=t("event-zone")/>
                    <div class="field" class:field-error=move || errors.with(|e| e.first("audience").is_some())>
                        <label for="audience">{t("event-audience")}</label>
                        {move || errors.with(|e| e.first("audience").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                        <select id="audience" name="form[audience]">
                            <option value="" selected=audience.is_empty()>{t("event-for-everyone")}</option>
                            {cohorts.into_iter().map(|(slug, name)| {
                                let selected = slug == audience;
                                view! { <option value=slug selected=selected>{tr("event-for-cohort", &[("cohort", name.into())])}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="field kind-fields">
                        <legend>{t("event-call-fields")}</legend>
                        <Field label=t("event-starts") name="starts" kind="datetime-local" value=kept_or("starts", "") hint=t("event-starts-hint") errors/>
                        <div class="field" class:field-error=move || errors.with(|e| e.first("fold").is_some())>
                            <label for="fold">{t("event-fold")}</label>
                            {move || errors.with(|e| e.first("fold").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                            <select id="fold" name="form[fold]">
                                <option value="" selected=fold.is_empty()>{t("event-fold-none")}</option>
                                <option value="first" selected=fold == "first">{t("event-fold-first")}</option>
                                <option value="second" selected=fold == "second">{t("event-fold-second")}</option>
                            </select>
                        </div>
                        <div class="field" class:field-error=move || errors.with(|e| e.first("duration").is_some())>
                            <label for="duration">{t("event-duration")}</label>
                            {move || errors.with(|e| e.first("duration").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                            <select id="duration" name="form[duration]">
                                {CALL_DURATIONS.iter().map(|d| {
                                    let v = d.to_string();
                                    let selected = v == duration;
                                    view! { <option value=v selected=selected>{tr("event-minutes", &[("minutes", i64::from(*d).into())])}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <Field label=t("event-video-link") name="video_link" kind="url" value=kept_or("video_link", "") errors/>
                    </fieldset>
                    <fieldset class="field kind-fields">
                        <legend>{t("event-conference-fields")}</legend>
                        <Field label=t("event-first-day") name="first_day" kind="date" value=kept_or("first_day", "") errors/>
                        <Field label=t("event-last-day") name="last_day" kind="date" value=kept_or("last_day", "") errors/>
                        <Field label=t("event-place") name="place" value=kept_or("place", "") hint=t("event-place-hint") errors/>
                        <Field label=t("event-registration-link") name="registration_link" kind="url" value=kept_or("registration_link", "") errors/>
                    </fieldset>
                    <button type="submit" class="button">{t("events-publish-button")}</button>
                </PostForm>
            </details>
        </section>
    }
}

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, get_event);
    let query = use_query_map();
    let published = move || query.with(|q| q.get("published").is_some());
    let answered = move || query.with(|q| q.get("answered").is_some());
    let confirming = move || query.with(|q| q.get("confirm").as_deref() == Some("cancel"));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! {
                        <Title text=tr("event-title-page", &[("title", page.event.title.clone().into())])/>
                        {move || published().then(|| view! { <p class="notice notice-success" role="status">{t("event-published")}</p> })}
                        {move || answered().then(|| view! { <p class="notice notice-success" role="status">{t("event-answered")}</p> })}
                        <OneEvent page confirming=confirming()/>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OneEvent(page: ev::EventPage, confirming: bool) -> impl IntoView {
    let e = page.event.clone();
    let id = e.id;
    let when = when(&e, &page.my_zone);
    let answer = Form::<AnswerEvent>::new();
    let errors = answer.errors();
    let cancel = Form::<CancelEvent>::new();
    let answers = Answer::ALL
        .iter()
        .map(|a| {
            (
                a.code().to_owned(),
                t(&format!("event-answer-{}", a.code())),
            )
        })
        .collect::<Vec<_>>();
    let modes = Mode::ALL
        .iter()
        .map(|m| (m.code().to_owned(), t(&format!("event-mode-{}", m.code()))))
        .collect::<Vec<_>>();
    let (link_key, link_label) = match e.kind {
        EventKind::Call => ("event-video-link", "event-join"),
        EventKind::Conference => ("event-registration-link", "event-register"),
    };
    let open = page.open;
    view! {
        <div class="narrow">
            <p><a href="/community/events">{t("event-back")}</a></p>
            <p class="hint"><span class="tag">{t(&format!("event-kind-{}", e.kind.code()))}</span>" "{audience(&e)}</p>
            <h1>{e.title.clone()}</h1>
            {page.cancelled.then(|| view! { <p class="notice notice-warning" role="status">{t("event-cancelled")}</p> })}
            <dl class="figures">
                <div><dt>{t("event-when")}</dt><dd class="event-when">{when}</dd></div>
                {(!e.place.is_empty()).then(|| view! { <div><dt>{t("event-place")}</dt><dd>{e.place.clone()}</dd></div> })}
                {(!page.link.is_empty()).then(|| view! {
                    <div><dt>{t(link_key)}</dt><dd><a href=page.link.clone() rel="noopener noreferrer">{t(link_label)}</a></dd></div>
                })}
                <div><dt>{t("event-calendar")}</dt><dd><a href=format!("/community/events/{id}/ics") rel="external" download="">{t("event-ics")}</a></dd></div>
            </dl>
            {(!page.description.is_empty()).then(|| view! { <p class="pre-line">{page.description.clone()}</p> })}
            {open.then(|| view! {
                <section class="card" aria-labelledby="your-answer">
                    <h2 id="your-answer">{t("event-your-answer")}</h2>
                    <ErrorSummary errors/>
                    <PostForm to=answer.url() novalidate=true class="form">
                        <input type="hidden" name="form[event_id]" value=id/>
                        {radios("answer", t("event-will-you"), String::new(), answers.clone(), kept_or("answer", &page.mine.answer), errors)}
                        {(e.kind == EventKind::Conference).then(|| radios("mode", t("event-how"), t("event-how-hint"), modes.clone(), kept_or("mode", &page.mine.mode), errors))}
                        <button type="submit" class="button">{t("event-answer-save")}</button>
                    </PostForm>
                </section>
            })}
            <section aria-labelledby="who-goes">
                <h2 id="who-goes">{t("event-who-goes")}</h2>
                {if page.attendees.is_empty() {
                    view! { <p class="empty">{t("event-nobody-yet")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="attendees">
                            {page.attendees.iter().map(|a| {
                                let how = if e.kind == EventKind::Conference {
                                    tr("event-attendee-how", &[("answer", Arg::Key(format!("event-answer-{}", a.answer.code()))), ("mode", Arg::Key(format!("event-mode-{}", a.mode.code())))])
                                } else {
                                    t(&format!("event-answer-{}", a.answer.code()))
                                };
                                view! { <li>{a.name.clone()}" "<span class="hint">"("{how}")"</span></li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            {page.figures.clone().map(|f| view! {
                <section class="card" aria-labelledby="event-figures">
                    <h2 id="event-figures">{t("event-figures")}</h2>
                    <dl class="figures">
                        <div><dt>{t("event-figure-invited")}</dt><dd>{f.invited}</dd></div>
                        <div><dt>{t("event-answer-yes")}</dt><dd>{f.yes}</dd></div>
                        <div><dt>{t("event-answer-maybe")}</dt><dd>{f.maybe}</dd></div>
                        <div><dt>{t("event-answer-no")}</dt><dd>{f.no}</dd></div>
                        {(e.kind == EventKind::Conference).then(|| view! {
                            <div><dt>{t("event-mode-in_person")}</dt><dd>{f.in_person}</dd></div>
                            <div><dt>{t("event-mode-online")}</dt><dd>{f.online}</dd></div>
                        })}
                    </dl>
                    {(!page.cancelled).then(|| if confirming {
                        view! {
                            <div class="danger-zone">
                                <p>{t("event-cancel-text")}</p>
                                <div class="button-row">
                                    <PostForm to=cancel.url() class="inline-form">
                                        <input type="hidden" name="id" value=id/>
                                        <button type="submit" class="button button-danger">{t("event-cancel-yes")}</button>
                                    </PostForm>
                                    <a href=format!("/community/events/{id}")>{t("event-cancel-no")}</a>
                                </div>
                            </div>
                        }.into_any()
                    } else {
                        view! { <p><a href=format!("/community/events/{id}?confirm=cancel")>{t("event-cancel")}</a></p> }.into_any()
                    })}
                </section>
            })}
        </div>
    }
}
