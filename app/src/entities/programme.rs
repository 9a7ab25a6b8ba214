//! The `programme` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programme")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub chair_name: String,
    pub time_zone: String,
    /// JSON array of lines.
    #[sea_orm(column_type = "Text")]
    pub general_objectives: String,
    /// JSON array of lines.
    #[sea_orm(column_type = "Text")]
    pub coach_expectations: String,
    pub updated_at: i64,
    /// The address every call gives for questions to the chair.
    pub contact_email: String,
    /// Days a sent message (and any private link in it) is kept.
    pub outbox_retention_days: i32,
    /// Days an audit log row is kept.
    pub audit_retention_days: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
