//! The programme's pool of experts and the introductions coaches ask the team to make.
//!
//! `expert`: someone outside the programme (no account) who agreed to be introduced to
//! partners: expertise, languages, zone, how to reach them (the team's eyes only), and when and
//! how they consented. Retired experts stay for the record and are offered no more.
//!
//! `expert_proposal`: a coach's request to introduce their partner to an expert, with why; the
//! team makes it (it then becomes one of the pair's introductions, `introduction_id`, where its
//! outcome is kept) or declines it with a note.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Introduction {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Expert {
    Table,
    Id,
    Name,
    Expertise,
    Languages,
    TimeZone,
    Contact,
    ConsentAt,
    ConsentNote,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    RetiredAt,
}

#[derive(DeriveIden)]
enum ExpertProposal {
    Table,
    Id,
    PartnershipId,
    ExpertId,
    ProposedBy,
    Why,
    Status,
    Note,
    DecidedBy,
    DecidedAt,
    IntroductionId,
    CreatedAt,
}

fn set_null(
    from: (ExpertProposal, ExpertProposal),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let id = |c: Expert| {
            ColumnDef::new(c)
                .big_integer()
                .not_null()
                .auto_increment()
                .primary_key()
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(Expert::Table)
                    .col(id(Expert::Id))
                    .col(ColumnDef::new(Expert::Name).string_len(80).not_null())
                    .col(ColumnDef::new(Expert::Expertise).text().not_null())
                    .col(ColumnDef::new(Expert::Languages).string_len(400).not_null())
                    .col(ColumnDef::new(Expert::TimeZone).string_len(64).not_null())
                    .col(ColumnDef::new(Expert::Contact).text().not_null())
                    .col(ColumnDef::new(Expert::ConsentAt).big_integer().not_null())
                    .col(ColumnDef::new(Expert::ConsentNote).text().not_null())
                    .col(ColumnDef::new(Expert::CreatedBy).big_integer().null())
                    .col(ColumnDef::new(Expert::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Expert::UpdatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Expert::RetiredAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Expert::Table, Expert::CreatedBy)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ExpertProposal::Table)
                    .col(
                        ColumnDef::new(ExpertProposal::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ExpertProposal::PartnershipId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ExpertProposal::ExpertId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ExpertProposal::ProposedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(ExpertProposal::Why).text().not_null())
                    .col(
                        ColumnDef::new(ExpertProposal::Status)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ExpertProposal::Note).text().not_null())
                    .col(
                        ColumnDef::new(ExpertProposal::DecidedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ExpertProposal::DecidedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ExpertProposal::IntroductionId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ExpertProposal::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExpertProposal::Table, ExpertProposal::PartnershipId)
                            .to(Partnership::Table, Partnership::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut set_null(
                        (ExpertProposal::Table, ExpertProposal::ExpertId),
                        (Expert::Table, Expert::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (ExpertProposal::Table, ExpertProposal::ProposedBy),
                        (Person::Table, Person::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (ExpertProposal::Table, ExpertProposal::DecidedBy),
                        (Person::Table, Person::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (ExpertProposal::Table, ExpertProposal::IntroductionId),
                        (Introduction::Table, Introduction::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("expert_proposal_by_pair")
                    .table(ExpertProposal::Table)
                    .col(ExpertProposal::PartnershipId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ExpertProposal::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Expert::Table).to_owned())
            .await
    }
}
