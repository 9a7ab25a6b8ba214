//! Rules of coach applications: fields, word count, statuses.

use super::*;
use ApplicationStatus::*;

fn complete() -> ApplicationForm {
    ApplicationForm {
        name: "Anna Keller".into(),
        email: "Anna@Rhein-Uni.de".into(),
        position: "Library Director".into(),
        institution: "Rhineland University Library".into(),
        country: "Germany".into(),
        time_zone: "Europe/Berlin".into(),
        languages: "German, English".into(),
        years_leading: "14".into(),
        expertise: vec!["collections".into(), "training".into()],
        expertise_other: "".into(),
        statement: "I have led a university library for fourteen years. ".repeat(8),
        consent: "on".into(),
    }
}

#[test]
fn a_complete_application_passes() {
    let ok = complete().validate(true).unwrap();
    assert_eq!(ok.email, "anna@rhein-uni.de");
    assert_eq!(
        ok.expertise,
        vec![
            ObjectiveArea::CollectionsAndAccess,
            ObjectiveArea::PeopleAndTraining
        ]
    );
    assert_eq!(ok.years_leading, Some(14));
}

#[test]
fn a_draft_needs_only_name_and_email() {
    let draft = ApplicationForm {
        name: "Anna".into(),
        email: "anna@lib.de".into(),
        ..Default::default()
    };
    assert!(draft.validate(false).is_ok());
    let errors = draft.validate(true).unwrap_err();
    for field in [
        "position",
        "institution",
        "country",
        "time_zone",
        "languages",
        "years_leading",
        "expertise",
        "statement",
        "consent",
    ] {
        assert!(
            errors.first(field).is_some(),
            "{field} should be required to submit"
        );
    }
}

#[test]
fn statement_length_is_bounded_in_words() {
    let short = ApplicationForm {
        statement: "Too short.".into(),
        ..complete()
    };
    assert!(
        short
            .validate(true)
            .unwrap_err()
            .first("statement")
            .unwrap()
            .contains("(now 2)")
    );
    let long = ApplicationForm {
        statement: "word ".repeat(601),
        ..complete()
    };
    assert!(
        long.validate(true)
            .unwrap_err()
            .first("statement")
            .unwrap()
            .contains("600 words")
    );
    assert!(long.validate(false).is_err(), "a draft is bounded too");
}

#[test]
fn bad_values_get_specific_messages() {
    let bad = ApplicationForm {
        years_leading: "many".into(),
        expertise: vec!["cooking".into()],
        consent: "".into(),
        ..complete()
    };
    let errors = bad.validate(true).unwrap_err();
    assert_eq!(
        errors.first("years_leading"),
        Some("Enter a whole number of years, for example 12")
    );
    assert_eq!(
        errors.first("expertise"),
        Some("Choose areas from the list")
    );
    assert!(errors.first("consent").is_some());
}

#[test]
fn markup_is_kept_as_text() {
    let form = ApplicationForm {
        institution: "<script>alert(1)</script> Library".into(),
        ..complete()
    };
    assert_eq!(
        form.validate(true).unwrap().institution,
        "<script>alert(1)</script> Library"
    );
}

#[test]
fn transitions_follow_the_programme() {
    assert!(Draft.can_move(Submitted, Actor::Applicant));
    assert!(Submitted.can_move(Withdrawn, Actor::Applicant));
    assert!(
        !Accepted.can_move(Withdrawn, Actor::Applicant),
        "a decision stands"
    );
    assert!(!Submitted.can_move(Accepted, Actor::Applicant));
    assert!(Submitted.can_move(Shortlisted, Actor::Chair));
    assert!(Shortlisted.can_move(Accepted, Actor::Chair));
    assert!(Shortlisted.can_move(Declined, Actor::Chair));
    assert!(
        !Draft.can_move(Accepted, Actor::Chair),
        "the chair never sees drafts"
    );
    assert!(!Declined.can_move(Accepted, Actor::Chair));
    assert!(!Withdrawn.can_move(Shortlisted, Actor::Chair));
    for s in ApplicationStatus::ALL {
        assert_eq!(ApplicationStatus::from_code(s.code()), Some(s));
    }
}

#[test]
fn the_review_queue_offers_only_states_an_application_can_be_listed_in() {
    assert!(!ApplicationStatus::REVIEWABLE.contains(&Draft));
    assert!(
        !ApplicationStatus::REVIEWABLE.contains(&Withdrawn),
        "a withdrawn application is deleted"
    );
    // Every state the chair can move an application into is one the queue can filter by.
    for from in ApplicationStatus::ALL {
        for to in ApplicationStatus::ALL {
            if from.can_move(to, Actor::Chair) {
                assert!(ApplicationStatus::REVIEWABLE.contains(&to), "{to:?}");
            }
        }
    }
}
