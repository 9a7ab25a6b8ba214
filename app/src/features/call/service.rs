//! Application use cases: save a draft or submit, change through the private link until the
//! deadline (by the server clock), and withdraw with the data deleted.

pub(crate) mod messages;

use crate::entities::{application, application_cv, application_link, cohort};
use crate::features::auth::tokens;
use crate::features::programme::service::programme_view;
use crate::server::ServiceError;
use crate::server::failure::to_json as json;
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use shared::application::{
    Application, ApplicationForm, ApplicationStatus, ApplicationView, CvInfo,
};
use shared::cv::CvKind;
use shared::errors::Message;
use shared::programme::{CohortView, ObjectiveArea};
use shared::time;
use shared::time::to_millis as ms;

/// A CV file as uploaded, already recognised by its content.
pub struct Upload {
    pub kind: CvKind,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Where a save leaves the applicant.
#[derive(Debug, PartialEq, Eq)]
pub struct Saved {
    pub token: String,
    pub status: ApplicationStatus,
}

/// The cohort a call page shows: by slug, or the current one.
pub async fn cohort_view(
    db: &impl ConnectionTrait,
    slug: Option<&str>,
    now: Timestamp,
) -> Result<CohortView, ServiceError> {
    let programme = programme_view(db, now).await?;
    let found = match slug {
        Some(s) => programme.cohorts.iter().find(|c| c.slug == s).cloned(),
        None => programme.current_cohort().cloned(),
    };
    found.ok_or(ServiceError::NotFound)
}

async fn cohort_row(db: &impl ConnectionTrait, slug: &str) -> Result<cohort::Model, ServiceError> {
    cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

fn closed_message(c: &cohort::Model, now: Timestamp) -> Message {
    // The view writes its dates in the request's language already.
    let v = crate::features::programme::service::cohort_view(c.clone(), now);
    match v.opens_on {
        Some(opens) => Message::key(
            "call-not-yet-open",
            &[("cohort", c.name.clone().into()), ("date", opens.into())],
        ),
        None => Message::key(
            "call-closed",
            &[
                ("cohort", c.name.clone().into()),
                ("deadline", v.call_deadline_local.into()),
                ("place", v.deadline_place.into()),
            ],
        ),
    }
}

pub fn to_application(row: &application::Model) -> Application {
    Application {
        name: row.name.clone(),
        email: row.email.clone(),
        position: row.position.clone(),
        institution: row.institution.clone(),
        country: row.country.clone(),
        time_zone: row.time_zone.clone(),
        languages: serde_json::from_str(&row.languages).unwrap_or_default(),
        years_leading: row.years_leading.and_then(|y| u16::try_from(y).ok()),
        expertise: serde_json::from_str::<Vec<String>>(&row.expertise)
            .unwrap_or_default()
            .iter()
            .filter_map(|c| ObjectiveArea::from_code(c))
            .collect(),
        expertise_other: row.expertise_other.clone(),
        statement: row.statement.clone(),
        consent: row.consent,
    }
}

/// Which application a save is for, and in which language its applicant reads the call.
#[derive(Debug, Clone, Copy)]
pub struct Applying<'a> {
    /// The cohort whose call it answers; empty means the current one.
    pub cohort_slug: &'a str,
    /// The private link's token of an application already saved; `None` starts a new one.
    pub token: Option<&'a str>,
    /// The page's language: the applicant's messages speak it.
    pub lang: shared::i18n::Lang,
}

/// Saves an application for the cohort: a new one (no token) or the one behind the token.
/// `submitting` sends it to the chair; otherwise it stays a draft. One transaction.
pub async fn save(
    db: &DatabaseConnection,
    applying: Applying<'_>,
    form: &ApplicationForm,
    submitting: bool,
    cv: Option<Upload>,
    now: Timestamp,
) -> Result<Saved, ServiceError> {
    let Applying {
        cohort_slug,
        token,
        lang,
    } = applying;
    let existing = match token {
        Some(t) => Some(find_by_token(db, t).await?),
        None => None,
    };
    let cohort = match &existing {
        Some(row) => cohort::Entity::find_by_id(row.cohort_id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?,
        None if cohort_slug.is_empty() => {
            let current = cohort_view(db, None, now).await?;
            cohort_row(db, &current.slug).await?
        }
        None => cohort_row(db, cohort_slug).await?,
    };
    if !shared::programme::call_is_open(ms(now), cohort.call_opens_at, cohort.call_deadline_at) {
        return Err(ServiceError::Conflict(closed_message(&cohort, now)));
    }
    let status = existing
        .as_ref()
        .and_then(|r| ApplicationStatus::from_code(&r.status))
        .unwrap_or(ApplicationStatus::Draft);
    if !status.editable() {
        return Err(ServiceError::Conflict(Message::key(
            "application-not-editable",
            &[("status", status.said())],
        )));
    }
    // Once sent, every change must keep it complete.
    let submitting = submitting || status == ApplicationStatus::Submitted;
    let checked = form.validate(submitting);
    let mut errors = checked.as_ref().err().cloned().unwrap_or_default();
    if errors.first("time_zone").is_none() {
        crate::features::auth::service::check_zone(form.time_zone.trim(), &mut errors);
    }
    let has_cv = cv.is_some()
        || match &existing {
            Some(row) => application_cv::Entity::find_by_id(row.id)
                .one(db)
                .await?
                .is_some(),
            None => false,
        };
    if submitting && !has_cv {
        errors.add("cv", shared::errors::Message::key("error-app-cv", &[]));
    }
    errors.into_result(())?;
    let app = checked.map_err(ServiceError::Validation)?;

    let txn = crate::server::db::begin_write(db).await?;
    if existing.is_none()
        && let Some(other) = application::Entity::find()
            .filter(application::Column::CohortId.eq(cohort.id))
            .filter(application::Column::Email.eq(app.email.as_str()))
            .one(&txn)
            .await?
    {
        // Never show another person's link, never replace it: send one more to the address.
        messages::link_again(&txn, &other, &cohort.name, now).await?;
        txn.commit().await?;
        return Err(ServiceError::field(
            "email",
            shared::errors::Message::key("call-already-applied", &[]),
        ));
    }
    let new_status = if submitting {
        ApplicationStatus::Submitted
    } else {
        status
    };
    let (id, token) = match &existing {
        Some(row) => {
            let mut active: application::ActiveModel = row.clone().into();
            fill(&mut active, &app, new_status, now)?;
            active.language = Set(lang.code().to_owned());
            if submitting && row.submitted_at.is_none() {
                active.submitted_at = Set(Some(ms(now)));
            }
            active.update(&txn).await?;
            (row.id, token.unwrap_or_default().to_owned())
        }
        None => {
            let token = tokens::new_token();
            let mut active = application::ActiveModel {
                cohort_id: Set(cohort.id),
                token_hash: Set(tokens::token_hash(&token)),
                created_at: Set(ms(now)),
                submitted_at: Set(submitting.then(|| ms(now))),
                language: Set(lang.code().to_owned()),
                ..Default::default()
            };
            fill(&mut active, &app, new_status, now)?;
            let row = active.insert(&txn).await?;
            (row.id, token)
        }
    };
    if let Some(upload) = cv {
        application_cv::Entity::delete_by_id(id).exec(&txn).await?;
        application_cv::ActiveModel {
            application_id: Set(id),
            kind: Set(upload.kind.extension().to_owned()),
            file_name: Set(upload.file_name.chars().take(200).collect()),
            size: Set(i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX)),
            content: Set(upload.bytes),
            uploaded_at: Set(ms(now)),
        }
        .insert(&txn)
        .await?;
    }
    if submitting && status == ApplicationStatus::Draft {
        messages::receipt(&txn, &app, &cohort.name, &token, lang, now).await?;
        messages::team_notice(&txn, &app, &cohort.name, now).await?;
    } else if existing.is_none() {
        messages::draft_link(&txn, &app, &cohort.name, &token, lang, now).await?;
    }
    txn.commit().await?;
    Ok(Saved {
        token,
        status: new_status,
    })
}

fn fill(
    active: &mut application::ActiveModel,
    app: &Application,
    status: ApplicationStatus,
    now: Timestamp,
) -> Result<(), ServiceError> {
    active.email = Set(app.email.clone());
    active.name = Set(app.name.clone());
    active.position = Set(app.position.clone());
    active.institution = Set(app.institution.clone());
    active.country = Set(app.country.clone());
    active.time_zone = Set(app.time_zone.clone());
    active.languages = Set(json(&app.languages)?);
    active.years_leading = Set(app.years_leading.map(i32::from));
    active.expertise = Set(json(
        &app.expertise.iter().map(|a| a.code()).collect::<Vec<_>>(),
    )?);
    active.expertise_other = Set(app.expertise_other.clone());
    active.statement = Set(app.statement.clone());
    active.consent = Set(app.consent);
    active.status = Set(status.code().to_owned());
    active.updated_at = Set(ms(now));
    Ok(())
}

/// The application behind a private link: its first link, or one sent again later.
pub(crate) async fn find_by_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<application::Model, ServiceError> {
    let hash = tokens::token_hash(token.trim());
    if let Some(found) = application::Entity::find()
        .filter(application::Column::TokenHash.eq(hash.as_str()))
        .one(db)
        .await?
    {
        return Ok(found);
    }
    let link = application_link::Entity::find()
        .filter(application_link::Column::TokenHash.eq(hash))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    application::Entity::find_by_id(link.application_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// "Send me my link again": one more private link to each application made with `email` to a
/// cohort whose call is still open, mailed to that address. The caller answers the same on
/// screen whether or not there was one.
pub async fn send_links_again(
    db: &DatabaseConnection,
    email: &str,
    now: Timestamp,
) -> Result<usize, ServiceError> {
    let email = email.trim();
    let txn = crate::server::db::begin_write(db).await?;
    let found = application::Entity::find()
        .filter(application::Column::Email.eq(email))
        .all(&txn)
        .await?;
    let mut sent = 0;
    for row in found {
        let Some(c) = cohort::Entity::find_by_id(row.cohort_id).one(&txn).await? else {
            continue;
        };
        if ms(now) < c.call_deadline_at {
            messages::link_again(&txn, &row, &c.name, now).await?;
            sent += 1;
        }
    }
    txn.commit().await?;
    Ok(sent)
}

/// The application behind a private link.
pub async fn view_by_token(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<ApplicationView, ServiceError> {
    let row = find_by_token(db, token).await?;
    let cohort = cohort::Entity::find_by_id(row.cohort_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let cv = application_cv::Entity::find_by_id(row.id)
        .one(db)
        .await?
        .map(|c| CvInfo {
            file_name: c.file_name,
            size_bytes: c.size,
            kind: c.kind,
        });
    let tz = jiff::tz::TimeZone::get(&cohort.deadline_time_zone)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let deadline = time::from_millis(cohort.call_deadline_at);
    Ok(ApplicationView {
        form: ApplicationForm::from_application(&to_application(&row)),
        status: ApplicationStatus::from_code(&row.status).unwrap_or(ApplicationStatus::Draft),
        cohort_name: cohort.name,
        cohort_slug: cohort.slug,
        call_open: ms(now) < cohort.call_deadline_at,
        call_deadline_utc: (deadline - jiff::SignedDuration::from_secs(60)).to_string(),
        call_deadline_local: time::format_until(deadline, &tz),
        programme_zone: cohort.deadline_time_zone.clone(),
        cv,
        erasure: crate::features::privacy::erasure::application_request(db, token).await?,
    })
}

/// Withdraws an application before a decision and deletes it with its CV.
pub async fn withdraw(db: &DatabaseConnection, token: &str) -> Result<(), ServiceError> {
    let row = find_by_token(db, token).await?;
    let status = ApplicationStatus::from_code(&row.status).unwrap_or(ApplicationStatus::Draft);
    if !status.can_move(
        ApplicationStatus::Withdrawn,
        shared::application::Actor::Applicant,
    ) {
        return Err(ServiceError::Conflict(Message::key(
            "application-decision-stands",
            &[("status", status.said())],
        )));
    }
    let txn = crate::server::db::begin_write(db).await?;
    application::Entity::delete_by_id(row.id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}
