//! The `support_hours` table: the coach's support outside meetings; `on_date` is the coach's local date.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "support_hours")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: i64,
    pub coach_id: i64,
    pub on_date: String,
    pub minutes: i32,
    pub category: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
