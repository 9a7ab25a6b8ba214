//! The programme, its four specific-objective areas, and its cohorts with their calls.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Programme {
    Table,
    Id,
    Slug,
    Name,
    Summary,
    ChairName,
    TimeZone,
    GeneralObjectives,
    CoachExpectations,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ObjectiveArea {
    Table,
    Id,
    ProgrammeId,
    Code,
    Title,
    Description,
    Position,
}

#[derive(DeriveIden)]
enum Cohort {
    Table,
    Id,
    ProgrammeId,
    Slug,
    Name,
    Country,
    PartnerTimeZone,
    CallDeadlineAt,
    StartsOn,
    EndsOn,
    IsDemo,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Programme::Table)
                    .col(
                        ColumnDef::new(Programme::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Programme::Slug)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Programme::Name).string_len(120).not_null())
                    .col(ColumnDef::new(Programme::Summary).text().not_null())
                    .col(
                        ColumnDef::new(Programme::ChairName)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Programme::TimeZone)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Programme::GeneralObjectives)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Programme::CoachExpectations)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Programme::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ObjectiveArea::Table)
                    .col(
                        ColumnDef::new(ObjectiveArea::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ObjectiveArea::ProgrammeId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ObjectiveArea::Code)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ObjectiveArea::Title)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ObjectiveArea::Description).text().not_null())
                    .col(ColumnDef::new(ObjectiveArea::Position).integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ObjectiveArea::Table, ObjectiveArea::ProgrammeId)
                            .to(Programme::Table, Programme::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_objective_area_code")
                    .table(ObjectiveArea::Table)
                    .col(ObjectiveArea::ProgrammeId)
                    .col(ObjectiveArea::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Cohort::Table)
                    .col(
                        ColumnDef::new(Cohort::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Cohort::ProgrammeId).big_integer().not_null())
                    .col(
                        ColumnDef::new(Cohort::Slug)
                            .string_len(32)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Cohort::Name).string_len(80).not_null())
                    .col(ColumnDef::new(Cohort::Country).string_len(80).not_null())
                    .col(
                        ColumnDef::new(Cohort::PartnerTimeZone)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Cohort::CallDeadlineAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Cohort::StartsOn).string_len(10).not_null())
                    .col(ColumnDef::new(Cohort::EndsOn).string_len(10).not_null())
                    .col(
                        ColumnDef::new(Cohort::IsDemo)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(ColumnDef::new(Cohort::CreatedAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Cohort::Table, Cohort::ProgrammeId)
                            .to(Programme::Table, Programme::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Cohort::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ObjectiveArea::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Programme::Table).to_owned())
            .await
    }
}
