//! Rules of partnerships: forms, the year, statuses, figures.

use super::*;
use jiff::civil::date;

#[test]
fn final_statuses_do_not_move() {
    use PartnershipStatus::*;
    assert!(Active.can_move(Paused));
    assert!(Paused.can_move(Active));
    assert!(Active.can_move(EndedEarly));
    assert!(!Completed.can_move(Active));
    assert!(!EndedEarly.can_move(Active));
    assert!(!Active.can_move(Active));
    assert!(Active.is_current() && Paused.is_current() && !Completed.is_current());
}

#[test]
fn months_elapsed_counts_whole_months_within_the_year() {
    let start = date(2027, 3, 15);
    assert_eq!(months_elapsed(start, date(2027, 3, 1)), 0);
    assert_eq!(months_elapsed(start, date(2027, 4, 14)), 0);
    assert_eq!(months_elapsed(start, date(2027, 4, 15)), 1);
    assert_eq!(months_elapsed(start, date(2028, 1, 20)), 10);
    assert_eq!(months_elapsed(start, date(2029, 6, 1)), 12);
}

#[test]
fn ending_early_needs_a_reason() {
    let form = StatusForm {
        partnership_id: 1,
        status: "ended_early".into(),
        reason: "".into(),
    };
    assert!(form.validate().unwrap_err().first("reason").is_some());
    let form = StatusForm {
        reason: "The partner left the library.".into(),
        ..form
    };
    assert_eq!(form.validate().unwrap().0, PartnershipStatus::EndedEarly);
    let bad = StatusForm {
        status: "finished".into(),
        ..Default::default()
    };
    assert!(bad.validate().unwrap_err().first("status").is_some());
}

#[test]
fn goals_need_a_measurable_outcome_and_a_sane_progress() {
    let mut form = GoalForm {
        request_key: String::new(),
        partnership_id: 1,
        goal_id: 0,
        title: "Discovery page".into(),
        outcome: "".into(),
        status: "".into(),
        progress: "120".into(),
    };
    let e = form.validate().unwrap_err();
    assert!(e.first("outcome").is_some());
    assert!(e.first("progress").is_some());
    form.outcome = "Page live, 4 staff trained".into();
    form.progress = "40%".into();
    let g = form.validate().unwrap();
    assert_eq!((g.status, g.progress), (GoalStatus::NotStarted, 40));
    form.status = "done".into();
    assert_eq!(form.validate().unwrap().progress, 100, "done means 100 %");
    form.status = "finished".into();
    assert!(form.validate().unwrap_err().first("status").is_some());
}

#[test]
fn milestones_fall_within_the_partnership_year() {
    let (s, e) = (date(2027, 3, 1), date(2028, 2, 29));
    let form = |due: &str| MilestoneForm {
        request_key: String::new(),
        partnership_id: 1,
        goal_id: 1,
        milestone_title: "Draft the plan".into(),
        due_on: due.into(),
        from: String::new(),
    };
    assert_eq!(
        form("2027-06-30").validate(s, e).unwrap().1,
        date(2027, 6, 30)
    );
    assert_eq!(
        form("2028-02-29").validate(s, e).unwrap().1,
        date(2028, 2, 29)
    );
    let late = form("2028-03-01").validate(s, e).unwrap_err();
    assert!(
        late.first("due_on")
            .unwrap()
            .contains("1 Mar 2027 to 29 Feb 2028")
    );
    assert!(form("30/06/2027").validate(s, e).is_err());
    assert!(form("").validate(s, e).is_err());
}

#[test]
fn links_must_be_web_links() {
    assert!(web_link("https://example.org/guide").is_ok());
    assert!(web_link("HTTP://example.org").is_ok());
    assert!(web_link("javascript:alert(1)").is_err());
    assert!(web_link("https://").is_err());
    assert!(web_link("https:///path").is_err());
    assert!(web_link("https://exa mple.org").is_err());
    assert!(web_link("example.org").is_err());
}

#[test]
fn journal_and_resource_forms_name_the_field_at_fault() {
    let j = JournalForm {
        request_key: String::new(),
        partnership_id: 1,
        kind: "gossip".into(),
        body: " ".into(),
        share: "".into(),
    };
    let e = j.validate().unwrap_err();
    assert!(e.first("kind").is_some() && e.first("body").is_some());
    let ok = JournalForm {
        request_key: String::new(),
        kind: "difficulty".into(),
        body: "Budget cut".into(),
        share: "on".into(),
        ..j
    };
    assert_eq!(
        ok.validate().unwrap(),
        (JournalKind::Difficulty, "Budget cut".to_string(), true)
    );
    let r = ResourceForm {
        request_key: String::new(),
        partnership_id: 1,
        title: "".into(),
        url: "ftp://x".into(),
        note: "".into(),
        area: "".into(),
    };
    let e = r.validate().unwrap_err();
    assert!(e.first("title").is_some() && e.first("url").is_some() && e.first("area").is_some());
}

#[test]
fn capacity_is_one_to_five() {
    assert_eq!(parse_capacity("2"), Ok(2));
    assert!(parse_capacity("0").is_err());
    assert!(parse_capacity("6").is_err());
    assert!(parse_capacity("two").is_err());
}

#[test]
fn dates_outside_the_sane_window_are_refused_with_the_window_named() {
    for raw in ["0000-01-01", "1999-12-31", "2101-01-01", "9999-12-31"] {
        let e = parse_date(raw, "the due date").unwrap_err();
        assert_eq!(
            e, "Enter the due date between the years 2000 and 2100",
            "{raw}"
        );
    }
    assert!(parse_date("2000-01-01", "x").is_ok());
    assert!(parse_date("2100-12-31", "x").is_ok());
}

#[test]
fn a_year_completes_after_its_last_day_and_an_extension_moves_it() {
    use jiff::civil::date;
    let end = date(2028, 5, 31);
    assert!(!PartnershipStatus::Active.completes_on(end, end));
    assert!(PartnershipStatus::Active.completes_on(end, date(2028, 6, 1)));
    assert!(PartnershipStatus::Paused.completes_on(end, date(2028, 6, 1)));
    assert!(!PartnershipStatus::EndedEarly.completes_on(end, date(2028, 6, 1)));
    assert!(!PartnershipStatus::Completed.completes_on(end, date(2029, 1, 1)));
    // Alerts only while at work.
    assert!(PartnershipStatus::Active.raises_alerts());
    assert!(!PartnershipStatus::Paused.raises_alerts());
    assert!(!PartnershipStatus::Completed.raises_alerts());
    // Extensions keep month-ends, over a leap day too.
    assert_eq!(extended_end(end, 3), Some(date(2028, 8, 31)));
    assert_eq!(extended_end(date(2027, 11, 30), 3), Some(date(2028, 2, 29)));
    assert_eq!(extended_end(date(2028, 11, 30), 3), Some(date(2029, 2, 28)));
    assert!(PartnershipStatus::Completed.can_extend());
    assert!(!PartnershipStatus::EndedEarly.can_extend());
}

#[test]
fn an_extension_needs_months_and_a_reason() {
    let bad = ExtendForm {
        partnership_id: 1,
        months: "13".into(),
        why: "no".into(),
    }
    .validate()
    .unwrap_err();
    assert!(bad.first("months").unwrap().contains("1 to 12"));
    assert!(bad.first("why").unwrap().starts_with("Say why"));
    let ok = ExtendForm {
        partnership_id: 1,
        months: " 3 ".into(),
        why: "The partner was on leave in March".into(),
    }
    .validate()
    .unwrap();
    assert_eq!(ok.0, 3);
}

#[test]
fn the_other_member_is_named_with_their_role() {
    let member = |name: &str| PairMember {
        id: 1,
        name: name.into(),
        time_zone: String::new(),
        now_local: String::new(),
    };
    let mut head = PartnershipHead {
        id: 1,
        my_side: Some(Side::Partner),
        coach: member("Priya Nair"),
        partner: member("Dara Kim"),
        cohort_name: String::new(),
        cohort_slug: String::new(),
        area_code: String::new(),
        area_title: String::new(),
        objective: String::new(),
        starts_on: String::new(),
        ends_on: String::new(),
        status: PartnershipStatus::Active,
        end_reason: String::new(),
        year_position: Message::from(""),
    };
    assert_eq!(head.other_named(), "Priya Nair, your coach");
    head.my_side = Some(Side::Coach);
    assert_eq!(head.other_named(), "Dara Kim, your partner");
    head.my_side = None;
    assert_eq!(head.other_named(), "Priya Nair and Dara Kim");
}

#[test]
fn the_year_is_placed_one_way_on_the_readers_date() {
    let (start, end) = (date(2027, 8, 1), date(2028, 7, 31));
    assert_eq!(
        year_position(start, end, date(2027, 7, 31)).text(),
        "starts 1 Aug 2027"
    );
    assert_eq!(
        year_position(start, end, date(2027, 8, 1)).text(),
        "month 1 of 12, since 1 Aug 2027"
    );
    assert_eq!(
        year_position(start, end, date(2027, 11, 30)).text(),
        "month 4 of 12, since 1 Aug 2027"
    );
    assert_eq!(
        year_position(start, end, date(2027, 12, 1)).text(),
        "month 5 of 12, since 1 Aug 2027"
    );
    assert_eq!(
        year_position(start, end, date(2028, 7, 31)).text(),
        "month 12 of 12, since 1 Aug 2027"
    );
    assert_eq!(
        year_position(start, end, date(2028, 8, 1)).text(),
        "year ended 31 Jul 2028"
    );
    // A year that starts mid-month, crosses a leap day, and one extended by three months.
    let (mid, mid_end) = (date(2027, 6, 15), date(2028, 6, 14));
    assert_eq!(
        year_position(mid, mid_end, date(2028, 2, 29)).text(),
        "month 9 of 12, since 15 Jun 2027"
    );
    assert_eq!(
        year_position(mid, mid_end, date(2028, 6, 14)).text(),
        "month 12 of 12, since 15 Jun 2027"
    );
    assert_eq!(
        year_position(start, date(2028, 10, 31), date(2028, 9, 2)).text(),
        "month 14 of 15, since 1 Aug 2027"
    );
    // In Khmer, with Khmer month names.
    let mut khmer = year_position(start, end, date(2027, 11, 30));
    khmer.localize(crate::i18n::Lang::Km);
    assert!(
        khmer.text().contains("4") && khmer.text().contains("12"),
        "{khmer}"
    );
    assert!(
        khmer.text().contains(crate::time::KHMER_MONTHS[7]),
        "{khmer}"
    );
}
