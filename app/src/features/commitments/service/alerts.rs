//! Early alerts: raised once when a commitment slips, cleared when it is met, and told to the
//! pair and every chair.

use super::*;
use shared::errors::Message;
use shared::i18n::Arg;

async fn open_alerts(
    db: &impl ConnectionTrait,
    partnership_id: i64,
) -> Result<Vec<alert::Model>, ServiceError> {
    Ok(alert::Entity::find()
        .filter(alert::Column::PartnershipId.eq(partnership_id))
        .filter(alert::Column::ClearedAt.is_null())
        .order_by_asc(alert::Column::Id)
        .all(db)
        .await?)
}

/// Raises the alerts whose condition now holds (once each) and clears those resolved; tells the
/// pair and the programme team about each new one. Returns (raised, cleared).
///
/// The figures are read without the write lock (from per-day sums, so the cost does not grow
/// with the entries of the year); only the small write of the alerts takes it. A change that
/// lands in between is followed by its own refresh, so alerts never stay stale.
pub async fn refresh_alerts(
    db: &DatabaseConnection,
    partnership_id: i64,
    now: Timestamp,
) -> Result<(u32, u32), ServiceError> {
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let wanted = wanted_alerts(db, &p, now).await?;
    let txn = crate::server::db::begin_write(db).await?;
    let (raised, cleared) = apply_alerts(&txn, &p, wanted, now).await?;
    let event = (raised + cleared > 0).then(|| Event::of(Kind::Partnership, &p));
    events::commit(txn, event).await?;
    Ok((raised, cleared))
}

/// The alerts a partnership's figures call for now: (kind, subject, message).
async fn wanted_alerts(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    now: Timestamp,
) -> Result<Vec<(&'static str, String, Message)>, ServiceError> {
    let (_, no_session_days, unanswered_days) = band_of(db, p.cohort_id).await?;
    // Paused, completed or ended: no alerts (and the open ones clear).
    let current = PartnershipStatus::from_code(&p.status).is_some_and(|s| s.raises_alerts());
    let partner_zone = person::Entity::find_by_id(p.partner_id)
        .one(db)
        .await?
        .map(|x| x.time_zone)
        .unwrap_or_else(|| "UTC".into());
    let c = compliance_of(db, p, &partner_zone, now).await?;
    let today = now.to_zoned(zone(&partner_zone)).date();
    let start = day(&p.starts_on);
    let mut wanted: Vec<(&'static str, String, Message)> = Vec::new();
    if current && today > start {
        let last_held = coaching_session::Entity::find()
            .select_only()
            .column_as(coaching_session::Column::StartsAt.max(), "last")
            .filter(coaching_session::Column::PartnershipId.eq(p.id))
            .filter(coaching_session::Column::Status.eq(SessionStatus::Held.code()))
            .into_tuple::<Option<i64>>()
            .one(db)
            .await?
            .flatten()
            .map(|ms| from_millis(ms).to_zoned(zone(&partner_zone)).date())
            .unwrap_or(start);
        let quiet = (today - last_held).get_days() as i64;
        if quiet >= no_session_days {
            wanted.push((
                "no_session",
                String::new(),
                Message::key(
                    "alert-no-session",
                    &[("quiet", quiet.into()), ("days", no_session_days.into())],
                ),
            ));
        }
        if c.pace.status != PaceStatus::OnTrack {
            wanted.push((
                "pace",
                String::new(),
                Message::key(
                    "alert-pace",
                    &[
                        ("minimum", c.pace.minimum.into()),
                        ("reason", Arg::Said(Box::new(c.pace.reason.clone()))),
                    ],
                ),
            ));
        }
        // Only proposals old enough to raise an alert are read.
        let waited_since = to_millis(now) - unanswered_days * 86_400_000;
        let waiting: Vec<(i64, i64)> = coaching_session::Entity::find()
            .select_only()
            .column(coaching_session::Column::Id)
            .column(coaching_session::Column::CreatedAt)
            .filter(coaching_session::Column::PartnershipId.eq(p.id))
            .filter(coaching_session::Column::Status.eq(SessionStatus::Proposed.code()))
            .filter(coaching_session::Column::CreatedAt.lte(waited_since))
            .into_tuple()
            .all(db)
            .await?;
        for (id, created_at) in waiting {
            let waited = (to_millis(now) - created_at) / 86_400_000;
            wanted.push((
                "unanswered",
                id.to_string(),
                Message::key("alert-unanswered", &[("days", waited.into())]),
            ));
        }
        for m in &c.months {
            let subject = m.month.strftime("%Y-%m").to_string();
            match m.band {
                MonthBand::Below => wanted.push((
                    "hours_below",
                    subject,
                    if m.minutes == 0 {
                        Message::key(
                            "alert-hours-none",
                            &[
                                ("month", Arg::Month(m.month.to_string())),
                                ("floor", Arg::Minutes(i64::from(m.min_minutes))),
                            ],
                        )
                    } else {
                        Message::key(
                            "alert-hours-below",
                            &[
                                ("month", Arg::Month(m.month.to_string())),
                                ("hours", Arg::Minutes(i64::from(m.minutes))),
                                ("floor", Arg::Minutes(i64::from(m.min_minutes))),
                            ],
                        )
                    },
                )),
                MonthBand::Above => wanted.push((
                    "hours_above",
                    subject,
                    Message::key(
                        "alert-hours-above",
                        &[
                            ("month", Arg::Month(m.month.to_string())),
                            ("hours", Arg::Minutes(i64::from(m.minutes))),
                            ("ceiling", Arg::Minutes(i64::from(m.max_minutes))),
                        ],
                    ),
                )),
                _ => {}
            }
        }
    }
    Ok(wanted)
}

/// Raises what is wanted and not open, clears what is open and no longer wanted.
async fn apply_alerts(
    txn: &impl ConnectionTrait,
    p: &partnership::Model,
    wanted: Vec<(&'static str, String, Message)>,
    now: Timestamp,
) -> Result<(u32, u32), ServiceError> {
    let open = open_alerts(txn, p.id).await?;
    let mut cleared = 0;
    for a in &open {
        if !wanted
            .iter()
            .any(|(k, s, _)| *k == a.kind && *s == a.subject)
        {
            alert::ActiveModel {
                id: Set(a.id),
                cleared_at: Set(Some(to_millis(now))),
                ..Default::default()
            }
            .update(txn)
            .await?;
            cleared += 1;
        }
    }
    let mut raised = 0;
    let team = chairs(txn).await?;
    // The chair reads the pair by its names, not its number.
    let people = crate::entities::person::Entity::find()
        .filter(crate::entities::person::Column::Id.is_in([p.coach_id, p.partner_id]))
        .all(txn)
        .await?;
    let name = |id: i64| {
        people
            .iter()
            .find(|x| x.id == id)
            .map_or(String::new(), |x| x.display_name.clone())
    };
    for (kind, subject, message) in wanted {
        if open.iter().any(|a| a.kind == kind && a.subject == subject) {
            continue;
        }
        alert::ActiveModel {
            partnership_id: Set(p.id),
            kind: Set(kind.into()),
            subject: Set(subject),
            message: Set(
                serde_json::to_string(&message).unwrap_or_else(|_| message.text().to_owned())
            ),
            raised_at: Set(to_millis(now)),
            cleared_at: Set(None),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        raised += 1;
        let link = format!("/partnerships/{}/hours", p.id);
        for who in [p.coach_id, p.partner_id] {
            notify_message(
                txn,
                who,
                shared::mail::MailKind::Alerts,
                Message::key(
                    "alert-notice",
                    &[("message", Arg::Said(Box::new(message.clone())))],
                ),
                &link,
                now,
            )
            .await?;
        }
        for chair in &team {
            notify_message(
                txn,
                *chair,
                shared::mail::MailKind::Alerts,
                Message::key(
                    "alert-notice-team",
                    &[
                        ("coach", name(p.coach_id).into()),
                        ("partner", name(p.partner_id).into()),
                        ("message", Arg::Said(Box::new(message.clone()))),
                    ],
                ),
                &format!("/partnerships/{}", p.id),
                now,
            )
            .await?;
        }
    }
    Ok((raised, cleared))
}

/// The periodic check over every current partnership.
pub async fn refresh_all_alerts(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<(u32, u32), ServiceError> {
    let ids: Vec<i64> = partnership::Entity::find()
        .filter(partnership::Column::Status.is_in([
            PartnershipStatus::Active.code(),
            PartnershipStatus::Paused.code(),
        ]))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut total = (0, 0);
    for id in ids {
        let (r, c) = refresh_alerts(db, id, now).await?;
        total = (total.0 + r, total.1 + c);
    }
    Ok(total)
}

/// After a change: refresh the partnership's alerts, logging (not failing) if that goes wrong.
pub async fn after_change(db: &DatabaseConnection, partnership_id: i64, now: Timestamp) {
    if let Err(e) = refresh_alerts(db, partnership_id, now).await {
        tracing::warn!(error = %e, partnership_id, "alert refresh failed");
    }
}

/// The open alerts of a partnership, for the pair and the programme team.
pub async fn alerts(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
) -> Result<Vec<AlertView>, ServiceError> {
    access(db, caller, partnership_id).await?;
    Ok(open_alerts(db, partnership_id)
        .await?
        .into_iter()
        .map(|a| AlertView {
            kind: a.kind,
            message: crate::i18n::read_stored(&a.message, crate::i18n::lang()),
            raised_at_local: local(a.raised_at, caller),
        })
        .collect())
}
