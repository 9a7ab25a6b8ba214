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
            root_attribute("lang")
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or_default()
        }
        #[cfg(not(feature = "hydrate"))]
        {
            Lang::default()
        }
    }
}

/// A message as the database keeps it: its key and arguments, so that each reader later reads
/// it in their own language.
#[cfg(feature = "ssr")]
pub fn to_stored(message: &shared::errors::Message) -> String {
    serde_json::to_string(message).unwrap_or_else(|_| message.text().to_owned())
}

/// A stored message in `lang`; text stored before messages were kept this way stays as it is.
#[cfg(feature = "ssr")]
pub fn read_stored(stored: &str, lang: Lang) -> String {
    match serde_json::from_str::<shared::errors::Message>(stored) {
        Ok(mut m) => {
            m.localize(lang);
            m.text().to_owned()
        }
        Err(_) => stored.to_owned(),
    }
}

/// The language a request asks for: its cookie, else its `Accept-Language`.
#[cfg(feature = "ssr")]
pub fn of_headers(headers: &http::HeaderMap) -> Lang {
    let cookie = cookie_value(headers, shared::i18n::COOKIE);
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::choose(cookie.as_deref(), accept)
}

/// How the page writes dates: its language's month names and the reader's digits.
pub fn style() -> shared::time::Style {
    shared::time::Style {
        lang: lang(),
        khmer_digits: khmer_digits(),
    }
}

/// Whether the reader chose Khmer digits (the `tandem_digits` cookie; in the browser, the
/// `data-digits` the server wrote on `<html>`).
pub fn khmer_digits() -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| cookie_value(&p.headers, shared::i18n::DIGITS_COOKIE))
            .is_some_and(|v| v == "khmer")
    }
    #[cfg(not(feature = "ssr"))]
    {
        #[cfg(feature = "hydrate")]
        {
            root_attribute("data-digits").is_some_and(|v| v == "khmer")
        }
        #[cfg(not(feature = "hydrate"))]
        {
            false
        }
    }
}

/// An attribute the server wrote on `<html>` (the page's language, the reader's digits).
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn root_attribute(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute(name)
}

/// A cookie's value in a request's headers.
#[cfg(feature = "ssr")]
fn cookie_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_owned())
}

/// A keyed message (a rule's words, a pace's reason) in the page's language.
pub fn said(message: &shared::errors::Message) -> String {
    let mut m = message.clone();
    m.localize(lang());
    m.text().to_owned()
}

/// An objective area's name: the programme's own words in English, the area's name in another
/// language where the four areas of the call have one.
pub fn area(code: &str, title: &str) -> String {
    let key = format!("area-{code}");
    match lang() {
        Lang::En => title.to_owned(),
        other => match shared::i18n::t(other, &key) {
            text if text == key => title.to_owned(),
            text => text,
        },
    }
}

/// The other member of the caller's pair, named with their role ("Dara, your partner"); for
/// the programme team, the pair.
pub fn other_named(head: &shared::partnership::PartnershipHead) -> String {
    use shared::partnership::Side;
    match head.my_side {
        Some(Side::Coach) => tr(
            "other-your-partner",
            &[("who", head.partner.name.clone().into())],
        ),
        Some(Side::Partner) => tr(
            "other-your-coach",
            &[("who", head.coach.name.clone().into())],
        ),
        None => tr(
            "partnership-pair",
            &[
                ("coach", head.coach.name.clone().into()),
                ("partner", head.partner.name.clone().into()),
            ],
        ),
    }
}

/// A member's clock now, in the page's language: "Tue 22:05".
pub fn clock_now(zone: &str) -> String {
    shared::time::clock_now_in(style(), zone)
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

/// `GET /digits/{khmer|latin}?next=/a/path`: remembers how the reader writes digits (a cookie
/// for a year; signed in, also on their profile) and goes back to the page.
#[cfg(feature = "ssr")]
pub async fn set_digits(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    crate::server::context::MaybeCaller(caller): crate::server::context::MaybeCaller,
    axum::extract::Path(code): axum::extract::Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let khmer = match code.as_str() {
        "khmer" => true,
        "latin" => false,
        _ => return crate::error::AppError::NotFound.into_response(),
    };
    let next = query
        .get("next")
        .map_or_else(|| "/".to_owned(), |n| shared::validate::local_path(n));
    if let Some(person) = caller
        && let Err(e) = crate::features::auth::service::set_digits(
            &state.db,
            person.id,
            khmer,
            jiff::Timestamp::now(),
        )
        .await
    {
        return crate::error::AppError::from(e).into_response();
    }
    let mut response = axum::response::Redirect::to(&next).into_response();
    if let Ok(value) = http::HeaderValue::from_str(&digits_cookie(khmer, state.auth.secure_cookies))
    {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    response
}

/// The `Set-Cookie` value that remembers Khmer digits for a year (Latin: the cookie removed).
#[cfg(feature = "ssr")]
pub fn digits_cookie(khmer: bool, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    let (value, age) = if khmer {
        ("khmer", 31_536_000)
    } else {
        ("", 0)
    };
    format!(
        "{}={value}; Path=/; Max-Age={age}; SameSite=Lax{secure}",
        shared::i18n::DIGITS_COOKIE
    )
}

/// "Digits: 0-9 · ០-៩": how dates and times write their numbers, as two plain links.
#[component]
pub fn DigitsSwitch(path: String) -> impl IntoView {
    let khmer = khmer_digits();
    let next = shared::validate::url_encode(&path);
    let option = move |code: &'static str, shown: &'static str, on: bool| {
        if on {
            view! { <li><span aria-current="true">{shown}</span></li> }.into_any()
        } else {
            view! { <li><a href=format!("/digits/{code}?next={next}") rel="external">{shown}</a></li> }.into_any()
        }
    };
    view! {
        <nav class="language-switch" aria-label=t("digits-switch")>
            <p class="hint">{t("digits-switch-hint")}</p>
            <ul class="inline-list">
                {option("latin", "0-9", !khmer)}
                {option("khmer", "០-៩", khmer)}
            </ul>
        </nav>
    }
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
