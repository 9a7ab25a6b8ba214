//! The `coaching_session` table: a session of a pair; `starts_at` is set once a time is accepted.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coaching_session")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: i64,
    pub status: String,
    pub medium: String,
    pub link: String,
    pub duration_min: i32,
    #[sea_orm(column_type = "Text")]
    pub agenda: String,
    pub starts_at: Option<i64>,
    pub proposed_by: i64,
    pub request_key: String,
    pub sequence: i32,
    #[sea_orm(column_type = "Text")]
    pub cancel_reason: String,
    #[sea_orm(column_type = "Text")]
    pub notes: String,
    #[sea_orm(column_type = "Text")]
    pub actions: String,
    pub partner_confirmed_at: Option<i64>,
    /// Who recorded the outcome (held or no-show), and when: they may correct it for a week.
    pub outcome_by: Option<i64>,
    pub outcome_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
