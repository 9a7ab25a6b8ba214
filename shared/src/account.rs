//! Accounts: what people submit to sign in, accept an invitation and edit their profile, and
//! what the server tells the browser about the signed-in person.

use crate::{FieldErrors, Role, validate};
use serde::{Deserialize, Serialize};

mod changes;
pub use changes::*;

/// The signed-in person, as pages see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub roles: Vec<Role>,
    /// Usual working hours on their own clock.
    pub working_hours: crate::matching::WorkingHours,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// On the programme team: the chair or a team member (applications and concerns).
    pub fn on_team(&self) -> bool {
        self.has(Role::Chair) || self.has(Role::Team)
    }
}

/// The sign-in form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInForm {
    pub email: String,
    pub password: String,
    /// Where to go afterwards (a local path).
    #[serde(default)]
    pub next: String,
}

/// A sign-in with a well-formed email and a non-empty password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignIn {
    pub email: String,
    pub password: String,
    pub next: String,
}

impl SignInForm {
    pub fn validate(&self) -> Result<SignIn, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = validate::email(&self.email).unwrap_or_else(|m| {
            errors.add("email", m);
            String::new()
        });
        if self.password.is_empty() {
            errors.add(
                "password",
                crate::errors::Message::key("error-password-enter", &[]),
            );
        }
        errors.into_result(SignIn {
            email,
            password: self.password.clone(),
            next: validate::local_path(&self.next),
        })
    }
}

/// The chair's invitation form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationForm {
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// The language of the invitation email ("en", "km"); empty: English.
    #[serde(default)]
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewInvitation {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The language the invitation email is written in.
    pub lang: crate::i18n::Lang,
}

impl InvitationForm {
    pub fn validate(&self) -> Result<NewInvitation, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = validate::email(&self.email).unwrap_or_else(|m| {
            errors.add("email", m.replace("your email", "their email"));
            String::new()
        });
        let display_name = validate::display_name(&self.display_name).unwrap_or_else(|m| {
            errors.add("display_name", m.replace("your name", "their name"));
            String::new()
        });
        let role = self.role.parse::<Role>().unwrap_or_else(|m| {
            errors.add("role", m);
            Role::Partner
        });
        let lang = invitation_language(&self.language).unwrap_or_else(|m| {
            errors.add("language", m);
            crate::i18n::Lang::En
        });
        errors.into_result(NewInvitation {
            email,
            display_name,
            role,
            lang,
        })
    }
}

/// The language an invitation is written in, as a form sends it: `en`, `km`, or nothing
/// (English).
pub fn invitation_language(code: &str) -> Result<crate::i18n::Lang, crate::errors::Message> {
    match code.trim() {
        "" => Ok(crate::i18n::Lang::En),
        code => crate::i18n::Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| crate::errors::Message::key("error-invitation-language", &[])),
    }
}

/// An invitation, as the invited person and the chair see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub invited_by: String,
    /// A suggested time zone (partners in Cambodia: Asia/Phnom_Penh).
    pub suggested_time_zone: String,
    pub expires_at_utc: String,
}

/// What the chair gets back after inviting someone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSent {
    pub email: String,
    pub role: Role,
}

/// The form to accept an invitation: name, zone, languages and a new password.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptanceForm {
    pub token: String,
    pub display_name: String,
    pub time_zone: String,
    pub languages: String,
    pub password: String,
    pub password_confirm: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acceptance {
    pub token: String,
    pub display_name: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub password: String,
}

impl AcceptanceForm {
    pub fn validate(&self) -> Result<Acceptance, FieldErrors> {
        let mut errors = FieldErrors::new();
        let about = ProfileForm {
            display_name: self.display_name.clone(),
            time_zone: self.time_zone.clone(),
            languages: self.languages.clone(),
            ..Default::default()
        }
        .check(&mut errors);
        let password = new_password_pair(&self.password, &self.password_confirm, &mut errors);
        errors.into_result(Acceptance {
            token: self.token.trim().to_owned(),
            display_name: about.display_name,
            time_zone: about.time_zone,
            languages: about.languages,
            password,
        })
    }
}

fn new_password_pair(password: &str, confirm: &str, errors: &mut FieldErrors) -> String {
    match validate::new_password(password) {
        Ok(p) if p == confirm => p,
        Ok(_) => {
            errors.add(
                "password_confirm",
                crate::errors::Message::key("error-password-differ", &[]),
            );
            String::new()
        }
        Err(m) => {
            errors.add("password", m);
            String::new()
        }
    }
}

/// The profile form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileForm {
    pub display_name: String,
    pub time_zone: String,
    pub languages: String,
    /// "09:00"; both hours left out keeps the stored ones.
    #[serde(default)]
    pub work_start: String,
    #[serde(default)]
    pub work_end: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileChange {
    pub display_name: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub working_hours: Option<crate::matching::WorkingHours>,
}

impl ProfileForm {
    pub fn validate(&self) -> Result<ProfileChange, FieldErrors> {
        let mut errors = FieldErrors::new();
        let change = self.check(&mut errors);
        errors.into_result(change)
    }

    /// The rules for a person's name, zone and languages, adding what fails to `errors`.
    fn check(&self, errors: &mut FieldErrors) -> ProfileChange {
        let display_name = validate::display_name(&self.display_name).unwrap_or_else(|m| {
            errors.add("display_name", m);
            String::new()
        });
        let time_zone = validate::time_zone(&self.time_zone).unwrap_or_else(|m| {
            errors.add("time_zone", m);
            String::new()
        });
        let languages = validate::languages(&self.languages).unwrap_or_else(|m| {
            errors.add("languages", m);
            Vec::new()
        });
        let working_hours = if self.work_start.trim().is_empty() && self.work_end.trim().is_empty()
        {
            None
        } else {
            crate::matching::WorkingHours::parse(&self.work_start, &self.work_end)
                .map_err(|(field, m)| errors.add(field, m))
                .ok()
        };
        ProfileChange {
            display_name,
            time_zone,
            languages,
            working_hours,
        }
    }
}

/// The change-password form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordForm {
    pub current_password: String,
    pub password: String,
    pub password_confirm: String,
}

impl PasswordForm {
    /// Returns (current, new) when the form is well formed.
    pub fn validate(&self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.current_password.is_empty() {
            errors.add(
                "current_password",
                crate::errors::Message::key("error-password-current", &[]),
            );
        }
        let password = new_password_pair(&self.password, &self.password_confirm, &mut errors);
        errors.into_result((self.current_password.clone(), password))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_needs_email_and_password() {
        let errors = SignInForm::default().validate().unwrap_err();
        assert_eq!(errors.first("email"), Some("Enter your email address"));
        assert_eq!(errors.first("password"), Some("Enter your password"));
        let ok = SignInForm {
            email: " Chair@Demo.org".into(),
            password: "x".into(),
            next: "https://evil.example".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(ok.email, "chair@demo.org");
        assert_eq!(ok.next, "/home");
    }

    #[test]
    fn invitation_speaks_of_the_invited_person() {
        let errors = InvitationForm {
            role: "admin".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors.first("email"), Some("Enter their email address"));
        assert_eq!(errors.first("display_name"), Some("Enter their name"));
        assert_eq!(
            errors.first("role"),
            Some("Choose chair, programme team, coach or partner")
        );
    }

    #[test]
    fn acceptance_checks_the_password_pair() {
        let form = AcceptanceForm {
            token: "t".into(),
            display_name: "Sophea".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: "Khmer, English".into(),
            password: "a long enough password".into(),
            password_confirm: "a long enough passw0rd".into(),
        };
        let errors = form.validate().unwrap_err();
        assert!(errors.first("password_confirm").is_some());
        assert!(errors.first("password").is_none());
        let ok = AcceptanceForm {
            password_confirm: form.password.clone(),
            ..form
        }
        .validate()
        .unwrap();
        assert_eq!(ok.languages, vec!["Khmer", "English"]);
    }

    #[test]
    fn password_change_needs_current() {
        let errors = PasswordForm::default().validate().unwrap_err();
        assert!(errors.first("current_password").is_some());
        assert!(errors.first("password").is_some());
    }
}

/// A person as the chair's people list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonSummary {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub time_zone: String,
    pub roles: Vec<Role>,
    pub is_demo: bool,
    /// Closed by the chair: cannot sign in.
    pub closed: bool,
}

/// An invitation not yet accepted, for the chair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingInvitation {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub expires_at_utc: String,
    pub expired: bool,
}
