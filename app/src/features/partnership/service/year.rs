//! The shape of a partnership's year: it completes by itself after its last day (read-only, its
//! alerts cleared), the chair extends it by some months with a reason or undoes a mistaken match
//! within a day (handing it to another coach is in `coach_change`). Every change is in the audit
//! log and the people concerned are told.

use super::*;
use shared::errors::Message;
use shared::i18n::Arg;
use shared::partnership::{ExtendForm, extended_end};
use shared::time::to_millis;

/// How long after a match the chair may undo it as a mistake.
pub const UNDO_WINDOW_MS: i64 = 24 * 3600 * 1000;

async fn tell_both(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    text: &Message,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let link = format!("/partnerships/{}", p.id);
    for person in [p.coach_id, p.partner_id] {
        notify_message(
            db,
            person,
            shared::mail::MailKind::Partnership,
            text.clone(),
            &link,
            now,
        )
        .await?;
    }
    Ok(())
}

/// Completes every current partnership whose last day has passed on its partner's clock;
/// answers how many. Each in its own transaction, so one failure leaves the others done.
pub async fn complete_due(db: &DatabaseConnection, now: Timestamp) -> Result<u32, ServiceError> {
    let current = partnership::Entity::find()
        .filter(partnership::Column::Status.is_in([
            PartnershipStatus::Active.code(),
            PartnershipStatus::Paused.code(),
        ]))
        .all(db)
        .await?;
    let mut done = 0;
    for p in current {
        let partner_zone = person::Entity::find_by_id(p.partner_id)
            .one(db)
            .await?
            .map_or_else(|| "UTC".to_owned(), |x| x.time_zone);
        let today = now.to_zoned(zone(&partner_zone)).date();
        if !status_of(&p).completes_on(day(&p.ends_on), today) {
            continue;
        }
        let txn = crate::server::db::begin_write(db).await?;
        // Only if still current inside the transaction: a chair's change meanwhile wins.
        let changed = partnership::Entity::update_many()
            .col_expr(
                partnership::Column::Status,
                sea_orm::sea_query::Expr::value(PartnershipStatus::Completed.code()),
            )
            .col_expr(
                partnership::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(to_millis(now)),
            )
            .filter(partnership::Column::Id.eq(p.id))
            .filter(partnership::Column::Status.eq(p.status.clone()))
            .exec(&txn)
            .await?
            .rows_affected;
        if changed == 0 {
            continue;
        }
        crate::server::audit::record(
            &txn,
            None,
            "partnership completed",
            format!("partnership:{} at the end of its year, {}", p.id, p.ends_on),
            now,
        )
        .await?;
        let text = Message::key("note-year-ended", &[("date", Arg::Date(p.ends_on.clone()))]);
        tell_both(&txn, &p, &text, now).await?;
        events::commit(txn, Event::of(Kind::Partnership, &p)).await?;
        crate::features::commitments::service::after_change(db, p.id, now).await;
        done += 1;
    }
    Ok(done)
}

/// The chair extends a partnership by some months with a reason: its last day moves, and a
/// partnership that completed at its year's end becomes active again.
pub async fn extend(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ExtendForm,
    now: Timestamp,
) -> Result<String, ServiceError> {
    require_role(caller, Role::Chair)?;
    let (months, reason) = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let p = partnership::Entity::find_by_id(form.partnership_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let status = status_of(&p);
    if !status.can_extend() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "year-ended-early-final",
            &[],
        )));
    }
    let new_end = extended_end(day(&p.ends_on), months).ok_or_else(|| {
        ServiceError::field(
            "months",
            shared::errors::Message::key("year-extend-fewer", &[]),
        )
    })?;
    let to = if status == PartnershipStatus::Completed {
        PartnershipStatus::Active
    } else {
        status
    };
    partnership::ActiveModel {
        id: Set(p.id),
        ends_on: Set(new_end.to_string()),
        status: Set(to.code().to_owned()),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    crate::server::audit::record(
        &txn,
        Some(caller.id),
        "partnership extended",
        format!(
            "partnership:{} from {} to {}: {reason}",
            p.id, p.ends_on, new_end
        ),
        now,
    )
    .await?;
    let text = Message::key(
        "note-extended",
        &[
            ("date", Arg::Date(new_end.to_string())),
            ("reason", reason.clone().into()),
        ],
    );
    tell_both(&txn, &p, &text, now).await?;
    events::commit(txn, Event::of(Kind::Partnership, &p)).await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(new_end.to_string())
}

/// The chair undoes a match made by mistake, within a day of making it: the partnership goes
/// (with anything the pair added since), the partner waits for a coach again, and it does not
/// count as an ending. Recorded in the audit log.
pub async fn undo_match(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Chair)?;
    let txn = crate::server::db::begin_write(db).await?;
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if to_millis(now) - p.created_at > UNDO_WINDOW_MS {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "year-undo-within-day",
            &[],
        )));
    }
    partnership::Entity::delete_by_id(p.id).exec(&txn).await?;
    // Its notices point at a page that is gone (exactly this partnership, not /partnerships/12x).
    let base = format!("/partnerships/{}", p.id);
    notification::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(notification::Column::Link.eq(base.clone()))
                .add(notification::Column::Link.starts_with(format!("{base}/")))
                .add(notification::Column::Link.starts_with(format!("{base}?")))
                .add(notification::Column::Link.starts_with(format!("{base}#"))),
        )
        .exec(&txn)
        .await?;
    crate::server::audit::record(
        &txn,
        Some(caller.id),
        "match undone",
        format!(
            "partnership:{} (coach {}, partner {}) made by mistake",
            p.id, p.coach_id, p.partner_id
        ),
        now,
    )
    .await?;
    for person in [p.coach_id, p.partner_id] {
        notify_message(
            &txn,
            person,
            shared::mail::MailKind::Partnership,
            Message::key("note-undone", &[]),
            "/home",
            now,
        )
        .await?;
    }
    events::commit(txn, Event::of(Kind::Partnership, &p)).await?;
    Ok(())
}
