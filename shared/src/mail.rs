//! Messages by email: what they are about, how often a person wants each kind, and what the
//! chair's outbox page shows of each message.

use serde::{Deserialize, Serialize};

/// What a message is about. People choose how often they receive each kind a person can
/// choose; account messages (invitations, password resets) and an applicant's own messages
/// always go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MailKind {
    Account,
    Application,
    Sessions,
    Reminders,
    Partnership,
    Alerts,
}

impl MailKind {
    pub const ALL: [MailKind; 6] = [
        MailKind::Account,
        MailKind::Application,
        MailKind::Sessions,
        MailKind::Reminders,
        MailKind::Partnership,
        MailKind::Alerts,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MailKind::Account => "account",
            MailKind::Application => "application",
            MailKind::Sessions => "sessions",
            MailKind::Reminders => "reminders",
            MailKind::Partnership => "partnership",
            MailKind::Alerts => "alerts",
        }
    }

    pub fn from_code(code: &str) -> Option<MailKind> {
        MailKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            MailKind::Account => "Your account",
            MailKind::Application => "Applications",
            MailKind::Sessions => "Sessions",
            MailKind::Reminders => "Session reminders",
            MailKind::Partnership => "Your partnership",
            MailKind::Alerts => "Alerts and concerns",
        }
    }

    /// What the kind covers, in the words of the preferences page.
    pub fn description(self) -> &'static str {
        match self {
            MailKind::Account => "Invitations, password resets and changes of email address.",
            MailKind::Application => "Receipts and private links for a coach's application.",
            MailKind::Sessions => {
                "A session proposed, accepted, moved or cancelled, with a calendar invitation."
            }
            MailKind::Reminders => "A reminder 24 hours and 1 hour before each session.",
            MailKind::Partnership => {
                "Your pair, its goals and what the other person or the programme team changed."
            }
            MailKind::Alerts => "Alerts about a partnership's progress, and concerns raised.",
        }
    }

    /// Whether a person may turn this kind off. Account messages always go.
    pub fn optional(self) -> bool {
        !matches!(self, MailKind::Account | MailKind::Application)
    }
}

/// How often a person receives one kind of message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    Immediately,
    Off,
}

impl Delivery {
    pub const ALL: [Delivery; 2] = [Delivery::Immediately, Delivery::Off];

    pub fn code(self) -> &'static str {
        match self {
            Delivery::Immediately => "immediately",
            Delivery::Off => "off",
        }
    }

    pub fn from_code(code: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Delivery::Immediately => "Email me each one",
            Delivery::Off => "No email (I read them in Tandem)",
        }
    }
}

/// Where a message is on its way out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailStatus {
    /// Waiting for the mail worker (first try, or a retry after a temporary failure).
    Queued,
    /// Leased by a worker that is sending it now.
    Sending,
    Sent,
    /// The mail server refused it for good, or every retry failed.
    Failed,
    /// Never to be sent (written before Tandem sent email).
    Held,
}

impl MailStatus {
    pub const ALL: [MailStatus; 5] = [
        MailStatus::Queued,
        MailStatus::Sending,
        MailStatus::Sent,
        MailStatus::Failed,
        MailStatus::Held,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sending => "sending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
            MailStatus::Held => "held",
        }
    }

    pub fn from_code(code: &str) -> Option<MailStatus> {
        MailStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            MailStatus::Queued => "Queued",
            MailStatus::Sending => "Sending",
            MailStatus::Sent => "Sent",
            MailStatus::Failed => "Failed",
            MailStatus::Held => "Not sent",
        }
    }
}

/// One message on the chair's outbox page. A message carrying a private link (password reset,
/// invitation, an applicant's link) has that link removed from `body`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub to_email: String,
    pub subject: String,
    pub body: String,
    pub kind: MailKind,
    pub status: MailStatus,
    pub attempts: i32,
    pub last_error: Option<String>,
    /// When it was written, on the viewer's clock ("Sun 29 Nov 2026, 22:05").
    pub created_at_local: String,
    pub sent_at_local: Option<String>,
    /// When the worker tries again, for a queued message that failed once.
    pub next_attempt_local: Option<String>,
    pub has_calendar: bool,
}

impl OutboxMessage {
    /// A failed message can be queued again by the chair.
    pub fn can_retry(&self) -> bool {
        self.status == MailStatus::Failed
    }
}

/// The outbox page: whether mail goes out at all, counts per status, and the messages shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    /// False when no SMTP server is configured: nothing leaves the outbox.
    pub sending: bool,
    pub counts: Vec<(MailStatus, u64)>,
    pub filter: Option<MailStatus>,
    pub messages: Vec<OutboxMessage>,
}

/// A person's setting for one kind of message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preference {
    pub kind: MailKind,
    pub delivery: Delivery,
}

/// The form on `/profile/messages`: one choice per kind a person may turn off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreferencesForm {
    pub sessions: String,
    pub reminders: String,
    pub partnership: String,
    pub alerts: String,
}

impl PreferencesForm {
    /// Each choice read; an unknown one is refused next to its field.
    pub fn validate(&self) -> Result<Vec<Preference>, crate::FieldErrors> {
        let mut errors = crate::FieldErrors::default();
        let mut out = Vec::new();
        for (kind, value) in [
            (MailKind::Sessions, &self.sessions),
            (MailKind::Reminders, &self.reminders),
            (MailKind::Partnership, &self.partnership),
            (MailKind::Alerts, &self.alerts),
        ] {
            match Delivery::from_code(value.trim()) {
                Some(delivery) => out.push(Preference { kind, delivery }),
                None => errors.add(
                    kind.code(),
                    crate::errors::Message::key("error-mail-delivery", &[]),
                ),
            }
        }
        errors.into_result(out)
    }
}

/// What the unsubscribe page shows: the kind the link is for, and to which address (partly
/// hidden: the link may have been forwarded).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unsubscribe {
    pub kind: MailKind,
    pub masked_email: String,
    pub delivery: Delivery,
}

/// `vichea@library.edu.kh` as `vi…@library.edu.kh`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let shown: String = local.chars().take(2).collect();
            format!("{shown}…@{domain}")
        }
        None => "…".to_owned(),
    }
}

/// A subject or a display name as one header line: control characters (CR, LF, tabs) become
/// spaces, runs of spaces one, at most 200 characters. No header can be injected through it.
pub fn header_text(value: &str) -> String {
    let spaced: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(200)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in MailKind::ALL {
            assert_eq!(MailKind::from_code(k.code()), Some(k));
        }
        for d in Delivery::ALL {
            assert_eq!(Delivery::from_code(d.code()), Some(d));
        }
        for s in MailStatus::ALL {
            assert_eq!(MailStatus::from_code(s.code()), Some(s));
        }
        assert_eq!(MailKind::from_code("spam"), None);
        assert!(!MailKind::Account.optional());
        assert!(MailKind::Sessions.optional());
    }

    #[test]
    fn header_text_cannot_carry_a_new_header() {
        assert_eq!(
            header_text("Hello\r\nBcc: everyone@example.org"),
            "Hello Bcc: everyone@example.org"
        );
        assert_eq!(header_text("  a\tb\n\nc "), "a b c");
        assert_eq!(header_text(&"x".repeat(500)).len(), 200);
    }

    #[test]
    fn preferences_form_refuses_an_unknown_choice() {
        let mut form = PreferencesForm {
            sessions: "immediately".into(),
            reminders: "off".into(),
            partnership: "immediately".into(),
            alerts: "off".into(),
        };
        let read = form.validate().unwrap();
        assert_eq!(
            read[1],
            Preference {
                kind: MailKind::Reminders,
                delivery: Delivery::Off
            }
        );
        form.alerts = "hourly".into();
        let errors = form.validate().unwrap_err();
        assert!(errors.first("alerts").is_some());
    }

    #[test]
    fn masks_the_local_part() {
        assert_eq!(mask_email("vichea@library.edu.kh"), "vi…@library.edu.kh");
        assert_eq!(mask_email("a@b.org"), "a…@b.org");
        assert_eq!(mask_email("nonsense"), "…");
    }
}
