//! The `search_doc` table: the text of one thing the community may find by words (see
//! `crate::server::search`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_doc")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// "library", "story" (and later "post").
    pub kind: String,
    pub ref_id: i64,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
