//! HTTP tests of the resource library through the real router: a multipart upload recognised
//! by content (a renamed file is refused with the form kept, markup shown as text), a resend
//! stored once, the file served to members with safe headers, and nothing for a visitor.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::*;
use http::{Request, StatusCode, header};
use shared::Role;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    common::multipart::body(fields, "file", file)
}

fn post(body: Vec<u8>, cookie: Option<&str>) -> Request<Body> {
    common::multipart::post(shared::library::ADD_PATH, body, cookie)
}

fn location(res: &http::Response<Body>) -> String {
    res.headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

#[test]
fn a_renamed_file_is_refused_and_what_was_typed_stays() {
    on_runtime(async {
        let w = world().await;
        let cookie = w.cookie(&unique("lib-coach@x.org"), Role::Coach).await;
        let key = key_field();
        let key = key.split('=').nth(1).unwrap();
        let fields = [
            ("form[title]", "Signs </textarea><script>alert(1)</script>"),
            ("form[summary]", "Photos </textarea><b>bold</b>"),
            ("form[area_facilities]", "on"),
            ("form[tags]", "signage"),
            ("form[request_key]", key),
        ];
        let res = w
            .send(post(
                multipart(&fields, Some(("guide.pdf", b"just text, not a PDF"))),
                Some(&cookie),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = text(res).await;
        assert!(
            html.contains("This file is none of these"),
            "the rule is named"
        );
        assert!(
            html.contains("You chose guide.pdf"),
            "the file must be chosen again"
        );
        assert!(
            html.contains("&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;"),
            "the summary is kept, as text"
        );
        assert!(!html.contains("<script>alert(1)"), "markup never runs");
        assert!(html.contains("signage"), "the tags are kept");

        // The real file: stored once, however often it is sent.
        let first = w
            .send(post(
                multipart(&fields, Some(("guide.pdf", PDF))),
                Some(&cookie),
            ))
            .await;
        assert_eq!(first.status(), StatusCode::SEE_OTHER);
        let to = location(&first);
        assert!(
            to.starts_with("/community/library/") && to.ends_with("?added=1"),
            "{to}"
        );
        let again = w
            .send(post(
                multipart(&fields, Some(("guide.pdf", PDF))),
                Some(&cookie),
            ))
            .await;
        assert_eq!(location(&again), to, "a resend finds the first");

        let id = to
            .trim_start_matches("/community/library/")
            .trim_end_matches("?added=1");
        let file = w
            .send(get(&format!("/community/library/{id}/file"), Some(&cookie)))
            .await;
        assert_eq!(file.status(), StatusCode::OK);
        let h = file.headers();
        assert_eq!(h[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["content-security-policy"], "sandbox");
        assert_eq!(h[header::CACHE_CONTROL], "private, no-store");
        assert_eq!(
            h[header::CONTENT_DISPOSITION],
            "inline; filename=\"guide.pdf\""
        );
        assert_eq!(
            axum::body::to_bytes(file.into_body(), 1 << 20)
                .await
                .unwrap(),
            PDF
        );

        let page = text(w.send(get(&to, Some(&cookie))).await).await;
        assert!(
            page.contains("Signs &lt;/textarea&gt;&lt;script&gt;"),
            "the title shows as text"
        );
        assert!(page.contains("Added to the library"));
    });
}

#[test]
fn a_visitor_is_sent_to_sign_in_and_gets_no_file() {
    on_runtime(async {
        let w = world().await;
        let res = w
            .send(post(
                multipart(&[("form[title]", "x")], Some(("a.pdf", PDF))),
                None,
            ))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(
            location(&res).starts_with("/sign-in?next="),
            "{}",
            location(&res)
        );
        let file = w.send(get("/community/library/1/file", None)).await;
        assert_eq!(file.status(), StatusCode::UNAUTHORIZED);
    });
}

#[test]
fn an_oversize_file_is_refused_with_the_limit_named() {
    on_runtime(async {
        let w = world().await;
        let cookie = w.cookie(&unique("lib-big@x.org"), Role::Partner).await;
        let mut big = PDF.to_vec();
        big.resize(shared::library::MAX_FILE_BYTES + 100, b' ');
        let fields = [("form[title]", "Big scan"), ("form[area_training]", "on")];
        let res = w
            .send(post(
                multipart(&fields, Some(("scan.pdf", &big))),
                Some(&cookie),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = text(res).await;
        assert!(html.contains("10 MB or smaller"), "the limit is named");
        assert!(html.contains("Big scan"), "the title is kept");
    });
}
