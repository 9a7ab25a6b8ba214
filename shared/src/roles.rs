//! The roles of the programme: the chair, the programme team (applications and concerns, none of
//! the chair's other powers), coaches and partners.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The programme chair: everything the team does, and people, programme texts, matching,
    /// the dashboard, exports and the outbox.
    Chair,
    /// The programme team: handles applications and concerns.
    Team,
    /// An experienced library leader who coaches a partner.
    Coach,
    /// A library director in the partner country.
    Partner,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Chair, Role::Team, Role::Coach, Role::Partner];

    /// The stored and submitted code.
    pub fn code(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::Team => "team",
            Role::Coach => "coach",
            Role::Partner => "partner",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Role::Chair => "Chair",
            Role::Team => "Programme team",
            Role::Coach => "Coach",
            Role::Partner => "Partner",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "chair" => Ok(Role::Chair),
            "team" => Ok(Role::Team),
            "coach" => Ok(Role::Coach),
            "partner" => Ok(Role::Partner),
            _ => Err("Choose chair, programme team, coach or partner".to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.code().parse::<Role>(), Ok(role));
        }
        assert!("admin".parse::<Role>().is_err());
    }
}
