//! One app in the browser. Pages are server-rendered (islands); with JavaScript, a link or a
//! form inside Tandem fetches the next page and swaps it into the document instead of loading
//! it afresh, so the live connection, the downloaded WASM and anything on `window` stay.
//!
//! - **Links**: the address bar and history follow; a new page starts at the top, back and
//!   forward restore where the reader was; focus moves to the page's `h1`.
//! - **Forms**: sent with `fetch` as the browser would send them (the pressed button included,
//!   multipart kept multipart), the pressed button shows that it is busy and the form cannot be
//!   sent twice. A success answers with the next page (303), a failure with the form's page
//!   again (422 and the like): its error summary takes focus, what was typed is in place.
//! - **Anything unexpected** (no network, an answer that is not a Tandem page, a new version
//!   of the site) falls back to what the browser would have done without JavaScript.
//!
//! Elements marked `data-persist="name"` (the live indicator, this very island) are carried
//! over to the next page when it has one of the same name; new islands are hydrated.

use super::all;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, HtmlFormElement, Url};

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
    /// The latest navigation: an answer to an older one is dropped.
    static LATEST: Cell<u32> = const { Cell::new(0) };
}

/// Where the page goes in the history, and where it scrolls to.
#[derive(Clone, Copy, PartialEq)]
enum Entry {
    /// A new page: a new history entry, scrolled to the top (or to the address's `#part`).
    Push,
    /// Back or forward: the entry is there already; scroll to where the reader left it.
    Restore(f64),
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Installs the listeners once per document load (called by the `Enhance` island).
pub fn install() {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    if let Some(root) = document.document_element() {
        for island in all(&root, "leptos-island") {
            let _ = island.set_attribute("data-hydrated", "");
        }
    }
    listen(&document, "click", |e| {
        if let Ok(click) = e.dyn_into::<web_sys::MouseEvent>() {
            on_click(&click);
        }
    });
    listen(&document, "submit", |e| {
        if let Ok(submit) = e.dyn_into::<web_sys::SubmitEvent>() {
            on_submit(&submit);
        }
    });
    listen(&window, "popstate", |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let y = window
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|s| js_sys::Reflect::get(&s, &"y".into()).ok())
            .and_then(|y| y.as_f64())
            .unwrap_or(0.0);
        if let Ok(href) = window.location().href() {
            wasm_bindgen_futures::spawn_local(go(href, Entry::Restore(y)));
        }
    });
}

fn listen(
    target: &web_sys::EventTarget,
    name: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The address of `href` when it is a Tandem page this navigation should fetch.
fn page_url(href: &str) -> Option<Url> {
    let location = web_sys::window()?.location();
    let url = Url::new_with_base(href, &location.href().ok()?).ok()?;
    if url.origin() != location.origin().ok()? {
        return None;
    }
    let path = url.pathname();
    let file = path.rsplit('/').next().unwrap_or_default().contains('.');
    let not_a_page = ["/api/", "/events", "/pkg/"]
        .iter()
        .any(|p| path.starts_with(p));
    (!file && !not_a_page).then_some(url)
}

fn on_click(click: &web_sys::MouseEvent) {
    if click.default_prevented()
        || click.button() != 0
        || click.meta_key()
        || click.ctrl_key()
        || click.shift_key()
        || click.alt_key()
    {
        return;
    }
    let Some(anchor) = click
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let external = anchor
        .get_attribute("rel")
        .is_some_and(|r| r.split_whitespace().any(|w| w == "external"));
    let target = anchor.get_attribute("target").unwrap_or_default();
    if external || anchor.has_attribute("download") || !(target.is_empty() || target == "_self") {
        return;
    }
    let Some(url) = anchor.get_attribute("href").and_then(|h| page_url(&h)) else {
        return;
    };
    // A jump within this page is the browser's.
    if let Some(location) = web_sys::window().map(|w| w.location())
        && !url.hash().is_empty()
        && location.pathname().ok() == Some(url.pathname())
        && location.search().ok() == Some(url.search())
    {
        return;
    }
    click.prevent_default();
    wasm_bindgen_futures::spawn_local(go(url.href(), Entry::Push));
}

/// Fetches a page and shows it; if that fails, the browser loads it.
async fn go(href: String, entry: Entry) {
    let n = LATEST.with(|l| l.get() + 1);
    LATEST.with(|l| l.set(n));
    if entry == Entry::Push {
        remember_scroll();
    }
    let answer = fetch_page(&href, None).await;
    if LATEST.with(Cell::get) != n {
        return;
    }
    let shown = answer.and_then(|page| swap(&page.html).map(|()| page.url));
    let Some(url) = shown else {
        return full_load(&href, entry);
    };
    match entry {
        Entry::Push => {
            record(&url);
            scroll_to_start(&url);
        }
        Entry::Restore(y) => {
            focus("main h1");
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, y);
            }
        }
    }
}

fn full_load(href: &str, entry: Entry) {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = match entry {
            Entry::Push => location.assign(href),
            Entry::Restore(_) => location.reload(),
        };
    }
}

/// Keeps the reader's place in the current history entry, for back.
fn remember_scroll() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &state,
        &"y".into(),
        &window.scroll_y().unwrap_or(0.0).into(),
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state(&state, "");
    }
}

/// A new history entry for `url`, unless it is the page already shown.
fn record(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"y".into(), &0.0.into());
    if window.location().href().ok().as_deref() == Some(url) {
        let _ = history.replace_state_with_url(&state, "", Some(url));
    } else {
        let _ = history.push_state_with_url(&state, "", Some(url));
    }
}

/// A new page starts at its top (or at the part its address names), with focus on its `h1`.
fn scroll_to_start(url: &str) {
    let hash = Url::new(url).map(|u| u.hash()).unwrap_or_default();
    let part = hash
        .strip_prefix('#')
        .filter(|h| !h.is_empty())
        .and_then(|id| document()?.get_element_by_id(id));
    match part {
        Some(part) => part.scroll_into_view(),
        None => {
            focus("main h1");
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    }
}

/// Moves focus to the first element matching `selector`, making it focusable if need be.
fn focus(selector: &str) -> bool {
    let Some(element) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element.focus_with_options(&options).is_ok()
}

/// An answer that is an HTML page.
struct Page {
    /// The final address, after redirects.
    url: String,
    redirected: bool,
    html: String,
}

/// GETs (or sends `init`) to `href` asking for HTML; `None` when the answer is not a page.
async fn fetch_page(href: &str, init: Option<web_sys::RequestInit>) -> Option<Page> {
    let window = web_sys::window()?;
    let init = init.unwrap_or_default();
    let headers = web_sys::Headers::new().ok()?;
    headers.set("accept", "text/html").ok()?;
    init.set_headers(&headers);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(href, &init))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let is_html = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.starts_with("text/html"));
    if !is_html {
        return None;
    }
    let html = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    Some(Page {
        url: response.url(),
        redirected: response.redirected(),
        html,
    })
}

/// The stylesheet and script a page loads: another set means another version of Tandem.
fn assets(document: &Document) -> Vec<String> {
    document
        .document_element()
        .map(|root| {
            all(
                &root,
                "head link[rel=stylesheet], head link[rel=modulepreload]",
            )
            .iter()
            .filter_map(|l| l.get_attribute("href"))
            .collect()
        })
        .unwrap_or_default()
}

/// Puts the page `html` in place of the current one. `None` (nothing changed) when it is not
/// a Tandem page of this version.
fn swap(html: &str) -> Option<()> {
    let document = document()?;
    let fresh = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .ok()?;
    fresh.query_selector("main#content").ok()??;
    if assets(&fresh) != assets(&document) {
        return None;
    }
    let body = document.body()?;
    let new_body = fresh.body()?;
    for kept in all(&new_body, "[data-persist]") {
        let name = kept.get_attribute("data-persist").unwrap_or_default();
        if let Ok(Some(old)) = body.query_selector(&format!("[data-persist=\"{name}\"]")) {
            kept.replace_with_with_node_1(&old).ok()?;
        }
    }
    let fragment = document.create_document_fragment();
    while let Some(child) = new_body.first_child() {
        fragment.append_child(&child).ok()?;
    }
    super::stop_timers();
    body.replace_children_with_node_1(&fragment);
    document.set_title(&fresh.title());
    if let (Some(root), Some(lang)) = (
        document.document_element(),
        fresh
            .document_element()
            .and_then(|r| r.get_attribute("lang")),
    ) {
        let _ = root.set_attribute("lang", &lang);
    }
    hydrate_new_islands(&body);
    crate::live::page_changed(
        body.query_selector("[data-persist=\"live\"]")
            .ok()
            .flatten()
            .is_some(),
    );
    super::enhance(&body);
    Some(())
}

/// Hydrates the islands that came with a new page, as Leptos's island script does on a load.
fn hydrate_new_islands(root: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(hydrate) = js_sys::Reflect::get(&window, &"__hydrateIsland".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    for island in all(root, "leptos-island:not([data-hydrated])") {
        let _ = island.set_attribute("data-hydrated", "");
        let name = island.get_attribute("data-component").unwrap_or_default();
        let _ = hydrate.call2(&JsValue::NULL, &island, &name.into());
    }
}

mod forms;
use forms::on_submit;
