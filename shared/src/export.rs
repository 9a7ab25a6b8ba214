//! Exports for the programme team: CSV that opens cleanly in a spreadsheet (RFC 4180 quoting,
//! CRLF line ends, UTF-8 with a byte-order mark) and cannot carry formula injection, and the same
//! rows as JSON. Exports hold figures only: no journal, notes or agendas.

use serde::{Deserialize, Serialize};

/// A partnership's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipRow {
    pub partnership_id: i64,
    pub cohort: String,
    pub coach: String,
    pub partner: String,
    pub objective_area: String,
    pub status: String,
    pub starts_on: String,
    pub ends_on: String,
    pub goals: u32,
    pub goals_done: u32,
    pub mean_progress: u32,
    pub sessions_held: u32,
    pub pace: String,
    pub support_minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRow {
    pub partnership_id: i64,
    pub session_id: i64,
    pub status: String,
    pub medium: String,
    /// RFC 3339 in UTC; empty while only proposed.
    pub starts_at_utc: String,
    pub minutes: u32,
    pub partner_confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursRow {
    pub partnership_id: i64,
    pub on_date: String,
    pub minutes: u32,
    pub category: String,
}

/// Everything exported for a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortExport {
    pub cohort: String,
    pub partnerships: Vec<PartnershipRow>,
    pub sessions: Vec<SessionRow>,
    pub hours: Vec<HoursRow>,
}

/// One CSV cell. A value a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading apostrophe; a value with a comma, a quote, a
/// line break or surrounding spaces is quoted, its quotes doubled.
pub fn cell(value: &str) -> String {
    let risky = value
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    let value = if risky {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    let needs_quotes =
        value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A CSV file: a byte-order mark, a header row, then the rows; CRLF line ends.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(header.iter().map(|h| cell(h)).collect()));
    for r in rows {
        out.push_str(&line(r.iter().map(|c| cell(c)).collect()));
    }
    out
}

impl CohortExport {
    pub fn partnerships_csv(&self) -> String {
        csv(
            &[
                "partnership_id",
                "cohort",
                "coach",
                "partner",
                "objective_area",
                "status",
                "starts_on",
                "ends_on",
                "goals",
                "goals_done",
                "mean_progress",
                "sessions_held",
                "pace",
                "support_minutes",
            ],
            &self
                .partnerships
                .iter()
                .map(|p| {
                    vec![
                        p.partnership_id.to_string(),
                        p.cohort.clone(),
                        p.coach.clone(),
                        p.partner.clone(),
                        p.objective_area.clone(),
                        p.status.clone(),
                        p.starts_on.clone(),
                        p.ends_on.clone(),
                        p.goals.to_string(),
                        p.goals_done.to_string(),
                        p.mean_progress.to_string(),
                        p.sessions_held.to_string(),
                        p.pace.clone(),
                        p.support_minutes.to_string(),
                    ]
                })
                .collect::<Vec<_>>(),
        )
    }

    pub fn sessions_csv(&self) -> String {
        csv(
            &[
                "partnership_id",
                "session_id",
                "status",
                "medium",
                "starts_at_utc",
                "minutes",
                "partner_confirmed",
            ],
            &self
                .sessions
                .iter()
                .map(|s| {
                    vec![
                        s.partnership_id.to_string(),
                        s.session_id.to_string(),
                        s.status.clone(),
                        s.medium.clone(),
                        s.starts_at_utc.clone(),
                        s.minutes.to_string(),
                        s.partner_confirmed.to_string(),
                    ]
                })
                .collect::<Vec<_>>(),
        )
    }

    pub fn hours_csv(&self) -> String {
        csv(
            &["partnership_id", "on_date", "minutes", "category"],
            &self
                .hours
                .iter()
                .map(|h| {
                    vec![
                        h.partnership_id.to_string(),
                        h.on_date.clone(),
                        h.minutes.to_string(),
                        h.category.clone(),
                    ]
                })
                .collect::<Vec<_>>(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_quoting_follows_rfc_4180() {
        assert_eq!(cell("Anna Keller"), "Anna Keller");
        assert_eq!(
            cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("Phnom Penh, Cambodia"), "\"Phnom Penh, Cambodia\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell(" padded "), "\" padded \"");
        assert_eq!(cell("Sophea Chan — សុភា"), "Sophea Chan — សុភា");
    }

    #[test]
    fn a_file_has_a_bom_a_header_and_crlf_rows() {
        let f = csv(
            &["a", "b"],
            &[
                vec!["1".into(), "=2".into()],
                vec!["x,y".into(), "z".into()],
            ],
        );
        assert_eq!(f, "\u{feff}a,b\r\n1,'=2\r\n\"x,y\",z\r\n");
    }
}
