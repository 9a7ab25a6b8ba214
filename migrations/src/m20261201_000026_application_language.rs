//! The language an applicant read the call in (`en`, `km`): the receipt, private links and the
//! decision are written in it. English for applications made before.

use sea_orm_migration::prelude::*;

use crate::language_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Application {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        language_column::add(manager, Application::Table, "en").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        language_column::drop(manager, Application::Table).await
    }
}
