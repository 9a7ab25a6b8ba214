//! The `discussion_thread` table: a discussion in one of the community's spaces.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "discussion_thread")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// "general" or an objective area's code.
    pub space: String,
    pub title: String,
    pub author_id: Option<i64>,
    pub created_at: i64,
    pub last_post_at: i64,
    pub locked_at: Option<i64>,
    pub locked_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
