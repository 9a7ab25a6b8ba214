//! The programme and its cohorts: aims, the four specific-objective areas, what coaches are
//! expected to do, and each cohort's call for participants.

use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

/// One of the four areas a partner chooses their ONE specific objective from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectiveArea {
    FacilitiesAndSpaces,
    CollectionsAndAccess,
    AdvocacyAndServices,
    PeopleAndTraining,
}

impl ObjectiveArea {
    pub const ALL: [ObjectiveArea; 4] = [
        ObjectiveArea::FacilitiesAndSpaces,
        ObjectiveArea::CollectionsAndAccess,
        ObjectiveArea::AdvocacyAndServices,
        ObjectiveArea::PeopleAndTraining,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ObjectiveArea::FacilitiesAndSpaces => "facilities",
            ObjectiveArea::CollectionsAndAccess => "collections",
            ObjectiveArea::AdvocacyAndServices => "advocacy",
            ObjectiveArea::PeopleAndTraining => "training",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// What each coach and partner commits to, in the call's words, accepted on their first
/// sign-in.
pub const COMMITMENTS: [&str; 3] = [
    "Communicate openly, honestly and respectfully",
    "Protect each other's privacy and respect confidentiality: what the pair writes stays with the pair unless its author shares it",
    "Tell the programme team as soon as possible about any difficulty",
];

/// The programme as the public home page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeView {
    pub name: String,
    pub summary: String,
    pub chair_name: String,
    /// Where applicants write with questions (may be empty until the chair sets it).
    pub contact_email: String,
    pub time_zone: String,
    pub general_objectives: Vec<String>,
    pub coach_expectations: Vec<String>,
    pub areas: Vec<AreaView>,
    pub cohorts: Vec<CohortView>,
    #[serde(default)]
    pub outbox_retention_days: u32,
    #[serde(default)]
    pub audit_retention_days: u32,
}

impl ProgrammeView {
    /// The cohort whose call is open now (closing soonest, if several are), else the one whose
    /// call opens next, else the newest.
    pub fn current_cohort(&self) -> Option<&CohortView> {
        self.cohorts
            .iter()
            .filter(|c| c.call_open)
            .min_by(|a, b| a.call_deadline_utc.cmp(&b.call_deadline_utc))
            .or_else(|| self.cohorts.iter().find(|c| c.opens_on.is_some()))
            .or_else(|| self.cohorts.iter().max_by_key(|c| c.starts_on.clone()))
    }

    /// The cohort whose call is open now, if any.
    pub fn open_cohort(&self) -> Option<&CohortView> {
        self.cohorts.iter().find(|c| c.call_open)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaView {
    pub code: String,
    pub title: String,
    pub description: String,
}

/// A cohort and the state of its call, computed by the server clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortView {
    pub slug: String,
    pub name: String,
    pub country: String,
    /// The instant the call closes, RFC 3339 in UTC.
    pub call_deadline_utc: String,
    /// The last minute the call is open (one minute before it closes), RFC 3339 in UTC.
    pub call_open_until_utc: String,
    /// The deadline as the call states it, on its own clock ("Mon 22 Apr 2019, 23:59").
    pub call_deadline_local: String,
    /// The city of the deadline's zone ("London").
    pub deadline_place: String,
    /// The first deadline, on the same clock, once the chair has extended it.
    pub extended_from: Option<String>,
    /// When the call opens, while it has not ("Mon 1 Feb 2027"); none once it has.
    pub opens_on: Option<String>,
    /// The cohort's own words above the programme's.
    pub call_text: String,
    pub min_sessions: u32,
    pub stage: crate::cohort::CohortStage,
    pub starts_on: String,
    pub ends_on: String,
    pub call_open: bool,
    pub is_demo: bool,
}

impl CohortView {
    /// "Partnerships run from 1 Jun 2027 to 31 May 2028." in the tense of the cohort's stage.
    pub fn year_sentence(&self) -> String {
        self.year_sentence_in(crate::time::Style::default())
    }

    /// [`CohortView::year_sentence`] in a reader's style.
    pub fn year_sentence_in(&self, style: crate::time::Style) -> String {
        use crate::cohort::CohortStage;
        use crate::time::format_date_in;
        let from = format_date_in(style, &self.starts_on);
        let to = format_date_in(style, &self.ends_on);
        let key = match self.stage {
            CohortStage::Completed => "cohort-year-past",
            CohortStage::UnderWay => "cohort-year-now",
            _ => "cohort-year-future",
        };
        crate::i18n::tr(style.lang, key, &[("from", from.into()), ("to", to.into())])
    }
}

/// Whether a call is open at `now_ms`: from its opening instant (if any), strictly before the
/// deadline instant.
pub fn call_is_open(now_ms: i64, opens_ms: Option<i64>, deadline_ms: i64) -> bool {
    opens_ms.is_none_or(|o| o <= now_ms) && now_ms < deadline_ms
}

/// The chair's form to edit the programme's texts. Lists are one item per line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeForm {
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub chair_name: String,
    #[serde(default)]
    pub contact_email: String,
    pub general_objectives: String,
    pub coach_expectations: String,
    pub area_facilities: String,
    pub area_collections: String,
    pub area_advocacy: String,
    pub area_training: String,
    #[serde(default)]
    pub outbox_retention_days: String,
    #[serde(default)]
    pub audit_retention_days: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgrammeChange {
    pub name: String,
    pub summary: String,
    pub chair_name: String,
    /// Empty: no address is shown.
    pub contact_email: String,
    pub general_objectives: Vec<String>,
    pub coach_expectations: Vec<String>,
    /// (area code, title) in the order of [`ObjectiveArea::ALL`].
    pub area_titles: Vec<(ObjectiveArea, String)>,
    /// Days a sent message (and a private link in it) is kept; days an audit line is kept.
    pub outbox_retention_days: u32,
    pub audit_retention_days: u32,
}

fn lines(raw: &str, field: &str, what: &str, errors: &mut FieldErrors) -> Vec<String> {
    let items: Vec<String> = raw
        .lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['•', '-', '*'])
                .trim()
                .to_owned()
        })
        .filter(|l| !l.is_empty())
        .collect();
    if items.is_empty() {
        errors.add(
            field,
            crate::errors::Message::key(&format!("error-{what}-none"), &[]),
        );
    } else if items.len() > 20 {
        errors.add(
            field,
            crate::errors::Message::key(&format!("error-{what}-many"), &[]),
        );
    } else if let Some(long) = items.iter().find(|l| l.chars().count() > 300) {
        errors.add(
            field,
            crate::errors::Message::key(
                "error-line-long",
                &[("start", long.chars().take(40).collect::<String>().into())],
            ),
        );
    }
    items
}

impl ProgrammeForm {
    pub fn validate(&self) -> Result<ProgrammeChange, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::text(&self.name, "what-programme-name", 3, 120).unwrap_or_else(|m| {
            errors.add("name", m);
            String::new()
        });
        let summary = validate::text(&self.summary, "what-summary", 20, 2000).unwrap_or_else(|m| {
            errors.add("summary", m);
            String::new()
        });
        let chair_name = errors.take(
            "chair_name",
            validate::text(&self.chair_name, "what-chair-name", 2, 120),
        );
        let contact_email = if self.contact_email.trim().is_empty() {
            String::new()
        } else {
            errors.take("contact_email", validate::email(&self.contact_email))
        };
        let general_objectives = lines(
            &self.general_objectives,
            "general_objectives",
            "objectives",
            &mut errors,
        );
        let coach_expectations = lines(
            &self.coach_expectations,
            "coach_expectations",
            "expectations",
            &mut errors,
        );
        let mut area_titles = Vec::new();
        for (area, raw) in ObjectiveArea::ALL.into_iter().zip([
            &self.area_facilities,
            &self.area_collections,
            &self.area_advocacy,
            &self.area_training,
        ]) {
            let field = format!("area_{}", area.code());
            match validate::text(raw, "what-area-title", 3, 200) {
                Ok(title) => area_titles.push((area, title)),
                Err(m) => errors.add(&field, m),
            }
        }
        let outbox_retention_days = errors.take(
            "outbox_retention_days",
            crate::cohort::whole(&self.outbox_retention_days, "what-outbox-days", 1, 365),
        );
        let audit_retention_days = errors.take(
            "audit_retention_days",
            crate::cohort::whole(&self.audit_retention_days, "what-audit-days", 30, 3650),
        );
        errors.into_result(ProgrammeChange {
            outbox_retention_days,
            audit_retention_days,
            name,
            summary,
            chair_name,
            contact_email,
            general_objectives,
            coach_expectations,
            area_titles,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_codes_round_trip() {
        for area in ObjectiveArea::ALL {
            assert_eq!(ObjectiveArea::from_code(area.code()), Some(area));
        }
        assert_eq!(ObjectiveArea::from_code("other"), None);
    }

    #[test]
    fn call_closes_at_the_deadline_instant() {
        assert!(call_is_open(999, None, 1000));
        assert!(!call_is_open(1000, None, 1000));
        assert!(!call_is_open(499, Some(500), 1000));
        assert!(call_is_open(500, Some(500), 1000));
    }

    #[test]
    fn programme_form_splits_lines_and_reports_each_field() {
        let form = ProgrammeForm {
            name: "IATUL SIG-ALICE Coaching Programme".into(),
            summary: "A one-year coaching partnership for library leaders.".into(),
            chair_name: "Bethany Wilkes".into(),
            contact_email: "not an address".into(),
            general_objectives: "• Build networks\n\n - Share successes ".into(),
            coach_expectations: "Hold at least 6 sessions".into(),
            area_facilities: "Facilities and spaces".into(),
            area_collections: "Collections and access".into(),
            area_advocacy: "".into(),
            area_training: "People and training".into(),
            outbox_retention_days: "30".into(),
            audit_retention_days: "10".into(),
        };
        let errors = form.validate().unwrap_err();
        assert_eq!(errors.summary().len(), 3);
        assert_eq!(
            errors.first("audit_retention_days"),
            Some("Enter the days an audit line is kept from 30 to 3650")
        );
        assert!(errors.first("area_advocacy").is_some());
        assert!(errors.first("contact_email").is_some());
        let ok = ProgrammeForm {
            area_advocacy: "Advocacy and services".into(),
            contact_email: "".into(),
            audit_retention_days: "730".into(),
            ..form
        }
        .validate()
        .unwrap();
        assert_eq!(
            ok.general_objectives,
            vec!["Build networks", "Share successes"]
        );
        assert_eq!(ok.area_titles.len(), 4);
    }
}
