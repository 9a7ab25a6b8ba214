//! Difficulty reports: raised by a member of the pair, seen by its author and the programme team
//! (the other member when shared), handled as cases; every read and change is audited.

use super::*;
use shared::errors::Message;
use shared::i18n::Arg;

mod handling;
pub use handling::*;

async fn audit(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    action: &str,
    concern_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    crate::server::audit::record(
        db,
        Some(caller.id),
        action,
        format!("concern:{concern_id}"),
        now,
    )
    .await
}

/// Whether the caller may see a concern: its author, the programme team, or the other member
/// of the pair when the author shares it.
fn may_see(c: &concern::Model, p: Option<&partnership::Model>, caller: &CurrentUser) -> bool {
    c.author_id == caller.id
        || caller.on_team()
        || (c.shared_with_pair
            && p.is_some_and(|p| p.coach_id == caller.id || p.partner_id == caller.id))
}

async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, ServiceError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect())
}

async fn view_of(
    db: &impl ConnectionTrait,
    c: concern::Model,
    p: Option<&partnership::Model>,
    caller: &CurrentUser,
) -> Result<ConcernView, ServiceError> {
    let responses = concern_response::Entity::find()
        .filter(concern_response::Column::ConcernId.eq(c.id))
        .order_by_asc(concern_response::Column::Id)
        .all(db)
        .await?;
    let who = names(
        db,
        [c.author_id]
            .into_iter()
            .chain(p.into_iter().flat_map(|p| [p.coach_id, p.partner_id]))
            .chain(c.owner_id)
            .chain(responses.iter().map(|r| r.author_id)),
    )
    .await?;
    let name = |id: i64| who.get(&id).cloned().unwrap_or_default();
    Ok(ConcernView {
        id: c.id,
        partnership_id: p.map_or(0, |p| p.id),
        pair: p.map_or_else(
            || "No partnership".to_owned(),
            |p| format!("{} and {}", name(p.coach_id), name(p.partner_id)),
        ),
        author: name(c.author_id),
        mine: c.author_id == caller.id,
        category: ConcernCategory::from_code(&c.category).unwrap_or(ConcernCategory::Other),
        severity: Severity::from_code(&c.severity).unwrap_or(Severity::Medium),
        description: c.description,
        shared_with_pair: c.shared_with_pair,
        status: ConcernStatus::from_code(&c.status).unwrap_or(ConcernStatus::New),
        owner: c.owner_id.map(name),
        created_at_local: local(c.created_at, caller),
        updated_at_local: local(c.updated_at, caller),
        responses: responses
            .into_iter()
            .map(|r| ResponseView {
                author: name(r.author_id),
                body: r.body,
                at_local: local(r.created_at, caller),
            })
            .collect(),
    })
}

/// Anyone signed in raises a concern with the programme team: about their partnership (as one
/// of its pair), or about none.
pub async fn raise_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let (category, severity, description, share) = form.validate()?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let p = if form.partnership_id == 0 {
        None
    } else {
        Some(pair_only(&txn, caller, form.partnership_id).await?.0)
    };
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let ms = to_millis(now);
    let c = concern::ActiveModel {
        partnership_id: Set(p.as_ref().map(|p| p.id)),
        author_id: Set(caller.id),
        category: Set(category.code().into()),
        severity: Set(severity.code().into()),
        description: Set(description),
        shared_with_pair: Set(share && p.is_some()),
        status: Set(ConcernStatus::New.code().into()),
        owner_id: Set(None),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit(&txn, caller, "raised", c.id, now).await?;
    for chair in chairs(&txn).await? {
        notify_message(
            &txn,
            chair,
            shared::mail::MailKind::Alerts,
            Message::key(
                "concern-raised-notice",
                &[
                    (
                        "category",
                        Arg::Key(format!("concern-category-{}", category.code())),
                    ),
                    (
                        "severity",
                        Arg::Key(format!("concern-severity-{}", severity.code())),
                    ),
                ],
            ),
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    }
    receipts::keep(&txn, caller.id, key, c.id, now).await?;
    txn.commit().await?;
    Ok(c.id)
}

/// The concerns the caller may see: the team all of them, others their own (with or without a
/// partnership) and those shared with them. Each one listed is a read, written to the audit log.
pub async fn concerns(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<ConcernsView, ServiceError> {
    let team = caller.on_team();
    let mine: Vec<partnership::Model> = partnership::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(partnership::Column::CoachId.eq(caller.id))
                .add(partnership::Column::PartnerId.eq(caller.id)),
        )
        .all(db)
        .await?;
    let rows = if team {
        concern::Entity::find()
            .order_by_desc(concern::Column::Id)
            .all(db)
            .await?
    } else {
        concern::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(concern::Column::PartnershipId.is_in(mine.iter().map(|p| p.id)))
                    .add(concern::Column::AuthorId.eq(caller.id)),
            )
            .order_by_desc(concern::Column::Id)
            .all(db)
            .await?
    };
    let partnerships: HashMap<i64, partnership::Model> = partnership::Entity::find()
        .filter(partnership::Column::Id.is_in(rows.iter().filter_map(|c| c.partnership_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let txn = crate::server::db::begin_write(db).await?;
    let mut out = Vec::new();
    for c in rows {
        let p = c.partnership_id.and_then(|id| partnerships.get(&id));
        if c.partnership_id.is_some() && p.is_none() {
            continue;
        }
        if !may_see(&c, p, caller) {
            continue;
        }
        audit(&txn, caller, "listed", c.id, now).await?;
        out.push(view_of(&txn, c, p, caller).await?);
    }
    txn.commit().await?;
    let other = names(
        db,
        mine.iter().map(|p| {
            if p.coach_id == caller.id {
                p.partner_id
            } else {
                p.coach_id
            }
        }),
    )
    .await?;
    Ok(ConcernsView {
        concerns: out,
        partnerships: mine
            .iter()
            .filter(|p| PartnershipStatus::from_code(&p.status).is_some_and(|s| s.is_current()))
            .map(|p| {
                let o = if p.coach_id == caller.id {
                    p.partner_id
                } else {
                    p.coach_id
                };
                (
                    p.id,
                    format!("With {}", other.get(&o).cloned().unwrap_or_default()),
                )
            })
            .collect(),
        team,
    })
}

async fn concern_for(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(concern::Model, Option<partnership::Model>), ServiceError> {
    let c = concern::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let p = match c.partnership_id {
        Some(pid) => Some(
            partnership::Entity::find_by_id(pid)
                .one(db)
                .await?
                .ok_or(ServiceError::NotFound)?,
        ),
        None => None,
    };
    if !may_see(&c, p.as_ref(), caller) {
        return Err(ServiceError::NotFound);
    }
    Ok((c, p))
}

/// One concern with its responses; the read is written to the audit log.
pub async fn concern_detail(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<ConcernDetail, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (c, p) = concern_for(&txn, caller, id).await?;
    audit(&txn, caller, "viewed", c.id, now).await?;
    let team = caller.on_team();
    let audit_lines = if team {
        let rows = audit_log::Entity::find()
            .filter(audit_log::Column::Subject.eq(format!("concern:{}", c.id)))
            .order_by_desc(audit_log::Column::Id)
            .all(&txn)
            .await?;
        let who = names(&txn, rows.iter().filter_map(|r| r.person_id)).await?;
        rows.into_iter()
            .map(|r| AuditLine {
                who: r
                    .person_id
                    .and_then(|id| who.get(&id).cloned())
                    .unwrap_or_default(),
                action: r.action,
                at_local: local(r.at, caller),
            })
            .collect()
    } else {
        Vec::new()
    };
    let concern = view_of(&txn, c, p.as_ref(), caller).await?;
    txn.commit().await?;
    Ok(ConcernDetail {
        concern,
        audit: audit_lines,
        can_handle: team,
    })
}
