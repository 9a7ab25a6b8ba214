//! Retention: how long each kind of record is kept, applied by the hourly task. Each cohort sets
//! its periods (drafts, declined CVs, undecided applications, a finished pair's journal); the
//! programme sets the outbox's and the audit log's. Every rule that removes something records
//! what it removed, in figures, in the audit log.

use crate::entities::{
    application, application_cv, audit_log, coaching_session, cohort, journal_entry, outbox,
    partnership, programme,
};
use crate::server::ServiceError;
use jiff::Timestamp;
use jiff::civil::Date;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::application::ApplicationStatus;
use shared::mail::MailStatus;
use shared::partnership::PartnershipStatus;
use shared::words::count;

const DAY_MS: i64 = 86_400_000;

/// What the rules removed in one run, one line each, for the log.
pub type Removed = Vec<String>;

/// The start of a date (UTC), in milliseconds; none when the text is not a date.
fn day_start(iso: &str) -> Option<i64> {
    let d: Date = iso.parse().ok()?;
    Some(
        d.to_zoned(jiff::tz::TimeZone::UTC)
            .ok()?
            .timestamp()
            .as_millisecond(),
    )
}

fn days(n: i32) -> i64 {
    i64::from(std::cmp::max(n, 0)) * DAY_MS
}

async fn record(
    db: &impl ConnectionTrait,
    out: &mut Removed,
    what: String,
    now: Timestamp,
) -> Result<(), ServiceError> {
    crate::server::audit::record(db, None, "removed by retention", what.clone(), now).await?;
    out.push(what);
    Ok(())
}

/// Applies every rule at `now`; returns what went.
pub async fn apply(db: &DatabaseConnection, now: Timestamp) -> Result<Removed, ServiceError> {
    let mut out = Removed::new();
    let at = now.as_millisecond();
    for c in cohort::Entity::find().all(db).await? {
        // Drafts never sent: some days after the call's deadline.
        if at >= c.call_deadline_at + days(c.draft_retention_days) {
            let n = application::Entity::delete_many()
                .filter(application::Column::CohortId.eq(c.id))
                .filter(application::Column::Status.eq(ApplicationStatus::Draft.code()))
                .exec(db)
                .await?
                .rows_affected;
            if n > 0 {
                let what = format!(
                    "{}: {} never sent",
                    c.name,
                    count(n as i64, "draft application", "draft applications")
                );
                record(db, &mut out, what, now).await?;
            }
        }
        // Applications still undecided some days after the cohort started.
        if let Some(start) = day_start(&c.starts_on)
            && at >= start + days(c.undecided_retention_days)
        {
            let n = application::Entity::delete_many()
                .filter(application::Column::CohortId.eq(c.id))
                .filter(application::Column::Status.is_in([
                    ApplicationStatus::Submitted.code(),
                    ApplicationStatus::Shortlisted.code(),
                ]))
                .exec(db)
                .await?
                .rows_affected;
            if n > 0 {
                let what = format!(
                    "{}: {} never decided, with their CVs",
                    c.name,
                    count(n as i64, "application", "applications")
                );
                record(db, &mut out, what, now).await?;
            }
        }
        // Accepted coaches' CVs: at the end of the partnership year.
        if let Some(end) = day_start(&c.ends_on)
            && at >= end + DAY_MS
        {
            let accepted: Vec<i64> = application::Entity::find()
                .filter(application::Column::CohortId.eq(c.id))
                .filter(application::Column::Status.eq(ApplicationStatus::Accepted.code()))
                .all(db)
                .await?
                .into_iter()
                .map(|a| a.id)
                .collect();
            let n = application_cv::Entity::delete_many()
                .filter(application_cv::Column::ApplicationId.is_in(accepted))
                .exec(db)
                .await?
                .rows_affected;
            if n > 0 {
                let what = format!(
                    "{}: {} of accepted coaches, the year being over",
                    c.name,
                    count(n as i64, "CV", "CVs")
                );
                record(db, &mut out, what, now).await?;
            }
        }
        // A finished pair's journal and session notes, unless both members keep them.
        let finished = partnership::Entity::find()
            .filter(partnership::Column::CohortId.eq(c.id))
            .filter(partnership::Column::Status.is_in([
                PartnershipStatus::Completed.code(),
                PartnershipStatus::EndedEarly.code(),
            ]))
            .all(db)
            .await?;
        let mut entries = 0;
        let mut pairs = 0;
        for p in finished {
            let Some(end) = day_start(&p.ends_on) else {
                continue;
            };
            if at < end + DAY_MS + days(c.journal_retention_days)
                || (p.coach_keeps_journal && p.partner_keeps_journal)
            {
                continue;
            }
            let gone = journal_entry::Entity::delete_many()
                .filter(journal_entry::Column::PartnershipId.eq(p.id))
                .exec(db)
                .await?
                .rows_affected;
            let notes = coaching_session::Entity::update_many()
                .col_expr(coaching_session::Column::Notes, Expr::value(""))
                .col_expr(coaching_session::Column::Actions, Expr::value(""))
                .filter(coaching_session::Column::PartnershipId.eq(p.id))
                .filter(
                    coaching_session::Column::Notes
                        .ne("")
                        .or(coaching_session::Column::Actions.ne("")),
                )
                .exec(db)
                .await?
                .rows_affected;
            if gone + notes > 0 {
                pairs += 1;
                entries += gone;
            }
        }
        if pairs > 0 {
            let what = format!(
                "{}: the journals and session notes of {} ({}), their period over",
                c.name,
                count(pairs, "finished partnership", "finished partnerships"),
                count(entries as i64, "journal entry", "journal entries")
            );
            record(db, &mut out, what, now).await?;
        }
    }
    // Declined applicants' CVs, as before (each cohort's days after the decision).
    let cvs = crate::features::review::service::purge_expired_cvs(db, now).await?;
    if cvs > 0 {
        let what = format!("{} of declined applicants", count(cvs as i64, "CV", "CVs"));
        record(db, &mut out, what, now).await?;
    }
    if let Some(p) = programme::Entity::find().one(db).await? {
        // Sent (or given up) messages, and the private links in them.
        let cutoff = at - days(p.outbox_retention_days);
        let n = outbox::Entity::delete_many()
            .filter(outbox::Column::Status.is_in([
                MailStatus::Sent.code(),
                MailStatus::Failed.code(),
                MailStatus::Held.code(),
            ]))
            .filter(outbox::Column::CreatedAt.lte(cutoff))
            .exec(db)
            .await?
            .rows_affected;
        if n > 0 {
            let what = format!(
                "{} older than {}",
                count(n as i64, "sent message", "sent messages"),
                count(i64::from(p.outbox_retention_days), "day", "days")
            );
            record(db, &mut out, what, now).await?;
        }
        // The audit log, as the programme decides (its own retention lines included).
        let cutoff = at - days(p.audit_retention_days);
        let n = audit_log::Entity::delete_many()
            .filter(audit_log::Column::At.lte(cutoff))
            .exec(db)
            .await?
            .rows_affected;
        if n > 0 {
            let what = format!(
                "{} older than {}",
                count(n as i64, "audit log line", "audit log lines"),
                count(i64::from(p.audit_retention_days), "day", "days")
            );
            record(db, &mut out, what, now).await?;
        }
    }
    Ok(out)
}

/// The last retention lines, newest first, for the chair.
pub async fn recent(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<(i64, String)>, ServiceError> {
    use sea_orm::{QueryOrder, QuerySelect};
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("removed by retention"))
        .order_by_desc(audit_log::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.at, a.subject))
        .collect())
}
