//! The chair's controls over a partnership's year: extend it by some months with a reason, or
//! undo a match made by mistake within a day of making it.

use super::super::api::{ExtendPartnership, UndoMatch};
use crate::ui::{ErrorSummary, Field, Form, PostForm, TextArea, kept, kept_or};
use leptos::prelude::*;
use shared::partnership::PartnershipHead;
use shared::time::format_date;

#[component]
pub fn YearControls(head: PartnershipHead, may_undo: bool) -> impl IntoView {
    let extend = Form::<ExtendPartnership>::new();
    let errors = extend.errors();
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
