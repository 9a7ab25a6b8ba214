//! The `expert` table: someone outside the programme the team may introduce to partners.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "expert")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub expertise: String,
    /// Comma-separated, as typed and cleaned.
    pub languages: String,
    pub time_zone: String,
    /// How to reach them: for the programme team alone.
    #[sea_orm(column_type = "Text")]
    pub contact: String,
    /// When the team recorded their consent.
    pub consent_at: i64,
    #[sea_orm(column_type = "Text")]
    pub consent_note: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub retired_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
