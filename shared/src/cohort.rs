//! A cohort as the chair sets it up: its call (opening, deadline and the zone the deadline is
//! stated in), its partnership year and the rules its partnerships are held to.

use crate::validate;
use crate::{FieldErrors, time::format_date};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The chair's cohort form, as typed. `slug` is empty for a new cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortForm {
    #[serde(default)]
    pub request_key: String,
    #[serde(default)]
    pub slug: String,
    pub name: String,
    pub country: String,
    pub partner_time_zone: String,
    pub call_opens_on: String,
    pub deadline_on: String,
    pub deadline_time_zone: String,
    pub starts_on: String,
    pub months: String,
    pub min_sessions: String,
    pub hours_min: String,
    pub hours_max: String,
    pub no_session_days: String,
    pub unanswered_days: String,
    pub cv_retention_days: String,
    #[serde(default = "thirty")]
    pub draft_retention_days: String,
    #[serde(default = "sixty")]
    pub undecided_retention_days: String,
    #[serde(default = "a_year")]
    pub journal_retention_days: String,
    #[serde(default)]
    pub call_text: String,
}

fn thirty() -> String {
    "30".into()
}

fn sixty() -> String {
    "60".into()
}

fn a_year() -> String {
    "365".into()
}

impl Default for CohortForm {
    /// A new cohort with the call's rules: a year from June, six sessions, 2 to 5 hours a month.
    fn default() -> Self {
        Self {
            request_key: String::new(),
            slug: String::new(),
            name: String::new(),
            country: "Cambodia".into(),
            partner_time_zone: "Asia/Phnom_Penh".into(),
            call_opens_on: String::new(),
            deadline_on: String::new(),
            deadline_time_zone: "Europe/London".into(),
            starts_on: String::new(),
            months: "12".into(),
            min_sessions: "6".into(),
            hours_min: "2".into(),
            hours_max: "5".into(),
            no_session_days: "45".into(),
            unanswered_days: "7".into(),
            cv_retention_days: "30".into(),
            draft_retention_days: thirty(),
            undecided_retention_days: sixty(),
            journal_retention_days: a_year(),
            call_text: String::new(),
        }
    }
}

/// A checked cohort form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CohortChange {
    pub name: String,
    pub slug: String,
    pub country: String,
    pub partner_time_zone: String,
    pub call_opens_on: Date,
    pub deadline_on: Date,
    pub deadline_time_zone: String,
    pub starts_on: Date,
    pub months: u32,
    /// The last day of the partnership year.
    pub ends_on: Date,
    pub min_sessions: u32,
    pub hours_min_minutes: u32,
    pub hours_max_minutes: u32,
    pub no_session_days: u32,
    pub unanswered_days: u32,
    pub cv_retention_days: u32,
    pub draft_retention_days: u32,
    pub undecided_retention_days: u32,
    pub journal_retention_days: u32,
    pub call_text: String,
}

/// The address of a cohort: "2027-2028" from "2027-2028", "cambodia-2028" from "Cambodia 2028".
pub fn slug_for(name: &str) -> String {
    let mut slug = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(40).collect()
}

/// The last day of a partnership year of `months` from `start`: 1 Jun + 12 months ends 31 May.
/// When the month it lands in is too short (29 Feb + 12 months), the year ends on that month's
/// last day (28 Feb), not a day earlier.
pub fn year_end(start: Date, months: u32) -> Option<Date> {
    let same_day = start
        .checked_add(jiff::Span::new().months(i64::from(months)))
        .ok()?;
    if same_day.day() == start.day() {
        same_day.yesterday().ok()
    } else {
        Some(same_day)
    }
}

fn date(raw: &str, what: &str) -> Result<Date, crate::errors::Message> {
    let raw = raw.trim();
    let what = crate::validate::what_arg(what);
    if raw.is_empty() {
        return Err(crate::errors::Message::key(
            "error-text-missing",
            &[("what", what)],
        ));
    }
    raw.parse::<Date>().map_err(|_| {
        crate::errors::Message::key(
            "error-date-shape",
            &[("what", what), ("example", "2027-04-22".into())],
        )
    })
}

pub(crate) fn whole(
    raw: &str,
    what: &str,
    min: u32,
    max: u32,
) -> Result<u32, crate::errors::Message> {
    let raw = raw.trim();
    let what = crate::validate::what_arg(what);
    if raw.is_empty() {
        return Err(crate::errors::Message::key(
            "error-text-missing",
            &[("what", what)],
        ));
    }
    match raw.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) => Err(crate::errors::Message::key(
            "error-number-range",
            &[("what", what), ("min", min.into()), ("max", max.into())],
        )),
        Err(_) => Err(crate::errors::Message::key(
            "error-number-whole",
            &[("what", what)],
        )),
    }
}

/// Hours in a month: "2", "2.5" or "2:30" -> minutes (0 to 100 hours).
pub fn parse_month_hours(raw: &str, what: &str) -> Result<u32, crate::errors::Message> {
    let raw = raw.trim().trim_end_matches(['h', 'H']).trim();
    let what = crate::validate::what_arg(what);
    let bad = || crate::errors::Message::key("error-hours-shape", &[("what", what.clone())]);
    if raw.is_empty() {
        return Err(crate::errors::Message::key(
            "error-text-missing",
            &[("what", what)],
        ));
    }
    let minutes = if let Some((h, m)) = raw.split_once(':') {
        let h: u32 = h.parse().map_err(|_| bad())?;
        let m: u32 = m.parse().map_err(|_| bad())?;
        if m >= 60 {
            return Err(bad());
        }
        h.saturating_mul(60).saturating_add(m)
    } else {
        let h: f64 = raw.parse().map_err(|_| bad())?;
        if !h.is_finite() || h < 0.0 {
            return Err(bad());
        }
        (h.min(10_000.0) * 60.0).round() as u32
    };
    if minutes > 100 * 60 {
        return Err(crate::errors::Message::key(
            "error-hours-most",
            &[("what", what)],
        ));
    }
    Ok(minutes)
}

/// "2 h", "2.5 h", "1:45 h" for the form: the inverse of [`parse_month_hours`].
pub fn month_hours_text(minutes: u32) -> String {
    match minutes % 60 {
        0 => (minutes / 60).to_string(),
        30 => format!("{}.5", minutes / 60),
        m => format!("{}:{m:02}", minutes / 60),
    }
}

impl CohortForm {
    /// Checks every field and the order of the dates. Whether the zones exist and whether the
    /// deadline is still ahead are the server's checks (they need its zone data and clock).
    pub fn validate(&self) -> Result<CohortChange, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.take(
            "name",
            validate::text(
                &self.name,
                "the cohort's name, for example 2027-2028",
                3,
                60,
            ),
        );
        let slug = slug_for(&name);
        if !name.is_empty() && (slug.is_empty() || slug == "new") {
            e.add(
                "name",
                crate::errors::Message::key("error-cohort-name", &[]),
            );
        }
        let country = e.take(
            "country",
            validate::text(&self.country, "what-partners-country", 2, 80),
        );
        let partner_time_zone = e.take(
            "partner_time_zone",
            validate::time_zone(&self.partner_time_zone),
        );
        let deadline_time_zone = e.take(
            "deadline_time_zone",
            validate::time_zone(&self.deadline_time_zone),
        );
        let opens = date(&self.call_opens_on, "what-call-opens");
        let deadline = date(&self.deadline_on, "what-deadline");
        let starts = date(&self.starts_on, "what-partnerships-start");
        let months = e.take(
            "months",
            whole(&self.months, "what-year-months", 0, 999).and_then(|m| match m {
                0 => Err(crate::errors::Message::key("error-year-zero", &[])),
                m if m > 24 => Err(crate::errors::Message::key(
                    "error-year-long",
                    &[("months", m.into())],
                )),
                m => Ok(m),
            }),
        );
        let min_sessions = e.take(
            "min_sessions",
            whole(&self.min_sessions, "what-min-sessions", 1, 52),
        );
        let hours_min = e.take(
            "hours_min",
            parse_month_hours(&self.hours_min, "what-hours-floor"),
        );
        let hours_max = e.take(
            "hours_max",
            parse_month_hours(&self.hours_max, "what-hours-ceiling"),
        );
        if e.first("hours_max").is_none() && hours_max == 0 {
            e.add(
                "hours_max",
                crate::errors::Message::key("error-cohort-ceiling", &[]),
            );
        }
        let days = |raw: &str, what: &str| {
            let n = raw.trim().parse::<i64>();
            match n {
                Ok(n) if n < 1 => Err(crate::errors::Message::key(
                    "error-days-min",
                    &[("what", crate::i18n::Arg::Key(what.into()))],
                )),
                Ok(n) if n > 365 => Err(crate::errors::Message::key(
                    "error-days-max",
                    &[("what", crate::i18n::Arg::Key(what.into()))],
                )),
                _ => whole(raw, what, 1, 365),
            }
        };
        let no_session_days = e.take(
            "no_session_days",
            days(&self.no_session_days, "what-no-session-days"),
        );
        let unanswered_days = e.take(
            "unanswered_days",
            days(&self.unanswered_days, "what-unanswered-days"),
        );
        let cv_retention_days = e.take(
            "cv_retention_days",
            whole(&self.cv_retention_days, "what-cv-days", 0, 730),
        );
        let draft_retention_days = e.take(
            "draft_retention_days",
            whole(&self.draft_retention_days, "what-draft-days", 0, 730),
        );
        let undecided_retention_days = e.take(
            "undecided_retention_days",
            whole(
                &self.undecided_retention_days,
                "what-undecided-days",
                0,
                730,
            ),
        );
        let journal_retention_days = e.take(
            "journal_retention_days",
            whole(&self.journal_retention_days, "what-journal-days", 0, 3650),
        );
        let call_text = e.take(
            "call_text",
            validate::text(&self.call_text, "what-call-text", 0, 4000),
        );
        if hours_min > hours_max && e.first("hours_max").is_none() {
            e.add(
                "hours_min",
                crate::errors::Message::key(
                    "error-hours-floor-above",
                    &[
                        ("floor", month_hours_text(hours_min).into()),
                        ("ceiling", month_hours_text(hours_max).into()),
                    ],
                ),
            );
        }
        let opens = e.take("call_opens_on", opens.map(Some));
        let deadline = e.take("deadline_on", deadline.map(Some));
        let starts = e.take("starts_on", starts.map(Some));
        if let (Some(o), Some(d)) = (opens, deadline)
            && o > d
        {
            e.add(
                "deadline_on",
                format!(
                    "The deadline ({}) comes before the call opens ({}): choose a later deadline",
                    format_date(&d.to_string()),
                    format_date(&o.to_string())
                ),
            );
        }
        if let (Some(d), Some(s)) = (deadline, starts)
            && s <= d
        {
            e.add(
                "starts_on",
                format!(
                    "Partnerships start after the call closes ({}): choose a later day",
                    format_date(&d.to_string())
                ),
            );
        }
        let ends_on = starts.and_then(|s| year_end(s, months.max(1)));
        match (opens, deadline, starts, ends_on) {
            (Some(call_opens_on), Some(deadline_on), Some(starts_on), Some(ends_on)) => e
                .into_result(CohortChange {
                    name,
                    slug,
                    country,
                    partner_time_zone,
                    call_opens_on,
                    deadline_on,
                    deadline_time_zone,
                    starts_on,
                    months,
                    ends_on,
                    min_sessions,
                    hours_min_minutes: hours_min,
                    hours_max_minutes: hours_max,
                    no_session_days,
                    unanswered_days,
                    cv_retention_days,
                    draft_retention_days,
                    undecided_retention_days,
                    journal_retention_days,
                    call_text,
                }),
            _ => {
                if e.is_empty() {
                    e.add(
                        "starts_on",
                        crate::errors::Message::key("error-cohort-start", &[]),
                    );
                }
                Err(e)
            }
        }
    }
}

mod invite;
pub use invite::*;
mod views;
pub use views::*;

#[cfg(test)]
mod tests;
