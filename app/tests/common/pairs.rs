//! Pairs to test with: a cohort, a chair, a coach in Berlin and a partner in Phnom Penh with an
//! intake, matched through the services.
#![allow(dead_code, clippy::unwrap_used)]

use super::person;
use app::entities::{cohort, person};
use app::features::auth::service::load_user;
use app::features::intake::service as intake;
use app::features::matching::service as matching;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use shared::Role;
use shared::account::CurrentUser;
use shared::intake::IntakeForm;
use shared::partnership::MatchForm;
use shared::programme::ObjectiveArea;

pub struct Cohort {
    pub id: i64,
    pub slug: String,
}

pub async fn new_cohort(db: &DatabaseConnection) -> Cohort {
    let programme = app::features::programme::service::ensure_programme(db, Timestamp::now())
        .await
        .unwrap();
    app::features::programme::service::insert_cohort(
        db,
        programme,
        app::features::programme::service::NewCohort {
            slug: "2027-2028",
            name: "2027-2028",
            country: "Cambodia",
            call_deadline: "2027-01-15T00:00:00Z".parse().unwrap(),
            starts_on: jiff::civil::date(2027, 3, 1),
            is_demo: false,
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    let c = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq("2027-2028"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    Cohort {
        id: c.id,
        slug: c.slug,
    }
}

/// A person in a zone with working hours and languages.
pub async fn someone(
    db: &DatabaseConnection,
    email: &str,
    role: Role,
    zone: &str,
    hours: (i32, i32),
    languages: &[&str],
    name: &str,
) -> CurrentUser {
    let p = person(db, email, role).await;
    let langs: Vec<String> = languages.iter().map(|s| s.to_string()).collect();
    person::ActiveModel {
        id: Set(p.id),
        display_name: Set(name.into()),
        time_zone: Set(zone.into()),
        languages: Set(serde_json::to_string(&langs).unwrap()),
        work_start_min: Set(hours.0 * 60),
        work_end_min: Set(hours.1 * 60),
        ..Default::default()
    }
    .update(db)
    .await
    .unwrap();
    load_user(db, p.id).await.unwrap()
}

pub async fn with_intake(
    db: &DatabaseConnection,
    partner: &CurrentUser,
    area: &str,
) -> CurrentUser {
    intake::save(
        db,
        partner,
        &IntakeForm {
            library: "Mekong Institute of Technology Library".into(),
            position: "Director".into(),
            city: "Phnom Penh".into(),
            time_zone: partner.time_zone.clone(),
            languages: partner.languages.join(", "),
            connectivity: "video".into(),
            preferred_times: "Mornings".into(),
            objective_area: area.into(),
            need: "Students cannot find our e-journals; we want a discovery page and short training for staff.".into(),
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    load_user(db, partner.id).await.unwrap()
}

pub struct Pair {
    pub chair: CurrentUser,
    pub coach: CurrentUser,
    pub partner: CurrentUser,
    pub cohort: Cohort,
    pub id: i64,
}

pub async fn coach_in(
    db: &DatabaseConnection,
    chair: &CurrentUser,
    cohort: &Cohort,
    coach: &CurrentUser,
    expertise: &[ObjectiveArea],
) {
    matching::add_coach(db, chair, cohort.id, coach.id, Timestamp::now())
        .await
        .unwrap();
    matching::set_expertise(db, cohort.id, coach.id, expertise)
        .await
        .unwrap();
}

pub fn match_form(cohort: &Cohort, partner: &CurrentUser, coach: &CurrentUser) -> MatchForm {
    MatchForm {
        cohort_id: cohort.id,
        partner_id: partner.id,
        coach_id: coach.id,
        over_capacity: String::new(),
    }
}

pub async fn pair(db: &DatabaseConnection, tag: &str) -> Pair {
    let cohort = match cohort::Entity::find()
        .filter(cohort::Column::Slug.eq("2027-2028"))
        .one(db)
        .await
        .unwrap()
    {
        Some(c) => Cohort {
            id: c.id,
            slug: c.slug,
        },
        None => new_cohort(db).await,
    };
    let chair = person(db, &format!("chair-{tag}@iatul.org"), Role::Chair).await;
    let coach = someone(
        db,
        &format!("coach-{tag}@lib.de"),
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["German", "English"],
        "Anna Keller",
    )
    .await;
    let partner = someone(
        db,
        &format!("partner-{tag}@lib.kh"),
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer", "English"],
        "Sophea Chan",
    )
    .await;
    let partner = with_intake(db, &partner, "collections").await;
    coach_in(
        db,
        &chair,
        &cohort,
        &coach,
        &[ObjectiveArea::CollectionsAndAccess],
    )
    .await;
    let id = matching::create_partnership(
        db,
        &chair,
        &match_form(&cohort, &partner, &coach),
        Timestamp::now(),
    )
    .await
    .unwrap();
    Pair {
        chair,
        coach,
        partner,
        cohort,
        id,
    }
}

/// The partner accepts the first time proposed for `session`: it is scheduled.
pub async fn accept_first(db: &DatabaseConnection, p: &Pair, session: i64, now: Timestamp) {
    use app::features::sessions::service as sessions;
    let v = sessions::sessions_view(db, &p.partner, p.id, now)
        .await
        .unwrap();
    let form = shared::schedule::AnswerForm {
        partnership_id: p.id,
        session_id: session,
        option_id: v.sessions[0].options[0].id,
    };
    sessions::answer(db, &p.partner, &form, now).await.unwrap();
}
