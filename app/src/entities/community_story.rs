//! The `community_story` table: a journal entry its author shared with the community, as a
//! copy (a success or a difficulty), with their name or anonymously.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_story")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub partnership_id: Option<i64>,
    /// The entry it came from (none once that entry is gone).
    pub journal_entry_id: Option<i64>,
    pub author_id: Option<i64>,
    /// "success" or "difficulty".
    pub kind: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Shown without the author's name: only the area and the cohort (the team sees the name).
    pub anonymous: bool,
    /// The partnership's objective area code.
    pub objective_area: String,
    pub cohort_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub hidden_at: Option<i64>,
    pub hidden_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
