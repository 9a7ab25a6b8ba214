//! People, their roles, sign-in sessions, invitations and the outbox.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Person {
    Table,
    Id,
    Email,
    DisplayName,
    TimeZone,
    Languages,
    PasswordHash,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PersonRole {
    Table,
    PersonId,
    Role,
}

#[derive(DeriveIden)]
enum AuthSession {
    Table,
    Id,
    TokenHash,
    PersonId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    TokenHash,
    Email,
    DisplayName,
    Role,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToEmail,
    Subject,
    Body,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Person::Table)
                    .col(
                        ColumnDef::new(Person::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Person::Email)
                            .string_len(254)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(Person::DisplayName)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Person::TimeZone).string_len(64).not_null())
                    .col(ColumnDef::new(Person::Languages).text().not_null())
                    .col(ColumnDef::new(Person::PasswordHash).text().null())
                    .col(
                        ColumnDef::new(Person::IsDemo)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(ColumnDef::new(Person::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Person::UpdatedAt).big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PersonRole::Table)
                    .col(
                        ColumnDef::new(PersonRole::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PersonRole::Role).string_len(16).not_null())
                    .primary_key(
                        Index::create()
                            .col(PersonRole::PersonId)
                            .col(PersonRole::Role),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PersonRole::Table, PersonRole::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuthSession::Table)
                    .col(
                        ColumnDef::new(AuthSession::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(AuthSession::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(AuthSession::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AuthSession::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AuthSession::LastSeenAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AuthSession::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuthSession::Table, AuthSession::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_auth_session_person")
                    .table(AuthSession::Table)
                    .col(AuthSession::PersonId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .col(
                        ColumnDef::new(Invitation::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Invitation::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Invitation::Email).string_len(254).not_null())
                    .col(
                        ColumnDef::new(Invitation::DisplayName)
                            .string_len(80)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Invitation::Role).string_len(16).not_null())
                    .col(ColumnDef::new(Invitation::InvitedBy).big_integer().null())
                    .col(
                        ColumnDef::new(Invitation::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Invitation::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Invitation::AcceptedAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitation::Table, Invitation::InvitedBy)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(
                        ColumnDef::new(Outbox::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Outbox::ToEmail).string_len(254).not_null())
                    .col(ColumnDef::new(Outbox::Subject).string_len(200).not_null())
                    .col(ColumnDef::new(Outbox::Body).text().not_null())
                    .col(ColumnDef::new(Outbox::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Outbox::SentAt).big_integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Outbox::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Invitation::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AuthSession::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PersonRole::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Person::Table).to_owned())
            .await
    }
}
