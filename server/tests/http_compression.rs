//! Pages are compressed for browsers that ask (people on slow links), but the live stream never
//! is: a compressor buffers, and would hold events back.
#![allow(clippy::unwrap_used)]

mod common;

use common::pairs::*;
use common::*;
use http::{StatusCode, header};

#[test]
fn pages_are_gzipped_and_the_live_stream_is_not() {
    on_runtime(async {
        let w = world().await;
        let mut req = get("/call", None);
        req.headers_mut()
            .insert(header::ACCEPT_ENCODING, "gzip".parse().unwrap());
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");

        // Without the header, plain.
        let res = w.send(get("/call", None)).await;
        assert!(res.headers().get(header::CONTENT_ENCODING).is_none());

        let p = pair(w).await;
        let mut req = get("/events", Some(&p.coach));
        req.headers_mut()
            .insert(header::ACCEPT_ENCODING, "gzip".parse().unwrap());
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_TYPE], "text/event-stream");
        assert!(
            res.headers().get(header::CONTENT_ENCODING).is_none(),
            "the live stream is never compressed"
        );
    });
}
