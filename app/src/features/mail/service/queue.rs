//! Queueing a message: one outbox row, written on the caller's connection, so inside the
//! transaction of the change that causes it (a failed change leaves no message).

use super::letter::{Letter, outbox_text};
use super::preferences;
use crate::entities::outbox;
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use shared::mail::{Delivery, MailKind, MailStatus, header_text};

/// A message to queue.
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub to_email: String,
    /// The recipient's account, when they have one (their preferences apply).
    pub person_id: Option<i64>,
    pub kind: MailKind,
    pub subject: String,
    pub letter: Letter,
    /// The action link is private (reset, invitation, an applicant's link).
    pub secret: bool,
    /// An iCalendar attachment (a session invitation or cancellation).
    pub ics: Option<String>,
}

/// Queues `mail` unless its recipient turned its kind off. True when queued.
pub async fn queue(
    db: &impl ConnectionTrait,
    mail: Outgoing,
    now: Timestamp,
) -> Result<bool, ServiceError> {
    if let Some(person) = mail.person_id
        && mail.kind.optional()
    {
        let setting = preferences::ensure(db, person, mail.kind).await?;
        if Delivery::from_code(&setting.mode) == Some(Delivery::Off) {
            return Ok(false);
        }
    }
    // A person with an account reads the letter's frame in their own language.
    let mut mail = mail;
    if let Some(person) = mail.person_id
        && let Some(lang) = crate::features::auth::service::language_of(db, person).await?
    {
        mail.letter.lang = lang;
    }
    let letter =
        serde_json::to_string(&mail.letter).map_err(|e| ServiceError::Internal(e.to_string()))?;
    outbox::ActiveModel {
        to_email: Set(mail.to_email.trim().to_owned()),
        subject: Set(header_text(&mail.subject)),
        body: Set(outbox_text(&mail.letter, mail.secret)),
        created_at: Set(now.as_millisecond()),
        sent_at: Set(None),
        kind: Set(mail.kind.code().to_owned()),
        person_id: Set(mail.person_id),
        letter: Set(Some(letter)),
        secret: Set(mail.secret),
        ics: Set(mail.ics),
        status: Set(MailStatus::Queued.code().to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now.as_millisecond()),
        lease_owner: Set(None),
        lease_until: Set(None),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}
