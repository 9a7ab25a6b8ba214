//! The `application_cv` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application_cv")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: i64,
    pub kind: String,
    pub file_name: String,
    pub size: i64,
    #[sea_orm(column_type = "Blob")]
    pub content: Vec<u8>,
    pub uploaded_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
