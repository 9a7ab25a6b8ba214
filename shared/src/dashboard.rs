//! The chair's dashboard for a cohort: one row of figures per partnership, counts by area and
//! status, and the series its charts draw.

use crate::compliance::MonthBand;
use crate::partnership::{CohortChoice, PartnershipStatus};
use crate::schedule::PaceStatus;
use serde::{Deserialize, Serialize};

/// Filters and order, from the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct DashboardFilter {
    pub cohort: String,
    pub area: String,
    pub status: String,
    /// "1": only partnerships with an open alert.
    pub alerted: String,
    /// "pair" (default), "sessions", "hours", "progress", "alerts".
    pub sort: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardRow {
    pub id: i64,
    pub coach: String,
    pub partner: String,
    pub coach_now: String,
    pub partner_now: String,
    pub coach_place: String,
    pub partner_place: String,
    pub area_code: String,
    pub area_title: String,
    pub status: PartnershipStatus,
    /// Where the year stands on the reader's date ([`crate::partnership::year_position`]).
    pub year_position: crate::errors::Message,
    pub sessions_held: u32,
    /// The cohort's minimum of sessions.
    #[serde(default)]
    pub min_sessions: u32,
    pub pace: PaceStatus,
    pub pace_reason: String,
    /// On the chair's clock.
    pub next_session: Option<String>,
    pub hours_this_month: u32,
    pub band_min: u32,
    pub band_max: u32,
    pub month_band: MonthBand,
    pub goals: u32,
    pub goal_progress: u32,
    /// The latest held session or journal entry, on the chair's clock.
    pub last_contact: Option<String>,
    pub open_concerns: u32,
    pub alerts: Vec<String>,
    /// Support minutes for each month of the partnership year, in order.
    pub hours_by_month: Vec<u32>,
    /// Months of the year that have ended with support within or above the band.
    #[serde(default)]
    pub months_in_band: u32,
    /// Months of the year that have ended.
    #[serde(default)]
    pub months_ended: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardView {
    pub cohort: CohortChoice,
    pub cohorts: Vec<CohortChoice>,
    pub filter: DashboardFilter,
    pub rows: Vec<DashboardRow>,
    /// Over the whole cohort, whatever the filters.
    pub total: u32,
    /// (area code, partnerships) and (status code, partnerships).
    pub by_area: Vec<(String, u32)>,
    pub by_status: Vec<(String, u32)>,
    /// Sessions held across the cohort per calendar month: ("Aug 2026", n).
    pub sessions_per_month: Vec<(String, u32)>,
}

/// Orders rows as the filter asks; ties by pair name.
pub fn sort_rows(rows: &mut [DashboardRow], sort: &str) {
    rows.sort_by(|a, b| {
        let key = match sort {
            "sessions" => a.sessions_held.cmp(&b.sessions_held),
            "hours" => a.hours_this_month.cmp(&b.hours_this_month),
            "progress" => a.goal_progress.cmp(&b.goal_progress),
            "alerts" => b.alerts.len().cmp(&a.alerts.len()),
            _ => std::cmp::Ordering::Equal,
        };
        key.then_with(|| a.coach.cmp(&b.coach))
            .then_with(|| a.partner.cmp(&b.partner))
    });
}

/// Keeps the rows the filter asks for.
pub fn keep(row: &DashboardRow, f: &DashboardFilter) -> bool {
    (f.area.is_empty() || row.area_code == f.area)
        && (f.status.is_empty() || row.status.code() == f.status)
        && (f.alerted != "1" || !row.alerts.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(coach: &str, sessions: u32, alerts: usize, area: &str) -> DashboardRow {
        DashboardRow {
            id: 1,
            coach: coach.into(),
            partner: "P".into(),
            coach_now: String::new(),
            partner_now: String::new(),
            coach_place: String::new(),
            partner_place: String::new(),
            area_code: area.into(),
            area_title: String::new(),
            status: PartnershipStatus::Active,
            year_position: crate::errors::Message::from(""),
            sessions_held: sessions,
            min_sessions: 6,
            pace: PaceStatus::OnTrack,
            pace_reason: String::new(),
            next_session: None,
            hours_this_month: 0,
            band_min: 120,
            band_max: 300,
            month_band: MonthBand::InProgress,
            goals: 0,
            goal_progress: 0,
            last_contact: None,
            open_concerns: 0,
            alerts: vec!["a".into(); alerts],
            hours_by_month: vec![],
            months_in_band: 0,
            months_ended: 0,
        }
    }

    #[test]
    fn rows_filter_and_sort_as_asked() {
        let mut rows = vec![
            row("B", 3, 0, "training"),
            row("A", 1, 2, "collections"),
            row("C", 2, 1, "training"),
        ];
        sort_rows(&mut rows, "");
        assert_eq!(
            rows.iter().map(|r| r.coach.as_str()).collect::<String>(),
            "ABC"
        );
        sort_rows(&mut rows, "sessions");
        assert_eq!(
            rows.iter().map(|r| r.coach.as_str()).collect::<String>(),
            "ACB"
        );
        sort_rows(&mut rows, "alerts");
        assert_eq!(
            rows.iter().map(|r| r.coach.as_str()).collect::<String>(),
            "ACB"
        );
        let f = DashboardFilter {
            area: "training".into(),
            alerted: "1".into(),
            ..Default::default()
        };
        let kept: Vec<&str> = rows
            .iter()
            .filter(|r| keep(r, &f))
            .map(|r| r.coach.as_str())
            .collect();
        assert_eq!(kept, ["C"]);
    }
}
