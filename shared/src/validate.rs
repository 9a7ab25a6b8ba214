//! Field rules used by the browser and the server alike. Each returns the cleaned value or a
//! message that says what to do, as a translation key (see `crate::errors::Message`).

use crate::errors::Message;
use crate::i18n::Arg;

fn msg(key: &str) -> Message {
    Message::key(key, &[])
}

fn msg_max(key: &str, max: usize) -> Message {
    Message::key(key, &[("max", max.into())])
}

/// Longest accepted email address (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;
pub const NAME_MAX: usize = 80;
pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;
pub const LANGUAGES_MAX: usize = 8;
pub const LANGUAGE_MAX: usize = 40;

/// Trims and lower-cases an email address and checks its shape.
pub fn email(raw: &str) -> Result<String, Message> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(msg("error-email-missing"));
    }
    if value.chars().count() > EMAIL_MAX {
        return Err(msg_max("error-email-long", EMAIL_MAX));
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err(msg("error-email-shape"));
    };
    let bad_char = |c: char| c.is_whitespace() || c.is_control() || c == '<' || c == '>';
    if local.is_empty()
        || domain.contains('@')
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || value.chars().any(bad_char)
    {
        return Err(msg("error-email-shape"));
    }
    Ok(value.to_lowercase())
}

/// A person's display name: 1 to 80 characters, no control characters.
pub fn display_name(raw: &str) -> Result<String, Message> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(msg("error-name-missing"));
    }
    if value.chars().count() > NAME_MAX {
        return Err(msg_max("error-name-long", NAME_MAX));
    }
    if value.chars().any(char::is_control) {
        return Err(msg("error-name-control"));
    }
    Ok(value.to_owned())
}

/// A new password, as current guidance has it (NIST SP 800-63B): long (12 to 128 characters;
/// any letters, digits, spaces or symbols, in any language), no composition rules, but not a
/// password that lists of leaked passwords start with, not one character repeated or a run
/// like "abcdefghijkl", and no control characters (they cannot be typed, only sent).
pub fn new_password(raw: &str) -> Result<String, Message> {
    let count = raw.chars().count();
    if raw.trim().is_empty() {
        return Err(Message::key("error-password-missing", &[]));
    }
    if raw.chars().any(char::is_control) {
        return Err(Message::key("error-password-control", &[]));
    }
    if count < PASSWORD_MIN {
        return Err(Message::key(
            "error-password-short",
            &[("min", PASSWORD_MIN.into())],
        ));
    }
    if count > PASSWORD_MAX {
        return Err(Message::key(
            "error-password-long",
            &[("max", PASSWORD_MAX.into())],
        ));
    }
    if is_guessable(raw) {
        return Err(Message::key("error-password-common", &[]));
    }
    Ok(raw.to_owned())
}

/// Common passwords of 12 characters or more, from the top of published leak lists.
const COMMON_PASSWORDS: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456123456",
    "123123123123",
    "111111111111",
    "000000000000",
    "password1234",
    "password12345",
    "password123456",
    "passwordpassword",
    "password!123",
    "qwertyuiop12",
    "qwertyuiop123",
    "qwerty123456",
    "qwertyqwerty",
    "1q2w3e4r5t6y",
    "q1w2e3r4t5y6",
    "1qaz2wsx3edc",
    "zaq12wsxcde3",
    "qazwsxedcrfv",
    "asdfghjklzxc",
    "iloveyou1234",
    "abc123abc123",
    "administrator",
    "welcome12345",
    "welcome123456",
    "letmein12345",
    "monkey123456",
    "football1234",
    "baseball1234",
    "sunshine1234",
    "princess1234",
    "changeme1234",
    "trustno11234",
    "superman1234",
    "starwars1234",
    "dragon123456",
    "master123456",
    "library12345",
    "librarian123",
    "coaching2026",
    "coaching1234",
];

fn is_guessable(raw: &str) -> bool {
    let lower = raw.trim().to_lowercase();
    if COMMON_PASSWORDS.contains(&lower.as_str()) {
        return true;
    }
    let chars: Vec<char> = lower.chars().collect();
    let step = |w: &[char]| w[1] as i64 - w[0] as i64;
    // One character repeated, or a run up or down the alphabet or the digits.
    match chars.windows(2).next().map(step) {
        Some(first @ -1..=1) => chars.windows(2).all(|w| step(w) == first),
        _ => chars.len() < 2,
    }
}

/// The shape of an IANA time zone name (`Asia/Phnom_Penh`, `UTC`). Whether the zone exists is
/// checked against the time-zone database on the server.
pub fn time_zone(raw: &str) -> Result<String, Message> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(msg("error-zone-missing"));
    }
    let part_ok = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    };
    if value.len() > 64 || !value.split('/').all(part_ok) {
        return Err(msg("error-zone-shape"));
    }
    Ok(value.to_owned())
}

/// A comma-separated list of languages, cleaned: at most 8, each up to 40 characters, no repeats.
pub fn languages(raw: &str) -> Result<Vec<String>, Message> {
    let mut out: Vec<String> = Vec::new();
    for part in raw.split(',') {
        let lang = part.trim();
        if lang.is_empty() {
            continue;
        }
        if lang.chars().count() > LANGUAGE_MAX || lang.chars().any(char::is_control) {
            return Err(msg_max("error-language-long", LANGUAGE_MAX));
        }
        if !out.iter().any(|l| l.eq_ignore_ascii_case(lang)) {
            out.push(lang.to_owned());
        }
    }
    if out.is_empty() {
        return Err(msg("error-languages-missing"));
    }
    if out.len() > LANGUAGES_MAX {
        return Err(msg_max("error-languages-many", LANGUAGES_MAX));
    }
    Ok(out)
}

/// A field's name in a message: a translation key (`what-...`), else English words.
pub fn what_arg(what: &str) -> Arg {
    if what.starts_with("what-") {
        Arg::Key(what.to_owned())
    } else {
        Arg::Text(what.to_owned())
    }
}

/// A plain text field with a length limit; `what` names it in the message: a translation
/// key (`what-...`), else English words.
pub fn text(raw: &str, what: &str, min: usize, max: usize) -> Result<String, Message> {
    let value = raw.trim();
    let count = value.chars().count();
    let what = what_arg(what);
    if count < min.max(1) && min > 0 {
        return Err(Message::key("error-text-missing", &[("what", what)]));
    }
    if count > max {
        return Err(Message::key(
            "error-text-long",
            &[("what", what), ("max", max.into()), ("count", count.into())],
        ));
    }
    Ok(value.to_owned())
}

/// Where to go after signing in: only a local path, never another site.
pub fn local_path(raw: &str) -> String {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.contains('\\')
        && !raw.chars().any(char::is_control);
    if ok {
        raw.to_owned()
    } else {
        "/home".to_owned()
    }
}

/// Percent-encodes a value for a URL query (unreserved characters stay as they are).
pub fn url_encode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn passwords_refuse_control_characters_and_guessable_ones() {
        assert_eq!(
            new_password(&"\0".repeat(12)).unwrap_err(),
            "Passwords cannot contain control characters"
        );
        assert!(new_password("tab\tin the middle").is_err());
        for weak in [
            "password1234",
            "PASSWORD1234",
            "aaaaaaaaaaaa",
            "abcdefghijklm",
            "zyxwvutsrqpo",
            "123456789012",
            "a           ",
        ] {
            assert!(new_password(weak).is_err(), "{weak}");
        }
        for fine in [
            "tandem-demo-2026",
            "river lantern cup",
            "ទន្លេមេគង្គ ២០២៦",
            "Abcdefghijkm",
        ] {
            assert!(new_password(fine).is_ok(), "{fine}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn email_is_trimmed_and_lowercased() {
        assert_eq!(
            email("  Sophea@RUPP.edu.kh ").unwrap(),
            "sophea@rupp.edu.kh"
        );
    }

    #[test]
    fn email_rejects_bad_shapes() {
        for bad in [
            "",
            "   ",
            "no-at",
            "a@b",
            "@lib.org",
            "a@@lib.org",
            "a b@lib.org",
            "a@.org",
            "a@lib.",
            "<a>@x.org",
        ] {
            assert!(email(bad).is_err(), "{bad:?} should be refused");
        }
        let long = format!("{}@lib.org", "a".repeat(250));
        assert!(email(&long).unwrap_err().contains("at most"));
    }

    #[test]
    fn names_are_bounded() {
        assert_eq!(display_name("  Dara Kim ").unwrap(), "Dara Kim");
        assert!(display_name("").is_err());
        assert!(display_name(&"x".repeat(81)).is_err());
        assert!(display_name("a\u{7}b").is_err());
        assert!(
            display_name(&"ក".repeat(80)).is_ok(),
            "Khmer counts characters, not bytes"
        );
    }

    #[test]
    fn passwords_have_length_limits() {
        assert!(new_password("short").unwrap_err().contains("12"));
        assert!(new_password("            ").is_err());
        assert!(new_password("correct horse battery").is_ok());
        assert!(new_password(&"x".repeat(129)).is_err());
    }

    #[test]
    fn time_zone_shapes() {
        for ok in [
            "UTC",
            "Asia/Phnom_Penh",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+7",
        ] {
            assert!(time_zone(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "Asia//Phnom",
            "Asia/Phnom Penh",
            "../../etc/passwd",
            "Europe/Berlin;",
        ] {
            assert!(time_zone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn languages_are_cleaned() {
        assert_eq!(
            languages(" English, Khmer,english ,").unwrap(),
            vec!["English", "Khmer"]
        );
        assert!(languages(" , ").is_err());
        assert!(languages(&"x".repeat(41)).is_err());
        let many = (0..9)
            .map(|i| format!("L{i}"))
            .collect::<Vec<_>>()
            .join(",");
        assert!(languages(&many).is_err());
    }

    #[test]
    fn next_path_stays_on_site() {
        assert_eq!(local_path("/review?x=1"), "/review?x=1");
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(local_path(bad), "/home", "{bad}");
        }
    }

    #[test]
    fn url_encoding_escapes_query_characters() {
        assert_eq!(
            url_encode("/review?x=1&y=ä"),
            "/review%3Fx%3D1%26y%3D%C3%A4"
        );
    }

    proptest! {
        #[test]
        fn valid_emails_are_lowercase_and_stable(local in "[a-zA-Z0-9._%+-]{1,30}", domain in "[a-zA-Z0-9-]{1,20}\\.[a-zA-Z]{2,6}") {
            let raw = format!("{local}@{domain}");
            let cleaned = email(&raw).unwrap();
            prop_assert_eq!(&cleaned, &raw.to_lowercase());
            prop_assert_eq!(email(&cleaned).unwrap(), cleaned.clone());
        }

        #[test]
        fn name_rule_never_panics_and_bounds_length(s in "\\PC{0,120}") {
            if let Ok(name) = display_name(&s) {
                prop_assert!(name.chars().count() <= NAME_MAX);
                prop_assert!(!name.is_empty());
            }
        }
    }
}
