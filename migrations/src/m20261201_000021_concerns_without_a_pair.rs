//! A concern may be raised by anyone signed in, with or without a partnership: the concern's
//! partnership becomes optional. PostgreSQL drops the constraint in place; SQLite cannot, so the
//! table is rebuilt in one transaction with its rows and ids (and the responses that the rebuild
//! would otherwise cascade away) kept.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Concern {
    Table,
    Id,
    PartnershipId,
    AuthorId,
    Category,
    Severity,
    Description,
    SharedWithPair,
    Status,
    OwnerId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
}

#[derive(DeriveIden)]
enum Person {
    Table,
}

const COLUMNS: &str = "id, partnership_id, author_id, category, severity, description, \
    shared_with_pair, status, owner_id, created_at, updated_at";

/// The concern table as it is after this migration (`optional`) or before it, named `name`.
fn concern_table(name: &str, optional: bool) -> TableCreateStatement {
    let mut partnership = ColumnDef::new(Concern::PartnershipId);
    partnership.big_integer();
    if optional {
        partnership.null();
    } else {
        partnership.not_null();
    }
    let owned = |from: Concern, to: DynIden| {
        ForeignKey::create()
            .from(Alias::new(name), from)
            .to(to, Alias::new("id"))
            .on_delete(ForeignKeyAction::Cascade)
            .to_owned()
    };
    Table::create()
        .table(Alias::new(name))
        .col(
            ColumnDef::new(Concern::Id)
                .big_integer()
                .not_null()
                .auto_increment()
                .primary_key(),
        )
        .col(&mut partnership)
        .col(ColumnDef::new(Concern::AuthorId).big_integer().not_null())
        .col(ColumnDef::new(Concern::Category).string_len(24).not_null())
        .col(ColumnDef::new(Concern::Severity).string_len(16).not_null())
        .col(ColumnDef::new(Concern::Description).text().not_null())
        .col(
            ColumnDef::new(Concern::SharedWithPair)
                .boolean()
                .not_null()
                .default(false),
        )
        .col(ColumnDef::new(Concern::Status).string_len(16).not_null())
        .col(ColumnDef::new(Concern::OwnerId).big_integer().null())
        .col(ColumnDef::new(Concern::CreatedAt).big_integer().not_null())
        .col(ColumnDef::new(Concern::UpdatedAt).big_integer().not_null())
        .foreign_key(&mut owned(
            Concern::PartnershipId,
            Partnership::Table.into_iden(),
        ))
        .foreign_key(&mut owned(Concern::AuthorId, Person::Table.into_iden()))
        .to_owned()
}

/// SQLite: a new table, the rows copied with their ids, the old one dropped (its responses
/// kept aside from the cascade and put back), the new one renamed.
async fn rebuild(manager: &SchemaManager<'_>, optional: bool) -> Result<(), DbErr> {
    let db = manager.get_connection();
    db.execute_unprepared("PRAGMA defer_foreign_keys = ON")
        .await?;
    manager
        .create_table(concern_table("concern_rebuilt", optional))
        .await?;
    let keep = if optional {
        String::new()
    } else {
        " WHERE partnership_id IS NOT NULL".to_owned()
    };
    for sql in [
        "CREATE TABLE concern_response_kept AS SELECT * FROM concern_response".to_owned(),
        format!("INSERT INTO concern_rebuilt ({COLUMNS}) SELECT {COLUMNS} FROM concern{keep}"),
        "DROP TABLE concern".to_owned(),
        "ALTER TABLE concern_rebuilt RENAME TO concern".to_owned(),
        "DELETE FROM concern_response".to_owned(),
        "INSERT INTO concern_response SELECT * FROM concern_response_kept \
         WHERE concern_id IN (SELECT id FROM concern)"
            .to_owned(),
        "DROP TABLE concern_response_kept".to_owned(),
    ] {
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// All or nothing, on SQLite too.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => rebuild(manager, true).await,
            _ => {
                manager
                    .alter_table(
                        Table::alter()
                            .table(Concern::Table)
                            .modify_column(
                                ColumnDef::new(Concern::PartnershipId).big_integer().null(),
                            )
                            .to_owned(),
                    )
                    .await
            }
        }
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Concerns raised without a partnership cannot stay in the older table.
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => rebuild(manager, false).await,
            _ => {
                let db = manager.get_connection();
                db.execute_unprepared("DELETE FROM concern WHERE partnership_id IS NULL")
                    .await?;
                manager
                    .alter_table(
                        Table::alter()
                            .table(Concern::Table)
                            .modify_column(
                                ColumnDef::new(Concern::PartnershipId)
                                    .big_integer()
                                    .not_null(),
                            )
                            .to_owned(),
                    )
                    .await
            }
        }
    }
}
