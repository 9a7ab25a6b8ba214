//! After a session: held or no-show, with notes and agreed actions; the partner confirms it was
//! held.

use super::*;

/// After the session's start: held or no-show, private notes, agreed actions.
pub async fn record_outcome(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &OutcomeForm,
    now: Timestamp,
) -> Result<SessionStatus, ServiceError> {
    let outcome = match form.outcome.as_str() {
        "held" => SessionStatus::Held,
        "no_show" => SessionStatus::NoShow,
        _ => {
            return Err(ServiceError::field(
                "outcome",
                shared::errors::Message::key("session-outcome-choose", &[]),
            ));
        }
    };
    let mut e = FieldErrors::new();
    let notes = e.take(
        "notes",
        shared::validate::text(&form.notes, "what-notes", 0, 5_000),
    );
    let actions = e.take(
        "actions",
        shared::validate::text(&form.actions, "what-actions", 0, 2_000),
    );
    e.into_result(())?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    let started = s.starts_at.is_some_and(|at| at <= to_millis(now));
    let before = status_of(&s);
    let recorded = s.outcome_by.zip(s.outcome_at);
    let correcting = matches!(before, SessionStatus::Held | SessionStatus::NoShow);
    if !shared::schedule::may_record_outcome(before, started, recorded, caller.id, to_millis(now)) {
        return Err(ServiceError::Conflict(match before {
            SessionStatus::Held | SessionStatus::NoShow => shared::errors::Message::key(
                "session-outcome-locked",
                &[("days", shared::schedule::OUTCOME_CORRECTION_DAYS.into())],
            ),
            _ => shared::errors::Message::key("session-outcome-too-soon", &[]),
        }));
    }
    coaching_session::ActiveModel {
        id: Set(s.id),
        status: Set(outcome.code().into()),
        notes: Set(notes),
        actions: Set(actions),
        // A partner who records it held has confirmed it; a session no longer held is not.
        partner_confirmed_at: Set(match outcome {
            SessionStatus::Held if side == Side::Partner => Some(to_millis(now)),
            SessionStatus::Held => s.partner_confirmed_at,
            _ => None,
        }),
        outcome_by: Set(Some(caller.id)),
        // A correction keeps the week counted from the first recording.
        outcome_at: Set(Some(if correcting {
            s.outcome_at.unwrap_or(to_millis(now))
        } else {
            to_millis(now)
        })),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    if correcting {
        crate::server::audit::record(
            &txn,
            Some(caller.id),
            "session outcome corrected",
            format!(
                "partnership:{} session:{} from {} to {}",
                p.id,
                s.id,
                before.code(),
                outcome.code()
            ),
            now,
        )
        .await?;
    }
    record(
        &txn,
        s.id,
        caller,
        &Message::key(
            if correcting {
                "session-history-corrected"
            } else {
                "session-history-recorded"
            },
            &[(
                "outcome",
                Arg::Key(format!("session-outcome-{}", outcome.code())),
            )],
        ),
        now,
    )
    .await?;
    notify(
        &txn,
        other_of(&p, side),
        shared::mail::MailKind::Sessions,
        &{
            let style = crate::features::auth::service::style_of(&txn, other_of(&p, side)).await?;
            shared::i18n::tr(
                style.lang,
                if correcting {
                    "session-outcome-corrected"
                } else {
                    "session-outcome-recorded"
                },
                &[
                    ("who", caller.display_name.clone().into()),
                    (
                        "outcome",
                        shared::i18n::Arg::Key(format!("outcome-{}", outcome.code())),
                    ),
                ],
            )
        },
        &sessions_link(&p),
        now,
    )
    .await?;
    events::commit(txn, Event::of(Kind::Session, &p)).await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(outcome)
}

/// The partner confirms a session was held.
pub async fn confirm_held(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    session_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, partnership_id).await?;
    if side != Side::Partner {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "session-partner-confirms",
            &[],
        )));
    }
    let s = session_in(&txn, &p, session_id).await?;
    if status_of(&s) != SessionStatus::Held {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "session-confirm-held-only",
            &[],
        )));
    }
    coaching_session::ActiveModel {
        id: Set(s.id),
        partner_confirmed_at: Set(Some(to_millis(now))),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    record(
        &txn,
        s.id,
        caller,
        &Message::key("session-history-confirmed", &[]),
        now,
    )
    .await?;
    events::commit(txn, Event::of(Kind::Session, &p)).await?;
    Ok(())
}
