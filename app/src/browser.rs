//! Browser-only helpers (hydrate): the reader's time zone and local formatting through `Intl`,
//! the progressive enhancements of server-rendered markup, and the live
//! refresh of a page's regions. No time-zone database ships to the browser.

pub mod nav;

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The browser's IANA time zone, from `Intl.DateTimeFormat().resolvedOptions().timeZone`.
pub fn time_zone() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    let options = format.resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
}

/// An RFC 3339 instant as the reader's clock shows it, in the server's words: "Tue 23 Apr 2019,
/// 06:00" (`shared::time::format_at_offset`, with the browser's offset at that instant).
pub fn format_local(utc: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(utc));
    if date.get_time().is_nan() {
        return None;
    }
    // `getTimezoneOffset` counts minutes behind UTC: Phnom Penh is -420.
    #[allow(clippy::cast_possible_truncation)]
    let ahead = -(date.get_timezone_offset() as i32);
    let lang = crate::i18n::lang();
    let style = shared::time::Style {
        lang,
        khmer_digits: crate::i18n::khmer_digits(),
    };
    shared::time::format_at_offset_in(style, utc, ahead)
}

/// Words in `text` as the server counts them (`shared::word_count`), with the browser's
/// `Intl.Segmenter` finding the words of Khmer (and other unspaced) runs.
pub fn word_count(text: &str, lang: &str) -> usize {
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok();
    let has_segmenter = intl.is_some_and(|intl| {
        js_sys::Reflect::has(&intl, &JsValue::from_str("Segmenter")).unwrap_or(false)
    });
    if !has_segmenter {
        return shared::word_count::count_with(text, |_| 1);
    }
    let options = js_sys::Intl::SegmenterOptions::new();
    options.set_granularity(js_sys::Intl::SegmenterGranularity::Word);
    let segmenter =
        js_sys::Intl::Segmenter::new(&js_sys::Array::of1(&JsValue::from_str(lang)), &options);
    shared::word_count::count_with(text, |run| {
        js_sys::try_iter(&segmenter.segment(run))
            .ok()
            .flatten()
            .map_or(1, |segments| {
                segments
                    .filter_map(Result::ok)
                    .filter(|s| {
                        s.unchecked_ref::<js_sys::Intl::SegmentData>()
                            .is_word_like()
                            .unwrap_or(false)
                    })
                    .count()
            })
    })
}

/// "12 words" in the page's language: the counter carries the text of each plural form with
/// `{n}` for the number (`ui::WordCount`); `Intl.PluralRules` picks the form.
fn count_text(counter: &Element, n: usize, lang: &str) -> String {
    let rules = js_sys::Intl::PluralRules::new(
        &js_sys::Array::of1(&JsValue::from_str(lang)),
        &js_sys::Object::new(),
    );
    #[allow(clippy::cast_precision_loss)]
    let form = String::from(rules.select(n as f64));
    counter
        .get_attribute(&format!("data-{form}"))
        .or_else(|| counter.get_attribute("data-other"))
        .unwrap_or_else(|| "{n}".to_owned())
        .replace("{n}", &n.to_string())
}

// --- progressive enhancements: server-rendered markup that JavaScript makes better ----------

thread_local! {
    /// The page's repeating updates, stopped when another page replaces it (`nav`).
    static TIMERS: RefCell<Vec<gloo_timers::callback::Interval>> = const { RefCell::new(Vec::new()) };
}

/// Stops the current page's repeating updates (dropping an `Interval` cancels it).
fn stop_timers() {
    TIMERS.with(|t| t.borrow_mut().clear());
}

/// The elements under `root` that match `selector`.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn on(target: &Element, event: &str, handler: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // The page lives as long as the listener: a full load replaces both.
    closure.forget();
}

/// Every enhancement, for the page or a region just swapped in:
/// - `time[data-local]`: the reader's own clock in the following `.other-clock`;
/// - `input[data-zone-field]`: proposes the browser's zone, and says when it differs;
/// - `textarea[data-words]`: keeps the word count (the element named by it) current;
/// - `[data-deadline]`: keeps "N days left" current (every 30 s);
/// - `[data-origin-path]`: shows the full address of a path on this site;
/// - `button[data-print]`: shown, it opens the browser's print dialogue;
/// - `select[data-media-switch]`: shows its form's `[data-for-media]` parts only for the media
///   they name (a phone call asks for no link).
pub fn enhance(root: &Element) {
    for select in all(root, "select[data-media-switch]") {
        media_switch(select);
    }
    for button in all(root, "button[data-print]") {
        let _ = button.remove_attribute("hidden");
        on(&button, "click", || {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    }
    for time in all(root, "time[data-local]") {
        let local = time
            .get_attribute("datetime")
            .and_then(|utc| format_local(&utc));
        if let (Some(local), Some(other)) = (local, time.next_element_sibling())
            && other.class_list().contains("other-clock")
        {
            let sentence = other
                .get_attribute("data-text")
                .unwrap_or_else(|| "{time} your time".to_owned());
            other.set_text_content(Some(&format!(" · {}", sentence.replace("{time}", &local))));
            let _ = other.remove_attribute("hidden");
        }
    }
    if let Some(browser) = time_zone() {
        for field in all(root, "input[data-zone-field]") {
            zone_field(field, browser.clone());
        }
        for bar in all(root, "[data-zone-check]:not([data-enhanced])") {
            zone_check(bar, &browser);
        }
    }
    for area in all(root, "textarea[data-words]") {
        let counter = area
            .get_attribute("data-words")
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&id));
        if let (Some(counter), Ok(text)) = (counter, area.clone().dyn_into::<HtmlTextAreaElement>())
        {
            let lang = crate::i18n::lang().code();
            on(&area, "input", move || {
                let n = word_count(&text.value(), lang);
                counter.set_text_content(Some(&count_text(&counter, n, lang)));
            });
        }
    }
    for shown in all(root, "[data-deadline]") {
        let deadline =
            js_sys::Date::parse(&shown.get_attribute("data-deadline").unwrap_or_default());
        if deadline.is_nan() {
            continue;
        }
        let update = move || {
            #[allow(clippy::cast_possible_truncation)]
            let left = (deadline - js_sys::Date::now()) as i64;
            shown.set_inner_html(&format!(
                "<strong>{}</strong>",
                shared::time::describe_remaining(left)
            ));
        };
        update();
        let timer = gloo_timers::callback::Interval::new(30_000, update);
        TIMERS.with(|t| t.borrow_mut().push(timer));
    }
    if let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) {
        for code in all(root, "[data-origin-path]") {
            let path = code.get_attribute("data-origin-path").unwrap_or_default();
            code.set_text_content(Some(&format!("{origin}{path}")));
        }
    }
}

/// A time-zone field: filled with the browser's zone when empty; when it holds another zone, a
/// notice (the following `.zone-differs`) offers the browser's.
fn zone_field(field: Element, browser: String) {
    let Ok(input) = field.clone().dyn_into::<HtmlInputElement>() else {
        return;
    };
    if input.value().trim().is_empty() {
        input.set_value(&browser);
    }
    let Some(notice) = all(
        &field.parent_element().unwrap_or(field.clone()),
        ".zone-differs",
    )
    .into_iter()
    .next() else {
        return;
    };
    if let Ok(Some(strong)) = notice.query_selector("strong") {
        strong.set_text_content(Some(&browser));
    }
    // The field says it itself: one notice on the page, not the window's bar as well.
    if let Some(page) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        for bar in all(&page, "[data-zone-check]") {
            let _ = bar.set_attribute("hidden", "");
            let _ = bar.set_attribute("data-enhanced", "");
        }
    }
    let show = {
        let (input, notice, browser) = (input.clone(), notice.clone(), browser.clone());
        move || {
            let value = input.value();
            let differs = !value.trim().is_empty() && value.trim() != browser;
            let _ = if differs {
                notice.remove_attribute("hidden")
            } else {
                notice.set_attribute("hidden", "")
            };
        }
    };
    show();
    on(&field, "input", show.clone());
    if let Ok(Some(button)) = notice.query_selector("button") {
        on(&button, "click", move || {
            input.set_value(&browser);
            show();
        });
    }
}

/// Shows the parts of the select's form that name the chosen medium, hides the others.
fn media_switch(select: Element) {
    let Ok(input) = select.clone().dyn_into::<HtmlSelectElement>() else {
        return;
    };
    let Some(form) = select.closest("form").ok().flatten() else {
        return;
    };
    let show = move || {
        let chosen = input.value();
        for part in all(&form, "[data-for-media]") {
            let wanted = part
                .get_attribute("data-for-media")
                .is_some_and(|m| m.split_whitespace().any(|m| m == chosen));
            let _ = if wanted {
                part.remove_attribute("hidden")
            } else {
                part.set_attribute("hidden", "")
            };
        }
    };
    show();
    on(&select, "change", show);
}

/// The bar that offers the browser's zone when the profile's differs (`shell::ZoneCheck`).
fn zone_check(bar: Element, browser: &str) {
    let _ = bar.set_attribute("data-enhanced", "");
    let field_says_it = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".zone-differs").ok().flatten())
        .is_some();
    if field_says_it || bar.get_attribute("data-zone-check").as_deref() == Some(browser) {
        return;
    }
    for shown in all(&bar, ".zone-browser") {
        shown.set_text_content(Some(browser));
    }
    if let Ok(Some(field)) = bar.query_selector("input[name=time_zone]") {
        let _ = field.set_attribute("value", browser);
    }
    let _ = bar.remove_attribute("hidden");
    if let Ok(Some(dismiss)) = bar.query_selector("[data-dismiss]") {
        on(&dismiss, "click", move || {
            let _ = bar.set_attribute("hidden", "");
        });
    }
}

/// Whether a region holds input its reader has not sent yet (or is typing in).
fn unsaved_input(region: &Element) -> bool {
    let typing = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|a| {
            region.contains(Some(&a))
                && (a.tag_name() == "TEXTAREA"
                    || a.dyn_ref::<HtmlInputElement>().is_some_and(|i| {
                        !matches!(
                            i.type_().as_str(),
                            "submit" | "button" | "checkbox" | "radio"
                        )
                    }))
        });
    typing
        || all(region, "input, textarea, select").iter().any(|e| {
            if let Some(i) = e.dyn_ref::<HtmlInputElement>() {
                match i.type_().as_str() {
                    "hidden" | "submit" | "button" => false,
                    "checkbox" | "radio" => i.checked() != i.default_checked(),
                    _ => i.value() != i.default_value(),
                }
            } else if let Some(t) = e.dyn_ref::<HtmlTextAreaElement>() {
                t.default_value().is_ok_and(|d| t.value() != d)
            } else if let Some(s) = e.dyn_ref::<HtmlSelectElement>() {
                // With no option marked `selected`, the first one is the default.
                let options = s.options();
                let default = (0..options.length())
                    .find(|i| {
                        options
                            .item(*i)
                            .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                            .is_some_and(|o| o.default_selected())
                    })
                    .unwrap_or(0);
                s.selected_index() != default as i32
            } else {
                false
            }
        })
}

/// Fetches this page again and swaps in the fresh copy of each live region (`data-live`).
/// `Some(true)` when every region was refreshed, `Some(false)` when one was held back for its
/// unsaved input, `None` when the page has no live region or could not be fetched.
pub async fn refresh_live_regions() -> Option<bool> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let document = window.document()?;
    let regions = all(&document.document_element()?, "[data-live]");
    if regions.is_empty() {
        return None;
    }
    let init = web_sys::RequestInit::new();
    let headers = web_sys::Headers::new().ok()?;
    headers.set("accept", "text/html").ok()?;
    init.set_headers(&headers);
    let href = window.location().href().ok()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(&href, &init))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let fresh = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&text, web_sys::SupportedType::TextHtml)
        .ok()?;
    let mut all_shown = true;
    for region in regions {
        let name = region.get_attribute("data-live").unwrap_or_default();
        let Ok(Some(new)) = fresh.query_selector(&format!("[data-live=\"{name}\"]")) else {
            continue;
        };
        if unsaved_input(&region) {
            all_shown = false;
            continue;
        }
        region.set_inner_html(&new.inner_html());
        enhance(&region);
    }
    Some(all_shown)
}
