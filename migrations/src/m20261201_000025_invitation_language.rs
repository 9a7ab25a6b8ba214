//! The language an invitation is written in (`en`, `km`), chosen by the chair who invites: the
//! email and a new link sent later speak it. English for invitations made before.

use sea_orm_migration::prelude::*;

use crate::language_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Invitation {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        language_column::add(manager, Invitation::Table, "en").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        language_column::drop(manager, Invitation::Table).await
    }
}
