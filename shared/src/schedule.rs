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

/// A weekly window in its owner's zone: weekday 1 (Monday) to 7 (Sunday), local start and end.
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

fn weekday_number(w: Weekday) -> u8 {
    w.to_monday_one_offset() as u8
}

impl WeeklyWindow {
    /// "Tuesday 09:00-11:00".
    pub fn label(&self) -> String {
        format!(
            "{} {}-{}",
            WEEKDAYS
                .get(usize::from(self.weekday.saturating_sub(1)))
                .unwrap_or(&"?"),
            format_clock(self.start),
            format_clock(self.end)
        )
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

/// "Tue 3 Mar, 15:00" on a clock in `tz`.
pub fn clock_with_date(ts: Timestamp, tz: &TimeZone) -> String {
    ts.to_zoned(tz.clone())
        .strftime("%a %-d %b, %H:%M")
        .to_string()
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

/// Sessions held against the six of the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pace {
    pub held: u32,
    /// Sessions a steady pace would have held by today (whole sessions).
    pub expected_by_now: u32,
    pub scheduled: u32,
    pub status: PaceStatus,
    pub reason: String,
}

/// The pace of a partnership from `start` to `end` (inclusive) on `today`: `held` sessions so
/// far and `scheduled` ones to come. Behind: one session short of the steady pace (one every
/// two months) with nothing scheduled to catch up; at risk: two or more short, or too few
/// months left to reach six at one session a month.
pub fn pace(start: Date, end: Date, today: Date, held: u32, scheduled: u32) -> Pace {
    let total = (end - start).get_days().max(1) as i64 + 1;
    let elapsed = if today < start {
        0
    } else {
        ((today - start).get_days() as i64 + 1).min(total)
    };
    let expected_by_now = (i64::from(MIN_SESSIONS) * elapsed / total) as u32;
    let needed = MIN_SESSIONS.saturating_sub(held);
    let months_left = ((total - elapsed) / 30) as u32;
    let short = expected_by_now.saturating_sub(held);
    let (status, reason) = if needed == 0 {
        (
            PaceStatus::OnTrack,
            format!("{held} sessions held: the minimum of {MIN_SESSIONS} is reached"),
        )
    } else if today > end {
        (
            PaceStatus::AtRisk,
            format!("the year is over with {held} of {MIN_SESSIONS} sessions held"),
        )
    } else if needed > months_left + 1 {
        (
            PaceStatus::AtRisk,
            format!("{needed} more sessions are needed and about {months_left} months are left"),
        )
    } else if short >= 2 {
        (
            PaceStatus::AtRisk,
            format!("{held} held where a steady pace would have {expected_by_now} by now"),
        )
    } else if short == 1 && scheduled == 0 {
        (
            PaceStatus::Behind,
            format!(
                "{held} held where a steady pace would have {expected_by_now}; schedule the next session"
            ),
        )
    } else {
        (
            PaceStatus::OnTrack,
            format!("{held} of {MIN_SESSIONS} held, {scheduled} scheduled"),
        )
    };
    Pace {
        held,
        expected_by_now,
        scheduled,
        status,
        reason,
    }
}

// ---------------------------------------------------------------------------------------------
// Sessions

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Proposed,
    Scheduled,
    Held,
    NoShow,
    Cancelled,
    Declined,
}

impl SessionStatus {
    pub const ALL: [SessionStatus; 6] = [
        SessionStatus::Proposed,
        SessionStatus::Scheduled,
        SessionStatus::Held,
        SessionStatus::NoShow,
        SessionStatus::Cancelled,
        SessionStatus::Declined,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SessionStatus::Proposed => "proposed",
            SessionStatus::Scheduled => "scheduled",
            SessionStatus::Held => "held",
            SessionStatus::NoShow => "no_show",
            SessionStatus::Cancelled => "cancelled",
            SessionStatus::Declined => "declined",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SessionStatus::Proposed => "Proposed",
            SessionStatus::Scheduled => "Scheduled",
            SessionStatus::Held => "Held",
            SessionStatus::NoShow => "No-show",
            SessionStatus::Cancelled => "Cancelled",
            SessionStatus::Declined => "Declined",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Medium {
    Video,
    Voice,
    Phone,
    Whatsapp,
}

impl Medium {
    pub const ALL: [Medium; 4] = [
        Medium::Video,
        Medium::Voice,
        Medium::Phone,
        Medium::Whatsapp,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Medium::Video => "video",
            Medium::Voice => "voice",
            Medium::Phone => "phone",
            Medium::Whatsapp => "whatsapp",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Medium::Video => "Video call",
            Medium::Voice => "Voice call (internet)",
            Medium::Phone => "Phone call",
            Medium::Whatsapp => "WhatsApp call",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }
}

pub const DURATIONS: [u32; 4] = [30, 45, 60, 90];

/// A proposal: up to three times written on the proposer's clock, as local date-times
/// ("2027-03-30T09:00") in the proposer's zone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub partnership_id: i64,
    pub time_1: String,
    pub time_2: String,
    pub time_3: String,
    pub medium: String,
    pub link: String,
    pub duration: String,
    pub agenda: String,
    /// Set by the page once per form; a second submission of the same form changes nothing.
    pub request_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub starts: Vec<Timestamp>,
    pub medium: Medium,
    pub link: String,
    pub duration: u32,
    pub agenda: String,
}

/// "2027-03-30T09:00" (or with a space) on the clock of `tz`.
pub fn parse_local(raw: &str, tz: &TimeZone) -> Result<Timestamp, String> {
    let raw = raw.trim().replace(' ', "T");
    let dt: jiff::civil::DateTime = raw
        .parse()
        .map_err(|_| "Enter a date and time, for example 2027-03-30 09:00".to_string())?;
    wall_to_instant(dt, tz).map_err(|e| e.to_string())
}

impl ProposalForm {
    /// Checks the proposal; times are read on the proposer's clock and must be in the future.
    pub fn validate(&self, tz: &TimeZone, now: Timestamp) -> Result<Proposal, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut starts = Vec::new();
        for (field, raw) in [
            ("time_1", &self.time_1),
            ("time_2", &self.time_2),
            ("time_3", &self.time_3),
        ] {
            if raw.trim().is_empty() {
                continue;
            }
            match parse_local(raw, tz) {
                Ok(t) if t <= now => e.add(field, "Choose a time in the future"),
                Ok(t) if starts.contains(&t) => e.add(field, "This time is already proposed"),
                Ok(t) => starts.push(t),
                Err(m) => e.add(field, m),
            }
        }
        if starts.is_empty() && e.first("time_1").is_none() {
            e.add("time_1", "Propose at least one time");
        }
        let medium = Medium::from_code(&self.medium);
        if medium.is_none() {
            e.add("medium", "Choose how you will meet");
        }
        let link = self.link.trim().to_owned();
        if medium == Some(Medium::Video) && link.is_empty() {
            e.add(
                "link",
                "Add the video link (it is kept when the session moves)",
            );
        } else if !link.is_empty()
            && let Err(m) = crate::partnership::web_link(&link)
        {
            e.add("link", m);
        }
        let duration = self
            .duration
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| DURATIONS.contains(d));
        if duration.is_none() {
            e.add("duration", "Choose how long the session lasts");
        }
        let agenda = e.take(
            "agenda",
            validate::text(&self.agenda, "the agenda", 0, 2_000),
        );
        e.into_result(Proposal {
            starts,
            medium: medium.unwrap_or(Medium::Video),
            link,
            duration: duration.unwrap_or(60),
            agenda,
        })
    }
}

/// The other member accepts one proposed time, or declines them all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub partnership_id: i64,
    pub session_id: i64,
    /// The chosen option's id; 0 declines.
    pub option_id: i64,
}

/// Moves a scheduled session to a new time (on the mover's clock).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RescheduleForm {
    pub partnership_id: i64,
    pub session_id: i64,
    pub new_time: String,
}

/// Cancels a session, with a reason the other reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    pub partnership_id: i64,
    pub session_id: i64,
    pub reason: String,
}

/// After a session: held or no-show, notes private to the pair, agreed actions (one a line).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub partnership_id: i64,
    pub session_id: i64,
    pub outcome: String,
    pub notes: String,
    pub actions: String,
}

/// A person's weekly window as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowForm {
    pub weekday: String,
    pub start: String,
    pub end: String,
}

impl WindowForm {
    pub fn validate(&self) -> Result<WeeklyWindow, FieldErrors> {
        let mut e = FieldErrors::new();
        let weekday = match self.weekday.trim().parse::<u8>() {
            Ok(d) if (1..=7).contains(&d) => d,
            _ => {
                e.add("weekday", "Choose a day of the week");
                1
            }
        };
        let hours = crate::matching::WorkingHours::parse(&self.start, &self.end);
        let (start, end) = match hours {
            Ok(h) => (h.start, h.end),
            Err((field, m)) => {
                e.add(
                    if field == "work_start" {
                        "start"
                    } else {
                        "end"
                    },
                    m,
                );
                (0, 0)
            }
        };
        e.into_result(WeeklyWindow {
            weekday,
            start,
            end,
        })
    }
}

/// A date the person is away.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExceptionForm {
    pub away_on: String,
}

// ---------------------------------------------------------------------------------------------
// Views

/// An instant on both clocks of the pair, the viewer's first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BothClocks {
    pub utc: String,
    pub mine: String,
    pub mine_place: String,
    pub theirs: String,
    pub their_place: String,
}

impl BothClocks {
    pub fn new(ts: Timestamp, mine: &str, theirs: &str) -> Self {
        let (m, t) = (
            TimeZone::get(mine).unwrap_or(TimeZone::UTC),
            TimeZone::get(theirs).unwrap_or(TimeZone::UTC),
        );
        BothClocks {
            utc: ts.to_string(),
            mine: clock_with_date(ts, &m),
            mine_place: crate::time::zone_city(mine),
            theirs: clock_with_date(ts, &t),
            their_place: crate::time::zone_city(theirs),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    pub id: i64,
    pub at: BothClocks,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i64,
    pub status: SessionStatus,
    pub medium: Medium,
    pub link: String,
    pub duration: u32,
    pub agenda: String,
    /// Set once scheduled.
    pub at: Option<BothClocks>,
    /// While proposed: the times offered.
    pub options: Vec<OptionView>,
    pub proposed_by_me: bool,
    pub proposed_by: String,
    pub cancel_reason: String,
    pub notes: String,
    pub actions: Vec<String>,
    pub partner_confirmed: bool,
    pub sequence: i32,
    pub in_past: bool,
    pub history: Vec<String>,
}

/// A free common window, with a warning when a clock change moves it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommonSlot {
    pub start: BothClocks,
    pub end_mine: String,
    pub end_theirs: String,
    pub minutes: i64,
    /// The local start on the proposer's clock, to prefill a proposal ("2027-03-30T09:00").
    pub local_value: String,
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionsView {
    pub head: crate::partnership::PartnershipHead,
    pub my_zone: String,
    pub their_zone: String,
    pub sessions: Vec<SessionView>,
    pub pace: Pace,
    pub common: Vec<CommonSlot>,
    /// Whether each member has set weekly availability.
    pub i_have_availability: bool,
    pub they_have_availability: bool,
    pub request_key: String,
    /// The pair's goals not done or dropped, so an agreed action can become a milestone.
    pub open_goals: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityView {
    pub time_zone: String,
    pub windows: Vec<(i64, WeeklyWindow)>,
    pub exceptions: Vec<(i64, String)>,
    /// The private calendar feed address, when one exists.
    pub feed_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    #[test]
    fn weekly_windows_expand_on_the_owners_clock_across_a_clock_change() {
        // Tuesdays 09:00-11:00 in Berlin, over the spring change of 2027 (28 March).
        let w = [WeeklyWindow {
            weekday: 2,
            start: 9 * 60,
            end: 11 * 60,
        }];
        let spans = expand(
            &w,
            &tz("Europe/Berlin"),
            date(2027, 3, 20),
            date(2027, 4, 4),
            &[],
        );
        let utc: Vec<String> = spans.iter().map(|(s, _)| s.to_string()).collect();
        assert_eq!(utc, ["2027-03-23T08:00:00Z", "2027-03-30T07:00:00Z"]);
        let away = expand(
            &w,
            &tz("Europe/Berlin"),
            date(2027, 3, 20),
            date(2027, 4, 4),
            &[date(2027, 3, 23)],
        );
        assert_eq!(away.len(), 1);
    }

    #[test]
    fn common_time_is_the_intersection_long_enough_to_meet() {
        let coach = expand(
            &[WeeklyWindow {
                weekday: 2,
                start: 9 * 60,
                end: 12 * 60,
            }],
            &tz("Europe/Berlin"),
            date(2027, 3, 1),
            date(2027, 3, 31),
            &[],
        );
        let partner = expand(
            &[WeeklyWindow {
                weekday: 2,
                start: 14 * 60,
                end: 17 * 60,
            }],
            &tz("Asia/Phnom_Penh"),
            date(2027, 3, 1),
            date(2027, 3, 31),
            &[],
        );
        let common = intersect(&coach, &partner, 60);
        let pp = tz("Asia/Phnom_Penh");
        let be = tz("Europe/Berlin");
        let labels: Vec<String> = common
            .iter()
            .map(|(s, e)| {
                format!(
                    "{} / {} ({} min)",
                    clock_with_date(*s, &pp),
                    clock(*s, &be),
                    e.duration_since(*s).as_mins()
                )
            })
            .collect();
        // Winter: Berlin 09-12 is 15-18 in Phnom Penh, overlapping 15-17. Summer (from 28 March):
        // 14-17, the whole partner window.
        assert_eq!(
            labels,
            [
                "Tue 2 Mar, 15:00 / Tue 09:00 (120 min)",
                "Tue 9 Mar, 15:00 / Tue 09:00 (120 min)",
                "Tue 16 Mar, 15:00 / Tue 09:00 (120 min)",
                "Tue 23 Mar, 15:00 / Tue 09:00 (120 min)",
                "Tue 30 Mar, 14:00 / Tue 09:00 (180 min)",
            ]
        );
        assert!(intersect(&coach, &partner, 150).len() == 1);
    }

    #[test]
    fn a_clock_change_that_moves_a_regular_slot_is_found() {
        // Tuesday 15:00 in Phnom Penh is 09:00 in Berlin until Europe's clocks go forward.
        let start: Timestamp = "2027-03-16T08:00:00Z".parse().unwrap();
        let moved = clock_change_moves(start, &tz("Asia/Phnom_Penh"), &tz("Europe/Berlin"), 8);
        assert_eq!(moved, Some((date(2027, 3, 30), "Tue 10:00".to_string())));
        assert_eq!(
            clock_change_moves(start, &tz("Asia/Phnom_Penh"), &tz("Asia/Bangkok"), 8),
            None
        );
        assert_eq!(
            next_clock_change(&tz("Europe/Berlin"), start, 30),
            Some(date(2027, 3, 28))
        );
        assert_eq!(next_clock_change(&tz("Asia/Phnom_Penh"), start, 365), None);
    }

    #[test]
    fn the_pace_is_judged_against_six_in_the_year() {
        let (s, e) = (date(2027, 3, 1), date(2028, 2, 29));
        assert_eq!(
            pace(s, e, date(2027, 3, 10), 0, 0).status,
            PaceStatus::OnTrack
        );
        let behind = pace(s, e, date(2027, 5, 15), 0, 0);
        assert_eq!(
            (behind.expected_by_now, behind.status),
            (1, PaceStatus::Behind)
        );
        assert_eq!(
            pace(s, e, date(2027, 5, 15), 0, 1).status,
            PaceStatus::OnTrack
        );
        let risk = pace(s, e, date(2027, 8, 1), 0, 1);
        assert_eq!(risk.status, PaceStatus::AtRisk);
        assert!(
            risk.reason
                .contains("0 held where a steady pace would have 2")
        );
        let late = pace(s, e, date(2027, 11, 15), 2, 1);
        assert_eq!(late.status, PaceStatus::AtRisk, "{}", late.reason);
        assert_eq!(
            pace(s, e, date(2027, 12, 1), 6, 0).status,
            PaceStatus::OnTrack
        );
        assert_eq!(
            pace(s, e, date(2028, 3, 5), 5, 0).status,
            PaceStatus::AtRisk
        );
    }

    #[test]
    fn proposals_are_read_on_the_proposers_clock_and_checked() {
        let now: Timestamp = "2027-03-01T00:00:00Z".parse().unwrap();
        let form = ProposalForm {
            partnership_id: 1,
            time_1: "2027-03-30T09:00".into(),
            time_2: "2027-03-30 09:00".into(),
            time_3: "2027-02-01T09:00".into(),
            medium: "video".into(),
            link: "".into(),
            duration: "45".into(),
            agenda: "First goals".into(),
            request_key: "k".into(),
        };
        let e = form.validate(&tz("Europe/Berlin"), now).unwrap_err();
        assert_eq!(e.first("time_2"), Some("This time is already proposed"));
        assert_eq!(e.first("time_3"), Some("Choose a time in the future"));
        assert!(e.first("link").is_some());
        let ok = ProposalForm {
            time_2: "".into(),
            time_3: "".into(),
            link: "https://meet.example.org/abc".into(),
            ..form
        }
        .validate(&tz("Europe/Berlin"), now)
        .unwrap();
        assert_eq!(
            ok.starts,
            ["2027-03-30T07:00:00Z".parse::<Timestamp>().unwrap()]
        );
        assert_eq!(ok.duration, 45);
        let none = ProposalForm::default()
            .validate(&tz("UTC"), now)
            .unwrap_err();
        assert!(
            none.first("time_1").is_some()
                && none.first("medium").is_some()
                && none.first("duration").is_some()
        );
    }

    #[test]
    fn windows_need_a_day_and_a_sane_range() {
        let w = WindowForm {
            weekday: "2".into(),
            start: "09:00".into(),
            end: "11:30".into(),
        };
        assert_eq!(w.validate().unwrap().label(), "Tuesday 09:00-11:30");
        let bad = WindowForm {
            weekday: "8".into(),
            start: "11:00".into(),
            end: "09:00".into(),
        };
        let e = bad.validate().unwrap_err();
        assert!(e.first("weekday").is_some() && e.first("end").is_some());
    }
}
