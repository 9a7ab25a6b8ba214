//! Rules of sessions: proposals, wall times across clock changes, pace, forms.

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
        pace(s, e, date(2027, 3, 10), 0, 0, 6).status,
        PaceStatus::OnTrack
    );
    let behind = pace(s, e, date(2027, 5, 15), 0, 0, 6);
    assert_eq!(
        (behind.expected_by_now, behind.status),
        (1, PaceStatus::Behind)
    );
    assert_eq!(
        pace(s, e, date(2027, 5, 15), 0, 1, 6).status,
        PaceStatus::OnTrack
    );
    let risk = pace(s, e, date(2027, 8, 1), 0, 1, 6);
    assert_eq!(risk.status, PaceStatus::AtRisk);
    assert!(
        risk.reason
            .contains("0 held where a steady pace would have 2")
    );
    let late = pace(s, e, date(2027, 11, 15), 2, 1, 6);
    assert_eq!(late.status, PaceStatus::AtRisk, "{}", late.reason);
    assert_eq!(
        pace(s, e, date(2027, 12, 1), 6, 0, 6).status,
        PaceStatus::OnTrack
    );
    assert_eq!(
        pace(s, e, date(2028, 3, 5), 5, 0, 6).status,
        PaceStatus::AtRisk
    );
}

#[test]
fn proposals_are_read_on_the_proposers_clock_and_checked() {
    let now: Timestamp = "2027-03-01T00:00:00Z".parse().unwrap();
    let form = ProposalForm {
        fold: String::new(),
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
        fold: String::new(),
        time_2: "".into(),
        time_3: "".into(),
        link: "https://meet.example.org/abc".into(),
        ..form.clone()
    }
    .validate(&tz("Europe/Berlin"), now)
    .unwrap();
    assert_eq!(
        ok.starts,
        ["2027-03-30T07:00:00Z".parse::<Timestamp>().unwrap()]
    );
    assert_eq!(ok.duration, 45);
    // A phone or WhatsApp call needs no link, and keeps none typed before the medium changed;
    // a voice call may use one.
    for (medium, kept) in [
        ("phone", ""),
        ("whatsapp", ""),
        ("voice", "https://meet.example.org/abc"),
    ] {
        let p = ProposalForm {
            time_2: "".into(),
            time_3: "".into(),
            medium: medium.into(),
            link: "https://meet.example.org/abc".into(),
            ..form.clone()
        }
        .validate(&tz("Europe/Berlin"), now)
        .unwrap();
        assert_eq!(p.link, kept, "{medium}");
    }
    let phone = ProposalForm {
        time_2: "".into(),
        time_3: "".into(),
        medium: "phone".into(),
        ..form.clone()
    };
    assert!(
        phone.validate(&tz("Europe/Berlin"), now).is_ok(),
        "no link asked for a phone call"
    );
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
        end: "11:00".into(),
    };
    let e = bad.validate().unwrap_err();
    assert!(e.first("weekday").is_some() && e.first("end").is_some());
    // Across midnight: one window into the next day; Sunday runs into Monday.
    let late = WindowForm {
        weekday: "1".into(),
        start: "19:00".into(),
        end: "01:00".into(),
    }
    .validate()
    .unwrap();
    assert_eq!((late.start, late.end), (19 * 60, 25 * 60));
    assert_eq!(late.label(), "Monday 19:00-01:00 (into Tuesday)");
    let sunday = WindowForm {
        weekday: "7".into(),
        start: "23:00".into(),
        end: "00:30".into(),
    };
    assert_eq!(
        sunday.validate().unwrap().label(),
        "Sunday 23:00-00:30 (into Monday)"
    );
    // Shorter than the shortest session; no word of a "working day".
    let short = WindowForm {
        weekday: "3".into(),
        start: "23:50".into(),
        end: "00:10".into(),
    };
    let e = short.validate().unwrap_err();
    assert_eq!(
        e.first("end"),
        Some("Give at least 30 minutes, the shortest session")
    );
    let half = WindowForm {
        weekday: "3".into(),
        start: "12:00".into(),
        end: "12:30".into(),
    };
    assert!(half.validate().is_ok());
}

#[test]
fn a_toronto_evening_meets_a_phnom_penh_morning_across_both_clock_changes() {
    let toronto = tz("America/Toronto");
    let phnom_penh = tz("Asia/Phnom_Penh");
    // The coach: Mondays 19:00-01:00 in Toronto. The partner: Tuesdays 06:00-09:00 in Phnom
    // Penh, which keeps UTC+7 all year.
    let coach = [WeeklyWindow {
        weekday: 1,
        start: 19 * 60,
        end: 25 * 60,
    }];
    let partner = [WeeklyWindow {
        weekday: 2,
        start: 6 * 60,
        end: 9 * 60,
    }];
    let common = |from: Date, to: Date| {
        intersect(
            &expand(&coach, &toronto, from, to, &[]),
            &expand(&partner, &phnom_penh, from, to.tomorrow().unwrap(), &[]),
            30,
        )
    };
    let hours = |spans: &[Span]| {
        spans
            .iter()
            .map(|(s, e)| e.duration_since(*s).as_hours())
            .collect::<Vec<_>>()
    };
    // Winter (UTC-5): Monday 19:00 is Tuesday 07:00 in Phnom Penh; two hours in common.
    let winter = common(date(2027, 3, 8), date(2027, 3, 8));
    assert_eq!(hours(&winter), [2]);
    assert_eq!(
        winter[0].0,
        "2027-03-09T00:00:00Z".parse::<Timestamp>().unwrap()
    );
    // From 14 March Toronto keeps summer time (UTC-4): 19:00 is 06:00 there; three hours.
    let summer = common(date(2027, 3, 15), date(2027, 3, 15));
    assert_eq!(hours(&summer), [3]);
    // And back on 7 November.
    assert_eq!(hours(&common(date(2027, 11, 8), date(2027, 11, 8))), [2]);
    // A window across the night the clocks change is an hour shorter or longer: Saturday
    // 22:00 to 03:00 in Toronto.
    let night = [WeeklyWindow {
        weekday: 6,
        start: 22 * 60,
        end: 27 * 60,
    }];
    let spring = expand(&night, &toronto, date(2027, 3, 13), date(2027, 3, 13), &[]);
    assert_eq!(hours(&spring), [4]);
    let autumn = expand(&night, &toronto, date(2027, 11, 6), date(2027, 11, 6), &[]);
    assert_eq!(hours(&autumn), [6]);
}

#[test]
fn typed_times_in_a_gap_are_refused_with_the_nearest_minutes() {
    let berlin = TimeZone::get("Europe/Berlin").unwrap();
    let e = parse_local("2027-03-28T02:30", &berlin, "").unwrap_err();
    assert_eq!(
        e.message().text(),
        "02:30 on Sun 28 Mar 2027 does not exist on your clock: the clocks go forward that night. Choose 01:59 or 03:00."
    );
    // Lord Howe moves by half an hour.
    let howe = TimeZone::get("Australia/Lord_Howe").unwrap();
    let e = parse_local("2027-10-03T02:10", &howe, "")
        .unwrap_err()
        .message();
    assert!(e.contains("Choose 01:59 or 02:30"), "{e}");
}

#[test]
fn typed_times_in_a_fold_ask_which_and_take_the_answer() {
    let berlin = TimeZone::get("Europe/Berlin").unwrap();
    assert!(matches!(
        parse_local("2027-10-31T02:30", &berlin, ""),
        Err(TimeProblem::Repeated(_))
    ));
    let first = parse_local("2027-10-31T02:30", &berlin, "first").unwrap();
    let second = parse_local("2027-10-31T02:30", &berlin, "second").unwrap();
    assert_eq!(first.to_string(), "2027-10-31T00:30:00Z");
    assert_eq!(second.to_string(), "2027-10-31T01:30:00Z");
    // An ordinary time needs no answer, and a year out of range is refused.
    assert!(parse_local("2027-10-31T09:00", &berlin, "").is_ok());
    assert!(parse_local("9999-01-01T09:00", &berlin, "").is_err());
    // The form asks on the time and on the fold field, in that order.
    let form = ProposalForm {
        time_1: "2027-10-31T02:30".into(),
        medium: "phone".into(),
        duration: "60".into(),
        ..Default::default()
    };
    let errors = form
        .validate(&berlin, "2027-01-01T00:00:00Z".parse().unwrap())
        .unwrap_err();
    let fields: Vec<String> = errors.summary().into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields, vec!["time_1".to_owned(), "fold".to_owned()]);
}

#[test]
fn a_session_after_a_clock_change_says_so_on_both_clocks() {
    let at = |s: &str| s.parse::<Timestamp>().unwrap();
    // The pair met on 23 March at 09:00 in Berlin (15:00 in Phnom Penh); the next session, on
    // 30 March at 10:00 in Berlin, is after Europe's change on 28 March.
    let previous = at("2027-03-23T08:00:00Z");
    let next = at("2027-03-30T08:00:00Z");
    assert_eq!(
        clock_change_note(previous, next, "Europe/Berlin", "Asia/Phnom_Penh").as_deref(),
        Some(
            "Clocks in Berlin go forward an hour on 28 Mar: this session is 10:00 in Berlin, 15:00 in Phnom Penh."
        )
    );
    // Read by the partner: her clock first, the change still Berlin's.
    assert_eq!(
        clock_change_note(previous, next, "Asia/Phnom_Penh", "Europe/Berlin").as_deref(),
        Some(
            "Clocks in Berlin go forward an hour on 28 Mar: this session is 15:00 in Phnom Penh, 10:00 in Berlin."
        )
    );
    // No change between: nothing to say.
    assert_eq!(
        clock_change_note(
            at("2027-03-29T08:00:00Z"),
            next,
            "Europe/Berlin",
            "Asia/Phnom_Penh"
        ),
        None
    );
    // Toronto goes back on 7 November; Lord Howe moves by half an hour.
    assert_eq!(
        clock_change_note(
            at("2027-11-02T00:00:00Z"),
            at("2027-11-09T00:00:00Z"),
            "Asia/Phnom_Penh",
            "America/Toronto"
        )
        .as_deref(),
        Some(
            "Clocks in Toronto go back an hour on 7 Nov: this session is 07:00 in Phnom Penh, 19:00 in Toronto."
        )
    );
    let howe = clock_change_note(
        at("2027-09-28T00:00:00Z"),
        at("2027-10-05T00:00:00Z"),
        "Australia/Lord_Howe",
        "Asia/Phnom_Penh",
    )
    .unwrap();
    assert!(
        howe.starts_with("Clocks in Lord Howe go forward 30 minutes on 3 Oct"),
        "{howe}"
    );
    // A phone-only zone without changes, or a session before the previous: none.
    assert_eq!(
        clock_change_note(next, previous, "Europe/Berlin", "Asia/Phnom_Penh"),
        None
    );
}

#[test]
fn an_outcome_is_recorded_once_its_time_comes_and_corrected_by_its_author_for_a_week() {
    let day = 24 * 3_600_000;
    let recorded = Some((7, 1_000 * day));
    // Before its start nobody records it; after, either member.
    assert!(!may_record_outcome(
        SessionStatus::Scheduled,
        false,
        None,
        7,
        0
    ));
    assert!(may_record_outcome(
        SessionStatus::Scheduled,
        true,
        None,
        8,
        0
    ));
    // Once recorded: the author, up to seven days later, and nobody else.
    for status in [SessionStatus::Held, SessionStatus::NoShow] {
        assert!(may_record_outcome(status, true, recorded, 7, 1_007 * day));
        assert!(!may_record_outcome(
            status,
            true,
            recorded,
            7,
            1_007 * day + 1
        ));
        assert!(!may_record_outcome(status, true, recorded, 8, 1_001 * day));
        assert!(!may_record_outcome(status, true, None, 7, 1_001 * day));
    }
    for status in [
        SessionStatus::Proposed,
        SessionStatus::Cancelled,
        SessionStatus::Declined,
    ] {
        assert!(!may_record_outcome(status, true, recorded, 7, 1_001 * day));
    }
}

#[test]
fn a_clock_change_note_reads_in_khmer_with_khmer_places_and_months() {
    let since: Timestamp = "2027-03-23T08:00:00Z".parse().unwrap();
    let at: Timestamp = "2027-03-30T08:00:00Z".parse().unwrap();
    let style = crate::time::Style {
        lang: crate::i18n::Lang::Km,
        khmer_digits: false,
    };
    let note = clock_change_note_in(style, since, at, "Asia/Phnom_Penh", "Europe/Berlin").unwrap();
    assert!(note.starts_with("នាឡិកានៅ"), "{note}");
    assert!(note.contains("28 មីនា"), "{note}");
    assert!(note.contains("15:00 នៅភ្នំពេញ"), "{note}");
    assert!(
        note.contains("10:00 នៅBerlin"),
        "the place keeps its own name where Khmer has none: {note}"
    );
    // An instant on a weekday clock, in Khmer.
    assert_eq!(
        clock_in(style, at, &TimeZone::get("Asia/Phnom_Penh").unwrap()),
        "អង្គារ 15:00"
    );
}

#[test]
fn a_time_the_clock_skips_is_explained_in_khmer_with_the_khmer_day() {
    let berlin = TimeZone::get("Europe/Berlin").unwrap();
    let mut m = parse_local("2027-03-28T02:30", &berlin, "")
        .unwrap_err()
        .message();
    m.localize(crate::i18n::Lang::Km);
    assert!(m.text().contains("អាទិត្យ 28 មីនា 2027"), "{}", m.text());
    assert!(
        m.text().contains("01:59") && m.text().contains("03:00"),
        "{}",
        m.text()
    );
}
