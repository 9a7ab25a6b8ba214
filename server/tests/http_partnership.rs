//! Partnership server functions and pages through the real router, called by anonymous, by a
//! coach and a partner of another pair, by the chair and by the pair: only what each may do
//! succeeds, and the chair never receives a private journal entry.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::pairs::*;
use common::*;
use http::{StatusCode, header};

#[test]
fn only_the_pair_reads_the_workspace_and_the_chair_reads_figures() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let id = format!("id={}", p.id);
        // Anonymous: not signed in.
        for f in [
            "get_partnership",
            "get_journal",
            "get_resources",
            "get_introductions",
        ] {
            assert_eq!(
                call(w, f, id.clone(), None).await.0,
                StatusCode::UNAUTHORIZED,
                "{f}"
            );
        }
        // Another pair's coach and partner: as if it did not exist.
        for stranger in [&other.coach, &other.partner] {
            for f in [
                "get_partnership",
                "get_journal",
                "get_resources",
                "get_introductions",
            ] {
                assert_eq!(
                    call(w, f, id.clone(), Some(stranger)).await.0,
                    StatusCode::NOT_FOUND,
                    "{f}"
                );
            }
            let res = w
                .send(get(&format!("/partnerships/{}", p.id), Some(stranger)))
                .await;
            assert_eq!(res.status(), StatusCode::NOT_FOUND);
            assert!(!text(res).await.contains("PRIVATE"));
        }
        // The chair: figures and shared entries; the journal is refused.
        let (status, body) = call(w, "get_partnership", id.clone(), Some(&p.chair)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("SHARED-rector-agreed"), "{body}");
        assert!(
            !body.contains("PRIVATE"),
            "the chair never receives a private entry"
        );
        for f in ["get_journal", "get_resources", "get_introductions"] {
            assert_eq!(
                call(w, f, id.clone(), Some(&p.chair)).await.0,
                StatusCode::FORBIDDEN,
                "{f}"
            );
        }
        let page = text(
            w.send(get(&format!("/partnerships/{}", p.id), Some(&p.chair)))
                .await,
        )
        .await;
        assert!(page.contains("SHARED-rector-agreed") && !page.contains("PRIVATE"));
        // The pair: everything of theirs.
        for member in [&p.coach, &p.partner] {
            let (status, body) = call(w, "get_journal", id.clone(), Some(member)).await;
            assert_eq!(status, StatusCode::OK);
            assert!(body.contains("PRIVATE-budget-cut-by-half"));
            let res = w
                .send(get(
                    &format!("/partnerships/{}/journal", p.id),
                    Some(member),
                ))
                .await;
            assert_eq!(res.status(), StatusCode::OK);
            assert!(text(res).await.contains("PRIVATE-budget-cut-by-half"));
        }
        // Signed-out visitors are sent to sign in, then back.
        let res = w
            .send(get(&format!("/partnerships/{}/journal", p.id), None))
            .await;
        assert_eq!(res.status(), StatusCode::FOUND);
        assert!(
            res.headers()[header::LOCATION]
                .to_str()
                .unwrap()
                .starts_with("/sign-in?next=")
        );
    });
}

#[test]
fn only_the_pair_changes_the_workspace_and_only_the_chair_matches() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let goal = |title: &str| {
            format!(
                "form%5Bpartnership_id%5D={}&form%5Bgoal_id%5D=0&form%5Btitle%5D={}&form%5Boutcome%5D=Page+live{}",
                p.id,
                urlenc(title),
                key_field()
            )
        };
        assert_eq!(
            call(w, "save_goal", goal("Anonymous"), None).await.0,
            StatusCode::UNAUTHORIZED
        );
        for stranger in [&other.coach, &other.partner] {
            assert_eq!(
                call(w, "save_goal", goal("Not mine"), Some(stranger))
                    .await
                    .0,
                StatusCode::NOT_FOUND
            );
        }
        assert_eq!(
            call(w, "save_goal", goal("Chair goal"), Some(&p.chair))
                .await
                .0,
            StatusCode::FORBIDDEN
        );
        let (status, body) = call(w, "save_goal", goal("Discovery page"), Some(&p.partner)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, overview) =
            call(w, "get_partnership", format!("id={}", p.id), Some(&p.coach)).await;
        assert!(overview.contains("Discovery page"));
        assert!(!overview.contains("Not mine") && !overview.contains("Chair goal"));
        // Resources: the coach only.
        let resource = format!(
            "form%5Bpartnership_id%5D={}&form%5Btitle%5D=Guide&form%5Burl%5D=https%3A%2F%2Fexample.org&form%5Barea%5D=collections{}",
            p.id,
            key_field()
        );
        assert_eq!(
            call(w, "add_resource", resource.clone(), Some(&p.partner))
                .await
                .0,
            StatusCode::CONFLICT
        );
        assert_eq!(
            call(w, "add_resource", resource.clone(), Some(&other.coach))
                .await
                .0,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            call(w, "add_resource", resource, Some(&p.coach)).await.0,
            StatusCode::OK
        );
        // Matching: the chair only.
        for who in [&p.coach, &p.partner] {
            assert_eq!(
                call(w, "get_matching", "cohort=".into(), Some(who)).await.0,
                StatusCode::FORBIDDEN
            );
            assert_eq!(
                call(
                    w,
                    "match_pair",
                    "form%5Bcohort_id%5D=1&form%5Bpartner_id%5D=1&form%5Bcoach_id%5D=1".into(),
                    Some(who)
                )
                .await
                .0,
                StatusCode::FORBIDDEN
            );
        }
        assert_eq!(
            call(w, "get_matching", "cohort=".into(), Some(&p.chair))
                .await
                .0,
            StatusCode::OK
        );
        let res = w.send(get("/matching", Some(&p.coach))).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
    });
}

#[test]
fn a_plain_form_with_a_mistake_comes_back_with_what_was_typed() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let body = format!(
            "form%5Bpartnership_id%5D={}&form%5Bgoal_id%5D=0&form%5Btitle%5D=Discovery+page&form%5Boutcome%5D=",
            p.id
        );
        let mut req = form_post("/api/save_goal", &body)
            .header(header::COOKIE, &p.partner)
            .body(Body::from(body))
            .unwrap();
        let headers = req.headers_mut();
        headers.insert(header::ACCEPT, "text/html".parse().unwrap());
        headers.insert(
            header::REFERER,
            format!("http://localhost:3000/partnerships/{}", p.id)
                .parse()
                .unwrap(),
        );
        let res = w.send(req).await;
        // The partnership page itself, answered 422, with what was typed and the error.
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.headers().get(header::LOCATION).is_none());
        let page = text(res).await;
        assert!(
            page.contains("Enter the measurable outcome"),
            "the error is on the page"
        );
        assert!(
            page.contains("value=\"Discovery page\""),
            "the title is kept"
        );
        let back = format!("/partnerships/{}", p.id);
        assert!(
            page.contains(&format!("name=\"__back\" value=\"{back}\"")),
            "each form names its page"
        );
        // The address bar now shows /api/save_goal: the next post from this page finds its
        // way back by the page it names, failing again or succeeding.
        let again = |outcome: &str| {
            let body = format!(
                "form%5Bpartnership_id%5D={}&form%5Bgoal_id%5D=0&form%5Btitle%5D=Discovery+page&form%5Boutcome%5D={outcome}&__back={}{}",
                p.id,
                urlenc(&back),
                key_field()
            );
            plain_post("/api/save_goal", body, &p.partner, "/api/save_goal")
        };
        let res = w.send(again("")).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(text(res).await.contains("Enter the measurable outcome"));
        let res = w.send(again("Page+live")).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let to = res.headers()[header::LOCATION].to_str().unwrap();
        assert!(!to.starts_with("/api/"), "{to}");
    });
}
