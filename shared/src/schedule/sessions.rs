//! Sessions: statuses, media, proposals and their forms, with validation.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Proposed,
    Scheduled,
    Held,
    NoShow,
    Cancelled,
    Declined,
}

impl SessionStatus {
    /// The status's name as a message argument, in any language.
    pub fn said(self) -> crate::i18n::Arg {
        crate::i18n::Arg::Said(Box::new(crate::errors::Message::key(
            &format!("session-status-{}", self.code()),
            &[],
        )))
    }

    pub const ALL: [SessionStatus; 6] = [
        SessionStatus::Proposed,
        SessionStatus::Scheduled,
        SessionStatus::Held,
        SessionStatus::NoShow,
        SessionStatus::Cancelled,
        SessionStatus::Declined,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SessionStatus::Proposed => "proposed",
            SessionStatus::Scheduled => "scheduled",
            SessionStatus::Held => "held",
            SessionStatus::NoShow => "no_show",
            SessionStatus::Cancelled => "cancelled",
            SessionStatus::Declined => "declined",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SessionStatus::Proposed => "Proposed",
            SessionStatus::Scheduled => "Scheduled",
            SessionStatus::Held => "Held",
            SessionStatus::NoShow => "No-show",
            SessionStatus::Cancelled => "Cancelled",
            SessionStatus::Declined => "Declined",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Medium {
    Video,
    Voice,
    Phone,
    Whatsapp,
}

impl Medium {
    pub const ALL: [Medium; 4] = [
        Medium::Video,
        Medium::Voice,
        Medium::Phone,
        Medium::Whatsapp,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Medium::Video => "video",
            Medium::Voice => "voice",
            Medium::Phone => "phone",
            Medium::Whatsapp => "whatsapp",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Medium::Video => "Video call",
            Medium::Voice => "Voice call (internet)",
            Medium::Phone => "Phone call",
            Medium::Whatsapp => "WhatsApp call",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }
}

pub const DURATIONS: [u32; 4] = [30, 45, 60, 90];

/// A proposal: up to three times written on the proposer's clock, as local date-times
/// ("2027-03-30T09:00") in the proposer's zone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub partnership_id: i64,
    pub time_1: String,
    pub time_2: String,
    pub time_3: String,
    pub medium: String,
    pub link: String,
    pub duration: String,
    pub agenda: String,
    /// For a time the clock shows twice (the night it goes back): "first" or "second".
    pub fold: String,
    /// Set by the page once per form; a second submission of the same form changes nothing.
    pub request_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub starts: Vec<Timestamp>,
    pub medium: Medium,
    pub link: String,
    pub duration: u32,
    pub agenda: String,
}

/// "2027-03-30T09:00" (or with a space) on the clock of `tz`. A time the clock skips is refused
/// with the nearest minutes on either side; a time it shows twice needs `which` ("first" or
/// "second"), else [`TimeProblem::Repeated`] asks for it.
pub fn parse_local(raw: &str, tz: &TimeZone, which: &str) -> Result<Timestamp, TimeProblem> {
    use crate::time::{TypedTime, read_typed};
    let raw = raw.trim().replace(' ', "T");
    let dt: jiff::civil::DateTime = raw
        .parse()
        .map_err(|_| TimeProblem::Message(crate::errors::Message::key("error-time-shape", &[])))?;
    let (first, last) = (
        crate::partnership::FIRST_YEAR,
        crate::partnership::LAST_YEAR,
    );
    if !(first..=last).contains(&dt.year()) {
        return Err(TimeProblem::Message(crate::errors::Message::key(
            "error-time-years",
            &[
                ("first", i64::from(first).into()),
                ("last", i64::from(last).into()),
            ],
        )));
    }
    let hm = |d: jiff::civil::DateTime| d.strftime("%H:%M").to_string();
    let day = crate::i18n::Arg::Day(dt.date().to_string());
    match read_typed(dt, tz).map_err(|e| TimeProblem::Message(e.to_string().into()))? {
        TypedTime::Exact(t) => Ok(t),
        TypedTime::Skipped { before, after } => {
            Err(TimeProblem::Message(crate::errors::Message::key(
                "error-time-skipped",
                &[
                    ("time", hm(dt).into()),
                    ("day", day),
                    ("before", hm(before).into()),
                    ("after", hm(after).into()),
                ],
            )))
        }
        TypedTime::Repeated { first, second } => match which {
            "first" => Ok(first),
            "second" => Ok(second),
            _ => Err(TimeProblem::Repeated(crate::errors::Message::key(
                "error-time-repeated",
                &[("time", hm(dt).into()), ("day", day)],
            ))),
        },
    }
}

/// Why a typed time was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeProblem {
    Message(crate::errors::Message),
    /// The clock shows the time twice; the form's `fold` field says which.
    Repeated(crate::errors::Message),
}

impl TimeProblem {
    pub fn message(self) -> crate::errors::Message {
        match self {
            TimeProblem::Message(m) | TimeProblem::Repeated(m) => m,
        }
    }
}

/// The message on the `fold` field when a typed time happens twice.
fn fold_question() -> crate::errors::Message {
    crate::errors::Message::key("error-time-fold", &[])
}

/// Adds a problem with `field` to `e`; a repeated time also asks on the `fold` field.
fn add_time_problem(e: &mut FieldErrors, field: &str, problem: TimeProblem) {
    let repeated = matches!(problem, TimeProblem::Repeated(_));
    e.add(field, problem.message());
    if repeated && e.first("fold").is_none() {
        e.add("fold", fold_question());
    }
}

impl ProposalForm {
    /// Checks the proposal; times are read on the proposer's clock and must be in the future.
    pub fn validate(&self, tz: &TimeZone, now: Timestamp) -> Result<Proposal, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut starts = Vec::new();
        for (field, raw) in [
            ("time_1", &self.time_1),
            ("time_2", &self.time_2),
            ("time_3", &self.time_3),
        ] {
            if raw.trim().is_empty() {
                continue;
            }
            match parse_local(raw, tz, &self.fold) {
                Ok(t) if t <= now => {
                    e.add(field, crate::errors::Message::key("error-time-past", &[]))
                }
                Ok(t) if starts.contains(&t) => {
                    e.add(field, crate::errors::Message::key("error-time-twice", &[]))
                }
                Ok(t) => starts.push(t),
                Err(problem) => add_time_problem(&mut e, field, problem),
            }
        }
        if starts.is_empty() && e.first("time_1").is_none() {
            e.add(
                "time_1",
                crate::errors::Message::key("error-time-none", &[]),
            );
        }
        let medium = Medium::from_code(&self.medium);
        if medium.is_none() {
            e.add(
                "medium",
                crate::errors::Message::key("error-session-medium", &[]),
            );
        }
        // A phone or WhatsApp call has no link: one typed before the medium changed is dropped.
        let link = if matches!(medium, Some(Medium::Phone | Medium::Whatsapp)) {
            String::new()
        } else {
            self.link.trim().to_owned()
        };
        if medium == Some(Medium::Video) && link.is_empty() {
            e.add(
                "link",
                crate::errors::Message::key("error-session-link", &[]),
            );
        } else if !link.is_empty()
            && let Err(m) = crate::partnership::web_link(&link)
        {
            e.add("link", m);
        }
        let duration = self
            .duration
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| DURATIONS.contains(d));
        if duration.is_none() {
            e.add(
                "duration",
                crate::errors::Message::key("error-session-duration", &[]),
            );
        }
        let agenda = e.take(
            "agenda",
            validate::text(&self.agenda, "what-agenda", 0, 2_000),
        );
        e.into_result(Proposal {
            starts,
            medium: medium.unwrap_or(Medium::Video),
            link,
            duration: duration.unwrap_or(60),
            agenda,
        })
    }
}

/// The other member accepts one proposed time, or declines them all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub partnership_id: i64,
    pub session_id: i64,
    /// The chosen option's id; 0 declines.
    pub option_id: i64,
}

/// Moves a scheduled session to a new time (on the mover's clock).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RescheduleForm {
    pub partnership_id: i64,
    pub session_id: i64,
    pub new_time: String,
    /// For a time the clock shows twice: "first" or "second".
    pub fold: String,
}

impl RescheduleForm {
    /// The new start on the mover's clock.
    pub fn new_start(&self, tz: &TimeZone) -> Result<Timestamp, FieldErrors> {
        parse_local(&self.new_time, tz, &self.fold).map_err(|problem| {
            let mut e = FieldErrors::new();
            add_time_problem(&mut e, "new_time", problem);
            e
        })
    }
}

/// Cancels a session, with a reason the other reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    pub partnership_id: i64,
    pub session_id: i64,
    pub reason: String,
}

/// After a session: held or no-show, notes private to the pair, agreed actions (one a line).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub partnership_id: i64,
    pub session_id: i64,
    pub outcome: String,
    pub notes: String,
    pub actions: String,
}

/// How long the member who recorded an outcome may correct it.
pub const OUTCOME_CORRECTION_DAYS: i64 = 7;

/// Who may record a session's outcome now. A scheduled session whose time has come: either
/// member. One already recorded (held or no-show): only the member who recorded it, within
/// [`OUTCOME_CORRECTION_DAYS`] of recording it. `recorded` is (author, when, in milliseconds).
pub fn may_record_outcome(
    status: SessionStatus,
    started: bool,
    recorded: Option<(i64, i64)>,
    caller: i64,
    now_ms: i64,
) -> bool {
    match status {
        SessionStatus::Scheduled => started,
        SessionStatus::Held | SessionStatus::NoShow => recorded.is_some_and(|(by, at)| {
            by == caller && now_ms - at <= OUTCOME_CORRECTION_DAYS * 24 * 3_600_000
        }),
        _ => false,
    }
}

/// The shortest weekly window: the shortest session.
pub const MIN_WINDOW_MINUTES: u16 = 30;

/// A person's weekly window as typed; an end at or before the start is on the next day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowForm {
    pub weekday: String,
    pub start: String,
    pub end: String,
}

impl WindowForm {
    pub fn validate(&self) -> Result<WeeklyWindow, FieldErrors> {
        let mut e = FieldErrors::new();
        let weekday = match self.weekday.trim().parse::<u8>() {
            Ok(d) if (1..=7).contains(&d) => d,
            _ => {
                e.add(
                    "weekday",
                    crate::errors::Message::key("error-window-weekday", &[]),
                );
                1
            }
        };
        let start = crate::matching::parse_clock(&self.start)
            .map_err(|m| e.add("start", m))
            .ok();
        let end = crate::matching::parse_clock(&self.end)
            .map_err(|m| e.add("end", m))
            .ok();
        let (start, end) = match (start, end) {
            (Some(s), _) if s >= 24 * 60 => {
                e.add(
                    "start",
                    crate::errors::Message::key("error-window-start", &[]),
                );
                (0, 0)
            }
            (Some(s), Some(t)) if s == t => {
                e.add("end", crate::errors::Message::key("error-window-same", &[]));
                (0, 0)
            }
            // An end at or before the start is on the next day: 19:00 to 01:00 crosses midnight.
            (Some(s), Some(t)) => {
                let t = if t <= s { t + 24 * 60 } else { t };
                if t - s < MIN_WINDOW_MINUTES {
                    e.add(
                        "end",
                        format!("Give at least {MIN_WINDOW_MINUTES} minutes, the shortest session"),
                    );
                }
                (s, t)
            }
            _ => (0, 0),
        };
        e.into_result(WeeklyWindow {
            weekday,
            start,
            end,
        })
    }
}

/// A date the person is away.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExceptionForm {
    pub away_on: String,
}
