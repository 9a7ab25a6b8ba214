//! The dashboard's answers, kept until anything changes or the minute turns. Every published
//! event bumps the bus's version, and the view shows clocks and today's date, so an answer is
//! reused only for the same question, the same version and the same minute. Many chairs' tabs
//! refetching after one event then cost one computation.

use shared::dashboard::{DashboardFilter, DashboardView};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Above this many questions the cache starts again empty (filters and zones are few).
const MAX_ENTRIES: usize = 256;

#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub struct Question {
    pub filter: DashboardFilter,
    /// The viewer's zone: times in the view are on their clock.
    pub zone: String,
    /// The viewer's language and digits: the view's times and months are written in them.
    pub style: shared::time::Style,
}

struct Answer {
    version: u64,
    minute: i64,
    view: Arc<DashboardView>,
}

#[derive(Default)]
pub struct DashboardCache {
    answers: Mutex<HashMap<Question, Answer>>,
}

impl DashboardCache {
    /// The kept answer to `question`, if nothing changed since and the minute is the same.
    pub fn get(
        &self,
        question: &Question,
        version: u64,
        minute: i64,
    ) -> Option<Arc<DashboardView>> {
        let answers = self.answers.lock().ok()?;
        answers
            .get(question)
            .filter(|a| a.version == version && a.minute == minute)
            .map(|a| a.view.clone())
    }

    /// Keeps an answer computed from the data as of `version`.
    pub fn put(&self, question: Question, version: u64, minute: i64, view: Arc<DashboardView>) {
        if let Ok(mut answers) = self.answers.lock() {
            if answers.len() >= MAX_ENTRIES {
                answers.clear();
            }
            answers.insert(
                question,
                Answer {
                    version,
                    minute,
                    view,
                },
            );
        }
    }
}
