//! A page whose render stalls is rendered again.
//!
//! Leptos's server rendering has a rare race between parallel `<Suspense>` parts (upstream
//! issues 4673 and 4851; the fixes in 0.8.23 narrowed it without closing it): about one render
//! in a few hundred waits forever for a part that has in fact finished. Nothing is wrong with the
//! data, and the same request rendered again answers at once. A page renders in tens of
//! milliseconds, so one that has said nothing after [`PATIENCE`] is dropped (which frees what it
//! held) and rendered again, up to [`ATTEMPTS`] in all; the router's overall timeout still
//! bounds the whole request. The HTTP tests met it about once in a hundred runs of a test binary
//! (more under load), each time rescued by the second render; the log names each stall.
//! Only reads are retried (`GET`, `HEAD`: pages and the downloads beside them), which change
//! nothing that a second run could double.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::Method;
use std::time::Duration;

/// How long a page may take before it is rendered again.
pub const PATIENCE: Duration = Duration::from_secs(5);

/// How many times a read is rendered in all: the first time and up to two more. Two stalls in a
/// row are rare; three would take the request past the router's overall timeout anyway.
pub const ATTEMPTS: u32 = 3;

/// The middleware: a read that has not answered within [`PATIENCE`] starts again.
pub async fn retry_stalled_render(req: Request, next: Next) -> Response {
    retry_after(PATIENCE, req, next).await
}

async fn retry_after(patience: Duration, req: Request, next: Next) -> Response {
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let mut body = Some(body);
    for attempt in 1..ATTEMPTS {
        let this = Request::from_parts(parts.clone(), body.take().unwrap_or_else(Body::empty));
        match tokio::time::timeout(patience, next.clone().run(this)).await {
            Ok(response) => return response,
            Err(_) => tracing::warn!(
                target: "tandem::render",
                path = parts.uri.path(),
                attempt,
                "a page render stalled; rendering it again"
            ),
        }
    }
    next.run(Request::from_parts(parts, Body::empty())).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::routing::get;
    use http::StatusCode;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};
    use tower::ServiceExt;

    /// A page whose first `stalls` renders never end (as the race leaves one); later ones answer.
    fn stalls(times: u32, calls: Arc<AtomicU32>) -> Router {
        let handler = move || {
            let calls = Arc::clone(&calls);
            async move {
                if calls.fetch_add(1, Ordering::SeqCst) < times {
                    std::future::pending::<()>().await;
                }
                "the page"
            }
        };
        Router::new()
            .route("/page", get(handler.clone()).post(handler))
            .layer(axum::middleware::from_fn(|req: Request, next: Next| {
                retry_after(Duration::from_millis(50), req, next)
            }))
    }

    fn request(method: Method) -> Request {
        Request::builder()
            .method(method)
            .uri("/page")
            .body(Body::empty())
            .unwrap()
    }

    #[tokio::test]
    async fn a_stalled_page_is_rendered_again_and_answers() {
        let calls = Arc::new(AtomicU32::new(0));
        let res = stalls(2, Arc::clone(&calls))
            .oneshot(request(Method::GET))
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let body = axum::body::to_bytes(res.into_body(), 1024).await.unwrap();
        assert_eq!(&body[..], b"the page");
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn a_post_is_never_run_twice() {
        let calls = Arc::new(AtomicU32::new(0));
        let answer = tokio::time::timeout(
            Duration::from_millis(300),
            stalls(1, Arc::clone(&calls)).oneshot(request(Method::POST)),
        )
        .await;
        assert!(
            answer.is_err(),
            "the stalled post is left to the router's timeout"
        );
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
