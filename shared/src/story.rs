//! Co-shared stories (`/community/stories`): a pair member turns one of their own journal
//! entries into a story for the community, a success or a difficulty, with their name or
//! anonymously (then only the partnership's area and cohort show, and the programme team alone
//! sees who wrote it). Nothing from a pair reaches the community unless its author does this;
//! the story is a copy they may edit first, and the entry stays with the pair.

use crate::FieldErrors;
use crate::errors::Message;
use crate::partnership::JournalKind;
use crate::validate;
use serde::{Deserialize, Serialize};

code_enum!(StoryKind {
    Success = "success" / "A success",
    Difficulty = "difficulty" / "A difficulty",
});

code_enum!(ShownAs {
    Name = "name" / "With my name",
    Anonymous = "anonymous" / "Anonymously",
});

pub const TITLE_MAX: usize = 200;
pub const BODY_MAX: usize = 4_000;

/// The form on `/partnerships/{id}/journal/{entry}/story`, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryForm {
    pub partnership_id: i64,
    pub entry_id: i64,
    pub kind: String,
    pub title: String,
    pub body: String,
    /// "name" or "anonymous": nothing is chosen for the author.
    pub shown_as: String,
}

/// A checked story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStory {
    pub kind: StoryKind,
    pub title: String,
    pub body: String,
    pub anonymous: bool,
}

impl StoryForm {
    pub fn validate(&self) -> Result<NewStory, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = StoryKind::from_code(self.kind.trim());
        if kind.is_none() {
            e.add("kind", Message::key("error-story-kind", &[]));
        }
        let shown = ShownAs::from_code(self.shown_as.trim());
        if shown.is_none() {
            e.add("shown_as", Message::key("error-story-shown-as", &[]));
        }
        let title = e.take(
            "title",
            validate::text(&self.title, "what-story-title", 1, TITLE_MAX),
        );
        let body = e.take(
            "body",
            validate::text(&self.body, "what-story-body", 1, BODY_MAX),
        );
        match (kind, shown) {
            (Some(kind), Some(shown)) => e.into_result(NewStory {
                kind,
                title,
                body,
                anonymous: shown == ShownAs::Anonymous,
            }),
            _ => Err(e),
        }
    }

    /// The form as it first shows for an entry: its text, and its kind when it is a success or
    /// a difficulty (a note leaves the choice to the author).
    pub fn from_entry(partnership_id: i64, entry_id: i64, kind: JournalKind, body: &str) -> Self {
        StoryForm {
            partnership_id,
            entry_id,
            kind: match kind {
                JournalKind::Success => StoryKind::Success.code().to_owned(),
                JournalKind::Difficulty => StoryKind::Difficulty.code().to_owned(),
                JournalKind::Note => String::new(),
            },
            body: body.to_owned(),
            ..Default::default()
        }
    }
}

/// What the share page shows: the form, the other member (who will be told) and, when the
/// entry was shared before, that story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryDraft {
    pub form: StoryForm,
    pub other_name: String,
    /// The partnership's area and cohort: what an anonymous story shows of where it comes from.
    pub area_code: String,
    pub cohort: String,
    pub shared_as: Option<i64>,
}

/// A story as the community reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryView {
    pub id: i64,
    pub kind: StoryKind,
    pub title: String,
    /// Empty for a hidden story, but to the programme team.
    pub body: String,
    /// The author's name: none when anonymous, but to the programme team and the author.
    pub author: Option<String>,
    pub anonymous: bool,
    pub area_code: String,
    pub cohort: String,
    /// The day it was shared, on the reader's calendar.
    pub shared_on: String,
    pub mine: bool,
    pub hidden: bool,
}

/// The stories page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoriesPage {
    pub stories: Vec<StoryView>,
    /// The programme team may hide a story and show it again.
    pub can_moderate: bool,
}

/// What a reader sees of who wrote a story: the name, or for an anonymous one (to anyone but
/// the programme team and the author) nothing.
pub fn shown_author(name: &str, anonymous: bool, team: bool, mine: bool) -> Option<String> {
    (!anonymous || team || mine).then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> StoryForm {
        StoryForm {
            partnership_id: 1,
            entry_id: 2,
            kind: "difficulty".into(),
            title: "Our budget was cut by half".into(),
            body: "We chose three services to keep and said so to the faculty.".into(),
            shown_as: "anonymous".into(),
        }
    }

    #[test]
    fn a_full_form_is_a_story() {
        let s = form().validate().unwrap();
        assert_eq!(s.kind, StoryKind::Difficulty);
        assert!(s.anonymous);
        assert_eq!(s.title, "Our budget was cut by half");
        let named = StoryForm {
            shown_as: "name".into(),
            ..form()
        };
        assert!(!named.validate().unwrap().anonymous);
    }

    #[test]
    fn each_missing_choice_is_named_on_its_field() {
        let e = StoryForm {
            kind: "note".into(),
            shown_as: String::new(),
            title: "  ".into(),
            body: "x".repeat(BODY_MAX + 1),
            ..form()
        }
        .validate()
        .unwrap_err();
        for field in ["kind", "shown_as", "title", "body"] {
            assert!(e.first(field).is_some(), "{field}");
        }
    }

    #[test]
    fn markup_is_kept_as_typed_text() {
        let s = StoryForm {
            title: "<script>alert(1)</script>".into(),
            ..form()
        }
        .validate()
        .unwrap();
        assert_eq!(
            s.title, "<script>alert(1)</script>",
            "escaped when shown, not here"
        );
    }

    #[test]
    fn the_form_starts_from_the_entry() {
        let f = StoryForm::from_entry(3, 4, JournalKind::Success, "We opened the reading room.");
        assert_eq!((f.partnership_id, f.entry_id), (3, 4));
        assert_eq!(f.kind, "success");
        assert_eq!(f.body, "We opened the reading room.");
        assert!(f.shown_as.is_empty(), "the author chooses how it is shown");
        assert!(
            StoryForm::from_entry(3, 4, JournalKind::Note, "")
                .kind
                .is_empty()
        );
    }

    #[test]
    fn only_the_team_and_the_author_see_who_wrote_an_anonymous_story() {
        assert_eq!(
            shown_author("Sophea", false, false, false).as_deref(),
            Some("Sophea")
        );
        assert_eq!(shown_author("Sophea", true, false, false), None);
        assert_eq!(
            shown_author("Sophea", true, true, false).as_deref(),
            Some("Sophea")
        );
        assert_eq!(
            shown_author("Sophea", true, false, true).as_deref(),
            Some("Sophea")
        );
    }
}
