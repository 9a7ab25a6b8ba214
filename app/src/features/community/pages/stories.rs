//! `/community/stories` (what pairs chose to share: successes and difficulties, named or
//! anonymous) and `/partnerships/{id}/journal/{entry}/story` (an author turns one of their
//! journal entries into a story: they may edit the copy and choose how it is signed).

use super::super::api::{HideStory, ShareStory, WithdrawStory, get_story_draft, list_stories};
use crate::i18n::{Arg, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, TextArea, kept_or, page_error, radios,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::story::{ShownAs, StoryDraft, StoryKind, StoryView};

fn area_name(code: &str) -> String {
    t(&format!("area-{code}"))
}

/// Where an anonymous story comes from: its area and cohort only.
fn origin(s: &StoryView) -> String {
    tr(
        "story-origin",
        &[
            ("area", area_name(&s.area_code).into()),
            ("cohort", s.cohort.clone().into()),
        ],
    )
}

#[component]
pub fn StoriesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_stories());
    let query = use_query_map();
    let shared = move || query.with(|q| q.get("shared").is_some());
    let withdrawn = move || query.with(|q| q.get("withdrawn").is_some());
    view! {
        <Title text=t("stories-title")/>
        {move || shared().then(|| view! { <p class="notice notice-success" role="status">{t("stories-shared")}</p> })}
        {move || withdrawn().then(|| view! { <p class="notice notice-success" role="status">{t("stories-withdrawn")}</p> })}
        <h1>{t("stories-heading")}</h1>
        <p class="lead">{t("stories-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) if page.stories.is_empty() => view! { <p class="empty">{t("stories-empty")}</p> }.into_any(),
                    Ok(page) => {
                        let moderate = page.can_moderate;
                        view! {
                            <ul class="event-list">
                                {page.stories.into_iter().map(|s| view! { <li><StoryItem s moderate/></li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StoryItem(s: StoryView, moderate: bool) -> impl IntoView {
    let withdraw = Form::<WithdrawStory>::new();
    let hide = Form::<HideStory>::new();
    let id = s.id;
    let anchor = format!("story-{id}");
    let heading = format!("story-{id}-title");
    let labelled = heading.clone();
    if s.hidden && s.title.is_empty() {
        return view! {
            <article class="card event story" id=anchor>
                <p class="hint">{t("story-hidden")}</p>
            </article>
        }
        .into_any();
    }
    let byline = match (&s.author, s.anonymous) {
        (Some(name), true) => tr("story-by-anonymous-known", &[("name", name.clone().into())]),
        (Some(name), false) => tr("story-by", &[("name", name.clone().into())]),
        (None, _) => t("story-by-anonymous"),
    };
    view! {
        <article class="card event story" id=anchor aria-labelledby=labelled>
            <p class="hint">
                <span class=if s.kind == StoryKind::Success { "tag tag-green" } else { "tag tag-amber" }>{t(&format!("story-kind-{}", s.kind.code()))}</span>
                " "{origin(&s)}
            </p>
            <h2 id=heading>{s.title.clone()}</h2>
            <p class="hint">{byline}" · "{tr("story-shared-on", &[("day", Arg::Day(s.shared_on.clone()))])}</p>
            {s.hidden.then(|| view! { <p class="notice notice-warning">{t("story-hidden-team")}</p> })}
            <p class="pre-line">{s.body.clone()}</p>
            {(s.mine || moderate).then(|| view! {
                <div class="button-row">
                    {s.mine.then(|| view! {
                        <PostForm to=withdraw.url() class="inline-form">
                            <input type="hidden" name="id" value=id/>
                            <button type="submit" class="button button-secondary button-small">{t("story-withdraw")}</button>
                        </PostForm>
                    })}
                    {moderate.then(|| view! {
                        <PostForm to=hide.url() class="inline-form">
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="hide" value=if s.hidden { "" } else { "on" }/>
                            <button type="submit" class="button button-secondary button-small">{t(if s.hidden { "story-unhide" } else { "story-hide" })}</button>
                        </PostForm>
                    })}
                </div>
            })}
        </article>
    }
    .into_any()
}

#[component]
pub fn ShareStoryPage() -> impl IntoView {
    let params = use_params_map();
    let ids = move || {
        params.with(|p| {
            let n = |k: &str| p.get(k).and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
            (n("id"), n("entry"))
        })
    };
    let data = Resource::new(ids, |(pid, entry)| get_story_draft(pid, entry));
    view! {
        <Title text=t("story-share-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(draft) => view! { <ShareForm draft/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ShareForm(draft: StoryDraft) -> impl IntoView {
    let action = Form::<ShareStory>::new();
    let errors = action.errors();
    let f = draft.form.clone();
    let back = format!("/partnerships/{}/journal", f.partnership_id);
    if let Some(id) = draft.shared_as {
        return view! {
            <div class="narrow">
                <p><a href=back>{t("story-back")}</a></p>
                <h1>{t("story-share-heading")}</h1>
                <p class="notice notice-info">{t("story-already")}" "<a href=format!("/community/stories#story-{id}")>{t("story-see")}</a></p>
            </div>
        }
        .into_any();
    }
    let kinds = StoryKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), t(&format!("story-kind-{}", k.code()))))
        .collect::<Vec<_>>();
    let origin = tr(
        "story-origin",
        &[
            ("area", area_name(&draft.area_code).into()),
            ("cohort", draft.cohort.clone().into()),
        ],
    );
    let shown = ShownAs::ALL
        .iter()
        .map(|s| {
            let label = match s {
                ShownAs::Name => t("story-shown-name"),
                ShownAs::Anonymous => tr(
                    "story-shown-anonymous",
                    &[("origin", origin.clone().into())],
                ),
            };
            (s.code().to_owned(), label)
        })
        .collect::<Vec<_>>();
    view! {
        <div class="narrow">
            <p><a href=back>{t("story-back")}</a></p>
            <h1>{t("story-share-heading")}</h1>
            <p class="lead">{t("story-share-lead")}</p>
            <p class="notice notice-info">{tr("story-share-other", &[("name", draft.other_name.clone().into())])}</p>
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <input type="hidden" name="form[partnership_id]" value=f.partnership_id/>
                <input type="hidden" name="form[entry_id]" value=f.entry_id/>
                {radios("kind", t("story-kind"), String::new(), kinds, kept_or("kind", &f.kind), errors)}
                <Field label=t("story-title-field") name="title" value=kept_or("title", &f.title) hint=t("story-title-hint") errors/>
                <TextArea label=t("story-body") name="body" value=kept_or("body", &f.body) rows=8 errors hint=t("story-body-hint")/>
                {radios("shown_as", t("story-shown"), t("story-shown-hint"), shown, kept_or("shown_as", &f.shown_as), errors)}
                <button type="submit" class="button">{t("story-share-button")}</button>
            </PostForm>
        </div>
    }
    .into_any()
}
