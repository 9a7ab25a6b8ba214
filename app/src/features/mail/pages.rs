//! Mail pages: the chair's outbox (status, reasons, retry, filters), a person's choices of what
//! to receive, and the page an unsubscribe link opens.

use super::api::{
    RetryMessage, SaveMailPreferences, get_mail_preferences, get_unsubscribe, list_outbox,
};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, kept_or, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::mail::{Delivery, MailKind, MailStatus, OutboxMessage};

#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map();
    let status = query.with_untracked(|q| q.get("status"));
    let sent = query.with_untracked(|q| q.get("sent").is_some());
    let retried = query.with_untracked(|q| q.get("retried").is_some());
    let outbox = Resource::new(move || status.clone(), list_outbox);
    let retry = Form::<RetryMessage>::new();
    let retry_errors = retry.errors();
    view! {
        <Title text="Outbox"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match outbox.await {
                    Ok(o) => {
                        let filter = o.filter;
                        view! {
                            <div class="narrow">
                                <h1>"Outbox"</h1>
                                {sent.then(|| view! { <p class="notice notice-success" role="status">"Invitation sent. Its message is below; the link in it is private, so it is not shown here."</p> })}
                                {retried.then(|| view! { <p class="notice notice-success" role="status">"The message is queued again and goes out in a moment."</p> })}
                                <ErrorSummary errors=retry_errors/>
                                {if o.sending {
                                    view! { <p class="lead">"Every message Tandem writes, newest first, and whether it reached the mail server. A failed message says why; send it again once the reason is fixed."</p> }.into_any()
                                } else {
                                    view! { <p class="notice notice-warning">"Email is not set up on this server (no TANDEM_SMTP_URL), so nothing is sent: messages wait here. Whoever runs the server can read them in full with "<code>"tandem outbox"</code>"."</p> }.into_any()
                                }}
                                <nav class="tabs" aria-label="Show messages">
                                    <ul>
                                        <li><a href="/outbox" aria-current=filter.is_none().then_some("page")>"All"</a></li>
                                        {o.counts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| {
                                            let current = (filter == Some(*s)).then_some("page");
                                            view! { <li><a href=format!("/outbox?status={}", s.code()) aria-current=current>{format!("{} ({n})", s.label())}</a></li> }
                                        }).collect_view()}
                                    </ul>
                                </nav>
                                {(o.messages.len() as u64 >= 50).then(|| view! { <p class="hint">"The newest 50 are shown; choose a status above to see others."</p> })}
                                {if o.messages.is_empty() {
                                    let text = match filter {
                                        Some(s) => format!("No message is {} now.", s.label().to_lowercase()),
                                        None => "The outbox is empty. Invitations, receipts and session messages appear here as Tandem writes them.".into(),
                                    };
                                    view! { <p class="empty">{text}</p> }.into_any()
                                } else {
                                    o.messages.into_iter().map(|m| view! { <Message m retry/> }).collect_view().into_any()
                                }}
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

fn status_class(status: MailStatus) -> &'static str {
    match status {
        MailStatus::Sent => "tag tag-green",
        MailStatus::Failed => "tag tag-red",
        MailStatus::Queued | MailStatus::Sending => "tag tag-amber",
        MailStatus::Held => "tag",
    }
}

#[component]
fn Message(m: OutboxMessage, retry: Form<RetryMessage>) -> impl IntoView {
    let can_retry = m.can_retry();
    let when = match (&m.sent_at_local, &m.next_attempt_local) {
        (Some(sent), _) => format!("Sent {sent}"),
        (None, Some(next)) => format!("Next try {next}"),
        _ => format!("Written {}", m.created_at_local),
    };
    let attempts = (m.attempts > 0).then(|| {
        format!(
            " · {} attempt{}",
            m.attempts,
            if m.attempts == 1 { "" } else { "s" }
        )
    });
    view! {
        <article class="card message">
            <h2>{m.subject}</h2>
            <p class="hint">
                <span class=status_class(m.status)>{m.status.label()}</span>
                " To "{m.to_email}" · "{m.kind.label()}" · "{when}{attempts}
                {m.has_calendar.then_some(" · with a calendar invitation")}
            </p>
            {m.last_error.map(|e| view! { <p class="error-message">"Mail server's answer: "{e}</p> })}
            <pre class="message-body">{m.body}</pre>
            {can_retry.then(|| view! {
                <PostForm to=retry.url() class="inline-form">
                    <input type="hidden" name="id" value=m.id.to_string()/>
                    <button type="submit" class="button button-secondary">"Send again"</button>
                </PostForm>
            })}
        </article>
    }
}

#[component]
pub fn MessagesPage() -> impl IntoView {
    let choices = Resource::new(|| (), |_| get_mail_preferences());
    let save = Form::<SaveMailPreferences>::new();
    let errors = save.errors();
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());
    view! {
        <Title text="Messages you receive"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match choices.await {
                    Ok(list) => view! {
                        <div class="narrow">
                            <h1>"Messages you receive"</h1>
                            {saved.then(|| view! { <p class="notice notice-success" role="status">"Saved. Tandem emails you as you chose."</p> })}
                            <p class="lead">"Choose which messages Tandem emails you. Everything is also on your pages in Tandem. Invitations, password resets and other account messages always come."</p>
                            <ErrorSummary errors/>
                            <PostForm to=save.url() novalidate=true class="form">
                                {list.into_iter().map(|p| {
                                    let name = p.kind.code();
                                    let chosen = kept_or(name, p.delivery.code());
                                    view! {
                                        <fieldset class="field choice">
                                            <legend>{p.kind.label()}</legend>
                                            <p class="hint">{p.kind.description()}</p>
                                            {move || errors.with(|e| e.first(name).map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                            {Delivery::ALL.into_iter().map(|d| {
                                                let id = format!("{name}-{}", d.code());
                                                view! {
                                                    <div class="checkbox">
                                                        <input type="radio" id=id.clone() name=format!("form[{name}]") value=d.code() checked=chosen == d.code()/>
                                                        <label for=id>{d.label()}</label>
                                                    </div>
                                                }
                                            }).collect_view()}
                                        </fieldset>
                                    }
                                }).collect_view()}
                                <button type="submit" class="button">"Save"</button>
                            </PostForm>
                            <p><a href="/profile">"Back to your profile"</a></p>
                        </div>
                    }
                    .into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let changed = use_query_map().with_untracked(|q| q.get("changed").is_some());
    let action = format!("/unsubscribe/{token}");
    let view = Resource::new(move || token.clone(), get_unsubscribe);
    view! {
        <Title text="Stop emails"/>
        <Suspense fallback=Loading>
            {move || {
                let action = action.clone();
                Suspend::new(async move {
                    match view.await {
                        Ok(u) => {
                            let off = u.delivery == Delivery::Off;
                            let kind: MailKind = u.kind;
                            view! {
                                <div class="narrow">
                                    <h1>{if off { "You receive no emails about this" } else { "Stop these emails?" }}</h1>
                                    {changed.then(|| view! { <p class="notice notice-success" role="status">"Saved."</p> })}
                                    <p class="lead">
                                        {format!("{}: {}", kind.label(), kind.description())}
                                    </p>
                                    <p>{format!("For {}. ", u.masked_email)}
                                        {if off { "Tandem no longer emails these; you still see them when you sign in." } else { "You still see them in Tandem when you sign in." }}
                                    </p>
                                    <form method="post" action=action class="form">
                                        <input type="hidden" name="delivery" value=if off { Delivery::Immediately.code() } else { Delivery::Off.code() }/>
                                        <button type="submit" class=if off { "button button-secondary" } else { "button" }>
                                            {if off { "Email me these again" } else { "Stop these emails" }}
                                        </button>
                                    </form>
                                    <p><a href="/profile/messages">"Choose every kind of message (sign in)"</a></p>
                                </div>
                            }
                            .into_any()
                        }
                        Err(e) => page_error(e),
                    }
                })
            }}
        </Suspense>
    }
}
