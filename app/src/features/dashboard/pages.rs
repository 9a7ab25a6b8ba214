//! `/dashboard`: the chair's view of a cohort, kept current by the live push.

use super::api::get_dashboard;
use crate::ui::{LiveRegion, Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::dashboard::{DashboardFilter, DashboardRow, DashboardView};
use shared::matching::duration_words;
use shared::partnership::PartnershipStatus;
use shared::programme::ObjectiveArea;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        query.with(|q| DashboardFilter {
            cohort: q.get("cohort").unwrap_or_default(),
            area: q.get("area").unwrap_or_default(),
            status: q.get("status").unwrap_or_default(),
            alerted: q.get("alerted").unwrap_or_default(),
            sort: q.get("sort").unwrap_or_default(),
        })
    };
    let data = Resource::new(filter, get_dashboard);
    view! {
        <Title text="Programme dashboard"/>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Dashboard v/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        </LiveRegion>
    }
}

fn area_label(code: &str) -> &'static str {
    match ObjectiveArea::from_code(code) {
        Some(ObjectiveArea::FacilitiesAndSpaces) => "Facilities",
        Some(ObjectiveArea::CollectionsAndAccess) => "Collections",
        Some(ObjectiveArea::AdvocacyAndServices) => "Advocacy",
        Some(ObjectiveArea::PeopleAndTraining) => "Training",
        None => "Other",
    }
}

#[component]
fn Dashboard(v: DashboardView) -> impl IntoView {
    let f = v.filter.clone();
    let shown = v.rows.len();
    view! {
        <h1>{format!("Programme dashboard: {}", v.cohort.name)}</h1>
        <p class="lead">{format!("{}; {} shown. Changes anywhere appear here as they happen.", shared::words::count(v.total, "partnership", "partnerships"), shown)}</p>
        <form method="get" action="/dashboard" class="filters" role="search">
            <div class="field">
                <label for="f-cohort">"Cohort"</label>
                <select id="f-cohort" name="cohort">
                    {v.cohorts.iter().map(|c| view! { <option value=c.slug.clone() selected=c.slug == f.cohort>{c.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-area">"Objective area"</label>
                <select id="f-area" name="area">
                    <option value="">"Any"</option>
                    {ObjectiveArea::ALL.iter().map(|a| view! { <option value=a.code() selected=f.area == a.code()>{area_label(a.code())}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-status">"Status"</label>
                <select id="f-status" name="status">
                    <option value="">"Any"</option>
                    {PartnershipStatus::ALL.iter().map(|s| view! { <option value=s.code() selected=f.status == s.code()>{s.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-sort">"Order"</label>
                <select id="f-sort" name="sort">
                    {[("", "By pair"), ("alerts", "Most alerts first"), ("sessions", "Fewest sessions first"), ("hours", "Least support this month first"), ("progress", "Least goal progress first")]
                        .into_iter().map(|(code, label)| view! { <option value=code selected=f.sort == code>{label}</option> }).collect_view()}
                </select>
            </div>
            <div class="checkbox">
                <input type="checkbox" id="f-alerted" name="alerted" value="1" checked=f.alerted == "1"/>
                <label for="f-alerted">"Only partnerships with alerts"</label>
            </div>
            <div class="button-row"><button type="submit" class="button button-secondary">"Show"</button></div>
        </form>
        <div class="counts">
            <p><strong>"By area: "</strong>{v.by_area.iter().map(|(a, n)| format!("{a} {n}")).collect::<Vec<_>>().join(" · ")}</p>
            <p><strong>"By status: "</strong>{v.by_status.iter().map(|(s, n)| format!("{s} {n}")).collect::<Vec<_>>().join(" · ")}</p>
        </div>
        <section aria-labelledby="chart-sessions">
            <h2 id="chart-sessions">"Sessions held per month, across the cohort"</h2>
            {sessions_chart(&v.sessions_per_month)}
        </section>
        <h2 id="rows">"Partnerships"</h2>
        {if v.rows.is_empty() {
            view! { <p class="empty">"No partnership matches these filters."</p> }.into_any()
        } else {
            view! {
                <ul class="card-list dashboard-rows">
                    {v.rows.into_iter().map(|r| view! { <Row r/> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// Bars of sessions per month, with the count written on each bar for readers of text.
fn sessions_chart(series: &[(String, u32)]) -> AnyView {
    let max = series.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let width = (series.len().max(1) * 48) as u32;
    let summary = series
        .iter()
        .map(|(m, n)| format!("{m}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <svg class="chart" viewBox=format!("0 0 {width} 140") role="img" aria-label=format!("Sessions held per month. {summary}")>
            {series.iter().enumerate().map(|(i, (label, n))| {
                let h = (*n as f64 / max as f64 * 90.0).round() as u32;
                let x = i as u32 * 48 + 8;
                view! {
                    <g>
                        <rect x=x y=110 - h width=32 height=h class="bar"/>
                        <text x=x + 16 y=104 - h text-anchor="middle" class="bar-value">{n.to_string()}</text>
                        <text x=x + 16 y=128 text-anchor="middle" class="bar-label">{label.split(' ').next().unwrap_or("").to_owned()}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
    .into_any()
}

/// One partnership's support per month against the band (small multiple).
fn hours_chart(r: &DashboardRow) -> AnyView {
    let scale = |m: u32| -> u32 { (m.min(600) as f64 / 600.0 * 40.0).round() as u32 };
    let (lo, hi) = (
        44 - scale(r.band_min.max(120)),
        44 - scale(r.band_max.max(300)),
    );
    let width = (r.hours_by_month.len().max(1) * 10) as u32;
    let summary = r
        .hours_by_month
        .iter()
        .map(|m| duration_words(i64::from(*m)))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <svg class="spark" viewBox=format!("0 0 {width} 48") role="img" aria-label=format!("Support per month: {summary}")>
            <rect x=0 y=hi width=width height=lo - hi class="band"/>
            {r.hours_by_month.iter().enumerate().map(|(i, m)| {
                let h = scale(*m);
                view! { <rect x=i as u32 * 10 + 1 y=44 - h width=8 height=h class="spark-bar"/> }
            }).collect_view()}
        </svg>
    }
    .into_any()
}

#[component]
fn Row(r: DashboardRow) -> impl IntoView {
    let chart = hours_chart(&r);
    view! {
        <li class="card dashboard-row" class:alerted=!r.alerts.is_empty()>
            <h3 class="card-title"><a href=format!("/partnerships/{}", r.id)>{format!("{} and {}", r.coach, r.partner)}</a></h3>
            <p class="partnership-meta">
                <span class=format!("tag status-{}", r.status.code())>{r.status.label()}</span>
                <span class="tag">{r.area_title.clone()}</span>
                <span class="hint">{format!("{} · {} {} · {} {}", crate::i18n::said(&r.year_position), r.partner_now, r.partner_place, r.coach_now, r.coach_place)}</span>
            </p>
            <dl class="figures">
                <div><dt>"Sessions"</dt><dd>{format!("{} of {} held ", r.sessions_held, r.min_sessions)}<span class=format!("tag pace-tag-{}", r.pace.code())>{r.pace.label()}</span></dd></div>
                <div><dt>"Next session (your time)"</dt><dd>{r.next_session.clone().unwrap_or_else(|| "None scheduled".into())}</dd></div>
                <div><dt>"Support this month"</dt><dd>{format!("{} (band {} to {}) ", duration_words(i64::from(r.hours_this_month)), duration_words(i64::from(r.band_min)), duration_words(i64::from(r.band_max)))}<span class=format!("tag band-tag-{}", r.month_band.code())>{r.month_band.label()}</span></dd></div>
                <div><dt>"Goals"</dt><dd>{format!("{}, {}% progress", shared::words::count(r.goals, "goal", "goals"), r.goal_progress)}</dd></div>
                <div><dt>"Last contact"</dt><dd>{r.last_contact.clone().unwrap_or_else(|| "None yet".into())}</dd></div>
                <div><dt>"Open concerns"</dt><dd>{r.open_concerns}</dd></div>
                <div><dt>"Support per month"</dt><dd>{chart}</dd></div>
            </dl>
            {(!r.alerts.is_empty()).then(|| view! {
                <ul class="warnings">{r.alerts.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}
