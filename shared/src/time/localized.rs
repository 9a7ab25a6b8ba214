//! Dates and times as a reader writes them: in their language (Khmer weekday and month names)
//! and with their digits. English is [`super::format_local`] and its kin, unchanged.

use super::{describe_remaining, format_date, format_local, zone_city};
use crate::i18n::Lang;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

/// [`format_at_offset`] in a reader's [`Style`].
pub fn format_at_offset_in(style: Style, utc: &str, offset_minutes: i32) -> Option<String> {
    let ts: Timestamp = utc.parse().ok()?;
    let offset = jiff::tz::Offset::from_seconds(offset_minutes.checked_mul(60)?).ok()?;
    Some(format_local_in(style, ts, &TimeZone::fixed(offset)))
}

/// How a reader's dates are written: the language's weekday and month names, and Latin
/// (0-9) or Khmer (០-៩) digits. Times keep the 24-hour clock in both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Style {
    pub lang: Lang,
    pub khmer_digits: bool,
}

impl Style {
    pub fn of(lang: Lang) -> Self {
        Style {
            lang,
            khmer_digits: false,
        }
    }

    /// Digits written the reader's way (Khmer digits only on Khmer pages).
    pub fn digits(self, text: &str) -> String {
        if !self.khmer_digits || self.lang != Lang::Km {
            return text.to_owned();
        }
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x17E0 + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }
}

/// The months in Khmer, January first.
pub const KHMER_MONTHS: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];
/// Sunday first, as `Weekday::to_sunday_zero_offset` counts.
const KHMER_WEEKDAYS: [&str; 7] = ["អាទិត្យ", "ចន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍"];

fn khmer_month(month: i8) -> &'static str {
    KHMER_MONTHS[usize::try_from(month - 1).unwrap_or(0).min(11)]
}

/// "ចន្ទ": a zoned day's weekday in Khmer.
pub(crate) fn khmer_weekday(z: &Zoned) -> &'static str {
    KHMER_WEEKDAYS[usize::try_from(z.weekday().to_sunday_zero_offset()).unwrap_or(0)]
}

/// "ចន្ទ 22 មេសា": a zoned day's weekday, day and month in Khmer.
pub(crate) fn khmer_day(z: &Zoned) -> String {
    format!(
        "{} {} {}",
        KHMER_WEEKDAYS[usize::try_from(z.weekday().to_sunday_zero_offset()).unwrap_or(0)],
        z.day(),
        khmer_month(z.month())
    )
}

/// [`format_local`] in a reader's [`Style`]: "ចន្ទ 22 មេសា 2019, 23:59" in Khmer.
pub fn format_local_in(style: Style, ts: Timestamp, tz: &TimeZone) -> String {
    let z: Zoned = ts.to_zoned(tz.clone());
    let text = match style.lang {
        Lang::En => return style.digits(&format_local(ts, tz)),
        Lang::Km => format!(
            "{} {}, {:02}:{:02}",
            khmer_day(&z),
            z.year(),
            z.hour(),
            z.minute()
        ),
    };
    style.digits(&text)
}

/// A clock's weekday and time now, "Tue 22:05", in a reader's [`Style`]: "អង្គារ 22:05".
pub fn weekday_time_in(style: Style, ts: Timestamp, tz: &TimeZone) -> String {
    let z: Zoned = ts.to_zoned(tz.clone());
    let text = match style.lang {
        Lang::En => z.strftime("%a %H:%M").to_string(),
        Lang::Km => format!(
            "{} {:02}:{:02}",
            KHMER_WEEKDAYS[usize::try_from(z.weekday().to_sunday_zero_offset()).unwrap_or(0)],
            z.hour(),
            z.minute()
        ),
    };
    style.digits(&text)
}

/// The weekday and time now on the clock of `zone` (UTC for an unknown zone).
pub fn clock_now_in(style: Style, zone: &str) -> String {
    let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
    weekday_time_in(style, Timestamp::now(), &tz)
}

/// [`format_until`] in a reader's [`Style`].
pub fn format_until_in(style: Style, closes_at: Timestamp, tz: &TimeZone) -> String {
    let last_minute = closes_at
        .checked_sub(jiff::SignedDuration::from_secs(60))
        .unwrap_or(closes_at);
    format_local_in(style, last_minute, tz)
}

/// [`format_date`] in a reader's [`Style`]: "1 មីនា 2027" in Khmer.
pub fn format_date_in(style: Style, iso: &str) -> String {
    let text = match (style.lang, iso.parse::<Date>()) {
        (Lang::Km, Ok(d)) => format!("{} {} {}", d.day(), khmer_month(d.month()), d.year()),
        _ => format_date(iso),
    };
    style.digits(&text)
}

/// A day with its weekday in a reader's [`Style`]: "Sun 28 Mar 2027", "អាទិត្យ 28 មីនា 2027".
pub fn format_day_in(style: Style, iso: &str) -> String {
    let Ok(d) = iso.parse::<Date>() else {
        return iso.to_owned();
    };
    let text = match style.lang {
        Lang::Km => format!(
            "{} {} {} {}",
            KHMER_WEEKDAYS[usize::try_from(d.weekday().to_sunday_zero_offset()).unwrap_or(0)],
            d.day(),
            khmer_month(d.month()),
            d.year()
        ),
        Lang::En => d.strftime("%a %-d %b %Y").to_string(),
    };
    style.digits(&text)
}

/// A day and its month in a reader's [`Style`], for dates within the coming months: "28 Mar",
/// "28 មីនា".
pub fn format_day_month_in(style: Style, day: Date) -> String {
    let text = match style.lang {
        Lang::Km => format!("{} {}", day.day(), khmer_month(day.month())),
        Lang::En => day.strftime("%-d %b").to_string(),
    };
    style.digits(&text)
}

/// The month of a date (`2027-03-01`) in a reader's [`Style`]: "March 2027", "មីនា 2027".
pub fn format_month_in(style: Style, iso: &str) -> String {
    let text = match (style.lang, iso.parse::<Date>()) {
        (Lang::Km, Ok(d)) => format!("{} {}", khmer_month(d.month()), d.year()),
        (_, Ok(d)) => d.strftime("%B %Y").to_string(),
        (_, Err(_)) => iso.to_owned(),
    };
    style.digits(&text)
}

/// [`zone_city`] in a language: the city's own Khmer name where Tandem knows one, else the
/// place of the IANA name ("Berlin"), which every reader can match to the zone.
pub fn zone_city_in(lang: Lang, zone: &str) -> String {
    const KHMER: [(&str, &str); 8] = [
        ("Asia/Phnom_Penh", "ភ្នំពេញ"),
        ("Asia/Bangkok", "បាងកក"),
        ("Asia/Ho_Chi_Minh", "ហូជីមិញ"),
        ("Asia/Singapore", "សិង្ហបុរី"),
        ("Asia/Tokyo", "តូក្យូ"),
        ("Europe/London", "ឡុងដ៍"),
        ("Europe/Paris", "ប៉ារីស"),
        ("America/New_York", "ញូវយ៉ក"),
    ];
    match lang {
        Lang::Km => KHMER
            .iter()
            .find(|(z, _)| *z == zone)
            .map_or_else(|| zone_city(zone), |(_, city)| (*city).to_owned()),
        Lang::En => zone_city(zone),
    }
}

/// [`describe_remaining`] in a language.
pub fn describe_remaining_in(lang: Lang, ms: i64) -> String {
    use crate::i18n::tr;
    if lang == Lang::En {
        return describe_remaining(ms);
    }
    let minutes = ms / 60_000;
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    let n = |name: &'static str, v: i64| (name, crate::i18n::Arg::Number(v));
    match (ms <= 0, days, hours, mins) {
        (true, ..) => tr(lang, "remaining-closed", &[]),
        (false, 0, 0, 0) => tr(lang, "remaining-under-a-minute", &[]),
        (false, 0, 0, m) => tr(lang, "remaining-minutes", &[n("minutes", m)]),
        (false, 0, h, m) => tr(lang, "remaining-hours", &[n("hours", h), n("minutes", m)]),
        (false, d, h, _) => tr(lang, "remaining-days", &[n("days", d), n("hours", h)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    #[test]
    fn khmer_dates_name_months_and_weekdays_in_khmer_with_either_digits() {
        let ts: Timestamp = "2019-04-22T22:59:00Z".parse().unwrap();
        let km = Style::of(Lang::Km);
        assert_eq!(
            format_local_in(km, ts, &tz("UTC")),
            "ចន្ទ 22 មេសា 2019, 22:59"
        );
        // Both clocks stay right: Phnom Penh is seven hours ahead, on the next day.
        assert_eq!(
            format_local_in(km, ts, &tz("Asia/Phnom_Penh")),
            "អង្គារ 23 មេសា 2019, 05:59"
        );
        let digits = Style {
            lang: Lang::Km,
            khmer_digits: true,
        };
        assert_eq!(
            format_local_in(digits, ts, &tz("UTC")),
            "ចន្ទ ២២ មេសា ២០១៩, ២២:៥៩"
        );
        assert_eq!(format_date_in(km, "2027-12-01"), "1 ធ្នូ 2027");
        assert_eq!(
            format_date_in(Style::of(Lang::En), "2027-12-01"),
            "1 Dec 2027"
        );
        // The browser's side writes the same words at the same offset.
        assert_eq!(
            format_at_offset_in(km, "2019-04-22T22:59:00Z", 420).as_deref(),
            Some("អង្គារ 23 មេសា 2019, 05:59")
        );
        // Across a clock change the weekday and hour follow the zone (Berlin, 31 March 2019).
        let before: Timestamp = "2019-03-31T00:30:00Z".parse().unwrap();
        let after: Timestamp = "2019-03-31T01:30:00Z".parse().unwrap();
        assert_eq!(
            format_local_in(km, before, &tz("Europe/Berlin")),
            "អាទិត្យ 31 មីនា 2019, 01:30"
        );
        assert_eq!(
            format_local_in(km, after, &tz("Europe/Berlin")),
            "អាទិត្យ 31 មីនា 2019, 03:30"
        );
    }

    #[test]
    fn zone_names_fall_back_to_the_iana_place() {
        assert_eq!(zone_city_in(Lang::Km, "Asia/Phnom_Penh"), "ភ្នំពេញ");
        assert_eq!(zone_city_in(Lang::Km, "Europe/Berlin"), "Berlin");
        assert_eq!(zone_city_in(Lang::En, "Asia/Phnom_Penh"), "Phnom Penh");
    }
}
