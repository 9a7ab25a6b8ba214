//! Announcements: the programme team writes to everyone in the programme (`cohort_id` null) or
//! to one cohort. Each shows on its readers' home pages and goes out by email (as each reader
//! chose for news of their partnership).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cohort {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Announcement {
    Table,
    Id,
    Title,
    Body,
    CohortId,
    AuthorId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Announcement::Table)
                    .col(
                        ColumnDef::new(Announcement::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Announcement::Title)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Announcement::Body).text().not_null())
                    .col(ColumnDef::new(Announcement::CohortId).big_integer().null())
                    .col(ColumnDef::new(Announcement::AuthorId).big_integer().null())
                    .col(
                        ColumnDef::new(Announcement::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Announcement::Table, Announcement::CohortId)
                            .to(Cohort::Table, Cohort::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Announcement::Table, Announcement::AuthorId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("announcement_by_time")
                    .table(Announcement::Table)
                    .col(Announcement::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Announcement::Table).to_owned())
            .await
    }
}
