//! Discussions (`/community/discussions`): threads in a space for each of the four objective
//! areas and a general one, with replies written in the safe text format (`crate::markup`);
//! `@name` mentions tell the person. An author edits their post within an hour; the programme
//! team hides a post (readers see that it was hidden) or locks a thread.

use crate::errors::Message;
use crate::markup::{Block, POST_MAX};
use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

code_enum!(Space {
    General = "general" / "General",
    Facilities = "facilities" / "Facilities and spaces",
    Collections = "collections" / "Collections and information access",
    Advocacy = "advocacy" / "Advocacy and services",
    Training = "training" / "Human resources and training",
});

pub const TITLE_MAX: usize = 160;
/// How long an author may edit their post, in milliseconds (an hour).
pub const EDIT_WINDOW_MS: i64 = 60 * 60 * 1000;

fn body(raw: &str) -> Result<String, Message> {
    validate::text(raw, "what-post", 1, POST_MAX)
}

/// A new thread, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThreadForm {
    pub space: String,
    pub title: String,
    pub body: String,
    pub request_key: String,
}

impl ThreadForm {
    pub fn validate(&self) -> Result<(Space, String, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let space = Space::from_code(self.space.trim());
        if space.is_none() {
            e.add("space", Message::key("error-discussion-space", &[]));
        }
        let title = e.take(
            "title",
            validate::text(&self.title, "what-discussion-title", 3, TITLE_MAX),
        );
        let text = e.take("body", body(&self.body));
        match space {
            Some(s) => e.into_result((s, title, text)),
            None => Err(e),
        }
    }
}

/// A reply, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReplyForm {
    pub thread_id: i64,
    pub body: String,
    pub request_key: String,
}

impl ReplyForm {
    pub fn validate(&self) -> Result<String, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = e.take("body", body(&self.body));
        e.into_result(text)
    }
}

/// An author's change to their post.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EditForm {
    pub post_id: i64,
    pub body: String,
}

impl EditForm {
    pub fn validate(&self) -> Result<String, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = e.take("body", body(&self.body));
        e.into_result(text)
    }
}

/// Whether an author may still edit a post written at `written` (ms), at `now` (ms).
pub fn editable(written: i64, now: i64) -> bool {
    (0..=EDIT_WINDOW_MS).contains(&(now - written))
}

/// One thread in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadSummary {
    pub id: i64,
    pub space: Space,
    pub title: String,
    pub author: String,
    pub replies: usize,
    /// When it was last written to, in the reader's zone.
    pub last_at: String,
    pub locked: bool,
}

/// `/community/discussions`, maybe narrowed to one space.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscussionsPage {
    pub space: Option<Space>,
    pub threads: Vec<ThreadSummary>,
}

/// One post as its reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostView {
    pub id: i64,
    pub author: String,
    /// When it was written, in the reader's zone.
    pub at: String,
    /// Empty when hidden (but to the team and its author).
    pub blocks: Vec<Block>,
    pub hidden: bool,
    pub edited: bool,
    pub mine: bool,
    /// The text as written, when the reader may still edit it.
    pub editable: Option<String>,
}

/// `/community/discussions/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadPage {
    pub id: i64,
    pub space: Space,
    pub title: String,
    pub locked: bool,
    pub posts: Vec<PostView>,
    pub can_moderate: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_needs_a_space_a_title_and_words() {
        let e = ThreadForm {
            space: "spaceships".into(),
            title: "Hi".into(),
            body: "  ".into(),
            request_key: String::new(),
        }
        .validate()
        .unwrap_err();
        for field in ["space", "title", "body"] {
            assert!(e.first(field).is_some(), "{field}");
        }
        let ok = ThreadForm {
            space: "training".into(),
            title: "Onboarding new staff".into(),
            body: "How do you do it?".into(),
            request_key: String::new(),
        }
        .validate()
        .unwrap();
        assert_eq!(ok.0, Space::Training);
    }

    #[test]
    fn an_author_edits_within_the_hour_only() {
        let t = 1_000_000_000;
        assert!(editable(t, t));
        assert!(editable(t, t + EDIT_WINDOW_MS));
        assert!(!editable(t, t + EDIT_WINDOW_MS + 1));
        assert!(!editable(t, t - 1), "not before it was written");
    }

    #[test]
    fn a_post_has_a_length_limit() {
        let long = "x".repeat(POST_MAX + 1);
        let e = ReplyForm {
            thread_id: 1,
            body: long,
            request_key: String::new(),
        }
        .validate()
        .unwrap_err();
        assert!(e.first("body").is_some());
    }
}
