//! Inviting partners into a cohort: one at a time or a pasted list, one person a line ("Sok
//! Dara, dara@rupp.edu.kh", "Sok Dara <dara@rupp.edu.kh>" or two spreadsheet columns).

use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

/// At most this many people in one list.
pub const MAX_PEOPLE: usize = 60;

/// The chair's form on a cohort's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvitePartnersForm {
    pub cohort: String,
    pub list: String,
    /// The language of the invitation emails ("en", "km"; empty: English).
    pub language: String,
}

/// One person to invite: a name and an address (lower-cased).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitee {
    pub line: usize,
    pub name: String,
    pub email: String,
}

/// One line read: its name and address, or what is wrong with it.
fn read_line(raw: &str) -> Result<(String, String), String> {
    let line = raw.trim();
    let (name, email) = if let (Some(open), true) = (line.rfind('<'), line.ends_with('>')) {
        (&line[..open], &line[open + 1..line.len() - 1])
    } else if let Some((a, b)) = line.rsplit_once([',', '\t', ';']) {
        // "name, address" or, the other way round, "address, name".
        if a.contains('@') && !b.contains('@') {
            (b, a)
        } else {
            (a, b)
        }
    } else {
        return Err(format!(
            "write a name and an address, for example “Sok Dara, dara@library.edu.kh” (found “{line}”)"
        ));
    };
    let name = name.trim().trim_matches(|c| c == ',' || c == '"').trim();
    let email =
        validate::email(email.trim()).map_err(|e| format!("{e} (found “{}”)", email.trim()))?;
    let name = validate::text(name, "what-person-name", 2, 120)?;
    Ok((name, email.to_lowercase()))
}

impl InvitePartnersForm {
    /// Everyone on the list (an address given twice counts once), or one message naming each
    /// line that cannot be read, next to the list.
    pub fn validate(&self) -> Result<Vec<Invitee>, FieldErrors> {
        let mut people: Vec<Invitee> = Vec::new();
        let mut problems = Vec::new();
        for (i, raw) in self.list.lines().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            match read_line(raw) {
                Ok((name, email)) => {
                    if !people.iter().any(|p| p.email == email) {
                        people.push(Invitee {
                            line: i + 1,
                            name,
                            email,
                        });
                    }
                }
                Err(e) => problems.push(format!("Line {}: {e}", i + 1)),
            }
        }
        let mut errors = FieldErrors::new();
        if let Err(m) = crate::account::invitation_language(&self.language) {
            errors.add("language", m);
        }
        if !problems.is_empty() {
            errors.add("list", problems.join(". "));
        } else if people.is_empty() {
            errors.add(
                "list",
                crate::errors::Message::key("error-invite-empty", &[]),
            );
        } else if people.len() > MAX_PEOPLE {
            errors.add(
                "list",
                format!(
                    "Invite at most {MAX_PEOPLE} people at a time; this list has {}",
                    people.len()
                ),
            );
        }
        errors.into_result(people)
    }
}

/// A partner of a cohort, on its page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortPartner {
    pub name: String,
    pub email: String,
    /// Where they stand: "Invited, has not signed in yet", "To describe their objective",
    /// "Objective chosen: …", "Matched with …".
    pub state: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(raw: &str) -> Result<Vec<Invitee>, FieldErrors> {
        InvitePartnersForm {
            cohort: "c".into(),
            list: raw.into(),
            language: String::new(),
        }
        .validate()
    }

    #[test]
    fn a_pasted_list_reads_in_the_usual_shapes() {
        let people = list(
            "Sok Dara, Dara@RUPP.edu.kh\n\n  Chan Sophea <sophea@nuol.edu.kh>\nkim@itc.edu.kh\tKim Heng\n\"Lim, Vanna\", vanna@lib.kh\nSok Dara, dara@rupp.edu.kh",
        )
        .unwrap();
        let got: Vec<(&str, &str)> = people
            .iter()
            .map(|p| (p.name.as_str(), p.email.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Sok Dara", "dara@rupp.edu.kh"),
                ("Chan Sophea", "sophea@nuol.edu.kh"),
                ("Kim Heng", "kim@itc.edu.kh"),
                ("Lim, Vanna", "vanna@lib.kh"),
            ]
        );
        assert_eq!(people[2].line, 4);
    }

    #[test]
    fn each_unreadable_line_is_named() {
        let e = list("Sok Dara, dara@rupp.edu.kh\nJust a name\nX, not-an-address").unwrap_err();
        let m = e.first("list").unwrap();
        assert!(m.contains("Line 2: write a name and an address"), "{m}");
        assert!(m.contains("Line 3: Enter an email address"), "{m}");
        assert!(list("  \n ").unwrap_err().first("list").is_some());
        let many: String = (0..61).map(|i| format!("P {i}, p{i}@lib.kh\n")).collect();
        assert!(
            list(&many)
                .unwrap_err()
                .first("list")
                .unwrap()
                .contains("at most 60")
        );
    }
}
