//! Co-shared stories: a pair member turns one of their journal entries into a story for the
//! community (a success or a difficulty), with their name or anonymously. The story is a copy
//! the author may edit before sharing; the journal entry itself stays with the pair. One story
//! per entry (a resend finds the first). The programme team may hide a story.

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
enum Partnership {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum JournalEntry {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CommunityStory {
    Table,
    Id,
    PartnershipId,
    JournalEntryId,
    AuthorId,
    Kind,
    Title,
    Body,
    Anonymous,
    ObjectiveArea,
    CohortId,
    CreatedAt,
    UpdatedAt,
    HiddenAt,
    HiddenBy,
}

fn link(
    column: CommunityStory,
    table: impl IntoIden,
    id: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(CommunityStory::Table, column)
        .to(table, id)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let optional = |c: CommunityStory| ColumnDef::new(c).big_integer().null().to_owned();
        let required = |c: CommunityStory| ColumnDef::new(c).big_integer().not_null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(CommunityStory::Table)
                    .col(
                        ColumnDef::new(CommunityStory::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(optional(CommunityStory::PartnershipId))
                    .col(optional(CommunityStory::JournalEntryId))
                    .col(optional(CommunityStory::AuthorId))
                    .col(
                        ColumnDef::new(CommunityStory::Kind)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CommunityStory::Title)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(CommunityStory::Body).text().not_null())
                    .col(
                        ColumnDef::new(CommunityStory::Anonymous)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(CommunityStory::ObjectiveArea)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(optional(CommunityStory::CohortId))
                    .col(required(CommunityStory::CreatedAt))
                    .col(required(CommunityStory::UpdatedAt))
                    .col(optional(CommunityStory::HiddenAt))
                    .col(optional(CommunityStory::HiddenBy))
                    .foreign_key(&mut link(
                        CommunityStory::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .foreign_key(&mut link(
                        CommunityStory::JournalEntryId,
                        JournalEntry::Table,
                        JournalEntry::Id,
                    ))
                    .foreign_key(&mut link(
                        CommunityStory::AuthorId,
                        Person::Table,
                        Person::Id,
                    ))
                    .foreign_key(&mut link(
                        CommunityStory::CohortId,
                        Cohort::Table,
                        Cohort::Id,
                    ))
                    .foreign_key(&mut link(
                        CommunityStory::HiddenBy,
                        Person::Table,
                        Person::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("community_story_one_per_entry")
                    .table(CommunityStory::Table)
                    .col(CommunityStory::JournalEntryId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("community_story_by_time")
                    .table(CommunityStory::Table)
                    .col(CommunityStory::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CommunityStory::Table).to_owned())
            .await
    }
}
