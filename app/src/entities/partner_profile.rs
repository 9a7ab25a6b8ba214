//! The `partner_profile` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_profile")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub person_id: i64,
    pub library: String,
    pub position: String,
    pub city: String,
    pub connectivity: String,
    pub preferred_times: String,
    pub objective_area: String,
    #[sea_orm(column_type = "Text")]
    pub need: String,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
