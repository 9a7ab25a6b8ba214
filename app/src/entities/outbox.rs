//! The `outbox` table: every message Tandem writes, queued in the transaction of the change
//! that causes it and sent by the mail worker.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub to_email: String,
    pub subject: String,
    /// The plain-text part with links relative to the site (what the outbox page shows).
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    /// `shared::mail::MailKind` code.
    pub kind: String,
    pub person_id: Option<i64>,
    /// The message as `app::features::mail::Letter` JSON, rendered when sent.
    #[sea_orm(column_type = "Text", nullable)]
    pub letter: Option<String>,
    /// Carries a private link (password reset, invitation, an applicant's link).
    pub secret: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub ics: Option<String>,
    /// `queued`, `sending`, `sent`, `failed` or `held`.
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub lease_owner: Option<String>,
    pub lease_until: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
