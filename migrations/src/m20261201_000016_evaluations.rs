//! End-of-year evaluations: each member of a pair answers once (and may change the answer
//! until the programme team closes the year's report). Answers go to the programme team; the
//! other member never reads them. Each goal gets a final outcome agreed by the pair.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Partnership {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Goal {
    Table,
    FinalOutcome,
}

#[derive(DeriveIden)]
enum Evaluation {
    Table,
    Id,
    PartnershipId,
    PersonId,
    Side,
    GoalsReached,
    Helped,
    Change,
    Broadened,
    Rating,
    Again,
    QuoteOk,
    SubmittedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let text = |c: Evaluation| ColumnDef::new(c).text().not_null().default("").to_owned();
        manager
            .create_table(
                Table::create()
                    .table(Evaluation::Table)
                    .col(
                        ColumnDef::new(Evaluation::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Evaluation::PartnershipId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Evaluation::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Evaluation::Side).string_len(16).not_null())
                    .col(
                        ColumnDef::new(Evaluation::GoalsReached)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(text(Evaluation::Helped))
                    .col(text(Evaluation::Change))
                    .col(
                        ColumnDef::new(Evaluation::Broadened)
                            .string_len(16)
                            .not_null()
                            .default(""),
                    )
                    .col(ColumnDef::new(Evaluation::Rating).integer().not_null())
                    .col(ColumnDef::new(Evaluation::Again).string_len(16).not_null())
                    .col(
                        ColumnDef::new(Evaluation::QuoteOk)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(Evaluation::SubmittedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Evaluation::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Evaluation::Table, Evaluation::PartnershipId)
                            .to(Partnership::Table, Partnership::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Evaluation::Table, Evaluation::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("evaluation_once_per_person")
                    .table(Evaluation::Table)
                    .col(Evaluation::PartnershipId)
                    .col(Evaluation::PersonId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Goal::Table)
                    .add_column(
                        ColumnDef::new(Goal::FinalOutcome)
                            .string_len(16)
                            .not_null()
                            .default(""),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Goal::Table)
                    .drop_column(Goal::FinalOutcome)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Evaluation::Table).to_owned())
            .await
    }
}
