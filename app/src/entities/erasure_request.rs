//! The `erasure_request` table: a person (or an applicant, through the application's private
//! link) asks for their data to be erased; the chair has a week to object, then it runs. Once
//! done, the row keeps only what was removed, in figures.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasure_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The account to erase (none once erased, or for an applicant).
    pub person_id: Option<i64>,
    /// The application to erase, when an applicant asked from its private link.
    pub application_id: Option<i64>,
    /// "account" or "application".
    pub kind: String,
    /// "waiting", "objected", "withdrawn" or "done".
    pub status: String,
    pub requested_at: i64,
    /// When the erasure runs unless the chair objects first.
    pub runs_after: i64,
    #[sea_orm(column_type = "Text")]
    pub objection: String,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
    pub done_at: Option<i64>,
    /// What was removed, in figures (never the content).
    #[sea_orm(column_type = "Text")]
    pub summary: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
