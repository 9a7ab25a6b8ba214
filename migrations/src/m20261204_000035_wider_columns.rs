//! Columns that held more than their declared length: SQLite stores any length, PostgreSQL
//! refuses the write. A mail preference's mode can be `immediately` (11 characters in 10), an
//! audit line's action can be longer than 32 ("an applicant downloaded their data") and its
//! subject names a file or a cohort in full (more than 64). PostgreSQL only: on
//! SQLite the declared length is a comment and the tables stay as they are.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MailPreference {
    Table,
    Mode,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Action,
    Subject,
}

async fn widen(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: impl IntoIden,
    length: u32,
) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .modify_column(ColumnDef::new(column).string_len(length).not_null())
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            return Ok(());
        }
        widen(manager, MailPreference::Table, MailPreference::Mode, 16).await?;
        widen(manager, AuditLog::Table, AuditLog::Action, 64).await?;
        widen(manager, AuditLog::Table, AuditLog::Subject, 400).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            return Ok(());
        }
        // Longer values written since are cut to the old lengths first.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE mail_preference SET mode = LEFT(mode, 10); \
                 UPDATE audit_log SET action = LEFT(action, 32), subject = LEFT(subject, 64)",
            )
            .await?;
        widen(manager, MailPreference::Table, MailPreference::Mode, 10).await?;
        widen(manager, AuditLog::Table, AuditLog::Action, 32).await?;
        widen(manager, AuditLog::Table, AuditLog::Subject, 64).await
    }
}
