//! The programme's reports: a cohort's figures for IATUL (a page the chair prints to PDF), a
//! partnership's one-page summary and a coach's certificate of participation. The aggregates are
//! computed here from plain rows, so they are tested without a database.

use crate::evaluation::{Again, Broadened, Reached};
use crate::partnership::{PartnershipStatus, Side};
use serde::{Deserialize, Serialize};

/// One partnership's line in the cohort report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPair {
    pub id: i64,
    pub coach_id: i64,
    pub coach: String,
    pub partner: String,
    pub area_title: String,
    pub status: PartnershipStatus,
    pub sessions_held: u32,
    pub min_sessions: u32,
    pub support_minutes: u32,
    /// Months of the year that have ended with support within or above the band.
    pub months_in_band: u32,
    /// Months of the year that have ended.
    pub months_ended: u32,
    /// Final outcome codes of the goals that count ("" while not set).
    pub outcomes: Vec<String>,
    /// How many members answered the evaluation (0 to 2).
    pub answered: u32,
}

/// A counted answer: its label (a translation key for answers and outcomes, a name for pairs and
/// the programme's own area titles) and how many gave it.
pub type Count = (String, u32);

/// One member's evaluation, as the aggregates need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub side: Side,
    pub reached: Reached,
    pub broadened: Option<Broadened>,
    pub rating: u8,
    pub again: Again,
    pub helped: String,
    pub quote_ok: bool,
}

/// A quote its author allowed in the report, without their name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Who, as a translation key: `report-quote-partner` or `report-quote-coach`.
    pub who: String,
    pub text: String,
}

/// The evaluation answers of a cohort, in aggregate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationSummary {
    pub partners_answered: u32,
    pub coaches_answered: u32,
    /// The mean rating out of 5, to one decimal ("4.5"); `None` before any answer.
    pub mean_rating: Option<String>,
    pub reached: Vec<Count>,
    pub again: Vec<Count>,
    /// Coaches only.
    pub broadened: Vec<Count>,
    pub quotes: Vec<Quote>,
}

/// Each choice's translation key (`{prefix}-{code}`) with how many gave it.
fn tally<T: Copy + PartialEq>(
    all: &[T],
    prefix: &str,
    code: fn(T) -> &'static str,
    given: &[T],
) -> Vec<Count> {
    all.iter()
        .map(|x| {
            let n = given.iter().filter(|g| *g == x).count() as u32;
            (format!("{prefix}-{}", code(*x)), n)
        })
        .collect()
}

/// Sums the answers: counts per choice (every choice listed, zeros included), the mean rating,
/// and the quotes whose authors allowed them.
pub fn summarise(answers: &[Answer]) -> EvaluationSummary {
    let count = |side: Side| answers.iter().filter(|a| a.side == side).count() as u32;
    let mean_rating = (!answers.is_empty()).then(|| {
        let total: u32 = answers.iter().map(|a| u32::from(a.rating)).sum();
        // Tenths, rounded half up: 4.25 reads 4.3.
        let tenths = (total * 100 / answers.len() as u32 + 5) / 10;
        format!("{}.{}", tenths / 10, tenths % 10)
    });
    let reached: Vec<Reached> = answers.iter().map(|a| a.reached).collect();
    let again: Vec<Again> = answers.iter().map(|a| a.again).collect();
    let broadened: Vec<Broadened> = answers.iter().filter_map(|a| a.broadened).collect();
    EvaluationSummary {
        partners_answered: count(Side::Partner),
        coaches_answered: count(Side::Coach),
        mean_rating,
        reached: tally(Reached::ALL, "reached", Reached::code, &reached),
        again: tally(Again::ALL, "again", Again::code, &again),
        broadened: tally(Broadened::ALL, "broadened", Broadened::code, &broadened),
        quotes: answers
            .iter()
            .filter(|a| a.quote_ok && !a.helped.trim().is_empty())
            .map(|a| Quote {
                who: match a.side {
                    Side::Coach => "report-quote-coach".into(),
                    Side::Partner => "report-quote-partner".into(),
                },
                text: a.helped.trim().to_owned(),
            })
            .collect(),
    }
}

/// Goal outcomes across the cohort: reached, partly, not reached, and not yet set.
pub fn outcome_counts(pairs: &[ReportPair]) -> Vec<Count> {
    let codes: Vec<&str> = pairs
        .iter()
        .flat_map(|p| p.outcomes.iter().map(String::as_str))
        .collect();
    let mut out: Vec<Count> = Reached::ALL
        .iter()
        .map(|r| {
            let n = codes.iter().filter(|c| **c == r.code()).count() as u32;
            (format!("reached-{}", r.code()), n)
        })
        .collect();
    let unset = codes
        .iter()
        .filter(|c| Reached::from_code(c).is_none())
        .count() as u32;
    out.push(("evaluation-not-set".into(), unset));
    out
}

/// The cohort report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortReport {
    pub programme: String,
    pub cohort_slug: String,
    pub cohort_name: String,
    /// "1 Jun 2026 to 31 May 2027".
    pub year: String,
    /// The day it was drawn up, on the chair's calendar.
    pub as_of: String,
    pub chair_name: String,
    pub min_sessions: u32,
    /// "2 h to 5 h a month".
    pub band: String,
    /// Every area, in the call's order, with how many partnerships chose it.
    pub by_area: Vec<Count>,
    pub pairs: Vec<ReportPair>,
    pub outcomes: Vec<Count>,
    pub evaluation: EvaluationSummary,
}

impl CohortReport {
    /// Partnerships that held at least the minimum of sessions.
    pub fn met_minimum(&self) -> u32 {
        self.pairs
            .iter()
            .filter(|p| p.sessions_held >= p.min_sessions)
            .count() as u32
    }

    /// Ended months within or above the band, and ended months, across the cohort.
    pub fn months_in_band(&self) -> (u32, u32) {
        self.pairs.iter().fold((0, 0), |(a, b), p| {
            (a + p.months_in_band, b + p.months_ended)
        })
    }
}

/// A goal on the partnership summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryGoal {
    pub title: String,
    /// The goal's status code (`in_progress`).
    pub status: String,
    pub progress: u32,
    /// The final outcome's code (`partly`), or "".
    pub outcome: String,
}

/// A partnership's one-page summary: figures and goals the pair shares, never the journal, notes
/// or evaluation answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipSummary {
    pub id: i64,
    pub programme: String,
    pub cohort_name: String,
    pub coach: String,
    /// The coach's time zone (the page names its place).
    pub coach_zone: String,
    pub partner: String,
    pub partner_zone: String,
    pub library: String,
    pub area_code: String,
    pub area_title: String,
    pub objective: String,
    /// The partnership year's first and last days (`2027-03-01`).
    pub starts_on: String,
    pub ends_on: String,
    pub status: PartnershipStatus,
    pub sessions_held: u32,
    pub min_sessions: u32,
    /// Days of the held sessions, on the partner's calendar (`2026-08-04`).
    pub session_days: Vec<String>,
    pub support_minutes: u32,
    /// (the month's first day, minutes, the band's code) for each month of the year.
    pub months: Vec<(String, u32, String)>,
    pub goals: Vec<SummaryGoal>,
    /// The reader's date (`2027-04-10`).
    pub as_of: String,
}

/// A coach's certificate of participation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub programme: String,
    pub cohort_name: String,
    pub coach: String,
    /// Each partnership of the coach in the cohort: "Sokha Chan, Royal University of Phnom
    /// Penh Library (Phnom Penh)".
    pub partners: Vec<String>,
    pub year: String,
    pub sessions_held: u32,
    pub chair_name: String,
    pub issued_on: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(side: Side, rating: u8, reached: Reached, quote: bool) -> Answer {
        Answer {
            side,
            reached,
            broadened: (side == Side::Coach).then_some(Broadened::Somewhat),
            rating,
            again: Again::Yes,
            helped: format!("  rating {rating} helped "),
            quote_ok: quote,
        }
    }

    #[test]
    fn a_summary_counts_every_choice_and_rounds_the_mean() {
        let s = summarise(&[
            answer(Side::Partner, 5, Reached::Yes, true),
            answer(Side::Coach, 4, Reached::Partly, false),
            answer(Side::Partner, 4, Reached::Yes, false),
            answer(Side::Coach, 4, Reached::Yes, true),
        ]);
        assert_eq!((s.partners_answered, s.coaches_answered), (2, 2));
        // 17 / 4 = 4.25, written 4.3.
        assert_eq!(s.mean_rating.as_deref(), Some("4.3"));
        assert_eq!(
            s.reached,
            vec![
                ("reached-yes".to_owned(), 3),
                ("reached-partly".to_owned(), 1),
                ("reached-no".to_owned(), 0)
            ]
        );
        assert_eq!(s.broadened[1], ("broadened-somewhat".to_owned(), 2));
        assert_eq!(s.again[0].1, 4);
        // Only the allowed quotes, trimmed, without names.
        assert_eq!(
            s.quotes,
            vec![
                Quote {
                    who: "report-quote-partner".into(),
                    text: "rating 5 helped".into()
                },
                Quote {
                    who: "report-quote-coach".into(),
                    text: "rating 4 helped".into()
                }
            ]
        );
    }

    #[test]
    fn no_answers_has_no_mean_and_zero_counts() {
        let s = summarise(&[]);
        assert_eq!(s.mean_rating, None);
        assert!(s.reached.iter().all(|(_, n)| *n == 0));
        assert_eq!(s.reached.len(), 3);
        assert!(s.quotes.is_empty());
    }

    fn pair(held: u32, outcomes: &[&str], months: (u32, u32)) -> ReportPair {
        ReportPair {
            id: 1,
            coach_id: 2,
            coach: "C".into(),
            partner: "P".into(),
            area_title: "A".into(),
            status: PartnershipStatus::Completed,
            sessions_held: held,
            min_sessions: 6,
            support_minutes: 0,
            months_in_band: months.0,
            months_ended: months.1,
            outcomes: outcomes.iter().map(|s| (*s).to_owned()).collect(),
            answered: 0,
        }
    }

    #[test]
    fn the_cohort_figures_add_up_over_pairs() {
        let pairs = vec![
            pair(6, &["yes", "partly"], (10, 12)),
            pair(5, &["no", ""], (3, 12)),
            pair(9, &["yes"], (12, 12)),
        ];
        assert_eq!(
            outcome_counts(&pairs),
            vec![
                ("reached-yes".to_owned(), 2),
                ("reached-partly".to_owned(), 1),
                ("reached-no".to_owned(), 1),
                ("evaluation-not-set".to_owned(), 1)
            ]
        );
        let report = CohortReport {
            programme: String::new(),
            cohort_slug: String::new(),
            cohort_name: String::new(),
            year: String::new(),
            as_of: String::new(),
            chair_name: String::new(),
            min_sessions: 6,
            band: String::new(),
            by_area: vec![],
            outcomes: vec![],
            evaluation: EvaluationSummary::default(),
            pairs,
        };
        assert_eq!(report.met_minimum(), 2);
        assert_eq!(report.months_in_band(), (25, 36));
    }
}
