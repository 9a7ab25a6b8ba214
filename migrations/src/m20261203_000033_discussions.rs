//! Discussions: threads in a space (the four objective areas and a general one) and their posts
//! (the first opens the thread). A post keeps its source text in the safe format; the team may
//! hide a post (it says so) or lock a thread (no more replies).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DiscussionThread {
    Table,
    Id,
    Space,
    Title,
    AuthorId,
    CreatedAt,
    LastPostAt,
    LockedAt,
    LockedBy,
}

#[derive(DeriveIden)]
enum DiscussionPost {
    Table,
    Id,
    ThreadId,
    AuthorId,
    Body,
    CreatedAt,
    EditedAt,
    HiddenAt,
    HiddenBy,
}

fn to_person(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Person::Table, Person::Id)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let big = |c: DiscussionThread| ColumnDef::new(c).big_integer().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(DiscussionThread::Table)
                    .col(
                        ColumnDef::new(DiscussionThread::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(DiscussionThread::Space)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(DiscussionThread::Title)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(big(DiscussionThread::AuthorId).null())
                    .col(big(DiscussionThread::CreatedAt).not_null())
                    .col(big(DiscussionThread::LastPostAt).not_null())
                    .col(big(DiscussionThread::LockedAt).null())
                    .col(big(DiscussionThread::LockedBy).null())
                    .foreign_key(&mut to_person(
                        DiscussionThread::Table,
                        DiscussionThread::AuthorId,
                    ))
                    .foreign_key(&mut to_person(
                        DiscussionThread::Table,
                        DiscussionThread::LockedBy,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("discussion_thread_by_activity")
                    .table(DiscussionThread::Table)
                    .col(DiscussionThread::Space)
                    .col(DiscussionThread::LastPostAt)
                    .to_owned(),
            )
            .await?;
        let big = |c: DiscussionPost| ColumnDef::new(c).big_integer().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(DiscussionPost::Table)
                    .col(
                        ColumnDef::new(DiscussionPost::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(big(DiscussionPost::ThreadId).not_null())
                    .col(big(DiscussionPost::AuthorId).null())
                    .col(ColumnDef::new(DiscussionPost::Body).text().not_null())
                    .col(big(DiscussionPost::CreatedAt).not_null())
                    .col(big(DiscussionPost::EditedAt).null())
                    .col(big(DiscussionPost::HiddenAt).null())
                    .col(big(DiscussionPost::HiddenBy).null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DiscussionPost::Table, DiscussionPost::ThreadId)
                            .to(DiscussionThread::Table, DiscussionThread::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut to_person(
                        DiscussionPost::Table,
                        DiscussionPost::AuthorId,
                    ))
                    .foreign_key(&mut to_person(
                        DiscussionPost::Table,
                        DiscussionPost::HiddenBy,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("discussion_post_by_thread")
                    .table(DiscussionPost::Table)
                    .col(DiscussionPost::ThreadId)
                    .col(DiscussionPost::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DiscussionPost::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DiscussionThread::Table).to_owned())
            .await
    }
}
