//! `/community/library` (links and files for the whole community, found by words and area),
//! `/community/library/new` (a member adds one: a multipart form, with a file or a link) and
//! `/community/library/{id}` (one item; the team features, edits or removes it, an author
//! removes their own).

use super::super::api::{
    EditLibraryItem, FeatureLibraryItem, RemoveLibraryItem, get_library_item, list_library,
};
use crate::i18n::{Arg, around, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, PostedForm, RequestKey, TextArea, kept, kept_box,
    kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::FieldErrors;
use shared::library::{ADD_PATH, FileInfo, Item, ItemPage, LibraryFilter, LibraryForm};
use shared::programme::ObjectiveArea;

fn filter_of_query() -> LibraryFilter {
    use_query_map().with_untracked(|q| LibraryFilter {
        q: q.get("q").unwrap_or_default(),
        area: q.get("area").unwrap_or_default(),
    })
}

/// "PDF, 120 KB".
fn file_label(f: &FileInfo) -> String {
    tr(
        "library-file-label",
        &[
            ("kind", t(&format!("library-kind-{}", f.kind.code())).into()),
            ("kb", ((f.size_bytes + 1023) / 1024).into()),
        ],
    )
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            query.track();
            filter_of_query()
        },
        list_library,
    );
    let removed = move || query.with(|q| q.get("removed").is_some());
    let f = filter_of_query();
    let filtered = !(f.q.trim().is_empty() && f.area.trim().is_empty());
    view! {
        <Title text=t("library-title")/>
        {move || removed().then(|| view! { <p class="notice notice-success" role="status">{t("library-removed")}</p> })}
        <h1>{t("library-heading")}</h1>
        <p class="lead">{t("library-lead")}</p>
        <p><a class="button" href=ADD_PATH>{t("library-add-link")}</a></p>
        <form method="get" action="/community/library" class="filters" role="search" aria-label=t("library-search")>
            <div class="field">
                <label for="library-q">{t("library-words")}</label>
                <input id="library-q" name="q" type="search" value=f.q.clone()/>
            </div>
            <div class="field">
                <label for="library-area">{t("library-area")}</label>
                <select id="library-area" name="area">
                    <option value="">{t("directory-any")}</option>
                    {ObjectiveArea::ALL.iter().map(|a| {
                        let selected = f.area == a.code();
                        view! { <option value=a.code() selected=selected>{t(&format!("area-short-{}", a.code()))}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="button-row">
                <button type="submit" class="button button-secondary">{t("library-find")}</button>
                {filtered.then(|| view! { <a href="/community/library">{t("directory-clear")}</a> })}
            </div>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) if page.total == 0 => view! { <p class="empty">{t("library-empty")}</p> }.into_any(),
                    Ok(page) if page.items.is_empty() => {
                        let (before, after) = around("library-none-match", &[], "link");
                        view! { <p class="empty">{before}<a href="/community/library">{t("directory-clear")}</a>{after}</p> }.into_any()
                    }
                    Ok(page) => view! {
                        <p class="hint" role="status">{tr("library-count", &[("shown", page.items.len().into()), ("matching", page.matching.into()), ("total", page.total.into())])}</p>
                        <ul class="event-list">
                            {page.items.into_iter().map(|item| view! { <li><ItemCard item link=true/></li> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

/// One item: what it is, where it leads, whom it is for.
#[component]
fn ItemCard(item: Item, link: bool) -> impl IntoView {
    let heading = format!("item-{}-title", item.id);
    let labelled = heading.clone();
    let href = format!("/community/library/{}", item.id);
    let file_href = format!("/community/library/{}/file", item.id);
    let by = if item.added_by.is_empty() {
        t("library-by-former")
    } else {
        item.added_by.clone()
    };
    view! {
        <article class="card event" aria-labelledby=labelled>
            <p class="hint">
                {item.featured.then(|| view! { <span class="tag tag-green">{t("library-featured")}</span>" " })}
                {item.areas.iter().map(|a| t(&format!("area-short-{}", a.code()))).collect::<Vec<_>>().join(" · ")}
            </p>
            <h2 id=heading>{if link { view! { <a href=href>{item.title.clone()}</a> }.into_any() } else { view! { {item.title.clone()} }.into_any() }}</h2>
            {(!item.summary.is_empty()).then(|| view! { <p class="pre-line">{item.summary.clone()}</p> })}
            <p>
                {item.file.as_ref().map(|f| view! { <a href=file_href.clone()>{tr("library-open-file", &[("file", file_label(f).into())])}</a> })}
                {(item.file.is_some() && item.url.is_some()).then_some(" · ")}
                {item.url.clone().map(|u| view! { <a href=u.clone() rel="noopener noreferrer nofollow" target="_blank">{t("library-open-link")}</a>" "<span class="hint break-anywhere">{u}</span> })}
            </p>
            {(!item.tags.is_empty()).then(|| view! {
                <p class="hint">{t("library-tags")}": "{item.tags.iter().map(|tag| view! { <span class="tag">{tag.clone()}</span>" " }).collect_view()}</p>
            })}
            <p class="hint">{tr("library-added-by", &[("who", by.into()), ("day", Arg::Day(item.added_on.clone()))])}</p>
        </article>
    }
}

/// The add form's errors: those of its failed post, while its page renders for it.
fn add_errors() -> Signal<FieldErrors> {
    Signal::stored(
        use_context::<PostedForm>()
            .filter(|p| p.action == ADD_PATH)
            .map(|p| p.error.field_errors())
            .unwrap_or_default(),
    )
}

/// A box per objective area, ticked as stored (or as sent, when the form came back).
fn area_boxes(stored: &LibraryForm, errors: Signal<FieldErrors>) -> impl IntoView + use<> {
    let ticked = stored.areas();
    let error = move || errors.with(|e| e.first("areas").map(str::to_owned));
    view! {
        <fieldset class="field" class:field-error=move || error().is_some()>
            <legend id="areas">{t("library-areas")}</legend>
            <p class="hint">{t("library-areas-hint")}</p>
            {move || error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m}</p> })}
            {ObjectiveArea::ALL.iter().map(|a| {
                let key = format!("area_{}", a.code());
                let id = format!("area-{}", a.code());
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=id.clone() name=format!("form[{key}]") value="on" checked=kept_box(&key, ticked.contains(a))/>
                        <label for=id>{t(&format!("area-{}", a.code()))}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The add form, for members of the programme (a visitor is sent to sign in).
#[component]
pub fn AddLibraryItemPage() -> impl IntoView {
    let user = use_context::<crate::ui::UserResource>();
    view! {
        <Title text=t("library-add-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let me = match user {
                    Some(r) => r.await,
                    None => Ok(None),
                };
                match me {
                    Ok(Some(u)) if shared::Role::ALL.iter().any(|r| u.has(*r)) => view! { <AddForm/> }.into_any(),
                    Ok(Some(_)) => page_error(crate::error::AppError::Forbidden),
                    Ok(None) => page_error(crate::error::AppError::Unauthenticated),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AddForm() -> impl IntoView {
    let errors = add_errors();
    let chosen = kept("__file");
    let file_error = move || errors.with(|e| e.first("file").map(str::to_owned));
    view! {
        <div class="narrow">
            <p><a href="/community/library">{t("library-back")}</a></p>
            <h1>{t("library-add-heading")}</h1>
            <p class="lead">{t("library-add-lead")}</p>
            <ErrorSummary errors/>
            <form method="post" action=ADD_PATH enctype="multipart/form-data" class="form" novalidate>
                <RequestKey/>
                <Field label=t("library-title-field") name="title" value=kept("title") errors/>
                <TextArea label=t("library-summary") name="summary" value=kept("summary") hint=t("library-summary-hint") rows=4 errors/>
                <Field label=t("library-url") name="url" kind="url" value=kept("url") hint=t("library-url-hint") errors/>
                <div class="field" class:field-error=move || file_error().is_some()>
                    <label for="file">{t("library-file")}</label>
                    <p class="hint" id="file-hint">{t("library-file-hint")}</p>
                    {(!chosen.is_empty()).then(|| view! { <p class="notice notice-info">{tr("library-file-again", &[("name", chosen.clone().into())])}</p> })}
                    {move || file_error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m}</p> })}
                    <input id="file" name="file" type="file" accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" aria-describedby="file-hint"/>
                </div>
                {area_boxes(&LibraryForm::default(), errors)}
                <Field label=t("library-tags-field") name="tags" value=kept("tags") hint=t("library-tags-hint") errors/>
                <button type="submit" class="button">{t("library-add-button")}</button>
            </form>
        </div>
    }
}

#[component]
pub fn LibraryItemPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let data = Resource::new(id, get_library_item);
    let notice = move || {
        query.with(|q| {
            ["added", "shared", "edited"]
                .into_iter()
                .find(|k| q.get(k).is_some())
                .map(|k| view! { <p class="notice notice-success" role="status">{t(&format!("library-{k}"))}</p> })
        })
    };
    view! {
        <Title text=t("library-item-title")/>
        <p><a href="/community/library">{t("library-back")}</a></p>
        {notice}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <ItemDetail page/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ItemDetail(page: ItemPage) -> impl IntoView {
    let edit = Form::<EditLibraryItem>::new();
    let feature = Form::<FeatureLibraryItem>::new();
    let remove = Form::<RemoveLibraryItem>::new();
    let errors = edit.errors();
    let id = page.item.id;
    let featured = page.item.featured;
    let f = page.form.clone();
    view! {
        <Title text=page.item.title.clone()/>
        <ItemCard item=page.item.clone() link=false/>
        {page.can_moderate.then(|| view! {
            <section aria-labelledby="library-team" class="card">
                <h2 id="library-team">{t("library-team-heading")}</h2>
                <PostForm to=feature.url() class="inline-form">
                    <input type="hidden" name="id" value=id/>
                    <input type="hidden" name="feature" value=if featured { "" } else { "on" }/>
                    <button type="submit" class="button button-secondary">{t(if featured { "library-unfeature" } else { "library-feature" })}</button>
                </PostForm>
                <details open=move || errors.with(|e| !e.is_empty())>
                    <summary>{t("library-edit")}</summary>
                    <ErrorSummary errors/>
                    <PostForm to=edit.url() novalidate=true class="form">
                        <input type="hidden" name="form[id]" value=id/>
                        <Field label=t("library-title-field") name="title" value=kept_or("title", &f.title) errors/>
                        <TextArea label=t("library-summary") name="summary" value=kept_or("summary", &f.summary) rows=4 errors/>
                        <Field label=t("library-url") name="url" kind="url" value=kept_or("url", &f.url) hint=t("library-url-hint") errors/>
                        {area_boxes(&f, errors)}
                        <Field label=t("library-tags-field") name="tags" value=kept_or("tags", &f.tags) hint=t("library-tags-hint") errors/>
                        <button type="submit" class="button">{t("library-save")}</button>
                    </PostForm>
                </details>
            </section>
        })}
        {page.can_remove.then(|| view! {
            <details class="card">
                <summary>{t("library-remove")}</summary>
                <p>{t("library-remove-text")}</p>
                <PostForm to=remove.url() class="inline-form">
                    <input type="hidden" name="id" value=id/>
                    <button type="submit" class="button button-danger">{t("library-remove-yes")}</button>
                </PostForm>
            </details>
        })}
    }
}
