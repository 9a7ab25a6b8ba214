//! Partnership server functions and pages through the real router, called by anonymous, by a
//! coach and a partner of another pair, by the chair and by the pair: only what each may do
//! succeeds, and the chair never receives a private journal entry.
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{cohort, person};
use app::features::auth::service::load_user;
use app::features::matching::service as matching;
use app::features::partnership::service as ws;
use axum::body::Body;
use common::*;
use http::{StatusCode, header};
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::Role;
use shared::account::CurrentUser;
use shared::intake::IntakeForm;
use shared::partnership::{JournalForm, MatchForm};

struct Pair {
    id: i64,
    chair: String,
    coach: String,
    partner: String,
}

async fn user(w: &World, email: &str) -> CurrentUser {
    let p = person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    load_user(&w.db, p.id).await.unwrap()
}

/// A chair, a matched pair in a new cohort, and one private and one shared journal entry.
async fn pair(w: &World) -> Pair {
    let now = Timestamp::now();
    let slug = unique("cohort");
    let programme = app::features::programme::service::ensure_programme(&w.db, now)
        .await
        .unwrap();
    app::features::programme::service::insert_cohort(
        &w.db,
        programme,
        app::features::programme::service::NewCohort {
            slug: &slug,
            name: &slug,
            country: "Cambodia",
            call_deadline: "2027-01-15T00:00:00Z".parse().unwrap(),
            starts_on: jiff::civil::date(2027, 3, 1),
            is_demo: false,
        },
        now,
    )
    .await
    .unwrap();
    let cohort = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug.as_str()))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    let (chair_email, coach_email, partner_email) = (
        unique("chair@iatul.org"),
        unique("coach@lib.de"),
        unique("partner@lib.kh"),
    );
    let chair = w.cookie(&chair_email, Role::Chair).await;
    let coach = w.cookie(&coach_email, Role::Coach).await;
    let partner = w.cookie(&partner_email, Role::Partner).await;
    let (chair_user, coach_user, partner_user) = (
        user(w, &chair_email).await,
        user(w, &coach_email).await,
        user(w, &partner_email).await,
    );
    app::features::intake::service::save(
        &w.db,
        &partner_user,
        &IntakeForm {
            library: "Mekong Library".into(),
            position: "Director".into(),
            city: "Phnom Penh".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: "Khmer, English".into(),
            connectivity: "video".into(),
            preferred_times: "Mornings".into(),
            objective_area: "collections".into(),
            need: "Students cannot find our e-journals and we want a discovery page with training."
                .into(),
        },
        now,
    )
    .await
    .unwrap();
    matching::add_coach(&w.db, &chair_user, cohort.id, coach_user.id, now)
        .await
        .unwrap();
    let id = matching::create_partnership(
        &w.db,
        &chair_user,
        &MatchForm {
            cohort_id: cohort.id,
            partner_id: partner_user.id,
            coach_id: coach_user.id,
            over_capacity: String::new(),
        },
        now,
    )
    .await
    .unwrap();
    for (body, share) in [
        ("PRIVATE-budget-cut-by-half", ""),
        ("SHARED-rector-agreed", "on"),
    ] {
        ws::add_journal_entry(
            &w.db,
            &partner_user,
            &JournalForm {
                partnership_id: id,
                kind: "difficulty".into(),
                body: body.into(),
                share: share.into(),
            },
            now,
        )
        .await
        .unwrap();
    }
    Pair {
        id,
        chair,
        coach,
        partner,
    }
}

async fn call(
    w: &World,
    function: &str,
    body: String,
    cookie: Option<&str>,
) -> (StatusCode, String) {
    let mut b = form_post(&format!("/api/{function}"), &body);
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    let res = w.send(b.body(Body::from(body)).unwrap()).await;
    let status = res.status();
    (status, text(res).await)
}

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
                "form%5Bpartnership_id%5D={}&form%5Bgoal_id%5D=0&form%5Btitle%5D={}&form%5Boutcome%5D=Page+live",
                p.id,
                urlenc(title)
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
            "form%5Bpartnership_id%5D={}&form%5Btitle%5D=Guide&form%5Burl%5D=https%3A%2F%2Fexample.org&form%5Barea%5D=collections",
            p.id
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
        assert_eq!(res.status(), StatusCode::FOUND);
        let to = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
        assert!(to.starts_with(&format!("/partnerships/{}?", p.id)), "{to}");
        assert!(to.contains("title=Discovery+page"), "{to}");
        let page = text(w.send(get(&to, Some(&p.partner))).await).await;
        assert!(
            page.contains("Enter the measurable outcome"),
            "the error is on the page"
        );
        assert!(
            page.contains("value=\"Discovery page\""),
            "the title is kept"
        );
    });
}
