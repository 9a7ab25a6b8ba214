//! The public programme home page and the chair's programme editor.

use super::api::{UpdateProgramme, get_programme, get_programme_form};
use crate::features::call::pages::CallStatus;
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
        {move || signed_out().then(|| view! { <p class="notice notice-success" role="status">"You are signed out."</p> })}
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
                                        <h2 id="call-title">{format!("Cohort {}: call for coaches", c.name)}</h2>
                                        <CallStatus cohort=c.clone()/>
                                        {c.call_open.then(|| view! { <p><a class="button" href=format!("/cohorts/{}/call", c.slug)>"Read the call and apply"</a></p> })}
                                        {c.is_demo.then(|| view! { <p class="hint">"This cohort is demo data."</p> })}
                                    </section>
                                }
                            })}
                            <div class="two-columns">
                                <section>
                                    <h2>"What every partnership works towards"</h2>
                                    <ul>{p.general_objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
                                </section>
                                <section>
                                    <h2>"One specific objective, chosen by the partner"</h2>
                                    <p>"Each partner chooses one specific objective from four areas:"</p>
                                    <ul class="areas">{p.areas.iter().map(|a| view! { <li><strong>{a.title.clone()}</strong><br/><span class="hint">{a.description.clone()}</span></li> }).collect_view()}</ul>
                                </section>
                            </div>
                            <section>
                                <h2>"What coaches do"</h2>
                                <ul>{p.coach_expectations.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
                            </section>
                            <section class="card">
                                <h2>"Already taking part?"</h2>
                                <p>"Sign in to see your partnership, your sessions and what needs you next."</p>
                                <p><a class="button" href="/sign-in">"Sign in"</a></p>
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
        <Title text="Edit the programme"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(f) => view! {
                        <div class="narrow">
                            <h1>"Edit the programme"</h1>
                            <p class="lead">"These texts appear on the public home page and in every cohort's call."</p>
                            {move || saved().then(|| view! { <p class="notice notice-success" role="status">"Saved. The home page shows the new texts."</p> })}
                            <ErrorSummary errors/>
                            <PostForm to=action.url() novalidate=true class="form">
                                <Field label="Programme name" name="name" value=kept_or("name", &f.name) errors/>
                                <TextArea label="Summary" name="summary" value=kept_or("summary", &f.summary) errors/>
                                <Field label="The chair's name" name="chair_name" hint="Shown on every call: applications go to the chair." value=kept_or("chair_name", &f.chair_name) errors/>
                                <Field label="Contact address for the call" name="contact_email" kind="email" hint="Optional. Shown on every call for questions." value=kept_or("contact_email", &f.contact_email) errors/>
                                <Field label="Days a sent message is kept" name="outbox_retention_days" kind="number" min="1" hint="Messages can hold private links (sign-in, invitations); after this they are deleted." value=kept_or("outbox_retention_days", &f.outbox_retention_days) errors/>
                                <Field label="Days an audit log line is kept" name="audit_retention_days" kind="number" min="30" hint="Who read or changed a confidential record, and when." value=kept_or("audit_retention_days", &f.audit_retention_days) errors/>
                                <TextArea label="General objectives" name="general_objectives" hint="One per line." value=kept_or("general_objectives", &f.general_objectives) errors rows=6/>
                                <TextArea label="What coaches are expected to do" name="coach_expectations" hint="One per line." value=kept_or("coach_expectations", &f.coach_expectations) errors rows=8/>
                                <fieldset>
                                    <legend>"The four specific-objective areas"</legend>
                                    <Field label="Facilities and spaces" name="area_facilities" value=kept_or("area_facilities", &f.area_facilities) errors/>
                                    <Field label="Collections and information access" name="area_collections" value=kept_or("area_collections", &f.area_collections) errors/>
                                    <Field label="Advocacy and services" name="area_advocacy" value=kept_or("area_advocacy", &f.area_advocacy) errors/>
                                    <Field label="Human resources and training" name="area_training" value=kept_or("area_training", &f.area_training) errors/>
                                </fieldset>
                                <button type="submit" class="button">"Save the programme"</button>
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
