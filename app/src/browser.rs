//! Browser-only helpers (hydrate): the reader's time zone and local formatting through `Intl`,
//! and full page loads. No time-zone database ships to the browser.

use wasm_bindgen::JsValue;

/// The browser's IANA time zone, from `Intl.DateTimeFormat().resolvedOptions().timeZone`.
pub fn time_zone() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    let options = format.resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
}

/// An RFC 3339 instant as the reader's clock shows it: "Tue 23 Apr 2019, 06:00".
pub fn format_local(utc: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(utc));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).ok()?;
    }
    date.to_locale_string("en-GB", &options).as_string()
}

/// Loads a page in full (after signing in or out, so every part of the page is fresh).
pub fn go_to(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(path);
    }
}
