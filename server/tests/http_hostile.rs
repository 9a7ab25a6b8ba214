//! Hostile requests through the real router: every answer carries the security headers (pages a
//! CSP whose nonce is the one on their scripts), a request that cannot be read is a 4xx and
//! never a 5xx (examples, then generated bodies for every server function), and the same origin
//! means the same scheme, host and port.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::pairs::*;
use common::*;
use http::{Request, StatusCode, header};
use proptest::prelude::*;

fn post(path: &str, body: Vec<u8>, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::post(path)
        .header(header::HOST, "localhost:3000")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::from(body)).unwrap()
}

#[test]
fn every_answer_carries_the_security_headers_and_pages_a_nonce_policy() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        for (path, cookie) in [
            ("/", None),
            ("/sign-in", None),
            ("/no-such-page", None),
            ("/home", Some(p.coach.as_str())),
            ("/healthz", None),
            ("/favicon.svg", None),
        ] {
            let res = w.send(get(path, cookie)).await;
            let h = res.headers().clone();
            for name in [
                "content-security-policy",
                "x-content-type-options",
                "x-frame-options",
                "referrer-policy",
                "permissions-policy",
            ] {
                assert!(h.contains_key(name), "{path} lacks {name}");
            }
            assert!(
                !h.contains_key(header::STRICT_TRANSPORT_SECURITY),
                "no HSTS over plain http"
            );
            let csp = h["content-security-policy"].to_str().unwrap().to_owned();
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
            let page = text(res).await;
            if page.starts_with("<!DOCTYPE html>") {
                let nonce = csp
                    .split("'nonce-")
                    .nth(1)
                    .and_then(|rest| rest.split('\'').next())
                    .unwrap_or_else(|| panic!("{path}: a page's policy has a nonce: {csp}"));
                assert!(nonce.len() >= 16, "{path}: {nonce}");
                let scripts = page.matches("<script").count();
                let with_nonce = page.matches(&format!("nonce=\"{nonce}\"")).count();
                assert!(
                    scripts > 0 && with_nonce >= scripts,
                    "{path}: {scripts} scripts, {with_nonce} with the nonce"
                );
            }
        }
        // A fresh nonce for every response.
        let csp = |res: http::Response<Body>| res.headers()["content-security-policy"].clone();
        let a = csp(w.send(get("/", None)).await);
        let b = csp(w.send(get("/", None)).await);
        assert_ne!(a, b);
        // Answers that are not pages may run nothing.
        let res = w
            .send(post("/api/get_current_user", Vec::new(), None))
            .await;
        assert_eq!(
            res.headers()["content-security-policy"],
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
        );
    });
}

#[test]
fn requests_that_cannot_be_read_are_4xx() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let cases: [(&str, &[u8], u16); 9] = [
            ("/api/get_journal", b"id=abc", 400),
            ("/api/get_journal", b"id=", 400),
            ("/api/get_journal", b"id=9223372036854775808", 400),
            ("/api/get_journal", b"id=%zz", 400),
            ("/api/get_journal", b"id=1&id=2", 400),
            ("/api/get_journal", b"", 400),
            ("/api/sign_in", b"form%5Bemail%5D=a%40b.org", 400),
            ("/api/add_journal_entry", &[0xff, 0xfe, b'=', 0x80], 400),
            ("/api/no_such_function", b"", 404),
        ];
        for (path, body, want) in cases {
            let res = w.send(post(path, body.to_vec(), Some(&p.partner))).await;
            let status = res.status().as_u16();
            let text = text(res).await;
            assert_eq!(
                status,
                want,
                "{path} {:?}: {text}",
                String::from_utf8_lossy(body)
            );
        }
        // Too big: 413, whether announced or not.
        let big = vec![b'a'; 12 * 1024 * 1024];
        let res = w
            .send(post("/api/get_journal", big, Some(&p.partner)))
            .await;
        assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let mut chunked = post("/api/get_journal", Vec::new(), Some(&p.partner));
        *chunked.body_mut() = chunks(600 * 1024);
        assert_eq!(
            w.send(chunked).await.status(),
            StatusCode::PAYLOAD_TOO_LARGE
        );
    });
}

/// A body of `n` bytes sent in chunks without a length.
fn chunks(n: usize) -> Body {
    let chunks = (0..n / 8192).map(|_| Ok::<_, std::io::Error>(vec![b'x'; 8192]));
    Body::from_stream(futures_util::stream::iter(chunks))
}

#[test]
fn the_same_origin_is_the_same_scheme_host_and_port() {
    on_runtime(async {
        let w = world().await;
        for (origin, want) in [
            ("http://localhost:3000", StatusCode::OK),
            ("https://localhost:3000", StatusCode::FORBIDDEN),
            ("http://localhost:3001", StatusCode::FORBIDDEN),
            ("http://localhost", StatusCode::FORBIDDEN),
            ("http://evil.example", StatusCode::FORBIDDEN),
            ("null", StatusCode::FORBIDDEN),
        ] {
            let mut req = post("/api/get_current_user", Vec::new(), None);
            req.headers_mut()
                .insert(header::ORIGIN, origin.parse().unwrap());
            assert_eq!(w.send(req).await.status(), want, "{origin}");
        }
        // Plain handlers too (the application form).
        let mut req = post("/apply", Vec::new(), None);
        req.headers_mut()
            .insert(header::ORIGIN, "https://localhost:3000".parse().unwrap());
        assert_eq!(w.send(req).await.status(), StatusCode::FORBIDDEN);
    });
}

/// Keys a form may have, and some it never has.
const KEYS: &[&str] = &[
    "id",
    "token",
    "cohort",
    "partnership_id",
    "goal_id",
    "time_zone",
    "form[partnership_id]",
    "form[goal_id]",
    "form[session_id]",
    "form[entry_id]",
    "form[id]",
    "form[body]",
    "form[title]",
    "form[email]",
    "form[password]",
    "form[minutes]",
    "form[on_date]",
    "form[time_1]",
    "form[new_time]",
    "form[away_on]",
    "form[request_key]",
    "form[kind]",
    "form[status]",
    "form[weekday]",
    "form[start]",
    "form[capacity]",
    "filter[cohort]",
    "filter[status]",
    "form[",
    "[]",
    "form[form[x]]",
];

fn value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"".to_vec()),
        Just(b"-1".to_vec()),
        Just(b"0".to_vec()),
        Just(b"9223372036854775807".to_vec()),
        Just(b"99999999999999999999999".to_vec()),
        Just(b"71582789%3A00".to_vec()),
        Just(b"0000-01-01".to_vec()),
        Just(b"2027-03-28T02%3A30".to_vec()),
        Just(b"%zz%".to_vec()),
        Just("ក្រុមការងារ បណ្ណាល័យ".as_bytes().to_vec()),
        Just("🙂🎉".as_bytes().to_vec()),
        Just(b"%00%01%1b".to_vec()),
        Just(vec![0xff, 0xfe, 0x80]),
        "[ -~]{0,40}".prop_map(|s| s.into_bytes()),
        proptest::collection::vec(any::<u8>(), 0..40),
    ]
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec((proptest::sample::select(KEYS), value()), 0..6).prop_map(|pairs| {
        let mut out = Vec::new();
        for (i, (k, v)) in pairs.into_iter().enumerate() {
            if i > 0 {
                out.push(b'&');
            }
            out.extend_from_slice(shared::validate::url_encode(k).as_bytes());
            out.push(b'=');
            out.extend_from_slice(&v);
        }
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Generated bodies for every server function, as nobody, a partner and the chair: never
    /// a 5xx (the world's `send` fails a request that takes over 20 seconds).
    #[test]
    fn no_generated_request_is_a_5xx(
        fn_index in any::<proptest::sample::Index>(),
        who in 0usize..3,
        body in body(),
    ) {
        on_runtime(async {
            let w = world().await;
            let p = shared_pair(w).await;
            let paths = leptos::server_fn::axum::server_fn_paths().collect::<Vec<_>>();
            let (path, method) = paths[fn_index.index(paths.len())].clone();
            let cookie = [None, Some(p.partner.as_str()), Some(p.chair.as_str())][who];
            let req = if method == http::Method::GET {
                let query = String::from_utf8_lossy(&body).replace(['#', ' '], "");
                let mut b = Request::get(format!("{path}?{query}"))
                    .header(header::HOST, "localhost:3000");
                if let Some(c) = cookie { b = b.header(header::COOKIE, c); }
                b.body(Body::empty()).unwrap()
            } else {
                post(path, body.clone(), cookie)
            };
            let res = w.send(req).await;
            let status = res.status();
            let text = text(res).await;
            assert!(
                !status.is_server_error(),
                "{method} {path} {:?} -> {status}: {text}",
                String::from_utf8_lossy(&body)
            );
        });
    }
}

/// One pair for all generated cases (made once).
async fn shared_pair(w: &'static World) -> &'static Pair {
    static PAIR: tokio::sync::OnceCell<Pair> = tokio::sync::OnceCell::const_new();
    PAIR.get_or_init(|| pair(w)).await
}
