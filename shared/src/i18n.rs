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
mod tests {
    use super::*;

    #[test]
    fn every_key_is_in_both_languages_with_the_same_placeholders() {
        let en = keys_and_placeholders(EN);
        let km = keys_and_placeholders(KM);
        assert!(fluent_syntax::parser::parse(EN).is_ok(), "en.ftl parses");
        assert!(fluent_syntax::parser::parse(KM).is_ok(), "km.ftl parses");
        let en_keys: Vec<&String> = en.iter().map(|(k, _)| k).collect();
        let km_keys: Vec<&String> = km.iter().map(|(k, _)| k).collect();
        for k in &en_keys {
            assert!(km_keys.contains(k), "{k} is missing in km.ftl");
        }
        for k in &km_keys {
            assert!(en_keys.contains(k), "{k} is in km.ftl but not in en.ftl");
        }
        let mut seen = std::collections::HashSet::new();
        for k in &en_keys {
            assert!(seen.insert(*k), "{k} appears twice in en.ftl");
        }
        for ((key, a), (_, b)) in en.iter().zip(km.iter()) {
            assert_eq!(a, b, "{key}: the placeholders differ between en and km");
        }
        // The review list names real keys only.
        for k in khmer_to_review() {
            assert!(
                en_keys.iter().any(|e| e.as_str() == k),
                "km-review.txt names {k}, which is not a key"
            );
        }
    }

    #[test]
    fn the_commitments_read_in_english_as_the_call_words_them() {
        for (i, words) in crate::programme::COMMITMENTS.iter().enumerate() {
            assert_eq!(t(Lang::En, &format!("commitment-{}", i + 1)), *words);
            assert_ne!(t(Lang::Km, &format!("commitment-{}", i + 1)), *words);
        }
        let next = format!("commitment-{}", crate::programme::COMMITMENTS.len() + 1);
        assert_eq!(t(Lang::En, &next), next, "no commitment beyond the call's");
    }

    #[test]
    fn what_is_kept_reads_in_english_as_the_notice_words_it() {
        for (i, k) in crate::privacy::KEPT.iter().enumerate() {
            let n = i + 1;
            assert_eq!(t(Lang::En, &format!("kept-{n}-what")), k.what);
            assert_eq!(t(Lang::En, &format!("kept-{n}-seen")), k.seen_by);
            assert_eq!(t(Lang::En, &format!("kept-{n}-long")), k.how_long);
        }
        let next = format!("kept-{}-what", crate::privacy::KEPT.len() + 1);
        assert_eq!(t(Lang::En, &next), next, "no row beyond the notice's");
    }

    /// Each fixed choice a page names through a key reads in English as its label does, so
    /// no choice is missing from the files.
    #[test]
    fn every_named_choice_has_its_key_with_the_english_label() {
        use crate::commitments::{ConcernCategory, ConcernStatus, Severity};
        let check = |key: String, label: &str| assert_eq!(t(Lang::En, &key), label, "{key}");
        for c in ConcernCategory::ALL {
            check(format!("concern-category-{}", c.code()), c.label());
        }
        for c in Severity::ALL {
            check(format!("concern-severity-{}", c.code()), c.label());
        }
        for c in ConcernStatus::ALL {
            check(format!("concern-status-{}", c.code()), c.label());
        }
        for c in crate::schedule::SessionStatus::ALL {
            check(format!("session-status-{}", c.code()), c.label());
        }
        for c in crate::schedule::Medium::ALL {
            check(format!("medium-name-{}", c.code()), c.label());
        }
        for c in crate::intake::Connectivity::ALL {
            check(format!("connectivity-{}", c.code()), c.label());
        }
        for (i, day) in crate::schedule::WEEKDAYS.iter().enumerate() {
            check(format!("weekday-{}", i + 1), day);
        }
        use crate::schedule::PaceStatus;
        for c in [PaceStatus::OnTrack, PaceStatus::Behind, PaceStatus::AtRisk] {
            check(format!("pace-status-{}", c.code()), c.label());
        }
        for c in crate::commitments::HoursCategory::ALL {
            check(format!("hours-category-{}", c.code()), c.label());
        }
        use crate::compliance::MonthBand;
        for c in [
            MonthBand::InProgress,
            MonthBand::Below,
            MonthBand::Within,
            MonthBand::Above,
            MonthBand::Future,
        ] {
            check(format!("band-{}", c.code()), c.label());
        }
        use crate::evaluation::{Again, Broadened, Reached};
        for c in Reached::ALL {
            check(format!("reached-{}", c.code()), c.label());
        }
        for c in Broadened::ALL {
            check(format!("broadened-{}", c.code()), c.label());
        }
        for c in Again::ALL {
            check(format!("again-{}", c.code()), c.label());
        }
        for c in crate::application::ApplicationStatus::ALL {
            check(format!("application-status-{}", c.code()), c.label());
        }
        assert_eq!(t(Lang::En, "review-rule"), crate::application::REVIEW_RULE);
        for c in crate::pair_card::Share::ALL {
            check(format!("share-{}", c.code()), c.label());
        }
        use crate::privacy::ErasureStatus;
        for c in [
            ErasureStatus::Waiting,
            ErasureStatus::Objected,
            ErasureStatus::Withdrawn,
            ErasureStatus::Done,
        ] {
            check(format!("erasure-status-{}", c.code()), c.label());
        }
        use crate::cohort::CohortStage;
        for c in [
            CohortStage::CallSoon,
            CohortStage::CallOpen,
            CohortStage::Matching,
            CohortStage::UnderWay,
            CohortStage::Completed,
        ] {
            check(format!("stage-{}", c.code()), c.label());
        }
        for c in crate::mail::MailKind::ALL {
            check(format!("mail-kind-{}", c.code()), c.label());
            check(format!("mail-about-{}", c.code()), c.description());
        }
        for c in crate::mail::Delivery::ALL {
            check(format!("delivery-{}", c.code()), c.label());
        }
        for c in crate::mail::MailStatus::ALL {
            check(format!("mail-status-{}", c.code()), c.label());
        }
        for c in crate::Role::ALL {
            check(format!("role-{}", c.code()), c.label());
        }
        use crate::account::InvitationChange;
        for c in [
            InvitationChange::Extend,
            InvitationChange::Resend,
            InvitationChange::Revoke,
        ] {
            check(format!("invitation-done-{}", c.code()), c.done());
        }
        for c in crate::partnership::GoalStatus::ALL {
            check(format!("goal-status-{}", c.code()), c.label());
        }
        for c in crate::partnership::JournalKind::ALL {
            check(format!("journal-kind-{}", c.code()), c.label());
        }
        for c in crate::partnership::PartnershipStatus::ALL {
            check(format!("partnership-status-{}", c.code()), c.label());
            check(
                format!("partnership-state-{}", c.code()),
                &c.label().to_lowercase(),
            );
        }
        use crate::commitments::ConcernStatus as Concern;
        for c in Concern::ALL {
            assert_eq!(
                t(Lang::En, &format!("note-concern-{}", c.code())),
                format!("Your concern is now {}.", c.label().to_lowercase())
            );
        }
        for minutes in [0, 45, 60, 90, 150, 400] {
            assert_eq!(
                crate::matching::duration_words_in(Lang::En, minutes),
                crate::matching::duration_words(minutes)
            );
        }
        assert_eq!(
            crate::matching::duration_words_in(Lang::Km, 400),
            "6 ម៉ោង 40 នាទី"
        );
    }

    #[test]
    fn a_language_is_chosen_by_cookie_then_accept_language_then_english() {
        assert_eq!(negotiate("km-KH,km;q=0.9,en;q=0.8"), Some(Lang::Km));
        assert_eq!(negotiate("fr-FR, en;q=0.5, km;q=0.7"), Some(Lang::Km));
        assert_eq!(negotiate("en-GB,en;q=0.9"), Some(Lang::En));
        assert_eq!(negotiate("fr, de;q=0.5"), None);
        assert_eq!(negotiate("km;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(Lang::choose(Some("en"), Some("km")), Lang::En);
        assert_eq!(Lang::choose(Some("xx"), Some("km")), Lang::Km);
        assert_eq!(Lang::choose(None, None), Lang::En);
    }

    #[test]
    fn plurals_follow_each_language_and_gaps_fall_back_to_english() {
        assert_eq!(
            tr(Lang::En, "sessions-held", &[("count", 1i64.into())]),
            "1 session held"
        );
        assert_eq!(
            tr(Lang::En, "sessions-held", &[("count", 6i64.into())]),
            "6 sessions held"
        );
        // Khmer has a single plural form.
        let one = tr(Lang::Km, "sessions-held", &[("count", 1i64.into())]);
        let six = tr(Lang::Km, "sessions-held", &[("count", 6i64.into())]);
        assert_eq!(one.replace('1', "6"), six);
        assert_eq!(t(Lang::Km, "no-such-key"), "no-such-key");
        assert_eq!(t(Lang::Km, "nav-sign-in"), "ចូលគណនី");
        assert_eq!(t(Lang::En, "nav-sign-in"), "Sign in");
    }

    #[test]
    fn an_instant_and_a_place_read_on_the_zone_s_clock_in_each_language() {
        // 07:00 UTC on Tuesday 30 March 2027 is 14:00 in Phnom Penh and 09:00 in Berlin.
        let ms = 1_806_390_000_000;
        let args = |zone: &str| {
            [
                ("at", Arg::Clock(ms, zone.to_owned())),
                ("place", Arg::Place(zone.to_owned())),
            ]
        };
        assert_eq!(
            tr(Lang::En, "session-history-accepted", &args("Europe/Berlin")),
            "Accepted Tue 30 Mar, 09:00 (Berlin time)"
        );
        let khmer = tr(
            Lang::Km,
            "session-history-accepted",
            &args("Asia/Phnom_Penh"),
        );
        assert!(khmer.contains("អង្គារ 30 មីនា, 14:00"), "{khmer}");
        assert!(khmer.contains("ភ្នំពេញ"), "{khmer}");
    }
}
