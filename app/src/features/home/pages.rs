//! `/home`: one page whose sections follow the person's roles.

use super::api::get_home;
use super::parts::{Commitments, NextUp, Notifications, TeamQueue};
use crate::features::call::pages::CallStatus;
use crate::ui::{LiveRegion, Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::Role;
use shared::partnership::{PartnershipFigures, Side};
use shared::time::zone_city;

#[component]
pub fn HomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_home());
    let query = use_query_map();
    let welcome = move || query.with(|q| q.get("welcome").is_some());
    let intake_saved = move || query.with(|q| q.get("intake").is_some());
    let committed = move || query.with(|q| q.get("committed").is_some());
    view! {
        <Title text="Home"/>
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
                            {move || welcome().then(|| view! { <p class="notice notice-success" role="status">"Your account is ready and you are signed in."</p> })}
                            {move || committed().then(|| view! { <p class="notice notice-success" role="status">"Thank you. You have accepted the programme's commitments."</p> })}
                            {move || intake_saved().then(|| view! { <p class="notice notice-success" role="status">"Your library and objective are saved. Your coach will read them before your first session."</p> })}
                            <h1>{format!("Hello, {first_name}")}</h1>
                            <p class="lead">{format!("{} · times shown in {} ({})", h.programme_name, zone_city(&u.time_zone), u.time_zone)}</p>
                            {h.commitments_due.then(|| view! { <Commitments/> })}
                            // Only with a partnership under way: without one, the sections below say what comes.
                            {(sessions_link.is_some() || h.next_session.is_some()).then(|| view! {
                                <NextUp next=h.next_session.clone() awaiting=h.awaiting.clone() sessions_link=sessions_link.clone()/>
                            })}
                            {u.has(Role::Chair).then(|| view! {
                                <section class="card role-chair" aria-labelledby="chair-now">
                                    <h2 id="chair-now">"Programme chair: what needs you now"</h2>
                                    {h.queue.clone().map(|q| view! { <TeamQueue q/> })}
                                    <h3>"The programme"</h3>
                                    <ul class="todo-list">
                                        <li>{match h.pending_invitations.unwrap_or(0) {
                                            0 => "No invitations are waiting to be accepted.".to_owned(),
                                            n => format!("{} waiting to be accepted.", shared::words::count(n as i64, "invitation is", "invitations are")),
                                        }}" "<a href="/people">"Invite coaches and partners"</a></li>
                                        <li>{format!("{}.", shared::words::count(h.people.unwrap_or(0) as i64, "person has an account", "people have accounts"))}" "<a href="/people">"See everyone"</a></li>
                                        <li>{match all_count { 0 => "No partnerships yet.".to_owned(), n => format!("{}.", shared::words::count(n as i64, "partnership", "partnerships")) }}" "<a href="/partnerships">"See the partnerships"</a></li>
                                        <li>"Each cohort has its own call, year and rules. "<a href="/cohorts">"Set up the cohorts"</a>" · "<a href="/programme">"Edit the programme"</a></li>
                                    </ul>
                                </section>
                            })}
                            {(u.has(Role::Team) && !u.has(Role::Chair)).then(|| view! {
                                <section class="card role-chair" aria-labelledby="team-now">
                                    <h2 id="team-now">"Programme team: what needs you now"</h2>
                                    {h.queue.clone().map(|q| view! { <TeamQueue q/> })}
                                </section>
                            })}
                            {u.has(Role::Coach).then(|| view! {
                                <section class="card role-coach" aria-labelledby="coach-now">
                                    <h2 id="coach-now">"Your coaching partnership"</h2>
                                    {my_partnerships(&mine, Side::Coach, "You have no partner yet. When the chair matches you with a library director, your partnership, its sessions and goals appear here.")}
                                    <p>"Meanwhile, check that your time zone and languages are right: they help the chair find a partner you can meet easily. "<a href="/profile">"Check your profile"</a></p>
                                </section>
                            })}
                            {u.has(Role::Partner).then(|| view! {
                                <section class="card role-partner" aria-labelledby="partner-now">
                                    <h2 id="partner-now">"Your coaching partnership"</h2>
                                    {h.intake.clone().map(|i| if i.complete {
                                        view! { <p>"Your objective: "<strong>{i.objective_title.unwrap_or_default()}</strong>". "<a href="/intake">"Change it"</a></p> }.into_any()
                                    } else {
                                        view! { <p class="notice notice-info todo-intake"><strong>"Next: "</strong>"tell us about your library and choose your ONE objective for the year. "<a href="/intake">"Describe your library and objective"</a></p> }.into_any()
                                    })}
                                    {my_partnerships(&mine, Side::Partner, "You have no coach yet. When the chair matches you with a coach, you will see your coach, your next session in your own time and your goals here.")}
                                    <p>"Check that your time zone is right so every time is shown on your clock. "<a href="/profile">"Check your profile"</a></p>
                                </section>
                            })}
                            {(!notifications.is_empty()).then(|| view! { <Notifications items=notifications/> })}
                            {h.cohort.map(|c| view! {
                                <section class="card" aria-labelledby="cohort-now">
                                    <h2 id="cohort-now">{format!("Cohort {}", c.name)}</h2>
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
fn my_partnerships(all: &[PartnershipFigures], side: Side, empty: &'static str) -> AnyView {
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
                        <a href=format!("/partnerships/{}", h.id)>{format!("Your partnership with {}", other.name)}</a>
                        <span class="hint">{format!(" · {} · {} · {} goals, {}% progress · their time now {}", h.status.label(), h.area_title, p.goals_total, p.mean_progress, other.now_local)}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
