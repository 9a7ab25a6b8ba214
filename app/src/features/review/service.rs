//! Review use cases (chair only): list, read, decide, note, and read a CV.

use crate::entities::{application, application_cv, application_note, cohort, person};
use crate::features::auth::service::create_invitation;
use crate::server::failure::require_team;
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use shared::account::{CurrentUser, NewInvitation};
use shared::application::{Actor, ApplicationForm, ApplicationStatus, CvInfo};
use shared::review::{ApplicationDetail, ApplicationSummary, ReviewFilter, ReviewNote};
use shared::{FieldErrors, Role, time};

fn status_of(row: &application::Model) -> ApplicationStatus {
    ApplicationStatus::from_code(&row.status).unwrap_or(ApplicationStatus::Draft)
}

fn submitted_at(row: &application::Model) -> String {
    row.submitted_at
        .map(|ms| time::from_millis(ms).to_string())
        .unwrap_or_default()
}

/// Sent applications (never drafts), filtered and sorted. One query.
pub async fn list(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    filter: &ReviewFilter,
) -> Result<Vec<ApplicationSummary>, ServiceError> {
    require_team(caller)?;
    let rows = application::Entity::find()
        .filter(application::Column::Status.ne(ApplicationStatus::Draft.code()))
        .order_by_desc(application::Column::SubmittedAt)
        .all(db)
        .await?;
    let summaries = rows
        .iter()
        .map(|r| ApplicationSummary {
            id: r.id,
            name: r.name.clone(),
            email: r.email.clone(),
            position: r.position.clone(),
            institution: r.institution.clone(),
            country: r.country.clone(),
            time_zone: r.time_zone.clone(),
            expertise: serde_json::from_str(&r.expertise).unwrap_or_default(),
            status: status_of(r),
            submitted_at_utc: submitted_at(r),
        })
        .collect();
    Ok(filter.apply(summaries))
}

async fn sent_application(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<application::Model, ServiceError> {
    application::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| status_of(r) != ApplicationStatus::Draft)
        .ok_or(ServiceError::NotFound)
}

/// One sent application with its notes.
pub async fn detail(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<ApplicationDetail, ServiceError> {
    require_team(caller)?;
    let row = sent_application(db, id).await?;
    let cohort_name = cohort::Entity::find_by_id(row.cohort_id)
        .one(db)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let cv = application_cv::Entity::find_by_id(row.id)
        .select_only()
        .columns([
            application_cv::Column::FileName,
            application_cv::Column::Size,
            application_cv::Column::Kind,
        ])
        .into_tuple::<(String, i64, String)>()
        .one(db)
        .await?
        .map(|(file_name, size_bytes, kind)| CvInfo {
            file_name,
            size_bytes,
            kind,
        });
    let notes = application_note::Entity::find()
        .filter(application_note::Column::ApplicationId.eq(row.id))
        .order_by_asc(application_note::Column::Id)
        .all(db)
        .await?;
    let viewer_zone = jiff::tz::TimeZone::get(&caller.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let author_ids: Vec<i64> = notes.iter().filter_map(|n| n.author_id).collect();
    let authors = person::Entity::find()
        .filter(person::Column::Id.is_in(author_ids))
        .all(db)
        .await?;
    let notes = notes
        .into_iter()
        .map(|n| ReviewNote {
            author: authors
                .iter()
                .find(|p| Some(p.id) == n.author_id)
                .map(|p| p.display_name.clone())
                .unwrap_or_else(|| shared::i18n::t(crate::i18n::lang(), "former-team-member")),
            body: n.body,
            created_at_local: time::format_local(time::from_millis(n.created_at), &viewer_zone),
        })
        .collect();
    let view = crate::features::call::service::to_application(&row);
    Ok(ApplicationDetail {
        id: row.id,
        cohort_name,
        form: ApplicationForm::from_application(&view),
        status: status_of(&row),
        cv,
        notes,
        submitted_at_utc: submitted_at(&row),
    })
}

/// Moves an application; accepting invites the coach to Tandem (one transaction).
pub async fn decide(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    to: ApplicationStatus,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<ApplicationStatus, ServiceError> {
    require_team(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let row = sent_application(&txn, id).await?;
    let from = status_of(&row);
    if !from.can_move(to, Actor::Chair) {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "application-cannot-move",
            &[("from", from.said()), ("to", to.said())],
        )));
    }
    application::ActiveModel {
        id: Set(row.id),
        status: Set(to.code().to_owned()),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let existing = person::Entity::find()
        .filter(person::Column::Email.eq(row.email.as_str()))
        .one(&txn)
        .await?;
    if to == ApplicationStatus::Declined {
        let cohort_name = crate::entities::cohort::Entity::find_by_id(row.cohort_id)
            .one(&txn)
            .await?
            .map(|c| c.name)
            .unwrap_or_default();
        crate::features::call::service::messages::declined(&txn, &row, &cohort_name, now).await?;
    }
    if to == ApplicationStatus::Accepted
        && let Some(coach) = &existing
    {
        // Someone who already has an account joins the cohort at once.
        crate::features::matching::service::enrol_coach(&txn, row.cohort_id, coach, now).await?;
    }
    if to == ApplicationStatus::Accepted && existing.is_none() {
        let invitation = NewInvitation {
            email: row.email.clone(),
            display_name: row.name.clone(),
            role: Role::Coach,
            // The application does not say which language its author reads; the call is in
            // English.
            lang: shared::i18n::Lang::En,
        };
        create_invitation(
            &txn,
            Some((caller.id, caller.display_name.as_str())),
            &invitation,
            settings.invitation_ttl,
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(to)
}

/// Adds a private note.
pub async fn add_note(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &shared::review::NoteForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_team(caller)?;
    let body = shared::validate::text(&form.body, "what-note", 1, 4_000)
        .map_err(|m| FieldErrors::single("body", m))?;
    let key = crate::server::receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let row = sent_application(&txn, form.application_id).await?;
    if crate::server::receipts::seen(&txn, caller.id, key)
        .await?
        .is_some()
    {
        return Ok(());
    }
    crate::server::receipts::keep(&txn, caller.id, key, row.id, now).await?;
    application_note::ActiveModel {
        application_id: Set(row.id),
        author_id: Set(Some(caller.id)),
        body: Set(body),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A CV's bytes for the chair: (kind, file name, bytes).
pub async fn cv_file(
    db: &impl ConnectionTrait,
    caller: Option<&CurrentUser>,
    id: i64,
) -> Result<(String, String, Vec<u8>), ServiceError> {
    let caller = caller.ok_or(ServiceError::Unauthenticated)?;
    require_team(caller)?;
    let row = sent_application(db, id).await?;
    let cv = application_cv::Entity::find_by_id(row.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((cv.kind, cv.file_name, cv.content))
}

/// The chair deletes the CV of a declined application (withdrawn ones are deleted whole).
pub async fn delete_cv(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(), ServiceError> {
    require_team(caller)?;
    let row = sent_application(db, id).await?;
    if status_of(&row) != ApplicationStatus::Declined {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "review-cv-delete-declined",
            &[],
        )));
    }
    application_cv::Entity::delete_by_id(row.id)
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes the CVs of applications declined longer ago than their cohort keeps them. Runs at
/// start-up and every hour; returns how many CVs went.
pub async fn purge_expired_cvs(
    db: &impl ConnectionTrait,
    now: Timestamp,
) -> Result<u64, ServiceError> {
    let cohorts = cohort::Entity::find().all(db).await?;
    let mut deleted = 0;
    for c in cohorts {
        let cutoff = now.as_millisecond() - i64::from(c.cv_retention_days.max(0)) * 86_400_000;
        let expired: Vec<i64> = application::Entity::find()
            .filter(application::Column::CohortId.eq(c.id))
            .filter(application::Column::Status.eq(ApplicationStatus::Declined.code()))
            .filter(application::Column::UpdatedAt.lte(cutoff))
            .all(db)
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        if !expired.is_empty() {
            deleted += application_cv::Entity::delete_many()
                .filter(application_cv::Column::ApplicationId.is_in(expired))
                .exec(db)
                .await?
                .rows_affected;
        }
    }
    Ok(deleted)
}
