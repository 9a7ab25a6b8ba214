//! The public programme home page and the chair's programme editor.

use super::api::{UpdateProgramme, get_programme, get_programme_form};
use crate::features::call::pages::CallStatus;
use crate::i18n::{t, tr};
use crate::ui::{ErrorSummary, Field, Form, Loading, PostForm, TextArea, kept_or, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PublicHomePage() -> impl IntoView {
    let programme = Resource::new(|| (), |_| get_programme());
    let query = use_query_map();
    let signed_out = move || query.with(|q| q.get("signed_out").is_some());
    view! {
        <Title text=""/>
        {move || signed_out().then(|| view! { <p class="notice notice-success" role="status">{t("public-signed-out")}</p> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match programme.await {
                    Ok(p) => {
                        let current = p.current_cohort().cloned();
                        view! {
                            <section class="hero">
                                <h1>{p.name.clone()}</h1>
                                <p class="lead">{p.summary.clone()}</p>
                            </section>
                            {current.map(|c| {
                                view! {
                                    <section class="card call" aria-labelledby="call-title">
                                        <h2 id="call-title">{tr("public-call-title", &[("cohort", c.name.clone().into())])}</h2>
                                        <CallStatus cohort=c.clone()/>
                                        {c.call_open.then(|| view! { <p><a class="button" href=format!("/cohorts/{}/call", c.slug)>{t("public-read-call")}</a></p> })}
                                        {c.is_demo.then(|| view! { <p class="hint">{t("public-demo-cohort")}</p> })}
                                    </section>
                                }
                            })}
                            <div class="two-columns">
                                <section>
                                    <h2>{t("public-aims")}</h2>
                                    <ul>{p.general_objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
                                </section>
                                <section>
                                    <h2>{t("public-one-objective")}</h2>
                                    <p>{t("public-four-areas")}</p>
                                    <ul class="areas">{p.areas.iter().map(|a| view! { <li><strong>{crate::i18n::area(&a.code, &a.title)}</strong><br/><span class="hint">{a.description.clone()}</span></li> }).collect_view()}</ul>
                                </section>
                            </div>
                            <section>
                                <h2>{t("public-coaches-do")}</h2>
                                <ul>{p.coach_expectations.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
                            </section>
                            <section class="card">
                                <h2>{t("public-already")}</h2>
                                <p>{t("public-already-text")}</p>
                                <p><a class="button" href="/sign-in">{t("sign-in-button")}</a></p>
                            </section>
                        }
                        .into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ProgrammeEditPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| get_programme_form());
    let action = Form::<UpdateProgramme>::new();
    let errors = action.errors();
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Title text=t("programme-edit-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(f) => view! {
                        <div class="narrow">
                            <h1>{t("programme-edit-title")}</h1>
                            <p class="lead">{t("programme-edit-lead")}</p>
                            {move || saved().then(|| view! { <p class="notice notice-success" role="status">{t("programme-saved")}</p> })}
                            <ErrorSummary errors/>
                            <PostForm to=action.url() novalidate=true class="form">
                                <Field label=t("programme-name") name="name" value=kept_or("name", &f.name) errors/>
                                <TextArea label=t("programme-summary") name="summary" value=kept_or("summary", &f.summary) errors/>
                                <Field label=t("programme-chair-name") name="chair_name" hint=t("programme-chair-name-hint") value=kept_or("chair_name", &f.chair_name) errors/>
                                <Field label=t("programme-contact") name="contact_email" kind="email" hint=t("programme-contact-hint") value=kept_or("contact_email", &f.contact_email) errors/>
                                <Field label=t("programme-outbox-days") name="outbox_retention_days" kind="number" min="1" hint=t("programme-outbox-days-hint") value=kept_or("outbox_retention_days", &f.outbox_retention_days) errors/>
                                <Field label=t("programme-audit-days") name="audit_retention_days" kind="number" min="30" hint=t("programme-audit-days-hint") value=kept_or("audit_retention_days", &f.audit_retention_days) errors/>
                                <TextArea label=t("programme-objectives") name="general_objectives" hint=t("programme-one-per-line") value=kept_or("general_objectives", &f.general_objectives) errors rows=6/>
                                <TextArea label=t("programme-expectations") name="coach_expectations" hint=t("programme-one-per-line") value=kept_or("coach_expectations", &f.coach_expectations) errors rows=8/>
                                <fieldset>
                                    <legend>{t("programme-areas-legend")}</legend>
                                    <Field label=t("programme-area-facilities") name="area_facilities" value=kept_or("area_facilities", &f.area_facilities) errors/>
                                    <Field label=t("programme-area-collections") name="area_collections" value=kept_or("area_collections", &f.area_collections) errors/>
                                    <Field label=t("programme-area-advocacy") name="area_advocacy" value=kept_or("area_advocacy", &f.area_advocacy) errors/>
                                    <Field label=t("programme-area-training") name="area_training" value=kept_or("area_training", &f.area_training) errors/>
                                </fieldset>
                                <button type="submit" class="button">{t("programme-save")}</button>
                            </PostForm>
                        </div>
                    }
                    .into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}
