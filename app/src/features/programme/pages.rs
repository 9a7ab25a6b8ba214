//! The public programme home page and the chair's programme editor.

use super::api::{UpdateProgramme, get_programme, get_programme_form};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, TextArea, TwoClocks, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::time::{format_date, zone_city};

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
                        let place = zone_city(&p.time_zone);
                        let current = p.current_cohort().cloned();
                        view! {
                            <section class="hero">
                                <h1>{p.name.clone()}</h1>
                                <p class="lead">{p.summary.clone()}</p>
                            </section>
                            {current.map(|c| {
                                let place = place.clone();
                                view! {
                                    <section class="card call" aria-labelledby="call-title">
                                        <h2 id="call-title">{format!("Cohort {}: call for coaches", c.name)}</h2>
                                        {if c.call_open {
                                            view! {
                                                <p><span class="tag tag-green">"Open"</span>" Applications close at the end of "
                                                    <TwoClocks utc=c.call_open_until_utc.clone() stated=c.call_deadline_local.clone() place=place/>"."</p>
                                                <p>{format!("Partnerships with library directors in {} start on {} and last one year.", c.country, format_date(&c.starts_on))}</p>
                                            }.into_any()
                                        } else {
                                            view! {
                                                <p><span class="tag">"Closed"</span>" The call closed at the end of "
                                                    <TwoClocks utc=c.call_open_until_utc.clone() stated=c.call_deadline_local.clone() place=place/>"."</p>
                                                <p>{format!("Partnerships ran from {} to {}.", format_date(&c.starts_on), format_date(&c.ends_on))}</p>
                                            }.into_any()
                                        }}
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
