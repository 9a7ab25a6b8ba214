//! A person's language (`en`, `km`), chosen with the switch on any page: it follows them to
//! another browser when they sign in. Empty: not chosen (the browser's language decides).

use sea_orm_migration::prelude::*;

use crate::language_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        language_column::add(manager, Person::Table, "").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        language_column::drop(manager, Person::Table).await
    }
}
