//! The chair's review of coach applications: the queue's rows and filters, one application
//! with its private notes, and the decision and note forms.

use crate::application::{ApplicationForm, ApplicationStatus, CvInfo};
use serde::{Deserialize, Serialize};

/// One row of the chair's review queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub position: String,
    pub institution: String,
    pub country: String,
    pub time_zone: String,
    pub expertise: Vec<String>,
    pub status: ApplicationStatus,
    pub submitted_at_utc: String,
}

/// The review queue's filters, from the query string (all optional).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewFilter {
    pub status: String,
    pub area: String,
    pub country: String,
    pub zone: String,
    pub q: String,
    /// "newest" (default), "oldest" or "name".
    pub sort: String,
}

impl ReviewFilter {
    /// Whether a row passes the filters (case-insensitive search on name, email, institution).
    pub fn keeps(&self, row: &ApplicationSummary) -> bool {
        let q = self.q.trim().to_lowercase();
        (self.status.is_empty() || row.status.code() == self.status)
            && (self.area.is_empty() || row.expertise.contains(&self.area))
            && (self.country.trim().is_empty()
                || row.country.eq_ignore_ascii_case(self.country.trim()))
            && (self.zone.trim().is_empty() || row.time_zone.starts_with(self.zone.trim()))
            && (q.is_empty()
                || row.name.to_lowercase().contains(&q)
                || row.email.contains(&q)
                || row.institution.to_lowercase().contains(&q))
    }

    /// Filters and sorts rows as the queue shows them.
    pub fn apply(&self, mut rows: Vec<ApplicationSummary>) -> Vec<ApplicationSummary> {
        rows.retain(|r| self.keeps(r));
        match self.sort.as_str() {
            "oldest" => rows.sort_by(|a, b| a.submitted_at_utc.cmp(&b.submitted_at_utc)),
            "name" => rows.sort_by_key(|r| r.name.to_lowercase()),
            _ => rows.sort_by(|a, b| b.submitted_at_utc.cmp(&a.submitted_at_utc)),
        }
        rows
    }
}

/// A private note of the programme team on an application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewNote {
    pub author: String,
    pub body: String,
    /// When it was written, on the viewer's clock ("Sun 29 Nov 2026, 22:05").
    pub created_at_local: String,
}

/// One application as the chair reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationDetail {
    pub id: i64,
    pub cohort_name: String,
    pub form: ApplicationForm,
    pub status: ApplicationStatus,
    pub cv: Option<CvInfo>,
    pub notes: Vec<ReviewNote>,
    pub submitted_at_utc: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, status: ApplicationStatus, area: &str, at: &str) -> ApplicationSummary {
        ApplicationSummary {
            id: 1,
            name: name.into(),
            email: format!("{}@lib.org", name.to_lowercase()),
            position: "Director".into(),
            institution: "City Library".into(),
            country: "Canada".into(),
            time_zone: "America/Toronto".into(),
            expertise: vec![area.into()],
            status,
            submitted_at_utc: at.into(),
        }
    }

    #[test]
    fn filters_combine_and_sorting_is_stable() {
        let rows = vec![
            row(
                "Zoe",
                ApplicationStatus::Submitted,
                "training",
                "2026-01-02T00:00:00Z",
            ),
            row(
                "Adam",
                ApplicationStatus::Shortlisted,
                "collections",
                "2026-01-03T00:00:00Z",
            ),
            row(
                "Mia",
                ApplicationStatus::Submitted,
                "collections",
                "2026-01-01T00:00:00Z",
            ),
        ];
        let names = |f: ReviewFilter| {
            f.apply(rows.clone())
                .into_iter()
                .map(|r| r.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(ReviewFilter::default()), vec!["Adam", "Zoe", "Mia"]);
        assert_eq!(
            names(ReviewFilter {
                sort: "name".into(),
                ..Default::default()
            }),
            vec!["Adam", "Mia", "Zoe"]
        );
        assert_eq!(
            names(ReviewFilter {
                status: "submitted".into(),
                area: "collections".into(),
                ..Default::default()
            }),
            vec!["Mia"]
        );
        assert_eq!(
            names(ReviewFilter {
                q: "ZO".into(),
                ..Default::default()
            }),
            vec!["Zoe"]
        );
        assert_eq!(
            names(ReviewFilter {
                country: "canada".into(),
                zone: "America".into(),
                sort: "oldest".into(),
                ..Default::default()
            }),
            vec!["Mia", "Zoe", "Adam"]
        );
        assert!(
            names(ReviewFilter {
                zone: "Europe".into(),
                ..Default::default()
            })
            .is_empty()
        );
    }
}

/// The chair's decision form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionForm {
    pub application_id: i64,
    pub status: String,
}

/// The chair's note form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteForm {
    pub application_id: i64,
    pub body: String,
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

/// The chair's confirmed request to delete a declined applicant's CV.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvDeletion {
    pub application_id: i64,
}
