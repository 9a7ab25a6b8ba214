//! Tandem's own static answers: how long browsers keep an asset (a file named by its content, a
//! year), the icon, and the fonts it embeds.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

/// A file whose name holds its content's hash (`tandem.<hash>.wasm`) never changes: browsers
/// keep it a year without asking again. Any other asset is checked on each use.
pub(super) async fn cache_assets(req: Request, next: Next) -> Response {
    let hashed = named_by_content(req.uri().path());
    let mut response = next.run(req).await;
    if response.status().is_success() {
        let value = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
        // The same address answers brotli, gzip or plain bytes.
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

/// `tandem.<hash>.wasm` is; `tandem.wasm` and `favicon.svg` are not.
fn named_by_content(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 3 && parts[1].len() >= 16 && parts.iter().all(|p| !p.is_empty())
}

const FAVICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5e63"/><circle cx="12" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/><circle cx="20" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/></svg>"##;

pub(super) async fn favicon() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
        .into_response()
}

/// The fonts Tandem serves itself (`style/fonts`): Noto Sans Khmer cut to the Khmer blocks,
/// and its licence beside it.
const FONTS: [(&str, &[u8], &str); 3] = [
    (
        "noto-sans-khmer-regular.53229761be85cb21.woff2",
        include_bytes!("../../../style/fonts/noto-sans-khmer-regular.53229761be85cb21.woff2"),
        "font/woff2",
    ),
    (
        "noto-sans-khmer-bold.0eb1923fffc493ed.woff2",
        include_bytes!("../../../style/fonts/noto-sans-khmer-bold.0eb1923fffc493ed.woff2"),
        "font/woff2",
    ),
    (
        "OFL.txt",
        include_bytes!("../../../style/fonts/OFL.txt"),
        "text/plain; charset=utf-8",
    ),
];

/// `GET /fonts/{name}`: a font named by its content is kept a year; the licence a day.
pub(super) async fn font(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    let Some((_, bytes, kind)) = FONTS.iter().find(|(n, _, _)| *n == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cache = if name.ends_with(".woff2") {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=86400"
    };
    (
        [
            (header::CONTENT_TYPE, *kind),
            (header::CACHE_CONTROL, cache),
        ],
        *bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::{FONTS, named_by_content};

    /// The stylesheet names exactly the fonts the server embeds, each named by its content.
    #[test]
    fn every_font_the_stylesheet_names_is_served_and_named_by_its_content() {
        let css = include_str!("../../../style/main.css");
        let named: Vec<&str> = css
            .match_indices("url(\"/fonts/")
            .map(|(i, _)| {
                let rest = &css[i + "url(\"/fonts/".len()..];
                &rest[..rest.find('"').unwrap_or(rest.len())]
            })
            .collect();
        assert_eq!(named.len(), 2, "{named:?}");
        for name in named {
            let (_, bytes, _) = FONTS.iter().find(|(n, _, _)| *n == name).unwrap();
            // Named by content (the first 16 hex digits of its SHA-256, see the README).
            let hash = name.split('.').nth(1).unwrap();
            assert!(
                hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()),
                "{name}"
            );
            assert!(bytes.starts_with(b"wOF2"), "{name} is a WOFF2 file");
        }
    }

    #[test]
    fn only_names_with_a_content_hash_are_kept_for_a_year() {
        assert!(named_by_content("/tandem.qXHy6Ip67w32GWbEZLYACQ.wasm"));
        assert!(named_by_content("/pkg/tandem.a5DVWOvZysmDia-Ypu6TWg.css"));
        assert!(!named_by_content("/tandem.wasm"));
        assert!(!named_by_content("/tandem_bg.wasm.d.ts"));
        assert!(!named_by_content("/favicon.svg"));
        assert!(!named_by_content("/tandem..wasm"));
    }
}
