//! The partnership forms and their validation (the server runs it; the browser may too).

use super::*;

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
            e.add(
                "status",
                crate::errors::Message::key("error-status-choose", &[]),
            );
        }
        let reason = self.reason.trim().to_owned();
        if status == Some(PartnershipStatus::EndedEarly) && reason.chars().count() < 5 {
            e.add(
                "reason",
                crate::errors::Message::key("error-ended-why", &[]),
            );
        }
        if reason.chars().count() > 2_000 {
            e.add(
                "reason",
                crate::errors::Message::key("error-reason-long", &[]),
            );
        }
        e.into_result((status.unwrap_or(PartnershipStatus::Active), reason))
    }
}

/// The chair extends a partnership's year by some months, saying why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExtendForm {
    pub partnership_id: i64,
    pub months: String,
    /// Why (named apart from the status form's `reason` on the same page).
    pub why: String,
}

impl ExtendForm {
    /// (months, reason), or a message next to each field.
    pub fn validate(&self) -> Result<(u32, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let months = match self.months.trim().parse::<u32>() {
            Ok(m @ 1..=12) => m,
            Ok(_) => {
                e.add(
                    "months",
                    crate::errors::Message::key("error-extend-range", &[]),
                );
                0
            }
            Err(_) => {
                e.add(
                    "months",
                    crate::errors::Message::key("error-extend-number", &[]),
                );
                0
            }
        };
        let reason = self.why.trim().to_owned();
        if reason.chars().count() < 5 {
            e.add("why", crate::errors::Message::key("error-extend-why", &[]));
        } else if reason.chars().count() > 2_000 {
            e.add("why", crate::errors::Message::key("error-reason-long", &[]));
        }
        e.into_result((months, reason))
    }
}

/// The chair hands a partnership to another coach of its cohort, saying why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReplaceCoachForm {
    pub partnership_id: i64,
    pub coach_id: String,
    /// Why (the three people read it; kept in the audit log).
    pub because: String,
}

impl ReplaceCoachForm {
    /// (the new coach's id, the reason), or a message next to each field.
    pub fn validate(&self) -> Result<(i64, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let coach = self.coach_id.trim().parse::<i64>().unwrap_or(0);
        if coach <= 0 {
            e.add(
                "coach_id",
                crate::errors::Message::key("error-coach-continues", &[]),
            );
        }
        let reason = self.because.trim().to_owned();
        if reason.chars().count() < 5 {
            e.add(
                "because",
                crate::errors::Message::key("error-coach-why", &[]),
            );
        } else if reason.chars().count() > 2_000 {
            e.add(
                "because",
                crate::errors::Message::key("error-reason-long", &[]),
            );
        }
        e.into_result((coach, reason))
    }
}

/// The last day of a partnership extended by `months`: 31 May + 3 months ends 31 Aug.
pub fn extended_end(ends_on: jiff::civil::Date, months: u32) -> Option<jiff::civil::Date> {
    // From the day after the end, so a month-end stays a month-end (30 Nov + 3 = 28/29 Feb).
    let next = ends_on.tomorrow().ok()?;
    crate::cohort::year_end(next, months)
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
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
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
        let title = e.take("title", validate::text(&self.title, "what-goal", 3, 160));
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
            e.add(
                "status",
                crate::errors::Message::key("error-goal-status", &[]),
            );
        }
        let progress = match self.progress.trim().trim_end_matches('%').trim() {
            "" => 0,
            p => match p.parse::<u32>() {
                Ok(n) if n <= 100 => n,
                _ => {
                    e.add(
                        "progress",
                        crate::errors::Message::key("error-goal-progress", &[]),
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
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

impl MilestoneForm {
    /// Checks the milestone; its date must fall within the partnership year.
    pub fn validate(&self, starts: Date, ends: Date) -> Result<(String, Date), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take(
            "milestone_title",
            validate::text(&self.milestone_title, "what-milestone", 3, 160),
        );
        let due = match parse_date(&self.due_on, "what-due-date") {
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

/// A milestone's new wording or date (its history keeps the old one).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MilestoneChangeForm {
    pub partnership_id: i64,
    pub milestone_id: i64,
    pub milestone_title: String,
    pub due_on: String,
}

impl MilestoneChangeForm {
    /// The same rules as a new milestone's.
    pub fn validate(&self, starts: Date, ends: Date) -> Result<(String, Date), FieldErrors> {
        MilestoneForm {
            milestone_title: self.milestone_title.clone(),
            due_on: self.due_on.clone(),
            ..MilestoneForm::default()
        }
        .validate(starts, ends)
    }
}

/// Removes a milestone of a goal; the goal's history says it was removed. A resend after it is
/// gone changes nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MilestoneRemoval {
    pub partnership_id: i64,
    pub goal_id: i64,
    pub milestone_id: i64,
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
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

impl JournalForm {
    pub fn validate(&self) -> Result<(JournalKind, String, bool), FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = JournalKind::from_code(&self.kind);
        if kind.is_none() {
            e.add(
                "kind",
                crate::errors::Message::key("error-journal-kind", &[]),
            );
        }
        let body = e.take("body", validate::text(&self.body, "what-entry", 2, 5_000));
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
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

impl ResourceForm {
    pub fn validate(&self) -> Result<(String, String, String, ObjectiveArea), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take("title", validate::text(&self.title, "what-title", 2, 160));
        let url = e.take("url", web_link(&self.url));
        let note = e.take(
            "note",
            validate::text(&self.note, "what-resource-note", 0, 2_000),
        );
        let area = ObjectiveArea::from_code(&self.area);
        if area.is_none() {
            e.add(
                "area",
                crate::errors::Message::key("error-resource-area", &[]),
            );
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
    /// Made by the page once per form: a resend of the same form stores nothing new.
    #[serde(default)]
    pub request_key: String,
}

impl IntroductionForm {
    pub fn validate(&self) -> Result<(String, String, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let expert = e.take(
            "expert",
            validate::text(&self.expert, "what-expert", 2, 200),
        );
        let why = e.take(
            "why",
            validate::text(&self.why, "what-connect-why", 3, 2_000),
        );
        let outcome = e.take(
            "outcome",
            validate::text(&self.outcome, "what-outcome", 0, 2_000),
        );
        e.into_result((expert, why, outcome))
    }
}
