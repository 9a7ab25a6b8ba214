//! Partnership pages: the list, the workspace (overview and goals, a goal, journal, resources,
//! introductions) for the pair, and the figures page for the programme team.

use super::api::*;
use crate::ui::{
    ErrorSummary, Field, Form, LiveRegion, Loading, PostForm, RequestKey, TextArea, kept, kept_or,
    page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::partnership::{
    GoalStatus, GoalView, JournalEntryView, JournalKind, PartnershipFigures, PartnershipHead,
    PartnershipPage, PartnershipStatus, Side, TeamView, WorkspaceView,
};
use shared::time::{format_date, zone_city};

fn param(name: &'static str) -> impl Fn() -> i64 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.with(|p| p.get(name).and_then(|v| v.parse().ok()).unwrap_or(0))
}

fn flag(name: &'static str) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || query.with(|q| q.get(name).is_some())
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Sessions,
    Hours,
    Journal,
    Resources,
    Introductions,
}

/// "1 journal entry", "3 journal entries".
fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A bar showing a percentage, with the number in words for screen readers.
fn progress_bar(percent: u32, label: String) -> impl IntoView {
    view! {
        // SVG geometry, not an inline style: the page's policy allows no inline styles.
        <svg class="progress" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=format!("{label}: {percent}%")>
            <rect class="progress-fill" width=percent.min(100) height="10"/>
        </svg>
    }
}

/// Who, when, and the pair's clocks; the workspace tabs for the pair.
#[component]
pub fn Head(head: PartnershipHead, tab: Tab) -> impl IntoView {
    let id = head.id;
    use crate::i18n::{t, tr};
    let title = match head.my_side {
        Some(Side::Coach) => tr(
            "home-partnership-with",
            &[("who", head.partner.name.clone().into())],
        ),
        Some(Side::Partner) => tr(
            "home-partnership-with",
            &[("who", head.coach.name.clone().into())],
        ),
        None => tr(
            "partnership-pair",
            &[
                ("coach", head.coach.name.clone().into()),
                ("partner", head.partner.name.clone().into()),
            ],
        ),
    };
    let style = crate::i18n::style();
    let place = |zone: &str| shared::time::zone_city_in(style.lang, zone);
    let tabs = [
        (Tab::Overview, "tab-overview", format!("/partnerships/{id}")),
        (
            Tab::Sessions,
            "sessions-title",
            format!("/partnerships/{id}/sessions"),
        ),
        (Tab::Hours, "tab-hours", format!("/partnerships/{id}/hours")),
        (
            Tab::Journal,
            "tab-journal",
            format!("/partnerships/{id}/journal"),
        ),
        (
            Tab::Resources,
            "tab-resources",
            format!("/partnerships/{id}/resources"),
        ),
        (
            Tab::Introductions,
            "tab-introductions",
            format!("/partnerships/{id}/introductions"),
        ),
    ];
    view! {
        <p class="breadcrumb"><a href="/partnerships">{t("nav-partnerships")}</a></p>
        <h1>{title}</h1>
        <p class="partnership-meta">
            <span class=format!("tag status-{}", head.status.code())>{t(&format!("partnership-status-{}", head.status.code()))}</span>" "
            <span class="tag">{head.area_title.clone()}</span>" "
            <span>{tr("partnership-dates", &[("from", shared::time::format_date_in(style, &head.starts_on).into()), ("to", shared::time::format_date_in(style, &head.ends_on).into())])}" · "{head.year_position.clone()}</span>
        </p>
        {(!head.end_reason.is_empty()).then(|| view! { <p class="notice notice-info">{tr("partnership-end-reason", &[("reason", head.end_reason.clone().into())])}</p> })}
        <p class="clocks" aria-label=t("partnership-clocks")>
            <span class="clock">{tr("partnership-partner-clock", &[("who", head.partner.name.clone().into()), ("time", head.partner.now_local.clone().into()), ("place", place(&head.partner.time_zone).into())])}</span>
            <span class="clock">{tr("partnership-coach-clock", &[("who", head.coach.name.clone().into()), ("time", head.coach.now_local.clone().into()), ("place", place(&head.coach.time_zone).into())])}</span>
        </p>
        {head.my_side.is_some().then(|| view! {
            <nav class="tabs" aria-label=t("partnership-tabs")>
                <ul>
                    {tabs.into_iter().map(|(which, label, href)| view! {
                        <li><a href=href aria-current=(which == tab).then_some("page")>{t(label)}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
        })}
    }
}

// ---------------------------------------------------------------------------------------------
// The list

#[component]
pub fn PartnershipsPage() -> impl IntoView {
    let rows = Resource::new(|| (), |_| list_partnerships());
    view! {
        <Title text="Partnerships"/>
        <h1>"Partnerships"</h1>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => view! {
                        <p class="empty">"No partnerships yet. The programme chair matches each partner with a coach; the partnership then appears here."</p>
                    }.into_any(),
                    Ok(rows) => {
                        let team = rows.iter().any(|f| f.head.my_side.is_none());
                        view! {
                            <ul class="card-list">{rows.into_iter().map(|f| view! { <FiguresCard f/> }).collect_view()}</ul>
                            {team.then(|| view! { <Exports/> })}
                        }.into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        </LiveRegion>
    }
}

/// Export links for each cohort (programme team).
#[component]
fn Exports() -> impl IntoView {
    let programme = Resource::new(|| (), |_| crate::features::programme::api::get_programme());
    view! {
        <section class="card" aria-labelledby="export">
            <h2 id="export">"Export"</h2>
            <p class="hint">"Figures only, never journal entries, notes or agendas. CSV files open in a spreadsheet; JSON holds the same rows."</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    programme.await.ok().map(|p| view! {
                        <ul class="plain-list">
                            {p.cohorts.into_iter().map(|c| {
                                let base = format!("/export/{}", c.slug);
                                view! {
                                    <li>
                                        <strong>{c.name.clone()}</strong>": "
                                        <a href=format!("{base}/partnerships.csv") download="">"partnerships (CSV)"</a>" · "
                                        <a href=format!("{base}/sessions.csv") download="">"sessions (CSV)"</a>" · "
                                        <a href=format!("{base}/hours.csv") download="">"hours (CSV)"</a>" · "
                                        <a href=format!("{base}/cohort.json") download="">"all (JSON)"</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn FiguresCard(f: PartnershipFigures) -> impl IntoView {
    let h = f.head.clone();
    let title = match h.my_side {
        Some(Side::Coach) => format!("With {} (partner)", h.partner.name),
        Some(Side::Partner) => format!("With {} (coach)", h.coach.name),
        None => format!("{} and {}", h.coach.name, h.partner.name),
    };
    view! {
        <li class="card partnership-card">
            <h2 class="card-title"><a href=format!("/partnerships/{}", h.id)>{title}</a></h2>
            <p class="partnership-meta">
                <span class=format!("tag status-{}", h.status.code())>{h.status.label()}</span>" "
                <span class="tag">{h.area_title.clone()}</span>
            </p>
            <p class="hint">{format!("{} · {} · {} in {}, {} in {}", h.cohort_name, h.year_position, h.partner.now_local, zone_city(&h.partner.time_zone), h.coach.now_local, zone_city(&h.coach.time_zone))}</p>
            <Figures f/>
        </li>
    }
}

#[component]
fn Figures(f: PartnershipFigures) -> impl IntoView {
    view! {
        <dl class="figures">
            <div><dt>"Goals"</dt><dd>{format!("{} ({} done, {} in progress, {} not started{})", f.goals_total, f.goals_done, f.goals_in_progress, f.goals_not_started, if f.goals_dropped > 0 { format!(", {} dropped", f.goals_dropped) } else { String::new() })}</dd></div>
            <div><dt>"Progress"</dt><dd>{progress_bar(f.mean_progress, "Mean progress of goals".into())}{format!("{}%", f.mean_progress)}</dd></div>
            <div><dt>"Milestones"</dt><dd>{format!("{} of {} done", f.milestones_done, f.milestones_total)}</dd></div>
            <div><dt>"Sessions"</dt><dd>{format!("{} of {} held", f.pace.held, f.pace.minimum)}" "<span class=format!("tag pace-tag-{}", f.pace.status.code())>{f.pace.status.label()}</span><br/><span class="hint">{crate::i18n::said(&f.pace.reason)}</span></dd></div>
        </dl>
    }
}

// ---------------------------------------------------------------------------------------------
// Overview

#[component]
pub fn PartnershipPage() -> impl IntoView {
    let id = param("id");
    let add_goal = Form::<SaveGoal>::new();
    let status = Form::<SetPartnershipStatus>::new();
    let data = Resource::new(id, get_partnership);
    let matched = flag("matched");
    view! {
        <Title text="Partnership"/>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(PartnershipPage::Pair(w)) => view! { <Workspace w add_goal/> }.into_any(),
                    Ok(PartnershipPage::Team(t)) => view! {
                        {move || matched().then(|| view! { <p class="notice notice-success" role="status">"The partnership is made. The coach and the partner are told in Tandem."</p> })}
                        <TeamPage t status/>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        </LiveRegion>
    }
}

#[component]
fn Workspace(w: WorkspaceView, add_goal: Form<SaveGoal>) -> impl IntoView {
    let head = w.figures.head.clone();
    let id = head.id;
    let current = head.status.is_current();
    let errors = add_goal.errors();
    let is_partner = head.my_side == Some(Side::Partner);
    view! {
            <Head head=head.clone() tab=Tab::Overview/>
            {alert_list(w.alerts.clone())}
            {w.evaluation_open.then(|| view! {
                <p class="notice notice-info"><strong>"The year's last month: "</strong>"tell the programme team how it went, and agree how each goal ended. "<a href=format!("/partnerships/{id}/evaluation")>"Answer the end-of-year evaluation"</a></p>
            })}
            <section class="card objective" aria-labelledby="objective">
                <h2 id="objective">{if is_partner { "Your ONE objective" } else { "The partner's ONE objective" }}</h2>
                <p><span class="tag">{head.area_title.clone()}</span></p>
                <p class="message-body">{head.objective.clone()}</p>
            </section>
            {w.other.clone().map(|o| view! { <OtherMemberCard o/> })}
            <Figures f=w.figures.clone()/>
            <p class="hint">
                <a href=format!("/partnerships/{id}/journal")>{count(w.journal_entries, "journal entry", "journal entries")}</a>" · "
                <a href=format!("/partnerships/{id}/resources")>{count(w.resources, "resource", "resources")}</a>" · "
                <a href=format!("/partnerships/{id}/introductions")>{count(w.introductions, "introduction", "introductions")}</a>" · "
                <a href=format!("/partnerships/{id}/summary")>"One-page summary"</a>
                {(head.my_side == Some(Side::Coach) && head.status == PartnershipStatus::Completed).then(|| view! {
                    " · "<a href=format!("/cohorts/{}/certificates/{}", head.cohort_slug, head.coach.id)>"Your certificate of participation"</a>
                })}
            </p>
            <h2 id="goals">"Goals"</h2>
            {if w.goals.is_empty() {
                view! { <p class="empty">"No goals yet. Agree two to four attainable goals with measurable outcomes, then add them here. Either of you can add and update them."</p> }.into_any()
            } else {
                view! { <ul class="card-list goal-list">{w.goals.into_iter().map(|g| view! { <GoalCard g partnership=id/> }).collect_view()}</ul> }.into_any()
            }}
            {current.then(|| view! {
                <section class="card" aria-labelledby="add-goal">
                    <h2 id="add-goal">"Add a goal"</h2>
                    <ErrorSummary errors/>
                    <PostForm to=add_goal.url() novalidate=true class="form">
    <RequestKey/>
                        <input type="hidden" name="form[partnership_id]" value=id/>
                        <input type="hidden" name="form[goal_id]" value="0"/>
                        <Field label="Goal" name="title" value=kept("title") hint="Attainable within the year, for example: A discovery page for e-journals" errors/>
                        <TextArea label="Measurable outcome" name="outcome" value=kept("outcome") hint="How will you both know it is reached? For example: page live; 4 reference staff trained; searches double" rows=3 errors/>
                        <button type="submit" class="button">"Add goal"</button>
                    </PostForm>
                </section>
            })}
        }
}

#[component]
fn GoalCard(g: GoalView, partnership: i64) -> impl IntoView {
    let next = g.milestones.iter().find(|m| !m.done).cloned();
    let done = g.milestones.iter().filter(|m| m.done).count();
    let total = g.milestones.len();
    view! {
        <li class="card goal-card">
            <h3 class="card-title"><a href=format!("/partnerships/{partnership}/goals/{}", g.id)>{g.title.clone()}</a></h3>
            <p><span class=format!("tag goal-{}", g.status.code())>{g.status.label()}</span>{format!(" {}%", g.progress)}</p>
            {progress_bar(g.progress, format!("Progress of {}", g.title))}
            <p class="hint">{format!("Outcome: {}", g.outcome)}</p>
            <p class="hint">{format!("Milestones: {done} of {total} done")}{next.map(|m| format!(" · next: {} by {}{}", m.title, format_date(&m.due_on), if m.overdue { " (overdue)" } else { "" }))}</p>
        </li>
    }
}

// ---------------------------------------------------------------------------------------------
// A goal

// ---------------------------------------------------------------------------------------------
// Journal

// ---------------------------------------------------------------------------------------------
// Resources

// ---------------------------------------------------------------------------------------------
// Introductions

mod goal;
pub use goal::*;

mod journal;
pub use journal::*;

mod connections;
pub use connections::*;

mod year;
pub use year::*;

mod evaluation;
pub use evaluation::*;

mod card;
pub use card::*;

mod team;
use team::TeamPage;

/// A partnership's open alerts (from `commitments`), or nothing.
pub fn alert_list(alerts: Vec<shared::commitments::AlertView>) -> AnyView {
    if alerts.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="card alerts" aria-labelledby="alerts">
            <h2 id="alerts">"Alerts"</h2>
            <ul>
                {alerts.into_iter().map(|a| view! { <li>{a.message}<span class="hint">{format!(" · since {}", a.raised_at_local)}</span></li> }).collect_view()}
            </ul>
            <p class="hint">"Alerts clear themselves once the situation is resolved. If something is wrong, tell the programme team early: "<a href="/concerns">"raise a concern"</a>"."</p>
        </section>
    }
    .into_any()
}
