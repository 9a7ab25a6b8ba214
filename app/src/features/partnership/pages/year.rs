//! The chair's controls over a partnership's year: extend it by some months with a reason, hand
//! it to another coach, or undo a match made by mistake within a day of making it.

use super::super::api::{ExtendPartnership, ReplaceCoach, UndoMatch};
use crate::i18n::{t, tr};
use crate::ui::{ErrorSummary, Field, Form, PostForm, TextArea, kept, kept_or};
use leptos::prelude::*;
use shared::i18n::Arg;
use shared::partnership::PartnershipHead;

#[component]
pub fn YearControls(
    head: PartnershipHead,
    may_undo: bool,
    other_coaches: Vec<(i64, String, String)>,
) -> impl IntoView {
    let extend = Form::<ExtendPartnership>::new();
    let errors = extend.errors();
    let replace = Form::<ReplaceCoach>::new();
    let replace_errors = replace.errors();
    let chosen = kept("coach_id");
    let current = head.status.is_current();
    let coach_name = head.coach.name.clone();
    let undo = Form::<UndoMatch>::new();
    let undo_errors = undo.errors();
    let id = head.id;
    view! {
        {head.status.can_extend().then(|| view! {
            <section class="card" aria-labelledby="extend">
                <h2 id="extend">{t("year-extend-title")}</h2>
                <p>{tr("year-runs-until", &[("date", Arg::Date(head.ends_on.clone()))])}</p>
                <ErrorSummary errors/>
                <PostForm to=extend.url() novalidate=true class="form">
                    <input type="hidden" name="form[partnership_id]" value=id/>
                    <Field label=t("year-extend-months") name="months" kind="number" min="1" max="12" value=kept_or("months", "3") errors/>
                    <TextArea label=t("year-why") name="why" value=kept("why") hint=t("year-why-hint") rows=3 errors/>
                    <button type="submit" class="button button-secondary">{t("year-extend-button")}</button>
                </PostForm>
            </section>
        })}
        {current.then(|| view! {
            <section class="card" aria-labelledby="replace">
                <h2 id="replace">{t("year-replace-title")}</h2>
                <p>{tr("year-replace-text", &[("coach", coach_name.clone().into())])}</p>
                {if other_coaches.is_empty() {
                    view! { <p class="empty">{t("year-replace-none")}</p> }.into_any()
                } else {
                    view! {
                        <ErrorSummary errors=replace_errors/>
                        <PostForm to=replace.url() novalidate=true class="form">
                            <input type="hidden" name="form[partnership_id]" value=id/>
                            <div class="field" class:field-error=move || replace_errors.with(|e| e.first("coach_id").is_some())>
                                <label for="coach_id">{t("year-new-coach")}</label>
                                {move || replace_errors.with(|e| e.first("coach_id").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                <select id="coach_id" name="form[coach_id]">
                                    <option value="">{t("year-choose-coach")}</option>
                                    {other_coaches.iter().map(|(cid, name, load)| view! {
                                        <option value=cid.to_string() selected=chosen == cid.to_string()>{format!("{name} ({load})")}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <TextArea label=t("year-replace-why") name="because" value=kept("because") hint=t("year-replace-why-hint") rows=3 errors=replace_errors/>
                            <button type="submit" class="button button-secondary">{t("year-replace-title")}</button>
                        </PostForm>
                    }.into_any()
                }}
            </section>
        })}
        {may_undo.then(|| view! {
            <section class="card" aria-labelledby="undo">
                <h2 id="undo">{t("year-undo-title")}</h2>
                <p>{t("year-undo-text")}</p>
                <ErrorSummary errors=undo_errors/>
                <PostForm to=undo.url() class="form">
                    <input type="hidden" name="partnership_id" value=id/>
                    <button type="submit" class="button button-danger">{t("year-undo-button")}</button>
                </PostForm>
            </section>
        })}
    }
}
