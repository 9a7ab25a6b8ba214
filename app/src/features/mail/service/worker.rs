//! The mail worker: leases due messages from the outbox, sends each over SMTP, and records what
//! happened. A lease (owner and expiry, taken in one `UPDATE`) means two servers never send
//! the same row; a temporary failure (connection refused, 4xx) is retried with growing pauses,
//! a permanent one (5xx: the address is refused) marks that message failed with the server's
//! reason. A worker that dies mid-send leaves its lease to expire, and the row is sent again
//! (at least once, never lost).

use super::letter::{Action, Letter, render};
use super::{MailSettings, preferences};
use crate::entities::outbox;
use crate::server::ServiceError;
use jiff::Timestamp;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use shared::mail::{MailKind, MailStatus, header_text};
use std::time::Duration;

/// Attempts before a message that keeps failing temporarily is marked failed (about a day).
pub const MAX_ATTEMPTS: i32 = 10;
/// How long a leased message is the worker's alone.
const LEASE: Duration = Duration::from_secs(120);
/// Messages leased at a time.
const BATCH: u64 = 25;
/// Messages sent at once, each on its own SMTP connection (a relay may limit connections).
const AT_ONCE: usize = 5;

static WAKE: tokio::sync::Notify = tokio::sync::Notify::const_new();

/// Wakes the worker at once (after a request that may have queued messages has committed);
/// without it the worker still looks every poll interval.
pub fn wake() {
    WAKE.notify_one();
}

/// The pause before attempt `attempts + 1`: 30 s, 1 min, 2 min, ... at most 4 h.
pub fn backoff(attempts: i32) -> Duration {
    let doubling = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    Duration::from_secs(30u64.saturating_mul(1u64 << doubling).min(4 * 3600))
}

/// What one try did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    Retry(String),
    Failed(String),
}

pub struct Worker {
    db: DatabaseConnection,
    settings: MailSettings,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    owner: String,
}

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
}

impl Pass {
    pub fn total(&self) -> usize {
        self.sent + self.retried + self.failed
    }
}

fn ms_after(now: Timestamp, d: Duration) -> i64 {
    now.as_millisecond()
        .saturating_add(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl Worker {
    /// A worker for `settings.smtp_url`; an error says what is wrong with the URL.
    pub fn new(db: DatabaseConnection, settings: MailSettings) -> Result<Self, String> {
        let url = settings
            .smtp_url
            .clone()
            .ok_or("no SMTP server is configured (TANDEM_SMTP_URL)")?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url)
            .map_err(|e| format!("TANDEM_SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        settings
            .from
            .parse::<Mailbox>()
            .map_err(|e| format!("TANDEM_MAIL_FROM {:?}: {e}", settings.from))?;
        Ok(Self {
            db,
            settings,
            transport,
            owner: crate::features::auth::tokens::new_token()[..32].to_owned(),
        })
    }

    /// Runs until the process ends: a pass whenever messages are due, otherwise every `poll`.
    pub async fn run(self, poll: Duration) {
        loop {
            match self.pass(Timestamp::now()).await {
                Ok(pass) if pass.total() > 0 => {
                    tracing::info!(
                        sent = pass.sent,
                        retried = pass.retried,
                        failed = pass.failed,
                        "mail pass"
                    );
                    continue;
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "mail pass failed"),
            }
            tokio::select! {
                () = WAKE.notified() => {}
                () = tokio::time::sleep(poll) => {}
            }
        }
    }

    /// Leases the due messages (at most a batch) and tries each once.
    pub async fn pass(&self, now: Timestamp) -> Result<Pass, ServiceError> {
        let leased = self.lease(now).await?;
        let mut pass = Pass::default();
        for some in leased.chunks(AT_ONCE) {
            let outcomes =
                futures_util::future::join_all(some.iter().map(|row| self.send(row))).await;
            for (row, outcome) in some.iter().zip(outcomes) {
                self.record(row, &outcome, Timestamp::now()).await?;
                match outcome {
                    Outcome::Sent => pass.sent += 1,
                    Outcome::Retry(_) => pass.retried += 1,
                    Outcome::Failed(_) => pass.failed += 1,
                }
            }
        }
        Ok(pass)
    }

    fn due(now: i64) -> Condition {
        Condition::all()
            .add(
                outbox::Column::Status
                    .is_in([MailStatus::Queued.code(), MailStatus::Sending.code()]),
            )
            .add(outbox::Column::NextAttemptAt.lte(now))
            .add(
                Condition::any()
                    .add(outbox::Column::LeaseUntil.is_null())
                    .add(outbox::Column::LeaseUntil.lt(now)),
            )
    }

    /// One `UPDATE` takes the lease: the due rows' ids are chosen in a subquery and the update
    /// checks again that each is still free, so of two workers only one gets a row.
    async fn lease(&self, now: Timestamp) -> Result<Vec<outbox::Model>, ServiceError> {
        let at = now.as_millisecond();
        let until = ms_after(now, LEASE);
        let ids = Query::select()
            .column(outbox::Column::Id)
            .from(outbox::Entity)
            .cond_where(Self::due(at))
            .order_by(outbox::Column::Id, sea_orm::Order::Asc)
            .limit(BATCH)
            .to_owned();
        outbox::Entity::update_many()
            .col_expr(
                outbox::Column::Status,
                Expr::value(MailStatus::Sending.code()),
            )
            .col_expr(outbox::Column::LeaseOwner, Expr::value(self.owner.as_str()))
            .col_expr(outbox::Column::LeaseUntil, Expr::value(until))
            .filter(outbox::Column::Id.in_subquery(ids))
            .filter(Self::due(at))
            .exec(&self.db)
            .await?;
        Ok(outbox::Entity::find()
            .filter(outbox::Column::LeaseOwner.eq(self.owner.as_str()))
            .filter(outbox::Column::Status.eq(MailStatus::Sending.code()))
            .filter(outbox::Column::LeaseUntil.eq(until))
            .order_by_asc(outbox::Column::Id)
            .all(&self.db)
            .await?)
    }

    /// Builds and sends one message.
    async fn send(&self, row: &outbox::Model) -> Outcome {
        let message = match self.build(row).await {
            Ok(m) => m,
            Err(reason) => return Outcome::Failed(reason),
        };
        match self.transport.send(message).await {
            Ok(_) => Outcome::Sent,
            Err(e) if e.is_permanent() => Outcome::Failed(e.to_string()),
            Err(e) => Outcome::Retry(e.to_string()),
        }
    }

    async fn build(&self, row: &outbox::Model) -> Result<Message, String> {
        let letter: Letter = match &row.letter {
            Some(json) => serde_json::from_str(json).map_err(|e| e.to_string())?,
            None => return Err("This message was written before Tandem sent email.".into()),
        };
        let kind = MailKind::from_code(&row.kind).unwrap_or(MailKind::Account);
        let unsubscribe = match row.person_id {
            Some(person) if kind.optional() => Some(format!(
                "/unsubscribe/{}",
                preferences::ensure(&self.db, person, kind)
                    .await
                    .map_err(|e| e.to_string())?
                    .token
            )),
            _ => None,
        };
        build_message(row, &letter, &self.settings, unsubscribe.as_deref())
    }

    /// Writes the outcome, only while the lease is still this worker's.
    async fn record(
        &self,
        row: &outbox::Model,
        outcome: &Outcome,
        now: Timestamp,
    ) -> Result<(), ServiceError> {
        let attempts = row.attempts.saturating_add(1);
        let mut update = outbox::Entity::update_many()
            .col_expr(outbox::Column::Attempts, Expr::value(attempts))
            .col_expr(
                outbox::Column::LeaseOwner,
                Expr::value(Option::<String>::None),
            )
            .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<i64>::None));
        update = match outcome {
            Outcome::Sent => {
                let mut u = update
                    .col_expr(outbox::Column::Status, Expr::value(MailStatus::Sent.code()))
                    .col_expr(outbox::Column::SentAt, Expr::value(now.as_millisecond()))
                    .col_expr(
                        outbox::Column::LastError,
                        Expr::value(Option::<String>::None),
                    );
                if row.secret {
                    // Sent: the private link is no longer kept anywhere but in the person's mail.
                    u = u.col_expr(outbox::Column::Letter, Expr::value(redacted(row)));
                }
                u
            }
            Outcome::Retry(reason) if attempts < MAX_ATTEMPTS => update
                .col_expr(
                    outbox::Column::Status,
                    Expr::value(MailStatus::Queued.code()),
                )
                .col_expr(
                    outbox::Column::NextAttemptAt,
                    Expr::value(ms_after(now, backoff(attempts))),
                )
                .col_expr(outbox::Column::LastError, Expr::value(reason.as_str())),
            Outcome::Retry(reason) | Outcome::Failed(reason) => update
                .col_expr(
                    outbox::Column::Status,
                    Expr::value(MailStatus::Failed.code()),
                )
                .col_expr(outbox::Column::LastError, Expr::value(reason.as_str())),
        };
        update
            .filter(outbox::Column::Id.eq(row.id))
            .filter(outbox::Column::LeaseOwner.eq(self.owner.as_str()))
            .exec(&self.db)
            .await?;
        Ok(())
    }
}

fn redacted(row: &outbox::Model) -> Option<String> {
    let mut letter: Letter = serde_json::from_str(row.letter.as_deref()?).ok()?;
    if let Some(a) = &mut letter.action {
        *a = Action {
            label: a.label.clone(),
            path: "/".into(),
        };
    }
    serde_json::to_string(&letter).ok()
}

/// The MIME message for an outbox row: text and HTML alternatives, the calendar file when
/// there is one, and `List-Unsubscribe` (RFC 2369, one-click RFC 8058) for kinds a person may
/// turn off. An address that does not parse fails this message only.
pub fn build_message(
    row: &outbox::Model,
    letter: &Letter,
    settings: &MailSettings,
    unsubscribe: Option<&str>,
) -> Result<Message, String> {
    let from: Mailbox = settings
        .from
        .parse()
        .map_err(|e| format!("From address: {e}"))?;
    let address = row
        .to_email
        .parse()
        .map_err(|e| format!("The address {:?} is not valid: {e}", row.to_email))?;
    let to = Mailbox::new(Some(header_text(&letter.to_name)), address);
    let rendered = render(letter, &settings.public_url, unsubscribe);
    let body = MultiPart::alternative_plain_html(rendered.text, rendered.html);
    let body = match &row.ics {
        Some(ics) => {
            let ics = ics.replace(
                &format!("@{}", shared::ics::MAIL_HOST),
                &format!("@{}", settings.host()),
            );
            let method = if ics.contains("METHOD:CANCEL") {
                "CANCEL"
            } else {
                "REQUEST"
            };
            let content_type =
                ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                    .map_err(|e| e.to_string())?;
            MultiPart::mixed()
                .multipart(body)
                .singlepart(Attachment::new("session.ics".into()).body(ics.clone(), content_type))
        }
        None => body,
    };
    let mut message = Message::builder()
        .from(from)
        .to(to)
        .subject(header_text(&row.subject))
        .multipart(body)
        .map_err(|e| e.to_string())?;
    if let Some(path) = unsubscribe {
        let url = format!("{}{path}", settings.public_url.trim_end_matches('/'));
        let headers = message.headers_mut();
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe"),
            format!("<{url}>"),
        ));
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click".into(),
        ));
    }
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stops_growing() {
        assert_eq!(backoff(1), Duration::from_secs(30));
        assert_eq!(backoff(2), Duration::from_secs(60));
        assert_eq!(backoff(5), Duration::from_secs(480));
        assert_eq!(backoff(30), Duration::from_secs(4 * 3600));
        assert_eq!(backoff(0), Duration::from_secs(30));
    }
}
