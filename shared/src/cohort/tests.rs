use super::*;
use jiff::civil::date;

fn form() -> CohortForm {
    CohortForm {
        name: "2027-2028".into(),
        call_opens_on: "2027-02-01".into(),
        deadline_on: "2027-04-22".into(),
        starts_on: "2027-06-01".into(),
        ..CohortForm::default()
    }
}

#[test]
fn a_call_like_the_programmes_gives_a_june_to_may_year() {
    let c = form().validate().unwrap();
    assert_eq!(c.slug, "2027-2028");
    assert_eq!(c.ends_on, date(2028, 5, 31));
    assert_eq!((c.hours_min_minutes, c.hours_max_minutes), (120, 300));
    assert_eq!(c.min_sessions, 6);
}

#[test]
fn a_year_over_a_leap_day_ends_the_day_before_its_anniversary() {
    let c = CohortForm {
        starts_on: "2027-06-01".into(),
        ..form()
    };
    assert_eq!(c.validate().unwrap().ends_on, date(2028, 5, 31));
    // From 29 Feb: the next year has no 29 Feb, so the year ends on 28 Feb, its last day.
    assert_eq!(year_end(date(2028, 2, 29), 12), Some(date(2029, 2, 28)));
    assert_eq!(year_end(date(2027, 1, 31), 1), Some(date(2027, 2, 28)));
    assert_eq!(year_end(date(2027, 1, 15), 1), Some(date(2027, 2, 14)));
    assert_eq!(year_end(date(2027, 3, 1), 12), Some(date(2028, 2, 29)));
    assert_eq!(year_end(date(2027, 6, 1), 18), Some(date(2028, 11, 30)));
}

#[test]
fn each_bad_field_gets_its_own_message() {
    let bad = CohortForm {
        name: " ".into(),
        deadline_on: "22/04/2027".into(),
        months: "0".into(),
        hours_min: "6".into(),
        hours_max: "5".into(),
        no_session_days: "0".into(),
        unanswered_days: "abc".into(),
        partner_time_zone: "Phnom Penh".into(),
        ..form()
    };
    let e = bad.validate().unwrap_err();
    assert!(
        e.first("name")
            .unwrap()
            .starts_with("Enter the cohort's name")
    );
    assert!(
        e.first("deadline_on")
            .unwrap()
            .contains("for example 2027-04-22")
    );
    assert!(e.first("months").unwrap().contains("zero months"));
    assert!(
        e.first("hours_min")
            .unwrap()
            .contains("above the ceiling (5 h)"),
        "{e:?}"
    );
    assert_eq!(
        e.first("no_session_days"),
        Some("Enter the days without a session: at least one day")
    );
    assert!(e.first("unanswered_days").unwrap().contains("whole number"));
    assert!(e.first("partner_time_zone").is_some());
    let long = CohortForm {
        months: "25".into(),
        ..form()
    };
    assert!(
        long.validate()
            .unwrap_err()
            .first("months")
            .unwrap()
            .contains("at most two years")
    );
}

#[test]
fn dates_in_the_wrong_order_are_named_at_the_later_field() {
    let early = CohortForm {
        call_opens_on: "2027-05-01".into(),
        ..form()
    };
    let e = early.validate().unwrap_err();
    assert!(
        e.first("deadline_on")
            .unwrap()
            .contains("before the call opens (1 May 2027)")
    );
    let start = CohortForm {
        starts_on: "2027-04-22".into(),
        ..form()
    };
    let e = start.validate().unwrap_err();
    assert!(
        e.first("starts_on")
            .unwrap()
            .contains("after the call closes (22 Apr 2027)")
    );
}

#[test]
fn month_hours_read_as_hours_and_write_back_the_same() {
    assert_eq!(parse_month_hours("2", "x"), Ok(120));
    assert_eq!(parse_month_hours("2.5", "x"), Ok(150));
    assert_eq!(parse_month_hours("1:45", "x"), Ok(105));
    assert_eq!(parse_month_hours("5 h", "x"), Ok(300));
    assert!(parse_month_hours("-1", "x").is_err());
    assert!(parse_month_hours("1:75", "x").is_err());
    assert!(
        parse_month_hours("101", "x")
            .unwrap_err()
            .contains("at most 100 hours")
    );
    assert!(parse_month_hours("NaN", "x").is_err());
    for m in [0, 120, 150, 105] {
        assert_eq!(parse_month_hours(&month_hours_text(m), "x"), Ok(m));
    }
}

#[test]
fn names_become_addresses_without_odd_characters() {
    assert_eq!(slug_for("2027-2028"), "2027-2028");
    assert_eq!(slug_for(" Cambodia 2028 / Laos "), "cambodia-2028-laos");
    assert_eq!(slug_for("<script>"), "script");
    let reserved = CohortForm {
        name: "New!".into(),
        ..form()
    };
    assert!(reserved.validate().unwrap_err().first("name").is_some());
}

#[test]
fn a_cohorts_stage_follows_the_call_and_the_year() {
    let (s, e) = (date(2027, 6, 1), date(2028, 5, 31));
    let at = |now, today| CohortStage::at(now, Some(100), 200, today, s, e);
    assert_eq!(at(50, date(2027, 1, 1)), CohortStage::CallSoon);
    assert_eq!(at(100, date(2027, 2, 1)), CohortStage::CallOpen);
    assert_eq!(at(200, date(2027, 4, 23)), CohortStage::Matching);
    assert_eq!(at(300, s), CohortStage::UnderWay);
    assert_eq!(at(300, e), CohortStage::UnderWay);
    assert_eq!(at(300, date(2028, 6, 1)), CohortStage::Completed);
}
