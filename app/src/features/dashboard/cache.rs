//! The dashboard's answers, kept until anything changes or the minute turns. Every published
//! event bumps the bus's version, and the view shows clocks and today's date, so an answer is
//! reused only for the same question, the same version and the same minute.
//!
//! One computation per question and version: the first request after a change computes the
//! answer and the requests arriving meanwhile wait for it (a single flight), so many chairs'
//! tabs refetching after one event, or a burst of requests on a busy server, cost one
//! computation instead of one each. A computation that fails is not kept: the next waiter
//! tries again.

use shared::dashboard::{DashboardFilter, DashboardView};
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

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

/// One question's answer as of a version and a minute: empty while it is being computed.
struct Entry {
    version: u64,
    minute: i64,
    answer: Arc<OnceCell<Arc<DashboardView>>>,
}

#[derive(Default)]
pub struct DashboardCache {
    entries: Mutex<HashMap<Question, Entry>>,
}

impl DashboardCache {
    /// The answer to `question` as of `version` and `minute`: the kept one, the one being
    /// computed (waited for), or else computed now by `compute` and kept.
    pub async fn get_or_compute<E, F, Fut>(
        &self,
        question: Question,
        version: u64,
        minute: i64,
        compute: F,
    ) -> Result<Arc<DashboardView>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<DashboardView, E>>,
    {
        let answer = self.slot(question, version, minute);
        answer
            .get_or_try_init(|| async { compute().await.map(Arc::new) })
            .await
            .cloned()
    }

    /// The cell for this question, version and minute, made (and older ones replaced) if absent.
    fn slot(
        &self,
        question: Question,
        version: u64,
        minute: i64,
    ) -> Arc<OnceCell<Arc<DashboardView>>> {
        // A poisoned lock only means a panic elsewhere while holding it; the map is still whole.
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(entry) = entries.get(&question)
            && entry.version == version
            && entry.minute == minute
        {
            return entry.answer.clone();
        }
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        let answer = Arc::new(OnceCell::new());
        entries.insert(
            question,
            Entry {
                version,
                minute,
                answer: answer.clone(),
            },
        );
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn question(zone: &str) -> Question {
        Question {
            filter: DashboardFilter::default(),
            zone: zone.to_owned(),
            style: shared::time::Style::default(),
        }
    }

    fn view(label: &str) -> DashboardView {
        DashboardView {
            cohort: shared::partnership::CohortChoice {
                id: 1,
                slug: "2026".to_owned(),
                name: label.to_owned(),
            },
            cohorts: Vec::new(),
            filter: DashboardFilter::default(),
            rows: Vec::new(),
            total: 0,
            by_area: Vec::new(),
            by_status: Vec::new(),
            sessions_per_month: Vec::new(),
        }
    }

    /// Computes after a short wait (so others arrive meanwhile) and counts its calls.
    async fn slow(calls: &AtomicUsize, label: &str) -> Result<DashboardView, String> {
        calls.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(20)).await;
        Ok(view(label))
    }

    #[tokio::test]
    async fn requests_arriving_during_a_computation_wait_for_it() {
        let cache = DashboardCache::default();
        let calls = AtomicUsize::new(0);
        let asks = (0..20).map(|_| {
            cache.get_or_compute(question("Asia/Phnom_Penh"), 7, 1, || slow(&calls, "v7"))
        });
        let answers = futures_util::future::join_all(asks).await;
        assert_eq!(
            calls.load(Ordering::SeqCst),
            1,
            "one computation for twenty requests"
        );
        assert!(
            answers
                .iter()
                .all(|a| a.as_ref().unwrap().cohort.name == "v7")
        );
    }

    #[tokio::test]
    async fn a_new_version_a_new_minute_or_another_question_computes_again() {
        let cache = DashboardCache::default();
        let calls = AtomicUsize::new(0);
        let q = question("Europe/Paris");
        let first = cache
            .get_or_compute(q.clone(), 1, 10, || slow(&calls, "a"))
            .await
            .unwrap();
        let again = cache
            .get_or_compute(q.clone(), 1, 10, || slow(&calls, "b"))
            .await
            .unwrap();
        assert_eq!(
            (first.cohort.name.as_str(), again.cohort.name.as_str()),
            ("a", "a")
        );
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        let changed = cache
            .get_or_compute(q.clone(), 2, 10, || slow(&calls, "c"))
            .await
            .unwrap();
        let next_minute = cache
            .get_or_compute(q.clone(), 2, 11, || slow(&calls, "d"))
            .await
            .unwrap();
        let other_zone = cache
            .get_or_compute(question("America/New_York"), 2, 11, || slow(&calls, "e"))
            .await
            .unwrap();
        assert_eq!(
            [&changed, &next_minute, &other_zone].map(|v| v.cohort.name.clone()),
            ["c", "d", "e"]
        );
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn a_failed_computation_is_not_kept() {
        let cache = DashboardCache::default();
        let q = question("Australia/Sydney");
        let failed: Result<_, String> = cache
            .get_or_compute(q.clone(), 3, 5, || async {
                Err("database away".to_owned())
            })
            .await;
        assert_eq!(failed.unwrap_err(), "database away");
        let calls = AtomicUsize::new(0);
        let then = cache
            .get_or_compute(q, 3, 5, || slow(&calls, "back"))
            .await
            .unwrap();
        assert_eq!(
            (then.cohort.name.as_str(), calls.load(Ordering::SeqCst)),
            ("back", 1)
        );
    }
}
