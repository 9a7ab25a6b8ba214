//! The coach's commitments, as a pure function: 2-5 hours a month of support outside meetings,
//! and at least six sessions in the year. From a partnership's dates, its held sessions and its
//! logged hours, the status of each month and of the whole partnership, with reasons. The pair's
//! workspace and the chair's views both use it.
//!
//! Months are calendar months of the partnership year. A month the partnership covers only in
//! part (it starts on the 15th, or ends early) has its band scaled to the days covered, so a
//! half month asks for 1-2.5 hours.

use crate::errors::Message;
use crate::i18n::Arg;
use crate::schedule::{MIN_SESSIONS, Pace, pace};
use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The monthly band, in minutes, for a whole month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub min_minutes: u32,
    pub max_minutes: u32,
    /// The cohort's minimum of sessions in the year.
    pub sessions: u32,
}

impl Default for Band {
    /// The call's: 2 to 5 hours a month, at least six sessions.
    fn default() -> Self {
        Band {
            min_minutes: 120,
            max_minutes: 300,
            sessions: MIN_SESSIONS,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthBand {
    /// The month has not ended: shown with its hours so far.
    InProgress,
    Below,
    Within,
    Above,
    /// The month has not started.
    Future,
}

impl MonthBand {
    pub fn label(self) -> &'static str {
        match self {
            MonthBand::InProgress => "This month",
            MonthBand::Below => "Below the band",
            MonthBand::Within => "Within the band",
            MonthBand::Above => "Above the band",
            MonthBand::Future => "To come",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            MonthBand::InProgress => "in_progress",
            MonthBand::Below => "below",
            MonthBand::Within => "within",
            MonthBand::Above => "above",
            MonthBand::Future => "future",
        }
    }
}

/// One month of the partnership year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthStatus {
    /// The first day of the calendar month.
    pub month: Date,
    /// Days of the month inside the partnership.
    pub days_covered: u32,
    pub days_in_month: u32,
    pub minutes: u32,
    /// The band scaled to the days covered.
    pub min_minutes: u32,
    pub max_minutes: u32,
    pub sessions_held: u32,
    pub band: MonthBand,
}

impl MonthStatus {
    /// "March 2027".
    pub fn label(&self) -> String {
        self.month.strftime("%B %Y").to_string()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overall {
    OnTrack,
    NeedsAttention,
}

/// The whole partnership.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compliance {
    pub months: Vec<MonthStatus>,
    pub pace: Pace,
    pub status: Overall,
    pub reasons: Vec<Message>,
    pub total_minutes: u32,
}

fn days_in_month(first: Date) -> u32 {
    first.days_in_month() as u32
}

/// The status of each month and of the whole partnership on `today`. `end` is the last day (the
/// day it ended, for a partnership ended early); `sessions` are the dates of held sessions,
/// `hours` the (date, minutes) of logged support, `scheduled` the sessions still to come.
pub fn compliance(
    start: Date,
    end: Date,
    today: Date,
    sessions: &[Date],
    hours: &[(Date, u32)],
    scheduled: u32,
    band: Band,
) -> Compliance {
    let mut months = Vec::new();
    let mut first = start.first_of_month();
    while first <= end {
        let last = first.last_of_month();
        let from = first.max(start);
        let to = last.min(end);
        let covered = ((to - from).get_days() + 1).max(0) as u32;
        let dim = days_in_month(first);
        let scale = |m: u32| {
            ((u64::from(m) * u64::from(covered) + u64::from(dim) / 2) / u64::from(dim)) as u32
        };
        let minutes: u32 = hours
            .iter()
            .filter(|(d, _)| *d >= from && *d <= to)
            .map(|(_, m)| *m)
            .sum();
        let (min_minutes, max_minutes) = (scale(band.min_minutes), scale(band.max_minutes));
        let month_band = if today < from {
            MonthBand::Future
        } else if today <= to {
            MonthBand::InProgress
        } else if minutes < min_minutes {
            MonthBand::Below
        } else if minutes > max_minutes {
            MonthBand::Above
        } else {
            MonthBand::Within
        };
        months.push(MonthStatus {
            month: first,
            days_covered: covered,
            days_in_month: dim,
            minutes,
            min_minutes,
            max_minutes,
            sessions_held: sessions.iter().filter(|d| **d >= from && **d <= to).count() as u32,
            band: month_band,
        });
        match first.checked_add(1.month()) {
            Ok(next) => first = next,
            Err(_) => break,
        }
    }
    let held = sessions
        .iter()
        .filter(|d| **d >= start && **d <= end)
        .count() as u32;
    let pace = pace(start, end, today, held, scheduled, band.sessions);
    let mut reasons = Vec::new();
    for m in &months {
        let (key, limit) = match m.band {
            MonthBand::Below => ("compliance-below", m.min_minutes),
            MonthBand::Above => ("compliance-above", m.max_minutes),
            _ => continue,
        };
        reasons.push(Message::key(
            key,
            &[
                ("month", Arg::Month(m.month.to_string())),
                ("given", Arg::Minutes(i64::from(m.minutes))),
                ("limit", Arg::Minutes(i64::from(limit))),
            ],
        ));
    }
    if pace.status != crate::schedule::PaceStatus::OnTrack {
        reasons.push(Message::key(
            "compliance-sessions",
            &[("reason", Arg::Said(Box::new(pace.reason.clone())))],
        ));
    }
    let status = if reasons.is_empty() {
        Overall::OnTrack
    } else {
        Overall::NeedsAttention
    };
    if held >= band.sessions.max(1) && reasons.is_empty() {
        reasons.push(Message::key(
            "compliance-all-within",
            &[("held", held.into())],
        ));
    }
    Compliance {
        total_minutes: months.iter().map(|m| m.minutes).sum(),
        months,
        pace,
        status,
        reasons,
    }
}

/// An hours entry can be changed during its month and the next one, then it is locked.
pub fn hours_locked(entry: Date, today: Date) -> bool {
    let Ok(unlock_until) = entry.first_of_month().checked_add(2.months()) else {
        return true;
    };
    today >= unlock_until
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn run(
        start: Date,
        end: Date,
        today: Date,
        sessions: &[Date],
        hours: &[(Date, u32)],
    ) -> Compliance {
        compliance(start, end, today, sessions, hours, 0, Band::default())
    }

    #[test]
    fn a_mid_month_start_scales_the_first_band() {
        // Starts 16 March 2027: 16 of 31 days, so the band is 62-155 minutes.
        let c = run(
            date(2027, 3, 16),
            date(2028, 3, 15),
            date(2027, 4, 20),
            &[],
            &[(date(2027, 3, 20), 90)],
        );
        let march = &c.months[0];
        assert_eq!(
            (march.days_covered, march.min_minutes, march.max_minutes),
            (16, 62, 155)
        );
        assert_eq!(
            march.band,
            MonthBand::Within,
            "90 minutes in half a month is enough"
        );
        assert_eq!(c.months[1].band, MonthBand::InProgress);
        assert_eq!(c.months[2].band, MonthBand::Future);
        assert_eq!(c.months.len(), 13, "March 2027 to March 2028");
        assert_eq!(c.months.last().unwrap().days_covered, 15);
    }

    #[test]
    fn a_year_that_crosses_new_year_and_a_leap_day_counts_each_month() {
        let start = date(2027, 9, 1);
        let end = crate::matching::year_end(start);
        assert_eq!(end, date(2028, 8, 31));
        let hours = [
            (date(2027, 12, 31), 150),
            (date(2028, 1, 1), 30),
            (date(2028, 2, 29), 400),
        ];
        let c = run(start, end, date(2028, 3, 10), &[date(2027, 12, 31)], &hours);
        let by_label = |l: &str| c.months.iter().find(|m| m.label() == l).unwrap().clone();
        assert_eq!(by_label("December 2027").band, MonthBand::Within);
        assert_eq!(by_label("December 2027").sessions_held, 1);
        assert_eq!(by_label("January 2028").band, MonthBand::Below);
        let feb = by_label("February 2028");
        assert_eq!(
            (feb.days_in_month, feb.minutes, feb.band),
            (29, 400, MonthBand::Above)
        );
        assert_eq!(c.status, Overall::NeedsAttention);
        assert!(c.reasons.iter().any(
            |r| r.text() == "January 2028: 30 min of support, below this cohort's floor of 2 h"
        ));
        assert!(c.reasons.iter().any(|r| {
            r.text()
                .starts_with("February 2028: 6 h 40 min of support, above")
        }));
    }

    #[test]
    fn a_partnership_ended_early_stops_at_its_last_day() {
        let c = run(
            date(2027, 3, 1),
            date(2027, 6, 10),
            date(2027, 8, 1),
            &[date(2027, 4, 2)],
            &[
                (date(2027, 3, 5), 120),
                (date(2027, 4, 5), 180),
                (date(2027, 5, 5), 240),
                (date(2027, 6, 5), 60),
                (date(2027, 7, 5), 600),
            ],
        );
        assert_eq!(c.months.len(), 4, "March to June only");
        let june = c.months.last().unwrap();
        assert_eq!(
            (june.days_covered, june.min_minutes, june.band),
            (10, 40, MonthBand::Within)
        );
        assert_eq!(
            c.total_minutes, 600,
            "July's entry is outside the partnership"
        );
        assert!(c.reasons.iter().any(|r| {
            r.text()
                .starts_with("Sessions: the year is over with 1 of 6")
        }));
    }

    #[test]
    fn hours_lock_after_the_following_month() {
        assert!(!hours_locked(date(2027, 3, 31), date(2027, 3, 31)));
        assert!(!hours_locked(date(2027, 3, 1), date(2027, 4, 30)));
        assert!(hours_locked(date(2027, 3, 31), date(2027, 5, 1)));
        assert!(!hours_locked(date(2027, 12, 15), date(2028, 1, 31)));
        assert!(hours_locked(date(2027, 12, 15), date(2028, 2, 1)));
    }
}
