//! Leases for scheduled work: with several servers on one database, a job (reminders, alert
//! checks, retention) runs on the server that holds its lease, so it runs once, not once per
//! server. One row per job: who holds it and until when (milliseconds since the epoch, UTC).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum JobLease {
    Table,
    Job,
    Holder,
    UntilMs,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JobLease::Table)
                    .col(
                        ColumnDef::new(JobLease::Job)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(JobLease::Holder).string_len(64).not_null())
                    .col(ColumnDef::new(JobLease::UntilMs).big_integer().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(JobLease::Table).to_owned())
            .await
    }
}
