//! One session as its reader sees it: both clocks, status, and what they can do with it now.

use super::*;
use crate::ui::RequestKey;
use crate::ui::TextBox;

#[component]
pub(super) fn SessionItem(
    s: SessionView,
    pid: i64,
    side: Option<Side>,
    current: bool,
    actions: Actions,
    goals: Vec<(i64, String)>,
    move_errors: Signal<FieldErrors>,
) -> impl IntoView {
    let sid = s.id;
    let can_answer = current && s.status == SessionStatus::Proposed && !s.proposed_by_me;
    let upcoming = current && s.status == SessionStatus::Scheduled && !s.in_past;
    let record = current && matches!(s.status, SessionStatus::Scheduled) && s.in_past;
    let can_confirm = current
        && s.status == SessionStatus::Held
        && side == Some(Side::Partner)
        && !s.partner_confirmed;
    let cancellable =
        current && matches!(s.status, SessionStatus::Proposed | SessionStatus::Scheduled);
    let move_id = format!("new_time-{sid}");
    // This session's move came back for changes (a plain form post).
    let moving = upcoming && kept("session_id") == sid.to_string() && !kept("new_time").is_empty();
    let reason_id = format!("reason-{sid}");
    view! {
            <li class=format!("card session session-{}", s.status.code())>
                <p class="entry-meta">
                    <span class=format!("tag session-tag-{}", s.status.code())>{t(&format!("session-status-{}", s.status.code()))}</span>
                    <span>{t(&format!("medium-name-{}", s.medium.code()))}" · "{tr("sessions-minutes", &[("minutes", s.duration.into())])}</span>
                    {s.partner_confirmed.then(|| view! { <span class="tag tag-private">{t("session-confirmed")}</span> })}
                </p>
                {s.at.clone().map(|at| view! { <p class="session-time"><Clocks at/></p> })}
                {s.clock_note.clone().filter(|_| s.status == SessionStatus::Scheduled).map(|n| view! { <p class="notice notice-warning clock-note">{n}</p> })}
                {(s.status == SessionStatus::Proposed).then(|| view! {
                    <p>{if s.proposed_by_me { t("session-you-proposed") } else { tr("session-they-proposed", &[("who", s.proposed_by.clone().into())]) }}</p>
                    <ul class="options">
                        {s.options.clone().into_iter().map(|o| view! {
                            <li>
                                <Clocks at=o.at.clone()/>
                                {can_answer.then(|| view! {
                                    <PostForm to=actions.answer.url() class="inline-form">
                                        <input type="hidden" name="form[partnership_id]" value=pid/>
                                        <input type="hidden" name="form[session_id]" value=sid/>
                                        <input type="hidden" name="form[option_id]" value=o.id/>
                                        <button type="submit" class="button button-small">{tr("session-accept", &[("time", o.at.mine.clone().into())])}</button>
                                    </PostForm>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                    {can_answer.then(|| view! {
                        <PostForm to=actions.answer.url() class="inline-form">
                            <input type="hidden" name="form[partnership_id]" value=pid/>
                            <input type="hidden" name="form[session_id]" value=sid/>
                            <input type="hidden" name="form[option_id]" value="0"/>
                            <button type="submit" class="button button-secondary button-small">{t("session-decline")}</button>
                        </PostForm>
                    })}
                    {(!can_answer && current).then(|| view! { <p class="hint">{t("session-waiting")}</p> })}
                }.into_any())}
                {(!s.link.is_empty()).then(|| view! { <p>{t("session-link-label")}" "<a href=s.link.clone() rel="noopener noreferrer" target="_blank">{s.link.clone()}</a></p> })}
                {(!s.agenda.is_empty()).then(|| view! { <p class="message-body">{tr("ics-agenda", &[("agenda", s.agenda.clone().into())])}</p> })}
                {(!s.cancel_reason.is_empty()).then(|| view! { <p>{tr("session-reason", &[("reason", s.cancel_reason.clone().into())])}</p> })}
                {(!s.notes.is_empty()).then(|| view! { <p class="message-body">{tr("session-notes", &[("notes", s.notes.clone().into())])}</p> })}
                {(!s.actions.is_empty()).then(|| view! {
                    <p class="hint">{t("session-agreed")}</p>
                    <ul class="agreed-actions">{s.actions.clone().into_iter().enumerate().map(|(i, a)| {
                        let goals = goals.clone();
                        let goal_id = format!("goal-{sid}-{i}");
                        let due_id = format!("due-{sid}-{i}");
                        let can = current && !goals.is_empty();
                        view! {
                            <li>
                                {a.clone()}
                                {can.then(move || view! {
                                    <details>
                                        <summary>{tr("session-make-milestone", &[("action", a.clone().into())])}</summary>
                                        <PostForm to=actions.milestone.url() class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <input type="hidden" name="form[milestone_title]" value=a.clone()/>
                                            <input type="hidden" name="form[from]" value="sessions"/>
                                            <div class="field">
                                                <label for=goal_id.clone()>{t("session-of-goal")}</label>
                                                <select id=goal_id.clone() name="form[goal_id]">
                                                    {goals.into_iter().map(|(id, t)| view! { <option value=id>{t}</option> }).collect_view()}
                                                </select>
                                            </div>
                                            <div class="field">
                                                <label for=due_id.clone()>{t("session-due")}</label>
                                                <input id=due_id.clone() type="date" name="form[due_on]"/>
                                            </div>
                                            <button type="submit" class="button button-secondary button-small">{t("session-add-milestone")}</button>
                                        </PostForm>
                                    </details>
                                })}
                            </li>
                        }
                    }).collect_view()}</ul>
                }.into_any())}
                {s.at.is_some().then(|| view! {
                    <p><a href=format!("/partnerships/{pid}/sessions/{sid}/ics") download=format!("tandem-session-{sid}.ics")>{t("session-add-calendar")}</a></p>
                }.into_any())}
                {upcoming.then(|| view! {
                    <details open=moving>
                        <summary>{t("session-move")}</summary>
                        <PostForm to=actions.reschedule.url() class="form">
                            <input type="hidden" name="form[partnership_id]" value=pid/>
                            <input type="hidden" name="form[session_id]" value=sid/>
                            <div class="field">
                                <label for=move_id.clone()>{t("session-new-time")}</label>
                                <input id=move_id.clone() type="datetime-local" name="form[new_time]" value=moving.then(|| kept("new_time"))/>
                            </div>
                            {moving.then(|| view! { <FoldChoice errors=move_errors id=format!("fold-{sid}")/> })}
                            <button type="submit" class="button button-secondary">{t("session-move-button")}</button>
                        </PostForm>
                    </details>
                }.into_any())}
                {cancellable.then(|| view! {
                    <details>
                        <summary>{t("session-cancel")}</summary>
                        <PostForm to=actions.cancel.url() class="form">
                            <input type="hidden" name="form[partnership_id]" value=pid/>
                            <input type="hidden" name="form[session_id]" value=sid/>
                            <div class="field">
                                <label for=reason_id.clone()>{t("session-cancel-reason")}</label>
                                <TextBox id=reason_id.clone() name="form[reason]" rows=2/>
                            </div>
                            <button type="submit" class="button button-danger">{t("session-cancel-button")}</button>
                        </PostForm>
                    </details>
                }.into_any())}
                {record.then(|| view! {
                    <section class="record" aria-label=t("session-after")>
                        <h3>{t("session-after")}</h3>
                        <OutcomeFields pid sid to=actions.outcome.url() chosen=None notes=String::new() agreed=String::new()/>
                    </section>
                }.into_any())}
                {(current && s.can_correct).then(|| view! {
                    <details class="record">
                        <summary>{t("session-correct")}</summary>
                        <p class="hint">{tr("session-correct-hint", &[("days", shared::schedule::OUTCOME_CORRECTION_DAYS.into())])}</p>
                        <OutcomeFields pid sid to=actions.outcome.url() chosen=Some(s.status) notes=s.notes.clone() agreed=s.actions.join("\n")/>
                    </details>
                }.into_any())}
                {can_confirm.then(|| view! {
                    <PostForm to=actions.confirm.url() class="inline-form">
                        <input type="hidden" name="partnership_id" value=pid/>
                        <input type="hidden" name="session_id" value=sid/>
                        <button type="submit" class="button button-secondary button-small">{t("session-confirm-held")}</button>
                    </PostForm>
                }.into_any())}
                {(!s.history.is_empty()).then(|| view! {
                    <details class="session-history">
                        <summary>{t("session-history")}</summary>
                        <ul>{s.history.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
                    </details>
                }.into_any())}
            </li>
        }
}

/// Held or no-show (nothing chosen until the person says), notes and agreed actions; what was
/// typed comes back if the form is returned for changes.
#[component]
fn OutcomeFields(
    pid: i64,
    sid: i64,
    to: &'static str,
    chosen: Option<SessionStatus>,
    notes: String,
    agreed: String,
) -> impl IntoView {
    let returned = kept("session_id") == sid.to_string();
    let pick = |key: &str, stored: &str| {
        if returned {
            kept(key)
        } else {
            stored.to_owned()
        }
    };
    let outcome = pick("outcome", chosen.map(|c| c.code()).unwrap_or(""));
    let (notes, agreed) = (pick("notes", &notes), pick("actions", &agreed));
    let notes_id = format!("notes-{sid}");
    let actions_id = format!("actions-{sid}");
    view! {
        <PostForm to class="form">
            <input type="hidden" name="form[partnership_id]" value=pid/>
            <input type="hidden" name="form[session_id]" value=sid/>
            <fieldset class="field">
                <legend>{t("session-was-held")}</legend>
                <div class="checkbox"><input type="radio" id=format!("held-{sid}") name="form[outcome]" value="held" checked=outcome == "held"/><label for=format!("held-{sid}")>{t("session-status-held")}</label></div>
                <div class="checkbox"><input type="radio" id=format!("noshow-{sid}") name="form[outcome]" value="no_show" checked=outcome == "no_show"/><label for=format!("noshow-{sid}")>{t("session-status-no_show")}</label></div>
            </fieldset>
            <div class="field">
                <label for=notes_id.clone()>{t("session-notes-label")}</label>
                <TextBox id=notes_id name="form[notes]" rows=3 value=notes/>
            </div>
            <div class="field">
                <label for=actions_id.clone()>{t("session-actions-label")}</label>
                <TextBox id=actions_id name="form[actions]" rows=3 value=agreed/>
            </div>
            <button type="submit" class="button">{t("session-save-outcome")}</button>
        </PostForm>
    }
}
