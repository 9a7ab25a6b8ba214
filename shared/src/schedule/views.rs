//! What the sessions and availability pages show.

use super::*;

/// An instant on both clocks of the pair, the viewer's first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BothClocks {
    pub utc: String,
    pub mine: String,
    pub mine_place: String,
    pub theirs: String,
    pub their_place: String,
}

impl BothClocks {
    pub fn new(ts: Timestamp, mine: &str, theirs: &str) -> Self {
        Self::new_in(crate::time::Style::default(), ts, mine, theirs)
    }

    /// Both clocks in a reader's style (Khmer month names and place names, their digits).
    pub fn new_in(style: crate::time::Style, ts: Timestamp, mine: &str, theirs: &str) -> Self {
        let (m, t) = (
            TimeZone::get(mine).unwrap_or(TimeZone::UTC),
            TimeZone::get(theirs).unwrap_or(TimeZone::UTC),
        );
        BothClocks {
            utc: ts.to_string(),
            mine: clock_with_date_in(style, ts, &m),
            mine_place: crate::time::zone_city_in(style.lang, mine),
            theirs: clock_with_date_in(style, ts, &t),
            their_place: crate::time::zone_city_in(style.lang, theirs),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    pub id: i64,
    pub at: BothClocks,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i64,
    pub status: SessionStatus,
    pub medium: Medium,
    pub link: String,
    pub duration: u32,
    pub agenda: String,
    /// Set once scheduled.
    pub at: Option<BothClocks>,
    /// While proposed: the times offered.
    pub options: Vec<OptionView>,
    pub proposed_by_me: bool,
    pub proposed_by: String,
    pub cancel_reason: String,
    pub notes: String,
    pub actions: Vec<String>,
    pub partner_confirmed: bool,
    pub sequence: i32,
    pub in_past: bool,
    /// Held or no-show, and the reader recorded it less than a week ago: they may correct it.
    pub can_correct: bool,
    /// Scheduled and to come, after a clock change since the pair's previous session.
    #[serde(default)]
    pub clock_note: Option<String>,
    pub history: Vec<String>,
}

/// A free common window, with a warning when a clock change moves it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommonSlot {
    pub start: BothClocks,
    pub end_mine: String,
    pub end_theirs: String,
    pub minutes: i64,
    /// The local start on the proposer's clock, to prefill a proposal ("2027-03-30T09:00").
    pub local_value: String,
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionsView {
    pub head: crate::partnership::PartnershipHead,
    pub my_zone: String,
    pub their_zone: String,
    pub sessions: Vec<SessionView>,
    pub pace: Pace,
    pub common: Vec<CommonSlot>,
    /// Whether each member has set weekly availability.
    pub i_have_availability: bool,
    pub they_have_availability: bool,
    pub request_key: String,
    /// The pair's goals not done or dropped, so an agreed action can become a milestone.
    pub open_goals: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityView {
    pub time_zone: String,
    pub windows: Vec<(i64, WeeklyWindow)>,
    pub exceptions: Vec<(i64, String)>,
    /// The private calendar feed address, when one exists.
    pub feed_url: Option<String>,
    /// Weekly times that a clock change moves on the other member's clock in the coming half
    /// year, one sentence each.
    #[serde(default)]
    pub shifts: Vec<String>,
}
