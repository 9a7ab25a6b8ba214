//! A cohort's stage and how the chair's pages show cohorts.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::CohortForm;

/// Where a cohort stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CohortStage {
    /// The call has not opened yet.
    CallSoon,
    CallOpen,
    /// The call has closed; partnerships have not started.
    Matching,
    UnderWay,
    Completed,
}

impl CohortStage {
    pub fn label(self) -> &'static str {
        match self {
            CohortStage::CallSoon => "Call opens soon",
            CohortStage::CallOpen => "Call open",
            CohortStage::Matching => "Call closed: matching",
            CohortStage::UnderWay => "Under way",
            CohortStage::Completed => "Completed",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            CohortStage::CallSoon => "soon",
            CohortStage::CallOpen => "open",
            CohortStage::Matching => "matching",
            CohortStage::UnderWay => "under_way",
            CohortStage::Completed => "completed",
        }
    }

    /// The stage at `now_ms` with the call's instants, on `today` (the programme's date).
    pub fn at(
        now_ms: i64,
        opens_ms: Option<i64>,
        deadline_ms: i64,
        today: Date,
        starts: Date,
        ends: Date,
    ) -> Self {
        if opens_ms.is_some_and(|o| now_ms < o) {
            CohortStage::CallSoon
        } else if now_ms < deadline_ms {
            CohortStage::CallOpen
        } else if today < starts {
            CohortStage::Matching
        } else if today <= ends {
            CohortStage::UnderWay
        } else {
            CohortStage::Completed
        }
    }
}

/// One cohort in the chair's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortSummary {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub stage: CohortStage,
    /// "Mon 22 Apr 2019, 23:59" on the deadline's clock, with the place.
    pub deadline_local: String,
    pub deadline_place: String,
    pub starts_on: String,
    pub ends_on: String,
    pub partnerships: u32,
    pub applications: u32,
    pub is_demo: bool,
}

/// The chair's cohort page: the form, and what may still change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortEdit {
    pub form: CohortForm,
    pub is_new: bool,
    pub stage: Option<CohortStage>,
    /// Partnerships have been made: the year's dates are fixed.
    pub partnerships: u32,
    /// "The deadline was extended from Mon 22 Apr 2019, 23:59 (London)."
    pub extended_from: Option<String>,
    /// The partners invited into the cohort or in it.
    #[serde(default)]
    pub partners: Vec<super::CohortPartner>,
}
