//! The `community_event` table: a conference or a community call the programme team published,
//! to everyone (`cohort_id` none) or to one cohort.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// "conference" or "call".
    pub kind: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// The zone the event states its time in.
    pub time_zone: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    /// A conference's registration link, a call's video link.
    pub link: String,
    pub cohort_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub cancelled_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
