//! Support hours, alerts and confidential difficulty reports: the forms, their rules and what
//! the pages show.

use crate::compliance::Compliance;
use crate::partnership::PartnershipHead;
use crate::{FieldErrors, validate};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

code_enum!(HoursCategory {
    Collating = "collating" / "Collating resources",
    Answering = "answering" / "Answering questions",
    Connecting = "connecting" / "Connecting to experts",
    Preparing = "preparing" / "Preparing sessions",
    Other = "other" / "Other",
});

code_enum!(ConcernCategory {
    Engagement = "engagement" / "Engagement or communication",
    Scheduling = "scheduling" / "Scheduling or connectivity",
    Scope = "scope" / "The objective or its scope",
    Wellbeing = "wellbeing" / "Workload or wellbeing",
    Conduct = "conduct" / "Conduct or confidentiality",
    Other = "other" / "Something else",
});

code_enum!(Severity {
    Low = "low" / "Low: for your information",
    Medium = "medium" / "Medium: needs attention",
    High = "high" / "High: needs action now",
});

code_enum!(ConcernStatus {
    New = "new" / "New",
    Acknowledged = "acknowledged" / "Acknowledged",
    InProgress = "in_progress" / "In progress",
    Resolved = "resolved" / "Resolved",
});

/// "90", "1:30", "1h30", "1.5h" -> minutes (1 to 600 in one entry).
pub fn parse_minutes(raw: &str) -> Result<u32, crate::errors::Message> {
    let raw = raw.trim().to_ascii_lowercase().replace(' ', "");
    let bad = || crate::errors::Message::key("error-minutes-shape", &[]);
    if raw.is_empty() {
        return Err(crate::errors::Message::key("error-minutes-missing", &[]));
    }
    let minutes = if let Some(h) = raw
        .strip_suffix('h')
        .filter(|h| !h.contains(':') && !h.contains('h'))
    {
        let h: f64 = h.parse().map_err(|_| bad())?;
        if !(0.0..=24.0).contains(&h) {
            return Err(bad());
        }
        (h * 60.0).round() as u32
    } else if let Some((h, m)) = raw.split_once(':').or_else(|| raw.split_once('h')) {
        let h: u32 = h.parse().map_err(|_| bad())?;
        let m: u32 = if m.is_empty() {
            0
        } else {
            m.trim_end_matches('m').parse().map_err(|_| bad())?
        };
        if m >= 60 {
            return Err(bad());
        }
        // Checked: a huge number of hours must not wrap round to a small one.
        h.checked_mul(60)
            .and_then(|h| h.checked_add(m))
            .unwrap_or(u32::MAX)
    } else {
        let digits = raw.trim_end_matches("min").trim_end_matches('m');
        match digits.parse::<u32>() {
            Ok(m) => m,
            // All digits but too big for a number: more than any entry can hold.
            Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => u32::MAX,
            Err(_) => return Err(bad()),
        }
    };
    match minutes {
        0 => Err(crate::errors::Message::key("error-minutes-zero", &[])),
        m if m > 600 => Err(crate::errors::Message::key("error-minutes-long", &[])),
        m => Ok(m),
    }
}

/// Support time outside meetings, new (`entry_id` 0) or changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HoursForm {
    pub partnership_id: i64,
    pub entry_id: i64,
    pub on_date: String,
    pub minutes: String,
    pub category: String,
    pub note: String,
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoursEntry {
    pub on_date: Date,
    pub minutes: u32,
    pub category: HoursCategory,
    pub note: String,
}

impl HoursForm {
    /// Checks the entry: within the partnership, not in the future (on the coach's `today`).
    pub fn validate(&self, start: Date, end: Date, today: Date) -> Result<HoursEntry, FieldErrors> {
        let mut e = FieldErrors::new();
        let on_date = match crate::partnership::parse_date(&self.on_date, "what-date") {
            Ok(d) if d > today => {
                e.add(
                    "on_date",
                    crate::errors::Message::key("error-hours-future", &[]),
                );
                d
            }
            Ok(d) if d < start || d > end => {
                e.add(
                    "on_date",
                    crate::errors::Message::key("error-hours-date", &[]),
                );
                d
            }
            Ok(d) => d,
            Err(m) => {
                e.add("on_date", m);
                today
            }
        };
        let minutes = e.take("minutes", parse_minutes(&self.minutes));
        let category = HoursCategory::from_code(&self.category);
        if category.is_none() {
            e.add(
                "category",
                crate::errors::Message::key("error-hours-category", &[]),
            );
        }
        let note = e.take("note", validate::text(&self.note, "what-note", 0, 1_000));
        e.into_result(HoursEntry {
            on_date,
            minutes,
            category: category.unwrap_or(HoursCategory::Other),
            note,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursEntryView {
    pub id: i64,
    pub on_date: String,
    pub minutes: u32,
    pub category: String,
    pub category_label: String,
    /// Empty for the programme team, who see figures only.
    pub note: String,
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlertView {
    pub kind: String,
    pub message: String,
    pub raised_at_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursView {
    pub head: PartnershipHead,
    pub compliance: Compliance,
    pub entries: Vec<HoursEntryView>,
    pub alerts: Vec<AlertView>,
    /// The coach of a current partnership logs time.
    pub can_log: bool,
    /// The coach's today, the default date of a new entry.
    pub today: String,
}

/// A concern raised with the programme team.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConcernForm {
    /// 0: about no partnership (someone not yet matched, or whose partnership ended).
    pub partnership_id: i64,
    pub category: String,
    pub severity: String,
    pub description: String,
    pub share_with_pair: String,
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

/// The author of a concern answers in its thread.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConcernReplyForm {
    pub concern_id: i64,
    pub reply: String,
    /// Made by the page once per form: a resend of the same form stores nothing new.
    pub request_key: String,
}

impl ConcernForm {
    pub fn validate(&self) -> Result<(ConcernCategory, Severity, String, bool), FieldErrors> {
        let mut e = FieldErrors::new();
        if self.partnership_id < 0 {
            e.add(
                "partnership_id",
                crate::errors::Message::key("error-concern-partnership", &[]),
            );
        }
        let category = ConcernCategory::from_code(&self.category);
        if category.is_none() {
            e.add(
                "category",
                crate::errors::Message::key("error-concern-category", &[]),
            );
        }
        let severity = Severity::from_code(&self.severity);
        if severity.is_none() {
            e.add(
                "severity",
                crate::errors::Message::key("error-concern-severity", &[]),
            );
        }
        let description = e.take(
            "description",
            validate::text(&self.description, "what-happening", 10, 5_000),
        );
        e.into_result((
            category.unwrap_or(ConcernCategory::Other),
            severity.unwrap_or(Severity::Medium),
            description,
            crate::partnership::checked(&self.share_with_pair),
        ))
    }
}

/// The programme team handles a concern: status, ownership, a response the author reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConcernUpdateForm {
    pub concern_id: i64,
    pub status: String,
    /// "on" to take ownership.
    pub take_ownership: String,
    pub response: String,
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

/// The author shares a concern with the other member of the pair, or stops.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConcernShareForm {
    pub concern_id: i64,
    pub share: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseView {
    pub author: String,
    pub body: String,
    pub at_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernView {
    pub id: i64,
    pub partnership_id: i64,
    pub pair: String,
    pub author: String,
    pub mine: bool,
    pub category: ConcernCategory,
    pub severity: Severity,
    pub description: String,
    pub shared_with_pair: bool,
    pub status: ConcernStatus,
    pub owner: Option<String>,
    pub created_at_local: String,
    pub updated_at_local: String,
    pub responses: Vec<ResponseView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub who: String,
    pub action: String,
    pub at_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernDetail {
    pub concern: ConcernView,
    /// The programme team sees who read and changed it.
    pub audit: Vec<AuditLine>,
    pub can_handle: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernsView {
    pub concerns: Vec<ConcernView>,
    /// The caller's current partnerships, to raise a concern about: (id, "with Name").
    pub partnerships: Vec<(i64, String)>,
    pub team: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn minutes_are_read_as_people_write_them() {
        assert_eq!(parse_minutes("90"), Ok(90));
        assert_eq!(parse_minutes("1:30"), Ok(90));
        assert_eq!(parse_minutes("1h30"), Ok(90));
        assert_eq!(parse_minutes("2h"), Ok(120));
        assert_eq!(parse_minutes("1.5h"), Ok(90));
        assert_eq!(parse_minutes("45 min"), Ok(45));
        assert!(parse_minutes("0").is_err());
        assert!(parse_minutes("11h").is_err());
        assert!(parse_minutes("1:75").is_err());
        assert!(parse_minutes("a while").is_err());
    }

    #[test]
    fn huge_durations_are_refused_not_wrapped() {
        // 71582789 h * 60 wraps a u32 round to 44 minutes without checked arithmetic.
        for raw in [
            "71582789:00",
            "71582789h",
            "4294967296",
            "99999999999999999999",
            "1.0e30h",
        ] {
            let e = parse_minutes(raw).unwrap_err();
            assert!(
                e.contains("at most 10 hours") || e.contains("Enter the time"),
                "{raw}: {e}"
            );
        }
        assert_eq!(parse_minutes("10:00"), Ok(600));
    }

    #[test]
    fn hours_are_logged_within_the_partnership_and_not_ahead() {
        let (s, e, today) = (date(2027, 3, 1), date(2028, 2, 29), date(2027, 4, 10));
        let form = |d: &str| HoursForm {
            request_key: String::new(),
            partnership_id: 1,
            entry_id: 0,
            on_date: d.into(),
            minutes: "1:30".into(),
            category: "collating".into(),
            note: "Reading list on discovery layers".into(),
        };
        assert_eq!(
            form("2027-04-09").validate(s, e, today).unwrap().minutes,
            90
        );
        assert!(
            form("2027-04-11")
                .validate(s, e, today)
                .unwrap_err()
                .first("on_date")
                .unwrap()
                .contains("future")
        );
        assert!(form("2027-02-28").validate(s, e, today).is_err());
        let bad = HoursForm {
            request_key: String::new(),
            category: "gossip".into(),
            minutes: "".into(),
            ..form("2027-04-01")
        };
        let errors = bad.validate(s, e, today).unwrap_err();
        assert!(errors.first("category").is_some() && errors.first("minutes").is_some());
    }

    #[test]
    fn a_concern_names_its_category_and_severity_and_may_name_no_partnership() {
        let e = ConcernForm::default().validate().unwrap_err();
        for field in ["category", "severity", "description"] {
            assert!(e.first(field).is_some(), "{field}");
        }
        // 0 is "no partnership" (anyone signed in may write to the team); below is nonsense.
        assert!(e.first("partnership_id").is_none());
        let negative = ConcernForm {
            partnership_id: -1,
            ..ConcernForm::default()
        };
        assert!(
            negative
                .validate()
                .unwrap_err()
                .first("partnership_id")
                .is_some()
        );
        let ok = ConcernForm {
            request_key: String::new(),
            partnership_id: 3,
            category: "engagement".into(),
            severity: "high".into(),
            description: "My coach has not answered for five weeks.".into(),
            share_with_pair: "".into(),
        };
        assert!(
            !ok.validate().unwrap().3,
            "private to the team unless shared"
        );
    }
}
