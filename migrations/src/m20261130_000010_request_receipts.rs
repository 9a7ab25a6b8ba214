//! Request receipts: the key of each creating form a person sent, written in the same
//! transaction as what it created, so a resend (double click, dropped connection) finds the
//! receipt and answers as the first did instead of storing twice.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum RequestReceipt {
    Table,
    Id,
    PersonId,
    RequestKey,
    ResultId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RequestReceipt::Table)
                    .col(
                        ColumnDef::new(RequestReceipt::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(RequestReceipt::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RequestReceipt::RequestKey)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RequestReceipt::ResultId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RequestReceipt::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RequestReceipt::Table, RequestReceipt::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_request_receipt_key")
                    .table(RequestReceipt::Table)
                    .col(RequestReceipt::PersonId)
                    .col(RequestReceipt::RequestKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RequestReceipt::Table).to_owned())
            .await
    }
}
