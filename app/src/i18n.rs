//! The language of the page being made: the request's (`tandem_lang` cookie, else
//! `Accept-Language`) on the server; in the browser, the one the server wrote in `<html lang>`.
//! Texts come from `shared::i18n`.

use leptos::prelude::*;
pub use shared::i18n::{Arg, Lang};

/// The language of the current request (English when there is none).
pub fn lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|p| of_headers(&p.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        #[cfg(feature = "hydrate")]
        {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or_default()
        }
        #[cfg(not(feature = "hydrate"))]
        {
            Lang::default()
        }
    }
}

/// The language a request asks for: its cookie, else its `Accept-Language`.
#[cfg(feature = "ssr")]
pub fn of_headers(headers: &http::HeaderMap) -> Lang {
    let cookie = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == shared::i18n::COOKIE)
        .map(|(_, value)| value.to_owned());
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::choose(cookie.as_deref(), accept)
}

/// How the page writes dates: its language's month names (and, later, the reader's digits).
pub fn style() -> shared::time::Style {
    shared::time::Style::of(lang())
}

/// The text of `key` in the page's language.
pub fn t(key: &str) -> String {
    shared::i18n::t(lang(), key)
}

/// The text of `key` with named arguments, in the page's language.
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    shared::i18n::tr(lang(), key, args)
}

/// A sentence with something to put inside it (a link, a bold word): the text before and after
/// the `slot` placeholder, so the whole sentence is translated as one and the page puts its
/// element between the two parts.
pub fn around(key: &str, args: &[(&str, Arg)], slot: &str) -> (String, String) {
    const MARK: &str = "\u{1}";
    let mut all = args.to_vec();
    all.push((slot, Arg::Text(MARK.to_owned())));
    let text = tr(key, &all);
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    }
}

/// "English · ខ្មែរ": each language as a link to `/language/{code}` that comes back to `path`
/// (a plain link: it works without JavaScript, and reloads the page in the new language).
#[component]
pub fn LanguageSwitch(path: String) -> impl IntoView {
    let now = lang();
    let next = shared::validate::url_encode(&path);
    view! {
        <nav class="language-switch" aria-label=t("language-switch")>
            <ul class="inline-list">
                {Lang::ALL.into_iter().map(|l| {
                    if l == now {
                        view! { <li><span aria-current="true" lang=l.code()>{l.own_name()}</span></li> }.into_any()
                    } else {
                        view! { <li><a href=format!("/language/{}?next={next}", l.code()) hreflang=l.code() lang=l.code() rel="external">{l.own_name()}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// `GET /language/{code}?next=/a/path`: remembers the choice in a cookie (a year) and goes
/// back to the page, now in that language. An unknown language is 404; `next` must be a path
/// of this site (else the home page).
#[cfg(feature = "ssr")]
pub async fn set_language(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    crate::server::context::MaybeCaller(caller): crate::server::context::MaybeCaller,
    axum::extract::Path(code): axum::extract::Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
        return crate::error::AppError::NotFound.into_response();
    };
    let next = query
        .get("next")
        .map_or_else(|| "/".to_owned(), |n| shared::validate::local_path(n));
    // Signed in, the choice is also the person's: it follows them to another browser.
    if let Some(person) = caller
        && let Err(e) = crate::features::auth::service::set_language(
            &state.db,
            person.id,
            lang,
            jiff::Timestamp::now(),
        )
        .await
    {
        return crate::error::AppError::from(e).into_response();
    }
    let mut response = axum::response::Redirect::to(&next).into_response();
    if let Ok(value) = http::HeaderValue::from_str(&cookie(lang, state.auth.secure_cookies)) {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    response
}

/// The `Set-Cookie` value that remembers a language for a year.
#[cfg(feature = "ssr")]
pub fn cookie(lang: Lang, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        shared::i18n::COOKIE,
        lang.code()
    )
}
