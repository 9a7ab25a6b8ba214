//! Languages: English and Khmer. Every string a page shows comes from a Fluent file
//! (`shared/locales/{en,km}.ftl`), looked up by key with named arguments; plural forms follow
//! each language's CLDR rules (Khmer has one form, English two). A key missing in Khmer falls
//! back to English; a test fails when the two files differ in keys or placeholders.
//!
//! The language of a request: the `tandem_lang` cookie (set by `/language/{code}`), else the
//! best match in `Accept-Language`, else English.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The cookie that remembers a visitor's choice.
pub const COOKIE: &str = "tandem_lang";

/// The cookie that remembers Khmer digits (`khmer`); Latin digits without it.
pub const DIGITS_COOKIE: &str = "tandem_digits";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Km,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Km];

    /// The BCP 47 code, as `<html lang>` and the address use it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Km => "km",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's own name, as a switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Km => "ខ្មែរ",
        }
    }

    /// The visitor's choice (the cookie's value), else the best of `Accept-Language`.
    pub fn choose(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        cookie
            .and_then(Lang::from_code)
            .or_else(|| accept_language.and_then(negotiate))
            .unwrap_or_default()
    }
}

/// The best language of an `Accept-Language` header that Tandem speaks, by quality (ties in
/// the header's order); none when it names neither.
pub fn negotiate(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let quality = pieces
            .find_map(|p| p.trim().strip_prefix("q=").map(str::to_owned))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        if quality <= 0.0 {
            continue;
        }
        if let Some(lang) = Lang::from_code(tag)
            && best.is_none_or(|(_, q)| quality > q)
        {
            best = Some((lang, quality));
        }
    }
    best.map(|(l, _)| l)
}

const EN: &str = include_str!("../locales/en.ftl");
const KM: &str = include_str!("../locales/km.ftl");

/// The Fluent source of a language.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
        Lang::Km => KM,
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::En => &BUNDLES[0],
        Lang::Km => &BUNDLES[1],
    };
    slot.get_or_init(|| {
        let id = lang
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Placeholders are not wrapped in bidi isolation marks: both languages run left to right.
        b.set_use_isolating(false);
        let resource =
            FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A duplicate key keeps its first text; the parity test reports duplicates.
        let _ = b.add_resource(resource);
        b
    })
}

/// One argument of a message: text, a number (numbers choose plural forms), another message's
/// key (its text in the same language: a field's name inside a field's error), a calendar date
/// (`2027-03-01`, written with the language's month names), the month of a date ("March
/// 2027"), a duration in minutes ("2.5 h"), or a whole message inside this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Text(String),
    Number(i64),
    Key(String),
    Date(String),
    Month(String),
    Minutes(i64),
    Said(Box<crate::errors::Message>),
    /// An instant (milliseconds) on a zone's clock, with its date: "Tue 30 Mar, 09:00".
    Clock(i64, String),
    /// A zone's place: "Berlin", "ភ្នំពេញ".
    Place(String),
    /// A day (`2027-03-28`) with its weekday: "Sun 28 Mar 2027", "អាទិត្យ 28 មីនា 2027".
    Day(String),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

fn format(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let b = bundle(lang);
    let message = b.get_message(key)?;
    let pattern = message.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.clone())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Key(k) => fluent_args.set(*name, FluentValue::from(t(lang, k))),
            Arg::Date(iso) => fluent_args.set(
                *name,
                FluentValue::from(crate::time::format_date_in(
                    crate::time::Style::of(lang),
                    iso,
                )),
            ),
            Arg::Month(iso) => fluent_args.set(
                *name,
                FluentValue::from(crate::time::format_month_in(
                    crate::time::Style::of(lang),
                    iso,
                )),
            ),
            Arg::Minutes(m) => fluent_args.set(
                *name,
                FluentValue::from(crate::matching::duration_words_in(lang, *m)),
            ),
            Arg::Clock(ms, zone) => fluent_args.set(
                *name,
                FluentValue::from(crate::schedule::clock_with_date_in(
                    crate::time::Style::of(lang),
                    crate::time::from_millis(*ms),
                    &jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC),
                )),
            ),
            Arg::Day(iso) => fluent_args.set(
                *name,
                FluentValue::from(crate::time::format_day_in(
                    crate::time::Style::of(lang),
                    iso,
                )),
            ),
            Arg::Place(zone) => fluent_args.set(
                *name,
                FluentValue::from(crate::time::zone_city_in(lang, zone)),
            ),
            Arg::Said(message) => {
                let mut m = (**message).clone();
                m.localize(lang);
                fluent_args.set(*name, FluentValue::from(m.text().to_owned()));
            }
        }
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The text of `key` in `lang` (else in English, else the key itself, so a gap shows).
pub fn t(lang: Lang, key: &str) -> String {
    tr(lang, key, &[])
}

/// The text of `key` with named arguments.
pub fn tr(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    format(lang, key, args)
        .or_else(|| format(Lang::En, key, args))
        .unwrap_or_else(|| key.to_owned())
}

/// Each message's key with the placeholders it uses, sorted: what the parity test compares.
pub fn keys_and_placeholders(source: &str) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn walk(pattern: &Pattern<&str>, out: &mut Vec<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.push(id.name.to_owned());
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut names = Vec::new();
            if let Some(p) = &m.value {
                walk(p, &mut names);
            }
            names.sort();
            names.dedup();
            out.push((m.id.name.to_owned(), names));
        }
    }
    out.sort();
    out
}

/// Keys listed in `shared/locales/km-review.txt`: Khmer texts a native speaker has not yet
/// checked (every new one starts there).
pub fn khmer_to_review() -> Vec<&'static str> {
    include_str!("../locales/km-review.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests;
