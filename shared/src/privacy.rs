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
    /// Each cohort's name with the days a declined applicant's CV is kept after the decision.
    pub cv_retention: Vec<(String, i32)>,
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
        how_long: "A declined application's CV: the days set for its cohort (below), then deleted. Other applications: until you withdraw, or ask for erasure",
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
        how_long: "Until erased",
    },
    Kept {
        what: "An entry in the pair's journal",
        seen_by: "The two members of the pair; the programme team only if its author shares it",
        how_long: "Until erased",
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
        what: "Messages Tandem sends you, and sign-in sessions",
        seen_by: "You and the programme team",
        how_long: "Until erased",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

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
