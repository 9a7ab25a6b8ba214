//! The privacy notice and a person's archive through the real router: the notice is public and
//! names the contact; the archive is the caller's own, whatever the address says, and nobody
//! signed out gets one.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::pairs::*;
use common::*;
use http::{Response, StatusCode, header};

/// A stored ZIP's bytes as text (its JSON is stored uncompressed).
async fn archive_text(res: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(res.into_body(), 4 << 20)
        .await
        .unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn the_archive_is_always_the_callers_own() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let res = w.send(get("/profile/data/archive.zip", None)).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

        let res = w
            .send(get("/profile/data/archive.zip", Some(&p.coach)))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_TYPE], "application/zip");
        assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
        let zip = archive_text(res).await;
        assert!(zip.starts_with("PK"), "a ZIP archive");
        assert!(zip.contains(&p.coach_user.email));

        // The chair asking for someone else's (by any parameter) still gets the chair's own.
        let res = w
            .send(get(
                &format!("/profile/data/archive.zip?person={}", p.coach_user.id),
                Some(&p.chair),
            ))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let zip = archive_text(res).await;
        assert!(zip.contains(&p.chair_user.email));
        assert!(
            !zip.contains(&format!("\"email\": \"{}\"", p.coach_user.email)),
            "not the coach's account"
        );
    });
}
