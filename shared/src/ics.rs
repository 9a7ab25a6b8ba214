//! iCalendar (RFC 5545) files for sessions: one event per file with METHOD REQUEST or CANCEL,
//! and a person's feed (METHOD PUBLISH). Times are written in UTC (`DTSTART:...Z`), so no
//! VTIMEZONE is needed and every calendar shows them on its owner's clock.

use jiff::Timestamp;

/// The host in the UID of a session written into a message: the mail worker puts the public
/// host in its place when it sends (`session-12@tandem.example.org`), the same as downloads
/// and feeds use, so a calendar keeps one event whatever way it came.
pub const MAIL_HOST: &str = "tandem.invalid";

/// One session as a calendar event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across changes: `session-<id>@<host>`.
    pub uid: String,
    /// Grows on each change (reschedule, cancel).
    pub sequence: i32,
    pub start: Timestamp,
    pub minutes: u32,
    pub summary: String,
    pub description: String,
    /// The video link, when there is one.
    pub location: String,
    pub cancelled: bool,
    /// When this version of the event was made.
    pub stamp: Timestamp,
}

fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (RFC 5545 3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn event(e: &Event, out: &mut String) {
    let end = e
        .start
        .checked_add(jiff::SignedDuration::from_mins(i64::from(e.minutes)))
        .unwrap_or(e.start);
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", e.uid),
        format!("SEQUENCE:{}", e.sequence),
        format!("DTSTAMP:{}", utc(e.stamp)),
        format!("DTSTART:{}", utc(e.start)),
        format!("DTEND:{}", utc(end)),
        format!("SUMMARY:{}", text(&e.summary)),
        format!("DESCRIPTION:{}", text(&e.description)),
        format!(
            "STATUS:{}",
            if e.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ),
    ];
    if !e.location.is_empty() {
        lines.push(format!("LOCATION:{}", text(&e.location)));
        lines.push(format!("URL:{}", e.location));
    }
    lines.push("END:VEVENT".into());
    for l in lines {
        fold(&l, out);
    }
}

fn calendar(method: &str, events: &[Event]) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//IATUL SIG-ALICE//Tandem//EN",
        "CALSCALE:GREGORIAN",
        &format!("METHOD:{method}"),
    ] {
        fold(l, &mut out);
    }
    for e in events {
        event(e, &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

/// The file for one session: a request, or a cancellation once it is cancelled.
pub fn session_file(e: &Event) -> String {
    calendar(
        if e.cancelled { "CANCEL" } else { "REQUEST" },
        std::slice::from_ref(e),
    )
}

/// A person's feed of sessions.
pub fn feed(events: &[Event]) -> String {
    calendar("PUBLISH", events)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Event {
        Event {
            uid: "session-7@tandem.example".into(),
            sequence: 2,
            start: "2027-03-30T07:00:00Z".parse().unwrap(),
            minutes: 45,
            summary: "Coaching session: Anna Keller and Sophea Chan".into(),
            description: "Agenda: goals; milestones, and the plan\nSecond line".into(),
            location: "https://meet.example.org/abc".into(),
            cancelled: false,
            stamp: "2027-03-01T10:00:00Z".parse().unwrap(),
        }
    }

    #[test]
    fn a_session_file_has_the_required_properties_in_utc() {
        let f = session_file(&sample());
        assert!(f.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(f.contains("\r\nMETHOD:REQUEST\r\n"));
        assert!(f.contains("\r\nUID:session-7@tandem.example\r\n"));
        assert!(f.contains("\r\nSEQUENCE:2\r\n"));
        assert!(f.contains("\r\nDTSTART:20270330T070000Z\r\n"));
        assert!(f.contains("\r\nDTEND:20270330T074500Z\r\n"));
        assert!(f.contains("Agenda: goals\\; milestones\\, and the plan\\nSecond line"));
        assert!(f.ends_with("END:VCALENDAR\r\n"));
        let cancelled = session_file(&Event {
            cancelled: true,
            sequence: 3,
            ..sample()
        });
        assert!(cancelled.contains("METHOD:CANCEL") && cancelled.contains("STATUS:CANCELLED"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let e = Event {
            summary: "Séance de coaching — ".repeat(10),
            ..sample()
        };
        let f = session_file(&e);
        for line in f.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = f.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", "Séance de coaching — ".repeat(10))));
    }
}
