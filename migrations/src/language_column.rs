//! The `language` column several tables carry (`en`, `km`): the language a person, an
//! invitation or an application speaks. One definition, so the three stay alike.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
enum Language {
    Language,
}

/// Adds `language` (at most 8 characters, never null) with `default` for the rows already there.
pub(crate) async fn add(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    default: &str,
) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(
                    ColumnDef::new(Language::Language)
                        .string_len(8)
                        .not_null()
                        .default(default),
                )
                .to_owned(),
        )
        .await
}

/// Drops the column [`add`] made.
pub(crate) async fn drop(manager: &SchemaManager<'_>, table: impl IntoIden) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .drop_column(Language::Language)
                .to_owned(),
        )
        .await
}
