//! The parts a home page is made of: what waits for the programme team, the next session and
//! the answers waiting, the notifications grouped by day with "mark all as read", and the
//! community events coming up.

use super::api::{Awaiting, ChairQueue, NextSession};
use crate::features::partnership::api::{DismissAllNotifications, DismissNotification};
use crate::i18n::{t, tr};
use crate::ui::{Form, PostForm};
use leptos::prelude::*;
use shared::partnership::NotificationView;

/// The programme's commitments, to accept before the year's work starts.
#[component]
pub fn Commitments() -> impl IntoView {
    let accept = Form::<super::api::AcceptCommitments>::new();
    view! {
        <section class="card commitments" aria-labelledby="commitments">
            <h2 id="commitments">{t("commitments-heading")}</h2>
            <p>{t("commitments-lead")}</p>
            <ul>{(1..=shared::programme::COMMITMENTS.len()).map(|i| view! { <li>{t(&format!("commitment-{i}"))}</li> }).collect_view()}</ul>
            <PostForm to=accept.url()>
                <button type="submit" class="button">{t("commitments-accept")}</button>
            </PostForm>
        </section>
    }
}

/// One line of the team's queue: how many wait (`queue-{what}`), with a link to act on them
/// (`queue-{what}-act`), or that none does (`queue-{what}-none`).
fn queue_line(n: u32, what: &str, link: &'static str) -> AnyView {
    if n == 0 {
        view! { <li class="queue-empty">{t(&format!("queue-{what}-none"))}</li> }.into_any()
    } else {
        let count = tr(&format!("queue-{what}"), &[("count", n.into())]);
        view! { <li><strong>{count}</strong>" · "<a href=link>{t(&format!("queue-{what}-act"))}</a></li> }
            .into_any()
    }
}

/// What waits for the programme team, most pressing first.
#[component]
pub fn TeamQueue(q: ChairQueue) -> impl IntoView {
    view! {
        <ul class="todo-list queue">
            {queue_line(q.applications, "applications", "/review")}
            {q.chair.then(|| queue_line(q.unmatched_partners, "unmatched", "/matching"))}
            {queue_line(q.concerns, "concerns", "/concerns")}
            {q.chair.then(|| queue_line(q.alerts, "alerts", "/dashboard?alerted=1"))}
            {q.chair.then(|| queue_line(q.evaluations_outstanding, "evaluations", "/cohorts"))}
            {q.chair.then(|| queue_line(q.failed_messages, "failed", "/outbox?status=failed"))}
        </ul>
    }
}

/// The next session on both clocks, and what waits for the person's answer.
#[component]
pub fn NextUp(
    next: Option<NextSession>,
    awaiting: Vec<Awaiting>,
    sessions_link: Option<String>,
) -> impl IntoView {
    view! {
        <section class="card next-up" aria-labelledby="next-up">
            <h2 id="next-up">{t("home-next")}</h2>
            {match next {
                Some(n) => view! {
                    <p class="next-session">
                        <strong>{tr("home-next-mine", &[("time", n.mine.clone().into())])}</strong>
                        <span class="other-time">" · "{tr("clock-in-place", &[("time", n.theirs.clone().into()), ("place", n.their_place.clone().into())])}</span>
                    </p>
                    {n.clock_note.clone().map(|note| view! { <p class="notice notice-warning clock-note">{note}</p> })}
                    <p>{tr("home-next-with", &[("medium", n.medium.clone().into()), ("who", n.with_name.clone().into())])}" "<a href=format!("/partnerships/{}/sessions", n.partnership_id)>{t("home-see-session")}</a></p>
                }.into_any(),
                None => view! {
                    <p class="empty">{t("home-no-session")}" "
                        {sessions_link.map(|l| view! { <a href=l>{t("home-propose")}</a> })}
                    </p>
                }.into_any(),
            }}
            {(!awaiting.is_empty()).then(|| view! {
                <h3>{t("home-waiting")}</h3>
                <ul class="plain-list">
                    {awaiting.into_iter().map(|a| view! { <li><a href=a.link>{a.text}</a></li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// Unread notifications grouped by day, newest first, with "mark all as read".
#[component]
pub fn Notifications(items: Vec<NotificationView>) -> impl IntoView {
    let dismiss = Form::<DismissNotification>::new();
    let all = Form::<DismissAllNotifications>::new();
    let mut days: Vec<(String, Vec<NotificationView>)> = Vec::new();
    for n in items {
        let day = n.at_local.split(", ").next().unwrap_or_default().to_owned();
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(n),
            _ => days.push((day, vec![n])),
        }
    }
    let total: usize = days.iter().map(|(_, l)| l.len()).sum();
    view! {
        <section class="card notifications" aria-labelledby="news">
            <div class="section-head">
                <h2 id="news">{tr("home-news", &[("count", total.into())])}</h2>
                <PostForm to=all.url() class="inline-form">
                    <button type="submit" class="button button-small button-secondary">{t("home-mark-all")}</button>
                </PostForm>
            </div>
            {days.into_iter().map(|(day, list)| view! {
                <h3 class="notification-day">{day}</h3>
                <ul class="plain-list">
                    {list.into_iter().map(|n| view! {
                        <li class="notification">
                            <a href=n.link.clone()>{n.body.clone()}</a>
                            <span class="hint">{format!(" · {}", n.at_local.split(", ").nth(1).unwrap_or_default())}</span>
                            <PostForm to=dismiss.url() class="inline-form">
                                <input type="hidden" name="id" value=n.id/>
                                <button type="submit" class="link-button">{t("home-mark-one")}</button>
                            </PostForm>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}

/// The community events coming up that the person is invited to: what, when on their clock,
/// and whether they have answered yet.
#[component]
pub fn ComingUp(
    events: Vec<shared::community_event::EventSummary>,
    my_zone: String,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="home-events">
            <h2 id="home-events">{t("home-events")}</h2>
            <ul class="plain-list">
                {events.into_iter().map(|e| {
                    let when = crate::features::community::pages::event_when(&e, &my_zone);
                    let answer = match e.my_answer {
                        Some(a) => t(&format!("event-you-said-{}", a.code())),
                        None => t("home-events-answer"),
                    };
                    view! {
                        <li>
                            <a href=format!("/community/events/{}", e.id)>{e.title.clone()}</a>
                            <span class="hint">" · "{when}" · "{answer}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p><a href="/community/events">{t("home-events-all")}</a></p>
        </section>
    }
}

/// What the programme team wrote to the person lately: each title, who wrote it and when, and
/// the start of its text.
#[component]
pub fn FromTheTeam(items: Vec<shared::announcement::AnnouncementView>) -> impl IntoView {
    view! {
        <section class="card announcements" aria-labelledby="home-announcements">
            <h2 id="home-announcements">{t("home-announcements")}</h2>
            <ul class="plain-list">
                {items.into_iter().map(|a| {
                    let start: String = a.body.chars().take(160).collect();
                    let more = start.chars().count() < a.body.chars().count();
                    view! {
                        <li>
                            <a href=format!("/community/announcements#announcement-{}", a.id)><strong>{a.title.clone()}</strong></a>
                            <span class="hint">" · "{tr("announcement-by", &[("name", a.author.clone().into()), ("day", crate::i18n::Arg::Day(a.written_on.clone()))])}</span>
                            <br/>{start}{more.then_some("…")}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
