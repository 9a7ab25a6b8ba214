//! Time-zone rules: wall time <-> instant with explicit choices for gaps and folds, the instant
//! a dated deadline closes, and the "two clocks" labels. Formatting here runs on the server; the
//! browser formats instants with `Intl` and carries no time-zone database.

use jiff::civil::{Date, DateTime};
use jiff::tz::{Disambiguation, TimeZone};
use jiff::{Timestamp, Zoned};

mod localized;
pub use localized::*;

/// Zones offered first in time-zone fields: the programme's people and the DST test matrix.
pub const COMMON_ZONES: &[&str] = &[
    "Asia/Phnom_Penh",
    "Asia/Bangkok",
    "Asia/Ho_Chi_Minh",
    "Asia/Singapore",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Melbourne",
    "Australia/Brisbane",
    "Australia/Perth",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Stockholm",
    "Europe/Helsinki",
    "Africa/Johannesburg",
    "America/New_York",
    "America/Toronto",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Vancouver",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "America/Santiago",
    "UTC",
];

/// A readable place name for a zone: `Asia/Phnom_Penh` -> `Phnom Penh`.
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// The instant of a local wall time. In a gap (clocks jump forward) the time is read with the
/// offset before the gap, so it lands after the gap by the gap's length; in a fold (clocks go
/// back) the earlier of the two instants is chosen. This is RFC 5545's rule and jiff's
/// "compatible" disambiguation.
pub fn wall_to_instant(wall: DateTime, tz: &TimeZone) -> Result<Timestamp, jiff::Error> {
    Ok(tz
        .to_ambiguous_zoned(wall)
        .disambiguate(Disambiguation::Compatible)?
        .timestamp())
}

/// A wall time a person typed, read strictly on their clock: it exists once, not at all (the
/// clocks skip it: the nearest minutes on either side are offered), or twice (the clocks repeat
/// it: the person says which).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypedTime {
    Exact(Timestamp),
    /// In a spring-forward gap: the last minute before it and the first after it.
    Skipped {
        before: DateTime,
        after: DateTime,
    },
    /// In a fall-back fold: the first and the second time the clock shows it.
    Repeated {
        first: Timestamp,
        second: Timestamp,
    },
}

/// Reads `wall` on the clock of `tz` without choosing for the person.
pub fn read_typed(wall: DateTime, tz: &TimeZone) -> Result<TypedTime, jiff::Error> {
    use jiff::tz::AmbiguousOffset;
    match tz.to_ambiguous_timestamp(wall).offset() {
        AmbiguousOffset::Unambiguous { offset } => Ok(TypedTime::Exact(offset.to_timestamp(wall)?)),
        AmbiguousOffset::Gap { before, .. } => {
            // Read with the offset before the gap, the wall time lands after the transition.
            let later = before.to_timestamp(wall)?;
            let step = jiff::SignedDuration::from_secs(1);
            let transition = tz
                .preceding(later.checked_add(step)?)
                .next()
                .map(|t| t.timestamp())
                .unwrap_or(later);
            let minute = jiff::SignedDuration::from_secs(60);
            Ok(TypedTime::Skipped {
                before: tz.to_datetime(transition.checked_sub(minute)?),
                after: tz.to_datetime(transition),
            })
        }
        AmbiguousOffset::Fold { before, after } => Ok(TypedTime::Repeated {
            first: before.to_timestamp(wall)?,
            second: after.to_timestamp(wall)?,
        }),
    }
}

/// The instant a deadline stated as a date closes: the first instant of the next local day.
/// "By 22 April" in Berlin closes at 23 April 00:00 Berlin time.
pub fn deadline_closes_at(date: Date, tz: &TimeZone) -> Result<Timestamp, jiff::Error> {
    let next = date.tomorrow()?;
    Ok(next.to_zoned(tz.clone())?.start_of_day()?.timestamp())
}

/// "Mon 22 Apr 2019, 23:59": how an instant reads on a clock in `tz`.
pub fn format_local(ts: Timestamp, tz: &TimeZone) -> String {
    let zoned: Zoned = ts.to_zoned(tz.clone());
    zoned.strftime("%a %-d %b %Y, %H:%M").to_string()
}

/// An RFC 3339 instant on a clock `offset_minutes` ahead of UTC, in the words of
/// [`format_local`]: the browser knows its own offset at an instant (but carries no zone
/// database), so both sides write the same text.
pub fn format_at_offset(utc: &str, offset_minutes: i32) -> Option<String> {
    format_at_offset_in(Style::default(), utc, offset_minutes)
}

/// The last minute before a deadline instant, as a person would write it: a call that closes
/// at 23 Apr 00:00 is open "until Mon 22 Apr 2019, 23:59".
pub fn format_until(closes_at: Timestamp, tz: &TimeZone) -> String {
    let last_minute = closes_at
        .checked_sub(jiff::SignedDuration::from_secs(60))
        .unwrap_or(closes_at);
    format_local(last_minute, tz)
}

/// "1 Mar 2027" from an ISO date ("2027-03-01"); the input as given when it is not a date.
pub fn format_date(iso: &str) -> String {
    iso.parse::<Date>()
        .map(|d| d.strftime("%-d %b %Y").to_string())
        .unwrap_or_else(|_| iso.to_owned())
}

/// How long until a deadline, in words: "12 days 3 hours left", "2 hours 5 minutes left",
/// "under a minute left", or "closed" once it has passed.
pub fn describe_remaining(ms: i64) -> String {
    if ms <= 0 {
        return "closed".to_owned();
    }
    let minutes = ms / 60_000;
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    let unit = |n: i64, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match (days, hours, mins) {
        (0, 0, 0) => "under a minute left".to_owned(),
        (0, 0, m) => format!("{} left", unit(m, "minute")),
        (0, h, m) => format!("{} {} left", unit(h, "hour"), unit(m, "minute")),
        (d, h, _) => format!("{} {} left", unit(d, "day"), unit(h, "hour")),
    }
}

/// Milliseconds since the Unix epoch, the way Tandem stores instants.
pub fn to_millis(ts: Timestamp) -> i64 {
    ts.as_millisecond()
}

/// The instant of stored milliseconds (out-of-range values clamp to the epoch).
pub fn from_millis(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use jiff::tz::AmbiguousOffset;
    use proptest::prelude::*;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    const MATRIX: &[&str] = &[
        "Asia/Phnom_Penh",
        "Europe/Berlin",
        "Europe/London",
        "America/New_York",
        "America/Toronto",
        "America/Santiago",
        "Australia/Sydney",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
        "Asia/Kolkata",
        "Pacific/Chatham",
        "Pacific/Apia",
    ];

    #[test]
    fn the_browser_writes_an_instant_as_the_server_does_in_every_zone() {
        // One instant, the browser's way (its offset at that instant) against the server's (the
        // zone database), in three zones: one without DST, one in summer time, one at +5:45.
        let utc = "2027-01-11T23:59:00Z";
        let ts: Timestamp = utc.parse().unwrap();
        for (zone, want) in [
            ("Asia/Phnom_Penh", "Tue 12 Jan 2027, 06:59"),
            ("Australia/Sydney", "Tue 12 Jan 2027, 10:59"),
            ("Asia/Kathmandu", "Tue 12 Jan 2027, 05:44"),
        ] {
            let offset = tz(zone).to_offset(ts).seconds() / 60;
            assert_eq!(format_local(ts, &tz(zone)), want);
            assert_eq!(
                format_at_offset(utc, offset).as_deref(),
                Some(want),
                "{zone}"
            );
        }
        for zone in MATRIX {
            let offset = tz(zone).to_offset(ts).seconds() / 60;
            assert_eq!(
                format_at_offset(utc, offset),
                Some(format_local(ts, &tz(zone)))
            );
        }
        assert_eq!(format_at_offset("not a time", 0), None);
    }

    #[test]
    fn remaining_time_reads_plainly() {
        assert_eq!(describe_remaining(0), "closed");
        assert_eq!(describe_remaining(-5), "closed");
        assert_eq!(describe_remaining(59_999), "under a minute left");
        assert_eq!(describe_remaining(60_000), "1 minute left");
        assert_eq!(
            describe_remaining((2 * 60 + 5) * 60_000),
            "2 hours 5 minutes left"
        );
        assert_eq!(
            describe_remaining((24 * 60 + 60) * 60_000),
            "1 day 1 hour left"
        );
        assert_eq!(
            describe_remaining(12 * 86_400_000 + 3 * 3_600_000 + 59_000),
            "12 days 3 hours left"
        );
    }

    #[test]
    fn dates_read_like_dates() {
        assert_eq!(format_date("2027-03-01"), "1 Mar 2027");
        assert_eq!(format_date("2020-02-29"), "29 Feb 2020");
        assert_eq!(format_date("not a date"), "not a date");
    }

    #[test]
    fn every_common_zone_exists() {
        for zone in COMMON_ZONES {
            assert!(TimeZone::get(zone).is_ok(), "{zone}");
        }
        assert_eq!(zone_city("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(zone_city("UTC"), "UTC");
    }

    #[test]
    fn the_2019_call_closes_at_midnight_after_22_april() {
        let closes = deadline_closes_at(date(2019, 4, 22), &tz("Europe/London")).unwrap();
        assert_eq!(
            closes.to_string(),
            "2019-04-22T23:00:00Z",
            "London is on BST (UTC+1)"
        );
        assert_eq!(
            format_until(closes, &tz("Europe/London")),
            "Mon 22 Apr 2019, 23:59"
        );
        // Seen from Phnom Penh (UTC+7, no DST) the same instant is the morning of the 23rd.
        assert_eq!(
            format_local(closes, &tz("Asia/Phnom_Penh")),
            "Tue 23 Apr 2019, 06:00"
        );
    }

    #[test]
    fn deadline_on_a_clock_change_day() {
        // Berlin springs forward on 31 March 2019: the day has 23 hours.
        let closes = deadline_closes_at(date(2019, 3, 30), &tz("Europe/Berlin")).unwrap();
        assert_eq!(closes.to_string(), "2019-03-30T23:00:00Z");
        let closes = deadline_closes_at(date(2019, 3, 31), &tz("Europe/Berlin")).unwrap();
        assert_eq!(closes.to_string(), "2019-03-31T22:00:00Z");
        // Samoa skipped 30 December 2011 entirely: a deadline of the 29th closes at the 31st.
        let closes = deadline_closes_at(date(2011, 12, 29), &tz("Pacific/Apia")).unwrap();
        assert_eq!(
            format_local(closes, &tz("Pacific/Apia")),
            "Sat 31 Dec 2011, 00:00"
        );
    }

    #[test]
    fn gaps_move_forward_and_folds_take_the_earlier_instant() {
        let berlin = tz("Europe/Berlin");
        // 02:30 does not exist on 31 March 2019 in Berlin: read with the old offset, 03:30 CEST.
        let gap = wall_to_instant(date(2019, 3, 31).at(2, 30, 0, 0), &berlin).unwrap();
        assert_eq!(format_local(gap, &berlin), "Sun 31 Mar 2019, 03:30");
        // 02:30 happens twice on 27 October 2019: the first one, still CEST (UTC+2).
        let fold = wall_to_instant(date(2019, 10, 27).at(2, 30, 0, 0), &berlin).unwrap();
        assert_eq!(fold.to_string(), "2019-10-27T00:30:00Z");
        // Lord Howe moves by half an hour.
        let lh = tz("Australia/Lord_Howe");
        let gap = wall_to_instant(date(2019, 10, 6).at(2, 15, 0, 0), &lh).unwrap();
        assert_eq!(format_local(gap, &lh), "Sun 6 Oct 2019, 02:45");
    }

    proptest! {
        #[test]
        fn wall_instant_wall_round_trips_outside_gaps(
            zone in prop::sample::select(MATRIX),
            day in 0i64..(366 * 3),
            minute in 0i64..(24 * 60),
        ) {
            let tz = tz(zone);
            let wall = date(2024, 1, 1).at(0, 0, 0, 0)
                .checked_add(jiff::Span::new().days(day).minutes(minute)).unwrap();
            let ambiguous = tz.to_ambiguous_zoned(wall);
            let ts = wall_to_instant(wall, &tz).unwrap();
            let back = ts.to_zoned(tz.clone()).datetime();
            match ambiguous.offset() {
                AmbiguousOffset::Unambiguous { .. } => prop_assert_eq!(back, wall),
                AmbiguousOffset::Gap { before, after } => {
                    // In a gap the wall time moves forward by exactly the gap's length.
                    let gap = after.duration_since(before);
                    prop_assert_eq!(back.duration_since(wall), gap);
                }
                AmbiguousOffset::Fold { before, .. } => {
                    // The earlier instant: read with the offset in force before the fold.
                    prop_assert_eq!(back, wall);
                    prop_assert_eq!(ts.to_zoned(tz.clone()).offset(), before);
                }
            }
        }
    }
}
