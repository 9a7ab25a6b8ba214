//! A cohort setting: how many days after a decline the declined applicant's CV is kept.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cohort {
    Table,
    CvRetentionDays,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cohort::Table)
                    .add_column(
                        ColumnDef::new(Cohort::CvRetentionDays)
                            .integer()
                            .not_null()
                            .default(30),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cohort::Table)
                    .drop_column(Cohort::CvRetentionDays)
                    .to_owned(),
            )
            .await
    }
}
