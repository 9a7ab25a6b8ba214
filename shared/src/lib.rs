//! Plain data and rules shared by the server and the browser: roles, request and response types,
//! validation with field errors, programme data and time-zone helpers.
//!
//! No Leptos, sea-orm, tokio or axum here, and one feature flag: `segmenter` gives the server
//! ICU4X's word dictionaries (see [`word_count`]); otherwise the same rules run on both sides.
#![cfg_attr(test, allow(clippy::unwrap_used))]

/// An enum of fixed choices, each with a stored code and a label people read.
macro_rules! code_enum {
    ($name:ident { $($variant:ident = $code:literal / $label:literal),+ $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|x| x.code() == code)
            }
        }
    };
}

pub mod account;
pub mod announcement;
pub mod application;
pub mod cohort;
pub mod commitments;
pub mod community_event;
pub mod compliance;
pub mod cv;
pub mod dashboard;
pub mod directory;
pub mod discussion;
pub mod errors;
pub mod evaluation;
pub mod experts;
pub mod export;
pub mod i18n;
pub mod ics;
pub mod intake;
pub mod library;
pub mod mail;
pub mod markup;
pub mod matching;
pub mod pair_card;
pub mod partnership;
pub mod privacy;
pub mod programme;
pub mod report;
pub mod review;
pub mod roles;
pub mod schedule;
pub mod search;
pub mod story;
pub mod time;
pub mod validate;
pub mod word_count;
pub mod words;

pub use errors::FieldErrors;
pub use roles::Role;
