//! What the chair changes on accounts and invitations, and the forms that recover an account
//! or change its address.

use super::new_password_pair;
use crate::{FieldErrors, Role};
use serde::{Deserialize, Serialize};

/// What the chair does with an invitation not accepted yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationChange {
    /// The same link works for as long again as a new invitation's.
    Extend,
    /// A new link is mailed; the old one stops working.
    Resend,
    /// The link stops working and the invitation is gone.
    Revoke,
}

impl InvitationChange {
    pub fn from_code(code: &str) -> Option<InvitationChange> {
        match code {
            "extend" => Some(InvitationChange::Extend),
            "resend" => Some(InvitationChange::Resend),
            "revoke" => Some(InvitationChange::Revoke),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            InvitationChange::Extend => "extend",
            InvitationChange::Resend => "resend",
            InvitationChange::Revoke => "revoke",
        }
    }

    /// What the people page says afterwards.
    pub fn done(self) -> &'static str {
        match self {
            InvitationChange::Extend => "The invitation works for longer; its link is the same.",
            InvitationChange::Resend => {
                "A new link is on its way by email; the old one no longer works."
            }
            InvitationChange::Revoke => "The invitation is withdrawn; its link no longer works.",
        }
    }
}

/// A new email address for the signed-in person, with their password as proof.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailChangeForm {
    pub new_email: String,
    pub password: String,
}

impl EmailChangeForm {
    /// Returns (new address, password) when the form is well formed.
    pub fn validate(&self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = crate::validate::email(&self.new_email)
            .map_err(|m| errors.add("new_email", m))
            .unwrap_or_default();
        if self.password.is_empty() {
            errors.add(
                "password",
                crate::errors::Message::key("error-password-enter", &[]),
            );
        }
        errors.into_result((email, self.password.clone()))
    }
}

/// "Forgot your password": the address to send a reset link to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgotForm {
    pub email: String,
}

impl ForgotForm {
    pub fn validate(&self) -> Result<String, FieldErrors> {
        crate::validate::email(&self.email).map_err(|m| FieldErrors::single("email", m))
    }
}

/// A new password chosen through a reset link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetForm {
    pub token: String,
    pub password: String,
    pub password_confirm: String,
}

impl ResetForm {
    /// Returns (token, new password) when the form is well formed.
    pub fn validate(&self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let password = new_password_pair(&self.password, &self.password_confirm, &mut errors);
        errors.into_result((self.token.trim().to_owned(), password))
    }
}

/// What the chair changes on an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountChange {
    AddRole(Role),
    Close,
    Reopen,
}

impl AccountChange {
    /// From the people page's form: `change` (`add_role`, `close`, `reopen`) and `role`.
    pub fn read(change: &str, role: &str) -> Result<AccountChange, FieldErrors> {
        match change {
            "close" => Ok(AccountChange::Close),
            "reopen" => Ok(AccountChange::Reopen),
            "add_role" => role
                .parse()
                .map(AccountChange::AddRole)
                .map_err(|_| FieldErrors::single("role", "Choose a role to add")),
            _ => Err(FieldErrors::single("change", "Choose what to change")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgot_and_reset_forms_check_their_fields() {
        assert!(
            ForgotForm {
                email: "nope".into()
            }
            .validate()
            .is_err()
        );
        assert_eq!(
            ForgotForm {
                email: " Dara@Lib.ORG ".into()
            }
            .validate()
            .unwrap(),
            "dara@lib.org"
        );
        let short = ResetForm {
            token: "t".into(),
            password: "short".into(),
            password_confirm: "short".into(),
        };
        assert!(short.validate().unwrap_err().first("password").is_some());
        let differ = ResetForm {
            token: "t".into(),
            password: "a long new passphrase".into(),
            password_confirm: "a long new passphrase!".into(),
        };
        assert!(
            differ
                .validate()
                .unwrap_err()
                .first("password_confirm")
                .is_some()
        );
    }
}
