//! The public call page: where the call stands on two clocks, what coaches do, the four areas,
//! and whom to ask.

use super::super::api::get_call;
use crate::i18n::{around, t, tr};
use crate::ui::{Loading, TwoClocks, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::programme::CohortView;
use shared::time::format_date_in;

/// "12 days 3 hours left" as the server renders it; `browser::enhance` keeps it current.
#[component]
fn Countdown(deadline_utc: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let left = deadline_utc
        .parse::<jiff::Timestamp>()
        .map(|d| {
            shared::time::describe_remaining_in(
                crate::i18n::lang(),
                d.as_millisecond() - jiff::Timestamp::now().as_millisecond(),
            )
        })
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    let left = String::new();
    // The browser keeps the English count current; other languages keep the server's words.
    let live = (crate::i18n::lang() == crate::i18n::Lang::En).then_some(deadline_utc);
    view! { <p class="countdown" data-deadline=live><strong>{left}</strong></p> }
}

/// Where a cohort's call stands, on the clock its deadline is stated in and the reader's:
/// opens on, open until (with an extension named), or closed; and the year in the right tense.
#[component]
pub fn CallStatus(cohort: CohortView) -> impl IntoView {
    let c = cohort;
    let clocks = view! { <TwoClocks utc=c.call_open_until_utc.clone() stated=c.call_deadline_local.clone() place=c.deadline_place.clone()/> };
    let extended = c.extended_from.clone().map(|was| {
        view! { <p class="hint">{tr("call-extended", &[("was", was.into()), ("place", c.deadline_place.clone().into())])}</p> }
    });
    let (key, opens) = match (&c.opens_on, c.call_open) {
        (Some(opens), _) => ("call-opens-on", opens.clone()),
        (None, true) => ("call-apply-by", String::new()),
        (None, false) => ("call-closed-at", String::new()),
    };
    let (before, after) = around(key, &[("opens", opens.into())], "deadline");
    let state = match (&c.opens_on, c.call_open) {
        (Some(_), _) => view! {
            <p><span class="tag">{t("call-tag-soon")}</span>" "{before}{clocks}{after}</p>
        }
        .into_any(),
        (None, true) => view! {
            <p><span class="tag tag-green">{t("call-tag-open")}</span>" "{before}{clocks}{after}</p>
        }
        .into_any(),
        (None, false) => view! {
            <p><span class="tag">{t("call-tag-closed")}</span>" "{before}{clocks}{after}</p>
        }
        .into_any(),
    };
    view! {
        {state}
        {extended}
        <p>{c.year_sentence_in(crate::i18n::style())}</p>
    }
}

#[component]
pub fn CallPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let call = Resource::new(move || params.with(|p| p.get("cohort")), get_call);
    let withdrawn = move || query.with(|q| q.get("withdrawn").is_some());
    view! {
        <Title text=t("call-title")/>
        {move || withdrawn().then(|| view! { <p class="notice notice-success" role="status">{t("call-withdrawn")}</p> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match call.await {
                    Ok(v) => {
                        let c = v.cohort.clone();
                        let style = crate::i18n::style();
                        let open = v.programme.open_cohort().filter(|o| o.slug != c.slug).map(|o| (o.slug.clone(), o.name.clone()));
                        view! {
                            <div class="narrow">
                                <p class="hint">{v.programme.name.clone()}</p>
                                <h1>{tr("call-heading", &[("cohort", c.name.clone().into())])}</h1>
                                <p class="lead">{tr("call-lead", &[
                                    ("country", c.country.clone().into()),
                                    ("from", format_date_in(style, &c.starts_on).into()),
                                    ("to", format_date_in(style, &c.ends_on).into()),
                                ])}</p>
                                {(!c.call_text.is_empty()).then(|| view! { <div class="call-text">{c.call_text.lines().filter(|l| !l.trim().is_empty()).map(|l| view! { <p>{l.to_owned()}</p> }).collect_view()}</div> })}
                                <section class="card call">
                                    <CallStatus cohort=c.clone()/>
                                    {if c.call_open {
                                        view! {
                                            <Countdown deadline_utc=c.call_deadline_utc.clone()/>
                                            <p>{t("call-how")}</p>
                                            <p><a class="button" href=format!("/apply?cohort={}", c.slug)>{t("call-apply")}</a></p>
                                        }.into_any()
                                    } else if c.opens_on.is_some() {
                                        view! { <p>{t("call-come-back")}</p> }.into_any()
                                    } else {
                                        match open.clone() {
                                            Some((slug, name)) => view! { <p>{tr("call-other-open", &[("cohort", name.clone().into())])}" "<a href=format!("/cohorts/{slug}/call")>{tr("call-other-read", &[("cohort", name.into())])}</a></p> }.into_any(),
                                            None => view! { <p>{t("call-watch")}</p> }.into_any(),
                                        }
                                    }}
                                </section>
                                <ChairContact name=v.programme.chair_name.clone() email=v.programme.contact_email.clone()/>
                                <h2>{t("call-coaches-do")}</h2>
                                <ul>{v.programme.coach_expectations.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
                                <h2>{t("call-partner-chooses")}</h2>
                                <ul class="areas">{v.programme.areas.iter().map(|a| view! { <li><strong>{crate::i18n::area(&a.code, &a.title)}</strong><br/><span class="hint">{a.description.clone()}</span></li> }).collect_view()}</ul>
                                <h2>{t("call-aims")}</h2>
                                <ul>{v.programme.general_objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
                            </div>
                        }
                        .into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

/// Who chairs the programme and where to write: on every call.
#[component]
pub fn ChairContact(name: String, email: String) -> impl IntoView {
    view! {
        <section class="card chair-contact" aria-labelledby="chair-contact">
            <h2 id="chair-contact">{t("call-questions")}</h2>
            <p>{tr("call-chair-reads", &[("chair", name.into())])}" "
                {(!email.is_empty()).then(|| {
                    let (before, after) = around("call-write-to", &[], "email");
                    view! { {before}<a href=format!("mailto:{email}")>{email.clone()}</a>{after} }
                })}
            </p>
        </section>
    }
}
