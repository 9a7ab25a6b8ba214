//! Calendar files and feeds of sessions, and the reminders scheduler.

use super::*;
use crate::features::auth::service::style_of;
use shared::i18n::{Lang, tr};

/// A session as a calendar event, in the words of `lang` (the reader's).
fn event_of(
    s: &coaching_session::Model,
    coach: &str,
    partner: &str,
    host: &str,
    lang: Lang,
    now: Timestamp,
) -> Option<shared::ics::Event> {
    let start = from_millis(s.starts_at?);
    let medium = Medium::from_code(&s.medium).unwrap_or(Medium::Video);
    let mut description = vec![tr(lang, &format!("medium-{}", medium.code()), &[])];
    if !s.agenda.is_empty() {
        description.push(tr(
            lang,
            "ics-agenda",
            &[("agenda", s.agenda.clone().into())],
        ));
    }
    if !s.link.is_empty() {
        description.push(tr(lang, "ics-link", &[("link", s.link.clone().into())]));
    }
    Some(shared::ics::Event {
        uid: format!("session-{}@{host}", s.id),
        sequence: s.sequence,
        start,
        minutes: s.duration_min.max(0) as u32,
        summary: tr(
            lang,
            "ics-summary",
            &[("coach", coach.into()), ("partner", partner.into())],
        ),
        description: description.join(" "),
        location: s.link.clone(),
        cancelled: status_of(s) == SessionStatus::Cancelled,
        stamp: now,
    })
}

async fn pair_names(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
) -> Result<(String, String), ServiceError> {
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in([p.coach_id, p.partner_id]))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x.display_name))
        .collect();
    Ok((
        names.get(&p.coach_id).cloned().unwrap_or_default(),
        names.get(&p.partner_id).cloned().unwrap_or_default(),
    ))
}

/// A session as the calendar file a message carries (an invitation, a change, or a
/// cancellation); none while it has no time. The mail worker fills in the UID's host.
pub(super) async fn mail_calendar(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    session_id: i64,
    reader: i64,
    now: Timestamp,
) -> Result<Option<String>, ServiceError> {
    let s = session_in(db, p, session_id).await?;
    let (coach, partner) = pair_names(db, p).await?;
    let lang = style_of(db, reader).await?.lang;
    Ok(
        event_of(&s, &coach, &partner, shared::ics::MAIL_HOST, lang, now)
            .map(|e| shared::ics::session_file(&e)),
    )
}

/// One session's calendar file, for the pair.
pub async fn session_ics(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    session_id: i64,
    host: &str,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let (p, _) = pair_only(db, caller, partnership_id).await?;
    let s = session_in(db, &p, session_id).await?;
    let (coach, partner) = pair_names(db, &p).await?;
    let lang = style_of(db, caller.id).await?.lang;
    let event = event_of(&s, &coach, &partner, host, lang, now).ok_or_else(|| {
        ServiceError::Conflict(shared::errors::Message::key("session-no-time", &[]))
    })?;
    Ok(shared::ics::session_file(&event))
}

/// A person's feed by its secret token: their sessions with a time, in every partnership.
pub async fn feed_ics(
    db: &DatabaseConnection,
    token: &str,
    host: &str,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let feed = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let partnerships = partnership::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(partnership::Column::CoachId.eq(feed.person_id))
                .add(partnership::Column::PartnerId.eq(feed.person_id)),
        )
        .all(db)
        .await?;
    let lang = style_of(db, feed.person_id).await?.lang;
    let mut events = Vec::new();
    for p in &partnerships {
        let (coach, partner) = pair_names(db, p).await?;
        for s in coaching_session::Entity::find()
            .filter(coaching_session::Column::PartnershipId.eq(p.id))
            .filter(coaching_session::Column::StartsAt.is_not_null())
            .all(db)
            .await?
        {
            events.extend(event_of(&s, &coach, &partner, host, lang, now));
        }
    }
    Ok(shared::ics::feed(&events))
}

/// Sends the reminders that are due: 24 hours and 1 hour before each scheduled session, to both
/// members. Each is recorded before it is sent, under a unique key, so a restart or a second
/// server never sends one twice. Returns how many were sent.
pub async fn send_due_reminders(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<u32, ServiceError> {
    let soon = to_millis(now) + 24 * 3_600_000;
    let due = coaching_session::Entity::find()
        .filter(coaching_session::Column::Status.eq(SessionStatus::Scheduled.code()))
        .filter(coaching_session::Column::StartsAt.gt(to_millis(now)))
        .filter(coaching_session::Column::StartsAt.lte(soon))
        .all(db)
        .await?;
    let mut sent = 0;
    for s in due {
        let Some(at) = s.starts_at else { continue };
        let Some(p) = partnership::Entity::find_by_id(s.partnership_id)
            .one(db)
            .await?
        else {
            continue;
        };
        let left = SignedDuration::from_millis(at - to_millis(now));
        let kinds: &[&str] = if left <= SignedDuration::from_hours(1) {
            &["1h", "24h"]
        } else {
            &["24h"]
        };
        for person_id in [p.coach_id, p.partner_id] {
            let txn = crate::server::db::begin_write(db).await?;
            let mut first = true;
            let mut any = false;
            for kind in kinds {
                let inserted = reminder::Entity::insert(reminder::ActiveModel {
                    session_id: Set(s.id),
                    person_id: Set(person_id),
                    kind: Set((*kind).into()),
                    sent_at: Set(to_millis(now)),
                    ..Default::default()
                })
                .on_conflict(
                    sea_orm::sea_query::OnConflict::columns([
                        reminder::Column::SessionId,
                        reminder::Column::PersonId,
                        reminder::Column::Kind,
                    ])
                    .do_nothing()
                    .to_owned(),
                )
                .exec_without_returning(&txn)
                .await?;
                // Only the most specific reminder is sent; the other is marked as covered.
                if inserted == 1 && first {
                    any = true;
                }
                first = false;
            }
            if any {
                let z = zone(&person_zone(&txn, person_id).await?);
                let other = if person_id == p.coach_id {
                    p.partner_id
                } else {
                    p.coach_id
                };
                let other_zone = person_zone(&txn, other).await?;
                let mine = person_zone(&txn, person_id).await?;
                let note = super::clock_note(&txn, p.id, at, now, &mine, &other_zone)
                    .await?
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default();
                let key = if left <= SignedDuration::from_hours(1) {
                    "session-reminder-hour"
                } else {
                    "session-reminder-tomorrow"
                };
                let style = crate::features::auth::service::style_of(&txn, person_id).await?;
                let at = from_millis(at);
                notify(
                    &txn,
                    person_id,
                    shared::mail::MailKind::Reminders,
                    &shared::i18n::tr(
                        style.lang,
                        key,
                        &[
                            ("time", schedule::clock_with_date_in(style, at, &z).into()),
                            (
                                "other",
                                schedule::clock_with_date_in(style, at, &zone(&other_zone)).into(),
                            ),
                            (
                                "place",
                                shared::time::zone_city_in(style.lang, &other_zone).into(),
                            ),
                            ("note", note.into()),
                        ],
                    ),
                    &sessions_link(&p),
                    now,
                )
                .await?;
                sent += 1;
            }
            // The reminder is a notification on the pair's pages.
            let event = any.then(|| Event::of(Kind::Session, &p));
            events::commit(txn, event).await?;
        }
    }
    Ok(sent)
}
