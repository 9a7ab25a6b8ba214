//! The translation files' completeness and the formatting of numbers, dates and times.

use super::*;

#[test]
fn every_key_is_in_both_languages_with_the_same_placeholders() {
    let en = keys_and_placeholders(EN);
    let km = keys_and_placeholders(KM);
    assert!(fluent_syntax::parser::parse(EN).is_ok(), "en.ftl parses");
    assert!(fluent_syntax::parser::parse(KM).is_ok(), "km.ftl parses");
    let en_keys: Vec<&String> = en.iter().map(|(k, _)| k).collect();
    let km_keys: Vec<&String> = km.iter().map(|(k, _)| k).collect();
    for k in &en_keys {
        assert!(km_keys.contains(k), "{k} is missing in km.ftl");
    }
    for k in &km_keys {
        assert!(en_keys.contains(k), "{k} is in km.ftl but not in en.ftl");
    }
    let mut seen = std::collections::HashSet::new();
    for k in &en_keys {
        assert!(seen.insert(*k), "{k} appears twice in en.ftl");
    }
    for ((key, a), (_, b)) in en.iter().zip(km.iter()) {
        assert_eq!(a, b, "{key}: the placeholders differ between en and km");
    }
    // The review list names real keys only.
    for k in khmer_to_review() {
        assert!(
            en_keys.iter().any(|e| e.as_str() == k),
            "km-review.txt names {k}, which is not a key"
        );
    }
}

#[test]
fn the_commitments_read_in_english_as_the_call_words_them() {
    for (i, words) in crate::programme::COMMITMENTS.iter().enumerate() {
        assert_eq!(t(Lang::En, &format!("commitment-{}", i + 1)), *words);
        assert_ne!(t(Lang::Km, &format!("commitment-{}", i + 1)), *words);
    }
    let next = format!("commitment-{}", crate::programme::COMMITMENTS.len() + 1);
    assert_eq!(t(Lang::En, &next), next, "no commitment beyond the call's");
}

#[test]
fn what_is_kept_reads_in_english_as_the_notice_words_it() {
    for (i, k) in crate::privacy::KEPT.iter().enumerate() {
        let n = i + 1;
        assert_eq!(t(Lang::En, &format!("kept-{n}-what")), k.what);
        assert_eq!(t(Lang::En, &format!("kept-{n}-seen")), k.seen_by);
        assert_eq!(t(Lang::En, &format!("kept-{n}-long")), k.how_long);
    }
    let next = format!("kept-{}-what", crate::privacy::KEPT.len() + 1);
    assert_eq!(t(Lang::En, &next), next, "no row beyond the notice's");
}

/// Each fixed choice a page names through a key reads in English as its label does, so
/// no choice is missing from the files.
#[test]
fn every_named_choice_has_its_key_with_the_english_label() {
    use crate::commitments::{ConcernCategory, ConcernStatus, Severity};
    let check = |key: String, label: &str| assert_eq!(t(Lang::En, &key), label, "{key}");
    for c in ConcernCategory::ALL {
        check(format!("concern-category-{}", c.code()), c.label());
    }
    for c in Severity::ALL {
        check(format!("concern-severity-{}", c.code()), c.label());
    }
    for c in ConcernStatus::ALL {
        check(format!("concern-status-{}", c.code()), c.label());
    }
    for c in crate::schedule::SessionStatus::ALL {
        check(format!("session-status-{}", c.code()), c.label());
    }
    for c in crate::schedule::Medium::ALL {
        check(format!("medium-name-{}", c.code()), c.label());
    }
    for c in crate::intake::Connectivity::ALL {
        check(format!("connectivity-{}", c.code()), c.label());
    }
    for (i, day) in crate::schedule::WEEKDAYS.iter().enumerate() {
        check(format!("weekday-{}", i + 1), day);
    }
    use crate::schedule::PaceStatus;
    for c in [PaceStatus::OnTrack, PaceStatus::Behind, PaceStatus::AtRisk] {
        check(format!("pace-status-{}", c.code()), c.label());
    }
    for c in crate::commitments::HoursCategory::ALL {
        check(format!("hours-category-{}", c.code()), c.label());
    }
    use crate::compliance::MonthBand;
    for c in [
        MonthBand::InProgress,
        MonthBand::Below,
        MonthBand::Within,
        MonthBand::Above,
        MonthBand::Future,
    ] {
        check(format!("band-{}", c.code()), c.label());
    }
    use crate::evaluation::{Again, Broadened, Reached};
    for c in Reached::ALL {
        check(format!("reached-{}", c.code()), c.label());
    }
    for c in Broadened::ALL {
        check(format!("broadened-{}", c.code()), c.label());
    }
    for c in Again::ALL {
        check(format!("again-{}", c.code()), c.label());
    }
    for c in crate::application::ApplicationStatus::ALL {
        check(format!("application-status-{}", c.code()), c.label());
    }
    assert_eq!(t(Lang::En, "review-rule"), crate::application::REVIEW_RULE);
    for c in crate::pair_card::Share::ALL {
        check(format!("share-{}", c.code()), c.label());
    }
    use crate::privacy::ErasureStatus;
    for c in [
        ErasureStatus::Waiting,
        ErasureStatus::Objected,
        ErasureStatus::Withdrawn,
        ErasureStatus::Done,
    ] {
        check(format!("erasure-status-{}", c.code()), c.label());
    }
    use crate::cohort::CohortStage;
    for c in [
        CohortStage::CallSoon,
        CohortStage::CallOpen,
        CohortStage::Matching,
        CohortStage::UnderWay,
        CohortStage::Completed,
    ] {
        check(format!("stage-{}", c.code()), c.label());
    }
    for c in crate::mail::MailKind::ALL {
        check(format!("mail-kind-{}", c.code()), c.label());
        check(format!("mail-about-{}", c.code()), c.description());
    }
    for c in crate::mail::Delivery::ALL {
        check(format!("delivery-{}", c.code()), c.label());
    }
    for c in crate::mail::MailStatus::ALL {
        check(format!("mail-status-{}", c.code()), c.label());
    }
    for c in crate::Role::ALL {
        check(format!("role-{}", c.code()), c.label());
    }
    use crate::account::InvitationChange;
    for c in [
        InvitationChange::Extend,
        InvitationChange::Resend,
        InvitationChange::Revoke,
    ] {
        check(format!("invitation-done-{}", c.code()), c.done());
    }
    for c in crate::partnership::GoalStatus::ALL {
        check(format!("goal-status-{}", c.code()), c.label());
    }
    for c in crate::partnership::JournalKind::ALL {
        check(format!("journal-kind-{}", c.code()), c.label());
    }
    for c in crate::partnership::PartnershipStatus::ALL {
        check(format!("partnership-status-{}", c.code()), c.label());
        check(
            format!("partnership-state-{}", c.code()),
            &c.label().to_lowercase(),
        );
    }
    use crate::commitments::ConcernStatus as Concern;
    for c in Concern::ALL {
        assert_eq!(
            t(Lang::En, &format!("note-concern-{}", c.code())),
            format!("Your concern is now {}.", c.label().to_lowercase())
        );
    }
    for minutes in [0, 45, 60, 90, 150, 400] {
        assert_eq!(
            crate::matching::duration_words_in(Lang::En, minutes),
            crate::matching::duration_words(minutes)
        );
    }
    assert_eq!(
        crate::matching::duration_words_in(Lang::Km, 400),
        "6 ម៉ោង 40 នាទី"
    );
}

#[test]
fn a_language_is_chosen_by_cookie_then_accept_language_then_english() {
    assert_eq!(negotiate("km-KH,km;q=0.9,en;q=0.8"), Some(Lang::Km));
    assert_eq!(negotiate("fr-FR, en;q=0.5, km;q=0.7"), Some(Lang::Km));
    assert_eq!(negotiate("en-GB,en;q=0.9"), Some(Lang::En));
    assert_eq!(negotiate("fr, de;q=0.5"), None);
    assert_eq!(negotiate("km;q=0, en;q=0.1"), Some(Lang::En));
    assert_eq!(Lang::choose(Some("en"), Some("km")), Lang::En);
    assert_eq!(Lang::choose(Some("xx"), Some("km")), Lang::Km);
    assert_eq!(Lang::choose(None, None), Lang::En);
}

#[test]
fn plurals_follow_each_language_and_gaps_fall_back_to_english() {
    assert_eq!(
        tr(Lang::En, "sessions-held", &[("count", 1i64.into())]),
        "1 session held"
    );
    assert_eq!(
        tr(Lang::En, "sessions-held", &[("count", 6i64.into())]),
        "6 sessions held"
    );
    // Khmer has a single plural form.
    let one = tr(Lang::Km, "sessions-held", &[("count", 1i64.into())]);
    let six = tr(Lang::Km, "sessions-held", &[("count", 6i64.into())]);
    assert_eq!(one.replace('1', "6"), six);
    assert_eq!(t(Lang::Km, "no-such-key"), "no-such-key");
    assert_eq!(t(Lang::Km, "nav-sign-in"), "ចូលគណនី");
    assert_eq!(t(Lang::En, "nav-sign-in"), "Sign in");
}

#[test]
fn an_instant_and_a_place_read_on_the_zone_s_clock_in_each_language() {
    // 07:00 UTC on Tuesday 30 March 2027 is 14:00 in Phnom Penh and 09:00 in Berlin.
    let ms = 1_806_390_000_000;
    let args = |zone: &str| {
        [
            ("at", Arg::Clock(ms, zone.to_owned())),
            ("place", Arg::Place(zone.to_owned())),
        ]
    };
    assert_eq!(
        tr(Lang::En, "session-history-accepted", &args("Europe/Berlin")),
        "Accepted Tue 30 Mar, 09:00 (Berlin time)"
    );
    let khmer = tr(
        Lang::Km,
        "session-history-accepted",
        &args("Asia/Phnom_Penh"),
    );
    assert!(khmer.contains("អង្គារ 30 មីនា, 14:00"), "{khmer}");
    assert!(khmer.contains("ភ្នំពេញ"), "{khmer}");
}
