//! The `person` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "person")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub time_zone: String,
    /// JSON array of language names.
    pub languages: String,
    pub password_hash: Option<String>,
    pub is_demo: bool,
    pub created_at: i64,
    pub updated_at: i64,
    /// Usual working hours, minutes after local midnight.
    pub work_start_min: i32,
    pub work_end_min: i32,
    /// When the chair closed the account; it cannot sign in while set.
    pub closed_at: Option<i64>,
    /// When a coach or partner accepted the programme's commitments.
    pub commitments_accepted_at: Option<i64>,
    /// What the other member of a pair sees (`shared::pair_card`).
    pub institution: String,
    pub introduction: String,
    pub phone: String,
    pub whatsapp: String,
    /// Comma-separated: "email", "phone", "whatsapp".
    pub shares: String,
    /// The language chosen with the switch ("en", "km"); empty: not chosen.
    pub language: String,
    /// Digits in dates and times: "khmer" (០-៩), else Latin (0-9).
    pub digits: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
