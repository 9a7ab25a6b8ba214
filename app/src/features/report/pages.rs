//! `/cohorts/{cohort}/report` (chair), `/partnerships/{id}/summary` (the pair and the chair) and
//! `/cohorts/{cohort}/certificates/{person}` (the coach and the chair): pages made to be printed
//! or saved as PDF from the browser. Charts are inline SVG with their figures written out, so
//! they print crisply and read without sight; the print stylesheet drops the site's chrome.

use super::api::{get_certificate, get_cohort_report, get_partnership_summary};
use crate::i18n::{t, tr};
use crate::ui::{Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use shared::report::{Certificate, CohortReport, Count, PartnershipSummary, ReportPair};

/// "Print or save as PDF": the button appears once the page's script runs (it opens the
/// browser's print dialogue); the hint says how without it.
#[component]
fn PrintBar(children: Children) -> impl IntoView {
    view! {
        <div class="print-bar no-print">
            <button type="button" class="button" data-print="" hidden>{t("print-button")}</button>
            <p class="hint">{t("print-hint")}</p>
            {children()}
        </div>
    }
}

/// Horizontal bars, one per row: the label and figure are text (they wrap and stay readable on
/// a narrow screen and in print), each bar a small inline SVG. `mark` draws a dashed line at a
/// value to reach (a minimum).
fn bars(title: String, rows: &[Count], mark: Option<u32>) -> AnyView {
    let max = rows
        .iter()
        .map(|(_, n)| *n)
        .chain(mark)
        .max()
        .unwrap_or(0)
        .max(1);
    let share = |n: u32| f64::from(n) / f64::from(max) * 100.0;
    view! {
        <ul class="hbars" aria-label=title>
            {rows.iter().map(|(label, n)| view! {
                <li>
                    <span class="hbar-label">{label.clone()}</span>
                    <svg class="hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect x=0 y=0 width=format!("{:.1}", share(*n).max(0.5)) height=10 class="bar"/>
                        {mark.map(|m| view! { <line x1=format!("{:.1}", share(m)) x2=format!("{:.1}", share(m)) y1=0 y2=10 class="mark"/> })}
                    </svg>
                    <span class="hbar-value">{n.to_string()}</span>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Counts whose labels are translation keys, in the page's language.
fn said(rows: &[Count]) -> Vec<Count> {
    rows.iter().map(|(key, n)| (t(key), *n)).collect()
}

#[component]
pub fn CohortReportPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("cohort").unwrap_or_default());
    let data = Resource::new(slug, get_cohort_report);
    view! {
        <Title text=t("report-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(r) => view! { <Report r/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Report(r: CohortReport) -> impl IntoView {
    let n = r.pairs.len() as u32;
    let (in_band, ended) = r.months_in_band();
    let reached = r.outcomes.first().map_or(0, |(_, n)| *n);
    let goals: u32 = r.outcomes.iter().map(|(_, n)| n).sum();
    let e = r.evaluation.clone();
    let sessions: Vec<Count> = r
        .pairs
        .iter()
        .map(|p| {
            (
                tr(
                    "partnership-pair",
                    &[
                        ("coach", p.coach.clone().into()),
                        ("partner", p.partner.clone().into()),
                    ],
                ),
                p.sessions_held,
            )
        })
        .collect();
    let csv = format!("/export/{}/evaluations.csv", r.cohort_slug);
    let back = format!("/cohorts/{}", r.cohort_slug);
    view! {
        <article class="report">
            <header class="report-head">
                <p class="kicker">{r.programme.clone()}</p>
                <h1>{tr("report-heading", &[("cohort", r.cohort_name.clone().into())])}</h1>
                <p>{tr("report-drawn-up", &[("year", r.year.clone().into()), ("date", r.as_of.clone().into()), ("chair", r.chair_name.clone().into())])}</p>
            </header>
            <PrintBar>
                <p>
                    <a href=back>{t("report-back")}</a>
                    " · "<a href=csv>{t("report-csv")}</a>
                </p>
            </PrintBar>
            {if r.pairs.is_empty() {
                view! { <p class="empty">{t("report-empty")}</p> }.into_any()
            } else {
                view! {
                    <section aria-labelledby="glance">
                        <h2 id="glance">{t("report-glance")}</h2>
                        <dl class="figures">
                            <div><dt>{t("report-partnerships")}</dt><dd>{n}</dd></div>
                            <div><dt>{tr("report-held-min", &[("min", r.min_sessions.into())])}</dt><dd>{tr("report-of", &[("part", r.met_minimum().into()), ("whole", n.into())])}</dd></div>
                            <div><dt>{tr("report-band-title", &[("band", r.band.clone().into())])}</dt><dd>{if ended == 0 { t("report-no-month-ended") } else { tr("report-months-ended", &[("part", in_band.into()), ("count", ended.into())]) }}</dd></div>
                            <div><dt>{t("report-goals-reached")}</dt><dd>{if goals == 0 { t("report-no-goals") } else { tr("report-goals-of", &[("part", reached.into()), ("count", goals.into())]) }}</dd></div>
                            <div><dt>{t("report-evaluations-received")}</dt><dd>{tr("report-evaluations-of", &[("partners", e.partners_answered.into()), ("coaches", e.coaches_answered.into()), ("pairs", n.into())])}</dd></div>
                            <div><dt>{t("report-mean-rating")}</dt><dd>{e.mean_rating.clone().map_or_else(|| t("report-no-ratings"), |m| tr("report-rating", &[("rating", m.into())]))}</dd></div>
                        </dl>
                    </section>
                    <section aria-labelledby="areas">
                        <h2 id="areas">{t("report-by-area")}</h2>
                        {bars(t("report-by-area"), &r.by_area, None)}
                    </section>
                    <section aria-labelledby="sessions">
                        <h2 id="sessions">{t("report-sessions-title")}</h2>
                        <p class="hint">{tr("report-dashed", &[("min", r.min_sessions.into())])}</p>
                        {bars(t("report-sessions-bars"), &sessions, Some(r.min_sessions))}
                    </section>
                    <section aria-labelledby="outcomes">
                        <h2 id="outcomes">{t("report-outcomes")}</h2>
                        <p class="hint">{t("report-outcomes-hint")}</p>
                        {bars(t("report-outcomes"), &said(&r.outcomes), None)}
                    </section>
                    <section aria-labelledby="evaluation">
                        <h2 id="evaluation">{t("report-evaluations")}</h2>
                        {if e.partners_answered + e.coaches_answered == 0 {
                            view! { <p class="empty">{t("report-no-answers")}</p> }.into_any()
                        } else {
                            view! {
                                <h3>{t("report-reached-q")}</h3>
                                {bars(t("report-reached-bars"), &said(&e.reached), None)}
                                <h3>{t("report-again-q")}</h3>
                                {bars(t("report-again-bars"), &said(&e.again), None)}
                                <h3>{t("report-broadened-q")}</h3>
                                {bars(t("report-broadened-bars"), &said(&e.broadened), None)}
                                <h3>{t("report-words")}</h3>
                                {if e.quotes.is_empty() {
                                    view! { <p class="empty">{t("report-no-quotes")}</p> }.into_any()
                                } else {
                                    view! {
                                        <p class="hint">{t("report-quotes-hint")}</p>
                                        {e.quotes.iter().map(|q| view! {
                                            <figure class="quote">
                                                <blockquote>{q.text.clone()}</blockquote>
                                                <figcaption>{t(&q.who)}</figcaption>
                                            </figure>
                                        }).collect_view()}
                                    }.into_any()
                                }}
                            }.into_any()
                        }}
                    </section>
                    <section aria-labelledby="pairs">
                        <h2 id="pairs">{t("report-each")}</h2>
                        <PairsTable pairs=r.pairs.clone() cohort=r.cohort_slug.clone()/>
                    </section>
                }.into_any()
            }}
        </article>
    }
}

#[component]
fn PairsTable(pairs: Vec<ReportPair>, cohort: String) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table report-table">
                <thead><tr>
                    <th scope="col">{t("report-col-partnership")}</th>
                    <th scope="col">{t("report-col-area")}</th>
                    <th scope="col">{t("report-col-sessions")}</th>
                    <th scope="col">{t("report-col-support")}</th>
                    <th scope="col">{t("report-goals-reached")}</th>
                    <th scope="col">{t("report-col-evaluations")}</th>
                    <th scope="col" class="no-print">{t("report-col-print")}</th>
                </tr></thead>
                <tbody>
                    {pairs.into_iter().map(|p| {
                        let reached = p.outcomes.iter().filter(|o| *o == "yes").count();
                        view! {
                            <tr>
                                <td>{tr("partnership-pair", &[("coach", p.coach.clone().into()), ("partner", p.partner.clone().into())])}<br/><span class="hint">{t(&format!("partnership-status-{}", p.status.code()))}</span></td>
                                <td>{p.area_title.clone()}</td>
                                <td>{format!("{} of {}", p.sessions_held, p.min_sessions)}</td>
                                <td>{shared::matching::duration_words_in(crate::i18n::lang(), i64::from(p.support_minutes))}<br/><span class="hint">{if p.months_ended == 0 { t("report-no-month-ended-pair") } else { tr("report-pair-band", &[("part", p.months_in_band.into()), ("count", p.months_ended.into())]) }}</span></td>
                                <td>{tr("report-of", &[("part", reached.into()), ("whole", p.outcomes.len().into())])}</td>
                                <td>{tr("report-answered", &[("count", p.answered.into())])}</td>
                                <td class="no-print">
                                    <a href=format!("/partnerships/{}/summary", p.id)>{t("report-summary-link")}</a>
                                    <br/>
                                    <a href=format!("/cohorts/{cohort}/certificates/{}", p.coach_id)>{t("report-certificate")}</a>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn SummaryPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse().ok()).unwrap_or(0));
    let data = Resource::new(id, get_partnership_summary);
    view! {
        <Title text=t("summary-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) => view! { <Summary s/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Summary(s: PartnershipSummary) -> impl IntoView {
    let style = crate::i18n::style();
    let lang = style.lang;
    let date = move |iso: &str| shared::time::format_date_in(style, iso);
    let duration = move |minutes: u32| {
        style.digits(&shared::matching::duration_words_in(
            lang,
            i64::from(minutes),
        ))
    };
    let place = |zone: &str| shared::time::zone_city_in(lang, zone);
    let key = if s.library.is_empty() {
        "summary-line"
    } else {
        "summary-line-library"
    };
    let line = tr(
        key,
        &[
            ("coach_place", place(&s.coach_zone).into()),
            ("library", s.library.clone().into()),
            ("partner_place", place(&s.partner_zone).into()),
            ("from", date(&s.starts_on).into()),
            ("to", date(&s.ends_on).into()),
            (
                "status",
                t(&format!("partnership-status-{}", s.status.code())).into(),
            ),
            ("as_of", date(&s.as_of).into()),
        ],
    );
    let days: Vec<String> = s.session_days.iter().map(|d| date(d)).collect();
    view! {
        <article class="report summary">
            <header class="report-head">
                <p class="kicker">{format!("{} · {}", s.programme, s.cohort_name)}</p>
                <h1>{tr("partnership-pair", &[("coach", s.coach.clone().into()), ("partner", s.partner.clone().into())])}</h1>
                <p>{line}</p>
            </header>
            <PrintBar>
                <p><a href=format!("/partnerships/{}", s.id)>{t("evaluation-back")}</a></p>
            </PrintBar>
            <section aria-labelledby="objective">
                <h2 id="objective">{t("summary-objective")}</h2>
                <p><strong>{crate::i18n::area(&s.area_code, &s.area_title)}</strong></p>
                <p class="pre-line">{s.objective.clone()}</p>
            </section>
            <section aria-labelledby="figures">
                <h2 id="figures">{t("summary-figures")}</h2>
                <dl class="figures">
                    <div><dt>{t("hours-col-sessions")}</dt><dd>{tr("summary-sessions", &[("held", s.sessions_held.into()), ("minimum", s.min_sessions.into())])}</dd></div>
                    <div><dt>{t("summary-support")}</dt><dd>{duration(s.support_minutes)}</dd></div>
                </dl>
                {if days.is_empty() {
                    view! { <p class="empty">{t("summary-no-session")}</p> }.into_any()
                } else {
                    view! { <p>{tr("summary-session-days", &[("days", days.join("; ").into())])}</p> }.into_any()
                }}
                <div class="table-scroll">
                    <table class="data-table compact">
                        <thead><tr><th scope="col">{t("hours-col-month")}</th><th scope="col">{t("hours-col-support")}</th><th scope="col">{t("summary-against-band")}</th></tr></thead>
                        <tbody>
                            {s.months.iter().map(|(month, minutes, band)| view! {
                                <tr><td>{shared::time::format_month_in(style, month)}</td><td>{duration(*minutes)}</td><td>{t(&format!("band-{band}"))}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="goals">
                <h2 id="goals">{t("goals-title")}</h2>
                {if s.goals.is_empty() {
                    view! { <p class="empty">{t("summary-no-goals")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {s.goals.iter().map(|g| {
                                let outcome = if g.outcome.is_empty() { t("summary-outcome-unset") } else { tr("summary-outcome", &[("outcome", t(&format!("reached-{}", g.outcome)).into())]) };
                                let status = t(&format!("goal-status-{}", g.status));
                                view! { <li><strong>{g.title.clone()}</strong>{format!(" · {status}, {}% · {outcome}", g.progress)}</li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </article>
    }
}

#[component]
pub fn CertificatePage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("cohort").unwrap_or_default(),
                p.get("person").and_then(|v| v.parse().ok()).unwrap_or(0),
            )
        })
    };
    let data = Resource::new(key, |(cohort, person)| get_certificate(cohort, person));
    view! {
        <Title text=t("certificate-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(c) => view! { <CertificateView c/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CertificateView(c: Certificate) -> impl IntoView {
    view! {
        <PrintBar>
            <p><a href="/partnerships">{t("certificate-back")}</a></p>
        </PrintBar>
        <article class="certificate">
            <p class="kicker">{c.programme.clone()}</p>
            <h1>{t("certificate-title")}</h1>
            <p>{t("certificate-certifies")}</p>
            <p class="certificate-name">{c.coach.clone()}</p>
            <p>{tr("certificate-took-part", &[("programme", c.programme.clone().into()), ("cohort", c.cohort_name.clone().into()), ("year", c.year.clone().into())])}</p>
            <ul class="plain-list">{c.partners.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
            {(c.sessions_held > 0).then(|| view! {
                <p>{tr("certificate-sessions", &[("count", c.sessions_held.into())])}</p>
            })}
            <p class="certificate-sign">{c.chair_name.clone()}<br/><span class="hint">{tr("certificate-chair", &[("date", c.issued_on.clone().into())])}</span></p>
        </article>
    }
}
