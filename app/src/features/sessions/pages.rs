//! `/partnerships/:id/sessions` (the pair's sessions, pace and common time) and `/availability`
//! (a person's weekly windows, days away and calendar feed).

use super::api::*;
use crate::features::partnership::pages::{Head, Tab};
use crate::i18n::{t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, LiveRegion, Loading, PostForm, TextArea, kept, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::FieldErrors;
use shared::partnership::Side;
use shared::schedule::{
    BothClocks, DURATIONS, Medium, PaceStatus, SessionStatus, SessionView, SessionsView, WEEKDAYS,
};
use shared::time::zone_city_in;

fn place(zone: &str) -> String {
    zone_city_in(crate::i18n::lang(), zone)
}

/// An instant on the viewer's clock with the other person's beside it.
#[component]
pub fn Clocks(at: BothClocks) -> impl IntoView {
    view! {
        <span class="both-clocks">
            <time datetime=at.utc.clone() class="my-clock">{tr("stated-clock", &[("time", at.mine.clone().into()), ("place", at.mine_place.clone().into())])}</time>
            <span class="their-clock">" · "{tr("stated-clock", &[("time", at.theirs.clone().into()), ("place", at.their_place.clone().into())])}</span>
        </span>
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let propose = Form::<ProposeSession>::new();
    let answer = Form::<AnswerSession>::new();
    let reschedule = Form::<RescheduleSession>::new();
    let cancel = Form::<CancelSession>::new();
    let outcome = Form::<RecordSessionOutcome>::new();
    let confirm = Form::<ConfirmSessionHeld>::new();
    let milestone = Form::<crate::features::partnership::api::AddMilestone>::new();
    let data = Resource::new(id, get_sessions);
    let actions = Actions {
        answer,
        reschedule,
        cancel,
        outcome,
        confirm,
        milestone,
    };
    view! {
        <Title text=t("sessions-title")/>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Sessions v propose actions/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        </LiveRegion>
    }
}

/// The actions a session item can take (each a plain form posting to its server function).
#[derive(Clone, Copy)]
pub struct Actions {
    answer: Form<AnswerSession>,
    reschedule: Form<RescheduleSession>,
    cancel: Form<CancelSession>,
    outcome: Form<RecordSessionOutcome>,
    confirm: Form<ConfirmSessionHeld>,
    milestone: Form<crate::features::partnership::api::AddMilestone>,
}

#[component]
fn Sessions(v: SessionsView, propose: Form<ProposeSession>, actions: Actions) -> impl IntoView {
    let pid = v.head.id;
    let current = v.head.status.is_current();
    let side = v.head.my_side;
    let errors = propose.errors();
    let answer_errors = actions.answer.errors();
    let move_errors = actions.reschedule.errors();
    let cancel_errors = actions.cancel.errors();
    let outcome_errors = actions.outcome.errors();
    let milestone_errors = actions.milestone.errors();
    let pace = v.pace.clone();
    let other_name = match side {
        Some(Side::Coach) => v.head.partner.name.clone(),
        _ => v.head.coach.name.clone(),
    };
    let other_named = crate::i18n::other_named(&v.head);
    let prefill = use_query_map().with_untracked(|q| q.get("at").unwrap_or_default());
    let medium = kept_or("medium", "video");
    let duration = kept_or("duration", "60");
    view! {
        <Head head=v.head.clone() tab=Tab::Sessions/>
        <p class="lead">{tr("sessions-lead", &[("mine", place(&v.my_zone).into()), ("who", other_name.clone().into()), ("theirs", place(&v.their_zone).into())])}</p>
        <section class=format!("card pace pace-{}", pace.status.code()) aria-labelledby="pace">
            <h2 id="pace">{tr("sessions-pace", &[("held", pace.held.into()), ("minimum", pace.minimum.into())])}</h2>
            <p><span class=format!("tag pace-tag-{}", pace.status.code())>{t(&format!("pace-status-{}", pace.status.code()))}</span>" "{crate::i18n::said(&pace.reason)}</p>
            <p class="hint">{tr("sessions-steady", &[("expected", pace.expected_by_now.into())])}</p>
            {(pace.status != PaceStatus::OnTrack).then(|| view! { <p>{t("sessions-next-propose")}</p> })}
        </section>
        <ErrorSummary errors=answer_errors/>
        <ErrorSummary errors=move_errors/>
        <ErrorSummary errors=cancel_errors/>
        <ErrorSummary errors=outcome_errors/>
        <ErrorSummary errors=milestone_errors/>
        {use_query_map().with_untracked(|q| q.get("milestone").is_some()).then(|| view! { <p class="notice notice-success" role="status">{t("sessions-milestone-made")}</p> })}
        <h2 id="sessions">{t("sessions-title")}</h2>
        {if v.sessions.is_empty() {
            view! { <p class="empty">{tr("sessions-empty", &[("who", other_named.clone().into())])}</p> }.into_any()
        } else {
            { let goals = v.open_goals.clone(); view! { <ul class="card-list">{v.sessions.into_iter().map(|s| view! { <SessionItem s pid side current actions goals=goals.clone() move_errors/> }).collect_view()}</ul> }.into_any() }
        }}
        <h2 id="common">{t("sessions-both-free")}</h2>
        {if !v.i_have_availability || !v.they_have_availability {
            view! {
                <p class="empty">{match (v.i_have_availability, v.they_have_availability) {
                    (false, _) => t("sessions-set-yours"),
                    _ => tr("sessions-theirs-unset", &[("who", other_name.clone().into())]),
                }}" "<a href="/availability">{t("sessions-set-availability")}</a></p>
            }.into_any()
        } else if v.common.is_empty() {
            view! { <p class="empty">{t("sessions-no-common")}" "<a href="/availability">{t("sessions-change-availability")}</a></p> }.into_any()
        } else {
            view! {
                <ul class="common-slots">
                    {v.common.into_iter().map(|c| view! {
                        <li>
                            <Clocks at=c.start.clone()/>
                            <span class="hint">" · "{tr("sessions-until", &[("time", c.end_mine.clone().into()), ("minutes", c.minutes.into())])}</span>
                            {c.warning.clone().map(|w| view! { <p class="warning-text">{w}</p> })}
                            {current.then(|| view! { <a class="use-slot" href=format!("/partnerships/{pid}/sessions?at={}#propose", c.local_value)>{t("sessions-propose-this")}</a> })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {current.then(|| view! {
            <section class="card" aria-labelledby="propose">
                <h2 id="propose">{t("sessions-propose")}</h2>
                <p class="hint">{tr("sessions-propose-hint", &[("mine", place(&v.my_zone).into()), ("who", other_name.clone().into())])}</p>
                <ErrorSummary errors/>
                <PostForm to=propose.url() novalidate=true class="form">
                    <input type="hidden" name="form[partnership_id]" value=pid/>
                    <input type="hidden" name="form[request_key]" value=v.request_key.clone()/>
                    <Field label=t("sessions-first") name="time_1" kind="datetime-local" value=kept_or("time_1", &prefill) errors/>
                    <Field label=t("sessions-second") name="time_2" kind="datetime-local" value=kept("time_2") errors/>
                    <Field label=t("sessions-third") name="time_3" kind="datetime-local" value=kept("time_3") errors/>
                    <FoldChoice errors id="fold"/>
                    <div class="field">
                        <label for="medium">{t("sessions-medium")}</label>
                        <select id="medium" name="form[medium]" data-media-switch="">
                            {Medium::ALL.into_iter().map(|m| view! { <option value=m.code() selected=medium == m.code()>{t(&format!("medium-name-{}", m.code()))}</option> }).collect_view()}
                        </select>
                    </div>
                    <div data-for-media="video voice">
                        <Field label=t("sessions-link") name="link" kind="url" value=kept("link") hint=t("sessions-link-hint") errors/>
                    </div>
                    <div class="field">
                        <label for="duration">{t("sessions-length")}</label>
                        <select id="duration" name="form[duration]">
                            {DURATIONS.into_iter().map(|d| view! { <option value=d.to_string() selected=duration == d.to_string()>{tr("sessions-minutes", &[("minutes", d.into())])}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextArea label=t("sessions-agenda") name="agenda" value=kept("agenda") rows=3 errors/>
                    <button type="submit" class="button">{t("sessions-send")}</button>
                </PostForm>
            </section>
        })}
    }
}

mod item;
pub use item::*;

mod availability;
pub use availability::*;

/// Which of a time the clock shows twice (the night it goes back) the person means: asked only
/// after a typed time turned out to be such a time.
#[component]
fn FoldChoice(errors: Signal<FieldErrors>, #[prop(into)] id: String) -> impl IntoView {
    let chosen = kept("fold");
    let asked = move || errors.with(|e| e.first("fold").map(str::to_owned));
    move || {
        let shown = asked().is_some() || !chosen.is_empty();
        let (first, second) = (format!("{id}-first"), format!("{id}-second"));
        shown.then(|| view! {
            <fieldset class="field" class:field-error=asked().is_some() id=id.clone()>
                <legend>{t("fold-legend")}</legend>
                {asked().map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m}</p> })}
                <div class="checkbox"><input type="radio" id=first.clone() name="form[fold]" value="first" checked=chosen == "first"/><label for=first>{t("fold-first")}</label></div>
                <div class="checkbox"><input type="radio" id=second.clone() name="form[fold]" value="second" checked=chosen == "second"/><label for=second>{t("fold-second")}</label></div>
            </fieldset>
        })
    }
}
