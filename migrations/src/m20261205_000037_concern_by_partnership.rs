//! An index on the pair a concern is about: the chair's dashboard reads a cohort's open
//! concerns by partnership, and without it that read scans every concern of every cohort (the
//! dashboard must cost the same in a programme of 1,000 cohorts as in one of a single cohort).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Concern {
    Table,
    PartnershipId,
}

const NAME: &str = "ix_concern_partnership";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NAME)
                    .table(Concern::Table)
                    .col(Concern::PartnershipId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table(Concern::Table).to_owned())
            .await
    }
}
