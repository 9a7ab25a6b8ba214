//! Erasure on request. A person (from their profile) or an applicant (from the application's
//! private link) asks; the chair is told and has a week to object with a reason; without an
//! objection the erasure runs when the week is out (the hourly task), or at once when the chair
//! confirms it.
//!
//! Erasing an account removes what is the person's alone (account, roles, sign-ins, messages,
//! applications and CVs, intakes, journal entries, concerns, the words of their evaluation) and
//! gives what the pair wrote together (sessions, goals, resources, introductions) to a
//! "former participant" who cannot sign in, so the other member keeps what they still need and
//! the programme's figures stay. A pair whose members are both erased keeps its figures only.
//! The request row keeps what was removed in figures, never the content.

use crate::entities::{erasure_request, person, person_role};
use crate::server::ServiceError;
use crate::server::db::begin_write;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::mail::MailKind;
use shared::privacy::{ErasureStatus, ErasureView, OBJECTION_DAYS};

mod chair;
mod wipe;
pub use chair::{confirm, list, object};
pub use wipe::{erase_application, erase_person};

/// The name an erased person's shared records carry.
pub const FORMER: &str = "A former participant";
/// The address domain of former participants (reserved: it never receives mail).
const FORMER_DOMAIN: &str = "@erased.invalid";

/// Whether an account is a former participant's.
pub fn is_former(email: &str) -> bool {
    email.ends_with(FORMER_DOMAIN)
}

const ACCOUNT: &str = "account";
const APPLICATION: &str = "application";

fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

fn status_of(row: &erasure_request::Model) -> ErasureStatus {
    ErasureStatus::from_code(&row.status).unwrap_or(ErasureStatus::Waiting)
}

/// A request as `tz`'s reader sees it; `who` and `context` are the chair's.
fn view(
    row: &erasure_request::Model,
    tz: &TimeZone,
    who: String,
    context: Vec<String>,
) -> ErasureView {
    let at = |m: i64| shared::time::format_local(shared::time::from_millis(m), tz);
    ErasureView {
        id: row.id,
        status: status_of(row),
        who,
        what: if row.kind == APPLICATION {
            "An application to coach".into()
        } else {
            "An account and everything in it".into()
        },
        requested: at(row.requested_at),
        runs: at(row.runs_after),
        objection: row.objection.clone(),
        summary: row.summary.clone(),
        context,
    }
}

/// The person's open request (waiting, or the latest answered one), if any.
async fn latest_for_person(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Option<erasure_request::Model>, ServiceError> {
    Ok(erasure_request::Entity::find()
        .filter(erasure_request::Column::PersonId.eq(person_id))
        .order_by_desc(erasure_request::Column::Id)
        .one(db)
        .await?)
}

async fn latest_for_application(
    db: &impl ConnectionTrait,
    application_id: i64,
) -> Result<Option<erasure_request::Model>, ServiceError> {
    Ok(erasure_request::Entity::find()
        .filter(erasure_request::Column::ApplicationId.eq(application_id))
        .order_by_desc(erasure_request::Column::Id)
        .one(db)
        .await?)
}

/// The chairs (not the wider team): they decide on erasures.
async fn chair_ids(db: &impl ConnectionTrait) -> Result<Vec<i64>, ServiceError> {
    let mut ids: Vec<i64> = person_role::Entity::find()
        .filter(person_role::Column::Role.eq(Role::Chair.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Tells the chairs of a new request, in Tandem and by email.
async fn tell_chairs(
    db: &impl ConnectionTrait,
    who: &str,
    runs_after: Timestamp,
    now: Timestamp,
) -> Result<(), ServiceError> {
    for chair in chair_ids(db).await? {
        let tz = match person::Entity::find_by_id(chair).one(db).await? {
            Some(p) => zone(&p.time_zone),
            None => TimeZone::UTC,
        };
        let body = format!(
            "{who} asks for their data to be erased. It runs on {} unless you object.",
            shared::time::format_local(runs_after, &tz)
        );
        crate::features::partnership::service::notify(
            db,
            chair,
            MailKind::Account,
            &body,
            "/programme/erasures",
            now,
        )
        .await?;
    }
    Ok(())
}

fn runs_after(now: Timestamp) -> Timestamp {
    shared::time::from_millis(ms(now) + OBJECTION_DAYS * 86_400_000)
}

/// A signed-in person asks for their account to be erased. Asking again while a request waits
/// answers the same request (a resend stores nothing twice).
pub async fn request_mine(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<ErasureView, ServiceError> {
    if caller.has(Role::Chair) {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "erasure-chair-by-chair",
            &[],
        )));
    }
    let txn = begin_write(db).await?;
    let row = match latest_for_person(&txn, caller.id).await? {
        Some(w) if status_of(&w) == ErasureStatus::Waiting => w,
        _ => {
            let runs = runs_after(now);
            let row = erasure_request::ActiveModel {
                person_id: Set(Some(caller.id)),
                application_id: Set(None),
                kind: Set(ACCOUNT.into()),
                status: Set(ErasureStatus::Waiting.code().into()),
                requested_at: Set(ms(now)),
                runs_after: Set(ms(runs)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            tell_chairs(&txn, &caller.display_name, runs, now).await?;
            crate::server::audit::record(
                &txn,
                Some(caller.id),
                "asked for erasure",
                format!("erasure:{}", row.id),
                now,
            )
            .await?;
            row
        }
    };
    txn.commit().await?;
    Ok(view(
        &row,
        &zone(&caller.time_zone),
        String::new(),
        Vec::new(),
    ))
}

/// The caller's latest request, if any.
pub async fn my_request(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<Option<ErasureView>, ServiceError> {
    let tz = zone(&caller.time_zone);
    Ok(latest_for_person(db, caller.id)
        .await?
        .map(|r| view(&r, &tz, String::new(), Vec::new())))
}

/// The person withdraws their waiting request (someone else's is not found).
pub async fn withdraw_mine(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    request_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let row = erasure_request::Entity::find_by_id(request_id)
        .one(&txn)
        .await?
        .filter(|r| r.person_id == Some(caller.id))
        .ok_or(ServiceError::NotFound)?;
    // Withdrawn twice (a resend), or answered meanwhile: nothing more to do.
    if status_of(&row) == ErasureStatus::Waiting {
        let mut active = row.into_active_model();
        active.status = Set(ErasureStatus::Withdrawn.code().into());
        active.decided_at = Set(Some(ms(now)));
        active.update(&txn).await?;
        crate::server::audit::record(
            &txn,
            Some(caller.id),
            "withdrew an erasure request",
            format!("erasure:{request_id}"),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// An applicant asks, from the application's private link, for the application to be erased.
pub async fn request_for_application(
    db: &DatabaseConnection,
    token: &str,
    now: Timestamp,
) -> Result<ErasureView, ServiceError> {
    let txn = begin_write(db).await?;
    let app = crate::features::call::service::find_by_token(&txn, token).await?;
    let row = match latest_for_application(&txn, app.id).await? {
        Some(w) if status_of(&w) == ErasureStatus::Waiting => w,
        _ => {
            let runs = runs_after(now);
            let row = erasure_request::ActiveModel {
                person_id: Set(None),
                application_id: Set(Some(app.id)),
                kind: Set(APPLICATION.into()),
                status: Set(ErasureStatus::Waiting.code().into()),
                requested_at: Set(ms(now)),
                runs_after: Set(ms(runs)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            tell_chairs(&txn, &format!("{} (an applicant)", app.name), runs, now).await?;
            crate::server::audit::record(
                &txn,
                None,
                "an applicant asked for erasure",
                format!("erasure:{}", row.id),
                now,
            )
            .await?;
            row
        }
    };
    txn.commit().await?;
    Ok(view(&row, &zone(&app.time_zone), String::new(), Vec::new()))
}

/// The application's latest erasure request, read with its private link.
pub async fn application_request(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<ErasureView>, ServiceError> {
    let app = crate::features::call::service::find_by_token(db, token).await?;
    let tz = zone(&app.time_zone);
    Ok(latest_for_application(db, app.id)
        .await?
        .map(|r| view(&r, &tz, String::new(), Vec::new())))
}

/// Runs every waiting request whose week is out (the hourly task). Returns how many ran.
pub async fn run_due(db: &DatabaseConnection, now: Timestamp) -> Result<usize, ServiceError> {
    let due = erasure_request::Entity::find()
        .filter(erasure_request::Column::Status.eq(ErasureStatus::Waiting.code()))
        .filter(erasure_request::Column::RunsAfter.lte(ms(now)))
        .all(db)
        .await?;
    let mut ran = 0;
    for row in due {
        let txn = db.begin().await?;
        run(&txn, row, None, now).await?;
        txn.commit().await?;
        ran += 1;
    }
    Ok(ran)
}

/// Erases what the request names, and keeps on the request only what went, in figures.
async fn run(
    db: &impl ConnectionTrait,
    row: erasure_request::Model,
    by: Option<i64>,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let summary = match (row.kind.as_str(), row.person_id, row.application_id) {
        (ACCOUNT, Some(pid), _) => erase_person(db, pid, now).await?,
        (APPLICATION, _, Some(aid)) => erase_application(db, aid).await?,
        _ => "Nothing was left to erase.".to_owned(),
    };
    let id = row.id;
    let mut active = row.into_active_model();
    active.status = Set(ErasureStatus::Done.code().into());
    active.person_id = Set(None);
    active.application_id = Set(None);
    active.decided_by = Set(by);
    active.decided_at = Set(Some(ms(now)));
    active.done_at = Set(Some(ms(now)));
    active.summary = Set(summary.clone());
    active.update(db).await?;
    crate::server::audit::record(db, by, "erased on request", format!("erasure:{id}"), now).await?;
    Ok(summary)
}
