//! HTTP tests of coach applications through the real router: multipart posts with a CV, files
//! refused by content and size with the form kept, and the private link.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::*;
use http::{Request, StatusCode, header};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    common::multipart::body(fields, "cv", file)
}

fn application(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Priya Nair".into()),
        ("email", email.into()),
        ("position", "University Librarian".into()),
        (
            "institution",
            "Harbourside University <b>Library</b>".into(),
        ),
        ("country", "Australia".into()),
        ("time_zone", "Australia/Sydney".into()),
        ("languages", "English".into()),
        ("years_leading", "11".into()),
        ("expertise", "training".into()),
        (
            "statement",
            "I have trained library teams across three campuses and want to share it. ".repeat(5),
        ),
        ("consent", "on".into()),
        ("intent", "submit".into()),
    ]
}

fn post(path: &str, body: Vec<u8>) -> Request<Body> {
    common::multipart::post(path, body, None)
}

async fn seeded() -> &'static World {
    static SEEDED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    let w = world().await;
    SEEDED
        .get_or_init(|| async {
            app::features::programme::demo::seed_demo(&w.db, jiff::Timestamp::now())
                .await
                .unwrap();
        })
        .await;
    w
}

fn fields<'a>(pairs: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    pairs.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[test]
fn a_renamed_png_is_refused_by_content_and_the_form_keeps_what_was_typed() {
    on_runtime(async {
        let w = seeded().await;
        let email = unique("priya@harbour.edu.au");
        let pairs = application(&email);
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR fake image";
        let res = w
            .send(post(
                "/apply",
                multipart(&fields(&pairs), Some(("cv.pdf", png))),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = text(res).await;
        assert!(
            html.contains("This file is a PNG image"),
            "the rule is named"
        );
        assert!(html.contains(&email), "the email is kept");
        assert!(
            html.contains("Harbourside University &lt;b&gt;Library&lt;/b&gt;"),
            "markup is kept as text"
        );
        assert!(
            html.contains("I have trained library teams"),
            "the statement is kept"
        );
    });
}

#[test]
fn an_oversize_cv_is_refused_with_the_limit_named() {
    on_runtime(async {
        let w = seeded().await;
        let pairs = application(&unique("big@harbour.edu.au"));
        let mut big = PDF.to_vec();
        big.resize(shared::cv::MAX_BYTES + 10, b' ');
        let res = w
            .send(post(
                "/apply",
                multipart(&fields(&pairs), Some(("cv.pdf", &big))),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(text(res).await.contains("5 MB or smaller"));
    });
}

#[test]
fn a_complete_application_lands_on_its_private_link_and_cross_site_posts_are_refused() {
    on_runtime(async {
        let w = seeded().await;
        let pairs = application(&unique("ok@harbour.edu.au"));
        let res = w
            .send(post(
                "/apply",
                multipart(&fields(&pairs), Some(("my cv.pdf", PDF))),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let location = res
            .headers()
            .get(header::LOCATION)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            location.starts_with("/applications/") && location.ends_with("?saved=submitted"),
            "{location}"
        );
        let page = w
            .send(
                Request::get(&location)
                    .header(header::HOST, "localhost:3000")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status(), StatusCode::OK);
        let html = text(page).await;
        assert!(html.contains("Your application is sent"));
        assert!(html.contains("Kept: my cv.pdf"));

        let mut evil = post("/apply", multipart(&fields(&pairs), Some(("cv.pdf", PDF))));
        evil.headers_mut()
            .insert(header::ORIGIN, "https://evil.example".parse().unwrap());
        assert_eq!(w.send(evil).await.status(), StatusCode::FORBIDDEN);
        let unknown = w
            .send(
                Request::get("/applications/not-a-token")
                    .header(header::HOST, "localhost:3000")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(
            text(unknown)
                .await
                .contains("This application link is not valid")
        );
    });
}

#[test]
fn only_the_chair_can_read_a_cv_or_an_application() {
    on_runtime(async {
        let w = seeded().await;
        let pairs = application(&unique("cv@harbour.edu.au"));
        let res = w
            .send(post(
                "/apply",
                multipart(&fields(&pairs), Some(("cv.pdf", PDF))),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let id = {
            use sea_orm::EntityTrait;
            app::entities::application::Entity::find()
                .all(&w.db)
                .await
                .unwrap()
                .into_iter()
                .map(|a| a.id)
                .max()
                .unwrap()
        };
        let cv = format!("/review/{id}/cv");
        let get = |cookie: Option<&str>| {
            let mut b = Request::get(&cv).header(header::HOST, "localhost:3000");
            if let Some(c) = cookie {
                b = b.header(header::COOKIE, c);
            }
            b.body(Body::empty()).unwrap()
        };
        assert_eq!(w.send(get(None)).await.status(), StatusCode::UNAUTHORIZED);
        let anonymous = w
            .send(
                Request::get(format!("/review/{id}"))
                    .header(header::HOST, "localhost:3000")
                    .header(header::ACCEPT, "text/html")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(
            anonymous.status(),
            StatusCode::FOUND,
            "anonymous visitors are sent to sign in"
        );
        for role in [shared::Role::Coach, shared::Role::Partner] {
            let cookie = w.cookie(&unique("someone@lib.org"), role).await;
            assert_eq!(
                w.send(get(Some(&cookie))).await.status(),
                StatusCode::FORBIDDEN,
                "{role:?} reads a CV"
            );
            let page = w
                .send(
                    Request::get(format!("/review/{id}"))
                        .header(header::HOST, "localhost:3000")
                        .header(header::COOKIE, &cookie)
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert_eq!(
                page.status(),
                StatusCode::FORBIDDEN,
                "{role:?} reads an application"
            );
        }
        let chair = w
            .cookie(&unique("chair@lib.org"), shared::Role::Chair)
            .await;
        let res = w.send(get(Some(&chair))).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            res.headers().get(header::CONTENT_TYPE).unwrap(),
            "application/pdf"
        );
        assert!(
            res.headers()
                .get(header::CONTENT_DISPOSITION)
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("inline")
        );
        assert_eq!(
            res.headers().get(header::CACHE_CONTROL).unwrap(),
            "private, no-store"
        );
    });
}
