//! Live updates in the browser: one `EventSource` on `/events` per page, reconnecting with
//! backoff (gloo-timers). Each change, and each reconnect (something may have been missed),
//! bumps a version that pages add to their resources, so they refetch through the server
//! functions. Without JavaScript, or with the connection down, pages are simply as rendered.

use leptos::prelude::*;

/// The live state of the page: a version that grows on each change, and whether the
/// connection is up (`None` until the browser has tried).
#[derive(Clone, Copy)]
pub struct Live {
    pub version: RwSignal<u64>,
    pub connected: RwSignal<Option<bool>>,
}

#[cfg(feature = "hydrate")]
thread_local! {
    // One connection per page, however often the header renders.
    static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    // The browser runs one page on one thread: one live state for it.
    static LIVE: Live = Live {
        version: RwSignal::new(0),
        connected: RwSignal::new(None),
    };
}

/// The page's live state; on the server there is none (pages render once).
pub fn state() -> Option<Live> {
    #[cfg(feature = "hydrate")]
    return Some(LIVE.with(|l| *l));
    #[cfg(not(feature = "hydrate"))]
    None
}

/// The current version, for a resource's source (tracked in the browser, 0 on the server).
pub fn version() -> u64 {
    state().map_or(0, |l| l.version.get())
}

/// Opens the connection (signed-in pages only) and shows whether it is up.
#[component]
pub fn LiveIndicator() -> impl IntoView {
    let live = state();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(live) = live
            && !STARTED.with(|s| s.replace(true))
        {
            connect(live, 0);
        }
    });
    move || {
        live.and_then(|l| l.connected.get()).map(|up| {
            if up {
                view! { <span class="live live-up" role="status">"● Live"</span> }.into_any()
            } else {
                view! { <span class="live live-down" role="status">"○ Reconnecting…"</span> }
                    .into_any()
            }
        })
    }
}

#[cfg(feature = "hydrate")]
fn connect(live: Live, attempt: u32) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Ok(source) = web_sys::EventSource::new("/events") else {
        return;
    };
    let on_open = Closure::<dyn FnMut()>::new(move || {
        // After a reconnect, refetch: changes may have happened while it was down.
        if live.connected.get_untracked() == Some(false) {
            live.version.update(|v| *v += 1);
        }
        live.connected.set(Some(true));
    });
    source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    on_open.forget();
    let bump = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_: web_sys::MessageEvent| {
        live.version.update(|v| *v += 1);
    });
    for name in ["change", "resync"] {
        let _ = source.add_event_listener_with_callback(name, bump.as_ref().unchecked_ref());
    }
    bump.forget();
    let retry = source.clone();
    let on_error = Closure::<dyn FnMut()>::new(move || {
        live.connected.set(Some(false));
        retry.close();
        // Back off: 1 s, 2 s, 4 s ... up to 30 s.
        let delay = 1_000u32.saturating_mul(1 << attempt.min(5)).min(30_000);
        gloo_timers::callback::Timeout::new(delay, move || connect(live, attempt + 1)).forget();
    });
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
}
