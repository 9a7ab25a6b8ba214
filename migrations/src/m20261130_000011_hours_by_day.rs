//! An index that answers "minutes per day of a partnership" from the index alone, so the
//! compliance figures cost the same however many entries a year holds.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SupportHours {
    Table,
    PartnershipId,
    OnDate,
    Minutes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("ix_support_hours_by_day")
                    .table(SupportHours::Table)
                    .col(SupportHours::PartnershipId)
                    .col(SupportHours::OnDate)
                    .col(SupportHours::Minutes)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_support_hours_by_day")
                    .table(SupportHours::Table)
                    .to_owned(),
            )
            .await
    }
}
