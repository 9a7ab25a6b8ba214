//! The Content-Security-Policy of every page: scripts only from Tandem itself, inline scripts
//! only with this response's nonce (Leptos puts it on its hydration scripts), WebAssembly
//! allowed, no inline event handlers or styles, no plugins, no `<base>`, no framing.

use leptos::nonce::{provide_nonce, use_nonce};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

pub const HEADER: &str = "content-security-policy";

/// For answers that are not pages (files, JSON, plain text): nothing may run or load.
pub const NOTHING: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// For a page without scripts that Tandem writes by hand (an error answer): its stylesheet only.
pub const STATIC_PAGE: &str = "default-src 'self'; script-src 'none'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The policy of a page whose inline scripts carry `nonce`.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

/// Makes a fresh nonce for the page being rendered and sends the policy that allows it.
pub fn provide() {
    provide_nonce();
    if let (Some(nonce), Some(response)) = (use_nonce(), use_context::<ResponseOptions>())
        && let Ok(value) = http::HeaderValue::from_str(&page_policy(&nonce))
    {
        response.insert_header(http::HeaderName::from_static(HEADER), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_policy_allows_only_its_own_nonce_and_no_inline_code() {
        let p = page_policy("abc123");
        assert!(p.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(!p.contains("unsafe-inline"));
        for part in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(p.contains(part), "{part}");
        }
    }
}
