//! Coach applications to a cohort's call, with their CV files kept beside them.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Application {
    Table,
    Id,
    CohortId,
    TokenHash,
    Email,
    Name,
    Position,
    Institution,
    Country,
    TimeZone,
    Languages,
    YearsLeading,
    Expertise,
    ExpertiseOther,
    Statement,
    Consent,
    Status,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum ApplicationCv {
    Table,
    ApplicationId,
    Kind,
    FileName,
    Size,
    Content,
    UploadedAt,
}

#[derive(DeriveIden)]
enum Cohort {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Application::Table)
                    .col(
                        ColumnDef::new(Application::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Application::CohortId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(Application::Email)
                            .string_len(254)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Application::Name).string_len(80).not_null())
                    .col(
                        ColumnDef::new(Application::Position)
                            .string_len(120)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::Institution)
                            .string_len(160)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::Country)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::TimeZone)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Application::Languages).text().not_null())
                    .col(ColumnDef::new(Application::YearsLeading).integer().null())
                    .col(ColumnDef::new(Application::Expertise).text().not_null())
                    .col(
                        ColumnDef::new(Application::ExpertiseOther)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Application::Statement).text().not_null())
                    .col(ColumnDef::new(Application::Consent).boolean().not_null())
                    .col(
                        ColumnDef::new(Application::Status)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Application::SubmittedAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Application::Table, Application::CohortId)
                            .to(Cohort::Table, Cohort::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_application_cohort_email")
                    .table(Application::Table)
                    .col(Application::CohortId)
                    .col(Application::Email)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApplicationCv::Table)
                    .col(
                        ColumnDef::new(ApplicationCv::ApplicationId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ApplicationCv::Kind).string_len(8).not_null())
                    .col(
                        ColumnDef::new(ApplicationCv::FileName)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ApplicationCv::Size).big_integer().not_null())
                    .col(ColumnDef::new(ApplicationCv::Content).blob().not_null())
                    .col(
                        ColumnDef::new(ApplicationCv::UploadedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApplicationCv::Table, ApplicationCv::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ApplicationCv::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Application::Table).to_owned())
            .await
    }
}
