//! Matching a partner with a coach: an explainable score from the coach's expertise against the
//! partner's area, the overlap of both people's usual working hours across the whole partnership
//! year (so clock changes count), shared languages and the coach's load.
//!
//! Working hours are local wall times in each person's own zone, the same every day; the day's
//! window is turned into instants with [`crate::time::wall_to_instant`], so a day with a clock
//! change gets the window the person's clock shows.

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
    pub fn parse(start: &str, end: &str) -> Result<WorkingHours, (&'static str, String)> {
        let s = parse_clock(start).map_err(|m| ("work_start", m))?;
        let e = parse_clock(end).map_err(|m| ("work_end", m))?;
        if e <= s {
            return Err((
                "work_end",
                "The end of your working day must be after its start (on the same day)".into(),
            ));
        }
        if e - s < 60 {
            return Err(("work_end", "Give a working day of at least one hour".into()));
        }
        Ok(WorkingHours { start: s, end: e })
    }

    /// "09:00-17:00".
    pub fn label(self) -> String {
        format!("{}-{}", format_clock(self.start), format_clock(self.end))
    }
}

/// "9:30", "09:30" -> 570. Midnight at the end of the day is "24:00".
pub fn parse_clock(raw: &str) -> Result<ClockMinutes, String> {
    let raw = raw.trim();
    let bad = || format!("Enter a time like 09:00 or 17:30, not \"{raw}\"");
    if raw.is_empty() {
        return Err("Enter a time like 09:00".into());
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
    /// "2 h a day overlap, 3 h from 29 Mar, 2 h from 25 Oct", or "no overlap in working hours".
    pub fn describe(&self) -> String {
        if self.periods.iter().all(|p| p.minutes == 0) {
            return "no overlap in working hours".into();
        }
        let mut parts = Vec::new();
        for (i, p) in self.periods.iter().enumerate() {
            if i == 0 {
                parts.push(format!("{} a day overlap", duration_words(p.minutes)));
            } else if i < 4 {
                parts.push(format!(
                    "{} from {}",
                    duration_words(p.minutes),
                    p.from.strftime("%-d %b")
                ));
            }
        }
        if self.periods.len() > 4 {
            parts.push(format!("{} more changes", self.periods.len() - 4));
        }
        parts.join(", ")
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
    /// One line: "2.5 h a day overlap, 1.5 h from 29 Mar; expertise: collections; both speak French".
    pub why: String,
    /// What should make the chair think twice.
    pub warnings: Vec<String>,
}

impl MatchScore {
    pub fn full(&self) -> bool {
        self.load >= self.capacity
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
    let mut why = vec![overlap.describe()];
    let mut warnings = Vec::new();
    if expertise_match {
        why.push(format!("expertise: {}", partner.area.code()));
    } else {
        warnings.push(format!("no stated expertise in {}", partner.area.code()));
    }
    match shared_languages.as_slice() {
        [] => warnings.push("no shared language".into()),
        [one] => why.push(format!("both speak {one}")),
        many => why.push(format!("both speak {}", many.join(", "))),
    }
    why.push(format!(
        "{} of {} partner{} taken",
        coach.load,
        coach.capacity,
        if coach.capacity == 1 { "" } else { "s" }
    ));
    if full {
        warnings.push(format!(
            "at capacity: already coaching {} of {}",
            coach.load, coach.capacity
        ));
    }
    if overlap.periods.iter().all(|p| p.minutes == 0) {
        warnings.push("sessions fall outside someone's working hours".into());
    }
    MatchScore {
        total,
        expertise_match,
        overlap,
        shared_languages,
        capacity: coach.capacity,
        load: coach.load,
        why: why.join("; "),
        warnings,
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
mod tests {
    use super::*;
    use jiff::civil::date;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    fn hours(s: u16, e: u16) -> WorkingHours {
        WorkingHours {
            start: s * 60,
            end: e * 60,
        }
    }

    #[test]
    fn clock_fields_parse_and_refuse() {
        assert_eq!(parse_clock("09:30"), Ok(570));
        assert_eq!(parse_clock(" 7:05 "), Ok(425));
        assert_eq!(parse_clock("24:00"), Ok(1440));
        assert!(parse_clock("24:30").is_err());
        assert!(parse_clock("9h").is_err());
        assert!(parse_clock("12:60").is_err());
        assert!(parse_clock("").is_err());
        assert_eq!(format_clock(570), "09:30");
        assert_eq!(
            WorkingHours::parse("17:00", "09:00").unwrap_err().0,
            "work_end"
        );
        assert_eq!(
            WorkingHours::parse("x", "09:00").unwrap_err().0,
            "work_start"
        );
        assert!(WorkingHours::parse("09:00", "09:30").is_err());
        assert_eq!(
            WorkingHours::parse("08:00", "16:30").unwrap().label(),
            "08:00-16:30"
        );
    }

    #[test]
    fn berlin_with_phnom_penh_grows_by_an_hour_in_european_summer() {
        // Berlin 09-17 is 15-23 in Phnom Penh in winter (UTC+1) and 14-22 in summer (UTC+2);
        // the partner works 08-17 in Phnom Penh: 2 h, then 3 h from 29 March 2026, then 2 h
        // again from 25 October 2026.
        let o = overlap(
            (&tz("Asia/Phnom_Penh"), hours(8, 17)),
            (&tz("Europe/Berlin"), hours(9, 17)),
            date(2026, 1, 1),
            date(2026, 12, 31),
        );
        assert_eq!(
            o.periods,
            vec![
                OverlapPeriod {
                    from: date(2026, 1, 1),
                    minutes: 120
                },
                OverlapPeriod {
                    from: date(2026, 3, 29),
                    minutes: 180
                },
                OverlapPeriod {
                    from: date(2026, 10, 25),
                    minutes: 120
                },
            ]
        );
        assert_eq!(
            o.describe(),
            "2 h a day overlap, 3 h from 29 Mar, 2 h from 25 Oct"
        );
        // 365 days, 210 of them in summer time (29 Mar to 24 Oct).
        assert_eq!(o.mean_minutes, (155 * 120 + 210 * 180) / 365);
    }

    #[test]
    fn toronto_with_phnom_penh_shrinks_in_north_american_summer() {
        // Toronto 06:00-21:00: its evening is Phnom Penh's next morning. In winter (UTC-5)
        // 19:00-21:00 Toronto is 07:00-09:00 Phnom Penh: 1.5 h with a partner from 07:30.
        // In summer (UTC-4) 20:00-21:00 is 07:00-08:00: half an hour, from 8 March 2026.
        let o = overlap(
            (
                &tz("Asia/Phnom_Penh"),
                WorkingHours {
                    start: 7 * 60 + 30,
                    end: 17 * 60,
                },
            ),
            (&tz("America/Toronto"), hours(6, 21)),
            date(2026, 1, 1),
            date(2026, 12, 31),
        );
        let changes: Vec<(Date, i64)> = o.periods.iter().map(|p| (p.from, p.minutes)).collect();
        assert_eq!(
            changes,
            vec![
                (date(2026, 1, 1), 90),
                (date(2026, 3, 9), 30),
                (date(2026, 11, 2), 90),
            ],
            "the change shows on the first Phnom Penh morning after Toronto's clocks moved"
        );
    }

    #[test]
    fn sydney_with_phnom_penh_follows_southern_seasons() {
        // Sydney 09-17 is 06-14 Phnom Penh in winter (UTC+10) and 05-13 in summer (UTC+11).
        // Partner 08-17: 6 h in the Australian winter, 5 h in the summer.
        let o = overlap(
            (&tz("Asia/Phnom_Penh"), hours(8, 17)),
            (&tz("Australia/Sydney"), hours(9, 17)),
            date(2026, 1, 1),
            date(2026, 12, 31),
        );
        let changes: Vec<(Date, i64)> = o.periods.iter().map(|p| (p.from, p.minutes)).collect();
        assert_eq!(
            changes,
            vec![
                (date(2026, 1, 1), 300),
                (date(2026, 4, 5), 360),
                (date(2026, 10, 4), 300),
            ]
        );
    }

    #[test]
    fn no_overlap_is_said_plainly() {
        let o = overlap(
            (&tz("Asia/Phnom_Penh"), hours(8, 17)),
            (&tz("America/Toronto"), hours(9, 17)),
            date(2026, 1, 1),
            date(2026, 1, 31),
        );
        assert_eq!(o.mean_minutes, 0);
        assert_eq!(o.describe(), "no overlap in working hours");
    }

    fn facts(
        expertise: &[ObjectiveArea],
        languages: &[&str],
        capacity: u32,
        load: u32,
    ) -> CoachFacts {
        CoachFacts {
            expertise: expertise.to_vec(),
            languages: languages.iter().map(|s| s.to_string()).collect(),
            capacity,
            load,
        }
    }

    fn flat(minutes: i64) -> Overlap {
        Overlap {
            periods: vec![OverlapPeriod {
                from: date(2027, 1, 1),
                minutes,
            }],
            mean_minutes: minutes,
        }
    }

    #[test]
    fn the_score_adds_explained_parts() {
        let partner = PartnerFacts {
            area: ObjectiveArea::CollectionsAndAccess,
            languages: vec!["Khmer".into(), "French".into()],
        };
        let best = score(
            &partner,
            &facts(
                &[ObjectiveArea::CollectionsAndAccess],
                &["french", "German"],
                1,
                0,
            ),
            flat(150),
        );
        assert_eq!(best.total, 100);
        assert_eq!(best.shared_languages, vec!["French".to_string()]);
        assert_eq!(
            best.why,
            "2.5 h a day overlap; expertise: collections; both speak French; 0 of 1 partner taken"
        );
        assert!(best.warnings.is_empty());
        let half_overlap = score(
            &partner,
            &facts(&[ObjectiveArea::CollectionsAndAccess], &["French"], 1, 0),
            flat(60),
        );
        assert_eq!(half_overlap.total, 40 + 15 + 20 + 10);
        let other_area = score(
            &partner,
            &facts(&[ObjectiveArea::FacilitiesAndSpaces], &["English"], 2, 1),
            flat(0),
        );
        assert_eq!(other_area.total, 10);
        assert_eq!(other_area.warnings.len(), 3, "{:?}", other_area.warnings);
    }

    #[test]
    fn capacity_counts_and_a_full_coach_sinks_with_a_warning() {
        let partner = PartnerFacts {
            area: ObjectiveArea::PeopleAndTraining,
            languages: vec!["English".into()],
        };
        let free = score(
            &partner,
            &facts(&[ObjectiveArea::PeopleAndTraining], &["English"], 2, 1),
            flat(120),
        );
        let full = score(
            &partner,
            &facts(&[ObjectiveArea::PeopleAndTraining], &["English"], 1, 1),
            flat(120),
        );
        assert!(!free.full());
        assert!(full.full());
        assert_eq!(free.total, 100);
        assert_eq!(full.total, 100 - CAPACITY_POINTS - FULL_PENALTY);
        assert!(full.warnings.iter().any(|w| w.contains("at capacity")));
        assert!(free.why.contains("1 of 2 partners taken"));
    }

    #[test]
    fn the_year_ends_the_day_before_the_anniversary_even_from_a_leap_day() {
        assert_eq!(year_end(date(2027, 3, 1)), date(2028, 2, 29));
        assert_eq!(year_end(date(2028, 2, 29)), date(2029, 2, 28));
        assert_eq!(year_end(date(2026, 12, 1)), date(2027, 11, 30));
    }

    #[test]
    fn durations_read_as_people_say_them() {
        assert_eq!(duration_words(0), "none");
        assert_eq!(duration_words(45), "45 min");
        assert_eq!(duration_words(90), "1.5 h");
        assert_eq!(duration_words(100), "1 h 40 min");
    }
}
