//! `/dashboard`: the chair's view of a cohort, kept current by the live push.

use super::api::get_dashboard;
use crate::i18n::{t, tr};
use crate::ui::{LiveRegion, Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::dashboard::{DashboardFilter, DashboardRow, DashboardView};
use shared::matching::duration_words_in;
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
        <Title text=t("dashboard-title")/>
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

/// An area's short name, as the filters and counts show it.
fn area_label(code: &str) -> String {
    let code = ObjectiveArea::from_code(code).map_or("other", ObjectiveArea::code);
    t(&format!("area-short-{code}"))
}

#[component]
fn Dashboard(v: DashboardView) -> impl IntoView {
    let f = v.filter.clone();
    let shown = v.rows.len();
    view! {
        <h1>{tr("dashboard-heading", &[("cohort", v.cohort.name.clone().into())])}</h1>
        <p class="lead">{tr("dashboard-lead", &[("total", v.total.into()), ("shown", shown.into())])}</p>
        <form method="get" action="/dashboard" class="filters" role="search">
            <div class="field">
                <label for="f-cohort">{t("dashboard-cohort")}</label>
                <select id="f-cohort" name="cohort">
                    {v.cohorts.iter().map(|c| view! { <option value=c.slug.clone() selected=c.slug == f.cohort>{c.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-area">{t("dashboard-area")}</label>
                <select id="f-area" name="area">
                    <option value="">{t("dashboard-any")}</option>
                    {ObjectiveArea::ALL.iter().map(|a| view! { <option value=a.code() selected=f.area == a.code()>{area_label(a.code())}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-status">{t("dashboard-status")}</label>
                <select id="f-status" name="status">
                    <option value="">{t("dashboard-any")}</option>
                    {PartnershipStatus::ALL.iter().map(|s| view! { <option value=s.code() selected=f.status == s.code()>{t(&format!("partnership-status-{}", s.code()))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-sort">{t("dashboard-order")}</label>
                <select id="f-sort" name="sort">
                    {[("", t("dashboard-by-pair")), ("alerts", t("dashboard-most-alerts")), ("sessions", t("dashboard-fewest-sessions")), ("hours", t("dashboard-least-support")), ("progress", t("dashboard-least-progress"))]
                        .into_iter().map(|(code, label)| view! { <option value=code selected=f.sort == code>{label}</option> }).collect_view()}
                </select>
            </div>
            <div class="checkbox">
                <input type="checkbox" id="f-alerted" name="alerted" value="1" checked=f.alerted == "1"/>
                <label for="f-alerted">{t("dashboard-only-alerted")}</label>
            </div>
            <div class="button-row"><button type="submit" class="button button-secondary">{t("dashboard-show")}</button></div>
        </form>
        <div class="counts">
            <p><strong>{t("dashboard-by-area")}</strong>" "{v.by_area.iter().map(|(a, n)| format!("{} {n}", area_label(a))).collect::<Vec<_>>().join(" · ")}</p>
            <p><strong>{t("dashboard-by-status")}</strong>" "{v.by_status.iter().map(|(s, n)| format!("{} {n}", t(&format!("partnership-status-{s}")))).collect::<Vec<_>>().join(" · ")}</p>
        </div>
        <section aria-labelledby="chart-sessions">
            <h2 id="chart-sessions">{t("dashboard-chart-title")}</h2>
            {sessions_chart(&v.sessions_per_month)}
        </section>
        <h2 id="rows">{t("dashboard-partnerships")}</h2>
        {if v.rows.is_empty() {
            view! { <p class="empty">{t("dashboard-empty")}</p> }.into_any()
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
        <svg class="chart" viewBox=format!("0 0 {width} 140") role="img" aria-label=tr("dashboard-chart-label", &[("summary", summary.clone().into())])>
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
        .map(|m| duration_words_in(crate::i18n::lang(), i64::from(*m)))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <svg class="spark" viewBox=format!("0 0 {width} 48") role="img" aria-label=tr("dashboard-spark-label", &[("summary", summary.clone().into())])>
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
            <h3 class="card-title"><a href=format!("/partnerships/{}", r.id)>{tr("partnership-pair", &[("coach", r.coach.clone().into()), ("partner", r.partner.clone().into())])}</a></h3>
            <p class="partnership-meta">
                <span class=format!("tag status-{}", r.status.code())>{t(&format!("partnership-status-{}", r.status.code()))}</span>
                <span class="tag">{crate::i18n::area(&r.area_code, &r.area_title)}</span>
                <span class="hint">{format!("{} · {} {} · {} {}", crate::i18n::said(&r.year_position), r.partner_now, r.partner_place, r.coach_now, r.coach_place)}</span>
            </p>
            <dl class="figures">
                <div><dt>{t("dashboard-sessions")}</dt><dd>{tr("dashboard-held-of", &[("held", r.sessions_held.into()), ("min", r.min_sessions.into())])}" "<span class=format!("tag pace-tag-{}", r.pace.code())>{t(&format!("pace-status-{}", r.pace.code()))}</span></dd></div>
                <div><dt>{t("dashboard-next")}</dt><dd>{r.next_session.clone().unwrap_or_else(|| t("dashboard-none-scheduled"))}</dd></div>
                <div><dt>{t("dashboard-support")}</dt><dd>{tr("dashboard-band", &[("hours", duration_words_in(crate::i18n::lang(), i64::from(r.hours_this_month)).into()), ("min", duration_words_in(crate::i18n::lang(), i64::from(r.band_min)).into()), ("max", duration_words_in(crate::i18n::lang(), i64::from(r.band_max)).into())])}" "<span class=format!("tag band-tag-{}", r.month_band.code())>{t(&format!("band-{}", r.month_band.code()))}</span></dd></div>
                <div><dt>{t("dashboard-goals")}</dt><dd>{tr("dashboard-goal-progress", &[("count", r.goals.into()), ("progress", r.goal_progress.into())])}</dd></div>
                <div><dt>{t("dashboard-last-contact")}</dt><dd>{r.last_contact.clone().unwrap_or_else(|| t("dashboard-none-yet"))}</dd></div>
                <div><dt>{t("dashboard-concerns")}</dt><dd>{r.open_concerns}</dd></div>
                <div><dt>{t("dashboard-support-chart")}</dt><dd>{chart}</dd></div>
            </dl>
            {(!r.alerts.is_empty()).then(|| view! {
                <ul class="warnings">{r.alerts.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}
