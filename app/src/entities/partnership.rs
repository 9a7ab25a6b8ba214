//! The `partnership` table: a coach and a partner for a cohort's year.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partnership")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub cohort_id: i64,
    pub coach_id: i64,
    pub partner_id: i64,
    pub objective_area: String,
    #[sea_orm(column_type = "Text")]
    pub objective: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub end_reason: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Whether each member keeps the pair's journal and notes past the cohort's period.
    pub coach_keeps_journal: bool,
    pub partner_keeps_journal: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
