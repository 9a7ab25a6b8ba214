//! `/community/discussions` (threads by space, and a form to start one) and
//! `/community/discussions/{id}` (a thread: its posts, live for its readers, a reply form; the
//! author's edit within the hour; the team's hide and lock).

use super::super::api::{
    EditPost, HidePost, LockThread, ReplyThread, StartThread, get_thread, list_discussions,
};
use crate::i18n::{t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, LiveRegion, Loading, PostForm, PostedForm, RequestKey, TextArea,
    TextBox, kept, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::discussion::{PostView, Space, ThreadPage, ThreadSummary};
use shared::markup::{Block, Inline};

fn space_name(s: Space) -> String {
    t(&format!("space-{}", s.code()))
}

/// The safe text format as elements: nothing in it is ever read as HTML.
fn runs(runs: &[Inline]) -> impl IntoView + use<> {
    runs.iter()
        .map(|r| match r {
            Inline::Text(x) => view! { {x.clone()} }.into_any(),
            Inline::Emphasis(x) => view! { <em>{x.clone()}</em> }.into_any(),
            Inline::Strong(x) => view! { <strong>{x.clone()}</strong> }.into_any(),
            Inline::Link { text, href } => view! {
                <a href=href.clone() rel="noopener noreferrer nofollow ugc" target="_blank">{text.clone()}</a>
            }
            .into_any(),
        })
        .collect_view()
}

fn blocks(blocks: &[Block]) -> impl IntoView + use<> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(r) => view! { <p>{runs(r)}</p> }.into_any(),
            Block::Bullets(items) => view! { <ul>{items.iter().map(|i| view! { <li>{runs(i)}</li> }).collect_view()}</ul> }.into_any(),
            Block::Numbered(items) => view! { <ol>{items.iter().map(|i| view! { <li>{runs(i)}</li> }).collect_view()}</ol> }.into_any(),
        })
        .collect_view()
}

/// How to write: the format's few marks.
fn format_hint() -> String {
    t("discussion-format-hint")
}

#[component]
pub fn DiscussionsPage() -> impl IntoView {
    let query = use_query_map();
    let space = move || query.with(|q| q.get("space").unwrap_or_default());
    let data = Resource::new(space, list_discussions);
    let start = Form::<StartThread>::new();
    let errors = start.errors();
    view! {
        <Title text=t("discussions-title")/>
        <h1>{t("discussions-heading")}</h1>
        <p class="lead">{t("discussions-lead")}</p>
        <nav aria-label=t("discussions-spaces")>
            <ul class="community-sections">
                <li><a href="/community/discussions" aria-current=move || space().is_empty().then_some("page")>{t("discussions-all")}</a></li>
                {Space::ALL.iter().map(|s| {
                    let code = s.code();
                    view! { <li><a href=format!("/community/discussions?space={code}") aria-current=move || (space() == code).then_some("page")>{space_name(*s)}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) if page.threads.is_empty() => view! { <p class="empty">{t("discussions-empty")}</p> }.into_any(),
                    Ok(page) => view! {
                        <ul class="event-list">
                            {page.threads.into_iter().map(|th| view! { <li><ThreadRow th/></li> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
        <section class="card" aria-labelledby="start-thread">
            <h2 id="start-thread">{t("discussions-start")}</h2>
            <ErrorSummary errors/>
            <PostForm to=start.url() novalidate=true class="form">
                <RequestKey/>
                <div class="field" class:field-error=move || errors.with(|e| e.first("space").is_some())>
                    <label for="space">{t("discussions-space")}</label>
                    {move || errors.with(|e| e.first("space").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                    <select id="space" name="form[space]">
                        {Space::ALL.iter().map(|s| {
                            let chosen = kept_or("space", &space());
                            view! { <option value=s.code() selected=chosen == s.code()>{space_name(*s)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <Field label=t("discussions-title-field") name="title" value=kept("title") errors/>
                <TextArea label=t("discussions-body") name="body" value=kept("body") hint=format_hint() rows=6 errors/>
                <button type="submit" class="button">{t("discussions-start-button")}</button>
            </PostForm>
        </section>
    }
}

#[component]
fn ThreadRow(th: ThreadSummary) -> impl IntoView {
    view! {
        <article class="card event">
            <p class="hint">
                {space_name(th.space)}
                {th.locked.then(|| view! { " "<span class="tag">{t("discussion-locked")}</span> })}
            </p>
            <h2><a href=format!("/community/discussions/{}", th.id)>{th.title.clone()}</a></h2>
            <p class="hint">{tr("discussions-row", &[("who", th.author.clone().into()), ("count", th.replies.into()), ("when", th.last_at.clone().into())])}</p>
        </article>
    }
}

#[component]
pub fn ThreadPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, get_thread);
    view! {
        <Title text=t("discussion-title")/>
        <p><a href="/community/discussions">{t("discussion-back")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Thread page/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Thread(page: ThreadPage) -> impl IntoView {
    let reply = Form::<ReplyThread>::new();
    let lock = Form::<LockThread>::new();
    let errors = reply.errors();
    let id = page.id;
    let moderate = page.can_moderate;
    let locked = page.locked;
    // Only a failed reply's text comes back into the reply box.
    let typed = use_context::<PostedForm>()
        .filter(|p| p.action == reply.url())
        .and_then(|p| p.value("body").map(str::to_owned))
        .unwrap_or_default();
    view! {
        <Title text=page.title.clone()/>
        <p class="hint">{space_name(page.space)}{locked.then(|| view! { " "<span class="tag">{t("discussion-locked")}</span> })}</p>
        <h1>{page.title.clone()}</h1>
        <LiveRegion>
            <div data-thread=id>
                <ol class="posts" aria-label=t("discussion-posts")>
                    {page.posts.into_iter().map(|p| view! { <li><Post p moderate locked/></li> }).collect_view()}
                </ol>
            </div>
        </LiveRegion>
        {if locked {
            view! { <p class="notice notice-info">{t("discussion-locked-notice")}</p> }.into_any()
        } else {
            view! {
                <section class="card" aria-labelledby="reply">
                    <h2 id="reply">{t("discussion-reply")}</h2>
                    <ErrorSummary errors/>
                    <PostForm to=reply.url() novalidate=true class="form">
                        <RequestKey/>
                        <input type="hidden" name="form[thread_id]" value=id/>
                        <TextArea label=t("discussion-reply-body") name="body" value=typed hint=format_hint() rows=5 errors/>
                        <button type="submit" class="button">{t("discussion-reply-button")}</button>
                    </PostForm>
                </section>
            }.into_any()
        }}
        {moderate.then(|| view! {
            <PostForm to=lock.url() class="inline-form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="lock" value=if locked { "" } else { "on" }/>
                <button type="submit" class="button button-secondary">{t(if locked { "discussion-unlock" } else { "discussion-lock" })}</button>
            </PostForm>
        })}
    }
}

#[component]
fn Post(p: PostView, moderate: bool, locked: bool) -> impl IntoView {
    let edit = Form::<EditPost>::new();
    let hide = Form::<HidePost>::new();
    let id = p.id;
    let field = format!("edit-{id}");
    let hidden_to_me = p.hidden && p.blocks.is_empty();
    view! {
        <article class="card post" id=format!("post-{id}")>
            <p class="hint"><strong>{if p.author.is_empty() { t("library-by-former") } else { p.author.clone() }}</strong>" · "{p.at.clone()}{p.edited.then(|| format!(" · {}", t("discussion-edited")))}</p>
            {if hidden_to_me {
                view! { <p class="hint">{t("discussion-hidden")}</p> }.into_any()
            } else {
                view! {
                    {p.hidden.then(|| view! { <p class="notice notice-warning">{t("discussion-hidden-team")}</p> })}
                    <div class="post-body">{blocks(&p.blocks)}</div>
                }.into_any()
            }}
            {(!locked).then(|| p.editable.clone()).flatten().map(|source| view! {
                <details>
                    <summary>{t("discussion-edit")}</summary>
                    <PostForm to=edit.url() class="form">
                        <input type="hidden" name="form[post_id]" value=id/>
                        <div class="field">
                            <label for=field.clone()>{t("discussion-edit-body")}</label>
                            <p class="hint">{t("discussion-edit-hint")}</p>
                            <TextBox id=field.clone() name="form[body]" rows=5 value=source/>
                        </div>
                        <button type="submit" class="button button-secondary">{t("discussion-save")}</button>
                    </PostForm>
                </details>
            })}
            {moderate.then(|| view! {
                <PostForm to=hide.url() class="inline-form">
                    <input type="hidden" name="id" value=id/>
                    <input type="hidden" name="hide" value=if p.hidden { "" } else { "on" }/>
                    <button type="submit" class="button button-secondary button-small">{t(if p.hidden { "discussion-unhide" } else { "discussion-hide" })}</button>
                </PostForm>
            })}
        </article>
    }
}
