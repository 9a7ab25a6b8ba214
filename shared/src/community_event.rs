//! Community events (`/community/events`): the annual IATUL conference (its days, place and
//! zone, a registration link) and online community calls (a time on every viewer's own clock,
//! a video link, a calendar file). The programme team publishes them to everyone or to one
//! cohort; each person says whether they will attend (yes, maybe, no; in person or online).

use crate::FieldErrors;
use crate::schedule::{TimeProblem, parse_local};
use crate::validate;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

code_enum!(EventKind {
    Conference = "conference" / "Conference",
    Call = "call" / "Community call",
});

code_enum!(Answer {
    Yes = "yes" / "Yes",
    Maybe = "maybe" / "Maybe",
    No = "no" / "No",
});

code_enum!(Mode {
    InPerson = "in_person" / "In person",
    Online = "online" / "Online",
});

/// How long a community call may last, in minutes.
pub const CALL_DURATIONS: [u32; 5] = [30, 45, 60, 90, 120];
pub const TITLE_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 4_000;
pub const PLACE_MAX: usize = 200;

/// The team's form on `/community/events/new`, as typed. A conference uses the days and the
/// place; a call uses the start on the stated zone's clock, the duration and the video link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub kind: String,
    pub title: String,
    pub description: String,
    /// The zone the event states its time in: the conference's place, the call's host.
    pub time_zone: String,
    pub first_day: String,
    pub last_day: String,
    pub place: String,
    pub registration_link: String,
    /// "2027-03-30T09:00" on the stated zone's clock.
    pub starts: String,
    pub duration: String,
    pub video_link: String,
    /// For a time the clock shows twice: "first" or "second".
    pub fold: String,
    /// Empty: everyone; else a cohort's slug.
    pub audience: String,
    /// A second submission of the same form changes nothing.
    pub request_key: String,
}

/// A checked event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub kind: EventKind,
    pub title: String,
    pub description: String,
    pub time_zone: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub place: String,
    /// The registration link of a conference, the video link of a call.
    pub link: String,
    pub audience: Option<String>,
}

impl EventForm {
    /// Checks the form; `now` keeps events out of the past.
    pub fn validate(&self, now: Timestamp) -> Result<NewEvent, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = EventKind::from_code(self.kind.trim());
        if kind.is_none() {
            e.add("kind", crate::errors::Message::key("error-event-kind", &[]));
        }
        let title = e.take(
            "title",
            validate::text(&self.title, "what-event-title", 1, TITLE_MAX),
        );
        let description = e.take(
            "description",
            validate::text(
                &self.description,
                "what-event-description",
                0,
                DESCRIPTION_MAX,
            ),
        );
        let zone_name = e.take("time_zone", validate::time_zone(&self.time_zone));
        let tz = match TimeZone::get(&zone_name) {
            Ok(tz) => Some(tz),
            Err(_) => {
                if e.first("time_zone").is_none() {
                    e.add(
                        "time_zone",
                        crate::errors::Message::key(
                            "error-zone-unknown",
                            &[("zone", zone_name.clone().into())],
                        ),
                    );
                }
                None
            }
        };
        let audience = Some(self.audience.trim().to_owned()).filter(|a| !a.is_empty());
        let past = || crate::errors::Message::key("error-event-past", &[]);
        let mut times = None;
        let mut place = String::new();
        let mut link = String::new();
        match (kind, &tz) {
            (Some(EventKind::Conference), tz) => {
                let mut day =
                    |field: &str, raw: &str, what: &str| match crate::partnership::parse_date(
                        raw, what,
                    ) {
                        Ok(d) => Some(d),
                        Err(m) => {
                            e.add(field, m);
                            None
                        }
                    };
                let first = day("first_day", &self.first_day, "what-first-day");
                let last = day("last_day", &self.last_day, "what-last-day");
                place = e.take(
                    "place",
                    validate::text(&self.place, "what-event-place", 1, PLACE_MAX),
                );
                if !self.registration_link.trim().is_empty() {
                    link = e.take(
                        "registration_link",
                        crate::partnership::web_link(&self.registration_link),
                    );
                }
                if let (Some(first), Some(last), Some(tz)) = (first, last, tz) {
                    if last < first {
                        e.add(
                            "last_day",
                            crate::errors::Message::key("error-event-days-order", &[]),
                        );
                    } else if let Some((starts, ends)) = days_span(first, last, tz) {
                        if ends <= now {
                            e.add("last_day", past());
                        }
                        times = Some((starts, ends));
                    }
                }
            }
            (Some(EventKind::Call), tz) => {
                let duration = self
                    .duration
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|d| CALL_DURATIONS.contains(d));
                if duration.is_none() {
                    e.add(
                        "duration",
                        crate::errors::Message::key("error-event-duration", &[]),
                    );
                }
                link = e.take("video_link", crate::partnership::web_link(&self.video_link));
                if let Some(tz) = tz {
                    match parse_local(&self.starts, tz, &self.fold) {
                        Ok(t) if t <= now => e.add("starts", past()),
                        Ok(t) => {
                            if let Some(d) = duration {
                                times =
                                    Some((t, t + jiff::SignedDuration::from_mins(i64::from(d))));
                            }
                        }
                        Err(TimeProblem::Repeated(m)) => {
                            e.add("starts", m);
                            e.add("fold", crate::errors::Message::key("error-time-fold", &[]));
                        }
                        Err(TimeProblem::Message(m)) => e.add("starts", m),
                    }
                }
            }
            (None, _) => {}
        }
        let (Some(kind), Some((starts_at, ends_at))) = (kind, times) else {
            return Err(e);
        };
        e.into_result(NewEvent {
            kind,
            title,
            description,
            time_zone: zone_name,
            starts_at,
            ends_at,
            place,
            link,
            audience,
        })
    }
}

/// A conference's days as instants: from the first day's start to the end of the last day on
/// the place's clock (a day the clock changes on is 23 or 25 hours long).
pub fn days_span(first: Date, last: Date, tz: &TimeZone) -> Option<(Timestamp, Timestamp)> {
    let starts = tz
        .to_zoned(first.to_datetime(jiff::civil::Time::midnight()))
        .ok()?;
    let ends = tz
        .to_zoned(
            last.tomorrow()
                .ok()?
                .to_datetime(jiff::civil::Time::midnight()),
        )
        .ok()?;
    Some((starts.timestamp(), ends.timestamp()))
}

/// A person's answer, as posted from an event's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AttendanceForm {
    pub event_id: i64,
    pub answer: String,
    pub mode: String,
}

impl AttendanceForm {
    /// Checks the answer; a call is attended online, so its mode is always online.
    pub fn validate(&self, kind: EventKind) -> Result<(Answer, Mode), FieldErrors> {
        let mut e = FieldErrors::new();
        let answer = Answer::from_code(self.answer.trim());
        if answer.is_none() {
            e.add(
                "answer",
                crate::errors::Message::key("error-attendance-answer", &[]),
            );
        }
        let mode = match kind {
            EventKind::Call => Some(Mode::Online),
            EventKind::Conference => {
                let m = Mode::from_code(self.mode.trim());
                if m.is_none() && answer != Some(Answer::No) {
                    e.add(
                        "mode",
                        crate::errors::Message::key("error-attendance-mode", &[]),
                    );
                }
                m.or(Some(Mode::InPerson))
            }
        };
        match (answer, mode) {
            (Some(a), Some(m)) => e.into_result((a, m)),
            _ => Err(e),
        }
    }
}

/// An event as lists and pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSummary {
    pub id: i64,
    pub kind: EventKind,
    pub title: String,
    pub starts_at_ms: i64,
    pub ends_at_ms: i64,
    /// The zone the event states its time in.
    pub time_zone: String,
    /// For a conference, its first and last days on the place's clock (`2027-06-14`).
    pub first_day: String,
    pub last_day: String,
    pub place: String,
    /// The cohort it is for (its name); none: everyone.
    pub audience: Option<String>,
    pub my_answer: Option<Answer>,
    /// How many said yes.
    pub going: u32,
}

/// Who answered, as everyone invited sees it (those who said no are not listed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    pub name: String,
    pub answer: Answer,
    pub mode: Mode,
}

/// The chair's figures for an event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub invited: u32,
    pub yes: u32,
    pub maybe: u32,
    pub no: u32,
    pub in_person: u32,
    pub online: u32,
}

/// One event's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPage {
    pub event: EventSummary,
    pub description: String,
    /// The registration link (conference) or video link (call).
    pub link: String,
    pub attendees: Vec<Attendee>,
    /// The reader's answer, for the form.
    pub mine: AttendanceForm,
    /// The reader's own zone: times are shown on it first.
    pub my_zone: String,
    /// For the programme team: the figures, and whether it may cancel the event.
    pub figures: Option<Figures>,
    pub cancelled: bool,
    /// Whether it still takes answers: not cancelled and not yet ended.
    pub open: bool,
}

/// The events page: what is coming, what has been.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsPage {
    pub upcoming: Vec<EventSummary>,
    pub past: Vec<EventSummary>,
    pub my_zone: String,
    /// The programme team may publish; these are the cohorts it may publish to (slug, name).
    pub can_publish: bool,
    pub cohorts: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2027-01-10T00:00:00Z".parse().unwrap()
    }

    fn call(starts: &str) -> EventForm {
        EventForm {
            kind: "call".into(),
            title: "Community call: weeding collections".into(),
            time_zone: "Australia/Sydney".into(),
            starts: starts.into(),
            duration: "60".into(),
            video_link: "https://meet.example.org/alice".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_call_is_read_on_its_zones_clock() {
        let e = call("2027-03-02T19:00").validate(now()).unwrap();
        assert_eq!(e.kind, EventKind::Call);
        // Sydney is on daylight time (UTC+11) on 2 March.
        assert_eq!(e.starts_at.to_string(), "2027-03-02T08:00:00Z");
        assert_eq!(e.ends_at.to_string(), "2027-03-02T09:00:00Z");
        assert_eq!(e.link, "https://meet.example.org/alice");
        assert_eq!(e.audience, None);
    }

    #[test]
    fn a_call_on_the_night_sydneys_clock_goes_back_asks_which_time() {
        // On 4 April 2027 Sydney's clock goes back from 03:00 to 02:00: 02:30 happens twice.
        let e = call("2027-04-04T02:30").validate(now()).unwrap_err();
        assert!(e.first("starts").is_some());
        assert!(e.first("fold").is_some());
        let first = EventForm {
            fold: "first".into(),
            ..call("2027-04-04T02:30")
        };
        assert_eq!(
            first.validate(now()).unwrap().starts_at.to_string(),
            "2027-04-03T15:30:00Z"
        );
        let second = EventForm {
            fold: "second".into(),
            ..call("2027-04-04T02:30")
        };
        assert_eq!(
            second.validate(now()).unwrap().starts_at.to_string(),
            "2027-04-03T16:30:00Z"
        );
    }

    #[test]
    fn a_call_needs_a_future_time_a_known_duration_and_a_web_link() {
        let bad = EventForm {
            duration: "61".into(),
            video_link: "javascript:alert(1)".into(),
            ..call("2026-12-01T10:00")
        };
        let e = bad.validate(now()).unwrap_err();
        assert!(e.first("starts").is_some());
        assert!(e.first("duration").is_some());
        assert!(e.first("video_link").is_some());
    }

    #[test]
    fn a_conference_spans_whole_days_on_its_places_clock() {
        let form = EventForm {
            kind: "conference".into(),
            title: "IATUL 2027".into(),
            time_zone: "Europe/Lisbon".into(),
            first_day: "2027-06-14".into(),
            last_day: "2027-06-17".into(),
            place: "Lisbon, Portugal".into(),
            registration_link: "https://iatul.org/conference".into(),
            audience: "2027-2028".into(),
            ..Default::default()
        };
        let e = form.validate(now()).unwrap();
        assert_eq!(e.starts_at.to_string(), "2027-06-13T23:00:00Z");
        assert_eq!(e.ends_at.to_string(), "2027-06-17T23:00:00Z");
        assert_eq!(e.audience.as_deref(), Some("2027-2028"));
        let backwards = EventForm {
            last_day: "2027-06-01".into(),
            ..form.clone()
        };
        assert!(
            backwards
                .validate(now())
                .unwrap_err()
                .first("last_day")
                .is_some()
        );
        let nowhere = EventForm {
            place: " ".into(),
            ..form
        };
        assert!(
            nowhere
                .validate(now())
                .unwrap_err()
                .first("place")
                .is_some()
        );
    }

    #[test]
    fn a_day_the_clock_changes_is_not_24_hours() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let day = jiff::civil::date(2027, 3, 28);
        let (s, e) = days_span(day, day, &tz).unwrap();
        assert_eq!(e.duration_since(s).as_hours(), 23);
    }

    #[test]
    fn an_unknown_kind_or_zone_is_refused_by_field() {
        let e = EventForm {
            kind: "party".into(),
            time_zone: "Mars/Olympus".into(),
            ..Default::default()
        }
        .validate(now())
        .unwrap_err();
        assert!(e.first("kind").is_some());
        assert!(e.first("time_zone").is_some());
        assert!(e.first("title").is_some());
    }

    #[test]
    fn attending_a_conference_says_how_and_a_call_is_online() {
        let f = |answer: &str, mode: &str| AttendanceForm {
            event_id: 1,
            answer: answer.into(),
            mode: mode.into(),
        };
        assert_eq!(
            f("yes", "in_person").validate(EventKind::Conference),
            Ok((Answer::Yes, Mode::InPerson))
        );
        assert!(f("yes", "").validate(EventKind::Conference).is_err());
        assert!(f("no", "").validate(EventKind::Conference).is_ok());
        assert_eq!(
            f("maybe", "in_person").validate(EventKind::Call),
            Ok((Answer::Maybe, Mode::Online))
        );
        assert!(f("perhaps", "").validate(EventKind::Call).is_err());
    }
}
