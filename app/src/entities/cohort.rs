//! The `cohort` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohort")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub programme_id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub country: String,
    pub partner_time_zone: String,
    pub call_deadline_at: i64,
    pub starts_on: String,
    pub ends_on: String,
    pub is_demo: bool,
    pub created_at: i64,
    /// Days a declined applicant's CV is kept after the decision.
    pub cv_retention_days: i32,
    /// Alert thresholds: days without a held session, days a proposal waits, the monthly band.
    pub no_session_days: i32,
    pub unanswered_days: i32,
    pub hours_min_minutes: i32,
    pub hours_max_minutes: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
