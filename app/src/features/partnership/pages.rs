//! Partnership pages: the list, the workspace (overview and goals, a goal, journal, resources,
//! introductions) for the pair, and the figures page for the programme team.

use super::api::*;
use crate::i18n::{around, t, tr};
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
            <span class="tag">{crate::i18n::area(&head.area_code, &head.area_title)}</span>" "
            <span>{tr("partnership-dates", &[("from", shared::time::format_date_in(style, &head.starts_on).into()), ("to", shared::time::format_date_in(style, &head.ends_on).into())])}" · "{crate::i18n::said(&head.year_position)}</span>
        </p>
        {(!head.end_reason.is_empty()).then(|| view! { <p class="notice notice-info">{tr("partnership-end-reason", &[("reason", head.end_reason.clone().into())])}</p> })}
        <p class="clocks" aria-label=t("partnership-clocks")>
            <span class="clock">{tr("partnership-partner-clock", &[("who", head.partner.name.clone().into()), ("time", crate::i18n::clock_now(&head.partner.time_zone).into()), ("place", place(&head.partner.time_zone).into())])}</span>
            <span class="clock">{tr("partnership-coach-clock", &[("who", head.coach.name.clone().into()), ("time", crate::i18n::clock_now(&head.coach.time_zone).into()), ("place", place(&head.coach.time_zone).into())])}</span>
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
        <Title text=t("nav-partnerships")/>
        <h1>{t("nav-partnerships")}</h1>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => view! {
                        <p class="empty">{t("partnerships-empty")}</p>
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
        <Title text=t("partnership-title")/>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(PartnershipPage::Pair(w)) => view! { <Workspace w add_goal/> }.into_any(),
                    Ok(PartnershipPage::Team(team)) => view! {
                        {move || matched().then(|| view! { <p class="notice notice-success" role="status">{t("partnership-matched")}</p> })}
                        <TeamPage team status/>
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
                <p class="notice notice-info"><strong>{t("overview-evaluation-lead")}</strong>" "{t("overview-evaluation-text")}" "<a href=format!("/partnerships/{id}/evaluation")>{t("overview-evaluation-link")}</a></p>
            })}
            <section class="card objective" aria-labelledby="objective">
                <h2 id="objective">{t(if is_partner { "objective-yours" } else { "objective-partners" })}</h2>
                <p><span class="tag">{crate::i18n::area(&head.area_code, &head.area_title)}</span></p>
                <p class="message-body">{head.objective.clone()}</p>
            </section>
            {w.other.clone().map(|o| view! { <OtherMemberCard o/> })}
            <Figures f=w.figures.clone()/>
            <p class="hint">
                <a href=format!("/partnerships/{id}/journal")>{tr("count-journal", &[("count", w.journal_entries.into())])}</a>" · "
                <a href=format!("/partnerships/{id}/resources")>{tr("count-resources", &[("count", w.resources.into())])}</a>" · "
                <a href=format!("/partnerships/{id}/introductions")>{tr("count-introductions", &[("count", w.introductions.into())])}</a>" · "
                <a href=format!("/partnerships/{id}/summary")>{t("overview-summary")}</a>
                {(head.my_side == Some(Side::Coach) && head.status == PartnershipStatus::Completed).then(|| view! {
                    " · "<a href=format!("/cohorts/{}/certificates/{}", head.cohort_slug, head.coach.id)>{t("overview-certificate")}</a>
                })}
            </p>
            <h2 id="goals">{t("goals-title")}</h2>
            {if w.goals.is_empty() {
                view! { <p class="empty">{t("goals-empty")}</p> }.into_any()
            } else {
                view! { <ul class="card-list goal-list">{w.goals.into_iter().map(|g| view! { <GoalCard g partnership=id/> }).collect_view()}</ul> }.into_any()
            }}
            {current.then(|| view! {
                <section class="card" aria-labelledby="add-goal">
                    <h2 id="add-goal">{t("goal-add-title")}</h2>
                    <ErrorSummary errors/>
                    <PostForm to=add_goal.url() novalidate=true class="form">
    <RequestKey/>
                        <input type="hidden" name="form[partnership_id]" value=id/>
                        <input type="hidden" name="form[goal_id]" value="0"/>
                        <Field label=t("goal-field-title") name="title" value=kept("title") hint=t("goal-field-title-hint") errors/>
                        <TextArea label=t("goal-field-outcome") name="outcome" value=kept("outcome") hint=t("goal-field-outcome-hint") rows=3 errors/>
                        <button type="submit" class="button">{t("goal-add")}</button>
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
    let style = crate::i18n::style();
    let next = next.map(|m| {
        tr(
            if m.overdue {
                "goal-next-overdue"
            } else {
                "goal-next"
            },
            &[
                ("title", m.title.clone().into()),
                (
                    "date",
                    shared::time::format_date_in(style, &m.due_on).into(),
                ),
            ],
        )
    });
    view! {
        <li class="card goal-card">
            <h3 class="card-title"><a href=format!("/partnerships/{partnership}/goals/{}", g.id)>{g.title.clone()}</a></h3>
            <p><span class=format!("tag goal-{}", g.status.code())>{t(&format!("goal-status-{}", g.status.code()))}</span>{format!(" {}%", g.progress)}</p>
            {progress_bar(g.progress, tr("goal-progress-of", &[("title", g.title.clone().into())]))}
            <p class="hint">{tr("goal-outcome", &[("outcome", g.outcome.clone().into())])}</p>
            <p class="hint">{tr("goal-milestones", &[("done", done.into()), ("total", total.into())])}{next.map(|n| format!(" · {n}"))}</p>
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

mod figures;
use figures::{Exports, Figures, FiguresCard};

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
    let (before, after) = around("alerts-hint", &[], "link");
    view! {
        <section class="card alerts" aria-labelledby="alerts">
            <h2 id="alerts">{t("alerts-title")}</h2>
            <ul>
                {alerts.into_iter().map(|a| view! { <li>{a.message}<span class="hint">" · "{tr("alerts-since", &[("when", a.raised_at_local.into())])}</span></li> }).collect_view()}
            </ul>
            <p class="hint">{before}<a href="/concerns">{t("alerts-raise")}</a>{after}</p>
        </section>
    }
    .into_any()
}
