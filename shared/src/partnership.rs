//! Partnerships and the pair's workspace: statuses and their moves, goals with milestones, the
//! journal, resources and introductions; the forms, their rules and what the pages show.

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
    let mut months = (today.year() as i32 - start.year() as i32) * 12 + today.month() as i32
        - start.month() as i32;
    if today.day() < start.day() {
        months -= 1;
    }
    months.clamp(0, 12) as u32
}

/// A checkbox posted as "on" / "true" (or not at all).
pub fn checked(raw: &str) -> bool {
    matches!(raw, "on" | "true" | "yes" | "1")
}

/// "2027-03-01" -> a date, with a message for the field.
pub fn parse_date(raw: &str, what: &str) -> Result<Date, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(format!("Enter {what}"));
    }
    raw.parse::<Date>()
        .map_err(|_| format!("Enter {what} as a date, for example 2027-03-01"))
}

/// A web link: http or https, no spaces, at most 2,000 characters.
pub fn web_link(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("Enter the link, starting with https://".into());
    }
    let lower = raw.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.starts_with('/') => {}
        _ => return Err("Enter a web link that starts with https:// or http://".into()),
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("A link cannot contain spaces".into());
    }
    if raw.len() > 2_000 {
        return Err("The link is too long (2,000 characters at most)".into());
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

/// 1 to 5 partners per coach in a cohort.
pub fn parse_capacity(raw: &str) -> Result<u32, String> {
    match raw.trim().parse::<u32>() {
        Ok(n) if (1..=CAPACITY_MAX).contains(&n) => Ok(n),
        _ => Err(format!(
            "Enter how many partners this coach can take, from 1 to {CAPACITY_MAX}"
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
    /// People with the coach role who are not in this cohort yet.
    pub other_coaches: Vec<(i64, String)>,
    /// Partners who have not described their library and objective yet.
    pub partners_without_intake: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Partnership and workspace

/// A person of the pair with their clock now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairMember {
    pub id: i64,
    pub name: String,
    pub time_zone: String,
    /// "Tue 14:05" on their clock when the page was made.
    pub now_local: String,
}

/// The head of every workspace page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipHead {
    pub id: i64,
    /// None for the programme team.
    pub my_side: Option<Side>,
    pub coach: PairMember,
    pub partner: PairMember,
    pub cohort_name: String,
    pub area_code: String,
    pub area_title: String,
    pub objective: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: PartnershipStatus,
    pub end_reason: String,
    pub months_elapsed: u32,
}

/// A partnership in a list, with its figures (what the chair may see of every partnership).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipFigures {
    pub head: PartnershipHead,
    pub goals_total: u32,
    pub goals_not_started: u32,
    pub goals_in_progress: u32,
    pub goals_done: u32,
    pub goals_dropped: u32,
    /// Mean progress of goals not dropped, 0-100.
    pub mean_progress: u32,
    pub milestones_done: u32,
    pub milestones_total: u32,
    /// Sessions held against the six of the year.
    pub pace: crate::schedule::Pace,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneView {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    pub done: bool,
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalView {
    pub id: i64,
    pub title: String,
    pub outcome: String,
    pub status: GoalStatus,
    pub progress: u32,
    pub milestones: Vec<MilestoneView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub who: String,
    pub at_local: String,
    pub summary: String,
}

/// The overview page of a workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceView {
    pub figures: PartnershipFigures,
    pub goals: Vec<GoalView>,
    pub journal_entries: u32,
    pub resources: u32,
    pub introductions: u32,
    pub alerts: Vec<crate::commitments::AlertView>,
}

/// A goal's own page: the goal, its milestones and its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalDetail {
    pub head: PartnershipHead,
    pub goal: GoalView,
    pub history: Vec<HistoryLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntryView {
    pub id: i64,
    pub author: String,
    pub mine: bool,
    pub kind: JournalKind,
    pub body: String,
    pub shared: bool,
    pub created_at_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalView {
    pub head: PartnershipHead,
    pub entries: Vec<JournalEntryView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceView {
    pub id: i64,
    pub title: String,
    pub url: String,
    pub note: String,
    pub area_code: String,
    pub area_title: String,
    pub added_by: String,
    pub added_at_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourcesView {
    pub head: PartnershipHead,
    pub resources: Vec<ResourceView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntroductionView {
    pub id: i64,
    pub expert: String,
    pub why: String,
    pub outcome: String,
    pub added_by: String,
    pub added_at_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntroductionsView {
    pub head: PartnershipHead,
    pub introductions: Vec<IntroductionView>,
}

/// What the programme team sees of one partnership: figures and what authors shared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamView {
    pub figures: PartnershipFigures,
    pub shared_entries: Vec<JournalEntryView>,
    pub alerts: Vec<crate::commitments::AlertView>,
}

/// A partnership's main page, as the caller may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartnershipPage {
    Pair(WorkspaceView),
    Team(TeamView),
}

/// An in-app notification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: i64,
    pub body: String,
    pub link: String,
    pub at_local: String,
}

// ---------------------------------------------------------------------------------------------
// Forms

/// The chair changes a partnership's status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub partnership_id: i64,
    pub status: String,
    pub reason: String,
}

impl StatusForm {
    pub fn validate(&self) -> Result<(PartnershipStatus, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let status = PartnershipStatus::from_code(&self.status);
        if status.is_none() {
            e.add("status", "Choose the partnership's new status");
        }
        let reason = self.reason.trim().to_owned();
        if status == Some(PartnershipStatus::EndedEarly) && reason.chars().count() < 5 {
            e.add(
                "reason",
                "Say why the partnership ended early (the pair and the team will read it)",
            );
        }
        if reason.chars().count() > 2_000 {
            e.add("reason", "Keep the reason under 2,000 characters");
        }
        e.into_result((status.unwrap_or(PartnershipStatus::Active), reason))
    }
}

/// A goal, new (`goal_id` 0) or changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalForm {
    pub partnership_id: i64,
    pub goal_id: i64,
    pub title: String,
    pub outcome: String,
    pub status: String,
    pub progress: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalChange {
    pub title: String,
    pub outcome: String,
    pub status: GoalStatus,
    pub progress: u32,
}

impl GoalForm {
    pub fn validate(&self) -> Result<GoalChange, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take("title", validate::text(&self.title, "the goal", 3, 160));
        let outcome = e.take(
            "outcome",
            validate::text(
                &self.outcome,
                "the measurable outcome (how you will both know it is reached)",
                3,
                1_000,
            ),
        );
        let status = if self.status.is_empty() {
            Some(GoalStatus::NotStarted)
        } else {
            GoalStatus::from_code(&self.status)
        };
        if status.is_none() {
            e.add("status", "Choose the goal's status");
        }
        let progress = match self.progress.trim().trim_end_matches('%').trim() {
            "" => 0,
            p => match p.parse::<u32>() {
                Ok(n) if n <= 100 => n,
                _ => {
                    e.add(
                        "progress",
                        "Enter the progress as a whole number from 0 to 100",
                    );
                    0
                }
            },
        };
        let status = status.unwrap_or(GoalStatus::NotStarted);
        let progress = if status == GoalStatus::Done {
            100
        } else {
            progress
        };
        e.into_result(GoalChange {
            title,
            outcome,
            status,
            progress,
        })
    }
}

/// A milestone of a goal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MilestoneForm {
    pub partnership_id: i64,
    pub goal_id: i64,
    pub milestone_title: String,
    pub due_on: String,
    /// "sessions" when sent from the sessions page (an agreed action): the person goes back there.
    pub from: String,
}

impl MilestoneForm {
    /// Checks the milestone; its date must fall within the partnership year.
    pub fn validate(&self, starts: Date, ends: Date) -> Result<(String, Date), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take(
            "milestone_title",
            validate::text(&self.milestone_title, "the milestone", 3, 160),
        );
        let due = match parse_date(&self.due_on, "the due date") {
            Ok(d) if d < starts || d > ends => {
                e.add(
                    "due_on",
                    format!(
                        "Choose a due date within the partnership year, {} to {}",
                        starts.strftime("%-d %b %Y"),
                        ends.strftime("%-d %b %Y")
                    ),
                );
                d
            }
            Ok(d) => d,
            Err(m) => {
                e.add("due_on", m);
                starts
            }
        };
        e.into_result((title, due))
    }
}

/// Marks a milestone done or not done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MilestoneDoneForm {
    pub partnership_id: i64,
    pub milestone_id: i64,
    pub done: String,
}

/// A journal entry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JournalForm {
    pub partnership_id: i64,
    pub kind: String,
    pub body: String,
    /// "on" to share this entry with the programme team.
    pub share: String,
}

impl JournalForm {
    pub fn validate(&self) -> Result<(JournalKind, String, bool), FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = JournalKind::from_code(&self.kind);
        if kind.is_none() {
            e.add(
                "kind",
                "Choose what the entry is about: a success, a difficulty or a note",
            );
        }
        let body = e.take("body", validate::text(&self.body, "the entry", 2, 5_000));
        e.into_result((
            kind.unwrap_or(JournalKind::Note),
            body,
            checked(&self.share),
        ))
    }
}

/// The author shares an entry with the programme team, or stops sharing it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShareForm {
    pub partnership_id: i64,
    pub entry_id: i64,
    pub share: String,
}

/// A resource the coach collates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceForm {
    pub partnership_id: i64,
    pub title: String,
    pub url: String,
    pub note: String,
    pub area: String,
}

impl ResourceForm {
    pub fn validate(&self) -> Result<(String, String, String, ObjectiveArea), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take("title", validate::text(&self.title, "a title", 2, 160));
        let url = e.take("url", web_link(&self.url));
        let note = e.take(
            "note",
            validate::text(&self.note, "a note on why it helps", 0, 2_000),
        );
        let area = ObjectiveArea::from_code(&self.area);
        if area.is_none() {
            e.add("area", "Choose the objective area this resource serves");
        }
        e.into_result((
            title,
            url,
            note,
            area.unwrap_or(ObjectiveArea::CollectionsAndAccess),
        ))
    }
}

/// An introduction to an expert, new (`introduction_id` 0) or with its outcome updated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntroductionForm {
    pub partnership_id: i64,
    pub introduction_id: i64,
    pub expert: String,
    pub why: String,
    pub outcome: String,
}

impl IntroductionForm {
    pub fn validate(&self) -> Result<(String, String, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let expert = e.take(
            "expert",
            validate::text(&self.expert, "who the expert is", 2, 200),
        );
        let why = e.take(
            "why",
            validate::text(&self.why, "why you connected them", 3, 2_000),
        );
        let outcome = e.take(
            "outcome",
            validate::text(&self.outcome, "the outcome", 0, 2_000),
        );
        e.into_result((expert, why, outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn final_statuses_do_not_move() {
        use PartnershipStatus::*;
        assert!(Active.can_move(Paused));
        assert!(Paused.can_move(Active));
        assert!(Active.can_move(EndedEarly));
        assert!(!Completed.can_move(Active));
        assert!(!EndedEarly.can_move(Active));
        assert!(!Active.can_move(Active));
        assert!(Active.is_current() && Paused.is_current() && !Completed.is_current());
    }

    #[test]
    fn months_elapsed_counts_whole_months_within_the_year() {
        let start = date(2027, 3, 15);
        assert_eq!(months_elapsed(start, date(2027, 3, 1)), 0);
        assert_eq!(months_elapsed(start, date(2027, 4, 14)), 0);
        assert_eq!(months_elapsed(start, date(2027, 4, 15)), 1);
        assert_eq!(months_elapsed(start, date(2028, 1, 20)), 10);
        assert_eq!(months_elapsed(start, date(2029, 6, 1)), 12);
    }

    #[test]
    fn ending_early_needs_a_reason() {
        let form = StatusForm {
            partnership_id: 1,
            status: "ended_early".into(),
            reason: "".into(),
        };
        assert!(form.validate().unwrap_err().first("reason").is_some());
        let form = StatusForm {
            reason: "The partner left the library.".into(),
            ..form
        };
        assert_eq!(form.validate().unwrap().0, PartnershipStatus::EndedEarly);
        let bad = StatusForm {
            status: "finished".into(),
            ..Default::default()
        };
        assert!(bad.validate().unwrap_err().first("status").is_some());
    }

    #[test]
    fn goals_need_a_measurable_outcome_and_a_sane_progress() {
        let mut form = GoalForm {
            partnership_id: 1,
            goal_id: 0,
            title: "Discovery page".into(),
            outcome: "".into(),
            status: "".into(),
            progress: "120".into(),
        };
        let e = form.validate().unwrap_err();
        assert!(e.first("outcome").is_some());
        assert!(e.first("progress").is_some());
        form.outcome = "Page live, 4 staff trained".into();
        form.progress = "40%".into();
        let g = form.validate().unwrap();
        assert_eq!((g.status, g.progress), (GoalStatus::NotStarted, 40));
        form.status = "done".into();
        assert_eq!(form.validate().unwrap().progress, 100, "done means 100 %");
        form.status = "finished".into();
        assert!(form.validate().unwrap_err().first("status").is_some());
    }

    #[test]
    fn milestones_fall_within_the_partnership_year() {
        let (s, e) = (date(2027, 3, 1), date(2028, 2, 29));
        let form = |due: &str| MilestoneForm {
            partnership_id: 1,
            goal_id: 1,
            milestone_title: "Draft the plan".into(),
            due_on: due.into(),
            from: String::new(),
        };
        assert_eq!(
            form("2027-06-30").validate(s, e).unwrap().1,
            date(2027, 6, 30)
        );
        assert_eq!(
            form("2028-02-29").validate(s, e).unwrap().1,
            date(2028, 2, 29)
        );
        let late = form("2028-03-01").validate(s, e).unwrap_err();
        assert!(
            late.first("due_on")
                .unwrap()
                .contains("1 Mar 2027 to 29 Feb 2028")
        );
        assert!(form("30/06/2027").validate(s, e).is_err());
        assert!(form("").validate(s, e).is_err());
    }

    #[test]
    fn links_must_be_web_links() {
        assert!(web_link("https://example.org/guide").is_ok());
        assert!(web_link("HTTP://example.org").is_ok());
        assert!(web_link("javascript:alert(1)").is_err());
        assert!(web_link("https://").is_err());
        assert!(web_link("https:///path").is_err());
        assert!(web_link("https://exa mple.org").is_err());
        assert!(web_link("example.org").is_err());
    }

    #[test]
    fn journal_and_resource_forms_name_the_field_at_fault() {
        let j = JournalForm {
            partnership_id: 1,
            kind: "gossip".into(),
            body: " ".into(),
            share: "".into(),
        };
        let e = j.validate().unwrap_err();
        assert!(e.first("kind").is_some() && e.first("body").is_some());
        let ok = JournalForm {
            kind: "difficulty".into(),
            body: "Budget cut".into(),
            share: "on".into(),
            ..j
        };
        assert_eq!(
            ok.validate().unwrap(),
            (JournalKind::Difficulty, "Budget cut".to_string(), true)
        );
        let r = ResourceForm {
            partnership_id: 1,
            title: "".into(),
            url: "ftp://x".into(),
            note: "".into(),
            area: "".into(),
        };
        let e = r.validate().unwrap_err();
        assert!(
            e.first("title").is_some() && e.first("url").is_some() && e.first("area").is_some()
        );
    }

    #[test]
    fn capacity_is_one_to_five() {
        assert_eq!(parse_capacity("2"), Ok(2));
        assert!(parse_capacity("0").is_err());
        assert!(parse_capacity("6").is_err());
        assert!(parse_capacity("two").is_err());
    }
}
