//! `/partnerships/:id/hours` (support hours month by month against the band, with alerts),
//! `/concerns` and `/concerns/:id` (confidential difficulty reports).

use super::api::*;
use crate::features::partnership::pages::{Head, Tab, alert_list};
use crate::i18n::{t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, LiveRegion, Loading, PostForm, RequestKey, TextArea, kept, kept_or,
    page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::commitments::{
    ConcernCategory, ConcernStatus, ConcernView, HoursCategory, HoursView, Severity,
};
use shared::compliance::Overall;

#[component]
pub fn HoursPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let save = Form::<SaveHours>::new();
    let data = Resource::new(id, get_hours);
    view! {
        <Title text=t("hours-title")/>
        <LiveRegion>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Hours v save/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        </LiveRegion>
    }
}

#[component]
fn Hours(v: HoursView, save: Form<SaveHours>) -> impl IntoView {
    let pid = v.head.id;
    let errors = save.errors();
    let query = use_query_map();
    let editing: Option<i64> = query.with_untracked(|q| q.get("edit").and_then(|e| e.parse().ok()));
    let edit = editing.and_then(|e| v.entries.iter().find(|x| x.id == e && !x.locked).cloned());
    let saved = move || query.with(|q| q.get("saved").is_some());
    let c = v.compliance.clone();
    let category = kept_or(
        "category",
        edit.as_ref().map_or("collating", |e| e.category.as_str()),
    );
    let is_team = v.head.my_side.is_none();
    let style = crate::i18n::style();
    let lang = style.lang;
    let duration = move |minutes: u32| {
        style.digits(&shared::matching::duration_words_in(
            lang,
            i64::from(minutes),
        ))
    };
    view! {
            <Head head=v.head.clone() tab=Tab::Hours/>
            <p class="lead">{t("hours-lead")}</p>
            {alert_list(v.alerts.clone())}
            <p class=format!("notice {}", if c.status == Overall::OnTrack { "notice-success" } else { "notice-info" })>
                {t(if c.status == Overall::OnTrack { "hours-on-track" } else { "hours-needs-attention" })}" "
                {c.reasons.iter().map(crate::i18n::said).collect::<Vec<_>>().join(" · ")}
            </p>
            {move || saved().then(|| view! { <p class="notice notice-success" role="status">{t("hours-saved")}</p> })}
            <h2 id="months">{t("hours-months")}</h2>
            <div class="table-scroll">
                <table class="data-table months">
                    <caption class="visually-hidden">{t("hours-months-caption")}</caption>
                    <thead><tr><th scope="col">{t("hours-col-month")}</th><th scope="col">{t("hours-col-support")}</th><th scope="col">{t("hours-col-band")}</th><th scope="col">{t("hours-col-sessions")}</th><th scope="col">{t("hours-col-status")}</th></tr></thead>
                    <tbody>
                        {c.months.iter().map(|m| view! {
                            <tr class=format!("band-{}", m.band.code())>
                                <th scope="row">{shared::time::format_month_in(style, &m.month.to_string())}{(m.days_covered < m.days_in_month).then(|| format!(" {}", tr("hours-days", &[("days", m.days_covered.into())])))}</th>
                                <td>{duration(m.minutes)}</td>
                                <td>{tr("hours-band-range", &[("from", duration(m.min_minutes).into()), ("to", duration(m.max_minutes).into())])}</td>
                                <td>{m.sessions_held}</td>
                                <td><span class=format!("tag band-tag-{}", m.band.code())>{t(&format!("band-{}", m.band.code()))}</span></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {v.can_log.then(|| view! {
                <section class="card" aria-labelledby="log">
                    <h2 id="log">{t(if edit.is_some() { "hours-change-title" } else { "hours-log-title" })}</h2>
                    <ErrorSummary errors/>
                    <PostForm to=save.url() novalidate=true class="form">
    <RequestKey/>
                        <input type="hidden" name="form[partnership_id]" value=pid/>
                        <input type="hidden" name="form[entry_id]" value=edit.as_ref().map_or(0, |e| e.id)/>
                        <Field label=t("hours-field-date") name="on_date" kind="date" value=kept_or("on_date", edit.as_ref().map_or(v.today.as_str(), |e| e.on_date.as_str())) hint=t("hours-field-date-hint") errors/>
                        <Field label=t("hours-field-minutes") name="minutes" value=kept_or("minutes", &edit.as_ref().map_or(String::new(), |e| e.minutes.to_string())) hint=t("hours-field-minutes-hint") errors/>
                        <div class="field">
                            <label for="category">{t("hours-field-category")}</label>
                            <select id="category" name="form[category]">
                                {HoursCategory::ALL.iter().map(|c| view! { <option value=c.code() selected=category == c.code()>{t(&format!("hours-category-{}", c.code()))}</option> }).collect_view()}
                            </select>
                        </div>
                        <TextArea label=t("hours-field-note") name="note" value=kept_or("note", edit.as_ref().map_or("", |e| e.note.as_str())) rows=2 errors/>
                        <button type="submit" class="button">{t(if edit.is_some() { "hours-save-change" } else { "hours-log" })}</button>
                    </PostForm>
                </section>
            })}
            <h2 id="entries">{t("hours-entries")}</h2>
            {if v.entries.is_empty() {
                view! { <p class="empty">{t(if v.can_log { "hours-empty-coach" } else { "hours-empty" })}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list hours-entries">
                        {v.entries.into_iter().map(|e| view! {
                            <li>
                                <strong>{shared::time::format_date_in(style, &e.on_date)}</strong>{format!(" · {} · {}", duration(e.minutes), t(&format!("hours-category-{}", e.category)))}
                                {(!e.note.is_empty()).then(|| view! { <br/><span class="hint">{e.note.clone()}</span> })}
                                {if e.locked {
                                    view! { <span class="tag">{t("hours-locked")}</span> }.into_any()
                                } else if v.can_log {
                                    view! { <a href=format!("/partnerships/{pid}/hours?edit={}#log", e.id)>{tr("hours-change-entry", &[("date", shared::time::format_date_in(style, &e.on_date).into())])}</a> }.into_any()
                                } else {
                                    ().into_any()
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {is_team.then(|| view! { <p class="hint">{t("hours-team-hint")}</p> })}
        }
}

fn concern_card(c: ConcernView) -> impl IntoView {
    view! {
        <li class=format!("card concern severity-{}", c.severity.code())>
            <h2 class="card-title"><a href=format!("/concerns/{}", c.id)>{t(&format!("concern-category-{}", c.category.code()))}" · "{c.pair.clone()}</a></h2>
            <p class="entry-meta">
                <span class=format!("tag concern-{}", c.status.code())>{t(&format!("concern-status-{}", c.status.code()))}</span>
                <span class="tag">{t(&format!("concern-severity-{}", c.severity.code()))}</span>
                <span class="hint">{if c.mine { t("concern-raised-by-you") } else { tr("concern-raised-by", &[("who", c.author.clone().into())]) }}" · "{c.created_at_local.clone()}</span>
            </p>
            <p class="hint">{match c.responses.len() { 0 => t("concern-no-response"), n => tr("concern-responses", &[("count", n.into())]) }}</p>
        </li>
    }
}

#[component]
pub fn ConcernsPage() -> impl IntoView {
    let raise = Form::<RaiseConcern>::new();
    let data = Resource::new(|| (), |_| list_concerns());
    let errors = raise.errors();
    view! {
            <Title text=t("nav-concerns")/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => {
                            let severity = kept_or("severity", "medium");
                            let category = kept("category");
                            view! {
                                <div class="narrow">
                                    <h1>{if v.team { t("concerns-team-title") } else { t("nav-concerns") }}</h1>
                                    <p class="lead">{if v.team { t("concerns-team-lead") } else { t("concerns-lead") }}</p>
                                    {if v.concerns.is_empty() {
                                        view! { <p class="empty">{if v.team { t("concerns-team-empty") } else { t("concerns-empty") }}</p> }.into_any()
                                    } else {
                                        view! { <ul class="card-list">{v.concerns.into_iter().map(concern_card).collect_view()}</ul> }.into_any()
                                    }}
                                    {(!v.team).then(|| view! {
                                        <section class="card" aria-labelledby="raise">
                                            <h2 id="raise">{t("concerns-raise")}</h2>
                                            <ErrorSummary errors/>
                                            <PostForm to=raise.url() novalidate=true class="form">
    <RequestKey/>
                                                {if v.partnerships.is_empty() {
                                                    view! {
                                                        <input type="hidden" name="form[partnership_id]" value="0"/>
                                                        <p class="hint">{t("concerns-no-partnership")}</p>
                                                    }.into_any()
                                                } else {
                                                    let chosen = kept("partnership_id");
                                                    view! {
                                                        <div class="field">
                                                            <label for="partnership_id">{t("concerns-what-concerns")}</label>
                                                            <select id="partnership_id" name="form[partnership_id]">
                                                                {v.partnerships.iter().map(|(id, label)| view! { <option value=*id selected=chosen == id.to_string()>{label.clone()}</option> }).collect_view()}
                                                                <option value="0" selected=chosen == "0">{t("concerns-something-else")}</option>
                                                            </select>
                                                        </div>
                                                    }.into_any()
                                                }}
                                                <div class="field">
                                                    <label for="category">{t("concerns-about")}</label>
                                                    <select id="category" name="form[category]">
                                                        <option value="">{t("concerns-choose")}</option>
                                                        {ConcernCategory::ALL.iter().map(|c| view! { <option value=c.code() selected=category == c.code()>{t(&format!("concern-category-{}", c.code()))}</option> }).collect_view()}
                                                    </select>
                                                </div>
                                                <fieldset class="field">
                                                    <legend id="severity">{t("concerns-how-serious")}</legend>
                                                    {Severity::ALL.iter().map(|s| {
                                                        let rid = format!("severity-{}", s.code());
                                                        view! { <div class="checkbox"><input type="radio" id=rid.clone() name="form[severity]" value=s.code() checked=severity == s.code()/><label for=rid>{t(&format!("concern-severity-{}", s.code()))}</label></div> }
                                                    }).collect_view()}
                                                </fieldset>
                                                <TextArea label=t("concerns-what-happening") name="description" value=kept("description") rows=5 errors/>
                                                {(!v.partnerships.is_empty()).then(|| view! {
                                                    <div class="checkbox">
                                                        <input type="checkbox" id="share_with_pair" name="form[share_with_pair]" value="on" checked=kept("share_with_pair") == "on"/>
                                                        <label for="share_with_pair">{t("concerns-share")}</label>
                                                    </div>
                                                })}
                                                <button type="submit" class="button">{t("concerns-send")}</button>
                                            </PostForm>
                                        </section>
                                    })}
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

#[component]
pub fn ConcernPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let update = Form::<UpdateConcern>::new();
    let share = Form::<ShareConcern>::new();
    let reply = Form::<ReplyToConcern>::new();
    let reply_errors = reply.errors();
    let data = Resource::new(id, get_concern);
    let errors = update.errors();
    let query = use_query_map();
    let raised = move || query.with(|q| q.get("raised").is_some());
    view! {
            <Title text=t("concern-title")/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => {
                            let c = d.concern.clone();
                            let cid = c.id;
                            view! {
                                <div class="narrow">
                                    <p class="breadcrumb"><a href="/concerns">{t("concern-all")}</a></p>
                                    {move || raised().then(|| view! { <p class="notice notice-success" role="status">{t("concern-sent")}</p> })}
                                    <h1>{t(&format!("concern-category-{}", c.category.code()))}</h1>
                                    <p class="entry-meta">
                                        <span class=format!("tag concern-{}", c.status.code())>{t(&format!("concern-status-{}", c.status.code()))}</span>
                                        <span class="tag">{t(&format!("concern-severity-{}", c.severity.code()))}</span>
                                        <span class="hint">{c.pair.clone()}" · "{tr("concern-raised-by", &[("who", c.author.clone().into())])}" · "{c.created_at_local.clone()}</span>
                                    </p>
                                    <p class="hint">{match &c.owner { Some(o) => tr("concern-handled-by", &[("who", o.clone().into())]), None => t("concern-not-taken") }}" "
                                        {if c.shared_with_pair { t("concern-shared") } else { t("concern-private") }}</p>
                                    <p class="message-body">{c.description.clone()}</p>
                                    {(c.mine && c.partnership_id != 0).then(|| view! {
                                        <PostForm to=share.url() class="inline-form">
                                            <input type="hidden" name="form[concern_id]" value=cid/>
                                            <input type="hidden" name="form[share]" value=if c.shared_with_pair { "" } else { "on" }/>
                                            <button type="submit" class="button button-secondary button-small">{if c.shared_with_pair { t("concern-stop-sharing") } else { t("concern-share") }}</button>
                                        </PostForm>
                                    })}
                                    <h2 id="responses">{t("concern-responses-heading")}</h2>
                                    {if c.responses.is_empty() {
                                        view! { <p class="empty">{t("concern-no-response")}</p> }.into_any()
                                    } else {
                                        view! { <ul class="plain-list responses">{c.responses.iter().map(|r| view! { <li><strong>{r.author.clone()}</strong>" · "<span class="hint">{r.at_local.clone()}</span><br/>{r.body.clone()}</li> }).collect_view()}</ul> }.into_any()
                                    }}
                                    {c.mine.then(|| view! {
                                        <section class="card" aria-labelledby="reply-heading">
                                            <h2 id="reply-heading">{t("concern-answer")}</h2>
                                            <ErrorSummary errors=reply_errors/>
                                            <PostForm to=reply.url() novalidate=true class="form">
                                                <RequestKey/>
                                                <input type="hidden" name="form[concern_id]" value=cid/>
                                                <TextArea label=t("concern-your-answer") name="reply" value=kept("reply") rows=4 errors=reply_errors/>
                                                <button type="submit" class="button">{t("concern-send-answer")}</button>
                                            </PostForm>
                                        </section>
                                    })}
                                    {d.can_handle.then(|| view! {
                                        <section class="card" aria-labelledby="handle">
                                            <h2 id="handle">{t("concern-handle")}</h2>
                                            <ErrorSummary errors/>
                                            <PostForm to=update.url() novalidate=true class="form">
    <RequestKey/>
                                                <input type="hidden" name="form[concern_id]" value=cid/>
                                                <div class="field">
                                                    <label for="status">{t("concern-status-label")}</label>
                                                    <select id="status" name="form[status]">
                                                        {ConcernStatus::ALL.iter().map(|s| view! { <option value=s.code() selected=*s == c.status>{t(&format!("concern-status-{}", s.code()))}</option> }).collect_view()}
                                                    </select>
                                                </div>
                                                <div class="checkbox">
                                                    <input type="checkbox" id="take_ownership" name="form[take_ownership]" value="on"/>
                                                    <label for="take_ownership">{t("concern-take-on")}</label>
                                                </div>
                                                <TextArea label=t("concern-response") name="response" value=kept("response") rows=4 errors/>
                                                <button type="submit" class="button">{t("concern-save")}</button>
                                            </PostForm>
                                        </section>
                                        <h2 id="audit">{t("concern-audit")}</h2>
                                        <ol class="history">{d.audit.iter().map(|a| view! { <li><strong>{a.who.clone()}</strong>{format!(" {} · ", a.action)}<span class="hint">{a.at_local.clone()}</span></li> }).collect_view()}</ol>
                                    })}
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
