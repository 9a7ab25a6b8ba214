//! Intake use cases (partners only): read and save the profile with its objective.

use crate::entities::{objective_area, partner_profile, person};
use crate::features::auth::service::check_zone;
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use shared::account::CurrentUser;
use shared::intake::{IntakeForm, IntakeView};
use shared::{FieldErrors, Role};

/// The caller's intake, prefilled from their account (Phnom Penh by default).
pub async fn intake(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<IntakeView, ServiceError> {
    require_role(caller, Role::Partner)?;
    let saved = partner_profile::Entity::find_by_id(caller.id)
        .one(db)
        .await?;
    let zone = if caller.time_zone.is_empty() {
        "Asia/Phnom_Penh".to_owned()
    } else {
        caller.time_zone.clone()
    };
    let Some(p) = saved else {
        return Ok(IntakeView {
            form: IntakeForm {
                time_zone: zone,
                languages: caller.languages.join(", "),
                ..Default::default()
            },
            complete: false,
            objective_title: None,
        });
    };
    let title = objective_area::Entity::find()
        .filter(objective_area::Column::Code.eq(p.objective_area.as_str()))
        .one(db)
        .await?
        .map(|a| a.title);
    Ok(IntakeView {
        form: IntakeForm {
            library: p.library,
            position: p.position,
            city: p.city,
            time_zone: zone,
            languages: caller.languages.join(", "),
            connectivity: p.connectivity,
            preferred_times: p.preferred_times,
            objective_area: p.objective_area,
            need: p.need,
        },
        complete: true,
        objective_title: title,
    })
}

/// Saves the intake and the zone and languages on the account, in one transaction.
pub async fn save(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &IntakeForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Partner)?;
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
    let txn = crate::server::db::begin_write(db).await?;
    person::ActiveModel {
        id: Set(caller.id),
        time_zone: Set(intake.time_zone.clone()),
        languages: Set(crate::server::failure::to_json(&intake.languages)?),
        updated_at: Set(ms),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    partner_profile::Entity::delete_by_id(caller.id)
        .exec(&txn)
        .await?;
    partner_profile::ActiveModel {
        person_id: Set(caller.id),
        library: Set(intake.library),
        position: Set(intake.position),
        city: Set(intake.city),
        connectivity: Set(intake.connectivity.code().to_owned()),
        preferred_times: Set(intake.preferred_times),
        objective_area: Set(intake.objective_area.code().to_owned()),
        need: Set(intake.need),
        updated_at: Set(ms),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}
