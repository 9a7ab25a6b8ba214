//! Matching a partner with a coach: an explainable score from the coach's expertise against the
//! partner's area, the overlap of both people's usual working hours across the whole partnership
//! year (so clock changes count), shared languages and the coach's load.
//!
//! Working hours are local wall times in each person's own zone, the same every day; the day's
//! window is turned into instants with [`crate::time::wall_to_instant`], so a day with a clock
//! change gets the window the person's clock shows.

use crate::i18n::{Arg, Lang, t, tr};
use crate::programme::ObjectiveArea;
use jiff::ToSpan;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// Minutes after local midnight.
pub type ClockMinutes = u16;

/// A person's usual working hours, in their own zone. `end` is after `start` on the same day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingHours {
    pub start: ClockMinutes,
    pub end: ClockMinutes,
}

impl Default for WorkingHours {
    fn default() -> Self {
        WorkingHours {
            start: 9 * 60,
            end: 17 * 60,
        }
    }
}

impl WorkingHours {
    /// Checks the two clock fields of a form ("09:00", "17:30").
    pub fn parse(
        start: &str,
        end: &str,
    ) -> Result<WorkingHours, (&'static str, crate::errors::Message)> {
        let s = parse_clock(start).map_err(|m| ("work_start", m))?;
        let e = parse_clock(end).map_err(|m| ("work_end", m))?;
        if e <= s {
            return Err((
                "work_end",
                crate::errors::Message::key("error-workday-order", &[]),
            ));
        }
        if e - s < 60 {
            return Err((
                "work_end",
                crate::errors::Message::key("error-workday-short", &[]),
            ));
        }
        Ok(WorkingHours { start: s, end: e })
    }

    /// "09:00-17:00".
    pub fn label(self) -> String {
        format!("{}-{}", format_clock(self.start), format_clock(self.end))
    }
}

/// "9:30", "09:30" -> 570. Midnight at the end of the day is "24:00".
pub fn parse_clock(raw: &str) -> Result<ClockMinutes, crate::errors::Message> {
    let raw = raw.trim();
    let bad = || crate::errors::Message::key("error-clock-shape", &[("raw", raw.into())]);
    if raw.is_empty() {
        return Err(crate::errors::Message::key("error-clock-missing", &[]));
    }
    let (h, m) = raw.split_once(':').ok_or_else(bad)?;
    let h: u16 = h.parse().map_err(|_| bad())?;
    let m: u16 = m.parse().map_err(|_| bad())?;
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

/// 570 -> "09:30".
pub fn format_clock(minutes: ClockMinutes) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// One person's working window on each day of a period, as Unix seconds `[start, end)`.
pub fn daily_windows(tz: &TimeZone, hours: WorkingHours, from: Date, to: Date) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut day = from;
    while day <= to {
        if let (Some(s), Some(e)) = (
            instant_on(day, hours.start, tz),
            instant_on(day, hours.end, tz),
        ) && e > s
        {
            out.push((s, e));
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    out
}

fn instant_on(day: Date, minutes: ClockMinutes, tz: &TimeZone) -> Option<i64> {
    let (day, minutes) = if minutes >= 24 * 60 {
        (day.tomorrow().ok()?, minutes - 24 * 60)
    } else {
        (day, minutes)
    };
    let time = Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).ok()?;
    crate::time::wall_to_instant(day.to_datetime(time), tz)
        .ok()
        .map(|t| t.as_second())
}

/// From a date on, the overlap is this many minutes a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverlapPeriod {
    pub from: Date,
    pub minutes: i64,
}

/// How the pair's working hours overlap over the partnership year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overlap {
    /// Consecutive days with the same overlap, in order; the first starts on the first day.
    pub periods: Vec<OverlapPeriod>,
    /// The mean overlap per day over the year, in minutes.
    pub mean_minutes: i64,
}

impl Overlap {
    /// "2 h a day overlap, 3 h from Sun 29 Mar 2026, 2 h from Sun 25 Oct 2026", or "no
    /// overlap in working hours", in a reader's language.
    pub fn describe_in(&self, lang: Lang) -> String {
        if self.periods.iter().all(|p| p.minutes == 0) {
            return t(lang, "match-overlap-none");
        }
        let mut parts = Vec::new();
        for (i, p) in self.periods.iter().enumerate() {
            if i == 0 {
                parts.push(tr(
                    lang,
                    "match-overlap-first",
                    &[("duration", Arg::Minutes(p.minutes))],
                ));
            } else if i < 4 {
                parts.push(tr(
                    lang,
                    "match-overlap-from",
                    &[
                        ("duration", Arg::Minutes(p.minutes)),
                        ("date", Arg::Date(p.from.to_string())),
                    ],
                ));
            }
        }
        if self.periods.len() > 4 {
            parts.push(tr(
                lang,
                "match-overlap-more",
                &[("count", (self.periods.len() - 4).into())],
            ));
        }
        parts.join(", ")
    }
}

/// [`duration_words`] in a language.
pub fn duration_words_in(lang: crate::i18n::Lang, minutes: i64) -> String {
    use crate::i18n::tr;
    let (h, m) = (minutes / 60, minutes % 60);
    match minutes {
        m if m <= 0 => tr(lang, "duration-none", &[]),
        m if m < 60 => tr(lang, "duration-minutes", &[("m", m.into())]),
        _ if m == 0 => tr(lang, "duration-hours", &[("h", h.to_string().into())]),
        _ if m == 30 => tr(lang, "duration-hours", &[("h", format!("{h}.5").into())]),
        _ => tr(
            lang,
            "duration-hours-minutes",
            &[("h", h.into()), ("m", m.into())],
        ),
    }
}

/// "2.5 h", "3 h", "45 min", "none".
pub fn duration_words(minutes: i64) -> String {
    match minutes {
        m if m <= 0 => "none".into(),
        m if m < 60 => format!("{m} min"),
        m if m % 60 == 0 => format!("{} h", m / 60),
        m if m % 30 == 0 => format!("{}.5 h", m / 60),
        m => format!("{} h {} min", m / 60, m % 60),
    }
}

/// The overlap of a partner's and a coach's working days, counted per day of the partner's
/// calendar from `from` to `to` inclusive.
pub fn overlap(
    partner: (&TimeZone, WorkingHours),
    coach: (&TimeZone, WorkingHours),
    from: Date,
    to: Date,
) -> Overlap {
    let mine = daily_windows(partner.0, partner.1, from, to);
    // The coach's days around the partner's: a day either side covers every offset difference.
    let theirs = daily_windows(
        coach.0,
        coach.1,
        from.checked_sub(1.day()).unwrap_or(from),
        to.checked_add(1.day()).unwrap_or(to),
    );
    overlap_of_windows(&mine, &theirs, from)
}

/// As [`overlap`], from windows already expanded (the matching page expands each person once).
pub fn overlap_of_windows(partner: &[(i64, i64)], coach: &[(i64, i64)], from: Date) -> Overlap {
    let mut periods: Vec<OverlapPeriod> = Vec::new();
    let mut total = 0i64;
    let mut j = 0usize;
    let mut day = from;
    for &(s, e) in partner {
        while j < coach.len() && coach[j].1 <= s {
            j += 1;
        }
        let mut seconds = 0i64;
        let mut k = j;
        while k < coach.len() && coach[k].0 < e {
            seconds += (e.min(coach[k].1) - s.max(coach[k].0)).max(0);
            k += 1;
        }
        let minutes = seconds / 60;
        total += minutes;
        if periods.last().map(|p| p.minutes) != Some(minutes) {
            periods.push(OverlapPeriod { from: day, minutes });
        }
        day = day.tomorrow().unwrap_or(day);
    }
    let days = partner.len().max(1) as i64;
    Overlap {
        periods,
        mean_minutes: total / days,
    }
}

/// What the score needs to know about a coach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoachFacts {
    pub expertise: Vec<ObjectiveArea>,
    pub languages: Vec<String>,
    pub capacity: u32,
    /// Partnerships the coach already has in the cohort (active or paused).
    pub load: u32,
}

/// What the score needs to know about a partner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerFacts {
    pub area: ObjectiveArea,
    pub languages: Vec<String>,
}

/// The score out of 100 and the reasons for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchScore {
    pub total: u32,
    pub expertise_match: bool,
    pub overlap: Overlap,
    pub shared_languages: Vec<String>,
    pub capacity: u32,
    pub load: u32,
    /// The partner's objective area the expertise was compared with.
    pub area: ObjectiveArea,
}

impl MatchScore {
    pub fn full(&self) -> bool {
        self.load >= self.capacity
    }

    /// One line in a reader's language: "2.5 h a day overlap; expertise in collections and
    /// information access; both speak French; 0 of 1 partner taken".
    pub fn why(&self, lang: Lang) -> String {
        let area = || Arg::Key(format!("area-words-{}", self.area.code()));
        let mut why = vec![self.overlap.describe_in(lang)];
        if self.expertise_match {
            why.push(tr(lang, "match-expertise", &[("area", area())]));
        }
        if !self.shared_languages.is_empty() {
            why.push(tr(
                lang,
                "match-languages",
                &[("languages", self.shared_languages.join(", ").into())],
            ));
        }
        why.push(tr(
            lang,
            "match-load",
            &[
                ("load", self.load.into()),
                ("capacity", self.capacity.into()),
            ],
        ));
        why.join("; ")
    }

    /// What should make the chair think twice, in a reader's language.
    pub fn warnings(&self, lang: Lang) -> Vec<String> {
        let mut warnings = Vec::new();
        if !self.expertise_match {
            warnings.push(tr(
                lang,
                "match-no-expertise",
                &[("area", Arg::Key(format!("area-words-{}", self.area.code())))],
            ));
        }
        if self.shared_languages.is_empty() {
            warnings.push(t(lang, "match-no-language"));
        }
        if self.full() {
            warnings.push(tr(
                lang,
                "match-full",
                &[
                    ("load", self.load.into()),
                    ("capacity", self.capacity.into()),
                ],
            ));
        }
        if self.overlap.periods.iter().all(|p| p.minutes == 0) {
            warnings.push(t(lang, "match-no-hours"));
        }
        warnings
    }
}

/// Points: expertise 40, working-hours overlap up to 30 (full at 2 h a day on average),
/// a shared language 20, free capacity 10. A coach already at capacity loses 30.
pub const EXPERTISE_POINTS: u32 = 40;
pub const OVERLAP_POINTS: u32 = 30;
pub const OVERLAP_FULL_MINUTES: i64 = 120;
pub const LANGUAGE_POINTS: u32 = 20;
pub const CAPACITY_POINTS: u32 = 10;
pub const FULL_PENALTY: u32 = 30;

/// The explainable score of one coach for one partner.
pub fn score(partner: &PartnerFacts, coach: &CoachFacts, overlap: Overlap) -> MatchScore {
    let expertise_match = coach.expertise.contains(&partner.area);
    let shared_languages: Vec<String> = partner
        .languages
        .iter()
        .filter(|l| coach.languages.iter().any(|c| c.eq_ignore_ascii_case(l)))
        .cloned()
        .collect();
    let overlap_points = (overlap.mean_minutes.clamp(0, OVERLAP_FULL_MINUTES)
        * OVERLAP_POINTS as i64
        / OVERLAP_FULL_MINUTES) as u32;
    let full = coach.load >= coach.capacity;
    let mut total = overlap_points;
    if expertise_match {
        total += EXPERTISE_POINTS;
    }
    if !shared_languages.is_empty() {
        total += LANGUAGE_POINTS;
    }
    if !full {
        total += CAPACITY_POINTS;
    }
    let total = if full {
        total.saturating_sub(FULL_PENALTY)
    } else {
        total
    };
    MatchScore {
        total,
        expertise_match,
        overlap,
        shared_languages,
        capacity: coach.capacity,
        load: coach.load,
        area: partner.area,
    }
}

/// The partnership year: from the start date to the day before its first anniversary. A year
/// that starts on 29 February has its anniversary on 1 March.
pub fn year_end(start: Date) -> Date {
    let Ok(anniversary) = start.checked_add(1.year()) else {
        return start;
    };
    let anniversary = if anniversary.day() != start.day() {
        anniversary.tomorrow().unwrap_or(anniversary)
    } else {
        anniversary
    };
    anniversary.yesterday().unwrap_or(anniversary)
}

#[cfg(test)]
mod tests;
