//! The `goal` table: a goal the pair agreed on.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "goal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: i64,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub outcome: String,
    pub status: String,
    pub progress: i32,
    pub created_by: Option<i64>,
    /// At the year's end: reached, partly or no ("" until the pair sets it).
    pub final_outcome: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
