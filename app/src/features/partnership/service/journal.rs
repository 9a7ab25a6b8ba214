//! The pair's journal, resources and introductions.

use super::*;
use shared::errors::Message;

/// Journal entries as `caller` may see them: the pair sees all of its own; with `shared_only`,
/// only entries their authors share with the programme team.
pub(crate) async fn entries(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    partnership_id: i64,
    shared_only: bool,
) -> Result<Vec<JournalEntryView>, ServiceError> {
    let mut q = journal_entry::Entity::find()
        .filter(journal_entry::Column::PartnershipId.eq(partnership_id));
    if shared_only {
        q = q.filter(journal_entry::Column::SharedAt.is_not_null());
    }
    let rows = q.order_by_desc(journal_entry::Column::Id).all(db).await?;
    let who = names(db, rows.iter().map(|e| e.author_id)).await?;
    Ok(rows
        .into_iter()
        .map(|e| JournalEntryView {
            id: e.id,
            author: who
                .get(&e.author_id)
                .map(|p| p.display_name.clone())
                .unwrap_or_default(),
            mine: e.author_id == caller.id,
            kind: JournalKind::from_code(&e.kind).unwrap_or(JournalKind::Note),
            body: e.body,
            shared: e.shared_at.is_some(),
            created_at_local: local(e.created_at, caller),
        })
        .collect())
}

/// The pair's journal.
pub async fn journal(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<JournalView, ServiceError> {
    let (p, side) = pair_only(db, caller, id).await?;
    let head = head(db, &p, Access::Pair(side), caller, now).await?;
    let keeping = if head.status.is_current() {
        None
    } else {
        let days = cohort::Entity::find_by_id(p.cohort_id)
            .one(db)
            .await?
            .map_or(365, |c| c.journal_retention_days);
        let goes_on = p
            .ends_on
            .parse::<Date>()
            .ok()
            .and_then(|d| {
                d.checked_add(jiff::Span::new().days(i64::from(days) + 1))
                    .ok()
            })
            .map(|d| d.to_string())
            .unwrap_or_default();
        let (mine, theirs, other) = match side {
            Side::Coach => (
                p.coach_keeps_journal,
                p.partner_keeps_journal,
                &head.partner,
            ),
            Side::Partner => (p.partner_keeps_journal, p.coach_keeps_journal, &head.coach),
        };
        Some(shared::partnership::JournalKeeping {
            mine,
            theirs,
            other_name: other.name.clone(),
            goes_on,
        })
    };
    Ok(JournalView {
        head,
        entries: entries(db, caller, p.id, false).await?,
        keeping,
    })
}

/// A member of a finished pair keeps (or stops keeping) the journal and session notes past the
/// cohort's period; they stay only while both keep them.
pub async fn keep_journal(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &shared::partnership::KeepJournalForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let (p, side) = pair_only(db, caller, form.partnership_id).await?;
    let current = PartnershipStatus::from_code(&p.status).is_some_and(|s| s.is_current());
    if current {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "journal-keep-after-end",
            &[],
        )));
    }
    let keep = !form.keep.is_empty();
    let mut row: partnership::ActiveModel = p.into();
    match side {
        Side::Coach => row.coach_keeps_journal = Set(keep),
        Side::Partner => row.partner_keeps_journal = Set(keep),
    }
    row.updated_at = Set(now.as_millisecond());
    row.update(db).await?;
    Ok(())
}

/// Adds a journal entry, private to the pair unless the author shares it.
pub async fn add_journal_entry(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &JournalForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let (kind, body, share) = form.validate()?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let ms = now.as_millisecond();
    let e = journal_entry::ActiveModel {
        partnership_id: Set(p.id),
        author_id: Set(caller.id),
        kind: Set(kind.code().to_owned()),
        body: Set(body),
        shared_at: Set(share.then_some(ms)),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    tell_other(
        &txn,
        &p,
        side,
        Message::key(
            &format!("note-journal-{}", kind.code()),
            &[("who", caller.display_name.clone().into())],
        ),
        &format!("/partnerships/{}/journal", p.id),
        now,
    )
    .await?;
    receipts::keep(&txn, caller.id, key, e.id, now).await?;
    events::commit(txn, Event::of(Kind::Journal, &p)).await?;
    Ok(e.id)
}

/// The author shares an entry with the programme team, or stops sharing it.
pub async fn share_entry(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ShareForm,
    now: Timestamp,
) -> Result<bool, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, _) = pair_writing(&txn, caller, form.partnership_id).await?;
    let e = journal_entry::Entity::find_by_id(form.entry_id)
        .filter(journal_entry::Column::PartnershipId.eq(p.id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if e.author_id != caller.id {
        return Err(ServiceError::Forbidden);
    }
    let share = checked(&form.share);
    journal_entry::ActiveModel {
        id: Set(e.id),
        shared_at: Set(share.then_some(now.as_millisecond())),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    events::commit(txn, Event::of(Kind::Journal, &p)).await?;
    Ok(share)
}

/// The resources the coach collated.
pub async fn resources(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<ResourcesView, ServiceError> {
    let (p, side) = pair_only(db, caller, id).await?;
    let rows = resource::Entity::find()
        .filter(resource::Column::PartnershipId.eq(p.id))
        .order_by_desc(resource::Column::Id)
        .all(db)
        .await?;
    let who = names(db, rows.iter().map(|r| r.added_by)).await?;
    let in_library = crate::features::community::service::library::shared_resources(
        db,
        rows.iter().map(|r| r.id),
    )
    .await?;
    let ordered: Vec<(String, String)> = objective_area::Entity::find()
        .order_by_asc(objective_area::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let areas: HashMap<String, String> = ordered.iter().cloned().collect();
    Ok(ResourcesView {
        areas: ordered,
        head: head(db, &p, Access::Pair(side), caller, now).await?,
        resources: rows
            .into_iter()
            .map(|r| ResourceView {
                id: r.id,
                added_by: who
                    .get(&r.added_by)
                    .map(|p| p.display_name.clone())
                    .unwrap_or_default(),
                added_at_local: local(r.created_at, caller),
                mine: r.added_by == caller.id,
                in_library: in_library.get(&r.id).copied(),
                area_title: areas.get(&r.area).cloned().unwrap_or_default(),
                area_code: r.area,
                title: r.title,
                url: r.url,
                note: r.note,
            })
            .collect(),
    })
}

/// Only the coach records some things (`what`: resources, introductions): the partner is told
/// how to ask for them instead.
fn coach_only(side: Side, what: &str) -> Result<(), ServiceError> {
    match side {
        Side::Coach => Ok(()),
        Side::Partner => Err(ServiceError::Conflict(shared::errors::Message::key(
            &format!("{what}-coach-only"),
            &[],
        ))),
    }
}

/// The coach adds a resource.
pub async fn add_resource(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ResourceForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let (title, url, note, area) = form.validate()?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    coach_only(side, "resources")?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let r = resource::ActiveModel {
        partnership_id: Set(p.id),
        added_by: Set(caller.id),
        title: Set(title.clone()),
        url: Set(url),
        note: Set(note),
        area: Set(area.code().to_owned()),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    tell_other(
        &txn,
        &p,
        side,
        Message::key(
            "note-resource",
            &[
                ("who", caller.display_name.clone().into()),
                ("title", title.clone().into()),
            ],
        ),
        &format!("/partnerships/{}/resources", p.id),
        now,
    )
    .await?;
    receipts::keep(&txn, caller.id, key, r.id, now).await?;
    events::commit(txn, Event::of(Kind::Partnership, &p)).await?;
    Ok(r.id)
}

/// The introductions the coach made.
pub async fn introductions(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<IntroductionsView, ServiceError> {
    let (p, side) = pair_only(db, caller, id).await?;
    let rows = introduction::Entity::find()
        .filter(introduction::Column::PartnershipId.eq(p.id))
        .order_by_desc(introduction::Column::Id)
        .all(db)
        .await?;
    let who = names(db, rows.iter().map(|r| r.added_by)).await?;
    let (pool, proposals) =
        crate::features::community::service::experts::for_pair_page(db, caller, p.id, side).await?;
    Ok(IntroductionsView {
        pool,
        proposals,
        head: head(db, &p, Access::Pair(side), caller, now).await?,
        introductions: rows
            .into_iter()
            .map(|r| IntroductionView {
                id: r.id,
                added_by: who
                    .get(&r.added_by)
                    .map(|p| p.display_name.clone())
                    .unwrap_or_default(),
                added_at_local: local(r.created_at, caller),
                expert: r.expert,
                why: r.why,
                outcome: r.outcome,
            })
            .collect(),
    })
}

/// The coach records an introduction (`introduction_id` 0) or updates one with its outcome.
pub async fn save_introduction(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &IntroductionForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let (expert, why, outcome) = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    coach_only(side, "introductions")?;
    let ms = now.as_millisecond();
    let id = if form.introduction_id == 0 {
        let key = receipts::key(&form.request_key)?;
        if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
            return Ok(id);
        }
        let r = introduction::ActiveModel {
            partnership_id: Set(p.id),
            added_by: Set(caller.id),
            expert: Set(expert.clone()),
            why: Set(why),
            outcome: Set(outcome),
            created_at: Set(ms),
            updated_at: Set(ms),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        tell_other(
            &txn,
            &p,
            side,
            Message::key(
                "note-introduction",
                &[
                    ("who", caller.display_name.clone().into()),
                    ("expert", expert.clone().into()),
                ],
            ),
            &format!("/partnerships/{}/introductions", p.id),
            now,
        )
        .await?;
        receipts::keep(&txn, caller.id, key, r.id, now).await?;
        r.id
    } else {
        let old = introduction::Entity::find_by_id(form.introduction_id)
            .filter(introduction::Column::PartnershipId.eq(p.id))
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        introduction::ActiveModel {
            id: Set(old.id),
            expert: Set(expert),
            why: Set(why),
            outcome: Set(outcome),
            updated_at: Set(ms),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        old.id
    };
    events::commit(txn, Event::of(Kind::Partnership, &p)).await?;
    Ok(id)
}
