//! Building blocks for pages: labelled fields with their errors, the error summary, loading
//! and page-level error views, and times shown on two clocks.
//!
//! A plain form post that fails is answered with its page rendered again (see
//! `server::forms`): [`PostedForm`] carries what was typed and the error while that page
//! renders. Nothing typed ever comes from the address bar.

use crate::error::{AppError, FORM};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use shared::FieldErrors;

mod forms;
pub use forms::*;

mod address;
pub use address::current_path;

/// Text as it may stand inside an element whose content the renderer writes raw.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The signed-in person, shared by the header and pages (provided by `shell::App`).
pub type UserResource = Resource<Result<Option<shared::account::CurrentUser>, AppError>>;

/// "There is a problem" with a link to each field that needs changing.
#[component]
pub fn ErrorSummary(errors: Signal<FieldErrors>) -> impl IntoView {
    move || {
        let list = errors.get().summary();
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                    <h2 id="error-summary-title">{crate::i18n::t("error-summary-title")}</h2>
                    <ul>
                        {list
                            .into_iter()
                            .map(|(field, message)| {
                                if field == FORM {
                                    view! { <li>{message}</li> }.into_any()
                                } else {
                                    view! { <li><a href=format!("#{field}")>{message}</a></li> }.into_any()
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// A labelled input named `form[<name>]` with its hint and error message.
#[component]
pub fn Field(
    #[prop(into)] label: String,
    name: &'static str,
    errors: Signal<FieldErrors>,
    #[prop(into, optional)] value: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] required: bool,
    /// Bounds for dates and numbers, a hint to the browser's picker (the server checks).
    #[prop(optional, into)]
    min: Option<String>,
    #[prop(optional, into)] max: Option<String>,
    /// The input's id, where one page holds several forms with this field (else `name`).
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.to_owned());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = move || errors.with(|e| e.first(name).map(str::to_owned));
    let has_hint = hint.is_some();
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(h.clone());
            }
            if error().is_some() {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-error=move || error().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {move || error().map(|m| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error-prefix")}" "</span>{m}</p> })}
            <input
                id=id
                name=format!("form[{name}]")
                type=kind
                value=value
                autocomplete=autocomplete
                list=list
                required=required
                min=min
                max=max
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=described
            />
        </div>
    }
}

/// A labelled multi-line text field named `form[<name>]`.
#[component]
pub fn TextArea(
    #[prop(into)] label: String,
    name: &'static str,
    errors: Signal<FieldErrors>,
    #[prop(into, optional)] value: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = 5)] rows: u32,
    /// The box's id, where one page holds several forms with this field (else `name`).
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let error = move || errors.with(|e| e.first(name).map(str::to_owned));
    let id = id.unwrap_or_else(|| name.to_owned());
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:field-error=move || error().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {move || error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{crate::i18n::t("error-prefix")}" "</span>{m}</p> })}
            <TextBox id=id name=format!("form[{name}]") rows=rows value invalid=Signal::derive(move || error().is_some())/>
        </div>
    }
}

/// The one multi-line text box of the app. Leptos 0.8 writes a `<textarea>`'s content without
/// escaping it (`</textarea><script>` would break out), so the content is escaped here; a
/// textarea's content is RCDATA, so the browser shows the text exactly as typed.
#[component]
pub fn TextBox(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(default = 3)] rows: u32,
    #[prop(into, optional)] value: String,
    #[prop(into, optional)] invalid: Signal<bool>,
    /// The id of the element that shows a live word count (`browser::enhance`).
    #[prop(optional)]
    words: Option<&'static str>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    // The HTML parser drops one newline right after `<textarea>`: keep a leading one.
    let lead = if value.starts_with('\n') { "\n" } else { "" };
    let content = format!("{lead}{}", escape_text(&value));
    view! {
        <textarea id=id name=name rows=rows data-words=words required=required
            aria-invalid=move || invalid.get().then_some("true") inner_html=content></textarea>
    }
}

/// The live word count under a text box (`TextBox`'s `words` names its id): "12 words" now,
/// kept current by `browser::enhance` with the text of each plural form in `data-one` and
/// `data-other` (`{n}` for the number).
#[component]
pub fn WordCount(id: &'static str, words: usize) -> impl IntoView {
    use crate::i18n::{Arg, tr};
    let form =
        |count: i64, shown: Arg| tr("word-count", &[("count", count.into()), ("shown", shown)]);
    let now = form(
        i64::try_from(words).unwrap_or(i64::MAX),
        words.to_string().into(),
    );
    view! {
        <p class="hint word-count" id=id aria-live="polite"
            data-one=form(1, "{n}".into()) data-other=form(2, "{n}".into())>{now}</p>
    }
}

/// The datalist of common time zones that time-zone fields point at.
#[component]
pub fn ZoneList() -> impl IntoView {
    view! {
        <datalist id="zones">
            {shared::time::COMMON_ZONES.iter().map(|z| view! { <option value=*z></option> }).collect_view()}
        </datalist>
    }
}

/// Shown while data that was not rendered on the server loads.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" aria-live="polite">{crate::i18n::t("loading")}</p> }
}

/// What a page shows when its data could not be had: sign-in, 403, 404 or a plain message.
pub fn page_error(error: AppError) -> AnyView {
    match error {
        AppError::Unauthenticated => {
            let to = format!(
                "/sign-in?next={}",
                shared::validate::url_encode(&current_path())
            );
            view! { <Redirect path=to/> }.into_any()
        }
        AppError::Forbidden => view! { <Forbidden/> }.into_any(),
        AppError::NotFound => view! { <NotFound/> }.into_any(),
        other => view! {
            <div class="notice notice-error" role="alert">
                <h1>{crate::i18n::t("error-page-title")}</h1>
                <p>{other.said()}</p>
                <p><a href="">{crate::i18n::t("error-page-again")}</a></p>
            </div>
        }
        .into_any(),
    }
}

fn set_status(_code: u16) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response
            .set_status(http::StatusCode::from_u16(_code).unwrap_or(http::StatusCode::NOT_FOUND));
    }
}

/// The 403 page.
#[component]
pub fn Forbidden() -> impl IntoView {
    set_status(403);
    view! {
        <section class="page-message">
            <h1>{crate::i18n::t("forbidden-title")}</h1>
            <p>{crate::i18n::t("forbidden-text")}</p>
            <p><a class="button" href="/home">{crate::i18n::t("forbidden-home")}</a></p>
        </section>
    }
}

/// The 404 page.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <section class="page-message">
            <h1>{crate::i18n::t("not-found-title")}</h1>
            <p>{crate::i18n::t("not-found-text")}</p>
            <p><a class="button" href="/">{crate::i18n::t("not-found-home")}</a></p>
        </section>
    }
}

/// An instant shown in a named zone (server-formatted) and, once the page runs in a browser,
/// in the reader's own zone too (`browser::enhance` fills the second clock).
#[component]
pub fn TwoClocks(
    /// RFC 3339 instant.
    utc: String,
    /// How it reads in the stated zone, e.g. "Mon 22 Apr 2019, 23:59".
    stated: String,
    /// The stated zone's place name, e.g. "London".
    place: String,
) -> impl IntoView {
    // The browser writes the reader's clock into this sentence (`{time}`).
    let yours = crate::i18n::tr("your-time", &[("time", "{time}".into())]);
    view! {
        <span class="two-clocks">
            <time datetime=utc data-local="">{crate::i18n::tr("stated-clock", &[("time", stated.into()), ("place", place.into())])}</time>
            <span class="other-clock" hidden="" data-text=yours></span>
        </span>
    }
}

/// A time-zone field. In a browser (`browser::enhance`) it proposes the browser's zone when it
/// is empty, and says when the browser's zone differs from the value kept.
#[component]
pub fn ZoneField(
    errors: Signal<FieldErrors>,
    #[prop(into)] value: String,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let label = label.unwrap_or_else(|| crate::i18n::t("zone-field-label"));
    let (differs_before, differs_after) = crate::i18n::around("zone-differs", &[], "zone");
    let error = move || errors.with(|e| e.first("time_zone").map(str::to_owned));
    view! {
        <div class="field" class:field-error=move || error().is_some()>
            <label for="time_zone">{label}</label>
            <p class="hint" id="time_zone-hint">{crate::i18n::t("zone-field-hint")}</p>
            {move || error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{crate::i18n::t("error-prefix")}" "</span>{m}</p> })}
            <input id="time_zone" name="form[time_zone]" type="text" list="zones" autocomplete="off"
                value=value data-zone-field=""
                aria-describedby="time_zone-hint" aria-invalid=move || error().is_some().then_some("true")/>
            <ZoneList/>
            <p class="notice notice-info zone-differs" hidden="">
                {differs_before}<strong></strong>{differs_after}" "
                <button type="button" class="link-button">{crate::i18n::t("zone-use-it")}</button>
            </p>
        </div>
    }
}

/// The part of a page that follows changes live: the browser swaps in a fresh copy after each
/// change (`live::LiveIndicator`), unless the reader has unsaved input in it.
#[component]
pub fn LiveRegion(children: Children) -> impl IntoView {
    view! { <div data-live="page">{children()}</div> }
}

/// Radio buttons named `form[<name>]` in a fieldset with a legend, a hint and the field's error.
pub fn radios(
    name: &'static str,
    legend: impl Into<String>,
    hint: impl Into<String>,
    options: Vec<(String, String)>,
    chosen: String,
    errors: Signal<FieldErrors>,
) -> AnyView {
    view! {
        <fieldset class="field" class:field-error=move || errors.with(|e| e.first(name).is_some())>
            <legend id=name>{legend.into()}</legend>
            <p class="hint">{hint.into()}</p>
            {move || errors.with(|e| e.first(name).map(|m| view! { <p class="error-message"><span class="visually-hidden">{crate::i18n::t("error-prefix")}" "</span>{m.to_owned()}</p> }))}
            {options.into_iter().map(|(value, label)| {
                let id = format!("{name}-{value}");
                let checked = chosen == value;
                view! {
                    <div class="checkbox">
                        <input type="radio" id=id.clone() name=format!("form[{name}]") value=value checked=checked/>
                        <label for=id>{label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::escape_text;

    #[test]
    fn escaped_text_cannot_close_its_element() {
        assert_eq!(
            escape_text("</textarea><script>alert(1)</script> & &lt;"),
            "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;lt;"
        );
        assert_eq!(escape_text("ក្រុម \"q\" 'a'"), "ក្រុម \"q\" 'a'");
    }

    /// Leptos 0.8 does not escape a textarea's content: only `TextBox` may write one.
    #[test]
    fn no_raw_textarea_outside_the_text_box() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("src/ui.rs")
                    && std::fs::read_to_string(&path)
                        .unwrap()
                        .contains("<textarea")
                {
                    found.push(path.display().to_string());
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(
            found.is_empty(),
            "raw <textarea> in {found:?}; use ui::TextBox"
        );
    }
}
