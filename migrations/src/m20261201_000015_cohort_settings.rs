//! Cohorts the chair runs: each cohort states the zone its deadline is given in, when its call
//! opens, its own call text and its minimum of sessions; a deadline that was extended keeps the
//! first one. The programme gains a contact address shown on every call, and the four areas
//! read as the call words them.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cohort {
    Table,
    DeadlineTimeZone,
    CallOpensAt,
    CallText,
    MinSessions,
    DeadlineExtendedFrom,
}

#[derive(DeriveIden)]
enum Programme {
    Table,
    ContactEmail,
}

const AREAS: [(&str, &str); 4] = [
    (
        "facilities",
        "Address a specific need/objective relating to library facilities and spaces",
    ),
    (
        "collections",
        "Address a specific need/objective relating to collections and/or information access",
    ),
    (
        "advocacy",
        "Address a specific need/objective relating to library advocacy and/or services",
    ),
    (
        "training",
        "Address a specific need/objective relating to human resources and training needs",
    ),
];

fn add(table: impl IntoIden, column: &mut ColumnDef) -> TableAlterStatement {
    Table::alter().table(table).add_column(column).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite changes one column per statement.
        for change in [
            add(
                Cohort::Table,
                ColumnDef::new(Cohort::DeadlineTimeZone)
                    .string()
                    .not_null()
                    .default("Europe/London"),
            ),
            add(
                Cohort::Table,
                ColumnDef::new(Cohort::CallOpensAt).big_integer().null(),
            ),
            add(
                Cohort::Table,
                ColumnDef::new(Cohort::CallText)
                    .text()
                    .not_null()
                    .default(""),
            ),
            add(
                Cohort::Table,
                ColumnDef::new(Cohort::MinSessions)
                    .integer()
                    .not_null()
                    .default(6),
            ),
            add(
                Cohort::Table,
                ColumnDef::new(Cohort::DeadlineExtendedFrom)
                    .big_integer()
                    .null(),
            ),
            add(
                Programme::Table,
                ColumnDef::new(Programme::ContactEmail)
                    .string()
                    .not_null()
                    .default(""),
            ),
        ] {
            manager.alter_table(change).await?;
        }
        // The call names its chair; programmes made before kept a placeholder.
        manager
            .exec_stmt(
                Query::update()
                    .table(Alias::new("programme"))
                    .value(Alias::new("chair_name"), "Bethany Wilkes")
                    .and_where(Expr::col(Alias::new("chair_name")).eq("The SIG-ALICE chair"))
                    .to_owned(),
            )
            .await?;
        for (code, words) in AREAS {
            manager
                .exec_stmt(
                    Query::update()
                        .table(Alias::new("objective_area"))
                        .value(Alias::new("description"), words)
                        .and_where(Expr::col(Alias::new("code")).eq(code))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                Cohort::Table.into_iden(),
                Cohort::DeadlineTimeZone.into_iden(),
            ),
            (Cohort::Table.into_iden(), Cohort::CallOpensAt.into_iden()),
            (Cohort::Table.into_iden(), Cohort::CallText.into_iden()),
            (Cohort::Table.into_iden(), Cohort::MinSessions.into_iden()),
            (
                Cohort::Table.into_iden(),
                Cohort::DeadlineExtendedFrom.into_iden(),
            ),
            (
                Programme::Table.into_iden(),
                Programme::ContactEmail.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
