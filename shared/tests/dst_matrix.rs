//! The daylight-saving matrix: twelve zones with different rules (no DST, whole-hour and
//! half-hour changes, changes at midnight, southern-hemisphere seasons, a zone that dropped DST,
//! odd offsets), checked by properties over many dates and times.
#![allow(clippy::unwrap_used)]

use jiff::civil::{Date, DateTime, Time, date};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use shared::schedule::{WeeklyWindow, expand};
use shared::time::wall_to_instant;

const ZONES: [&str; 12] = [
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

fn tz(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

fn wall_strategy() -> impl Strategy<Value = (usize, DateTime)> {
    (
        0..ZONES.len(),
        2015i16..2036,
        1i8..=12,
        1i8..=28,
        0i8..24,
        0i8..60,
    )
        .prop_map(|(z, y, mo, d, h, mi)| {
            (
                z,
                date(y, mo, d).to_datetime(Time::new(h, mi, 0, 0).unwrap()),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Wall time -> instant -> wall time gives the same wall time, except in a gap, where it is
    /// moved forward by the gap's length; in a fold the earlier instant is chosen.
    #[test]
    fn wall_time_round_trips_with_the_documented_choices((z, wall) in wall_strategy()) {
        let zone = tz(ZONES[z]);
        let instant = wall_to_instant(wall, &zone).unwrap();
        let back = instant.to_zoned(zone.clone()).datetime();
        match zone.to_ambiguous_zoned(wall).offset() {
            AmbiguousOffset::Unambiguous { .. } => prop_assert_eq!(back, wall),
            AmbiguousOffset::Gap { before, after } => {
                let gap = SignedDuration::from_secs(i64::from(after.seconds() - before.seconds()));
                prop_assert_eq!(back, wall.checked_add(gap).unwrap(), "in a gap in {}", ZONES[z]);
            }
            AmbiguousOffset::Fold { before, after } => {
                prop_assert_eq!(back, wall);
                prop_assert_eq!(zone.to_offset(instant), before, "the earlier instant in {}", ZONES[z]);
                prop_assert!(before.seconds() > after.seconds());
            }
        }
    }

    /// A weekly slot lands where its owner's clock says, every week of a year, across changes.
    #[test]
    fn a_weekly_slot_stays_on_its_owners_clock(
        z in 0..ZONES.len(),
        weekday in 1u8..=7,
        start_quarter in 24u16..80,
        year in 2020i16..2034,
    ) {
        let zone = tz(ZONES[z]);
        let start = start_quarter * 15; // between 06:00 and 19:45: never inside a gap here
        let w = [WeeklyWindow { weekday, start, end: start + 60 }];
        let spans = expand(&w, &zone, date(year, 1, 1), date(year, 12, 31), &[]);
        prop_assert!(spans.len() >= 52);
        for (s, e) in spans {
            let local = s.to_zoned(zone.clone());
            prop_assert_eq!(local.weekday().to_monday_one_offset() as u8, weekday);
            prop_assert_eq!(i32::from(local.hour()) * 60 + i32::from(local.minute()), i32::from(start), "{}", ZONES[z]);
            prop_assert_eq!(e.duration_since(s).as_mins(), 60);
        }
    }
}

fn at(zone: &str, y: i16, mo: i8, d: i8, h: i8, mi: i8) -> Timestamp {
    wall_to_instant(
        Date::new(y, mo, d)
            .unwrap()
            .to_datetime(Time::new(h, mi, 0, 0).unwrap()),
        &tz(zone),
    )
    .unwrap()
}

#[test]
fn known_changes_follow_the_documented_choices() {
    let cases: [(&str, Timestamp, &str); 10] = [
        // Berlin, spring 2027: 02:30 does not exist; read as 03:30 CEST.
        (
            "Berlin gap",
            at("Europe/Berlin", 2027, 3, 28, 2, 30),
            "2027-03-28T01:30:00Z",
        ),
        // Berlin, autumn 2027: 02:30 happens twice; the first (CEST).
        (
            "Berlin fold",
            at("Europe/Berlin", 2027, 10, 31, 2, 30),
            "2027-10-31T00:30:00Z",
        ),
        // Lord Howe moves by half an hour: 02:15 on 3 Oct 2027 is in the gap.
        (
            "Lord Howe gap",
            at("Australia/Lord_Howe", 2027, 10, 3, 2, 15),
            "2027-10-02T15:45:00Z",
        ),
        // Santiago changes at midnight: 00:30 on 5 Sep 2027 does not exist.
        (
            "Santiago gap",
            at("America/Santiago", 2027, 9, 5, 0, 30),
            "2027-09-05T04:30:00Z",
        ),
        // Sydney, autumn 2027: 02:30 twice on 4 April; the first (AEDT, +11).
        (
            "Sydney fold",
            at("Australia/Sydney", 2027, 4, 4, 2, 30),
            "2027-04-03T15:30:00Z",
        ),
        // Toronto and New York, spring 2027: 02:30 on 14 March is read as 03:30 EDT.
        (
            "Toronto gap",
            at("America/Toronto", 2027, 3, 14, 2, 30),
            "2027-03-14T07:30:00Z",
        ),
        (
            "New York fold",
            at("America/New_York", 2027, 11, 7, 1, 30),
            "2027-11-07T05:30:00Z",
        ),
        // Offsets with quarter and half hours, no DST.
        (
            "Kathmandu",
            at("Asia/Kathmandu", 2027, 6, 1, 9, 0),
            "2027-06-01T03:15:00Z",
        ),
        (
            "Kolkata",
            at("Asia/Kolkata", 2027, 6, 1, 9, 0),
            "2027-06-01T03:30:00Z",
        ),
        // Chatham +13:45 in its summer.
        (
            "Chatham",
            at("Pacific/Chatham", 2027, 1, 10, 9, 0),
            "2027-01-09T19:15:00Z",
        ),
    ];
    for (what, got, want) in cases {
        assert_eq!(got.to_string(), want, "{what}");
    }
    // Apia dropped daylight saving in 2021: +13 all year since.
    assert_eq!(
        at("Pacific/Apia", 2027, 1, 10, 9, 0).to_string(),
        "2027-01-09T20:00:00Z"
    );
    assert_eq!(
        at("Pacific/Apia", 2027, 7, 10, 9, 0).to_string(),
        "2027-07-09T20:00:00Z"
    );
    // London and Phnom Penh: a Monday 08:00 London session is 15:00 then 14:00 Phnom Penh.
    let pp = tz("Asia/Phnom_Penh");
    let before = at("Europe/London", 2027, 3, 22, 8, 0).to_zoned(pp.clone());
    let after = at("Europe/London", 2027, 3, 29, 8, 0).to_zoned(pp);
    assert_eq!((before.hour(), after.hour()), (15, 14));
}
