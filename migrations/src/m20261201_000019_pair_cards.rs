//! What each member of a pair shows the other: a coach's institution, a short introduction,
//! a phone and a WhatsApp number, and which contact details the other member sees (`shares`:
//! comma-separated "email", "phone", "whatsapp"; the email alone until they choose).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Institution,
    Introduction,
    Phone,
    Whatsapp,
    Shares,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column at a time: SQLite adds one per statement.
        for (column, default) in [
            (Person::Institution, ""),
            (Person::Introduction, ""),
            (Person::Phone, ""),
            (Person::Whatsapp, ""),
            (Person::Shares, "email"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Person::Table)
                        .add_column(ColumnDef::new(column).text().not_null().default(default))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Person::Institution,
            Person::Introduction,
            Person::Phone,
            Person::Whatsapp,
            Person::Shares,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Person::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
