//! Partner intake: the library director's profile, how they can meet, and the ONE specific
//! objective they choose from the four areas, with the need behind it.

use crate::errors::Message;
use crate::programme::ObjectiveArea;
use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

/// How a partner can meet their coach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Connectivity {
    Video,
    AudioOnly,
    PhoneOrWhatsapp,
}

impl Connectivity {
    pub const ALL: [Connectivity; 3] = [
        Connectivity::Video,
        Connectivity::AudioOnly,
        Connectivity::PhoneOrWhatsapp,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Connectivity::Video => "video",
            Connectivity::AudioOnly => "audio",
            Connectivity::PhoneOrWhatsapp => "phone",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Connectivity::Video => "Video calls work well",
            Connectivity::AudioOnly => "Audio only (video is too slow or costly)",
            Connectivity::PhoneOrWhatsapp => "Phone or WhatsApp calls only",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Whether a session by `medium` works for a partner who meets this way: audio only rules
    /// out video; phone or WhatsApp only rules out internet calls.
    pub fn allows(self, medium: crate::schedule::Medium) -> bool {
        use crate::schedule::Medium;
        match self {
            Connectivity::Video => true,
            Connectivity::AudioOnly => medium != Medium::Video,
            Connectivity::PhoneOrWhatsapp => matches!(medium, Medium::Phone | Medium::Whatsapp),
        }
    }
}

pub const NEED_MIN_WORDS: usize = 10;
pub const NEED_MAX_CHARS: usize = 3_000;

/// The intake form as typed. Radio groups left unchosen are not sent at all, hence the defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeForm {
    pub library: String,
    pub position: String,
    pub city: String,
    pub time_zone: String,
    pub languages: String,
    pub connectivity: String,
    pub preferred_times: String,
    pub objective_area: String,
    pub need: String,
}

/// A checked intake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intake {
    pub library: String,
    pub position: String,
    pub city: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub connectivity: Connectivity,
    pub preferred_times: String,
    pub objective_area: ObjectiveArea,
    pub need: String,
}

impl IntakeForm {
    pub fn validate(&self) -> Result<Intake, FieldErrors> {
        // In the order of the form, so the error summary reads like the page.
        let mut e = FieldErrors::new();
        let library = e.take(
            "library",
            validate::text(&self.library, "what-library", 2, 160),
        );
        let position = e.take(
            "position",
            validate::text(&self.position, "what-position", 2, 120),
        );
        let city = e.take("city", validate::text(&self.city, "what-city", 2, 80));
        let time_zone = e.take("time_zone", validate::time_zone(&self.time_zone));
        let languages = e.take("languages", validate::languages(&self.languages));
        let connectivity = Connectivity::from_code(&self.connectivity);
        if connectivity.is_none() {
            e.add("connectivity", Message::key("error-connectivity", &[]));
        }
        let preferred_times = e.take(
            "preferred_times",
            validate::text(&self.preferred_times, "what-preferred-times", 3, 300),
        );
        let objective_area = ObjectiveArea::from_code(&self.objective_area);
        if objective_area.is_none() {
            e.add("objective_area", Message::key("error-objective-area", &[]));
        }
        let need = e.take(
            "need",
            validate::text(&self.need, "what-need", 1, NEED_MAX_CHARS),
        );
        if !need.is_empty() && crate::word_count::count(&need) < NEED_MIN_WORDS {
            e.add(
                "need",
                Message::key("error-need-short", &[("min", NEED_MIN_WORDS.into())]),
            );
        }
        let errors = e;
        errors.into_result(Intake {
            library,
            position,
            city,
            time_zone,
            languages,
            connectivity: connectivity.unwrap_or(Connectivity::Video),
            preferred_times,
            objective_area: objective_area.unwrap_or(ObjectiveArea::FacilitiesAndSpaces),
            need,
        })
    }
}

/// The partner's intake as the pages show it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeView {
    pub form: IntakeForm,
    /// True once the partner has completed it.
    pub complete: bool,
    /// The chosen area's title, once chosen.
    pub objective_title: Option<String>,
    /// The cohort this intake belongs to.
    #[serde(default)]
    pub cohort_name: String,
    /// Once matched in that cohort, the partnership: the objective is the partnership's then,
    /// changed through the pair's goals, not here.
    #[serde(default)]
    pub matched: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_follows_how_the_partner_can_meet() {
        use crate::schedule::Medium;
        assert!(Connectivity::Video.allows(Medium::Video));
        assert!(!Connectivity::AudioOnly.allows(Medium::Video));
        assert!(Connectivity::AudioOnly.allows(Medium::Voice));
        assert!(!Connectivity::PhoneOrWhatsapp.allows(Medium::Voice));
        assert!(Connectivity::PhoneOrWhatsapp.allows(Medium::Whatsapp));
    }

    fn complete() -> IntakeForm {
        IntakeForm {
            library: "Mekong Institute of Technology Library".into(),
            position: "Director".into(),
            city: "Phnom Penh".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: "Khmer, English".into(),
            connectivity: "audio".into(),
            preferred_times: "Weekday mornings before 11:00".into(),
            objective_area: "training".into(),
            need: "Our twelve staff need a training plan for research support services this year."
                .into(),
        }
    }

    #[test]
    fn a_complete_intake_passes() {
        let ok = complete().validate().unwrap();
        assert_eq!(ok.connectivity, Connectivity::AudioOnly);
        assert_eq!(ok.objective_area, ObjectiveArea::PeopleAndTraining);
        assert_eq!(ok.languages, vec!["Khmer", "English"]);
    }

    #[test]
    fn every_field_has_its_own_message() {
        let errors = IntakeForm::default().validate().unwrap_err();
        for field in [
            "library",
            "position",
            "city",
            "time_zone",
            "languages",
            "connectivity",
            "preferred_times",
            "objective_area",
            "need",
        ] {
            assert!(errors.first(field).is_some(), "{field}");
        }
        let vague = IntakeForm {
            need: "Training.".into(),
            objective_area: "everything".into(),
            ..complete()
        };
        let errors = vague.validate().unwrap_err();
        assert!(errors.first("need").unwrap().contains("10 words"));
        assert_eq!(
            errors.first("objective_area"),
            Some("Choose the ONE area of your specific objective")
        );
    }

    #[test]
    fn the_summary_follows_the_form() {
        let errors = IntakeForm::default().validate().unwrap_err();
        let order: Vec<String> = errors.summary().into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            order,
            [
                "library",
                "position",
                "city",
                "time_zone",
                "languages",
                "connectivity",
                "preferred_times",
                "objective_area",
                "need"
            ]
        );
    }

    #[test]
    fn a_form_without_its_radio_choices_still_reads() {
        let form: IntakeForm = serde_json::from_str(r#"{"library":"City Library"}"#).unwrap();
        assert_eq!(form.library, "City Library");
        assert!(form.validate().unwrap_err().first("connectivity").is_some());
    }

    #[test]
    fn connectivity_codes_round_trip() {
        for c in Connectivity::ALL {
            assert_eq!(Connectivity::from_code(c.code()), Some(c));
        }
    }
}
