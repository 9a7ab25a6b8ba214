//! The browser half of Tandem. Pages arrive as server-rendered HTML; only their islands (the
//! live indicator, the time-zone notice, the page's enhancements) hydrate. Nothing else lives
//! here.

// The islands are exported from `app`; linking it is enough.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
