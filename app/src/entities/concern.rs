//! The `concern` table: confidential difficulty reports to the programme team.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concern")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The partnership it is about; none when raised by someone without one.
    pub partnership_id: Option<i64>,
    pub author_id: i64,
    pub category: String,
    pub severity: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub shared_with_pair: bool,
    pub status: String,
    pub owner_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
