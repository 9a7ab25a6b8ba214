//! Intake use cases (partners only): read and save the profile with its objective. An intake
//! belongs to a cohort: the partner works on the one of the newest cohort they belong to (or,
//! belonging to none yet, the newest cohort). Once matched, the objective is the partnership's
//! and the intake keeps it as it was.

use crate::entities::{cohort, objective_area, partner_intake, partnership, person};
use crate::features::auth::service::check_zone;
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::intake::{IntakeForm, IntakeView};
use shared::{FieldErrors, Role};

/// A partner's intake for a cohort, if they belong to it.
pub async fn intake_in(
    db: &impl ConnectionTrait,
    cohort_id: i64,
    person_id: i64,
) -> Result<Option<partner_intake::Model>, ServiceError> {
    Ok(partner_intake::Entity::find()
        .filter(partner_intake::Column::CohortId.eq(cohort_id))
        .filter(partner_intake::Column::PersonId.eq(person_id))
        .one(db)
        .await?)
}

/// The cohort whose intake a partner works on, with their row there if any: the newest cohort
/// they belong to, else the newest cohort.
async fn working_intake(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<(cohort::Model, Option<partner_intake::Model>), ServiceError> {
    let cohorts = cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .order_by_desc(cohort::Column::Id)
        .all(db)
        .await?;
    let rows = partner_intake::Entity::find()
        .filter(partner_intake::Column::PersonId.eq(person_id))
        .all(db)
        .await?;
    for c in &cohorts {
        if let Some(row) = rows.iter().find(|r| r.cohort_id == c.id) {
            return Ok((c.clone(), Some(row.clone())));
        }
    }
    let newest =
        cohorts
            .into_iter()
            .next()
            .ok_or(ServiceError::Conflict(shared::errors::Message::key(
                "intake-no-cohort",
                &[],
            )))?;
    Ok((newest, None))
}

/// Puts a partner into a cohort (once): a new intake that keeps the library, position, city and
/// ways of meeting of their latest one, with the objective left for them to choose.
pub async fn join_cohort(
    db: &impl ConnectionTrait,
    cohort_id: i64,
    person_id: i64,
    invited_by: Option<i64>,
    now: Timestamp,
) -> Result<bool, ServiceError> {
    if intake_in(db, cohort_id, person_id).await?.is_some() {
        return Ok(false);
    }
    let last = partner_intake::Entity::find()
        .filter(partner_intake::Column::PersonId.eq(person_id))
        .order_by_desc(partner_intake::Column::UpdatedAt)
        .one(db)
        .await?;
    let keep = |f: fn(&partner_intake::Model) -> &String| {
        last.as_ref().map(f).cloned().unwrap_or_default()
    };
    let ms = now.as_millisecond();
    partner_intake::ActiveModel {
        cohort_id: Set(cohort_id),
        person_id: Set(person_id),
        library: Set(keep(|m| &m.library)),
        position: Set(keep(|m| &m.position)),
        city: Set(keep(|m| &m.city)),
        connectivity: Set(keep(|m| &m.connectivity)),
        preferred_times: Set(keep(|m| &m.preferred_times)),
        objective_area: Set(String::new()),
        need: Set(String::new()),
        completed_at: Set(None),
        invited_by: Set(invited_by),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}

/// The partnership a partner has in a cohort (in any status), if matched there.
async fn matched_in(
    db: &impl ConnectionTrait,
    cohort_id: i64,
    person_id: i64,
) -> Result<Option<partnership::Model>, ServiceError> {
    Ok(partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(cohort_id))
        .filter(partnership::Column::PartnerId.eq(person_id))
        .order_by_desc(partnership::Column::Id)
        .one(db)
        .await?)
}

/// The caller's intake, prefilled from their account (Phnom Penh by default).
pub async fn intake(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<IntakeView, ServiceError> {
    require_role(caller, Role::Partner)?;
    let (cohort, row) = working_intake(db, caller.id).await?;
    let matched = matched_in(db, cohort.id, caller.id).await?.map(|p| p.id);
    let zone = if caller.time_zone.is_empty() {
        "Asia/Phnom_Penh".to_owned()
    } else {
        caller.time_zone.clone()
    };
    let row = row.unwrap_or(partner_intake::Model {
        id: 0,
        cohort_id: cohort.id,
        person_id: caller.id,
        library: String::new(),
        position: String::new(),
        city: String::new(),
        connectivity: String::new(),
        preferred_times: String::new(),
        objective_area: String::new(),
        need: String::new(),
        completed_at: None,
        invited_by: None,
        created_at: 0,
        updated_at: 0,
    });
    let title = objective_area::Entity::find()
        .filter(objective_area::Column::Code.eq(row.objective_area.as_str()))
        .one(db)
        .await?
        .map(|a| a.title);
    Ok(IntakeView {
        form: IntakeForm {
            library: row.library,
            position: row.position,
            city: row.city,
            time_zone: zone,
            languages: caller.languages.join(", "),
            connectivity: row.connectivity,
            preferred_times: row.preferred_times,
            objective_area: row.objective_area,
            need: row.need,
        },
        complete: row.completed_at.is_some(),
        objective_title: title,
        cohort_name: cohort.name,
        matched,
    })
}

/// Saves the intake (for the cohort it belongs to) and the zone and languages on the account,
/// in one transaction. Once matched, the objective stays as it was, whatever the form says.
pub async fn save(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &IntakeForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Partner)?;
    let txn = crate::server::db::begin_write(db).await?;
    let (cohort, row) = working_intake(&txn, caller.id).await?;
    let matched = matched_in(&txn, cohort.id, caller.id).await?.is_some();
    let mut form = form.clone();
    if let (true, Some(r)) = (matched, &row) {
        form.objective_area = r.objective_area.clone();
        form.need = r.need.clone();
    }
    let mut errors = FieldErrors::new();
    let checked = form.validate();
    if let Err(e) = &checked {
        errors = e.clone();
    }
    if errors.first("time_zone").is_none() {
        check_zone(form.time_zone.trim(), &mut errors);
    }
    errors.into_result(())?;
    let intake = checked.map_err(ServiceError::Validation)?;
    let ms = now.as_millisecond();
    person::ActiveModel {
        id: Set(caller.id),
        time_zone: Set(intake.time_zone.clone()),
        languages: Set(crate::server::failure::to_json(&intake.languages)?),
        updated_at: Set(ms),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let mut model = partner_intake::ActiveModel {
        cohort_id: Set(cohort.id),
        person_id: Set(caller.id),
        library: Set(intake.library),
        position: Set(intake.position),
        city: Set(intake.city),
        connectivity: Set(intake.connectivity.code().to_owned()),
        preferred_times: Set(intake.preferred_times),
        objective_area: Set(intake.objective_area.code().to_owned()),
        need: Set(intake.need),
        completed_at: Set(Some(
            row.as_ref().and_then(|r| r.completed_at).unwrap_or(ms),
        )),
        updated_at: Set(ms),
        ..Default::default()
    };
    match row {
        Some(r) => {
            model.id = Set(r.id);
            model.update(&txn).await?;
        }
        None => {
            model.invited_by = Set(None);
            model.created_at = Set(ms);
            model.insert(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
