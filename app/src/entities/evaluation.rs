//! The `evaluation` table: one member's end-of-year answers, for the programme team only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evaluation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: i64,
    pub person_id: i64,
    pub side: String,
    pub goals_reached: String,
    #[sea_orm(column_type = "Text")]
    pub helped: String,
    #[sea_orm(column_type = "Text")]
    pub change: String,
    pub broadened: String,
    pub rating: i32,
    pub again: String,
    pub quote_ok: bool,
    pub submitted_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
