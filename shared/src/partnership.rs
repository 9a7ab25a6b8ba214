//! Partnerships and the pair's workspace: statuses and their moves, goals with milestones, the
//! journal, resources and introductions; the forms, their rules and what the pages show.

use crate::errors::Message;
use crate::i18n::Arg;
use crate::matching::MatchScore;
use crate::programme::ObjectiveArea;
use crate::{FieldErrors, validate};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Where a partnership stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnershipStatus {
    Active,
    Paused,
    Completed,
    EndedEarly,
}

impl PartnershipStatus {
    /// The state inside a sentence ("is paused"), as a message argument in any language.
    pub fn state(self) -> crate::i18n::Arg {
        crate::i18n::Arg::Said(Box::new(crate::errors::Message::key(
            &format!("partnership-state-{}", self.code()),
            &[],
        )))
    }

    pub const ALL: [PartnershipStatus; 4] = [
        PartnershipStatus::Active,
        PartnershipStatus::Paused,
        PartnershipStatus::Completed,
        PartnershipStatus::EndedEarly,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PartnershipStatus::Active => "active",
            PartnershipStatus::Paused => "paused",
            PartnershipStatus::Completed => "completed",
            PartnershipStatus::EndedEarly => "ended_early",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PartnershipStatus::Active => "Active",
            PartnershipStatus::Paused => "Paused",
            PartnershipStatus::Completed => "Completed",
            PartnershipStatus::EndedEarly => "Ended early",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Active and paused partnerships are current: they hold the coach's place and the partner.
    pub fn is_current(self) -> bool {
        matches!(self, PartnershipStatus::Active | PartnershipStatus::Paused)
    }

    /// Alerts are raised only while the pair is at work: not while paused, nor after the end.
    pub fn raises_alerts(self) -> bool {
        self == PartnershipStatus::Active
    }

    /// Whether the year of a partnership in this status has run out on `today`: it then
    /// completes by itself.
    pub fn completes_on(self, ends_on: jiff::civil::Date, today: jiff::civil::Date) -> bool {
        self.is_current() && today > ends_on
    }

    /// Whether the chair may extend it: while current, or once completed by its year's end
    /// (an early ending is final).
    pub fn can_extend(self) -> bool {
        self != PartnershipStatus::EndedEarly
    }

    /// Completed and ended-early partnerships are final.
    pub fn can_move(self, to: PartnershipStatus) -> bool {
        use PartnershipStatus::*;
        matches!(
            (self, to),
            (Active, Paused | Completed | EndedEarly) | (Paused, Active | Completed | EndedEarly)
        )
    }
}

/// A goal's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::NotStarted,
        GoalStatus::InProgress,
        GoalStatus::Done,
        GoalStatus::Dropped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "not_started",
            GoalStatus::InProgress => "in_progress",
            GoalStatus::Done => "done",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "Not started",
            GoalStatus::InProgress => "In progress",
            GoalStatus::Done => "Done",
            GoalStatus::Dropped => "Dropped",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What a journal entry is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JournalKind {
    Success,
    Difficulty,
    Note,
}

impl JournalKind {
    pub const ALL: [JournalKind; 3] = [
        JournalKind::Success,
        JournalKind::Difficulty,
        JournalKind::Note,
    ];

    pub fn code(self) -> &'static str {
        match self {
            JournalKind::Success => "success",
            JournalKind::Difficulty => "difficulty",
            JournalKind::Note => "note",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            JournalKind::Success => "A success",
            JournalKind::Difficulty => "A difficulty",
            JournalKind::Note => "A note",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The pair member's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Coach,
    Partner,
}

/// Whole months from the start to `today`, between 0 and 12.
pub fn months_elapsed(start: Date, today: Date) -> u32 {
    if today <= start {
        return 0;
    }
    whole_months(start, today).clamp(0, 12) as u32
}

fn whole_months(start: Date, today: Date) -> i32 {
    let mut months = (today.year() as i32 - start.year() as i32) * 12 + today.month() as i32
        - start.month() as i32;
    if today.day() < start.day() {
        months -= 1;
    }
    months
}

/// Where the partnership year stands on the reader's `today`, said one way everywhere: "month 4
/// of 12, since 1 Aug 2026" (the month under way, counted from 1), "starts 1 Jun 2027" before
/// it, "year ended 31 May 2028" after. A year extended to 15 months says "of 15".
pub fn year_position(start: Date, end: Date, today: Date) -> Message {
    if today < start {
        return Message::key("year-starts", &[("date", Arg::Date(start.to_string()))]);
    }
    if today > end {
        return Message::key("year-ended", &[("date", Arg::Date(end.to_string()))]);
    }
    let total = end
        .tomorrow()
        .map(|after| whole_months(start, after))
        .unwrap_or(12)
        .max(1);
    let current = (whole_months(start, today) + 1).clamp(1, total);
    Message::key(
        "year-month",
        &[
            ("month", i64::from(current).into()),
            ("months", i64::from(total).into()),
            ("since", Arg::Date(start.to_string())),
        ],
    )
}

/// A checkbox posted as "on" / "true" (or not at all).
pub fn checked(raw: &str) -> bool {
    matches!(raw, "on" | "true" | "yes" | "1")
}

/// "2027-03-01" -> a date, with a message for the field.
pub fn parse_date(raw: &str, what: &str) -> Result<Date, crate::errors::Message> {
    use crate::i18n::Arg;
    let name = crate::validate::what_arg(what);
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(crate::errors::Message::key(
            "error-text-missing",
            &[("what", name)],
        ));
    }
    let date = raw.parse::<Date>().map_err(|_| {
        crate::errors::Message::key(
            "error-date-shape",
            &[("what", name.clone()), ("example", "2027-03-01".into())],
        )
    })?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(crate::errors::Message::key(
            "error-date-years",
            &[
                ("what", name),
                ("first", Arg::Number(i64::from(FIRST_YEAR))),
                ("last", Arg::Number(i64::from(LAST_YEAR))),
            ],
        ));
    }
    Ok(date)
}

/// The years a date typed into Tandem may fall in: a programme year lies well inside them, and
/// a typing slip (0202, 9999) is caught instead of stored.
pub const FIRST_YEAR: i16 = 2000;
pub const LAST_YEAR: i16 = 2100;

/// A web link: http or https, no spaces, at most 2,000 characters.
pub fn web_link(raw: &str) -> Result<String, crate::errors::Message> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(crate::errors::Message::key("error-link-missing", &[]));
    }
    let lower = raw.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.starts_with('/') => {}
        _ => return Err(crate::errors::Message::key("error-link-shape", &[])),
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(crate::errors::Message::key("error-link-spaces", &[]));
    }
    if raw.len() > 2_000 {
        return Err(crate::errors::Message::key("error-link-long", &[]));
    }
    Ok(raw.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Matching

/// The chair's choice of a coach for a partner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MatchForm {
    pub cohort_id: i64,
    pub partner_id: i64,
    pub coach_id: i64,
    /// "on" once the chair has confirmed a coach beyond their capacity.
    pub over_capacity: String,
}

/// The chair adds a coach to a cohort, or sets their capacity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoachPlaceForm {
    pub cohort_id: i64,
    pub coach_id: i64,
    pub capacity: String,
}

pub const CAPACITY_MAX: u32 = 5;

/// The chair states a coach's expertise in a cohort: one "on" per area the coach brings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoachExpertiseForm {
    pub cohort_id: i64,
    pub coach_id: i64,
    pub facilities: String,
    pub collections: String,
    pub advocacy: String,
    pub training: String,
}

impl CoachExpertiseForm {
    /// The areas ticked, in the programme's order (none is allowed: "not stated").
    pub fn areas(&self) -> Vec<ObjectiveArea> {
        ObjectiveArea::ALL
            .into_iter()
            .zip([
                &self.facilities,
                &self.collections,
                &self.advocacy,
                &self.training,
            ])
            .filter(|(_, on)| on.as_str() == "on")
            .map(|(a, _)| a)
            .collect()
    }
}

/// 1 to 5 partners per coach in a cohort.
pub fn parse_capacity(raw: &str) -> Result<u32, crate::errors::Message> {
    match raw.trim().parse::<u32>() {
        Ok(n) if (1..=CAPACITY_MAX).contains(&n) => Ok(n),
        _ => Err(crate::errors::Message::key(
            "error-capacity",
            &[("max", CAPACITY_MAX.into())],
        )),
    }
}

/// A coach as the matching page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachPlace {
    pub id: i64,
    pub name: String,
    pub time_zone: String,
    pub working_hours: String,
    pub languages: Vec<String>,
    pub expertise: Vec<String>,
    /// The same areas by code, for the chair's form.
    #[serde(default)]
    pub expertise_codes: Vec<String>,
    pub capacity: u32,
    pub load: u32,
}

/// One coach suggested for a partner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub coach_id: i64,
    pub coach_name: String,
    pub coach_zone: String,
    pub score: MatchScore,
}

/// A partner waiting for (or matched with) a coach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerToMatch {
    pub id: i64,
    pub name: String,
    pub library: String,
    pub time_zone: String,
    pub working_hours: String,
    pub languages: Vec<String>,
    pub area_code: String,
    pub area_title: String,
    pub need: String,
    /// How they can meet (the intake's label) and when they prefer to, on their clock.
    #[serde(default)]
    pub connectivity: String,
    #[serde(default)]
    pub preferred_times: String,
    /// Set once matched in this cohort: the partnership and its coach.
    pub matched: Option<(i64, String)>,
    /// Ranked best first.
    pub suggestions: Vec<Suggestion>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortChoice {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// The chair's matching page for one cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchingView {
    pub cohort: CohortChoice,
    pub cohorts: Vec<CohortChoice>,
    pub starts_on: String,
    pub ends_on: String,
    pub partners: Vec<PartnerToMatch>,
    pub coaches: Vec<CoachPlace>,
    /// The programme's four areas (code, title), in order.
    #[serde(default)]
    pub areas: Vec<(String, String)>,
    /// People with the coach role who are not in this cohort yet.
    pub other_coaches: Vec<(i64, String)>,
    /// Partners who have not described their library and objective yet.
    pub partners_without_intake: Vec<String>,
}

mod forms;
pub use forms::*;
mod views;
pub use views::*;

#[cfg(test)]
mod tests;
