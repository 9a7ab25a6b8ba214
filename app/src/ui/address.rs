//! Where the page being made is, read so that a render interleaved with many others cannot
//! find it torn down.

use leptos::prelude::*;

/// The address of the page being made (path and query), for links and forms that come back
/// to it. On the server it is the request's own address: the router's location is a reactive
/// value that a render interleaved with others (a slow database, many requests) can find
/// already torn down, and reading it then panics even through `try_` reads. In the browser,
/// the router's location.
pub fn current_path() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
            .unwrap_or_else(|| "/".to_owned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        let l = leptos_router::hooks::use_location();
        let (Some(path), Some(search)) =
            (l.pathname.try_get_untracked(), l.search.try_get_untracked())
        else {
            return "/".to_owned();
        };
        // The router gives the query without its "?" (but may one day give it with).
        match search.trim_start_matches('?') {
            "" => path,
            q => format!("{path}?{q}"),
        }
    }
}
