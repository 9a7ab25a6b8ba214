//! HTTP tests through the real router: sign-in right and wrong, throttling, cross-site posts
//! and forms sent without JavaScript.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::*;
use http::{StatusCode, header};
use shared::Role;

#[test]
fn sign_in_right_sets_a_safe_cookie_and_wrong_says_so() {
    on_runtime(async {
        let w = world().await;
        let chair_email = unique("chair@lib.org");
        w.person(&chair_email, Role::Chair).await;
        let body = sign_in_body(&chair_email.to_uppercase(), PASSWORD);
        let res = w
            .send(
                form_post("/api/sign_in", &body)
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let cookie = res
            .headers()
            .get(header::SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cookie.starts_with("tandem_session="), "{cookie}");
        for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
            assert!(cookie.contains(attr), "{attr} missing from {cookie}");
        }
        assert_eq!(
            cookie.split(';').next().unwrap().len(),
            "tandem_session=".len() + 64,
            "a 256-bit token in hex"
        );
        assert_eq!(text(res).await, "\"/people\"");

        let body = sign_in_body(&chair_email, "not the password");
        let res = w
            .send(
                form_post("/api/sign_in", &body)
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.headers().get(header::SET_COOKIE).is_none());
        assert!(
            text(res)
                .await
                .contains("email address or password is not right")
        );
    });
}

#[test]
fn over_ten_failures_a_minute_answer_429() {
    on_runtime(async {
        let w = world().await;
        let coach_email = unique("coach@lib.org");
        w.person(&coach_email, Role::Coach).await;
        let body = sign_in_body(&coach_email, "wrong password!");
        for attempt in 1..=10 {
            let res = w
                .send(
                    form_post("/api/sign_in", &body)
                        .body(Body::from(body.clone()))
                        .unwrap(),
                )
                .await;
            let status = res.status();
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "attempt {attempt}: {}",
                text(res).await
            );
        }
        let res = w
            .send(
                form_post("/api/sign_in", &body)
                    .body(Body::from(body.clone()))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(text(res).await.contains("Too many sign-in attempts"));
    });
}

#[test]
fn cross_site_posts_are_refused() {
    on_runtime(async {
        let w = world().await;
        let chair_email = unique("chair@lib.org");
        w.person(&chair_email, Role::Chair).await;
        let body = sign_in_body(&chair_email, PASSWORD);
        let evil_origin =
            form_post("/api/sign_in", &body).header(header::ORIGIN, "https://evil.example");
        let mut req = evil_origin.body(Body::from(body.clone())).unwrap();
        req.headers_mut().remove("sec-fetch-site");
        req.headers_mut()
            .insert(header::ORIGIN, "https://evil.example".parse().unwrap());
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(text(res).await.contains("sent from another website"));

        let mut req = form_post("/api/sign_in", &body)
            .body(Body::from(body.clone()))
            .unwrap();
        req.headers_mut()
            .insert("sec-fetch-site", "cross-site".parse().unwrap());
        assert_eq!(w.send(req).await.status(), StatusCode::FORBIDDEN);
    });
}

#[test]
fn a_failed_plain_form_post_is_its_page_again_with_the_email_but_never_the_password() {
    on_runtime(async {
        let w = world().await;
        let coach_email = unique("coach@lib.org");
        w.person(&coach_email, Role::Coach).await;
        let body = sign_in_body(&coach_email, "wrong password!");
        let mut req = form_post("/api/sign_in", &body)
            .body(Body::from(body))
            .unwrap();
        req.headers_mut().insert(
            header::ACCEPT,
            "text/html,application/xhtml+xml".parse().unwrap(),
        );
        let res = w.send(req).await;
        // The sign-in page itself, answered 422: nothing typed travels in a URL.
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.headers().get(header::LOCATION).is_none(),
            "{:?}",
            res.headers()
        );
        let page = text(res).await;
        assert!(page.contains("<h1>Sign in"), "the sign-in page: {page}");
        assert!(
            page.contains("The email address or password is not right"),
            "the error beside the form"
        );
        assert!(
            page.contains(&format!("value=\"{coach_email}\"")),
            "the email as typed"
        );
        assert!(
            !page.contains("wrong password!"),
            "the password never comes back"
        );

        let body = sign_in_body(&coach_email, PASSWORD);
        let mut req = form_post("/api/sign_in", &body)
            .body(Body::from(body))
            .unwrap();
        req.headers_mut().insert(
            header::ACCEPT,
            "text/html,application/xhtml+xml".parse().unwrap(),
        );
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers().get(header::LOCATION).unwrap(), "/people");
        assert!(res.headers().get(header::SET_COOKIE).is_some());
    });
}

#[test]
fn a_post_after_the_session_ended_leads_to_sign_in_and_back_and_says_it_was_not_saved() {
    on_runtime(async {
        let w = world().await;
        let from = "/partnerships/7/journal";
        let body = format!(
            "form%5Bpartnership_id%5D=7&form%5Bkind%5D=success&form%5Bbody%5D=MARKER-unsent-entry&__back={}{}",
            urlenc(from),
            key_field()
        );
        // A session that is no longer there (expired, or signed out elsewhere).
        let req = plain_post(
            "/api/add_journal_entry",
            body,
            "tandem_session=an-ended-session-token",
            from,
        );
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let to = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
        assert_eq!(to, "/sign-in?next=/partnerships/7/journal&unsaved=1");
        assert!(!to.contains("MARKER"), "nothing typed in the address");
        let page = text(w.send(get(&to, None)).await).await;
        assert!(
            page.contains("You were signed out, so what you just sent was not saved."),
            "the sign-in page says what happened"
        );
        assert!(
            page.contains("name=\"form[next]\" value=\"/partnerships/7/journal\""),
            "and goes back to the page afterwards"
        );
        // Signing in without having been sent there says nothing of the kind.
        let page = text(w.send(get("/sign-in?next=%2Fhome", None)).await).await;
        assert!(!page.contains("was not saved"));
    });
}
