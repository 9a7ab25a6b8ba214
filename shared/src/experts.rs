//! The programme's pool of experts (`/community/experts`, the programme team's): people outside
//! the programme, without an account, who agreed to be introduced to partners. The team records
//! how to reach each one and when and how they consented. A coach proposes an introduction of
//! their partner to one of them from the pair's introductions page (coaches see names,
//! expertise, languages and zones; never how to reach them); the team makes it, and it becomes
//! one of the pair's introductions, where its outcome is kept, or declines with a reason.

use crate::errors::Message;
use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

pub const EXPERTISE_MAX: usize = 500;
pub const CONTACT_MAX: usize = 500;
pub const CONSENT_NOTE_MAX: usize = 300;
pub const WHY_MAX: usize = 1_000;

code_enum!(ProposalStatus {
    Proposed = "proposed" / "Waiting for the programme team",
    Introduced = "introduced" / "Introduced",
    Declined = "declined" / "Declined",
});

/// The team's form for an expert, as typed (`id` 0: a new one).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExpertForm {
    pub id: i64,
    pub name: String,
    pub expertise: String,
    pub languages: String,
    pub time_zone: String,
    pub contact: String,
    /// "on": the expert agreed to be introduced (recorded with the day).
    pub consent: String,
    pub consent_note: String,
    pub request_key: String,
}

/// A checked expert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewExpert {
    pub name: String,
    pub expertise: String,
    pub languages: Vec<String>,
    pub time_zone: String,
    pub contact: String,
    pub consent_note: String,
}

impl ExpertForm {
    pub fn validate(&self) -> Result<NewExpert, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.take("name", validate::display_name(&self.name));
        let expertise = e.take(
            "expertise",
            validate::text(&self.expertise, "what-expert-expertise", 3, EXPERTISE_MAX),
        );
        let languages = e.take("languages", validate::languages(&self.languages));
        let time_zone = e.take("time_zone", validate::time_zone(&self.time_zone));
        let contact = e.take(
            "contact",
            validate::text(&self.contact, "what-expert-contact", 3, CONTACT_MAX),
        );
        if self.consent != "on" {
            e.add("consent", Message::key("error-expert-consent", &[]));
        }
        let consent_note = e.take(
            "consent_note",
            validate::text(
                &self.consent_note,
                "what-expert-consent-note",
                0,
                CONSENT_NOTE_MAX,
            ),
        );
        e.into_result(NewExpert {
            name,
            expertise,
            languages,
            time_zone,
            contact,
            consent_note,
        })
    }
}

/// An expert as a coach may choose them: no way to reach them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpertChoice {
    pub id: i64,
    pub name: String,
    pub expertise: String,
    pub languages: Vec<String>,
    pub time_zone: String,
}

/// An expert as the team sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpertView {
    pub choice: ExpertChoice,
    pub contact: String,
    /// The day consent was recorded, in the reader's zone.
    pub consent_on: String,
    pub consent_note: String,
    pub retired: bool,
    /// Introductions made to them.
    pub introduced: usize,
    pub form: ExpertForm,
}

/// A coach's request to introduce their partner to an expert.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub partnership_id: i64,
    pub expert_id: i64,
    pub why: String,
    pub request_key: String,
}

impl ProposalForm {
    /// The reason, checked; an expert must be chosen.
    pub fn validate(&self) -> Result<String, FieldErrors> {
        let mut e = FieldErrors::new();
        if self.expert_id <= 0 {
            e.add("expert_id", Message::key("error-proposal-expert", &[]));
        }
        let why = e.take(
            "why",
            validate::text(&self.why, "what-proposal-why", 10, WHY_MAX),
        );
        e.into_result(why)
    }
}

/// The team's answer to a proposal: "introduced", or "declined" with a note for the coach.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub id: i64,
    pub decision: String,
    pub note: String,
}

impl DecisionForm {
    pub fn validate(&self) -> Result<(ProposalStatus, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let status = match ProposalStatus::from_code(self.decision.trim()) {
            Some(s @ (ProposalStatus::Introduced | ProposalStatus::Declined)) => Some(s),
            _ => {
                e.add("decision", Message::key("error-proposal-decision", &[]));
                None
            }
        };
        let min = usize::from(status == Some(ProposalStatus::Declined)) * 5;
        let note = e.take(
            "note",
            validate::text(&self.note, "what-proposal-note", min, WHY_MAX),
        );
        match status {
            Some(s) => e.into_result((s, note)),
            None => Err(e),
        }
    }
}

/// A proposal as its pair and the team see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: i64,
    pub expert: String,
    pub expertise: String,
    pub why: String,
    pub status: ProposalStatus,
    pub proposed_by: String,
    pub proposed_on: String,
    /// The team's note (a reason to decline).
    pub note: String,
    /// For the team: the pair ("coach and partner") and its workspace.
    pub pair: Option<(i64, String)>,
}

/// `/community/experts`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpertsPage {
    pub waiting: Vec<ProposalView>,
    pub decided: Vec<ProposalView>,
    pub experts: Vec<ExpertView>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ExpertForm {
        ExpertForm {
            name: "Dr Malee Suwan".into(),
            expertise: "Digitising photo archives on a small budget".into(),
            languages: "Thai, English".into(),
            time_zone: "Asia/Bangkok".into(),
            contact: "malee@example.org".into(),
            consent: "on".into(),
            consent_note: "Agreed by email".into(),
            ..Default::default()
        }
    }

    #[test]
    fn an_expert_needs_consent_recorded() {
        let ok = form().validate().unwrap();
        assert_eq!(ok.languages, ["Thai", "English"]);
        let e = ExpertForm {
            consent: String::new(),
            time_zone: "Mars Olympus".into(),
            ..form()
        }
        .validate()
        .unwrap_err();
        assert!(e.first("consent").is_some());
        assert!(e.first("time_zone").is_some());
    }

    #[test]
    fn a_proposal_names_an_expert_and_a_reason() {
        let p = ProposalForm {
            partnership_id: 1,
            expert_id: 0,
            why: "short".into(),
            ..Default::default()
        };
        let e = p.validate().unwrap_err();
        assert!(e.first("expert_id").is_some() && e.first("why").is_some());
    }

    #[test]
    fn declining_says_why_and_only_two_answers_are_allowed() {
        let d = |decision: &str, note: &str| DecisionForm {
            id: 1,
            decision: decision.into(),
            note: note.into(),
        };
        assert_eq!(
            d("introduced", "").validate().unwrap(),
            (ProposalStatus::Introduced, String::new())
        );
        assert!(
            d("declined", "")
                .validate()
                .unwrap_err()
                .first("note")
                .is_some()
        );
        assert_eq!(
            d("declined", "She is away until June")
                .validate()
                .unwrap()
                .0,
            ProposalStatus::Declined
        );
        assert!(
            d("proposed", "")
                .validate()
                .unwrap_err()
                .first("decision")
                .is_some()
        );
    }
}
