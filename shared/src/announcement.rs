//! Announcements (`/community/announcements`): the programme team writes to everyone in the
//! programme or to one cohort; readers find them on their home pages and by email.

use crate::FieldErrors;
use crate::validate;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 200;
pub const BODY_MAX: usize = 4_000;

/// The team's form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnnouncementForm {
    pub title: String,
    pub body: String,
    /// Empty: everyone; else a cohort's slug.
    pub audience: String,
    /// A second submission of the same form changes nothing.
    pub request_key: String,
}

/// A checked announcement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAnnouncement {
    pub title: String,
    pub body: String,
    pub audience: Option<String>,
}

impl AnnouncementForm {
    pub fn validate(&self) -> Result<NewAnnouncement, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take(
            "title",
            validate::text(&self.title, "what-announcement-title", 1, TITLE_MAX),
        );
        let body = e.take(
            "body",
            validate::text(&self.body, "what-announcement-body", 1, BODY_MAX),
        );
        let audience = Some(self.audience.trim().to_owned()).filter(|a| !a.is_empty());
        e.into_result(NewAnnouncement {
            title,
            body,
            audience,
        })
    }
}

/// An announcement as its readers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementView {
    pub id: i64,
    pub title: String,
    pub body: String,
    /// The cohort it was written to (its name); none: everyone.
    pub audience: Option<String>,
    pub author: String,
    /// The day it was written, on the reader's calendar (`2027-03-02`).
    pub written_on: String,
}

/// The announcements page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementsPage {
    pub items: Vec<AnnouncementView>,
    /// The programme team writes and removes; these are the cohorts it may write to.
    pub can_write: bool,
    pub cohorts: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_and_a_text_make_an_announcement_for_everyone_or_a_cohort() {
        let form = AnnouncementForm {
            title: " Registration for IATUL 2027 is open ".into(),
            body: "Register by 30 April.".into(),
            ..Default::default()
        };
        let a = form.validate().unwrap();
        assert_eq!(a.title, "Registration for IATUL 2027 is open");
        assert_eq!(a.audience, None);
        let to_cohort = AnnouncementForm {
            audience: "2027-2028".into(),
            ..form
        };
        assert_eq!(
            to_cohort.validate().unwrap().audience.as_deref(),
            Some("2027-2028")
        );
    }

    #[test]
    fn each_missing_or_long_field_is_named() {
        let e = AnnouncementForm {
            title: String::new(),
            body: "x".repeat(BODY_MAX + 1),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert!(e.first("title").is_some());
        assert!(e.first("body").is_some());
    }
}
