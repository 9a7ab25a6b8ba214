//! The programme team works a concern: its status, owner and response; its author shares it
//! with the other member of the pair; the author and the team write to each other on it.

use super::*;

/// The programme team handles a concern: status, ownership and a response to the author.
pub async fn update_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernUpdateForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    crate::server::failure::require_team(caller)?;
    let status = ConcernStatus::from_code(&form.status).ok_or_else(|| {
        ServiceError::field(
            "status",
            shared::errors::Message::key("concern-status-choose", &[]),
        )
    })?;
    let response = shared::validate::text(&form.response, "what-response", 0, 5_000)
        .map_err(|m| ServiceError::field("response", m))?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let (c, _) = concern_for(&txn, caller, form.concern_id).await?;
    // The same update sent twice changes nothing the second time (no second response).
    if receipts::seen(&txn, caller.id, key).await?.is_some() {
        return Ok(());
    }
    receipts::keep(&txn, caller.id, key, c.id, now).await?;
    let take = shared::partnership::checked(&form.take_ownership);
    concern::ActiveModel {
        id: Set(c.id),
        status: Set(status.code().into()),
        owner_id: Set(if take { Some(caller.id) } else { c.owner_id }),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    if status.code() != c.status {
        audit(
            &txn,
            caller,
            &format!("set the status to {}", status.label().to_lowercase()),
            c.id,
            now,
        )
        .await?;
    }
    if take && c.owner_id != Some(caller.id) {
        audit(&txn, caller, "took ownership", c.id, now).await?;
    }
    if !response.is_empty() {
        concern_response::ActiveModel {
            concern_id: Set(c.id),
            author_id: Set(caller.id),
            body: Set(response),
            created_at: Set(to_millis(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit(&txn, caller, "responded", c.id, now).await?;
        notify_message(
            &txn,
            c.author_id,
            shared::mail::MailKind::Alerts,
            shared::errors::Message::key("note-concern-answered", &[]),
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    } else if status.code() != c.status {
        notify_message(
            &txn,
            c.author_id,
            shared::mail::MailKind::Alerts,
            shared::errors::Message::key(&format!("note-concern-{}", status.code()), &[]),
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The author shares a concern with the other member of the pair, or stops.
pub async fn share_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernShareForm,
    now: Timestamp,
) -> Result<bool, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (c, p) = concern_for(&txn, caller, form.concern_id).await?;
    if c.author_id != caller.id {
        return Err(ServiceError::Forbidden);
    }
    if p.is_none() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "concern-no-pair",
            &[],
        )));
    }
    let share = shared::partnership::checked(&form.share);
    concern::ActiveModel {
        id: Set(c.id),
        shared_with_pair: Set(share),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit(
        &txn,
        caller,
        if share {
            "shared with the pair"
        } else {
            "unshared"
        },
        c.id,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(share)
}

/// The author of a concern answers in its thread: the person handling it (else the chairs) is
/// told. A resend of the same form adds nothing.
pub async fn reply_to_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernReplyForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let reply = shared::validate::text(&form.reply, "what-answer", 1, 5_000)
        .map_err(|m| ServiceError::field("reply", m))?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let (c, _) = concern_for(&txn, caller, form.concern_id).await?;
    if c.author_id != caller.id {
        return Err(ServiceError::Forbidden);
    }
    if receipts::seen(&txn, caller.id, key).await?.is_some() {
        return Ok(());
    }
    receipts::keep(&txn, caller.id, key, c.id, now).await?;
    concern_response::ActiveModel {
        concern_id: Set(c.id),
        author_id: Set(caller.id),
        body: Set(reply),
        created_at: Set(to_millis(now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    concern::ActiveModel {
        id: Set(c.id),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit(&txn, caller, "the author answered", c.id, now).await?;
    let readers = match c.owner_id {
        Some(owner) => vec![owner],
        None => chairs(&txn).await?,
    };
    for reader in readers {
        notify_message(
            &txn,
            reader,
            shared::mail::MailKind::Alerts,
            shared::errors::Message::key("concern-answered-notice", &[]),
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
