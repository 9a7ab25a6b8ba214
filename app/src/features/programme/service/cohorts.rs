//! The chair's cohorts: list them, set up the next one, change one. An open call's deadline may
//! move later (recorded, and the call shows the first date); once partnerships exist the
//! year's dates stay, so no partnership loses its history.

use super::{load, zone};
use crate::entities::{application, cohort, partnership};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use jiff::civil::Date;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::cohort::{
    CohortChange, CohortEdit, CohortForm, CohortStage, CohortSummary, month_hours_text,
};
use shared::time::{self, from_millis, to_millis};
use shared::{FieldErrors, Role};

fn require_chair(caller: &CurrentUser) -> Result<(), ServiceError> {
    crate::server::failure::require_role(caller, Role::Chair)
}

fn day(iso: &str) -> Date {
    iso.parse().unwrap_or_default()
}

/// "Mon 22 Apr 2019, 23:59 (London)": the last minute of a call on its deadline's clock, in the
/// page's language.
fn deadline_words(closes_ms: i64, zone_name: &str) -> String {
    deadline_words_in(crate::i18n::style(), closes_ms, zone_name)
}

fn deadline_words_in(style: time::Style, closes_ms: i64, zone_name: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone_name).unwrap_or(jiff::tz::TimeZone::UTC);
    format!(
        "{} ({})",
        time::format_until_in(style, from_millis(closes_ms), &tz),
        time::zone_city_in(style.lang, zone_name)
    )
}

/// Where a cohort stands now, with the programme's date.
pub fn stage(c: &cohort::Model, now: Timestamp) -> CohortStage {
    let tz = jiff::tz::TimeZone::get(&c.deadline_time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    CohortStage::at(
        to_millis(now),
        c.call_opens_at,
        c.call_deadline_at,
        now.to_zoned(tz).date(),
        day(&c.starts_on),
        day(&c.ends_on),
    )
}

/// Every cohort, newest first, with its stage and counts (chair).
pub async fn cohort_list(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<Vec<CohortSummary>, ServiceError> {
    require_chair(caller)?;
    let cohorts = cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?;
    let pairs = partnership::Entity::find().all(db).await?;
    let applications = application::Entity::find()
        .filter(application::Column::Status.ne("draft"))
        .all(db)
        .await?;
    Ok(cohorts
        .into_iter()
        .map(|c| CohortSummary {
            stage: stage(&c, now),
            deadline_local: time::format_until(
                from_millis(c.call_deadline_at),
                &jiff::tz::TimeZone::get(&c.deadline_time_zone).unwrap_or(jiff::tz::TimeZone::UTC),
            ),
            deadline_place: time::zone_city(&c.deadline_time_zone),
            partnerships: pairs.iter().filter(|p| p.cohort_id == c.id).count() as u32,
            applications: applications.iter().filter(|a| a.cohort_id == c.id).count() as u32,
            slug: c.slug,
            name: c.name,
            country: c.country,
            starts_on: c.starts_on,
            ends_on: c.ends_on,
            is_demo: c.is_demo,
        })
        .collect())
}

fn months_between(start: Date, end: Date) -> u32 {
    // The year's length as the chair typed it: whole months from start to the day after end.
    let after = end.tomorrow().unwrap_or(end);
    let months = (i32::from(after.year()) - i32::from(start.year())) * 12
        + i32::from(after.month())
        - i32::from(start.month());
    months.max(1) as u32
}

/// The chair's form for a cohort; `slug` "new" gives an empty one with the call's rules.
pub async fn cohort_edit(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    slug: &str,
    now: Timestamp,
) -> Result<CohortEdit, ServiceError> {
    require_chair(caller)?;
    if slug == "new" {
        return Ok(CohortEdit {
            form: CohortForm::default(),
            is_new: true,
            stage: None,
            partnerships: 0,
            extended_from: None,
            partners: Vec::new(),
        });
    }
    let c = find(db, slug).await?;
    let partnerships = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(c.id))
        .count(db)
        .await? as u32;
    let tz = zone(&c.deadline_time_zone)?;
    let local_day = |ms: i64| from_millis(ms).to_zoned(tz.clone()).date();
    let (starts, ends) = (day(&c.starts_on), day(&c.ends_on));
    Ok(CohortEdit {
        form: CohortForm {
            request_key: String::new(),
            slug: c.slug.clone(),
            name: c.name.clone(),
            country: c.country.clone(),
            partner_time_zone: c.partner_time_zone.clone(),
            call_opens_on: c
                .call_opens_at
                .map(|ms| local_day(ms).to_string())
                .unwrap_or_else(|| local_day(c.created_at).to_string()),
            // The deadline closes at the start of the next day: the stated date is the day before.
            deadline_on: local_day(c.call_deadline_at - 1).to_string(),
            deadline_time_zone: c.deadline_time_zone.clone(),
            starts_on: c.starts_on.clone(),
            months: months_between(starts, ends).to_string(),
            min_sessions: c.min_sessions.to_string(),
            hours_min: month_hours_text(c.hours_min_minutes.max(0) as u32),
            hours_max: month_hours_text(c.hours_max_minutes.max(0) as u32),
            no_session_days: c.no_session_days.to_string(),
            unanswered_days: c.unanswered_days.to_string(),
            cv_retention_days: c.cv_retention_days.to_string(),
            draft_retention_days: c.draft_retention_days.to_string(),
            undecided_retention_days: c.undecided_retention_days.to_string(),
            journal_retention_days: c.journal_retention_days.to_string(),
            call_text: c.call_text.clone(),
        },
        is_new: false,
        stage: Some(stage(&c, now)),
        partnerships,
        extended_from: c
            .deadline_extended_from
            .map(|ms| deadline_words(ms, &c.deadline_time_zone)),
        partners: super::cohort_partners(db, c.id, now).await?,
    })
}

pub(super) async fn find(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<cohort::Model, ServiceError> {
    cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The instants of a checked form: when the call opens and when it closes.
fn instants(change: &CohortChange) -> Result<(Timestamp, Timestamp), ServiceError> {
    let tz = zone(&change.deadline_time_zone)?;
    let internal = |e: jiff::Error| ServiceError::Internal(e.to_string());
    let opens = change
        .call_opens_on
        .to_zoned(tz.clone())
        .and_then(|z| z.start_of_day())
        .map_err(internal)?
        .timestamp();
    let closes = time::deadline_closes_at(change.deadline_on, &tz).map_err(internal)?;
    Ok((opens, closes))
}

/// Creates a cohort (empty `slug`) or changes one; answers its slug. One transaction; a resent
/// creation answers the first one's slug.
pub async fn save_cohort(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &CohortForm,
    now: Timestamp,
) -> Result<String, ServiceError> {
    require_chair(caller)?;
    let change = form.validate().map_err(ServiceError::Validation)?;
    let mut errors = FieldErrors::new();
    for (field, name) in [
        ("partner_time_zone", &change.partner_time_zone),
        ("deadline_time_zone", &change.deadline_time_zone),
    ] {
        if jiff::tz::TimeZone::get(name).is_err() {
            errors.add(
                field,
                shared::errors::Message::key(
                    "error-zone-unknown",
                    &[("zone", name.as_str().into())],
                ),
            );
        }
    }
    if !errors.is_empty() {
        return Err(ServiceError::Validation(errors));
    }
    let (opens, closes) = instants(&change)?;
    let txn = crate::server::db::begin_write(db).await?;
    let slug = if form.slug.is_empty() {
        let key = receipts::key(&form.request_key)?;
        if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
            let first = cohort::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or(ServiceError::NotFound)?;
            return Ok(first.slug);
        }
        if closes <= now {
            return Err(ServiceError::field(
                "deadline_on",
                shared::errors::Message::key(
                    "cohort-deadline-passed",
                    &[(
                        "deadline",
                        deadline_words(to_millis(closes), &change.deadline_time_zone).into(),
                    )],
                ),
            ));
        }
        if cohort::Entity::find()
            .filter(cohort::Column::Slug.eq(&change.slug))
            .one(&txn)
            .await?
            .is_some()
        {
            return Err(ServiceError::field(
                "name",
                shared::errors::Message::key(
                    "cohort-name-taken",
                    &[("name", change.name.clone().into())],
                ),
            ));
        }
        let programme = load(&txn).await?;
        let row = cohort::ActiveModel {
            programme_id: Set(programme.id),
            slug: Set(change.slug.clone()),
            is_demo: Set(false),
            created_at: Set(to_millis(now)),
            call_deadline_at: Set(to_millis(closes)),
            starts_on: Set(change.starts_on.to_string()),
            ends_on: Set(change.ends_on.to_string()),
            ..settings(&change, opens)
        }
        .insert(&txn)
        .await?;
        receipts::keep(&txn, caller.id, key, row.id, now).await?;
        crate::server::audit::record(
            &txn,
            Some(caller.id),
            "cohort created",
            format!("cohort:{}", row.slug),
            now,
        )
        .await?;
        row.slug
    } else {
        let old = find(&txn, &form.slug).await?;
        let mut row = settings(&change, opens);
        row.id = Set(old.id);
        let dates_change = change.starts_on.to_string() != old.starts_on
            || change.ends_on.to_string() != old.ends_on;
        if dates_change {
            let pairs = partnership::Entity::find()
                .filter(partnership::Column::CohortId.eq(old.id))
                .count(&txn)
                .await?;
            if pairs > 0 {
                return Err(ServiceError::field(
                    "starts_on",
                    shared::errors::Message::key(
                        "cohort-year-locked",
                        &[
                            ("count", (pairs as i64).into()),
                            ("from", shared::i18n::Arg::Date(old.starts_on.clone())),
                            ("to", shared::i18n::Arg::Date(old.ends_on.clone())),
                        ],
                    ),
                ));
            }
            row.starts_on = Set(change.starts_on.to_string());
            row.ends_on = Set(change.ends_on.to_string());
        }
        let new_closes = to_millis(closes);
        if new_closes != old.call_deadline_at {
            let was = deadline_words(old.call_deadline_at, &old.deadline_time_zone);
            if to_millis(now) >= old.call_deadline_at {
                return Err(ServiceError::field(
                    "deadline_on",
                    shared::errors::Message::key(
                        "cohort-call-closed-stays",
                        &[("was", was.clone().into())],
                    ),
                ));
            }
            if new_closes < old.call_deadline_at {
                return Err(ServiceError::field(
                    "deadline_on",
                    shared::errors::Message::key(
                        "cohort-deadline-later-only",
                        &[("was", was.clone().into())],
                    ),
                ));
            }
            row.call_deadline_at = Set(new_closes);
            row.deadline_extended_from = Set(Some(
                old.deadline_extended_from.unwrap_or(old.call_deadline_at),
            ));
            crate::server::audit::record(
                &txn,
                Some(caller.id),
                "cohort deadline extended",
                // The audit log is the team's record: in English.
                format!(
                    "cohort:{} from {} to {}",
                    old.slug,
                    deadline_words_in(
                        time::Style::default(),
                        old.call_deadline_at,
                        &old.deadline_time_zone
                    ),
                    deadline_words_in(
                        time::Style::default(),
                        new_closes,
                        &change.deadline_time_zone
                    )
                ),
                now,
            )
            .await?;
        }
        row.update(&txn).await?;
        crate::server::audit::record(
            &txn,
            Some(caller.id),
            "cohort changed",
            format!("cohort:{}", old.slug),
            now,
        )
        .await?;
        old.slug
    };
    txn.commit().await?;
    Ok(slug)
}

/// The columns every save sets from the form.
fn settings(change: &CohortChange, opens: Timestamp) -> cohort::ActiveModel {
    cohort::ActiveModel {
        name: Set(change.name.clone()),
        country: Set(change.country.clone()),
        partner_time_zone: Set(change.partner_time_zone.clone()),
        deadline_time_zone: Set(change.deadline_time_zone.clone()),
        call_opens_at: Set(Some(to_millis(opens))),
        call_text: Set(change.call_text.clone()),
        min_sessions: Set(change.min_sessions as i32),
        hours_min_minutes: Set(change.hours_min_minutes as i32),
        hours_max_minutes: Set(change.hours_max_minutes as i32),
        no_session_days: Set(change.no_session_days as i32),
        unanswered_days: Set(change.unanswered_days as i32),
        cv_retention_days: Set(change.cv_retention_days as i32),
        draft_retention_days: Set(change.draft_retention_days as i32),
        undecided_retention_days: Set(change.undecided_retention_days as i32),
        journal_retention_days: Set(change.journal_retention_days as i32),
        ..Default::default()
    }
}
