//! The chair's cohorts: `/cohorts` lists them, `/cohorts/{cohort}` sets one up ("new" for the
//! next one): its call, the zone its deadline is stated in, its year and its rules.

use super::api::{InvitePartners, SaveCohort, get_cohort, get_cohorts};
use crate::i18n::{around, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, RequestKey, TextArea, ZoneList, kept_or,
    page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::cohort::{CohortEdit, CohortPartner, CohortSummary};
use shared::i18n::Arg;

#[component]
pub fn CohortsPage() -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| get_cohorts());
    view! {
        <Title text=t("cohorts-title")/>
        <h1>{t("cohorts-title")}</h1>
        <p class="lead">{t("cohorts-lead")}</p>
        <p><a class="button" href="/cohorts/new">{t("cohorts-new")}</a>" "<a class="button button-secondary" href="/programme">{t("cohorts-edit-programme")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match cohorts.await {
                    Ok(list) if list.is_empty() => view! {
                        <p class="empty-state">{t("cohorts-empty")}</p>
                    }.into_any(),
                    Ok(list) => view! { <CohortTable list/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CohortTable(list: Vec<CohortSummary>) -> impl IntoView {
    view! {
        <table class="table cohort-table">
            <thead><tr>
                <th scope="col">{t("cohorts-col-cohort")}</th><th scope="col">{t("cohorts-col-now")}</th><th scope="col">{t("cohorts-col-closes")}</th>
                <th scope="col">{t("cohorts-col-year")}</th><th scope="col">{t("cohorts-col-applications")}</th><th scope="col">{t("cohorts-col-partnerships")}</th>
            </tr></thead>
            <tbody>
                {list.into_iter().map(|c| view! {
                    <tr>
                        <td data-label=t("cohorts-col-cohort")>
                            <a href=format!("/cohorts/{}", c.slug)>{tr("cohort-named", &[("name", c.name.clone().into())])}</a>
                            {c.is_demo.then(|| view! { " " <span class="tag">{t("cohorts-demo")}</span> })}
                            <br/><span class="hint">{c.country.clone()}" · "<a href=format!("/cohorts/{}/call", c.slug)>{t("cohorts-its-call")}</a>" · "<a href=format!("/cohorts/{}/report", c.slug)>{t("cohorts-its-report")}</a></span>
                        </td>
                        <td data-label=t("cohorts-col-now")><span class=format!("tag stage-{}", c.stage.code())>{t(&format!("stage-{}", c.stage.code()))}</span></td>
                        <td data-label=t("cohorts-col-closes")>{tr("cohorts-closes-at", &[("deadline", c.deadline_local.clone().into()), ("place", c.deadline_place.clone().into())])}</td>
                        <td data-label=t("cohorts-col-year")>{tr("cohorts-year-span", &[("from", Arg::Date(c.starts_on.clone())), ("to", Arg::Date(c.ends_on.clone()))])}</td>
                        <td data-label=t("cohorts-col-applications")>{c.applications}</td>
                        <td data-label=t("cohorts-col-partnerships")>{c.partnerships}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn CohortPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let edit = Resource::new(
        move || params.with(|p| p.get("cohort").unwrap_or_default()),
        get_cohort,
    );
    let notice = move || {
        query.with(|q| {
            if q.get("created").is_some() {
                Some(t("cohort-created"))
            } else if q.get("saved").is_some() {
                Some(t("cohort-saved"))
            } else {
                None
            }
        })
    };
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match edit.await {
                    Ok(e) => {
                        let partners = (!e.is_new).then(|| (e.form.slug.clone(), e.partners.clone()));
                        view! {
                            {move || notice().map(|n| view! { <p class="notice notice-success" role="status">{n}</p> })}
                            <CohortEditor e/>
                            {partners.map(|(slug, partners)| view! { <CohortPartners slug partners/> })}
                        }.into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CohortEditor(e: CohortEdit) -> impl IntoView {
    let action = Form::<SaveCohort>::new();
    let errors = action.errors();
    let f = e.form.clone();
    let title = if e.is_new {
        t("cohorts-new")
    } else {
        tr("cohort-named", &[("name", f.name.clone().into())])
    };
    let year_fixed = e.partnerships > 0;
    view! {
        <Title text=title.clone()/>
        <div class="narrow">
            <p><a href="/cohorts">{t("cohort-all")}</a></p>
            <h1>{title}</h1>
            {e.stage.map(|s| view! {
                <p><span class=format!("tag stage-{}", s.code())>{t(&format!("stage-{}", s.code()))}</span>" "
                    <a href=format!("/cohorts/{}/call", f.slug)>{t("cohort-see-call")}</a>" · "
                    <a href=format!("/cohorts/{}/report", f.slug)>{t("cohort-its-report")}</a></p>
            })}
            {if e.is_new {
                view! { <p class="lead">{t("cohort-new-lead")}</p> }.into_any()
            } else {
                view! { <p class="lead">{t("cohort-edit-lead")}</p> }.into_any()
            }}
            {e.extended_from.clone().map(|was| view! { <p class="notice notice-info">{tr("cohort-extended", &[("was", was.into())])}</p> })}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                {e.is_new.then(|| view! { <RequestKey/> })}
                <input type="hidden" name="form[slug]" value=f.slug.clone()/>
                <ZoneList/>
                <fieldset>
                    <legend>{t("cohort-legend")}</legend>
                    <Field label=t("cohort-name") name="name" hint=t("cohort-name-hint") value=kept_or("name", &f.name) errors/>
                    <Field label=t("cohort-country") name="country" value=kept_or("country", &f.country) errors/>
                    <Field label=t("cohort-partner-zone") name="partner_time_zone" list="zones" hint=t("cohort-partner-zone-hint") value=kept_or("partner_time_zone", &f.partner_time_zone) errors/>
                </fieldset>
                <fieldset>
                    <legend>{t("cohort-call-legend")}</legend>
                    <Field label=t("cohort-opens") name="call_opens_on" kind="date" value=kept_or("call_opens_on", &f.call_opens_on) errors/>
                    <Field label=t("cohort-deadline") name="deadline_on" kind="date" hint=t("cohort-deadline-hint") value=kept_or("deadline_on", &f.deadline_on) errors/>
                    <Field label=t("cohort-deadline-zone") name="deadline_time_zone" list="zones" hint=t("cohort-deadline-zone-hint") value=kept_or("deadline_time_zone", &f.deadline_time_zone) errors/>
                    <TextArea label=t("cohort-call-text") name="call_text" hint=t("cohort-call-text-hint") value=kept_or("call_text", &f.call_text) errors rows=4/>
                </fieldset>
                <fieldset>
                    <legend>{t("cohort-year-legend")}</legend>
                    {year_fixed.then(|| view! { <p class="hint">{tr("cohort-year-fixed", &[("count", e.partnerships.into())])}</p> })}
                    <Field label=t("cohort-starts") name="starts_on" kind="date" value=kept_or("starts_on", &f.starts_on) errors/>
                    <Field label=t("cohort-months") name="months" kind="number" min="1" max="24" hint=t("cohort-months-hint") value=kept_or("months", &f.months) errors/>
                    <Field label=t("cohort-min-sessions") name="min_sessions" kind="number" min="1" hint=t("cohort-min-sessions-hint") value=kept_or("min_sessions", &f.min_sessions) errors/>
                </fieldset>
                <fieldset>
                    <legend>{t("cohort-support-legend")}</legend>
                    <Field label=t("cohort-hours-min") name="hours_min" hint=t("cohort-hours-min-hint") value=kept_or("hours_min", &f.hours_min) errors/>
                    <Field label=t("cohort-hours-max") name="hours_max" value=kept_or("hours_max", &f.hours_max) errors/>
                    <Field label=t("cohort-no-session-days") name="no_session_days" kind="number" min="1" value=kept_or("no_session_days", &f.no_session_days) errors/>
                    <Field label=t("cohort-unanswered-days") name="unanswered_days" kind="number" min="1" value=kept_or("unanswered_days", &f.unanswered_days) errors/>
                </fieldset>
                <fieldset>
                    <legend>{t("cohorts-col-applications")}</legend>
                    <Field label=t("cohort-cv-days") name="cv_retention_days" kind="number" min="0" hint=t("cohort-cv-days-hint") value=kept_or("cv_retention_days", &f.cv_retention_days) errors/>
                    <Field label=t("cohort-draft-days") name="draft_retention_days" kind="number" min="0" hint=t("cohort-draft-days-hint") value=kept_or("draft_retention_days", &f.draft_retention_days) errors/>
                    <Field label=t("cohort-undecided-days") name="undecided_retention_days" kind="number" min="0" hint=t("cohort-undecided-days-hint") value=kept_or("undecided_retention_days", &f.undecided_retention_days) errors/>
                    <Field label=t("cohort-journal-days") name="journal_retention_days" kind="number" min="0" hint=t("cohort-journal-days-hint") value=kept_or("journal_retention_days", &f.journal_retention_days) errors/>
                </fieldset>
                <button type="submit" class="button">{if e.is_new { t("cohort-create") } else { t("cohort-save") }}</button>
            </PostForm>
        </div>
    }
}

/// "2 invited, 1 already had an account and joins, 1 was already in the cohort."
fn invited_words(invited: u32, added: u32, already: u32) -> String {
    let parts: Vec<String> = [
        ("cohort-invited-email", invited),
        ("cohort-invited-added", added),
        ("cohort-invited-already", already),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(key, n)| tr(key, &[("count", n.into())]))
    .collect();
    format!("{}.", parts.join("; "))
}

/// The cohort's partners and the form that invites more (one, or a pasted list).
#[component]
fn CohortPartners(slug: String, partners: Vec<CohortPartner>) -> impl IntoView {
    let action = Form::<InvitePartners>::new();
    let errors = action.errors();
    let query = use_query_map();
    let done = move || {
        query.with(|q| {
            let n = |k: &str| q.get(k).and_then(|v| v.parse::<u32>().ok());
            match (n("invited"), n("added"), n("already")) {
                (Some(i), Some(a), Some(r)) => Some(invited_words(i, a, r)),
                _ => None,
            }
        })
    };
    let each = around("cohort-invited-each-matching", &[], "link");
    view! {
        <section class="narrow" aria-labelledby="partners">
            <h2 id="partners">{t("cohort-partners-title")}</h2>
            <p>{each.0}<a href=format!("/matching?cohort={slug}")>{t("cohort-matching-link")}</a>{each.1}</p>
            {move || done().map(|d| view! { <p class="notice notice-success" role="status">{d}</p> })}
            {if partners.is_empty() {
                view! { <p class="empty">{t("cohort-partners-empty")}</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <thead><tr><th scope="col">{t("cohort-col-partner")}</th><th scope="col">{t("cohort-col-stand")}</th></tr></thead>
                        <tbody>
                            {partners.into_iter().map(|p| view! {
                                <tr>
                                    <td data-label=t("cohort-col-partner")>{p.name}<br/><span class="hint">{p.email}</span></td>
                                    <td data-label=t("cohort-col-stand")>{p.state}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <input type="hidden" name="form[cohort]" value=slug/>
                <TextArea label=t("cohort-invite-list") name="list" rows=5 errors value=kept_or("list", "")
                    hint=t("cohort-invite-hint")/>
                <crate::features::auth::pages::InviteLanguage errors/>
                <button type="submit" class="button">{t("cohort-invite")}</button>
            </PostForm>
        </section>
    }
}
