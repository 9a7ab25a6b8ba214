//! Announcements: the programme team writes to everyone in the programme or to one cohort. In
//! the same transaction each reader gets an in-app notice and an email (unless they turned
//! email about their partnership off). Readers see those written to everyone and to their
//! cohorts; the team sees all and may remove one.

use super::{
    audience_cohort, audiences, cohort_names, cohorts_of, day_of, invited, member, team_only,
};
use crate::entities::{announcement, notification, person, person_role};
use crate::features::mail::service::{Action, Letter, Outgoing, queue};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::announcement::{AnnouncementForm, AnnouncementView, AnnouncementsPage};
use shared::mail::MailKind;
use std::collections::HashMap;

/// Who an announcement reaches: the coaches and partners of its cohort, or everyone with a
/// role in the programme (the team too); never its author, never a closed account.
async fn readers(
    db: &impl ConnectionTrait,
    cohort: Option<i64>,
    author: i64,
) -> Result<Vec<person::Model>, ServiceError> {
    let mut ids = invited(db, cohort).await?;
    if cohort.is_none() {
        ids.extend(
            person_role::Entity::find()
                .filter(person_role::Column::Role.is_in([Role::Chair.code(), Role::Team.code()]))
                .all(db)
                .await?
                .into_iter()
                .map(|r| r.person_id),
        );
    }
    ids.retain(|id| *id != author);
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .filter(person::Column::ClosedAt.is_null())
        .order_by_asc(person::Column::Id)
        .all(db)
        .await?)
}

/// Writes an announcement and tells its readers. A resend of the same form answers the first.
pub async fn publish(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &AnnouncementForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    team_only(caller)?;
    let key = receipts::key(&form.request_key)?;
    let new = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let cohort_id = audience_cohort(&txn, new.audience.as_deref()).await?;
    let row = announcement::ActiveModel {
        title: Set(new.title.clone()),
        body: Set(new.body.clone()),
        cohort_id: Set(cohort_id),
        author_id: Set(Some(caller.id)),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let link = format!("/community/announcements#announcement-{}", row.id);
    for to in readers(&txn, cohort_id, caller.id).await? {
        let lang = shared::i18n::Lang::from_code(&to.language).unwrap_or_default();
        let notice = shared::i18n::tr(
            lang,
            "announcement-notice",
            &[
                ("who", caller.display_name.clone().into()),
                ("title", new.title.clone().into()),
            ],
        );
        notification::ActiveModel {
            person_id: Set(to.id),
            body: Set(notice.clone()),
            link: Set(link.clone()),
            created_at: Set(now.as_millisecond()),
            read_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        queue(
            &txn,
            Outgoing {
                to_email: to.email,
                person_id: Some(to.id),
                kind: MailKind::Partnership,
                subject: shared::mail::header_text(&new.title),
                letter: Letter {
                    to_name: to.display_name,
                    paragraphs: vec![notice, new.body.clone()],
                    action: Some(Action {
                        label: shared::i18n::t(lang, "mail-open-in-tandem"),
                        path: link.clone(),
                    }),
                    reason: shared::i18n::t(lang, "mail-reason-announcement"),
                    lang,
                },
                secret: false,
                ics: None,
            },
            now,
        )
        .await?;
    }
    receipts::keep(&txn, caller.id, key, row.id, now).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// The announcements a person may read, newest first; with `since`, only those written after.
async fn readable(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    since: Option<Timestamp>,
    limit: Option<u64>,
) -> Result<Vec<AnnouncementView>, ServiceError> {
    member(caller)?;
    let mut q = announcement::Entity::find();
    if !caller.on_team() {
        q = q.filter(
            Condition::any()
                .add(announcement::Column::CohortId.is_null())
                .add(announcement::Column::CohortId.is_in(cohorts_of(db, caller.id).await?)),
        );
    }
    if let Some(t) = since {
        q = q.filter(announcement::Column::CreatedAt.gt(t.as_millisecond()));
    }
    let mut q = q
        .order_by_desc(announcement::Column::CreatedAt)
        .order_by_desc(announcement::Column::Id);
    if let Some(n) = limit {
        q = sea_orm::QuerySelect::limit(q, n);
    }
    let rows = q.all(db).await?;
    let authors: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(rows.iter().filter_map(|a| a.author_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect();
    let cohorts = cohort_names(db).await?;
    Ok(rows
        .into_iter()
        .map(|a| AnnouncementView {
            id: a.id,
            title: a.title,
            body: a.body,
            audience: a.cohort_id.and_then(|id| cohorts.get(&id).cloned()),
            author: a
                .author_id
                .and_then(|id| authors.get(&id).cloned())
                .unwrap_or_default(),
            written_on: day_of(a.created_at, &caller.time_zone),
        })
        .collect())
}

/// The announcements page.
pub async fn announcements_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<AnnouncementsPage, ServiceError> {
    let items = readable(db, caller, None, None).await?;
    let cohorts = audiences(db, caller).await?;
    Ok(AnnouncementsPage {
        items,
        can_write: caller.on_team(),
        cohorts,
    })
}

/// What a home page shows: the latest announcements of the last 30 days, at most `limit`.
pub async fn recent(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
    limit: u64,
) -> Result<Vec<AnnouncementView>, ServiceError> {
    let since = now - jiff::SignedDuration::from_hours(30 * 24);
    readable(db, caller, Some(since), Some(limit)).await
}

/// The programme team removes an announcement (its notices already sent stay).
pub async fn remove(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let gone = announcement::Entity::delete_by_id(id)
        .exec(db)
        .await?
        .rows_affected;
    if gone == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}
