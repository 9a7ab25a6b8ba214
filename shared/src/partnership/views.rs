//! What the pages of a partnership show: the pair, the workspace, goals, journal, resources.

use super::*;

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
    #[serde(default)]
    pub cohort_slug: String,
    pub area_code: String,
    pub area_title: String,
    pub objective: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: PartnershipStatus,
    pub end_reason: String,
    /// Where the year stands on the reader's date ([`super::year_position`]).
    pub year_position: crate::errors::Message,
}

impl PartnershipHead {
    /// The other member, named with their role, for the reader: "Priya Nair, your coach".
    /// For the programme team, both: "Priya Nair and Dara Kim".
    /// An apposition: in mid-sentence it takes a comma after it too ("Priya Nair, your coach,
    /// is told").
    pub fn other_named(&self) -> String {
        match self.my_side {
            Some(Side::Coach) => format!("{}, your partner", self.partner.name),
            Some(Side::Partner) => format!("{}, your coach", self.coach.name),
            None => format!("{} and {}", self.coach.name, self.partner.name),
        }
    }
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
    /// The year's last month has come (or the year ended): the evaluation is open.
    #[serde(default)]
    pub evaluation_open: bool,
    /// The other member of the pair, as the caller sees them.
    #[serde(default)]
    pub other: Option<crate::pair_card::OtherMember>,
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
    /// Once the partnership has finished: whether each member keeps the journal past its period.
    #[serde(default)]
    pub keeping: Option<JournalKeeping>,
}

/// A finished pair's journal and session notes go after the cohort's period unless both keep them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalKeeping {
    pub mine: bool,
    pub theirs: bool,
    pub other_name: String,
    /// "1 Mar 2029": the day they go unless both keep them.
    /// The day they go (`2029-03-01`).
    pub goes_on: String,
}

/// A member of a finished pair keeps (or stops keeping) the journal past its period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepJournalForm {
    pub partnership_id: i64,
    #[serde(default)]
    pub keep: String,
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
    /// The reader added it (and so may share it with the community's library).
    pub mine: bool,
    /// The library item it was shared as.
    pub in_library: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourcesView {
    pub head: PartnershipHead,
    pub resources: Vec<ResourceView>,
    /// The programme's four areas (code, title), in order, for the resource form.
    pub areas: Vec<(String, String)>,
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
    /// The programme's experts the coach may propose (empty for the partner).
    pub pool: Vec<crate::experts::ExpertChoice>,
    /// Introductions to the programme's experts asked of the team, and their answers.
    pub proposals: Vec<crate::experts::ProposalView>,
}

/// What the programme team sees of one partnership: figures and what authors shared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamView {
    pub figures: PartnershipFigures,
    pub shared_entries: Vec<JournalEntryView>,
    pub alerts: Vec<crate::commitments::AlertView>,
    /// The match was made less than a day ago: the chair may undo it as a mistake.
    #[serde(default)]
    pub may_undo: bool,
    /// The cohort's other coaches, who could take the partnership over: (id, name, "2 of 3").
    #[serde(default)]
    pub other_coaches: Vec<(i64, String, String)>,
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
