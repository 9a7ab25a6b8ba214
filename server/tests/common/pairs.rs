//! A chair and a matched pair in a new cohort, with one private and one shared journal entry,
//! and calls of server functions as a browser makes them.
#![allow(dead_code, clippy::unwrap_used)]

use super::*;
use app::entities::{cohort, person};
use app::features::auth::service::load_user;
use app::features::matching::service as matching;
use app::features::partnership::service as ws;
use axum::body::Body;
use http::{StatusCode, header};
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::Role;
use shared::account::CurrentUser;
use shared::intake::IntakeForm;
use shared::partnership::{JournalForm, MatchForm};

pub struct Pair {
    pub id: i64,
    pub cohort_id: i64,
    pub chair: String,
    pub coach: String,
    pub partner: String,
    pub chair_user: CurrentUser,
    pub coach_user: CurrentUser,
    pub partner_user: CurrentUser,
}

pub async fn user(w: &World, email: &str) -> CurrentUser {
    let p = person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    load_user(&w.db, p.id).await.unwrap()
}

/// A chair, a matched pair in a new cohort, and one private and one shared journal entry.
pub async fn pair(w: &World) -> Pair {
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
    // The partner belongs to this cohort (many cohorts share the test world).
    app::features::intake::service::join_cohort(&w.db, cohort.id, partner_user.id, None, now)
        .await
        .unwrap();
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
                request_key: app::features::auth::tokens::new_token(),
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
        cohort_id: cohort.id,
        chair,
        coach,
        partner,
        chair_user,
        coach_user,
        partner_user,
    }
}

pub async fn call(
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
