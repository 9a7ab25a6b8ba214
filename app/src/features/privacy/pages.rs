//! `/privacy` (public): who holds the data, what is kept and for how long, who sees what, how to
//! get it or have it erased. `/profile/data` (signed in): download everything as one archive.

use super::api::{
    ConfirmErasure, ObjectToErasure, RequestErasure, WithdrawErasure, get_erasures, get_my_erasure,
    get_privacy_notice,
};
use crate::i18n::{around, t, tr};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, RequestKey, TextBox, kept, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use shared::privacy::{ErasureList, ErasureStatus, ErasureView, KEPT, PrivacyNotice};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_privacy_notice());
    view! {
        <Title text=t("privacy-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(n) => view! { <Notice n/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

fn days(n: i32) -> String {
    tr("privacy-days", &[("days", i64::from(n).into())])
}

#[component]
fn Notice(n: PrivacyNotice) -> impl IntoView {
    let contact = (!n.contact_email.is_empty()).then(|| n.contact_email.clone());
    let chair = if n.chair_name.is_empty() {
        t("privacy-chair")
    } else {
        tr(
            "privacy-chair-named",
            &[("name", n.chair_name.clone().into())],
        )
    };
    let programme = if n.programme_name.is_empty() {
        t("privacy-the-programme")
    } else {
        n.programme_name.clone()
    };
    let (yours_before, yours_after) = around("privacy-yours", &[], "link");
    view! {
        <div class="narrow privacy">
            <h1>{t("privacy-title")}</h1>
            <p class="lead">{tr("privacy-lead", &[("programme", programme.into())])}</p>
            <h2>{t("privacy-who-holds")}</h2>
            <p>{tr("privacy-holds", &[("chair", chair.into())])}" "
                {match contact.clone() {
                    Some(c) => {
                        let (before, after) = around("privacy-write-to", &[], "email");
                        view! { {before}<a href=format!("mailto:{c}")>{c.clone()}</a>{after} }.into_any()
                    }
                    None => view! { {t("privacy-write-chair")} }.into_any(),
                }}
            </p>
            <h2>{t("privacy-kept-title")}</h2>
            <dl class="summary-list kept">
                {(1..=KEPT.len()).map(|i| view! {
                    <dt>{t(&format!("kept-{i}-what"))}</dt>
                    <dd>{tr("privacy-seen-kept", &[("seen", t(&format!("kept-{i}-seen")).into()), ("long", t(&format!("kept-{i}-long")).into())])}</dd>
                }).collect_view()}
            </dl>
            <h3>{t("privacy-periods")}</h3>
            <p>{tr("privacy-periods-text", &[("outbox", days(n.outbox_days).into()), ("audit", days(n.audit_days).into())])}</p>
            {(!n.cohorts.is_empty()).then(|| view! {
                <p>{t("privacy-cohort-periods")}</p>
                <ul class="periods-legend">
                    <li><strong>{t("privacy-draft")}</strong>": "{t("privacy-draft-text")}</li>
                    <li><strong>{t("privacy-undecided")}</strong>": "{t("privacy-undecided-text")}</li>
                    <li><strong>{t("privacy-declined")}</strong>": "{t("privacy-declined-text")}</li>
                    <li><strong>{t("privacy-journal")}</strong>": "{t("privacy-journal-text")}</li>
                </ul>
                <div class="table-scroll">
                    <table class="periods">
                        <caption>{t("privacy-periods-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{t("privacy-cohort")}</th>
                            <th scope="col">{t("privacy-draft")}</th>
                            <th scope="col">{t("privacy-undecided")}</th>
                            <th scope="col">{t("privacy-declined")}</th>
                            <th scope="col">{t("privacy-journal")}</th>
                        </tr></thead>
                        <tbody>
                            {n.cohorts.iter().map(|c| view! {
                                <tr><th scope="row">{c.cohort.clone()}</th><td>{c.draft}</td><td>{c.undecided}</td><td>{c.declined_cv}</td><td>{c.journal}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            <h2>{t("privacy-yours-title")}</h2>
            <p>{yours_before}<a href="/profile/data">{t("data-title")}</a>{yours_after}</p>
            <p>{t("privacy-erasure-text")}</p>
            {contact.map(|c| view! { <p>{tr("privacy-questions", &[("email", c.into())])}</p> })}
        </div>
    }
}

/// A signed-in person's own data: the archive, and erasure on request.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let user = use_context::<crate::ui::UserResource>();
    let request = Resource::new(|| (), |_| get_my_erasure());
    view! {
        <Title text=t("data-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let signed_in = match user {
                    Some(r) => r.await.ok().flatten().is_some(),
                    None => false,
                };
                if signed_in {
                    let mine = request.await;
                    view! {
                        <div class="narrow">
                            <h1>{t("data-title")}</h1>
                            <p class="lead">{t("data-lead")}</p>
                            <p><a class="button" href="/profile/data/archive.zip" download="tandem-my-data.zip">{t("data-download")}</a></p>
                            <p class="hint">{t("data-logged")}" "<a href="/privacy">{t("data-what-kept")}</a></p>
                            {match mine {
                                Ok(r) => view! { <ErasureSection request=r/> }.into_any(),
                                Err(e) => page_error(e),
                            }}
                        </div>
                    }.into_any()
                } else {
                    let (before, after) = around("data-sign-in", &[], "link");
                    view! { <div class="narrow"><h1>{t("data-title")}</h1><p>{before}<a href="/sign-in?next=/profile/data">{t("data-sign-in-link")}</a>{after}</p></div> }.into_any()
                }
            })}
        </Suspense>
    }
}

/// Where the person's erasure request stands, and the form to ask (or withdraw).
#[component]
fn ErasureSection(request: Option<ErasureView>) -> impl IntoView {
    let ask = Form::<RequestErasure>::new();
    let withdraw = Form::<WithdrawErasure>::new();
    let errors = ask.errors();
    let waiting = request
        .as_ref()
        .filter(|r| r.status == ErasureStatus::Waiting)
        .cloned();
    let answered = request.filter(|r| r.status == ErasureStatus::Objected);
    view! {
        <section class="card danger-zone" aria-labelledby="erasure">
            <h2 id="erasure">{t("erase-title")}</h2>
            {match waiting {
                Some(r) => view! {
                    <p class="notice notice-info" role="status">{tr("erase-waiting", &[("asked", r.requested.clone().into()), ("runs", r.runs.clone().into())])}</p>
                    <PostForm to=withdraw.url() class="inline-form">
                        <input type="hidden" name="form[request_id]" value=r.id/>
                        <button type="submit" class="button button-secondary">{t("erase-withdraw")}</button>
                    </PostForm>
                }.into_any(),
                None => view! {
                    {answered.map(|r| view! {
                        <div class="notice notice-warning">
                            <p>{tr("erase-objected", &[("asked", r.requested.clone().into())])}</p>
                            <p class="message-body">{r.objection}</p>
                            <p>{t("erase-talk")}</p>
                        </div>
                    })}
                    <p>{t("erase-what")}</p>
                    <p>{t("erase-week")}</p>
                    <ErrorSummary errors/>
                    <PostForm to=ask.url() novalidate=true class="form">
                        <RequestKey/>
                        <div class="checkbox" class:field-error=move || errors.with(|e| e.first("understood").is_some())>
                            {move || errors.with(|e| e.first("understood").map(|m| view! { <p class="error-message" id="understood-error"><span class="visually-hidden">{t("error-prefix")}" "</span>{m.to_owned()}</p> }))}
                            <input type="checkbox" id="understood" name="form[understood]" value="on" aria-describedby="understood-error"/>
                            <label for="understood">{t("erase-understood")}</label>
                        </div>
                        <button type="submit" class="button button-danger">{t("erase-ask")}</button>
                    </PostForm>
                }.into_any(),
            }}
        </section>
    }
}

/// The chair's erasure requests: what to weigh, an objection with a reason, or erasure now.
#[component]
pub fn ErasuresPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_erasures());
    let answered = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("answered"));
    view! {
        <Title text=t("erasures-title")/>
        <Suspense fallback=Loading>
            {move || {
                let answered = answered.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(list) => view! { <Erasures list answered/> }.into_any(),
                        Err(e) => page_error(e),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn Erasures(list: ErasureList, answered: Option<String>) -> impl IntoView {
    let object = Form::<ObjectToErasure>::new();
    let confirm = Form::<ConfirmErasure>::new();
    let errors = object.errors();
    let failed_id = kept("request_id");
    view! {
        <div class="narrow">
            <h1>{t("erasures-title")}</h1>
            {answered.map(|a| view! { <p class="notice notice-success" role="status">{if a == "erased" { t("erasures-done-erased") } else { t("erasures-done-objected") }}</p> })}
            <p class="lead">{t("erasures-lead")}</p>
            <h2>{t("erasures-waiting")}</h2>
            {if list.waiting.is_empty() {
                view! { <p class="empty">{t("erasures-waiting-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list erasures">
                        {list.waiting.into_iter().map(|r| {
                            let id = r.id;
                            let mine = failed_id == id.to_string();
                            // The failed form's field is "reason", where the error summary links.
                            let reason_id = if mine { "reason".to_owned() } else { format!("reason-{id}") };
                            view! {
                                <li class="card erasure">
                                    <h3>{r.who.clone()}</h3>
                                    <p>{crate::i18n::tr("erasures-line", &[("what", r.what.clone().into()), ("asked", r.requested.clone().into()), ("runs", r.runs.clone().into())])}</p>
                                    {(!r.context.is_empty()).then(|| view! { <ul>{r.context.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul> })}
                                    <PostForm to=confirm.url() class="inline-form">
                                        <input type="hidden" name="form[request_id]" value=id/>
                                        <button type="submit" class="button button-danger">{t("erasures-erase-now")}</button>
                                    </PostForm>
                                    <PostForm to=object.url() novalidate=true class="form">
                                        {mine.then(|| view! { <ErrorSummary errors/> })}
                                        <input type="hidden" name="form[request_id]" value=id/>
                                        <div class="field" class:field-error=move || mine && errors.with(|e| e.first("reason").is_some())>
                                            <label for=reason_id.clone()>{t("erasures-object-label")}</label>
                                            {move || mine.then(|| errors.with(|e| e.first("reason").map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m.to_owned()}</p> }))).flatten()}
                                            <TextBox id=reason_id.clone() name="form[reason]".to_owned() rows=3 value=if mine { kept("reason") } else { String::new() } invalid=Signal::derive(move || mine && errors.with(|e| e.first("reason").is_some()))/>
                                        </div>
                                        <button type="submit" class="button button-secondary">{t("erasures-object")}</button>
                                    </PostForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h2>{t("erasures-answered")}</h2>
            {if list.decided.is_empty() {
                view! { <p class="empty">{t("erasures-none-yet")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {list.decided.into_iter().map(|r| view! {
                            <li>
                                <strong>{t(&format!("erasure-status-{}", r.status.code()))}</strong>" · "{crate::i18n::tr("erasures-answered-line", &[("who", r.who.clone().into()), ("asked", r.requested.clone().into())])}
                                {(!r.objection.is_empty()).then(|| view! { <br/><span class="hint">{crate::i18n::tr("erasures-reason", &[("reason", r.objection.clone().into())])}</span> })}
                                {(!r.summary.is_empty()).then(|| view! { <br/><span class="hint">{r.summary.clone()}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
