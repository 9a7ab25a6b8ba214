//! Mail pages: the chair's outbox (status, reasons, retry, filters), a person's choices of what
//! to receive, and the page an unsubscribe link opens.

use super::api::{
    RetryMessage, SaveMailPreferences, get_mail_preferences, get_unsubscribe, list_outbox,
};
use crate::i18n::{around, t, tr};
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
        <Title text=t("outbox-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match outbox.await {
                    Ok(o) => {
                        let filter = o.filter;
                        view! {
                            <div class="narrow">
                                <h1>{t("outbox-title")}</h1>
                                {sent.then(|| view! { <p class="notice notice-success" role="status">{t("outbox-sent")}</p> })}
                                {retried.then(|| view! { <p class="notice notice-success" role="status">{t("outbox-retried")}</p> })}
                                <ErrorSummary errors=retry_errors/>
                                {if o.sending {
                                    view! { <p class="lead">{t("outbox-lead")}</p> }.into_any()
                                } else {
                                    { let (before, after) = around("outbox-no-smtp", &[], "command"); view! { <p class="notice notice-warning">{before}<code>"tandem outbox"</code>{after}</p> }.into_any() }
                                }}
                                <nav class="tabs" aria-label=t("outbox-show")>
                                    <ul>
                                        <li><a href="/outbox" aria-current=filter.is_none().then_some("page")>{t("outbox-all")}</a></li>
                                        {o.counts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| {
                                            let current = (filter == Some(*s)).then_some("page");
                                            view! { <li><a href=format!("/outbox?status={}", s.code()) aria-current=current>{tr("outbox-tab", &[("status", t(&format!("mail-status-{}", s.code())).into()), ("count", (*n).into())])}</a></li> }
                                        }).collect_view()}
                                    </ul>
                                </nav>
                                {(o.messages.len() as u64 >= 50).then(|| view! { <p class="hint">{t("outbox-newest-50")}</p> })}
                                {if o.messages.is_empty() {
                                    let text = match filter {
                                        Some(s) => tr("outbox-none-status", &[("status", t(&format!("mail-status-{}", s.code())).into())]),
                                        None => t("outbox-empty"),
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
        (Some(sent), _) => tr("outbox-sent-at", &[("when", sent.clone().into())]),
        (None, Some(next)) => tr("outbox-next-try", &[("when", next.clone().into())]),
        _ => tr(
            "outbox-written",
            &[("when", m.created_at_local.clone().into())],
        ),
    };
    let attempts = (m.attempts > 0).then(|| {
        format!(
            " · {}",
            tr("outbox-attempts", &[("count", m.attempts.into())])
        )
    });
    view! {
        <article class="card message">
            <h2>{m.subject}</h2>
            <p class="hint">
                <span class=status_class(m.status)>{t(&format!("mail-status-{}", m.status.code()))}</span>
                " "{tr("outbox-to", &[("email", m.to_email.clone().into())])}" · "{t(&format!("mail-kind-{}", m.kind.code()))}" · "{when}{attempts}
                {m.has_calendar.then(|| format!(" · {}", t("outbox-calendar")))}
            </p>
            {m.last_error.map(|e| view! { <p class="error-message">{t("outbox-server-answer")}" "{e}</p> })}
            <pre class="message-body">{m.body}</pre>
            {can_retry.then(|| view! {
                <PostForm to=retry.url() class="inline-form">
                    <input type="hidden" name="id" value=m.id.to_string()/>
                    <button type="submit" class="button button-secondary">{t("outbox-send-again")}</button>
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
        <Title text=t("messages-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match choices.await {
                    Ok(list) => view! {
                        <div class="narrow">
                            <h1>{t("messages-title")}</h1>
                            {saved.then(|| view! { <p class="notice notice-success" role="status">{t("messages-saved")}</p> })}
                            <p class="lead">{t("messages-lead")}</p>
                            <ErrorSummary errors/>
                            <PostForm to=save.url() novalidate=true class="form">
                                {list.into_iter().map(|p| {
                                    let name = p.kind.code();
                                    let chosen = kept_or(name, p.delivery.code());
                                    view! {
                                        <fieldset class="field choice">
                                            <legend>{t(&format!("mail-kind-{}", p.kind.code()))}</legend>
                                            <p class="hint">{t(&format!("mail-about-{}", p.kind.code()))}</p>
                                            {move || errors.with(|e| e.first(name).map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                            {Delivery::ALL.into_iter().map(|d| {
                                                let id = format!("{name}-{}", d.code());
                                                view! {
                                                    <div class="checkbox">
                                                        <input type="radio" id=id.clone() name=format!("form[{name}]") value=d.code() checked=chosen == d.code()/>
                                                        <label for=id>{t(&format!("delivery-{}", d.code()))}</label>
                                                    </div>
                                                }
                                            }).collect_view()}
                                        </fieldset>
                                    }
                                }).collect_view()}
                                <button type="submit" class="button">{t("messages-save")}</button>
                            </PostForm>
                            <p><a href="/profile">{t("messages-back")}</a></p>
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
        <Title text=t("unsubscribe-title")/>
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
                                    <h1>{if off { t("unsubscribe-off-heading") } else { t("unsubscribe-heading") }}</h1>
                                    {changed.then(|| view! { <p class="notice notice-success" role="status">{t("unsubscribe-saved")}</p> })}
                                    <p class="lead">
                                        {format!("{}: {}", t(&format!("mail-kind-{}", kind.code())), t(&format!("mail-about-{}", kind.code())))}
                                    </p>
                                    <p>{tr("unsubscribe-for", &[("email", u.masked_email.clone().into())])}" "
                                        {if off { t("unsubscribe-off-text") } else { t("unsubscribe-text") }}
                                    </p>
                                    <form method="post" action=action class="form">
                                        <input type="hidden" name="delivery" value=if off { Delivery::Immediately.code() } else { Delivery::Off.code() }/>
                                        <button type="submit" class=if off { "button button-secondary" } else { "button" }>
                                            {if off { t("unsubscribe-again") } else { t("unsubscribe-stop") }}
                                        </button>
                                    </form>
                                    <p><a href="/profile/messages">{t("unsubscribe-all")}</a></p>
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
