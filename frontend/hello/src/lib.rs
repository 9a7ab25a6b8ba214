//! The smallest useful Leptos app: a greeting and a button that counts, hydrated from the
//! server's HTML. Only `./dev bench` builds it, as the yardstick for Tandem's WASM size.

use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <main>
            <h1>"Hello, world"</h1>
            <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicked " {count} " times"</button>
        </main>
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
