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

/// An application stored with a known private link.
async fn application_with_link(
    db: &sea_orm::DatabaseConnection,
    cohort_id: i64,
    name: &str,
) -> String {
    use sea_orm::{ActiveModelTrait, Set};
    let token = app::features::auth::tokens::new_token();
    let now = jiff::Timestamp::now().as_millisecond();
    let email = unique(&format!("{name}@apply.test"));
    let a = app::entities::application::ActiveModel {
        cohort_id: Set(cohort_id),
        token_hash: Set(app::features::auth::tokens::token_hash(&token)),
        email: Set(email),
        name: Set(name.into()),
        position: Set("Director".into()),
        institution: Set("A library".into()),
        country: Set("Chile".into()),
        time_zone: Set("America/Santiago".into()),
        languages: Set("Spanish".into()),
        years_leading: Set(Some(9)),
        expertise: Set("[\"advocacy\"]".into()),
        expertise_other: Set(String::new()),
        statement: Set(format!("STATEMENT-OF-{name}")),
        consent: Set(true),
        status: Set("declined".into()),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    app::entities::application_cv::ActiveModel {
        application_id: Set(a.id),
        kind: Set("pdf".into()),
        file_name: Set(format!("{name}-cv.pdf")),
        size: Set(8),
        content: Set(b"%PDF-1.4".to_vec()),
        uploaded_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    token
}

#[test]
fn an_applicant_takes_their_data_and_asks_for_erasure_with_the_private_link_alone() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let mine = application_with_link(&w.db, p.cohort_id, "valeria").await;
        let theirs = application_with_link(&w.db, p.cohort_id, "tomas").await;

        // The link opens this application's data (with the CV), and no other's.
        let res = w
            .send(get(&format!("/applications/{mine}/archive.zip"), None))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let zip = archive_text(res).await;
        assert!(zip.contains("STATEMENT-OF-valeria") && zip.contains("valeria-cv.pdf"));
        assert!(!zip.contains("STATEMENT-OF-tomas"));
        assert!(!zip.contains(&app::features::auth::tokens::token_hash(&mine)));
        let res = w
            .send(get("/applications/not-a-link/archive.zip", None))
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);

        // A plain form post asks for erasure; a resend stores one request.
        for _ in 0..2 {
            let req = form_post(&format!("/applications/{mine}/erase"), "")
                .header(header::ACCEPT, "text/html")
                .body(Body::empty())
                .unwrap();
            let res = w.send(req).await;
            assert_eq!(res.status(), StatusCode::SEE_OTHER);
        }
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let asked = app::entities::erasure_request::Entity::find()
            .filter(app::entities::erasure_request::Column::Kind.eq("application"))
            .filter(app::entities::erasure_request::Column::Status.eq("waiting"))
            .all(&w.db)
            .await
            .unwrap();
        assert_eq!(asked.len(), 1);
        // The application's page says when it runs; the other applicant's says nothing of it.
        let page = archive_text(w.send(get(&format!("/applications/{mine}"), None)).await).await;
        assert!(
            page.contains("for this application to be erased. Unless the programme chair objects")
        );
        let other = archive_text(w.send(get(&format!("/applications/{theirs}"), None)).await).await;
        assert!(other.contains("Ask for this application to be erased"));
    });
}
