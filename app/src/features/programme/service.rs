//! Programme use cases: make sure the programme from the 2019 call exists, read it for the home
//! page, and let the chair edit its texts.

use crate::entities::{cohort, objective_area, programme};
use crate::server::ServiceError;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::programme::{
    AreaView, CohortView, ObjectiveArea, ProgrammeChange, ProgrammeForm, ProgrammeView,
};
use shared::time::to_millis as to_ms;
use shared::{Role, time};

mod cohorts;
pub use cohorts::*;
mod partners;
pub use partners::*;

pub const PROGRAMME_SLUG: &str = "sig-alice";
/// The zone the programme states its deadlines in.
pub const PROGRAMME_ZONE: &str = "Europe/London";

fn json(lines: &[&str]) -> String {
    serde_json::to_string(lines).unwrap_or_else(|_| "[]".to_owned())
}

fn zone(name: &str) -> Result<TimeZone, ServiceError> {
    TimeZone::get(name).map_err(|e| ServiceError::Internal(format!("time zone {name}: {e}")))
}

/// Creates the programme, its four areas and the 2019-2020 cohort from the call for
/// participants, if absent. Safe to run at every start.
pub async fn ensure_programme(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    if let Some(p) = programme::Entity::find()
        .filter(programme::Column::Slug.eq(PROGRAMME_SLUG))
        .one(db)
        .await?
    {
        return Ok(p.id);
    }
    let txn = crate::server::db::begin_write(db).await?;
    let p = programme::ActiveModel {
        slug: Set(PROGRAMME_SLUG.to_owned()),
        name: Set("IATUL SIG-ALICE Coaching Programme".to_owned()),
        summary: Set("The SIG-ALICE Coaching Programme contributes expertise and support for the further development of library services in emerging countries such as Cambodia, its first focus. Experienced library leaders coach library directors for one year. Coaching is task-oriented and performance driven: each partner chooses one specific objective, and coach and partner set attainable goals together.".to_owned()),
        chair_name: Set("Bethany Wilkes".to_owned()),
        time_zone: Set(PROGRAMME_ZONE.to_owned()),
        general_objectives: Set(json(&[
            "Cultivate an engaged group of library leaders in Cambodia",
            "Provide practical guidance, advice, and support to Cambodian library leaders",
            "Build networks and a community of practice",
            "Broaden perceptions of library work for both coaches and partners",
            "Co-sharing of difficulties and successes in library management",
        ])),
        coach_expectations: Set(json(&[
            "Focus on their partners' needs; assist partners in establishing attainable goals",
            "Set up, and participate in, regular meetings with their partners: at least 6 coaching sessions by voice or video",
            "Provide 2-5 hours per month collating resources, answering questions outside of meetings, connecting partners to other experts",
            "Communicate openly, honestly, and respectfully",
            "Protect the privacy of their partners and respect confidentiality",
            "Communicate with the SIG-ALICE team as soon as possible in case of difficulties",
            "Try to join the annual conferences of IATUL",
        ])),
        updated_at: Set(to_ms(now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let areas = [
        (
            ObjectiveArea::FacilitiesAndSpaces,
            "Library facilities and spaces",
            "Address a specific need/objective relating to library facilities and spaces",
        ),
        (
            ObjectiveArea::CollectionsAndAccess,
            "Collections and information access",
            "Address a specific need/objective relating to collections and/or information access",
        ),
        (
            ObjectiveArea::AdvocacyAndServices,
            "Library advocacy and services",
            "Address a specific need/objective relating to library advocacy and/or services",
        ),
        (
            ObjectiveArea::PeopleAndTraining,
            "Human resources and training",
            "Address a specific need/objective relating to human resources and training needs",
        ),
    ];
    for (position, (area, title, description)) in (0i32..).zip(areas) {
        objective_area::ActiveModel {
            programme_id: Set(p.id),
            code: Set(area.code().to_owned()),
            title: Set(title.to_owned()),
            description: Set(description.to_owned()),
            position: Set(position),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let deadline = time::deadline_closes_at(jiff::civil::date(2019, 4, 22), &zone(PROGRAMME_ZONE)?)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    insert_cohort(
        &txn,
        p.id,
        NewCohort {
            slug: "2019-2020",
            name: "2019-2020",
            country: "Cambodia",
            call_deadline: deadline,
            starts_on: jiff::civil::date(2019, 6, 1),
            is_demo: false,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(p.id)
}

/// A cohort to add.
pub struct NewCohort<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub country: &'a str,
    pub call_deadline: Timestamp,
    pub starts_on: Date,
    pub is_demo: bool,
}

/// Adds a cohort lasting one year from `starts_on`.
pub async fn insert_cohort(
    db: &impl ConnectionTrait,
    programme_id: i64,
    new: NewCohort<'_>,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let ends_on = new
        .starts_on
        .checked_add(jiff::Span::new().years(1))
        .and_then(|d| d.yesterday())
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    cohort::ActiveModel {
        programme_id: Set(programme_id),
        slug: Set(new.slug.to_owned()),
        name: Set(new.name.to_owned()),
        country: Set(new.country.to_owned()),
        partner_time_zone: Set("Asia/Phnom_Penh".to_owned()),
        call_deadline_at: Set(to_ms(new.call_deadline)),
        starts_on: Set(new.starts_on.to_string()),
        ends_on: Set(ends_on.to_string()),
        is_demo: Set(new.is_demo),
        created_at: Set(to_ms(now)),
        cv_retention_days: Set(30),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

async fn load(db: &impl ConnectionTrait) -> Result<programme::Model, ServiceError> {
    programme::Entity::find()
        .filter(programme::Column::Slug.eq(PROGRAMME_SLUG))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The programme with its areas and cohorts; each cohort's call state by the server clock.
pub async fn programme_view(
    db: &impl ConnectionTrait,
    now: Timestamp,
) -> Result<ProgrammeView, ServiceError> {
    let p = load(db).await?;
    let areas = objective_area::Entity::find()
        .filter(objective_area::Column::ProgrammeId.eq(p.id))
        .order_by_asc(objective_area::Column::Position)
        .all(db)
        .await?;
    let cohorts = cohort::Entity::find()
        .filter(cohort::Column::ProgrammeId.eq(p.id))
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?;
    Ok(ProgrammeView {
        outbox_retention_days: p.outbox_retention_days.max(0) as u32,
        audit_retention_days: p.audit_retention_days.max(0) as u32,
        name: p.name,
        summary: p.summary,
        chair_name: p.chair_name,
        contact_email: p.contact_email,
        time_zone: p.time_zone,
        general_objectives: serde_json::from_str(&p.general_objectives).unwrap_or_default(),
        coach_expectations: serde_json::from_str(&p.coach_expectations).unwrap_or_default(),
        areas: areas
            .into_iter()
            .map(|a| AreaView {
                code: a.code,
                title: a.title,
                description: a.description,
            })
            .collect(),
        cohorts: cohorts.into_iter().map(|c| cohort_view(c, now)).collect(),
    })
}

/// A cohort's call as pages show it, on the clock its deadline is stated in.
pub fn cohort_view(c: cohort::Model, now: Timestamp) -> CohortView {
    let tz = TimeZone::get(&c.deadline_time_zone).unwrap_or(TimeZone::UTC);
    let deadline = time::from_millis(c.call_deadline_at);
    let now_ms = to_ms(now);
    let cohort_stage = stage(&c, now);
    // In the language of the request being answered (English outside one).
    let style = crate::i18n::style();
    CohortView {
        call_deadline_utc: deadline.to_string(),
        call_open_until_utc: (deadline - jiff::SignedDuration::from_secs(60)).to_string(),
        call_deadline_local: time::format_until_in(style, deadline, &tz),
        deadline_place: time::zone_city_in(style.lang, &c.deadline_time_zone),
        extended_from: c
            .deadline_extended_from
            .map(|ms| time::format_until_in(style, time::from_millis(ms), &tz)),
        opens_on: c.call_opens_at.filter(|o| now_ms < *o).map(|o| {
            let zoned = time::from_millis(o).to_zoned(tz.clone());
            match style.lang {
                shared::i18n::Lang::En => zoned.strftime("%a %-d %b %Y").to_string(),
                _ => time::format_date_in(style, &zoned.date().to_string()),
            }
        }),
        call_open: shared::programme::call_is_open(now_ms, c.call_opens_at, c.call_deadline_at),
        call_text: c.call_text,
        min_sessions: c.min_sessions.max(1) as u32,
        stage: cohort_stage,
        slug: c.slug,
        name: c.name,
        country: c.country,
        starts_on: c.starts_on,
        ends_on: c.ends_on,
        is_demo: c.is_demo,
    }
}

fn require_chair(caller: &CurrentUser) -> Result<(), ServiceError> {
    crate::server::failure::require_role(caller, Role::Chair)
}

/// The programme's texts as the chair's edit form shows them.
pub async fn programme_form(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<ProgrammeForm, ServiceError> {
    require_chair(caller)?;
    let view = programme_view(db, Timestamp::now()).await?;
    let title = |code: &str| {
        view.areas
            .iter()
            .find(|a| a.code == code)
            .map(|a| a.title.clone())
            .unwrap_or_default()
    };
    Ok(ProgrammeForm {
        name: view.name.clone(),
        summary: view.summary.clone(),
        chair_name: view.chair_name.clone(),
        contact_email: view.contact_email.clone(),
        general_objectives: view.general_objectives.join("\n"),
        coach_expectations: view.coach_expectations.join("\n"),
        area_facilities: title("facilities"),
        area_collections: title("collections"),
        area_advocacy: title("advocacy"),
        area_training: title("training"),
        outbox_retention_days: view.outbox_retention_days.to_string(),
        audit_retention_days: view.audit_retention_days.to_string(),
    })
}

/// The chair changes the programme's texts; all or nothing.
pub async fn update_programme(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    change: ProgrammeChange,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_chair(caller)?;
    let p = load(db).await?;
    let txn = crate::server::db::begin_write(db).await?;
    programme::ActiveModel {
        id: Set(p.id),
        name: Set(change.name),
        summary: Set(change.summary),
        chair_name: Set(change.chair_name),
        contact_email: Set(change.contact_email),
        outbox_retention_days: Set(change.outbox_retention_days as i32),
        audit_retention_days: Set(change.audit_retention_days as i32),
        general_objectives: Set(crate::server::failure::to_json(&change.general_objectives)?),
        coach_expectations: Set(crate::server::failure::to_json(&change.coach_expectations)?),
        updated_at: Set(to_ms(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    for (area, title) in change.area_titles {
        objective_area::Entity::update_many()
            .col_expr(
                objective_area::Column::Title,
                sea_orm::sea_query::Expr::value(title),
            )
            .filter(objective_area::Column::ProgrammeId.eq(p.id))
            .filter(objective_area::Column::Code.eq(area.code()))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}
