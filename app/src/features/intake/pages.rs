//! `/intake`: the partner describes their library and chooses their ONE objective.

use super::api::{SaveIntake, get_intake};
use crate::features::programme::api::get_programme;
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, TextBox, ZoneField, kept_or, page_error, radios,
};
use leptos::prelude::*;
use leptos_meta::Title;
use shared::intake::Connectivity;

/// A group of radio buttons named `form[<name>]`.
#[component]
pub fn IntakePage() -> impl IntoView {
    let intake = Resource::new(|| (), |_| get_intake());
    let programme = Resource::new(|| (), |_| get_programme());
    let action = Form::<SaveIntake>::new();
    let errors = action.errors();
    view! {
        <Title text="Your library and objective"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let areas = programme.await.map(|p| p.areas).unwrap_or_default();
                match intake.await {
                    Ok(v) => {
                        let f = v.form;
                        // In the call's own words, from the programme (one source for every page).
                        let area_options = areas.into_iter().map(|a| (a.code, a.description)).collect::<Vec<_>>();
                        let connectivity = Connectivity::ALL.iter().map(|c| (c.code().to_owned(), c.label().to_owned())).collect::<Vec<_>>();
                        view! {
                            <div class="narrow">
                                <h1>"Your library and your objective"</h1>
                                <p class="lead">{format!("For the programme's cohort {}. Your coach reads this before your first session. Choose ONE specific objective for the year: the partnership works towards it.", v.cohort_name)}</p>
                                <p class="hint"><a href="/privacy">"Who reads your intake, and for how long it is kept"</a></p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() novalidate=true class="form">
                                    {view! {
                                        <Field label="Library" name="library" value=kept_or("library", &f.library) errors/>
                                        <Field label="Your position" name="position" value=kept_or("position", &f.position) hint="For example: Director, Library Manager" errors/>
                                        <Field label="City" name="city" value=kept_or("city", &f.city) errors/>
                                        <ZoneField errors value=kept_or("time_zone", &f.time_zone)/>
                                        <Field label="Languages you work in" name="languages" value=kept_or("languages", &f.languages) hint="Separate them with commas, for example Khmer, English" errors/>
                                    }.into_any()}
                                    {radios("connectivity", "How can you meet your coach?", "Every kind of call counts as a session.", connectivity, kept_or("connectivity", &f.connectivity), errors)}
                                    <Field label="When do you prefer to meet?" name="preferred_times" value=kept_or("preferred_times", &f.preferred_times) hint="In your own time, for example: weekday mornings before 11:00" errors/>
                                    {match v.matched {
                                        Some(partnership) => view! {
                                            <section class="card" aria-labelledby="objective">
                                                <h2 id="objective">"Your ONE objective"</h2>
                                                <p><strong>{v.objective_title.clone().unwrap_or_default()}</strong></p>
                                                <p class="pre-line">{f.need.clone()}</p>
                                                <p class="hint">"You are matched: the objective is now your partnership's. To change it, agree new goals with your coach "<a href=format!("/partnerships/{partnership}")>"in your partnership"</a>"."</p>
                                            </section>
                                        }.into_any(),
                                        None => view! {
                                            {radios("objective_area", "Your ONE specific objective", "Choose the area of the need you want to work on this year.", area_options, kept_or("objective_area", &f.objective_area), errors)}
                                            {view! {
                                                <div class="field" class:field-error=move || errors.with(|e| e.first("need").is_some())>
                                                    <label for="need">"Describe the need"</label>
                                                    <p class="hint">"What is the situation now, and what would you like to be different in a year?"</p>
                                                    {move || errors.with(|e| e.first("need").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                                    <TextBox id="need" name="form[need]" rows=6 value=kept_or("need", &f.need)/>
                                                </div>
                                            }.into_any()}
                                        }.into_any(),
                                    }}
                                    <button type="submit" class="button">{if v.complete { "Save changes" } else { "Save and continue" }}</button>
                                </PostForm>
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
