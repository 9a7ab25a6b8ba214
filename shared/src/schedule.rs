//! Coaching sessions across time zones: weekly availability expanded to instants, the overlap
//! of two people's availability, warnings when a clock change moves a regular slot, the
//! six-session pace, and the session forms.
//!
//! Rules for local times that do not exist or exist twice (see [`crate::time::wall_to_instant`]):
//! a wall time in a gap (clocks jump forward) is read with the offset before the gap, so it
//! lands after the gap by the gap's length (02:30 on the spring-forward night in Berlin is
//! 03:30); a wall time in a fold (clocks go back) is the earlier of its two instants.

use crate::matching::{ClockMinutes, format_clock};
use crate::time::wall_to_instant;
use crate::{FieldErrors, validate};
use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use serde::{Deserialize, Serialize};

/// A weekly window in its owner's zone: weekday 1 (Monday) to 7 (Sunday), local start and end
/// in minutes; an end past 24:00 (up to 48:00) runs into the next day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyWindow {
    pub weekday: u8,
    pub start: ClockMinutes,
    pub end: ClockMinutes,
}

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub fn weekday_number(w: Weekday) -> u8 {
    w.to_monday_one_offset() as u8
}

impl WeeklyWindow {
    /// "Tuesday 09:00-11:00"; one that crosses midnight says so: "Monday 19:00-01:00 (into
    /// Tuesday)".
    pub fn label(&self) -> String {
        self.label_in(crate::i18n::Lang::En)
    }

    /// [`WeeklyWindow::label`] in a language (`weekday-1` is Monday).
    pub fn label_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{t, tr};
        let day = |n: u8| t(lang, &format!("weekday-{}", (n.saturating_sub(1) % 7) + 1));
        if self.end > 24 * 60 {
            tr(
                lang,
                "window-overnight",
                &[
                    ("day", day(self.weekday).into()),
                    ("from", format_clock(self.start).into()),
                    ("to", format_clock(self.end - 24 * 60).into()),
                    ("next", day(self.weekday % 7 + 1).into()),
                ],
            )
        } else {
            tr(
                lang,
                "window",
                &[
                    ("day", day(self.weekday).into()),
                    ("from", format_clock(self.start).into()),
                    ("to", format_clock(self.end).into()),
                ],
            )
        }
    }
}

/// An instant span `[start, end)`.
pub type Span = (Timestamp, Timestamp);

fn wall(day: Date, minutes: ClockMinutes, tz: &TimeZone) -> Option<Timestamp> {
    let (day, minutes) = if minutes >= 24 * 60 {
        (day.tomorrow().ok()?, minutes - 24 * 60)
    } else {
        (day, minutes)
    };
    let time = Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).ok()?;
    wall_to_instant(day.to_datetime(time), tz).ok()
}

/// Every window on each date from `from` to `to` (inclusive) in the owner's zone, except the
/// dates in `exceptions`; sorted, overlapping windows merged.
pub fn expand(
    windows: &[WeeklyWindow],
    tz: &TimeZone,
    from: Date,
    to: Date,
    exceptions: &[Date],
) -> Vec<Span> {
    let mut out = Vec::new();
    let mut day = from;
    while day <= to {
        if !exceptions.contains(&day) {
            let wd = weekday_number(day.weekday());
            for w in windows.iter().filter(|w| w.weekday == wd) {
                if let (Some(s), Some(e)) = (wall(day, w.start, tz), wall(day, w.end, tz))
                    && e > s
                {
                    out.push((s, e));
                }
            }
        }
        match day.tomorrow() {
            Ok(d) => day = d,
            Err(_) => break,
        }
    }
    merge(out)
}

fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Where two sorted span lists overlap, keeping overlaps of at least `min_minutes`.
pub fn intersect(a: &[Span], b: &[Span], min_minutes: i64) -> Vec<Span> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        let s = a[i].0.max(b[j].0);
        let e = a[i].1.min(b[j].1);
        if e > s && e.duration_since(s).as_secs() >= min_minutes * 60 {
            out.push((s, e));
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// "Tue 15:00" on a clock in `tz`.
pub fn clock(ts: Timestamp, tz: &TimeZone) -> String {
    ts.to_zoned(tz.clone()).strftime("%a %H:%M").to_string()
}

/// [`clock`] in a reader's style: "អង្គារ 15:00" in Khmer.
pub fn clock_in(style: crate::time::Style, ts: Timestamp, tz: &TimeZone) -> String {
    match style.lang {
        crate::i18n::Lang::En => style.digits(&clock(ts, tz)),
        crate::i18n::Lang::Km => {
            let z = ts.to_zoned(tz.clone());
            style.digits(&format!(
                "{} {:02}:{:02}",
                crate::time::khmer_weekday(&z),
                z.hour(),
                z.minute()
            ))
        }
    }
}

/// "Tue 3 Mar, 15:00" on a clock in `tz`.
pub fn clock_with_date(ts: Timestamp, tz: &TimeZone) -> String {
    ts.to_zoned(tz.clone())
        .strftime("%a %-d %b, %H:%M")
        .to_string()
}

/// [`clock_with_date`] in a reader's style: "អង្គារ 23 មេសា, 05:59" in Khmer.
pub fn clock_with_date_in(style: crate::time::Style, ts: Timestamp, tz: &TimeZone) -> String {
    let text = match style.lang {
        crate::i18n::Lang::En => clock_with_date(ts, tz),
        crate::i18n::Lang::Km => {
            let z = ts.to_zoned(tz.clone());
            format!(
                "{}, {:02}:{:02}",
                crate::time::khmer_day(&z),
                z.hour(),
                z.minute()
            )
        }
    };
    style.digits(&text)
}

/// When a slot held weekly at the same time on the `owner`'s clock moves on the `other`'s
/// clock within `weeks` weeks: the first such week and the new time there.
pub fn clock_change_moves(
    start: Timestamp,
    owner: &TimeZone,
    other: &TimeZone,
    weeks: i64,
) -> Option<(Date, String)> {
    let zoned = start.to_zoned(owner.clone());
    let first = clock(start, other);
    let time = zoned.time();
    for week in 1..=weeks {
        let day = zoned.date().checked_add((week * 7).days()).ok()?;
        let next = wall_to_instant(day.to_datetime(time), owner).ok()?;
        let there = clock(next, other);
        if there != first {
            let other_day = next.to_zoned(other.clone()).date();
            return Some((other_day, there));
        }
    }
    None
}

/// A clock change in the reader's zone or the other member's between `since` (the pair's
/// previous session, or now) and a session at `at`: the pair's usual hour has moved, so say so
/// with both clocks. "Clocks in Berlin go forward an hour on 28 Mar: this session is 10:00 in
/// Berlin, 15:00 in Phnom Penh." `None` when neither clock changes (or changes and returns).
pub fn clock_change_note(
    since: Timestamp,
    at: Timestamp,
    mine: &str,
    theirs: &str,
) -> Option<String> {
    clock_change_note_in(crate::time::Style::default(), since, at, mine, theirs)
}

/// [`clock_change_note`] in a reader's style.
pub fn clock_change_note_in(
    style: crate::time::Style,
    since: Timestamp,
    at: Timestamp,
    mine: &str,
    theirs: &str,
) -> Option<String> {
    use crate::i18n::{Arg, tr};
    if at <= since {
        return None;
    }
    let lang = style.lang;
    let on_clock = |name: &str| {
        TimeZone::get(name).ok().map(|tz| {
            tr(
                lang,
                "clock-at-place",
                &[
                    (
                        "time",
                        style
                            .digits(&at.to_zoned(tz).strftime("%H:%M").to_string())
                            .into(),
                    ),
                    ("place", Arg::Place(name.to_owned())),
                ],
            )
        })
    };
    for name in [mine, theirs] {
        let Ok(tz) = TimeZone::get(name) else {
            continue;
        };
        let (before, after) = (tz.to_offset(since), tz.to_offset(at));
        if before == after {
            continue;
        }
        // The first instant on the new offset, to the minute.
        let (mut lo, mut hi) = (since, at);
        while hi.duration_since(lo) > jiff::SignedDuration::from_mins(1) {
            let half = jiff::SignedDuration::from_secs(hi.duration_since(lo).as_secs() / 2);
            let mid = lo.checked_add(half).ok()?;
            if tz.to_offset(mid) == before {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let moved = after.seconds() - before.seconds();
        let key = if moved > 0 {
            "clock-change-forward"
        } else {
            "clock-change-back"
        };
        let day = crate::time::format_day_month_in(style, hi.to_zoned(tz).date());
        return Some(style.digits(&tr(
            lang,
            key,
            &[
                ("place", Arg::Place(name.to_owned())),
                ("minutes", i64::from(moved.abs() / 60).into()),
                ("date", day.into()),
                ("mine", on_clock(mine)?.into()),
                ("theirs", on_clock(theirs)?.into()),
            ],
        )));
    }
    None
}

/// The first clock change in `tz` after `after`, within `days` days: its date there.
pub fn next_clock_change(tz: &TimeZone, after: Timestamp, days: i64) -> Option<Date> {
    let until = after
        .checked_add(jiff::SignedDuration::from_hours(24 * days))
        .ok()?;
    let mut t = after;
    let step = jiff::SignedDuration::from_hours(6);
    let offset = |ts: Timestamp| tz.to_offset(ts);
    let first = offset(t);
    while t < until {
        t = t.checked_add(step).ok()?;
        if offset(t) != first {
            return Some(t.to_zoned(tz.clone()).date());
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// The six-session pace

pub const MIN_SESSIONS: u32 = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceStatus {
    OnTrack,
    Behind,
    AtRisk,
}

impl PaceStatus {
    pub fn label(self) -> &'static str {
        match self {
            PaceStatus::OnTrack => "On track",
            PaceStatus::Behind => "Behind",
            PaceStatus::AtRisk => "At risk",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            PaceStatus::OnTrack => "on_track",
            PaceStatus::Behind => "behind",
            PaceStatus::AtRisk => "at_risk",
        }
    }
}

/// Sessions held against the cohort's minimum for the year (the call's is six).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pace {
    pub held: u32,
    /// The cohort's minimum of sessions.
    pub minimum: u32,
    /// Sessions a steady pace would have held by today (whole sessions).
    pub expected_by_now: u32,
    pub scheduled: u32,
    pub status: PaceStatus,
    /// Why, in words (English until localized for a reader).
    pub reason: crate::errors::Message,
}

/// The pace of a partnership from `start` to `end` (inclusive) on `today`: `held` sessions so
/// far and `scheduled` ones to come. Behind: one session short of the steady pace (one every
/// two months) with nothing scheduled to catch up; at risk: two or more short, or too few
/// months left to reach the minimum at one session a month.
pub fn pace(start: Date, end: Date, today: Date, held: u32, scheduled: u32, minimum: u32) -> Pace {
    let minimum = minimum.max(1);
    let total = (end - start).get_days().max(1) as i64 + 1;
    let elapsed = if today < start {
        0
    } else {
        ((today - start).get_days() as i64 + 1).min(total)
    };
    let expected_by_now = (i64::from(minimum) * elapsed / total) as u32;
    let needed = minimum.saturating_sub(held);
    let months_left = ((total - elapsed) / 30) as u32;
    let short = expected_by_now.saturating_sub(held);
    let key = crate::errors::Message::key;
    let (status, reason) = if needed == 0 {
        (
            PaceStatus::OnTrack,
            key(
                "pace-reached",
                &[("held", held.into()), ("minimum", minimum.into())],
            ),
        )
    } else if today > end {
        (
            PaceStatus::AtRisk,
            key(
                "pace-year-over",
                &[("held", held.into()), ("minimum", minimum.into())],
            ),
        )
    } else if needed > months_left + 1 {
        (
            PaceStatus::AtRisk,
            key(
                "pace-too-few-months",
                &[("needed", needed.into()), ("months", months_left.into())],
            ),
        )
    } else if short >= 2 {
        (
            PaceStatus::AtRisk,
            key(
                "pace-short",
                &[("held", held.into()), ("expected", expected_by_now.into())],
            ),
        )
    } else if short == 1 && scheduled == 0 {
        (
            PaceStatus::Behind,
            key(
                "pace-behind",
                &[("held", held.into()), ("expected", expected_by_now.into())],
            ),
        )
    } else {
        (
            PaceStatus::OnTrack,
            key(
                "pace-on-track",
                &[
                    ("held", held.into()),
                    ("minimum", minimum.into()),
                    ("scheduled", scheduled.into()),
                ],
            ),
        )
    };
    Pace {
        held,
        minimum,
        expected_by_now,
        scheduled,
        status,
        reason,
    }
}

mod views;
pub use views::*;
mod sessions;
pub use sessions::*;

#[cfg(test)]
mod tests;
