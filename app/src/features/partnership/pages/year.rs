//! The chair's controls over a partnership's year: extend it by some months with a reason, hand
//! it to another coach, or undo a match made by mistake within a day of making it.

use super::super::api::{ExtendPartnership, ReplaceCoach, UndoMatch};
use crate::ui::{ErrorSummary, Field, Form, PostForm, TextArea, kept, kept_or};
use leptos::prelude::*;
use shared::partnership::PartnershipHead;
use shared::time::format_date;

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
                <h2 id="extend">"Extend the year"</h2>
                <p>{format!("The partnership runs until {}. It completes by itself after that day, and its workspace becomes read-only.", format_date(&head.ends_on))}</p>
                <ErrorSummary errors/>
                <PostForm to=extend.url() novalidate=true class="form">
                    <input type="hidden" name="form[partnership_id]" value=id/>
                    <Field label="Extend by (months)" name="months" kind="number" min="1" max="12" value=kept_or("months", "3") errors/>
                    <TextArea label="Why" name="why" value=kept("why") hint="Both people read it, and it is kept in the audit log." rows=3 errors/>
                    <button type="submit" class="button button-secondary">"Extend the partnership"</button>
                </PostForm>
            </section>
        })}
        {current.then(|| view! {
            <section class="card" aria-labelledby="replace">
                <h2 id="replace">"Change the coach"</h2>
                <p>{format!("If {coach_name} cannot go on, another coach of the cohort takes over. The partnership keeps its goals, journal, sessions and hours; {coach_name} no longer sees it; sessions still to come are cancelled, for the new coach to propose their own times.")}</p>
                {if other_coaches.is_empty() {
                    view! { <p class="empty">"No other coach is in this cohort yet: add one on the matching page first."</p> }.into_any()
                } else {
                    view! {
                        <ErrorSummary errors=replace_errors/>
                        <PostForm to=replace.url() novalidate=true class="form">
                            <input type="hidden" name="form[partnership_id]" value=id/>
                            <div class="field" class:field-error=move || replace_errors.with(|e| e.first("coach_id").is_some())>
                                <label for="coach_id">"The new coach"</label>
                                {move || replace_errors.with(|e| e.first("coach_id").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                <select id="coach_id" name="form[coach_id]">
                                    <option value="">"Choose a coach"</option>
                                    {other_coaches.iter().map(|(cid, name, load)| view! {
                                        <option value=cid.to_string() selected=chosen == cid.to_string()>{format!("{name} ({load})")}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <TextArea label="Why the coach changes" name="because" value=kept("because") hint="The partner and both coaches read it, and it is kept in the audit log." rows=3 errors=replace_errors/>
                            <button type="submit" class="button button-secondary">"Change the coach"</button>
                        </PostForm>
                    }.into_any()
                }}
            </section>
        })}
        {may_undo.then(|| view! {
            <section class="card" aria-labelledby="undo">
                <h2 id="undo">"Matched by mistake?"</h2>
                <p>"Within a day of the match you can undo it: the partnership goes, with anything the pair added since, and the partner waits for a coach again. It does not count as an ending."</p>
                <ErrorSummary errors=undo_errors/>
                <PostForm to=undo.url() class="form">
                    <input type="hidden" name="partnership_id" value=id/>
                    <button type="submit" class="button button-danger">"Undo this match"</button>
                </PostForm>
            </section>
        })}
    }
}
