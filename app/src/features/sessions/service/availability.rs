//! A person's weekly availability, days away and private calendar feed.

use super::*;
use shared::i18n::{Arg, tr};

// ---------------------------------------------------------------------------------------------
// Availability and the calendar feed

pub(super) async fn windows_of(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Vec<(i64, WeeklyWindow)>, ServiceError> {
    Ok(availability_window::Entity::find()
        .filter(availability_window::Column::PersonId.eq(person_id))
        .order_by_asc(availability_window::Column::Weekday)
        .order_by_asc(availability_window::Column::StartMin)
        .all(db)
        .await?
        .into_iter()
        .map(|w| {
            (
                w.id,
                WeeklyWindow {
                    weekday: w.weekday.clamp(1, 7) as u8,
                    start: w.start_min.clamp(0, 1440) as u16,
                    end: w.end_min.clamp(0, 2 * 1440) as u16,
                },
            )
        })
        .collect())
}

pub(super) async fn away_days(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Vec<(i64, String)>, ServiceError> {
    Ok(availability_exception::Entity::find()
        .filter(availability_exception::Column::PersonId.eq(person_id))
        .order_by_asc(availability_exception::Column::AwayOn)
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.away_on))
        .collect())
}

/// The caller's weekly availability and days away.
pub async fn availability(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<AvailabilityView, ServiceError> {
    let has_feed = calendar_feed::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .is_some();
    let windows = windows_of(db, caller.id).await?;
    let shifts = match other_member_zone(db, caller).await? {
        Some(theirs) => weekly_shifts(&windows, &caller.time_zone, &theirs, Timestamp::now()),
        None => Vec::new(),
    };
    Ok(AvailabilityView {
        time_zone: caller.time_zone.clone(),
        windows,
        exceptions: away_days(db, caller.id).await?,
        feed_url: has_feed.then(String::new),
        shifts,
    })
}

/// The zone of the other member of the caller's current partnership, if any.
async fn other_member_zone(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Option<String>, ServiceError> {
    let Some(p) = partnership::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(partnership::Column::CoachId.eq(caller.id))
                .add(partnership::Column::PartnerId.eq(caller.id)),
        )
        .filter(partnership::Column::Status.is_in(["active", "paused"]))
        .order_by_desc(partnership::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let other = if p.coach_id == caller.id {
        p.partner_id
    } else {
        p.coach_id
    };
    Ok(Some(person_zone(db, other).await?))
}

/// For each weekly window, whether a clock change in either zone moves it on the other
/// member's clock within 26 weeks: "Monday 19:00-01:00 (into Tuesday) is Tue 07:00 in Phnom
/// Penh now, Tue 06:00 from 16 Mar."
pub fn weekly_shifts(
    windows: &[(i64, WeeklyWindow)],
    mine: &str,
    theirs: &str,
    now: Timestamp,
) -> Vec<String> {
    let (Ok(my_tz), Ok(their_tz)) = (TimeZone::get(mine), TimeZone::get(theirs)) else {
        return Vec::new();
    };
    let today = now.to_zoned(my_tz.clone()).date();
    windows
        .iter()
        .filter_map(|(_, w)| {
            // The window's next start on the owner's clock.
            let day = (0..7)
                .filter_map(|n| today.checked_add(n.days()).ok())
                .find(|d| schedule::weekday_number(d.weekday()) == w.weekday)?;
            let start = schedule::expand(&[*w], &my_tz, day, day, &[]).first()?.0;
            let (on, there) = schedule::clock_change_moves(start, &my_tz, &their_tz, 26)?;
            let style = crate::i18n::style();
            let then = schedule::expand(&[*w], &my_tz, on, on, &[])
                .first()
                .map_or(there, |moved| schedule::clock_in(style, moved.0, &their_tz));
            Some(tr(
                style.lang,
                "weekly-shift",
                &[
                    ("window", w.label_in(style.lang).into()),
                    ("now", schedule::clock_in(style, start, &their_tz).into()),
                    ("place", Arg::Place(theirs.to_owned())),
                    ("then", then.into()),
                    ("date", shared::time::format_day_month_in(style, on).into()),
                ],
            ))
        })
        .collect()
}

/// Adds a weekly window on the caller's clock.
pub async fn add_window(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &WindowForm,
) -> Result<(), ServiceError> {
    let w = form.validate()?;
    // A window is a set member: the same window sent twice (a resend) is kept once.
    let txn = crate::server::db::begin_write(db).await?;
    let same = availability_window::Entity::find()
        .filter(availability_window::Column::PersonId.eq(caller.id))
        .filter(availability_window::Column::Weekday.eq(i32::from(w.weekday)))
        .filter(availability_window::Column::StartMin.eq(i32::from(w.start)))
        .filter(availability_window::Column::EndMin.eq(i32::from(w.end)))
        .one(&txn)
        .await?;
    if same.is_none() {
        availability_window::ActiveModel {
            person_id: Set(caller.id),
            weekday: Set(i32::from(w.weekday)),
            start_min: Set(i32::from(w.start)),
            end_min: Set(i32::from(w.end)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Removes one of the caller's windows.
pub async fn remove_window(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
) -> Result<(), ServiceError> {
    let done = availability_window::Entity::delete_many()
        .filter(availability_window::Column::Id.eq(id))
        .filter(availability_window::Column::PersonId.eq(caller.id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}

/// Adds a day away (no session is suggested on it).
pub async fn add_away_day(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ExceptionForm,
) -> Result<(), ServiceError> {
    let day = shared::partnership::parse_date(&form.away_on, "what-away-day")
        .map_err(|m| ServiceError::field("away_on", m))?;
    // In one write transaction, so two resends at once cannot both find the day missing.
    let txn = crate::server::db::begin_write(db).await?;
    let exists = availability_exception::Entity::find()
        .filter(availability_exception::Column::PersonId.eq(caller.id))
        .filter(availability_exception::Column::AwayOn.eq(day.to_string()))
        .one(&txn)
        .await?
        .is_some();
    if !exists {
        availability_exception::ActiveModel {
            person_id: Set(caller.id),
            away_on: Set(day.to_string()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Removes one of the caller's days away.
pub async fn remove_away_day(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
) -> Result<(), ServiceError> {
    let done = availability_exception::Entity::delete_many()
        .filter(availability_exception::Column::Id.eq(id))
        .filter(availability_exception::Column::PersonId.eq(caller.id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}

/// Creates the caller's private feed, or replaces it (the old address stops working at once).
/// Returns the secret token, shown once.
pub async fn replace_feed(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let token = new_token();
    let txn = crate::server::db::begin_write(db).await?;
    calendar_feed::Entity::delete_by_id(caller.id)
        .exec(&txn)
        .await?;
    calendar_feed::ActiveModel {
        person_id: Set(caller.id),
        token_hash: Set(token_hash(&token)),
        created_at: Set(to_millis(now)),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// Turns the caller's feed off.
pub async fn revoke_feed(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<(), ServiceError> {
    calendar_feed::Entity::delete_by_id(caller.id)
        .exec(db)
        .await?;
    Ok(())
}
