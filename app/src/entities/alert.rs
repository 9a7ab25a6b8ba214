//! The `alert` table: alerts on a partnership, raised once and cleared when resolved.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alert")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: i64,
    pub kind: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub raised_at: i64,
    pub cleared_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
