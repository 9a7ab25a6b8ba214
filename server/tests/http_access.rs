//! HTTP tests through the real router: each role refused where it does not belong, sign-in
//! redirects, the 404 page and health.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::*;
use http::{StatusCode, header};
use shared::Role;

#[test]
fn health_answers_when_the_database_does() {
    on_runtime(async {
        let w = world().await;
        let res = w.send(get("/healthz", None)).await;
        assert_eq!(res.status(), StatusCode::OK);
    });
}

#[test]
fn each_role_is_refused_where_it_does_not_belong() {
    on_runtime(async {
        let w = world().await;
        let chair_email = unique("chair@lib.org");
        let coach_email = unique("coach@lib.org");
        let partner_email = unique("partner@lib.kh");
        let partner = w.cookie(&partner_email, Role::Partner).await;
        let coach = w.cookie(&coach_email, Role::Coach).await;
        let chair = w.cookie(&chair_email, Role::Chair).await;
        for page in [
            "/people",
            "/outbox",
            "/programme",
            "/cohorts",
            "/cohorts/new",
        ] {
            for who in [&partner, &coach] {
                let res = w.send(get(page, Some(who))).await;
                assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
                assert!(
                    text(res)
                        .await
                        .contains("This page is not for your account"),
                    "{page}"
                );
            }
            assert_eq!(
                w.send(get(page, Some(&chair))).await.status(),
                StatusCode::OK,
                "{page} for the chair"
            );
        }
        // Server functions refuse too, whatever the page does.
        for (who, status) in [
            (Some(partner.as_str()), StatusCode::FORBIDDEN),
            (None, StatusCode::UNAUTHORIZED),
        ] {
            let body = "form%5Bemail%5D=x%40lib.org&form%5Bdisplay_name%5D=X&form%5Brole%5D=chair";
            let mut b = form_post("/api/invite_person", body);
            if let Some(c) = who {
                b = b.header(header::COOKIE, c);
            }
            assert_eq!(
                w.send(b.body(Body::from(body)).unwrap()).await.status(),
                status
            );
            let mut b = form_post("/api/list_people", "");
            if let Some(c) = who {
                b = b.header(header::COOKIE, c);
            }
            assert_eq!(
                w.send(b.body(Body::empty()).unwrap()).await.status(),
                status
            );
        }
    });
}

#[test]
fn signed_out_visitors_are_sent_to_sign_in_and_back() {
    on_runtime(async {
        let w = world().await;
        let res = w.send(get("/home", None)).await;
        assert_eq!(res.status(), StatusCode::FOUND);
        assert_eq!(
            res.headers().get(header::LOCATION).unwrap(),
            "/sign-in?next=/home"
        );
        let res = w.send(get("/home", Some("tandem_session=forged"))).await;
        assert_eq!(res.status(), StatusCode::FOUND);
        // The way back keeps the page's query, with its "?".
        let res = w.send(get("/community/library?area=training", None)).await;
        assert_eq!(res.status(), StatusCode::FOUND);
        assert_eq!(
            res.headers().get(header::LOCATION).unwrap(),
            "/sign-in?next=/community/library%3Farea%3Dtraining"
        );
    });
}

#[test]
fn unknown_paths_get_the_404_page_and_pages_render() {
    on_runtime(async {
        let w = world().await;
        let res = w.send(get("/no/such/page", None)).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        assert!(text(res).await.contains("Page not found"));
        let res = w.send(get("/", None)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let html = text(res).await;
        assert!(html.contains("IATUL SIG-ALICE Coaching Programme"));
        assert!(html.contains("Human resources and training"));
    });
}
