//! Coach applications to a cohort's call: the form, its rules (the same in the browser and on
//! the server), the statement's word count, and the review statuses with their transitions.

use crate::programme::ObjectiveArea;
use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

pub const STATEMENT_MIN_WORDS: usize = 50;
pub const STATEMENT_MAX_WORDS: usize = 600;
pub const EXPERTISE_OTHER_MAX: usize = 500;

/// Words as a reader counts them, Khmer included (see [`crate::word_count`]).
pub use crate::word_count::count as word_count;

/// Where an application stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    Shortlisted,
    Accepted,
    Declined,
    Withdrawn,
}

/// Who moves an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Applicant,
    Chair,
}

/// When the chair decides, said the same way to applicants everywhere: the review page lets the
/// chair decide as soon as an application is sent.
pub const REVIEW_RULE: &str = "The chair reads applications as they arrive and may decide before the call closes; until a decision, you can change your application up to the deadline.";

impl ApplicationStatus {
    /// The status's name as a message argument, in any language.
    pub fn said(self) -> crate::i18n::Arg {
        crate::i18n::Arg::Said(Box::new(crate::errors::Message::key(
            &format!("application-status-{}", self.code()),
            &[],
        )))
    }

    pub const ALL: [ApplicationStatus; 6] = [
        ApplicationStatus::Draft,
        ApplicationStatus::Submitted,
        ApplicationStatus::Shortlisted,
        ApplicationStatus::Accepted,
        ApplicationStatus::Declined,
        ApplicationStatus::Withdrawn,
    ];

    /// The states the chair's queue can show: a draft is not sent, and a withdrawn application is
    /// deleted with its CV, so neither can ever be listed.
    pub const REVIEWABLE: [ApplicationStatus; 4] = [
        ApplicationStatus::Submitted,
        ApplicationStatus::Shortlisted,
        ApplicationStatus::Accepted,
        ApplicationStatus::Declined,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ApplicationStatus::Draft => "draft",
            ApplicationStatus::Submitted => "submitted",
            ApplicationStatus::Shortlisted => "shortlisted",
            ApplicationStatus::Accepted => "accepted",
            ApplicationStatus::Declined => "declined",
            ApplicationStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ApplicationStatus::Draft => "Draft (not sent)",
            ApplicationStatus::Submitted => "Submitted",
            ApplicationStatus::Shortlisted => "Shortlisted",
            ApplicationStatus::Accepted => "Accepted",
            ApplicationStatus::Declined => "Declined",
            ApplicationStatus::Withdrawn => "Withdrawn",
        }
    }

    /// Whether the applicant can still change what they wrote.
    pub fn editable(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Draft | ApplicationStatus::Submitted
        )
    }

    /// The moves the programme allows: the applicant submits and withdraws (before a decision);
    /// the chair shortlists, accepts and declines submitted or shortlisted applications.
    pub fn can_move(self, to: ApplicationStatus, actor: Actor) -> bool {
        use ApplicationStatus::*;
        match actor {
            Actor::Applicant => matches!(
                (self, to),
                (Draft, Submitted) | (Draft | Submitted | Shortlisted, Withdrawn)
            ),
            Actor::Chair => matches!(
                (self, to),
                (Submitted, Shortlisted)
                    | (Submitted | Shortlisted, Accepted)
                    | (Submitted | Shortlisted, Declined)
            ),
        }
    }
}

/// The application form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationForm {
    pub name: String,
    pub email: String,
    pub position: String,
    pub institution: String,
    pub country: String,
    pub time_zone: String,
    pub languages: String,
    pub years_leading: String,
    /// Area codes ticked.
    #[serde(default)]
    pub expertise: Vec<String>,
    pub expertise_other: String,
    pub statement: String,
    /// "on" when ticked (an HTML checkbox).
    #[serde(default)]
    pub consent: String,
}

/// A checked application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    pub name: String,
    pub email: String,
    pub position: String,
    pub institution: String,
    pub country: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub years_leading: Option<u16>,
    pub expertise: Vec<ObjectiveArea>,
    pub expertise_other: String,
    pub statement: String,
    pub consent: bool,
}

impl ApplicationForm {
    /// Checks the form. A draft needs only a name and an email (to come back to it); a
    /// submission needs everything.
    pub fn validate(&self, submitting: bool) -> Result<Application, FieldErrors> {
        // In the order of the form, so the error summary reads like the page.
        let mut errors = FieldErrors::new();
        let e = &mut errors;
        let need = |raw: &str, what: &str, max: usize| -> Result<String, crate::errors::Message> {
            validate::text(raw, what, usize::from(submitting), max)
        };
        let name = e.take("name", validate::display_name(&self.name));
        let email = e.take("email", validate::email(&self.email));
        let position = e.take("position", need(&self.position, "your position", 120));
        let institution = e.take(
            "institution",
            need(&self.institution, "what-institution", 160),
        );
        let country = e.take("country", need(&self.country, "what-country", 80));
        let time_zone = if submitting || !self.time_zone.trim().is_empty() {
            e.take("time_zone", validate::time_zone(&self.time_zone))
        } else {
            String::new()
        };
        let languages = if submitting || !self.languages.trim().is_empty() {
            e.take("languages", validate::languages(&self.languages))
        } else {
            Vec::new()
        };
        let years_leading = match self.years_leading.trim() {
            "" if !submitting => None,
            "" => {
                e.add(
                    "years_leading",
                    crate::errors::Message::key("error-app-years", &[]),
                );
                None
            }
            raw => match raw.parse::<u16>() {
                Ok(y) if y <= 60 => Some(y),
                _ => {
                    e.add(
                        "years_leading",
                        crate::errors::Message::key("error-app-years-number", &[]),
                    );
                    None
                }
            },
        };
        let mut expertise = Vec::new();
        for code in &self.expertise {
            match ObjectiveArea::from_code(code) {
                Some(a) if !expertise.contains(&a) => expertise.push(a),
                Some(_) => {}
                None => e.add(
                    "expertise",
                    crate::errors::Message::key("error-app-expertise-list", &[]),
                ),
            }
        }
        let expertise_other = e.take(
            "expertise_other",
            validate::text(
                &self.expertise_other,
                "other expertise",
                0,
                EXPERTISE_OTHER_MAX,
            ),
        );
        if submitting && expertise.is_empty() && expertise_other.is_empty() {
            e.add(
                "expertise",
                crate::errors::Message::key("error-app-expertise", &[]),
            );
        }
        let statement = e.take(
            "statement",
            validate::text(&self.statement, "what-statement", 0, 8_000),
        );
        let words = word_count(&statement);
        if submitting && words < STATEMENT_MIN_WORDS {
            e.add(
                "statement",
                format!("Write at least {STATEMENT_MIN_WORDS} words on why you want to coach and what you bring (now {words})"),
            );
        } else if words > STATEMENT_MAX_WORDS {
            e.add(
                "statement",
                format!("Keep your statement to {STATEMENT_MAX_WORDS} words (now {words})"),
            );
        }
        let consent = self.consent == "on" || self.consent == "true";
        if submitting && !consent {
            e.add(
                "consent",
                crate::errors::Message::key("error-app-consent", &[]),
            );
        }
        errors.into_result(Application {
            name,
            email,
            position,
            institution,
            country,
            time_zone,
            languages,
            years_leading,
            expertise,
            expertise_other,
            statement,
            consent,
        })
    }
}

/// The CV kept with an application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvInfo {
    pub file_name: String,
    pub size_bytes: i64,
    pub kind: String,
}

/// An application as its applicant sees it through the private link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub form: ApplicationForm,
    pub status: ApplicationStatus,
    pub cohort_name: String,
    pub cohort_slug: String,
    /// Whether the call still takes changes (by the server clock).
    pub call_open: bool,
    pub call_deadline_utc: String,
    pub call_deadline_local: String,
    pub programme_zone: String,
    pub cv: Option<CvInfo>,
    /// The latest request to erase the application, if the applicant asked.
    #[serde(default)]
    pub erasure: Option<crate::privacy::ErasureView>,
}

impl ApplicationView {
    pub fn editable(&self) -> bool {
        self.call_open && self.status.editable()
    }
}

/// A form sent without JavaScript that needs changes: what was typed, and what to fix.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnedForm {
    pub form: ApplicationForm,
    pub errors: FieldErrors,
}

impl ApplicationForm {
    /// The form filled from a stored application.
    pub fn from_application(a: &Application) -> Self {
        ApplicationForm {
            name: a.name.clone(),
            email: a.email.clone(),
            position: a.position.clone(),
            institution: a.institution.clone(),
            country: a.country.clone(),
            time_zone: a.time_zone.clone(),
            languages: a.languages.join(", "),
            years_leading: a.years_leading.map(|y| y.to_string()).unwrap_or_default(),
            expertise: a.expertise.iter().map(|e| e.code().to_owned()).collect(),
            expertise_other: a.expertise_other.clone(),
            statement: a.statement.clone(),
            consent: if a.consent {
                "on".into()
            } else {
                String::new()
            },
        }
    }
}

#[cfg(test)]
mod tests;
