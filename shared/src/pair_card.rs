//! What each member of a pair shows the other: the partner's library and how they can meet,
//! the coach's institution and expertise, a short introduction, and the contact details each
//! chooses to share (email, phone, WhatsApp), so a phone or WhatsApp session has a number.

use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

code_enum!(Share {
    Email = "email" / "Email",
    Phone = "phone" / "Phone",
    Whatsapp = "whatsapp" / "WhatsApp",
});

pub const INTRODUCTION_MAX: usize = 800;

/// The form on `/profile/pair`, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PairCardForm {
    pub institution: String,
    pub introduction: String,
    pub phone: String,
    pub whatsapp: String,
    /// "on" when ticked.
    pub show_email: String,
    pub show_phone: String,
    pub show_whatsapp: String,
}

/// A checked card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairCard {
    pub institution: String,
    pub introduction: String,
    pub phone: String,
    pub whatsapp: String,
    pub shares: Vec<Share>,
}

/// A phone number as people write it ("+855 12 345 678", "(030) 1234-5678"): 6 to 15 digits,
/// with spaces, dots, dashes, brackets and a leading "+". Empty stays empty.
pub fn phone(raw: &str) -> Result<String, crate::errors::Message> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    let allowed = |c: char| c.is_ascii_digit() || " .-()".contains(c);
    let body = value.strip_prefix('+').unwrap_or(value);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !body.chars().all(allowed) || !(6..=15).contains(&digits) {
        return Err(crate::errors::Message::key("error-phone", &[]));
    }
    Ok(value.to_owned())
}

/// The digits of a number, for `tel:` and WhatsApp links ("+85512345678", "85512345678").
pub fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// Stored as a comma-separated list.
pub fn shares_from(stored: &str) -> Vec<Share> {
    stored
        .split(',')
        .filter_map(|s| Share::from_code(s.trim()))
        .collect()
}

pub fn shares_to(shares: &[Share]) -> String {
    shares
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(",")
}

impl PairCardForm {
    pub fn validate(&self) -> Result<PairCard, FieldErrors> {
        let mut e = FieldErrors::new();
        let institution = e.take(
            "institution",
            validate::text(&self.institution, "what-institution", 0, 200),
        );
        let introduction = e.take(
            "introduction",
            validate::text(
                &self.introduction,
                "a short introduction",
                0,
                INTRODUCTION_MAX,
            ),
        );
        let phone_number = e.take("phone", phone(&self.phone));
        let whatsapp = e.take("whatsapp", phone(&self.whatsapp));
        let on = |v: &str| v == "on";
        let mut shares = Vec::new();
        if on(&self.show_email) {
            shares.push(Share::Email);
        }
        if on(&self.show_phone) {
            if self.phone.trim().is_empty() {
                e.add(
                    "phone",
                    crate::errors::Message::key("error-card-phone", &[]),
                );
            }
            shares.push(Share::Phone);
        }
        if on(&self.show_whatsapp) {
            if self.whatsapp.trim().is_empty() {
                e.add(
                    "whatsapp",
                    crate::errors::Message::key("error-card-whatsapp", &[]),
                );
            }
            shares.push(Share::Whatsapp);
        }
        e.into_result(PairCard {
            institution,
            introduction,
            phone: phone_number,
            whatsapp,
            shares,
        })
    }
}

/// A way to reach the other member: (Phone, "+855 12 345 678", "tel:+85512345678").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub kind: Share,
    pub value: String,
    pub href: String,
}

/// The links for the details a member shares.
pub fn contacts(email: &str, card: &PairCard) -> Vec<Contact> {
    card.shares
        .iter()
        .filter_map(|s| {
            let (value, href) = match s {
                Share::Email => (email.to_owned(), format!("mailto:{email}")),
                Share::Phone if !card.phone.is_empty() => {
                    (card.phone.clone(), format!("tel:+{}", digits(&card.phone)))
                }
                Share::Whatsapp if !card.whatsapp.is_empty() => (
                    card.whatsapp.clone(),
                    format!("https://wa.me/{}", digits(&card.whatsapp)),
                ),
                _ => return None,
            };
            Some(Contact {
                kind: *s,
                value,
                href,
            })
        })
        .collect()
}

/// The other member of the pair, as the workspace shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherMember {
    /// The other member's side: "Your coach" or "Your partner".
    pub side: crate::partnership::Side,
    pub name: String,
    /// Each fact's key (`fact-library`, `fact-meet`, …) and what it says: what they wrote, or
    /// a choice's words.
    pub facts: Vec<(String, crate::errors::Message)>,
    pub introduction: String,
    pub contacts: Vec<Contact>,
}

/// The caller's own card, for the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairCardPage {
    pub form: PairCardForm,
    pub is_coach: bool,
    pub email: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(phone(" +855 12 345 678 ").unwrap(), "+855 12 345 678");
        assert_eq!(phone("(030) 1234-5678").unwrap(), "(030) 1234-5678");
        assert_eq!(phone("").unwrap(), "");
        assert!(phone("12345").is_err());
        assert!(phone("+855 12 abc").is_err());
        assert!(phone("1234567890123456").is_err());
        assert_eq!(digits("+855 12-345 678"), "85512345678");
    }

    #[test]
    fn a_shared_detail_needs_its_number_and_links_to_it() {
        let form = PairCardForm {
            phone: "+855 12 345 678".into(),
            show_email: "on".into(),
            show_phone: "on".into(),
            show_whatsapp: "on".into(),
            ..Default::default()
        };
        let e = form.validate().unwrap_err();
        assert!(e.first("whatsapp").unwrap().contains("untick"));
        let card = PairCardForm {
            show_whatsapp: String::new(),
            ..form
        }
        .validate()
        .unwrap();
        assert_eq!(shares_to(&card.shares), "email,phone");
        assert_eq!(
            shares_from("email, phone,bogus"),
            [Share::Email, Share::Phone]
        );
        let links = contacts("dara@lib.kh", &card);
        assert_eq!(links[0].href, "mailto:dara@lib.kh");
        assert_eq!(links[1].href, "tel:+85512345678");
        let long = PairCardForm {
            introduction: "x".repeat(INTRODUCTION_MAX + 1),
            ..Default::default()
        };
        assert!(long.validate().unwrap_err().first("introduction").is_some());
    }
}
