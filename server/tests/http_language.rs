//! The language through the real router: `Accept-Language: km` gives Khmer pages with
//! `<html lang="km">`; `/language/{code}` remembers the choice in a cookie that outranks the
//! header, and goes back only to a page of this site.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::*;
use http::{Request, StatusCode, header};

fn page(path: &str, accept_language: Option<&str>, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path)
        .header(header::HOST, "localhost:3000")
        .header(header::ACCEPT, "text/html");
    if let Some(l) = accept_language {
        b = b.header(header::ACCEPT_LANGUAGE, l);
    }
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::empty()).unwrap()
}

async fn html(res: http::Response<Body>) -> String {
    let bytes = axum::body::to_bytes(res.into_body(), 4 << 20)
        .await
        .unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn accept_language_km_gives_a_khmer_page_and_the_switch_remembers_a_choice() {
    on_runtime(async {
        let w = world().await;
        let km = html(
            w.send(page("/sign-in", Some("km-KH,km;q=0.9,en;q=0.5"), None))
                .await,
        )
        .await;
        assert!(km.contains("<html lang=\"km\""), "lang=km");
        assert!(km.contains("អាសយដ្ឋានអ៊ីមែល"), "the email label in Khmer");
        let en = html(w.send(page("/sign-in", Some("en-GB,en"), None)).await).await;
        assert!(en.contains("<html lang=\"en\""));
        assert!(en.contains("Email address"));

        // The switch sets the cookie and comes back to the page it was on.
        let res = w
            .send(page("/language/km?next=%2Fprivacy", Some("en"), None))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()[header::LOCATION], "/privacy");
        let cookie = res.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cookie.starts_with("tandem_lang=km;") && cookie.contains("Max-Age=31536000"));
        // The cookie outranks the browser's header.
        let chosen = html(
            w.send(page("/sign-in", Some("en"), Some("tandem_lang=km")))
                .await,
        )
        .await;
        assert!(chosen.contains("<html lang=\"km\""));
        // Only this site's pages, and only languages Tandem speaks.
        let away = w
            .send(page("/language/en?next=%2F%2Fevil.example%2F", None, None))
            .await;
        assert_eq!(away.headers()[header::LOCATION], "/home");
        let unknown = w.send(page("/language/fr?next=%2F", None, None)).await;
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

        // Signed in, the choice is the person's too (it comes back at their next sign-in).
        let email = unique("lang@lib.kh");
        let session = w.cookie(&email, shared::Role::Partner).await;
        let res = w
            .send(page("/language/km?next=%2Fhome", None, Some(&session)))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let person = app::entities::person::Entity::find()
            .filter(app::entities::person::Column::Email.eq(email.as_str()))
            .one(&w.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(person.language, "km");
    });
}
