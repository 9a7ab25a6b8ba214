//! The community directory (`/community/people`): the people of the programme (coaches,
//! partners, the programme team, past cohorts too) who chose to appear in it, with the contact
//! details each chose to show there, and the filters that narrow it. Nobody is in it until
//! they opt in; a partner can stay out of it entirely.

use crate::pair_card::{Contact, Share};
use crate::programme::ObjectiveArea;
use crate::{FieldErrors, Role};
use serde::{Deserialize, Serialize};

/// The form on `/community/people/listing`, as typed: "on" when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListingForm {
    pub listed: String,
    pub show_email: String,
    pub show_phone: String,
    pub show_whatsapp: String,
}

/// What a person chose: out of the directory, or in it showing these details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Listing {
    Out,
    In(Vec<Share>),
}

impl ListingForm {
    /// Checks the choice against the numbers the person keeps on their card: a number they
    /// have not written cannot be shown.
    pub fn validate(&self, phone: &str, whatsapp: &str) -> Result<Listing, FieldErrors> {
        let on = |v: &str| v == "on";
        if !on(&self.listed) {
            return Ok(Listing::Out);
        }
        let mut e = FieldErrors::new();
        let mut shares = Vec::new();
        if on(&self.show_email) {
            shares.push(Share::Email);
        }
        for (ticked, share, number, field) in [
            (&self.show_phone, Share::Phone, phone, "show_phone"),
            (
                &self.show_whatsapp,
                Share::Whatsapp,
                whatsapp,
                "show_whatsapp",
            ),
        ] {
            if on(ticked) {
                if number.trim().is_empty() {
                    e.add(
                        field,
                        crate::errors::Message::key(
                            "error-directory-no-number",
                            &[(
                                "what",
                                crate::i18n::Arg::Key(format!("share-{}", share.code())),
                            )],
                        ),
                    );
                }
                shares.push(share);
            }
        }
        e.into_result(Listing::In(shares))
    }

    /// The form showing a stored choice.
    pub fn of(listing: &Listing) -> Self {
        let tick = |yes: bool| if yes { "on" } else { "" }.to_owned();
        match listing {
            Listing::Out => Self::default(),
            Listing::In(shares) => Self {
                listed: tick(true),
                show_email: tick(shares.contains(&Share::Email)),
                show_phone: tick(shares.contains(&Share::Phone)),
                show_whatsapp: tick(shares.contains(&Share::Whatsapp)),
            },
        }
    }
}

/// One person in the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub person_id: i64,
    pub name: String,
    /// Coach, partner, team or chair (the programme's roles, most telling first).
    pub roles: Vec<Role>,
    /// The cohorts they took part in: (slug, name), newest first.
    pub cohorts: Vec<(String, String)>,
    /// Their library or institution.
    pub institution: String,
    pub city: String,
    pub country: String,
    /// IANA zone: the page shows their time now.
    pub time_zone: String,
    pub languages: Vec<String>,
    /// A coach's areas of expertise; a partner's objective area.
    pub areas: Vec<ObjectiveArea>,
    pub contacts: Vec<Contact>,
}

/// The directory's filters, from the page's address (`?area=&country=&language=&cohort=`):
/// nothing typed, each a choice from the lists the page offers. Empty: any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    pub area: String,
    pub country: String,
    pub language: String,
    pub cohort: String,
}

impl Filter {
    /// Whether an entry passes every filter set. Countries and languages compare without case.
    pub fn admits(&self, e: &Entry) -> bool {
        let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
        let area = ObjectiveArea::from_code(self.area.trim());
        (self.area.trim().is_empty() || area.is_some_and(|a| e.areas.contains(&a)))
            && (self.country.trim().is_empty() || same(&e.country, &self.country))
            && (self.language.trim().is_empty()
                || e.languages.iter().any(|l| same(l, &self.language)))
            && (self.cohort.trim().is_empty()
                || e.cohorts
                    .iter()
                    .any(|(slug, _)| *slug == self.cohort.trim()))
    }

    pub fn is_empty(&self) -> bool {
        [&self.area, &self.country, &self.language, &self.cohort]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// The choices each filter offers: what the listed people have, sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    /// (slug, name), newest first.
    pub cohorts: Vec<(String, String)>,
}

impl Choices {
    /// Gathers the choices from every listed entry (not only those the filter shows, so a
    /// filter can always be changed to another value).
    pub fn of(entries: &[Entry], cohorts: Vec<(String, String)>) -> Self {
        let mut countries: Vec<String> = Vec::new();
        let mut languages: Vec<String> = Vec::new();
        let add = |list: &mut Vec<String>, v: &str| {
            let v = v.trim();
            if !v.is_empty() && !list.iter().any(|x| x.to_lowercase() == v.to_lowercase()) {
                list.push(v.to_owned());
            }
        };
        for e in entries {
            add(&mut countries, &e.country);
            for l in &e.languages {
                add(&mut languages, l);
            }
        }
        countries.sort_by_key(|c| c.to_lowercase());
        languages.sort_by_key(|l| l.to_lowercase());
        Self {
            countries,
            languages,
            cohorts,
        }
    }
}

/// The directory page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    /// The entries the filter admits, by name.
    pub entries: Vec<Entry>,
    /// How many people are listed in all.
    pub listed: usize,
    pub choices: Choices,
    pub filter: Filter,
    /// Whether the reader is listed themselves.
    pub me_listed: bool,
}

/// The reader's own listing, for the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingPage {
    pub form: ListingForm,
    pub email: String,
    pub phone: String,
    pub whatsapp: String,
    /// What others would see of them with the details chosen now.
    pub preview: Entry,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        Entry {
            person_id: 1,
            name: "Sokha".into(),
            roles: vec![Role::Partner],
            cohorts: vec![("cambodia-2026".into(), "Cambodia 2026".into())],
            institution: "RUPP Library".into(),
            city: "Phnom Penh".into(),
            country: "Cambodia".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: vec!["Khmer".into(), "English".into()],
            areas: vec![ObjectiveArea::CollectionsAndAccess],
            contacts: vec![],
        }
    }

    #[test]
    fn an_empty_filter_admits_everyone() {
        assert!(Filter::default().admits(&entry()));
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn each_filter_narrows_and_they_combine() {
        let f = |area: &str, country: &str, language: &str, cohort: &str| Filter {
            area: area.into(),
            country: country.into(),
            language: language.into(),
            cohort: cohort.into(),
        };
        let e = entry();
        assert!(f("collections", "", "", "").admits(&e));
        assert!(!f("facilities", "", "", "").admits(&e));
        assert!(
            !f("nonsense", "", "", "").admits(&e),
            "an unknown area admits nobody"
        );
        assert!(
            f("", "cambodia", "", "").admits(&e),
            "countries compare without case"
        );
        assert!(!f("", "Germany", "", "").admits(&e));
        assert!(f("", "", "english", "").admits(&e));
        assert!(!f("", "", "French", "").admits(&e));
        assert!(f("", "", "", "cambodia-2026").admits(&e));
        assert!(!f("", "", "", "cambodia-2027").admits(&e));
        assert!(f("collections", "Cambodia", "Khmer", "cambodia-2026").admits(&e));
        assert!(!f("collections", "Cambodia", "Khmer", "cambodia-2027").admits(&e));
    }

    #[test]
    fn leaving_needs_no_details_and_joining_keeps_the_chosen_ones() {
        let out = ListingForm {
            listed: String::new(),
            show_phone: "on".into(),
            ..Default::default()
        };
        assert_eq!(out.validate("", ""), Ok(Listing::Out));
        let join = ListingForm {
            listed: "on".into(),
            show_email: "on".into(),
            show_whatsapp: "on".into(),
            ..Default::default()
        };
        let listing = join.validate("", "+855 12 345 678").unwrap();
        assert_eq!(listing, Listing::In(vec![Share::Email, Share::Whatsapp]));
        assert_eq!(ListingForm::of(&listing), join);
    }

    #[test]
    fn a_number_not_written_on_the_card_cannot_be_shown() {
        let join = ListingForm {
            listed: "on".into(),
            show_phone: "on".into(),
            show_whatsapp: "on".into(),
            ..Default::default()
        };
        let e = join.validate("  ", "").unwrap_err();
        assert!(e.first("show_phone").is_some());
        assert!(e.first("show_whatsapp").is_some());
        assert!(join.validate("+49 30 1234567", "+49 30 1234567").is_ok());
    }

    #[test]
    fn the_choices_are_what_the_listed_people_have_once_each() {
        let mut other = entry();
        other.country = "cambodia".into();
        other.languages = vec!["French".into(), "english".into()];
        let c = Choices::of(&[entry(), other], vec![]);
        assert_eq!(c.countries, vec!["Cambodia".to_owned()]);
        assert_eq!(
            c.languages,
            vec![
                "English".to_owned(),
                "French".to_owned(),
                "Khmer".to_owned()
            ]
        );
    }
}
