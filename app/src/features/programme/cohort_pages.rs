//! The chair's cohorts: `/cohorts` lists them, `/cohorts/{cohort}` sets one up ("new" for the
//! next one): its call, the zone its deadline is stated in, its year and its rules.

use super::api::{InvitePartners, SaveCohort, get_cohort, get_cohorts};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, RequestKey, TextArea, ZoneList, kept_or,
    page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::cohort::{CohortEdit, CohortPartner, CohortSummary};
use shared::time::format_date;

#[component]
pub fn CohortsPage() -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| get_cohorts());
    view! {
        <Title text="Cohorts"/>
        <h1>"Cohorts"</h1>
        <p class="lead">"Each cohort has its own call for coaches, its partnership year and the rules its partnerships are held to."</p>
        <p><a class="button" href="/cohorts/new">"New cohort"</a>" "<a class="button button-secondary" href="/programme">"Edit the programme: texts, chair, contact"</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match cohorts.await {
                    Ok(list) if list.is_empty() => view! {
                        <p class="empty-state">"No cohort yet. Create the first: its call opens on the day you choose."</p>
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
                <th scope="col">"Cohort"</th><th scope="col">"Now"</th><th scope="col">"Call closes"</th>
                <th scope="col">"Partnership year"</th><th scope="col">"Applications"</th><th scope="col">"Partnerships"</th>
            </tr></thead>
            <tbody>
                {list.into_iter().map(|c| view! {
                    <tr>
                        <td data-label="Cohort">
                            <a href=format!("/cohorts/{}", c.slug)>{format!("Cohort {}", c.name)}</a>
                            {c.is_demo.then(|| view! { " " <span class="tag">"Demo"</span> })}
                            <br/><span class="hint">{c.country.clone()}" · "<a href=format!("/cohorts/{}/call", c.slug)>"its call"</a>" · "<a href=format!("/cohorts/{}/report", c.slug)>"its report"</a></span>
                        </td>
                        <td data-label="Now"><span class=format!("tag stage-{}", c.stage.code())>{c.stage.label()}</span></td>
                        <td data-label="Call closes">{format!("end of {} ({})", c.deadline_local, c.deadline_place)}</td>
                        <td data-label="Partnership year">{format!("{} to {}", format_date(&c.starts_on), format_date(&c.ends_on))}</td>
                        <td data-label="Applications">{c.applications}</td>
                        <td data-label="Partnerships">{c.partnerships}</td>
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
                Some("The cohort is created. Its call page is public; share its address when the call opens.")
            } else if q.get("saved").is_some() {
                Some("Saved. The call page and the partnerships follow the new settings.")
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
        "New cohort".to_owned()
    } else {
        format!("Cohort {}", f.name)
    };
    let year_fixed = e.partnerships > 0;
    view! {
        <Title text=title.clone()/>
        <div class="narrow">
            <p><a href="/cohorts">"All cohorts"</a></p>
            <h1>{title}</h1>
            {e.stage.map(|s| view! {
                <p><span class=format!("tag stage-{}", s.code())>{s.label()}</span>" "
                    <a href=format!("/cohorts/{}/call", f.slug)>"See its public call page"</a>" · "
                    <a href=format!("/cohorts/{}/report", f.slug)>"Its report (print or save as PDF)"</a></p>
            })}
            {if e.is_new {
                view! { <p class="lead">"Set up the next cohort: when its call opens and closes, the partnership year and the rules its partnerships are held to. The call's rules are filled in; change what this cohort does differently."</p> }.into_any()
            } else {
                view! { <p class="lead">"Changes apply to this cohort's call and partnerships from now on."</p> }.into_any()
            }}
            {e.extended_from.clone().map(|was| view! { <p class="notice notice-info">{format!("The deadline was extended; it was {was}. The call page says so.")}</p> })}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                {e.is_new.then(|| view! { <RequestKey/> })}
                <input type="hidden" name="form[slug]" value=f.slug.clone()/>
                <ZoneList/>
                <fieldset>
                    <legend>"The cohort"</legend>
                    <Field label="Name" name="name" hint="For example 2027-2028. It names the cohort on every page and in its address." value=kept_or("name", &f.name) errors/>
                    <Field label="Partners' country" name="country" value=kept_or("country", &f.country) errors/>
                    <Field label="Partners' usual time zone" name="partner_time_zone" list="zones" hint="Suggested to partners when they are invited, for example Asia/Phnom_Penh." value=kept_or("partner_time_zone", &f.partner_time_zone) errors/>
                </fieldset>
                <fieldset>
                    <legend>"The call for coaches"</legend>
                    <Field label="The call opens on" name="call_opens_on" kind="date" value=kept_or("call_opens_on", &f.call_opens_on) errors/>
                    <Field label="Deadline" name="deadline_on" kind="date" hint="Applications close at the end of this day, on the clock below. An open call's deadline can move later, not earlier." value=kept_or("deadline_on", &f.deadline_on) errors/>
                    <Field label="The deadline is stated in this time zone" name="deadline_time_zone" list="zones" hint="The call shows the deadline on this clock and on each reader's own, for example Europe/London or Asia/Phnom_Penh." value=kept_or("deadline_time_zone", &f.deadline_time_zone) errors/>
                    <TextArea label="This cohort's call text" name="call_text" hint="Optional. Shown at the top of this cohort's call page, above the programme's aims." value=kept_or("call_text", &f.call_text) errors rows=4/>
                </fieldset>
                <fieldset>
                    <legend>"The partnership year"</legend>
                    {year_fixed.then(|| view! { <p class="hint">{format!("{} in this cohort, so the year's dates stay as they are.", shared::words::count(e.partnerships, "partnership runs", "partnerships run"))}</p> })}
                    <Field label="Partnerships start on" name="starts_on" kind="date" value=kept_or("starts_on", &f.starts_on) errors/>
                    <Field label="Length in months" name="months" kind="number" min="1" max="24" hint="The call's year is 12 months, June to May." value=kept_or("months", &f.months) errors/>
                    <Field label="Sessions each partnership holds at least" name="min_sessions" kind="number" min="1" hint="The call asks for at least 6 voice or video sessions." value=kept_or("min_sessions", &f.min_sessions) errors/>
                </fieldset>
                <fieldset>
                    <legend>"Support time and alerts"</legend>
                    <Field label="Support hours a month, at least" name="hours_min" hint="In hours, for example 2 or 1.5. The call asks for 2 to 5 hours a month." value=kept_or("hours_min", &f.hours_min) errors/>
                    <Field label="Support hours a month, at most" name="hours_max" value=kept_or("hours_max", &f.hours_max) errors/>
                    <Field label="Alert after this many days without a held session" name="no_session_days" kind="number" min="1" value=kept_or("no_session_days", &f.no_session_days) errors/>
                    <Field label="Alert when a proposal waits this many days for an answer" name="unanswered_days" kind="number" min="1" value=kept_or("unanswered_days", &f.unanswered_days) errors/>
                </fieldset>
                <fieldset>
                    <legend>"Applications"</legend>
                    <Field label="Days a declined applicant's CV is kept" name="cv_retention_days" kind="number" min="0" hint="After the decision; then the CV is deleted." value=kept_or("cv_retention_days", &f.cv_retention_days) errors/>
                    <Field label="Days a draft application never sent is kept" name="draft_retention_days" kind="number" min="0" hint="After the call's deadline; then the draft is deleted with its CV." value=kept_or("draft_retention_days", &f.draft_retention_days) errors/>
                    <Field label="Days an undecided application is kept" name="undecided_retention_days" kind="number" min="0" hint="After the partnership year starts; then it is deleted with its CV. An accepted coach's CV goes when the year ends." value=kept_or("undecided_retention_days", &f.undecided_retention_days) errors/>
                    <Field label="Days a finished pair's journal and session notes are kept" name="journal_retention_days" kind="number" min="0" hint="After the year ends, unless both members choose to keep them. Sessions and hours stay as figures." value=kept_or("journal_retention_days", &f.journal_retention_days) errors/>
                </fieldset>
                <button type="submit" class="button">{if e.is_new { "Create the cohort" } else { "Save the cohort" }}</button>
            </PostForm>
        </div>
    }
}

/// "2 invited, 1 already had an account and joins, 1 was already in the cohort."
fn invited_words(invited: u32, added: u32, already: u32) -> String {
    use shared::words::count;
    let mut parts = Vec::new();
    if invited > 0 {
        parts.push(format!(
            "{} by email",
            count(invited, "person invited", "people invited")
        ));
    }
    if added > 0 {
        parts.push(format!(
            "{} who already had a partner's account, now in this cohort and told",
            count(added, "partner", "partners")
        ));
    }
    if already > 0 {
        parts.push(format!(
            "{} already invited or in the cohort (nothing sent again)",
            count(already, "person", "people")
        ));
    }
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
    view! {
        <section class="narrow" aria-labelledby="partners">
            <h2 id="partners">"Partners of this cohort"</h2>
            <p>"Each partner invited here chooses their ONE objective, then appears on "<a href=format!("/matching?cohort={slug}")>"this cohort's matching page"</a>"."</p>
            {move || done().map(|d| view! { <p class="notice notice-success" role="status">{d}</p> })}
            {if partners.is_empty() {
                view! { <p class="empty">"No partner is in this cohort yet. Invite the library directors who take part this year: each chooses their ONE objective, then appears on the matching page."</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <thead><tr><th scope="col">"Partner"</th><th scope="col">"Where they stand"</th></tr></thead>
                        <tbody>
                            {partners.into_iter().map(|p| view! {
                                <tr>
                                    <td data-label="Partner">{p.name}<br/><span class="hint">{p.email}</span></td>
                                    <td data-label="Where they stand">{p.state}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <input type="hidden" name="form[cohort]" value=slug/>
                <TextArea label="Invite partners" name="list" rows=5 errors value=kept_or("list", "")
                    hint="One person a line: their name, a comma, their email address. For example “Sok Dara, dara@library.edu.kh”. You can paste two columns from a spreadsheet. A partner from an earlier year joins this cohort with a new intake; their earlier year stays as it was."/>
                <crate::features::auth::pages::InviteLanguage errors/>
                <button type="submit" class="button">"Invite"</button>
            </PostForm>
        </section>
    }
}
