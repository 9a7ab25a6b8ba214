//! An index on when a cohort starts: the chair's dashboard lists the newest cohorts and opens
//! the newest that has started, and without it both reads sort every cohort of the programme
//! (the dashboard must cost the same in a programme of 1,000 cohorts as in one of a single one).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cohort {
    Table,
    StartsOn,
    Id,
}

const NAME: &str = "ix_cohort_starts_on";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NAME)
                    .table(Cohort::Table)
                    .col(Cohort::StartsOn)
                    .col(Cohort::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table(Cohort::Table).to_owned())
            .await
    }
}
