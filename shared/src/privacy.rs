//! The privacy notice: who holds the data, what is kept and for how long, who sees what, and how
//! a person gets or erases their own. The contact and the periods come from the programme's
//! settings; the rest states what the code does.

use serde::{Deserialize, Serialize};

/// What the notice needs from the programme's settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyNotice {
    pub programme_name: String,
    pub chair_name: String,
    pub contact_email: String,
    /// Each cohort's periods, newest first.
    pub cohorts: Vec<CohortPeriods>,
    /// Days a sent message is kept; days an audit line is kept.
    pub outbox_days: i32,
    pub audit_days: i32,
}

/// How long a cohort keeps each kind of record, in days.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortPeriods {
    pub cohort: String,
    /// After the decision.
    pub declined_cv: i32,
    /// After the call's deadline.
    pub draft: i32,
    /// After the year starts.
    pub undecided: i32,
    /// After the year ends, unless both members keep it.
    pub journal: i32,
}

/// One kind of record: what it is, who sees it, how long it stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kept {
    pub what: &'static str,
    pub seen_by: &'static str,
    pub how_long: &'static str,
}

/// The records Tandem keeps, in the order a person meets them. The rules here are the ones the
/// server enforces (see each service's access checks).
pub const KEPT: &[Kept] = &[
    Kept {
        what: "An application to coach: your details, statement and CV",
        seen_by: "You (with your private link) and the programme team",
        how_long: "A draft never sent, an undecided application, a declined application's CV: the days set for its cohort (below), then deleted. An accepted coach's CV: until the partnership year ends. Otherwise until you withdraw, or ask for erasure",
    },
    Kept {
        what: "Your account: name, email, time zone, languages, and what you choose to show your pair (institution, introduction, phone, WhatsApp)",
        seen_by: "You and the programme team; the other member of your pair sees only what you choose",
        how_long: "Until you ask for erasure",
    },
    Kept {
        what: "A partner's intake: library, position, city, connectivity, preferred times, objective and need",
        seen_by: "You, the programme team, and your coach once you are matched",
        how_long: "One for each cohort you take part in, until you ask for erasure",
    },
    Kept {
        what: "What a pair writes: sessions, goals, milestones, resources, introductions",
        seen_by: "The two members of the pair; the programme team sees figures (how many, when), not notes",
        how_long: "While either member has an account; a session's notes go with the journal (below). Figures stay for the programme's reports",
    },
    Kept {
        what: "An entry in the pair's journal",
        seen_by: "The two members of the pair; the programme team only if its author shares it",
        how_long: "Until the days set for the cohort after the year ends (below), unless both members choose to keep it; an erased author's entries go with them",
    },
    Kept {
        what: "A concern raised with the programme team",
        seen_by: "Its author and the programme team; the other member of the pair only if the author shares it. Every read is logged",
        how_long: "Until erased",
    },
    Kept {
        what: "An end-of-year evaluation",
        seen_by: "Its author and the programme team; never the other member. A quote is used in a report only if its author allowed it, without their name",
        how_long: "Until erased",
    },
    Kept {
        what: "The audit log: who read or changed a confidential record, and when (never the record's content)",
        seen_by: "The programme team",
        how_long: "The days the programme sets (below)",
    },
    Kept {
        what: "Messages Tandem sends you, and sign-in sessions",
        seen_by: "You and the programme team",
        how_long: "Messages (and any private link in them): the days the programme sets (below). Sign-in sessions: until you sign out or they expire",
    },
];

/// Days between an erasure request and its running, for the chair to object.
pub const OBJECTION_DAYS: i64 = 7;

/// Where an erasure request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ErasureStatus {
    /// Runs when the week is out, unless the chair objects or the person withdraws it.
    Waiting,
    Objected,
    Withdrawn,
    Done,
}

impl ErasureStatus {
    pub fn code(self) -> &'static str {
        match self {
            ErasureStatus::Waiting => "waiting",
            ErasureStatus::Objected => "objected",
            ErasureStatus::Withdrawn => "withdrawn",
            ErasureStatus::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<ErasureStatus> {
        [
            ErasureStatus::Waiting,
            ErasureStatus::Objected,
            ErasureStatus::Withdrawn,
            ErasureStatus::Done,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ErasureStatus::Waiting => "Waiting",
            ErasureStatus::Objected => "The chair objected",
            ErasureStatus::Withdrawn => "Withdrawn",
            ErasureStatus::Done => "Erased",
        }
    }
}

/// An erasure request, as its author or the chair sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureView {
    pub id: i64,
    pub status: ErasureStatus,
    /// Who asked (for the chair): a name and address while waiting, "a former participant" after.
    pub who: String,
    /// "An account" or "An application".
    pub what: String,
    /// When it was asked, and when it runs, in the viewer's zone.
    pub requested: String,
    pub runs: String,
    pub objection: String,
    /// What was removed and kept, in figures.
    pub summary: String,
    /// What the chair should know before it runs (an active partnership, an open concern).
    pub context: Vec<String>,
}

/// The chair's list of erasure requests: waiting ones first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureList {
    pub waiting: Vec<ErasureView>,
    pub decided: Vec<ErasureView>,
}

/// The chair objects to an erasure request, with the reason the person is told.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectionForm {
    pub request_id: i64,
    #[serde(default)]
    pub reason: String,
}

impl ObjectionForm {
    /// The reason, trimmed; a specific message when it is missing or too long.
    pub fn validate(&self) -> Result<String, crate::FieldErrors> {
        let reason = self.reason.trim();
        let mut e = crate::FieldErrors::default();
        if reason.is_empty() {
            e.add(
                "reason",
                crate::errors::Message::key("error-objection-reason", &[]),
            );
        } else if reason.chars().count() > 2000 {
            e.add(
                "reason",
                crate::errors::Message::key("error-objection-long", &[]),
            );
        }
        e.into_result(reason.to_owned())
    }
}

/// A person asks for their account to be erased; they tick that they understand what goes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureAsk {
    #[serde(default)]
    pub understood: String,
    /// The page's request key: the form always sends something, even with the box unticked
    /// (asking twice answers the same request in any case).
    #[serde(default)]
    pub request_key: String,
}

impl ErasureAsk {
    pub fn validate(&self) -> Result<(), crate::FieldErrors> {
        if self.understood.is_empty() {
            return Err(crate::FieldErrors::single(
                "understood",
                "Tick the box to say you understand what erasure removes.",
            ));
        }
        Ok(())
    }
}

/// One erasure request, named for a withdrawal or the chair's confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureChoice {
    pub request_id: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_objection_needs_a_reason_the_person_can_read() {
        let blank = ObjectionForm {
            request_id: 1,
            reason: "  ".into(),
        };
        assert!(blank.validate().unwrap_err().first("reason").is_some());
        let long = ObjectionForm {
            request_id: 1,
            reason: "x".repeat(2001),
        };
        assert!(long.validate().unwrap_err().first("reason").is_some());
        let fine = ObjectionForm {
            request_id: 1,
            reason: " An open concern needs it. ".into(),
        };
        assert_eq!(fine.validate().unwrap(), "An open concern needs it.");
        for s in [
            ErasureStatus::Waiting,
            ErasureStatus::Objected,
            ErasureStatus::Withdrawn,
            ErasureStatus::Done,
        ] {
            assert_eq!(ErasureStatus::from_code(s.code()), Some(s));
        }
    }

    #[test]
    fn every_kind_of_record_says_who_sees_it_and_for_how_long() {
        for k in KEPT {
            assert!(!k.what.is_empty() && !k.seen_by.is_empty() && !k.how_long.is_empty());
        }
        // The journal's rule is the code's: the programme team reads only what its author shares.
        assert!(
            KEPT.iter().any(|k| k.what.contains("journal")
                && k.seen_by.contains("only if its author shares it"))
        );
    }
}
