//! `/search?q=...`: one box over the community's library, stories and directory.

use super::super::api::search_community;
use crate::i18n::{t, tr};
use crate::ui::{Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::search::Hit;

/// The search box (on this page and on `/community`).
#[component]
pub fn SearchBox(#[prop(into)] value: String) -> impl IntoView {
    view! {
        <form method="get" action="/search" class="filters search-box" role="search" aria-label=t("search-heading")>
            <div class="field">
                <label for="search-q">{t("search-label")}</label>
                <input id="search-q" name="q" type="search" value=value/>
            </div>
            <div class="button-row">
                <button type="submit" class="button">{t("search-button")}</button>
            </div>
        </form>
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.with(|q| q.get("q").unwrap_or_default());
    let data = Resource::new(q, search_community);
    view! {
        <Title text=t("search-title")/>
        <h1>{t("search-heading")}</h1>
        <SearchBox value=q()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) if page.words.is_empty() => view! { <p class="empty">{t("search-nothing-asked")}</p> }.into_any(),
                    Ok(page) if page.is_empty() => view! {
                        <p class="empty" role="status">{tr("search-none", &[("words", page.words.clone().into())])}</p>
                    }.into_any(),
                    Ok(page) => view! {
                        <p class="hint" role="status">{tr("search-found", &[("words", page.words.clone().into()), ("count", (page.library.len() + page.stories.len() + page.discussions.len() + page.people.len()).into())])}</p>
                        <Hits id="search-library" heading=t("library-heading") hits=page.library/>
                        <Hits id="search-stories" heading=t("stories-heading") hits=page.stories/>
                        <Hits id="search-discussions" heading=t("search-discussions") hits=page.discussions/>
                        <Hits id="search-people" heading=t("directory-heading") hits=page.people/>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

/// One kind's hits, under its heading (nothing when it found none).
#[component]
fn Hits(id: &'static str, heading: String, hits: Vec<Hit>) -> impl IntoView {
    (!hits.is_empty()).then(|| {
        view! {
            <section aria-labelledby=id>
                <h2 id=id>{heading}" "<span class="hint">{tr("search-count", &[("count", hits.len().into())])}</span></h2>
                <ul class="plain-list search-hits">
                    {hits.into_iter().map(|h| view! {
                        <li>
                            <a href=h.href.clone()>{h.title.clone()}</a>
                            {(!h.context.is_empty()).then(|| view! { <span class="hint">" · "{h.context.clone()}</span> })}
                            {(!h.snippet.is_empty()).then(|| view! { <p>{h.snippet.clone()}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
