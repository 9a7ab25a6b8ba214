//! `/privacy` (public): who holds the data, what is kept and for how long, who sees what, how to
//! get it or have it erased. `/profile/data` (signed in): download everything as one archive.

use super::api::{
    ConfirmErasure, ObjectToErasure, RequestErasure, WithdrawErasure, get_erasures, get_my_erasure,
    get_privacy_notice,
};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, RequestKey, TextBox, kept, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use shared::privacy::{ErasureList, ErasureStatus, ErasureView, KEPT, PrivacyNotice};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_privacy_notice());
    view! {
        <Title text="Privacy"/>
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
    shared::words::count(i64::from(n), "day", "days")
}

#[component]
fn Notice(n: PrivacyNotice) -> impl IntoView {
    let contact = (!n.contact_email.is_empty()).then(|| n.contact_email.clone());
    let chair = if n.chair_name.is_empty() {
        "The programme chair".to_owned()
    } else {
        format!("{}, the programme chair", n.chair_name)
    };
    view! {
        <div class="narrow privacy">
            <h1>"Privacy"</h1>
            <p class="lead">{format!("What Tandem keeps about the people of the {}, who sees it, for how long, and how to have it or have it erased.", if n.programme_name.is_empty() { "coaching programme".to_owned() } else { n.programme_name.clone() })}</p>
            <h2>"Who holds your data"</h2>
            <p>{format!("{chair} holds it for the programme, on the programme's own server. ")}
                {match contact.clone() {
                    Some(c) => view! { "Write to "<a href=format!("mailto:{c}")>{c.clone()}</a>" about anything on this page." }.into_any(),
                    None => view! { "Write to the programme chair about anything on this page." }.into_any(),
                }}
            </p>
            <h2>"What is kept, who sees it, and for how long"</h2>
            <dl class="summary-list kept">
                {KEPT.iter().map(|k| view! {
                    <dt>{k.what}</dt>
                    <dd>{format!("Seen by: {}. Kept: {}.", k.seen_by, k.how_long)}</dd>
                }).collect_view()}
            </dl>
            <h3>"The periods"</h3>
            <p>{format!("Messages Tandem sends are kept {}; the audit log {}.", days(n.outbox_days), days(n.audit_days))}</p>
            {(!n.cohorts.is_empty()).then(|| view! {
                <p>"Each cohort sets its own periods, in days:"</p>
                <ul class="periods-legend">
                    <li><strong>"Draft"</strong>": an application never sent, after the call's deadline"</li>
                    <li><strong>"Undecided"</strong>": an application without a decision, after the year starts"</li>
                    <li><strong>"Declined CV"</strong>": a declined applicant's CV, after the decision"</li>
                    <li><strong>"Journal"</strong>": a finished pair's journal and session notes, after the year ends (unless both keep them)"</li>
                </ul>
                <div class="table-scroll">
                    <table class="periods">
                        <caption>"Each cohort's periods, in days"</caption>
                        <thead><tr>
                            <th scope="col">"Cohort"</th>
                            <th scope="col">"Draft"</th>
                            <th scope="col">"Undecided"</th>
                            <th scope="col">"Declined CV"</th>
                            <th scope="col">"Journal"</th>
                        </tr></thead>
                        <tbody>
                            {n.cohorts.iter().map(|c| view! {
                                <tr><th scope="row">{c.cohort.clone()}</th><td>{c.draft}</td><td>{c.undecided}</td><td>{c.declined_cv}</td><td>{c.journal}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            <h2>"Your data, to take or to erase"</h2>
            <p>"Signed in, open "<a href="/profile/data">"Your data"</a>" to download everything Tandem holds about you as one archive (your records as JSON, and your files, such as your CV), or to ask for it to be erased. An applicant does the same from the application's private link."</p>
            <p>"Erasure removes your account and what you alone wrote; what you wrote with your pair stays for the other member, shown as a former participant's. The programme chair has a week to object, with a reason you read; then it runs. The programme keeps its figures (how many sessions, how many hours), never who wrote what."</p>
            {contact.map(|c| view! { <p>{format!("Questions about your data: {c}.")}</p> })}
        </div>
    }
}

/// A signed-in person's own data: the archive, and erasure on request.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let user = use_context::<crate::ui::UserResource>();
    let request = Resource::new(|| (), |_| get_my_erasure());
    view! {
        <Title text="Your data"/>
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
                            <h1>"Your data"</h1>
                            <p class="lead">"Everything Tandem holds about you, in one archive: your records as JSON (readable in any text editor), with your files, such as the CV you sent with an application. Secrets, such as sign-in links, are left out."</p>
                            <p><a class="button" href="/profile/data/archive.zip" download="tandem-my-data.zip">"Download your data (.zip)"</a></p>
                            <p class="hint">"The download is logged. "<a href="/privacy">"What is kept, and for how long"</a></p>
                            {match mine {
                                Ok(r) => view! { <ErasureSection request=r/> }.into_any(),
                                Err(e) => page_error(e),
                            }}
                        </div>
                    }.into_any()
                } else {
                    view! { <div class="narrow"><h1>"Your data"</h1><p>"Please "<a href="/sign-in?next=/profile/data">"sign in"</a>" to download your data."</p></div> }.into_any()
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
            <h2 id="erasure">"Erase your data"</h2>
            {match waiting {
                Some(r) => view! {
                    <p class="notice notice-info" role="status">{format!("You asked on {}. Unless the programme chair objects, your data is erased on {}: you are then signed out and your account is gone.", r.requested, r.runs)}</p>
                    <PostForm to=withdraw.url() class="inline-form">
                        <input type="hidden" name="form[request_id]" value=r.id/>
                        <button type="submit" class="button button-secondary">"Withdraw my request"</button>
                    </PostForm>
                }.into_any(),
                None => view! {
                    {answered.map(|r| view! {
                        <div class="notice notice-warning">
                            <p>{format!("The programme chair objected to your request of {}:", r.requested)}</p>
                            <p class="message-body">{r.objection}</p>
                            <p>"Write to the chair to talk it over; you may ask again."</p>
                        </div>
                    })}
                    <p>"Erasure removes your account, your profile, your messages and what you alone wrote (your journal entries, your concerns, the words of your evaluation, your applications and CVs). What you wrote with your pair (sessions, goals, resources) stays for the other member, shown as written by “a former participant”. The programme keeps its figures (how many sessions, how many hours), never who wrote what."</p>
                    <p>"The programme chair is told and has a week to object (for example, while a concern you raised is open); then it runs."</p>
                    <ErrorSummary errors/>
                    <PostForm to=ask.url() novalidate=true class="form">
                        <RequestKey/>
                        <div class="checkbox" class:field-error=move || errors.with(|e| e.first("understood").is_some())>
                            {move || errors.with(|e| e.first("understood").map(|m| view! { <p class="error-message" id="understood-error"><span class="visually-hidden">"Error: "</span>{m.to_owned()}</p> }))}
                            <input type="checkbox" id="understood" name="form[understood]" value="on" aria-describedby="understood-error"/>
                            <label for="understood">"I understand that my account and what I alone wrote will be erased, and that this cannot be undone."</label>
                        </div>
                        <button type="submit" class="button button-danger">"Ask for my data to be erased"</button>
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
        <Title text="Erasure requests"/>
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
            <h1>"Erasure requests"</h1>
            {answered.map(|a| view! { <p class="notice notice-success" role="status">{if a == "erased" { "Erased. The request below keeps what went, in figures." } else { "Objection sent: the person reads your reason." }}</p> })}
            <p class="lead">"A person asks for their data to be erased; you have a week to object with a reason they read. Without an objection it runs when the week is out. What the pair wrote together stays for the other member, shown as a former participant's; the figures stay."</p>
            <h2>"Waiting"</h2>
            {if list.waiting.is_empty() {
                view! { <p class="empty">"No request is waiting."</p> }.into_any()
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
                                    <p>{format!("{} · asked {} · runs {}", r.what, r.requested, r.runs)}</p>
                                    {(!r.context.is_empty()).then(|| view! { <ul>{r.context.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul> })}
                                    <PostForm to=confirm.url() class="inline-form">
                                        <input type="hidden" name="form[request_id]" value=id/>
                                        <button type="submit" class="button button-danger">"Erase now"</button>
                                    </PostForm>
                                    <PostForm to=object.url() novalidate=true class="form">
                                        {mine.then(|| view! { <ErrorSummary errors/> })}
                                        <input type="hidden" name="form[request_id]" value=id/>
                                        <div class="field" class:field-error=move || mine && errors.with(|e| e.first("reason").is_some())>
                                            <label for=reason_id.clone()>"Object, with the reason the person reads"</label>
                                            {move || mine.then(|| errors.with(|e| e.first("reason").map(|m| view! { <p class="error-message"><span class="visually-hidden">"Error: "</span>{m.to_owned()}</p> }))).flatten()}
                                            <TextBox id=reason_id.clone() name="form[reason]".to_owned() rows=3 value=if mine { kept("reason") } else { String::new() } invalid=Signal::derive(move || mine && errors.with(|e| e.first("reason").is_some()))/>
                                        </div>
                                        <button type="submit" class="button button-secondary">"Object"</button>
                                    </PostForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h2>"Answered"</h2>
            {if list.decided.is_empty() {
                view! { <p class="empty">"None yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {list.decided.into_iter().map(|r| view! {
                            <li>
                                <strong>{r.status.label()}</strong>{format!(" · {} · asked {}", r.who, r.requested)}
                                {(!r.objection.is_empty()).then(|| view! { <br/><span class="hint">{format!("Reason: {}", r.objection)}</span> })}
                                {(!r.summary.is_empty()).then(|| view! { <br/><span class="hint">{r.summary.clone()}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
