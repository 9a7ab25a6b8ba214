//! The `application` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub cohort_id: i64,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub email: String,
    pub name: String,
    pub position: String,
    pub institution: String,
    pub country: String,
    pub time_zone: String,
    /// JSON array of language names.
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    pub years_leading: Option<i32>,
    /// JSON array of objective-area codes.
    #[sea_orm(column_type = "Text")]
    pub expertise: String,
    #[sea_orm(column_type = "Text")]
    pub expertise_other: String,
    #[sea_orm(column_type = "Text")]
    pub statement: String,
    pub consent: bool,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
    /// The language the applicant read the call in ("en", "km"): their messages speak it.
    pub language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
