//! Indexes for a partnership's figures: minutes per day answered from the index alone, and its
//! sessions by status (held, scheduled, proposals by age), so the compliance figures and the
//! alert check cost the same however many entries and proposals a year holds.

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

#[derive(DeriveIden)]
enum CoachingSession {
    Table,
    PartnershipId,
    Status,
    CreatedAt,
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
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_session_by_status")
                    .table(CoachingSession::Table)
                    .col(CoachingSession::PartnershipId)
                    .col(CoachingSession::Status)
                    .col(CoachingSession::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_session_by_status")
                    .table(CoachingSession::Table)
                    .to_owned(),
            )
            .await?;
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
