//! The `library_item` table: a link or a file in the community's resource library.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "library_item")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub url: Option<String>,
    /// Area codes between commas: `,facilities,advocacy,`.
    pub areas: String,
    /// Tags between commas: `,space planning,khmer,`.
    pub tags: String,
    pub file_name: Option<String>,
    /// "pdf", "docx", "png" or "jpeg" (its bytes are in `library_file`).
    pub file_kind: Option<String>,
    pub file_size: Option<i64>,
    pub added_by: Option<i64>,
    /// The pair's resource it was shared from.
    pub shared_from: Option<i64>,
    pub featured_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
