//! The `partner_intake` table: a partner's intake for one cohort (library, how they meet, the
//! ONE objective); a row with no `completed_at` is a partner invited into the cohort who has not
//! described their objective yet.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_intake")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub cohort_id: i64,
    pub person_id: i64,
    pub library: String,
    pub position: String,
    pub city: String,
    pub connectivity: String,
    pub preferred_times: String,
    pub objective_area: String,
    #[sea_orm(column_type = "Text")]
    pub need: String,
    pub completed_at: Option<i64>,
    pub invited_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
