//! Field errors: what is wrong with which form field, in words a person can act on.
//!
//! A rule's message is a translation key with its arguments ([`Message::key`]), written in
//! English when it is made; the server puts it in the reader's language ([`FieldErrors::localize`])
//! before it leaves. Messages not yet moved to the translation files are plain English text.

use crate::i18n::{Arg, Lang};
use serde::{Deserialize, Serialize};

/// One message: its text, and the key and arguments it was made from (when it has one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<(String, Vec<(String, Arg)>)>,
}

impl Message {
    /// The message of a translation key with its arguments (its text in English until
    /// [`Message::localize`]).
    pub fn key(key: &str, args: &[(&str, Arg)]) -> Self {
        Message {
            text: crate::i18n::tr(Lang::En, key, args),
            key: Some((
                key.to_owned(),
                args.iter()
                    .map(|(n, v)| ((*n).to_owned(), v.clone()))
                    .collect(),
            )),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The translation key, when the message has one.
    pub fn key_name(&self) -> Option<&str> {
        self.key.as_ref().map(|(k, _)| k.as_str())
    }

    /// The text in `lang` (plain English messages stay as they are).
    pub fn localize(&mut self, lang: Lang) {
        if let Some((key, args)) = &self.key {
            let args: Vec<(&str, Arg)> =
                args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
            self.text = crate::i18n::tr(lang, key, &args);
        }
    }
}

impl Message {
    /// Several messages read as one, joined as the language lists them.
    pub fn joined(messages: Vec<Message>) -> Option<Message> {
        messages.into_iter().reduce(|a, b| {
            Message::key(
                "list-semicolon",
                &[("a", Arg::Said(Box::new(a))), ("b", Arg::Said(Box::new(b)))],
            )
        })
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Message { text, key: None }
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::from(text.to_owned())
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The English text (for places not yet translated).
impl From<Message> for String {
    fn from(m: Message) -> Self {
        m.text
    }
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

/// Messages per form field. Fields keep the order the rules first found them in, which is the
/// order of the form, so the error summary reads top to bottom like the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(Vec<(String, Vec<Message>)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message for a field.
    pub fn add(&mut self, field: &str, message: impl Into<Message>) {
        match self.0.iter_mut().find(|(f, _)| f == field) {
            Some((_, messages)) => messages.push(message.into()),
            None => self.0.push((field.to_owned(), vec![message.into()])),
        }
    }

    /// The value of a rule's result, or its default with the message recorded for `field`.
    pub fn take<T: Default, M: Into<Message>>(&mut self, field: &str, result: Result<T, M>) -> T {
        result.unwrap_or_else(|message| {
            self.add(field, message);
            T::default()
        })
    }

    /// A single-field error, for the common case.
    pub fn single(field: &str, message: impl Into<Message>) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for a field, if any.
    pub fn first(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .and_then(|(_, m)| m.first())
            .map(Message::text)
    }

    /// Every (field, first message) pair, for an error summary.
    pub fn summary(&self) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter_map(|(field, messages)| {
                messages
                    .first()
                    .map(|m| (field.clone(), m.text().to_owned()))
            })
            .collect()
    }

    /// Every message in `lang`: the server calls this before the errors leave for the reader.
    pub fn localize(&mut self, lang: Lang) {
        for (_, messages) in &mut self.0 {
            for m in messages {
                m.localize(lang);
            }
        }
    }

    /// `Ok(value)` when no rule failed, otherwise the errors.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_first_message_per_field_in_summary() {
        let mut errors = FieldErrors::new();
        errors.add("email", "Enter an email address");
        errors.add("email", "second");
        errors.add("password", "Enter a password");
        errors.add("email", "third");
        assert_eq!(errors.first("email"), Some("Enter an email address"));
        assert_eq!(
            errors.summary(),
            vec![
                ("email".to_owned(), "Enter an email address".to_owned()),
                ("password".to_owned(), "Enter a password".to_owned())
            ]
        );
        assert!(errors.clone().into_result(()).is_err());
        assert!(FieldErrors::new().into_result(1).is_ok());
    }

    #[test]
    fn keyed_messages_are_english_until_localized() {
        let mut errors = FieldErrors::new();
        errors.add(
            "need",
            Message::key("error-need-short", &[("min", Arg::Number(50))]),
        );
        errors.add("library", "Plain text stays as it is");
        assert_eq!(
            errors.first("need"),
            Some("Describe the need in at least 50 words, so your coach can prepare")
        );
        errors.localize(Lang::Km);
        let khmer = errors.first("need").unwrap();
        assert!(khmer.contains("50") && khmer.chars().any(crate::word_count::is_unspaced_script));
        assert_eq!(errors.first("library"), Some("Plain text stays as it is"));
        // The keyed message travels with its key, so the browser's copy can be localized too.
        let json = serde_json::to_string(&errors).unwrap();
        let back: FieldErrors = serde_json::from_str(&json).unwrap();
        assert_eq!(back, errors);
    }

    #[test]
    fn joined_messages_read_whole_in_each_language() {
        let progress = |old: i64, new: i64| {
            Message::key(
                "goal-history-progress",
                &[("old", old.into()), ("new", new.into())],
            )
        };
        assert!(Message::joined(Vec::new()).is_none());
        let one = Message::joined(vec![progress(10, 20)]).unwrap();
        assert_eq!(one.text(), "Progress: 10% → 20%");
        let mut two = Message::joined(vec![
            Message::key(
                "goal-history-status",
                &[
                    ("before", Arg::Key("goal-status-not_started".into())),
                    ("after", Arg::Key("goal-status-done".into())),
                ],
            ),
            progress(0, 100),
        ])
        .unwrap();
        assert_eq!(
            two.text(),
            "Status: Not started → Done; Progress: 0% → 100%"
        );
        two.localize(Lang::Km);
        assert!(two.text().starts_with("ស្ថានភាព: "), "{}", two.text());
        assert!(two.text().ends_with("វឌ្ឍនភាព: 0% → 100%"), "{}", two.text());
    }
}
