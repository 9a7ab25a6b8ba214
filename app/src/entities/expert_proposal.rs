//! The `expert_proposal` table: a coach asks the team to introduce their partner to an expert.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "expert_proposal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: i64,
    pub expert_id: Option<i64>,
    pub proposed_by: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub why: String,
    /// "proposed", "introduced" or "declined".
    pub status: String,
    /// The team's note to the coach (why it was declined).
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
    /// The pair's introduction it became.
    pub introduction_id: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
