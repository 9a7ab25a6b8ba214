//! `/intake`: the partner describes their library and chooses their ONE objective.

use super::api::{SaveIntake, get_intake};
use crate::features::programme::api::get_programme;
use crate::i18n::{Lang, around, lang, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, TextBox, WordCount, ZoneField, kept_or,
    page_error, radios,
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
    let english = lang() == Lang::En;
    view! {
        <Title text=t("intake-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let areas = programme.await.map(|p| p.areas).unwrap_or_default();
                match intake.await {
                    Ok(v) => {
                        let f = v.form;
                        // In English, the call's own words from the programme (one source for
                        // every page); in Khmer, the area's name, with the programme's words as
                        // written beneath it.
                        let area_options = areas.into_iter().map(|a| {
                            let label = if english { a.description } else { format!("{} — {}", t(&format!("area-{}", a.code)), a.description) };
                            (a.code, label)
                        }).collect::<Vec<_>>();
                        let connectivity = Connectivity::ALL.iter().map(|c| (c.code().to_owned(), t(&format!("connectivity-{}", c.code())))).collect::<Vec<_>>();
                        let (matched_before, matched_after) = around("intake-matched-hint", &[], "link");
                        view! {
                            <div class="narrow">
                                <h1>{t("intake-heading")}</h1>
                                <p class="lead">{tr("intake-lead", &[("cohort", v.cohort_name.clone().into())])}</p>
                                <p class="hint"><a href="/privacy">{t("intake-privacy-link")}</a></p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() novalidate=true class="form">
                                    {view! {
                                        <Field label=t("intake-library") name="library" value=kept_or("library", &f.library) errors/>
                                        <Field label=t("intake-position") name="position" value=kept_or("position", &f.position) hint=t("intake-position-hint") errors/>
                                        <Field label=t("intake-city") name="city" value=kept_or("city", &f.city) errors/>
                                        <ZoneField errors value=kept_or("time_zone", &f.time_zone)/>
                                        <Field label=t("intake-languages") name="languages" value=kept_or("languages", &f.languages) hint=t("intake-languages-hint") errors/>
                                    }.into_any()}
                                    {radios("connectivity", t("intake-connectivity"), t("intake-connectivity-hint"), connectivity, kept_or("connectivity", &f.connectivity), errors)}
                                    <Field label=t("intake-preferred-times") name="preferred_times" value=kept_or("preferred_times", &f.preferred_times) hint=t("intake-preferred-times-hint") errors/>
                                    {match v.matched {
                                        Some(partnership) => view! {
                                            <section class="card" aria-labelledby="objective">
                                                <h2 id="objective">{t("intake-objective-matched")}</h2>
                                                <p><strong>{v.objective_title.clone().unwrap_or_default()}</strong></p>
                                                <p class="pre-line">{f.need.clone()}</p>
                                                <p class="hint">{matched_before}<a href=format!("/partnerships/{partnership}")>{t("intake-matched-link")}</a>{matched_after}</p>
                                            </section>
                                        }.into_any(),
                                        None => view! {
                                            {radios("objective_area", t("intake-objective"), t("intake-objective-hint"), area_options, kept_or("objective_area", &f.objective_area), errors)}
                                            {view! {
                                                <div class="field" class:field-error=move || errors.with(|e| e.first("need").is_some())>
                                                    <label for="need">{t("intake-need")}</label>
                                                    <p class="hint">{tr("intake-need-hint", &[("min", shared::intake::NEED_MIN_WORDS.into())])}</p>
                                                    {move || errors.with(|e| e.first("need").map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m.to_owned()}</p> }))}
                                                    <TextBox id="need" name="form[need]" rows=6 words="need-words" value=kept_or("need", &f.need)/>
                                                    <WordCount id="need-words" words=shared::word_count::count(&kept_or("need", &f.need))/>
                                                </div>
                                            }.into_any()}
                                        }.into_any(),
                                    }}
                                    <button type="submit" class="button">{if v.complete { t("save-changes") } else { t("save-and-continue") }}</button>
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
