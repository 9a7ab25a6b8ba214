//! Mail that reaches people: the outbox becomes a queue the mail worker leases and sends from
//! (status, attempts, next attempt, lease, last error), with what each message is about (kind,
//! recipient, whether it carries a secret link, an optional calendar attachment). Password
//! resets, what each person wants to receive (and the token of their unsubscribe link), and
//! further private links to an application (a resend never replaces the first).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

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
enum Outbox {
    Table,
    Kind,
    PersonId,
    Letter,
    Secret,
    Ics,
    Status,
    Attempts,
    NextAttemptAt,
    LeaseOwner,
    LeaseUntil,
    LastError,
}

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    Id,
    PersonId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum MailPreference {
    Table,
    PersonId,
    Kind,
    Mode,
    Token,
}

#[derive(DeriveIden)]
enum ApplicationLink {
    Table,
    Id,
    ApplicationId,
    TokenHash,
    CreatedAt,
}

fn add(column: &mut ColumnDef) -> TableAlterStatement {
    Table::alter()
        .table(Outbox::Table)
        .add_column(column)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column at a time.
        for column in [
            ColumnDef::new(Outbox::Kind)
                .string_len(20)
                .not_null()
                .default("account"),
            ColumnDef::new(Outbox::PersonId).big_integer().null(),
            ColumnDef::new(Outbox::Letter).text().null(),
            ColumnDef::new(Outbox::Secret)
                .boolean()
                .not_null()
                .default(false),
            ColumnDef::new(Outbox::Ics).text().null(),
            ColumnDef::new(Outbox::Status)
                .string_len(10)
                .not_null()
                .default("queued"),
            ColumnDef::new(Outbox::Attempts)
                .integer()
                .not_null()
                .default(0),
            ColumnDef::new(Outbox::NextAttemptAt)
                .big_integer()
                .not_null()
                .default(0),
            ColumnDef::new(Outbox::LeaseOwner).string_len(40).null(),
            ColumnDef::new(Outbox::LeaseUntil).big_integer().null(),
            ColumnDef::new(Outbox::LastError).text().null(),
        ] {
            manager.alter_table(add(&mut column.to_owned())).await?;
        }
        // Messages written before Tandem sent mail had relative links: never send them.
        manager
            .exec_stmt(
                Query::update()
                    .table(Outbox::Table)
                    .value(Outbox::Status, "held")
                    .value(
                        Outbox::LastError,
                        "Written before Tandem sent email; not sent.",
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .col(
                        ColumnDef::new(PasswordReset::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(PasswordReset::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PasswordReset::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(PasswordReset::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PasswordReset::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PasswordReset::UsedAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailPreference::Table)
                    .col(
                        ColumnDef::new(MailPreference::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MailPreference::Kind)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MailPreference::Mode)
                            .string_len(10)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MailPreference::Token)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .primary_key(
                        Index::create()
                            .col(MailPreference::PersonId)
                            .col(MailPreference::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MailPreference::Table, MailPreference::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApplicationLink::Table)
                    .col(
                        ColumnDef::new(ApplicationLink::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ApplicationLink::ApplicationId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ApplicationLink::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(ApplicationLink::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApplicationLink::Table, ApplicationLink::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ApplicationLink::Table.into_iden(),
            MailPreference::Table.into_iden(),
            PasswordReset::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Outbox::Kind,
            Outbox::PersonId,
            Outbox::Letter,
            Outbox::Secret,
            Outbox::Ics,
            Outbox::Status,
            Outbox::Attempts,
            Outbox::NextAttemptAt,
            Outbox::LeaseOwner,
            Outbox::LeaseUntil,
            Outbox::LastError,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Outbox::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
