//! `/home`: one page whose sections follow the person's roles.

use super::api::get_home;
use super::parts::{ComingUp, Commitments, FromTheTeam, NextUp, Notifications, TeamQueue};
use crate::features::call::pages::CallStatus;
use crate::i18n::{around, t, tr};
use crate::ui::{LiveRegion, Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::Role;
use shared::partnership::{PartnershipFigures, Side};

#[component]
pub fn HomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_home());
    let query = use_query_map();
    let welcome = move || query.with(|q| q.get("welcome").is_some());
    let intake_saved = move || query.with(|q| q.get("intake").is_some());
    let committed = move || query.with(|q| q.get("committed").is_some());
    view! {
        <Title text=t("home-title")/>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(h) => {
                        let u = h.user.clone();
                        let first_name = u.display_name.split_whitespace().next().unwrap_or("").to_owned();
                        let mine: Vec<PartnershipFigures> = h.partnerships.iter().filter(|p| p.head.my_side.is_some()).cloned().collect();
                        let all_count = h.partnerships.len();
                        let notifications = h.notifications.clone();
                        // Where to propose a session: the person's one current partnership.
                        let sessions_link = mine.iter().find(|p| p.head.status.is_current()).map(|p| format!("/partnerships/{}/sessions", p.head.id));
                        view! {
                            {move || welcome().then(|| view! { <p class="notice notice-success" role="status">{t("home-welcome")}</p> })}
                            {move || committed().then(|| view! { <p class="notice notice-success" role="status">{t("home-committed")}</p> })}
                            {move || intake_saved().then(|| view! { <p class="notice notice-success" role="status">{t("home-intake-saved")}</p> })}
                            <h1>{tr("home-hello", &[("name", first_name.clone().into())])}</h1>
                            <p class="lead">{h.programme_name.clone()}" · "{tr("home-times-in", &[("place", shared::time::zone_city_in(crate::i18n::lang(), &u.time_zone).into()), ("zone", u.time_zone.clone().into())])}</p>
                            {(!h.announcements.is_empty()).then(|| view! { <FromTheTeam items=h.announcements.clone()/> })}
                            {h.commitments_due.then(|| view! { <Commitments/> })}
                            // Only with a partnership under way: without one, the sections below say what comes.
                            {(sessions_link.is_some() || h.next_session.is_some()).then(|| view! {
                                <NextUp next=h.next_session.clone() awaiting=h.awaiting.clone() sessions_link=sessions_link.clone()/>
                            })}
                            {u.has(Role::Chair).then(|| view! {
                                <section class="card role-chair" aria-labelledby="chair-now">
                                    <h2 id="chair-now">{t("home-chair-now")}</h2>
                                    {h.queue.clone().map(|q| view! { <TeamQueue q/> })}
                                    <h3>{t("home-the-programme")}</h3>
                                    <ul class="todo-list">
                                        <li>{tr("home-invitations-waiting", &[("count", h.pending_invitations.unwrap_or(0).into())])}" "<a href="/people">{t("home-invite-link")}</a></li>
                                        <li>{tr("home-people-count", &[("count", h.people.unwrap_or(0).into())])}" "<a href="/people">{t("home-see-everyone")}</a></li>
                                        <li>{tr("home-partnerships-count", &[("count", all_count.into())])}" "<a href="/partnerships">{t("home-see-partnerships")}</a></li>
                                        <li>{t("home-cohorts-line")}" "<a href="/cohorts">{t("home-set-up-cohorts")}</a>" · "<a href="/programme">{t("home-edit-programme")}</a></li>
                                    </ul>
                                </section>
                            })}
                            {(u.has(Role::Team) && !u.has(Role::Chair)).then(|| view! {
                                <section class="card role-chair" aria-labelledby="team-now">
                                    <h2 id="team-now">{t("home-team-now")}</h2>
                                    {h.queue.clone().map(|q| view! { <TeamQueue q/> })}
                                </section>
                            })}
                            {u.has(Role::Coach).then(|| view! {
                                <section class="card role-coach" aria-labelledby="coach-now">
                                    <h2 id="coach-now">{t("home-partnership")}</h2>
                                    {my_partnerships(&mine, Side::Coach, t("home-coach-empty"))}
                                    <p>{t("home-coach-profile")}" "<a href="/profile">{t("home-check-profile")}</a></p>
                                </section>
                            })}
                            {u.has(Role::Partner).then(|| view! {
                                <section class="card role-partner" aria-labelledby="partner-now">
                                    <h2 id="partner-now">{t("home-partnership")}</h2>
                                    {h.intake.clone().map(|i| if i.complete {
                                        let (before, after) = around("home-objective", &[], "objective");
                                        view! { <p>{before}<strong>{i.objective_title.unwrap_or_default()}</strong>{after}" "<a href="/intake">{t("home-change-it")}</a></p> }.into_any()
                                    } else {
                                        view! { <p class="notice notice-info todo-intake"><strong>{t("home-next-label")}</strong>" "{t("home-intake-todo")}" "<a href="/intake">{t("home-intake-link")}</a></p> }.into_any()
                                    })}
                                    {my_partnerships(&mine, Side::Partner, t("home-partner-empty"))}
                                    <p>{t("home-partner-profile")}" "<a href="/profile">{t("home-check-profile")}</a></p>
                                </section>
                            })}
                            {(!notifications.is_empty()).then(|| view! { <Notifications items=notifications/> })}
                            {(!h.events.is_empty()).then(|| view! { <ComingUp events=h.events.clone() my_zone=u.time_zone.clone()/> })}
                            {h.cohort.map(|c| view! {
                                <section class="card" aria-labelledby="cohort-now">
                                    <h2 id="cohort-now">{tr("home-cohort", &[("cohort", c.name.clone().into())])}</h2>
                                    <CallStatus cohort=c/>
                                </section>
                            })}
                        }
                        .into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        </LiveRegion>
    }
}

/// The person's own partnerships on one side, or what happens next when there is none.
fn my_partnerships(all: &[PartnershipFigures], side: Side, empty: String) -> AnyView {
    let mine: Vec<&PartnershipFigures> = all
        .iter()
        .filter(|p| p.head.my_side == Some(side))
        .collect();
    if mine.is_empty() {
        return view! { <p class="empty">{empty}</p> }.into_any();
    }
    view! {
        <ul class="plain-list">
            {mine.into_iter().map(|p| {
                let h = &p.head;
                let other = match side { Side::Coach => &h.partner, Side::Partner => &h.coach };
                view! {
                    <li>
                        <a href=format!("/partnerships/{}", h.id)>{tr("home-partnership-with", &[("who", other.name.clone().into())])}</a>
                        <span class="hint">" · "{tr("home-partnership-line", &[("status", t(&format!("partnership-status-{}", h.status.code())).into()), ("area", crate::i18n::area(&h.area_code, &h.area_title).into()), ("goals", p.goals_total.into()), ("progress", p.mean_progress.into()), ("time", crate::i18n::clock_now(&other.time_zone).into())])}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
