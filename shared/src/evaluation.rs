//! The end-of-year evaluation: each member of a pair says whether the objective's goals were
//! reached, what helped, what should change, rates the partnership and says whether they would
//! take part again; the coach also says whether their perception of library work broadened (one
//! of the call's general objectives). Answers go to the programme team only.

use crate::FieldErrors;
use crate::partnership::Side;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

code_enum!(Reached {
    Yes = "yes" / "Yes, reached",
    Partly = "partly" / "Partly",
    No = "no" / "Not reached",
});

code_enum!(Broadened {
    Yes = "yes" / "Yes, clearly",
    Somewhat = "somewhat" / "Somewhat",
    No = "no" / "No",
});

code_enum!(Again {
    Yes = "yes" / "Yes",
    Maybe = "maybe" / "Perhaps",
    No = "no" / "No",
});

/// The evaluation opens in the year's last month (from the same day a month before its last
/// day) and stays open after the year has ended.
pub fn opens_on(ends_on: Date) -> Date {
    ends_on
        .checked_sub(jiff::Span::new().months(1))
        .and_then(|d| d.tomorrow())
        .unwrap_or(ends_on)
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvaluationForm {
    pub partnership_id: i64,
    pub goals_reached: String,
    pub helped: String,
    pub change: String,
    /// The coach's answer only.
    pub broadened: String,
    pub rating: String,
    pub again: String,
    /// "on" when the author allows a quote (without their name) in the programme's report.
    pub quote_ok: String,
}

/// A checked evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub goals_reached: Reached,
    pub helped: String,
    pub change: String,
    pub broadened: Option<Broadened>,
    pub rating: u8,
    pub again: Again,
    pub quote_ok: bool,
}

impl EvaluationForm {
    /// Checks the answers of a member on `side`: the coach answers the broadening question.
    pub fn validate(&self, side: Side) -> Result<Evaluation, FieldErrors> {
        let mut e = FieldErrors::new();
        let goals_reached = Reached::from_code(&self.goals_reached);
        if goals_reached.is_none() {
            e.add(
                "goals_reached",
                crate::errors::Message::key("error-eval-reached", &[]),
            );
        }
        let text = |raw: &str, field: &str, what: &str, e: &mut FieldErrors| {
            let t = raw.trim().to_owned();
            if t.chars().count() < 3 {
                e.add(
                    field,
                    crate::errors::Message::key(
                        "error-eval-few-words",
                        &[("what", crate::i18n::Arg::Key(what.into()))],
                    ),
                );
            } else if t.chars().count() > 3_000 {
                e.add(field, crate::errors::Message::key("error-eval-long", &[]));
            }
            t
        };
        let helped = text(&self.helped, "helped", "what-helped", &mut e);
        let change = text(&self.change, "change", "what-change", &mut e);
        let broadened = match side {
            Side::Coach => {
                let b = Broadened::from_code(&self.broadened);
                if b.is_none() {
                    e.add(
                        "broadened",
                        crate::errors::Message::key("error-eval-broadened", &[]),
                    );
                }
                b
            }
            Side::Partner => None,
        };
        let rating = match self.rating.trim().parse::<u8>() {
            Ok(r @ 1..=5) => r,
            _ => {
                e.add(
                    "rating",
                    crate::errors::Message::key("error-eval-rating", &[]),
                );
                0
            }
        };
        let again = Again::from_code(&self.again);
        if again.is_none() {
            e.add(
                "again",
                crate::errors::Message::key("error-eval-again", &[]),
            );
        }
        match (goals_reached, again) {
            (Some(goals_reached), Some(again)) if e.is_empty() => Ok(Evaluation {
                goals_reached,
                helped,
                change,
                broadened,
                rating,
                again,
                quote_ok: self.quote_ok == "on",
            }),
            _ => Err(e),
        }
    }
}

/// A member of the pair sets a goal's final outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalOutcomeForm {
    pub partnership_id: i64,
    pub goal_id: i64,
    pub outcome: String,
}

/// A goal and its final outcome, on the evaluation page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalOutcome {
    pub goal_id: i64,
    pub title: String,
    /// "" until the pair sets it.
    pub outcome: String,
}

/// One member's answers as the programme team reads them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerView {
    pub side: Side,
    pub name: String,
    pub goals_reached: String,
    pub helped: String,
    pub change: String,
    pub broadened: String,
    pub rating: u8,
    pub again: String,
    pub quote_ok: bool,
    pub submitted_local: String,
}

/// The evaluation page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EvaluationPage {
    /// A member of the pair: their own form (filled when they answered), the goals' outcomes.
    Member {
        partnership_id: i64,
        side: Side,
        other_name: String,
        /// "Mon 1 May 2028": the evaluation opens then; none once open.
        /// The day it opens (`2028-01-30`), while it is not yet open.
        opens_on: Option<String>,
        form: EvaluationForm,
        answered: bool,
        goals: Vec<GoalOutcome>,
    },
    /// The programme team: both members' answers.
    Team {
        partnership_id: i64,
        pair: String,
        answers: Vec<AnswerView>,
        goals: Vec<GoalOutcome>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn form() -> EvaluationForm {
        EvaluationForm {
            partnership_id: 1,
            goals_reached: "partly".into(),
            helped: "Monthly calls".into(),
            change: "Start earlier".into(),
            broadened: "yes".into(),
            rating: "4".into(),
            again: "yes".into(),
            quote_ok: String::new(),
        }
    }

    #[test]
    fn it_opens_a_month_before_the_years_last_day() {
        assert_eq!(opens_on(date(2028, 5, 31)), date(2028, 5, 1));
        assert_eq!(opens_on(date(2028, 2, 29)), date(2028, 1, 30));
    }

    #[test]
    fn the_coach_also_answers_the_broadening_question() {
        let coach = form().validate(Side::Coach).unwrap();
        assert_eq!(coach.broadened, Some(Broadened::Yes));
        assert!(!coach.quote_ok);
        let no_answer = EvaluationForm {
            broadened: String::new(),
            ..form()
        };
        assert!(
            no_answer
                .validate(Side::Coach)
                .unwrap_err()
                .first("broadened")
                .is_some()
        );
        assert_eq!(no_answer.validate(Side::Partner).unwrap().broadened, None);
    }

    #[test]
    fn each_missing_answer_is_named() {
        let e = EvaluationForm {
            partnership_id: 1,
            rating: "9".into(),
            ..Default::default()
        }
        .validate(Side::Partner)
        .unwrap_err();
        for field in ["goals_reached", "helped", "change", "rating", "again"] {
            assert!(e.first(field).is_some(), "{field}");
        }
        assert!(e.first("broadened").is_none());
    }
}
