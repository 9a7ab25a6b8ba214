//! Field errors: what is wrong with which form field, in words a person can act on.

use serde::{Deserialize, Serialize};

/// Messages per form field. Fields keep the order the rules first found them in, which is the
/// order of the form, so the error summary reads top to bottom like the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(Vec<(String, Vec<String>)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message for a field.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        match self.0.iter_mut().find(|(f, _)| f == field) {
            Some((_, messages)) => messages.push(message.into()),
            None => self.0.push((field.to_owned(), vec![message.into()])),
        }
    }

    /// The value of a rule's result, or its default with the message recorded for `field`.
    pub fn take<T: Default>(&mut self, field: &str, result: Result<T, String>) -> T {
        result.unwrap_or_else(|message| {
            self.add(field, message);
            T::default()
        })
    }

    /// A single-field error, for the common case.
    pub fn single(field: &str, message: impl Into<String>) -> Self {
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
            .map(String::as_str)
    }

    /// Every (field, first message) pair, for an error summary.
    pub fn summary(&self) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter_map(|(field, messages)| messages.first().map(|m| (field.clone(), m.clone())))
            .collect()
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
}
