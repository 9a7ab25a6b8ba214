//! Live updates in the browser. Pages are server-rendered HTML (islands): this island opens one
//! `EventSource` on `/events`, reconnects with backoff (gloo-timers), and after each change or
//! reconnect (something may have been missed) fetches the page again and swaps in the fresh
//! copy of each live region (`data-live`). A region with unsaved input is left alone and the
//! header offers to show the latest instead, so nobody loses what they were typing. Without
//! JavaScript, or with the connection down, pages are simply as rendered.
//!
//! The indicator is carried over from page to page (`browser::nav`), so one connection serves
//! the whole visit; it closes when a page without it (after signing out) comes in.

use leptos::prelude::*;

/// Whether the connection is up (`None` until the browser has tried), and whether a change
/// could not be shown because of unsaved input.
#[derive(Clone, Copy)]
struct Live {
    connected: RwSignal<Option<bool>>,
    held_back: RwSignal<bool>,
}

/// Opens the connection (signed-in pages only) and shows whether it is up.
#[island]
pub fn LiveIndicator() -> impl IntoView {
    let live = Live {
        connected: RwSignal::new(None),
        held_back: RwSignal::new(false),
    };
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            CURRENT.with(|c| c.set(Some(live)));
            connect(live, 0);
        }
    });
    move || {
        if live.held_back.get() {
            return Some(
                view! { <a class="live live-held" href="">"● Changed: show the latest"</a> }
                    .into_any(),
            );
        }
        live.connected.get().map(|up| {
            if up {
                view! { <span class="live live-up" role="status">"● Live"</span> }.into_any()
            } else {
                view! { <span class="live live-down" role="status">"○ Reconnecting…"</span> }
                    .into_any()
            }
        })
    }
}

/// Brings the page's progressive enhancements to life (see `browser::enhance`) and makes links
/// and forms navigate in place (`browser::nav`): on every page, signed in or not.
#[island]
pub fn Enhance() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(document) = web_sys::window().and_then(|w| w.document())
            && let Some(body) = document.body()
        {
            crate::browser::enhance(&body);
            crate::browser::nav::install();
        }
    });
}

#[cfg(feature = "hydrate")]
thread_local! {
    /// The open connection and the indicator it reports to; `GENERATION` grows with each new
    /// connection or close, so a reconnect planned for an older one is dropped.
    static CURRENT: std::cell::Cell<Option<Live>> = const { std::cell::Cell::new(None) };
    static SOURCE: std::cell::RefCell<Option<web_sys::EventSource>> = const { std::cell::RefCell::new(None) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// After another page came in: a page without the indicator (signed out) closes the
/// connection; one with it shows the latest, so nothing is held back any more.
#[cfg(feature = "hydrate")]
pub fn page_changed(has_indicator: bool) {
    if has_indicator {
        if let Some(live) = CURRENT.with(std::cell::Cell::get) {
            live.held_back.set(false);
        }
        return;
    }
    GENERATION.with(|g| g.set(g.get() + 1));
    CURRENT.with(|c| c.set(None));
    if let Some(source) = SOURCE.with(|s| s.borrow_mut().take()) {
        source.close();
    }
}

#[cfg(feature = "hydrate")]
fn connect(live: Live, attempt: u32) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    if let Some(old) = SOURCE.with(|s| s.borrow_mut().take()) {
        old.close();
    }
    let Ok(source) = web_sys::EventSource::new("/events") else {
        return;
    };
    SOURCE.with(|s| *s.borrow_mut() = Some(source.clone()));
    let on_open = Closure::<dyn FnMut()>::new(move || {
        // After a reconnect, refresh: changes may have happened while it was down.
        if live.connected.get_untracked() == Some(false) {
            refresh_soon(live);
        }
        live.connected.set(Some(true));
    });
    source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    on_open.forget();
    let on_change =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if for_this_page(&e.data().as_string().unwrap_or_default()) {
                refresh_soon(live)
            }
        });
    for name in ["change", "resync"] {
        let _ = source.add_event_listener_with_callback(name, on_change.as_ref().unchecked_ref());
    }
    on_change.forget();
    let retry = source.clone();
    let on_error = Closure::<dyn FnMut()>::new(move || {
        live.connected.set(Some(false));
        retry.close();
        // Back off: 1 s, 2 s, 4 s ... up to 30 s; not after a newer connection or a close.
        let delay = 1_000u32.saturating_mul(1 << attempt.min(5)).min(30_000);
        gloo_timers::callback::Timeout::new(delay, move || {
            if GENERATION.with(std::cell::Cell::get) == generation {
                connect(live, attempt + 1);
            }
        })
        .forget();
    });
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
}

/// Whether a change concerns the page shown: a discussion's change only its own thread's page
/// (`data-thread`), anything else any page with live regions.
#[cfg(feature = "hydrate")]
fn for_this_page(data: &str) -> bool {
    let Some(rest) = data.split("\"thread\":").nth(1) else {
        return true;
    };
    let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[data-thread=\"{id}\"]"))
                .ok()
                .flatten()
        })
        .is_some()
}

#[cfg(feature = "hydrate")]
thread_local! {
    // Changes often come in bursts (a save touches several things): one refresh per burst.
    static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(feature = "hydrate")]
fn refresh_soon(live: Live) {
    if PENDING.with(|p| p.replace(true)) {
        return;
    }
    gloo_timers::callback::Timeout::new(150, move || {
        PENDING.with(|p| p.set(false));
        wasm_bindgen_futures::spawn_local(async move {
            if crate::browser::refresh_live_regions().await == Some(false) {
                live.held_back.set(true);
            }
        });
    })
    .forget();
}
