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
    /// The IANA zone the call states its deadline in.
    pub deadline_time_zone: String,
    /// When the call opens; none: open from its creation.
    pub call_opens_at: Option<i64>,
    /// The cohort's own call text, shown above the programme's.
    #[sea_orm(column_type = "Text")]
    pub call_text: String,
    /// Sessions each partnership holds at least in its year.
    pub min_sessions: i32,
    /// The first deadline, once the chair has extended it.
    pub deadline_extended_from: Option<i64>,
    /// Days a draft never sent is kept after the call's deadline.
    pub draft_retention_days: i32,
    /// Days an undecided application is kept after the cohort starts.
    pub undecided_retention_days: i32,
    /// Days a finished pair's journal and session notes are kept after the year ends, unless
    /// both members keep them.
    pub journal_retention_days: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
