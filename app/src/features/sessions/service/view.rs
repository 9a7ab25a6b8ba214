//! The sessions page of a partnership: every session on the viewer's clock with the other's
//! beside it, the six-session pace, and counts for lists.

use super::*;

/// Held sessions and scheduled ones still to come, for the pace of several partnerships.
pub async fn counts(
    db: &impl ConnectionTrait,
    partnership_ids: &[i64],
    now: Timestamp,
) -> Result<HashMap<i64, (u32, u32)>, ServiceError> {
    let mut out: HashMap<i64, (u32, u32)> = HashMap::new();
    for s in coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(partnership_ids.iter().copied()))
        .filter(
            coaching_session::Column::Status
                .is_in([SessionStatus::Held.code(), SessionStatus::Scheduled.code()]),
        )
        .all(db)
        .await?
    {
        let entry = out.entry(s.partnership_id).or_default();
        if status_of(&s) == SessionStatus::Held {
            entry.0 += 1;
        } else if s.starts_at.is_some_and(|at| at > to_millis(now)) {
            entry.1 += 1;
        }
    }
    Ok(out)
}

/// The pace of one partnership on the viewer's calendar day.
pub fn pace_of(
    p: &partnership::Model,
    (held, scheduled): (u32, u32),
    minimum: u32,
    viewer_zone: &str,
    now: Timestamp,
) -> schedule::Pace {
    let start = p.starts_on.parse().unwrap_or_default();
    let end = p.ends_on.parse().unwrap_or_default();
    let today = now.to_zoned(zone(viewer_zone)).date();
    schedule::pace(start, end, today, held, scheduled, minimum)
}

/// Each cohort's minimum of sessions, by cohort id.
pub async fn minimums(
    db: &impl ConnectionTrait,
    cohort_ids: &[i64],
) -> Result<HashMap<i64, u32>, ServiceError> {
    Ok(crate::entities::cohort::Entity::find()
        .filter(crate::entities::cohort::Column::Id.is_in(cohort_ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.min_sessions.max(1) as u32))
        .collect())
}

fn session_view(
    s: coaching_session::Model,
    options: &[session_option::Model],
    history: Vec<String>,
    caller: &CurrentUser,
    their_zone: &str,
    proposer: &str,
    now: Timestamp,
) -> SessionView {
    // In the language of the request (English outside one, as in the service tests).
    let style = crate::i18n::style();
    let both = |ms: i64| BothClocks::new_in(style, from_millis(ms), &caller.time_zone, their_zone);
    SessionView {
        id: s.id,
        status: status_of(&s),
        medium: Medium::from_code(&s.medium).unwrap_or(Medium::Video),
        link: s.link.clone(),
        duration: s.duration_min.max(0) as u32,
        agenda: s.agenda.clone(),
        at: s.starts_at.map(both),
        options: options
            .iter()
            .filter(|o| o.session_id == s.id)
            .map(|o| OptionView {
                id: o.id,
                at: both(o.starts_at),
            })
            .collect(),
        proposed_by_me: s.proposed_by == caller.id,
        proposed_by: proposer.to_owned(),
        cancel_reason: s.cancel_reason.clone(),
        notes: s.notes.clone(),
        actions: s
            .actions
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        partner_confirmed: s.partner_confirmed_at.is_some(),
        sequence: s.sequence,
        in_past: s.starts_at.is_some_and(|at| at <= to_millis(now)),
        can_correct: matches!(status_of(&s), SessionStatus::Held | SessionStatus::NoShow)
            && shared::schedule::may_record_outcome(
                status_of(&s),
                true,
                s.outcome_by.zip(s.outcome_at),
                caller.id,
                to_millis(now),
            ),
        clock_note: None,
        history,
    }
}

/// The start of the pair's session before `at` (held or scheduled), else `now`: the time the
/// pair last met, or agreed, on the clocks as they were.
pub(crate) fn previous_meeting(
    sessions: &[coaching_session::Model],
    at: i64,
    now: Timestamp,
) -> Timestamp {
    sessions
        .iter()
        .filter(|s| matches!(status_of(s), SessionStatus::Held | SessionStatus::Scheduled))
        .filter_map(|s| s.starts_at)
        .filter(|start| *start < at)
        .max()
        .map_or(now, from_millis)
        .min(now.max(from_millis(at)))
}

/// The clock-change note of a scheduled session of partnership `pid` starting at `at`, for a
/// reader in `mine` with the other member in `theirs`.
pub(crate) async fn clock_note(
    db: &impl ConnectionTrait,
    pid: i64,
    at: i64,
    now: Timestamp,
    mine: &str,
    theirs: &str,
) -> Result<Option<String>, ServiceError> {
    let sessions = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(pid))
        .filter(coaching_session::Column::StartsAt.lt(at))
        .all(db)
        .await?;
    let since = previous_meeting(&sessions, at, now);
    Ok(schedule::clock_change_note_in(
        crate::i18n::style(),
        since,
        from_millis(at),
        mine,
        theirs,
    ))
}

/// The pair's sessions page: sessions, the pace, and common free time over the next four weeks.
pub async fn sessions_view(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    now: Timestamp,
) -> Result<SessionsView, ServiceError> {
    let (p, side) = pair_only(db, caller, partnership_id).await?;
    let head = head(db, &p, Access::Pair(side), caller, now).await?;
    let other = other_of(&p, side);
    let their_zone = person_zone(db, other).await?;
    let rows = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .order_by_desc(coaching_session::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|s| s.id).collect();
    let options = session_option::Entity::find()
        .filter(session_option::Column::SessionId.is_in(ids.clone()))
        .order_by_asc(session_option::Column::StartsAt)
        .all(db)
        .await?;
    let changes = session_change::Entity::find()
        .filter(session_change::Column::SessionId.is_in(ids))
        .order_by_asc(session_change::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in([p.coach_id, p.partner_id]))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x.display_name))
        .collect();
    let mine = zone(&caller.time_zone);
    let notes: HashMap<i64, String> = rows
        .iter()
        .filter(|s| status_of(s) == SessionStatus::Scheduled)
        .filter_map(|s| Some((s.id, s.starts_at.filter(|at| *at > to_millis(now))?)))
        .filter_map(|(id, at)| {
            let since = previous_meeting(&rows, at, now);
            let note = schedule::clock_change_note_in(
                crate::i18n::style(),
                since,
                from_millis(at),
                &caller.time_zone,
                &their_zone,
            )?;
            Some((id, note))
        })
        .collect();
    let mut sessions: Vec<SessionView> = rows
        .into_iter()
        .map(|s| {
            let note = notes.get(&s.id).cloned();
            let history = changes
                .iter()
                .filter(|c| c.session_id == s.id)
                .map(|c| {
                    let style = crate::i18n::style();
                    shared::i18n::tr(
                        style.lang,
                        "session-history-line",
                        &[
                            (
                                "at",
                                schedule::clock_with_date_in(style, from_millis(c.at), &mine)
                                    .into(),
                            ),
                            (
                                "who",
                                c.person_id
                                    .and_then(|id| names.get(&id).cloned())
                                    .unwrap_or_default()
                                    .into(),
                            ),
                            (
                                "what",
                                crate::i18n::read_stored(&c.summary, style.lang).into(),
                            ),
                        ],
                    )
                })
                .collect();
            let proposer = names.get(&s.proposed_by).cloned().unwrap_or_default();
            SessionView {
                clock_note: note,
                ..session_view(s, &options, history, caller, &their_zone, &proposer, now)
            }
        })
        .collect();
    // Waiting for an answer first, then what is coming (soonest first), then the past.
    let rank = |s: &SessionView| match (s.status, s.in_past) {
        (SessionStatus::Proposed, _) => 0,
        (SessionStatus::Scheduled, false) => 1,
        (SessionStatus::Scheduled, true) => 2,
        _ => 3,
    };
    sessions.sort_by(|a, b| {
        rank(a).cmp(&rank(b)).then_with(|| {
            let (x, y) = (
                a.at.as_ref().map(|c| c.utc.clone()).unwrap_or_default(),
                b.at.as_ref().map(|c| c.utc.clone()).unwrap_or_default(),
            );
            if rank(a) == 1 { x.cmp(&y) } else { y.cmp(&x) }
        })
    });
    let held = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .count() as u32;
    let scheduled = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Scheduled && !s.in_past)
        .count() as u32;
    let minimum = minimums(db, &[p.cohort_id])
        .await?
        .get(&p.cohort_id)
        .copied()
        .unwrap_or(schedule::MIN_SESSIONS);
    let pace = pace_of(&p, (held, scheduled), minimum, &caller.time_zone, now);

    // Common free time over the next four weeks, in 60-minute slots or longer.
    let my_windows: Vec<WeeklyWindow> = windows_of(db, caller.id)
        .await?
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let their_windows: Vec<WeeklyWindow> = windows_of(db, other)
        .await?
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let days = |rows: Vec<(i64, String)>| -> Vec<jiff::civil::Date> {
        rows.into_iter()
            .filter_map(|(_, d)| d.parse().ok())
            .collect()
    };
    let their_tz = zone(&their_zone);
    let today_mine = now.to_zoned(mine.clone()).date();
    let today_theirs = now.to_zoned(their_tz.clone()).date();
    let horizon = 28.days();
    let a = schedule::expand(
        &my_windows,
        &mine,
        today_mine,
        today_mine.checked_add(horizon).unwrap_or(today_mine),
        &days(away_days(db, caller.id).await?),
    );
    let b = schedule::expand(
        &their_windows,
        &their_tz,
        today_theirs,
        today_theirs.checked_add(horizon).unwrap_or(today_theirs),
        &days(away_days(db, other).await?),
    );
    let common = schedule::intersect(&a, &b, 60)
        .into_iter()
        .filter(|(s, _)| *s > now)
        .take(12)
        .map(|(s, e)| {
            let partner_tz = if side == Side::Partner { &mine } else { &their_tz };
            let coach_tz = if side == Side::Partner { &their_tz } else { &mine };
            let warning = schedule::clock_change_moves(s, partner_tz, coach_tz, 10)
                .or_else(|| schedule::clock_change_moves(s, coach_tz, partner_tz, 10))
                .map(|(from, there)| {
                    format!(
                        "Held weekly, this slot moves by an hour from {} ({} in {}): a clock changes.",
                        from.strftime("%-d %b"),
                        there,
                        if schedule::clock_change_moves(s, partner_tz, coach_tz, 10).is_some() {
                            shared::time::zone_city(if side == Side::Partner { &their_zone } else { &caller.time_zone })
                        } else {
                            shared::time::zone_city(if side == Side::Partner { &caller.time_zone } else { &their_zone })
                        }
                    )
                });
            CommonSlot {
                start: BothClocks::new_in(crate::i18n::style(), s, &caller.time_zone, &their_zone),
                end_mine: e.to_zoned(mine.clone()).strftime("%H:%M").to_string(),
                end_theirs: e.to_zoned(their_tz.clone()).strftime("%H:%M").to_string(),
                minutes: e.duration_since(s).as_mins(),
                local_value: s.to_zoned(mine.clone()).strftime("%Y-%m-%dT%H:%M").to_string(),
                warning,
            }
        })
        .collect();
    Ok(SessionsView {
        head,
        my_zone: caller.time_zone.clone(),
        their_zone,
        sessions,
        pace,
        common,
        i_have_availability: !my_windows.is_empty(),
        they_have_availability: !their_windows.is_empty(),
        request_key: new_token(),
        open_goals: crate::entities::goal::Entity::find()
            .filter(crate::entities::goal::Column::PartnershipId.eq(p.id))
            .filter(crate::entities::goal::Column::Status.is_in(["not_started", "in_progress"]))
            .order_by_asc(crate::entities::goal::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|g| (g.id, g.title))
            .collect(),
    })
}
