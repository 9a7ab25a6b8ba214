//! Rules of matching: the score, working-hours overlap across clock changes, capacity.

use super::*;
use crate::i18n::Lang;
use jiff::civil::date;

fn tz(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

fn hours(s: u16, e: u16) -> WorkingHours {
    WorkingHours {
        start: s * 60,
        end: e * 60,
    }
}

#[test]
fn clock_fields_parse_and_refuse() {
    assert_eq!(parse_clock("09:30"), Ok(570));
    assert_eq!(parse_clock(" 7:05 "), Ok(425));
    assert_eq!(parse_clock("24:00"), Ok(1440));
    assert!(parse_clock("24:30").is_err());
    assert!(parse_clock("9h").is_err());
    assert!(parse_clock("12:60").is_err());
    assert!(parse_clock("").is_err());
    assert_eq!(format_clock(570), "09:30");
    assert_eq!(
        WorkingHours::parse("17:00", "09:00").unwrap_err().0,
        "work_end"
    );
    assert_eq!(
        WorkingHours::parse("x", "09:00").unwrap_err().0,
        "work_start"
    );
    assert!(WorkingHours::parse("09:00", "09:30").is_err());
    assert_eq!(
        WorkingHours::parse("08:00", "16:30").unwrap().label(),
        "08:00-16:30"
    );
}

#[test]
fn berlin_with_phnom_penh_grows_by_an_hour_in_european_summer() {
    // Berlin 09-17 is 15-23 in Phnom Penh in winter (UTC+1) and 14-22 in summer (UTC+2);
    // the partner works 08-17 in Phnom Penh: 2 h, then 3 h from 29 March 2026, then 2 h
    // again from 25 October 2026.
    let o = overlap(
        (&tz("Asia/Phnom_Penh"), hours(8, 17)),
        (&tz("Europe/Berlin"), hours(9, 17)),
        date(2026, 1, 1),
        date(2026, 12, 31),
    );
    assert_eq!(
        o.periods,
        vec![
            OverlapPeriod {
                from: date(2026, 1, 1),
                minutes: 120
            },
            OverlapPeriod {
                from: date(2026, 3, 29),
                minutes: 180
            },
            OverlapPeriod {
                from: date(2026, 10, 25),
                minutes: 120
            },
        ]
    );
    assert_eq!(
        o.describe_in(Lang::En),
        "2 h a day overlap, 3 h from 29 Mar 2026, 2 h from 25 Oct 2026"
    );
    // 365 days, 210 of them in summer time (29 Mar to 24 Oct).
    assert_eq!(o.mean_minutes, (155 * 120 + 210 * 180) / 365);
}

#[test]
fn toronto_with_phnom_penh_shrinks_in_north_american_summer() {
    // Toronto 06:00-21:00: its evening is Phnom Penh's next morning. In winter (UTC-5)
    // 19:00-21:00 Toronto is 07:00-09:00 Phnom Penh: 1.5 h with a partner from 07:30.
    // In summer (UTC-4) 20:00-21:00 is 07:00-08:00: half an hour, from 8 March 2026.
    let o = overlap(
        (
            &tz("Asia/Phnom_Penh"),
            WorkingHours {
                start: 7 * 60 + 30,
                end: 17 * 60,
            },
        ),
        (&tz("America/Toronto"), hours(6, 21)),
        date(2026, 1, 1),
        date(2026, 12, 31),
    );
    let changes: Vec<(Date, i64)> = o.periods.iter().map(|p| (p.from, p.minutes)).collect();
    assert_eq!(
        changes,
        vec![
            (date(2026, 1, 1), 90),
            (date(2026, 3, 9), 30),
            (date(2026, 11, 2), 90),
        ],
        "the change shows on the first Phnom Penh morning after Toronto's clocks moved"
    );
}

#[test]
fn sydney_with_phnom_penh_follows_southern_seasons() {
    // Sydney 09-17 is 06-14 Phnom Penh in winter (UTC+10) and 05-13 in summer (UTC+11).
    // Partner 08-17: 6 h in the Australian winter, 5 h in the summer.
    let o = overlap(
        (&tz("Asia/Phnom_Penh"), hours(8, 17)),
        (&tz("Australia/Sydney"), hours(9, 17)),
        date(2026, 1, 1),
        date(2026, 12, 31),
    );
    let changes: Vec<(Date, i64)> = o.periods.iter().map(|p| (p.from, p.minutes)).collect();
    assert_eq!(
        changes,
        vec![
            (date(2026, 1, 1), 300),
            (date(2026, 4, 5), 360),
            (date(2026, 10, 4), 300),
        ]
    );
}

#[test]
fn no_overlap_is_said_plainly() {
    let o = overlap(
        (&tz("Asia/Phnom_Penh"), hours(8, 17)),
        (&tz("America/Toronto"), hours(9, 17)),
        date(2026, 1, 1),
        date(2026, 1, 31),
    );
    assert_eq!(o.mean_minutes, 0);
    assert_eq!(o.describe_in(Lang::En), "no overlap in working hours");
}

fn facts(expertise: &[ObjectiveArea], languages: &[&str], capacity: u32, load: u32) -> CoachFacts {
    CoachFacts {
        expertise: expertise.to_vec(),
        languages: languages.iter().map(|s| s.to_string()).collect(),
        capacity,
        load,
    }
}

fn flat(minutes: i64) -> Overlap {
    Overlap {
        periods: vec![OverlapPeriod {
            from: date(2027, 1, 1),
            minutes,
        }],
        mean_minutes: minutes,
    }
}

#[test]
fn the_score_adds_explained_parts() {
    let partner = PartnerFacts {
        area: ObjectiveArea::CollectionsAndAccess,
        languages: vec!["Khmer".into(), "French".into()],
    };
    let best = score(
        &partner,
        &facts(
            &[ObjectiveArea::CollectionsAndAccess],
            &["french", "German"],
            1,
            0,
        ),
        flat(150),
    );
    assert_eq!(best.total, 100);
    assert_eq!(best.shared_languages, vec!["French".to_string()]);
    assert_eq!(
        best.why(Lang::En),
        "2.5 h a day overlap; expertise in collections and information access; both speak French; 0 of 1 partner taken"
    );
    assert!(best.warnings(Lang::En).is_empty());
    let half_overlap = score(
        &partner,
        &facts(&[ObjectiveArea::CollectionsAndAccess], &["French"], 1, 0),
        flat(60),
    );
    assert_eq!(half_overlap.total, 40 + 15 + 20 + 10);
    let other_area = score(
        &partner,
        &facts(&[ObjectiveArea::FacilitiesAndSpaces], &["English"], 2, 1),
        flat(0),
    );
    assert_eq!(other_area.total, 10);
    assert_eq!(
        other_area.warnings(Lang::En).len(),
        3,
        "{:?}",
        other_area.warnings(Lang::En)
    );
}

#[test]
fn capacity_counts_and_a_full_coach_sinks_with_a_warning() {
    let partner = PartnerFacts {
        area: ObjectiveArea::PeopleAndTraining,
        languages: vec!["English".into()],
    };
    let free = score(
        &partner,
        &facts(&[ObjectiveArea::PeopleAndTraining], &["English"], 2, 1),
        flat(120),
    );
    let full = score(
        &partner,
        &facts(&[ObjectiveArea::PeopleAndTraining], &["English"], 1, 1),
        flat(120),
    );
    assert!(!free.full());
    assert!(full.full());
    assert_eq!(free.total, 100);
    assert_eq!(full.total, 100 - CAPACITY_POINTS - FULL_PENALTY);
    assert!(
        full.warnings(Lang::En)
            .iter()
            .any(|w| w.contains("at capacity"))
    );
    assert!(free.why(Lang::En).contains("1 of 2 partners taken"));
}

#[test]
fn the_year_ends_the_day_before_the_anniversary_even_from_a_leap_day() {
    assert_eq!(year_end(date(2027, 3, 1)), date(2028, 2, 29));
    assert_eq!(year_end(date(2028, 2, 29)), date(2029, 2, 28));
    assert_eq!(year_end(date(2026, 12, 1)), date(2027, 11, 30));
}

#[test]
fn durations_read_as_people_say_them() {
    assert_eq!(duration_words(0), "none");
    assert_eq!(duration_words(45), "45 min");
    assert_eq!(duration_words(90), "1.5 h");
    assert_eq!(duration_words(100), "1 h 40 min");
}

#[test]
fn the_reasons_read_in_khmer_with_khmer_months() {
    let o = Overlap {
        periods: vec![
            OverlapPeriod {
                from: date(2026, 1, 1),
                minutes: 120,
            },
            OverlapPeriod {
                from: date(2026, 3, 29),
                minutes: 180,
            },
        ],
        mean_minutes: 150,
    };
    let partner = PartnerFacts {
        area: ObjectiveArea::CollectionsAndAccess,
        languages: vec!["English".into()],
    };
    let coach = facts(&[ObjectiveArea::FacilitiesAndSpaces], &["English"], 2, 2);
    let s = score(&partner, &coach, o);
    let why = s.why(Lang::Km);
    assert!(why.contains("ចាប់ពី 29 មីនា 2026"), "{why}");
    assert!(why.contains("English"), "{why}");
    let warnings = s.warnings(Lang::Km);
    assert!(
        warnings.iter().any(|w| w.contains("ឯកសារ និងការចូលប្រើព័ត៌មាន")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("ពេញចំនួនហើយ")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().all(|w| !w.is_ascii()),
        "no English left in Khmer: {warnings:?}"
    );
}
