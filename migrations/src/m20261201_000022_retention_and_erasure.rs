//! Personal data: how long each kind of record is kept (per cohort, and for the programme's
//! outbox and audit log), whether each member of a finished pair keeps the pair's journal past
//! its period, and erasure requests (a week for the chair to object, then the erasure runs).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cohort {
    Table,
    DraftRetentionDays,
    UndecidedRetentionDays,
    JournalRetentionDays,
}

#[derive(DeriveIden)]
enum Programme {
    Table,
    OutboxRetentionDays,
    AuditRetentionDays,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
    CoachKeepsJournal,
    PartnerKeepsJournal,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Application {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ErasureRequest {
    Table,
    Id,
    PersonId,
    ApplicationId,
    Kind,
    Status,
    RequestedAt,
    RunsAfter,
    Objection,
    DecidedBy,
    DecidedAt,
    DoneAt,
    Summary,
}

async fn add_days(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + 'static,
    column: impl IntoIden,
    days: i32,
) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(ColumnDef::new(column).integer().not_null().default(days))
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_days(manager, Cohort::Table, Cohort::DraftRetentionDays, 30).await?;
        add_days(manager, Cohort::Table, Cohort::UndecidedRetentionDays, 60).await?;
        add_days(manager, Cohort::Table, Cohort::JournalRetentionDays, 365).await?;
        add_days(
            manager,
            Programme::Table,
            Programme::OutboxRetentionDays,
            30,
        )
        .await?;
        add_days(
            manager,
            Programme::Table,
            Programme::AuditRetentionDays,
            730,
        )
        .await?;
        for column in [
            Partnership::CoachKeepsJournal,
            Partnership::PartnerKeepsJournal,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Partnership::Table)
                        .add_column(ColumnDef::new(column).boolean().not_null().default(false))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ErasureRequest::Table)
                    .col(
                        ColumnDef::new(ErasureRequest::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::PersonId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::ApplicationId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::Kind)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::Status)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::RequestedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::RunsAfter)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::Objection)
                            .text()
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::DecidedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ErasureRequest::DecidedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(ErasureRequest::DoneAt).big_integer().null())
                    .col(
                        ColumnDef::new(ErasureRequest::Summary)
                            .text()
                            .not_null()
                            .default(""),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ErasureRequest::Table, ErasureRequest::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ErasureRequest::Table, ErasureRequest::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ErasureRequest::Table, ErasureRequest::DecidedBy)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("erasure_request_due")
                    .table(ErasureRequest::Table)
                    .col(ErasureRequest::Status)
                    .col(ErasureRequest::RunsAfter)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ErasureRequest::Table).to_owned())
            .await?;
        let drops: [(DynIden, DynIden); 7] = [
            (
                Cohort::Table.into_iden(),
                Cohort::DraftRetentionDays.into_iden(),
            ),
            (
                Cohort::Table.into_iden(),
                Cohort::UndecidedRetentionDays.into_iden(),
            ),
            (
                Cohort::Table.into_iden(),
                Cohort::JournalRetentionDays.into_iden(),
            ),
            (
                Programme::Table.into_iden(),
                Programme::OutboxRetentionDays.into_iden(),
            ),
            (
                Programme::Table.into_iden(),
                Programme::AuditRetentionDays.into_iden(),
            ),
            (
                Partnership::Table.into_iden(),
                Partnership::CoachKeepsJournal.into_iden(),
            ),
            (
                Partnership::Table.into_iden(),
                Partnership::PartnerKeepsJournal.into_iden(),
            ),
        ];
        for (table, column) in drops {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
