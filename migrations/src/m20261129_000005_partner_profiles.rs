//! Partner profiles from the intake: library, how they can meet, and their ONE objective.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PartnerProfile {
    Table,
    PersonId,
    Library,
    Position,
    City,
    Connectivity,
    PreferredTimes,
    ObjectiveArea,
    Need,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PartnerProfile::Table)
                    .col(
                        ColumnDef::new(PartnerProfile::PersonId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(PartnerProfile::Library)
                            .string_len(160)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerProfile::Position)
                            .string_len(120)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerProfile::City)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerProfile::Connectivity)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerProfile::PreferredTimes)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerProfile::ObjectiveArea)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(ColumnDef::new(PartnerProfile::Need).text().not_null())
                    .col(
                        ColumnDef::new(PartnerProfile::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PartnerProfile::Table, PartnerProfile::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PartnerProfile::Table).to_owned())
            .await
    }
}
