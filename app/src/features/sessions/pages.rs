//! `/partnerships/:id/sessions` (the pair's sessions, pace and common time) and `/availability`
//! (a person's weekly windows, days away and calendar feed).

use super::api::*;
use crate::features::partnership::pages::{Head, Tab};
use crate::ui::{
    ErrorSummary, Field, LiveRegion, Loading, TextArea, form_errors, kept, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::partnership::Side;
use shared::schedule::{
    BothClocks, DURATIONS, Medium, PaceStatus, SessionStatus, SessionView, SessionsView, WEEKDAYS,
};
use shared::time::zone_city;

/// An instant on the viewer's clock with the other person's beside it.
#[component]
pub fn Clocks(at: BothClocks) -> impl IntoView {
    view! {
        <span class="both-clocks">
            <time datetime=at.utc.clone() class="my-clock">{format!("{} ({})", at.mine, at.mine_place)}</time>
            <span class="their-clock">{format!(" · {} ({})", at.theirs, at.their_place)}</span>
        </span>
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let propose = ServerAction::<ProposeSession>::new();
    let answer = ServerAction::<AnswerSession>::new();
    let reschedule = ServerAction::<RescheduleSession>::new();
    let cancel = ServerAction::<CancelSession>::new();
    let outcome = ServerAction::<RecordSessionOutcome>::new();
    let confirm = ServerAction::<ConfirmSessionHeld>::new();
    let milestone = ServerAction::<crate::features::partnership::api::AddMilestone>::new();
    let data = Resource::new(
        move || {
            (
                id(),
                propose.version().get(),
                answer.version().get(),
                reschedule.version().get(),
                cancel.version().get(),
                outcome.version().get(),
                confirm.version().get(),
                milestone.version().get(),
            )
        },
        |(id, ..)| get_sessions(id),
    );
    let actions = Actions {
        answer,
        reschedule,
        cancel,
        outcome,
        confirm,
        milestone,
    };
    view! {
        <Title text="Sessions"/>
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

#[derive(Clone, Copy)]
struct Actions {
    answer: ServerAction<AnswerSession>,
    reschedule: ServerAction<RescheduleSession>,
    cancel: ServerAction<CancelSession>,
    outcome: ServerAction<RecordSessionOutcome>,
    confirm: ServerAction<ConfirmSessionHeld>,
    milestone: ServerAction<crate::features::partnership::api::AddMilestone>,
}

#[component]
fn Sessions(
    v: SessionsView,
    propose: ServerAction<ProposeSession>,
    actions: Actions,
) -> impl IntoView {
    let pid = v.head.id;
    let current = v.head.status.is_current();
    let side = v.head.my_side;
    let errors = form_errors(propose);
    let answer_errors = form_errors(actions.answer);
    let move_errors = form_errors(actions.reschedule);
    let cancel_errors = form_errors(actions.cancel);
    let outcome_errors = form_errors(actions.outcome);
    let milestone_errors = form_errors(actions.milestone);
    let pace = v.pace.clone();
    let other_name = match side {
        Some(Side::Coach) => v.head.partner.name.clone(),
        _ => v.head.coach.name.clone(),
    };
    let prefill = use_query_map().with_untracked(|q| q.get("at").unwrap_or_default());
    let medium = kept_or("medium", "video");
    let duration = kept_or("duration", "60");
    view! {
        <Head head=v.head.clone() tab=Tab::Sessions/>
        <p class="lead">{format!("Times are shown on your clock ({}) with {}'s beside it ({}).", zone_city(&v.my_zone), other_name, zone_city(&v.their_zone))}</p>
        <section class=format!("card pace pace-{}", pace.status.code()) aria-labelledby="pace">
            <h2 id="pace">{format!("{} of 6 sessions held", pace.held)}</h2>
            <p><span class=format!("tag pace-tag-{}", pace.status.code())>{pace.status.label()}</span>" "{pace.reason.clone()}</p>
            <p class="hint">{format!("A steady pace is one session every two months: {} by now.", pace.expected_by_now)}</p>
            {(pace.status != PaceStatus::OnTrack).then(|| view! { <p>"Next: propose a time below."</p> })}
        </section>
        <ErrorSummary errors=answer_errors/>
        <ErrorSummary errors=move_errors/>
        <ErrorSummary errors=cancel_errors/>
        <ErrorSummary errors=outcome_errors/>
        <ErrorSummary errors=milestone_errors/>
        {(use_query_map().with_untracked(|q| q.get("milestone").is_some()) || matches!(actions.milestone.value().get_untracked(), Some(Ok(_)))).then(|| view! { <p class="notice notice-success" role="status">"The action is now a milestone of its goal."</p> })}
        <h2 id="sessions">"Sessions"</h2>
        {if v.sessions.is_empty() {
            view! { <p class="empty">"No sessions yet. Propose one to three times below; your partner in this work accepts one."</p> }.into_any()
        } else {
            { let goals = v.open_goals.clone(); view! { <ul class="card-list">{v.sessions.into_iter().map(|s| view! { <SessionItem s pid side current actions goals=goals.clone()/> }).collect_view()}</ul> }.into_any() }
        }}
        <h2 id="common">"When you are both free"</h2>
        {if !v.i_have_availability || !v.they_have_availability {
            view! {
                <p class="empty">{match (v.i_have_availability, v.they_have_availability) {
                    (false, _) => "Set your weekly availability to see the times you are both free.".to_owned(),
                    _ => format!("{other_name} has not set their weekly availability yet; you can still propose times."),
                }}" "<a href="/availability">"Set your availability"</a></p>
            }.into_any()
        } else if v.common.is_empty() {
            view! { <p class="empty">"No common free hour in the next four weeks. Propose a time outside your windows, or widen them. "<a href="/availability">"Change your availability"</a></p> }.into_any()
        } else {
            view! {
                <ul class="common-slots">
                    {v.common.into_iter().map(|c| view! {
                        <li>
                            <Clocks at=c.start.clone()/>
                            <span class="hint">{format!(" · until {} your time ({} min)", c.end_mine, c.minutes)}</span>
                            {c.warning.clone().map(|w| view! { <p class="warning-text">{w}</p> })}
                            {current.then(|| view! { <a class="use-slot" href=format!("/partnerships/{pid}/sessions?at={}#propose", c.local_value)>"Propose this time"</a> })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {current.then(|| view! {
            <section class="card" aria-labelledby="propose">
                <h2 id="propose">"Propose a session"</h2>
                <p class="hint">{format!("Write times on your own clock ({}). {} sees them on theirs.", zone_city(&v.my_zone), other_name)}</p>
                <ErrorSummary errors/>
                <ActionForm action=propose attr:novalidate=true attr:class="form">
                    <input type="hidden" name="form[partnership_id]" value=pid/>
                    <input type="hidden" name="form[request_key]" value=v.request_key.clone()/>
                    <Field label="First choice" name="time_1" kind="datetime-local" value=kept_or("time_1", &prefill) errors/>
                    <Field label="Second choice (optional)" name="time_2" kind="datetime-local" value=kept("time_2") errors/>
                    <Field label="Third choice (optional)" name="time_3" kind="datetime-local" value=kept("time_3") errors/>
                    <div class="field">
                        <label for="medium">"How you meet"</label>
                        <select id="medium" name="form[medium]">
                            {Medium::ALL.into_iter().map(|m| view! { <option value=m.code() selected=medium == m.code()>{m.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <Field label="Video link" name="link" kind="url" value=kept("link") hint="Needed for a video call; it stays when the session moves" errors/>
                    <div class="field">
                        <label for="duration">"Length"</label>
                        <select id="duration" name="form[duration]">
                            {DURATIONS.into_iter().map(|d| view! { <option value=d.to_string() selected=duration == d.to_string()>{format!("{d} minutes")}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextArea label="Agenda (optional)" name="agenda" value=kept("agenda") rows=3 errors/>
                    <button type="submit" class="button">"Send the proposal"</button>
                </ActionForm>
            </section>
        })}
    }
}

#[component]
fn SessionItem(
    s: SessionView,
    pid: i64,
    side: Option<Side>,
    current: bool,
    actions: Actions,
    goals: Vec<(i64, String)>,
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
    let reason_id = format!("reason-{sid}");
    let notes_id = format!("notes-{sid}");
    let actions_id = format!("actions-{sid}");
    view! {
        <li class=format!("card session session-{}", s.status.code())>
            <p class="entry-meta">
                <span class=format!("tag session-tag-{}", s.status.code())>{s.status.label()}</span>
                <span>{format!("{} · {} minutes", s.medium.label(), s.duration)}</span>
                {s.partner_confirmed.then(|| view! { <span class="tag tag-private">"Confirmed by the partner"</span> })}
            </p>
            {s.at.clone().map(|at| view! { <p class="session-time"><Clocks at/></p> })}
            {(s.status == SessionStatus::Proposed).then(|| view! {
                <p>{if s.proposed_by_me { "You proposed:".to_owned() } else { format!("{} proposed:", s.proposed_by) }}</p>
                <ul class="options">
                    {s.options.clone().into_iter().map(|o| view! {
                        <li>
                            <Clocks at=o.at.clone()/>
                            {can_answer.then(|| view! {
                                <ActionForm action=actions.answer attr:class="inline-form">
                                    <input type="hidden" name="form[partnership_id]" value=pid/>
                                    <input type="hidden" name="form[session_id]" value=sid/>
                                    <input type="hidden" name="form[option_id]" value=o.id/>
                                    <button type="submit" class="button button-small">{format!("Accept {}", o.at.mine)}</button>
                                </ActionForm>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
                {can_answer.then(|| view! {
                    <ActionForm action=actions.answer attr:class="inline-form">
                        <input type="hidden" name="form[partnership_id]" value=pid/>
                        <input type="hidden" name="form[session_id]" value=sid/>
                        <input type="hidden" name="form[option_id]" value="0"/>
                        <button type="submit" class="button button-secondary button-small">"Decline these times"</button>
                    </ActionForm>
                })}
                {(!can_answer && current).then(|| view! { <p class="hint">"Waiting for an answer."</p> })}
            }.into_any())}
            {(!s.link.is_empty()).then(|| view! { <p>"Link: "<a href=s.link.clone() rel="noopener noreferrer" target="_blank">{s.link.clone()}</a></p> })}
            {(!s.agenda.is_empty()).then(|| view! { <p class="message-body">{format!("Agenda: {}", s.agenda)}</p> })}
            {(!s.cancel_reason.is_empty()).then(|| view! { <p>{format!("Reason: {}", s.cancel_reason)}</p> })}
            {(!s.notes.is_empty()).then(|| view! { <p class="message-body">{format!("Notes (private to you two): {}", s.notes)}</p> })}
            {(!s.actions.is_empty()).then(|| view! {
                <p class="hint">"Agreed actions:"</p>
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
                                    <summary>{format!("Make \"{a}\" a milestone")}</summary>
                                    <ActionForm action=actions.milestone attr:class="form">
                                        <input type="hidden" name="form[partnership_id]" value=pid/>
                                        <input type="hidden" name="form[milestone_title]" value=a.clone()/>
                                        <input type="hidden" name="form[from]" value="sessions"/>
                                        <div class="field">
                                            <label for=goal_id.clone()>"Of the goal"</label>
                                            <select id=goal_id.clone() name="form[goal_id]">
                                                {goals.into_iter().map(|(id, t)| view! { <option value=id>{t}</option> }).collect_view()}
                                            </select>
                                        </div>
                                        <div class="field">
                                            <label for=due_id.clone()>"Due date"</label>
                                            <input id=due_id.clone() type="date" name="form[due_on]"/>
                                        </div>
                                        <button type="submit" class="button button-secondary button-small">"Add the milestone"</button>
                                    </ActionForm>
                                </details>
                            })}
                        </li>
                    }
                }).collect_view()}</ul>
            }.into_any())}
            {s.at.is_some().then(|| view! {
                <p><a href=format!("/partnerships/{pid}/sessions/{sid}/ics") download=format!("tandem-session-{sid}.ics")>"Add to your calendar (.ics)"</a></p>
            }.into_any())}
            {upcoming.then(|| view! {
                <details>
                    <summary>"Move this session"</summary>
                    <ActionForm action=actions.reschedule attr:class="form">
                        <input type="hidden" name="form[partnership_id]" value=pid/>
                        <input type="hidden" name="form[session_id]" value=sid/>
                        <div class="field">
                            <label for=move_id.clone()>"New time, on your clock"</label>
                            <input id=move_id.clone() type="datetime-local" name="form[new_time]"/>
                        </div>
                        <button type="submit" class="button button-secondary">"Move the session"</button>
                    </ActionForm>
                </details>
            }.into_any())}
            {cancellable.then(|| view! {
                <details>
                    <summary>"Cancel this session"</summary>
                    <ActionForm action=actions.cancel attr:class="form">
                        <input type="hidden" name="form[partnership_id]" value=pid/>
                        <input type="hidden" name="form[session_id]" value=sid/>
                        <div class="field">
                            <label for=reason_id.clone()>"Reason (the other person reads it)"</label>
                            <textarea id=reason_id.clone() name="form[reason]" rows="2"></textarea>
                        </div>
                        <button type="submit" class="button button-danger">"Cancel the session"</button>
                    </ActionForm>
                </details>
            }.into_any())}
            {record.then(|| view! {
                <section class="record" aria-label="After the session">
                    <h3>"After the session"</h3>
                    <ActionForm action=actions.outcome attr:class="form">
                        <input type="hidden" name="form[partnership_id]" value=pid/>
                        <input type="hidden" name="form[session_id]" value=sid/>
                        <fieldset class="field">
                            <legend>"Was it held?"</legend>
                            <div class="checkbox"><input type="radio" id=format!("held-{sid}") name="form[outcome]" value="held" checked=true/><label for=format!("held-{sid}")>"Held"</label></div>
                            <div class="checkbox"><input type="radio" id=format!("noshow-{sid}") name="form[outcome]" value="no_show"/><label for=format!("noshow-{sid}")>"No-show"</label></div>
                        </fieldset>
                        <div class="field">
                            <label for=notes_id.clone()>"Notes (private to you two)"</label>
                            <textarea id=notes_id.clone() name="form[notes]" rows="3"></textarea>
                        </div>
                        <div class="field">
                            <label for=actions_id.clone()>"Agreed actions, one a line"</label>
                            <textarea id=actions_id.clone() name="form[actions]" rows="3"></textarea>
                        </div>
                        <button type="submit" class="button">"Save the outcome"</button>
                    </ActionForm>
                </section>
            }.into_any())}
            {can_confirm.then(|| view! {
                <ActionForm action=actions.confirm attr:class="inline-form">
                    <input type="hidden" name="partnership_id" value=pid/>
                    <input type="hidden" name="session_id" value=sid/>
                    <button type="submit" class="button button-secondary button-small">"Confirm it was held"</button>
                </ActionForm>
            }.into_any())}
            {(!s.history.is_empty()).then(|| view! {
                <details class="session-history">
                    <summary>"History"</summary>
                    <ul>{s.history.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
                </details>
            }.into_any())}
        </li>
    }
}

#[component]
pub fn AvailabilityPage() -> impl IntoView {
    let add = ServerAction::<AddAvailabilityWindow>::new();
    let remove = ServerAction::<RemoveAvailabilityWindow>::new();
    let away = ServerAction::<AddAwayDay>::new();
    let back = ServerAction::<RemoveAwayDay>::new();
    let feed = ServerAction::<ReplaceCalendarFeed>::new();
    let revoke = ServerAction::<RevokeCalendarFeed>::new();
    let data = Resource::new(
        move || {
            (
                add.version().get(),
                remove.version().get(),
                away.version().get(),
                back.version().get(),
                feed.version().get(),
                revoke.version().get(),
            )
        },
        |_| get_availability(),
    );
    let errors = form_errors(add);
    let away_errors = form_errors(away);
    let query = use_query_map();
    // The feed address is shown once, right after it is made.
    let new_feed = move || {
        feed.value().get().and_then(|r| r.ok()).or_else(|| {
            query.with(|q| {
                q.get("feed")
                    .filter(|f| f.len() == 64)
                    .map(|t| format!("/calendar/{t}.ics"))
            })
        })
    };
    let weekday = kept_or("weekday", "1");
    view! {
        <Title text="Your availability"/>
        <Suspense fallback=Loading>
            {move || {
                let weekday = weekday.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(v) => { let has_feed = v.feed_url.is_some(); view! {
                        <div class="narrow">
                            <h1>"Your availability"</h1>
                            <p class="lead">{format!("Weekly times you can usually meet, on your own clock ({}). Your partner in this work sees the times you are both free, on their clock.", zone_city(&v.time_zone))}</p>
                            <h2>"Weekly times"</h2>
                            {if v.windows.is_empty() {
                                view! { <p class="empty">"No weekly times yet. Add the first one below."</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list">
                                        {v.windows.into_iter().map(|(id, w)| view! {
                                            <li class="window">
                                                {w.label()}
                                                <ActionForm action=remove attr:class="inline-form">
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="link-button">{format!("Remove {}", w.label())}</button>
                                                </ActionForm>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <ErrorSummary errors/>
                            <ActionForm action=add attr:novalidate=true attr:class="form">
                                <div class="field-pair">
                                    <div class="field">
                                        <label for="weekday">"Day"</label>
                                        <select id="weekday" name="form[weekday]">
                                            {WEEKDAYS.iter().enumerate().map(|(i, d)| view! { <option value=(i + 1).to_string() selected=weekday == (i + 1).to_string()>{*d}</option> }).collect_view()}
                                        </select>
                                    </div>
                                    <Field label="From" name="start" kind="time" value=kept_or("start", "09:00") errors/>
                                    <Field label="To" name="end" kind="time" value=kept_or("end", "11:00") errors/>
                                </div>
                                <button type="submit" class="button">"Add weekly time"</button>
                            </ActionForm>
                            <h2>"Days away"</h2>
                            {if v.exceptions.is_empty() {
                                view! { <p class="empty">"No days away."</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list">
                                        {v.exceptions.into_iter().map(|(id, d)| view! {
                                            <li>{shared::time::format_date(&d)}
                                                <ActionForm action=back attr:class="inline-form">
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="link-button">{format!("Remove {}", shared::time::format_date(&d))}</button>
                                                </ActionForm>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <ErrorSummary errors=away_errors/>
                            <ActionForm action=away attr:novalidate=true attr:class="form">
                                <Field label="A day you are away" name="away_on" kind="date" value=kept("away_on") errors=away_errors/>
                                <button type="submit" class="button button-secondary">"Add day away"</button>
                            </ActionForm>
                            <h2 id="feed">"Your calendar feed"</h2>
                            <p>"A private address your calendar app can subscribe to: every session with a time appears there, and moves when it moves."</p>
                            {move || new_feed().map(|path| view! {
                                <p class="notice notice-success" role="status">"Your feed address (copy it now; it is shown only once): "<code class="invite-link" data-origin-path=path.clone()>{path.clone()}</code></p>
                            })}
                            {if v.feed_url.is_some() {
                                view! { <p class="hint">"A feed is on. Replace it to get a new address (the old one stops working), or turn it off."</p> }.into_any()
                            } else {
                                view! { <p class="hint">"No feed yet."</p> }.into_any()
                            }}
                            <div class="button-row">
                                <ActionForm action=feed attr:class="inline-form">
                                    <button type="submit" class="button button-secondary">{if has_feed { "Replace the feed address" } else { "Make a feed address" }}</button>
                                </ActionForm>
                                {has_feed.then(|| view! {
                                    <ActionForm action=revoke attr:class="inline-form">
                                        <button type="submit" class="button button-danger">"Turn the feed off"</button>
                                    </ActionForm>
                                })}
                            </div>
                        </div>
                    }.into_any() }
                    Err(e) => page_error(e),
                }
            })}}
        </Suspense>
    }
}
