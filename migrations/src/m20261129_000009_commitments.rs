//! Commitments: support hours outside meetings, alerts raised once and cleared, the cohort's
//! alert thresholds, confidential difficulty reports with their responses, and an audit log.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
}

#[derive(DeriveIden)]
enum Cohort {
    Table,
    NoSessionDays,
    UnansweredDays,
    HoursMinMinutes,
    HoursMaxMinutes,
}

#[derive(DeriveIden)]
enum SupportHours {
    Table,
    Id,
    PartnershipId,
    CoachId,
    OnDate,
    Minutes,
    Category,
    Note,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Alert {
    Table,
    Id,
    PartnershipId,
    Kind,
    Subject,
    Message,
    RaisedAt,
    ClearedAt,
}

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
enum ConcernResponse {
    Table,
    Id,
    ConcernId,
    AuthorId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    PersonId,
    Action,
    Subject,
    At,
}

fn id(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col)
        .big_integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn big(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).big_integer().not_null().to_owned()
}

fn text(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).text().not_null().to_owned()
}

fn short(col: impl IntoIden, len: u32) -> ColumnDef {
    ColumnDef::new(col).string_len(len).not_null().to_owned()
}

fn owned_by(
    table: impl IntoIden,
    from: impl IntoIden,
    to: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, from)
        .to(to, Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (col, default) in [
            (Cohort::NoSessionDays, 45),
            (Cohort::UnansweredDays, 7),
            (Cohort::HoursMinMinutes, 120),
            (Cohort::HoursMaxMinutes, 300),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Cohort::Table)
                        .add_column(ColumnDef::new(col).integer().not_null().default(default))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(SupportHours::Table)
                    .col(id(SupportHours::Id))
                    .col(big(SupportHours::PartnershipId))
                    .col(big(SupportHours::CoachId))
                    .col(short(SupportHours::OnDate, 10))
                    .col(ColumnDef::new(SupportHours::Minutes).integer().not_null())
                    .col(short(SupportHours::Category, 24))
                    .col(text(SupportHours::Note))
                    .col(big(SupportHours::CreatedAt))
                    .col(big(SupportHours::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        SupportHours::Table,
                        SupportHours::PartnershipId,
                        Partnership::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        SupportHours::Table,
                        SupportHours::CoachId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_support_hours_partnership")
                    .table(SupportHours::Table)
                    .col(SupportHours::PartnershipId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Alert::Table)
                    .col(id(Alert::Id))
                    .col(big(Alert::PartnershipId))
                    .col(short(Alert::Kind, 24))
                    .col(short(Alert::Subject, 32))
                    .col(text(Alert::Message))
                    .col(big(Alert::RaisedAt))
                    .col(ColumnDef::new(Alert::ClearedAt).big_integer().null())
                    .foreign_key(&mut owned_by(
                        Alert::Table,
                        Alert::PartnershipId,
                        Partnership::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_alert_partnership")
                    .table(Alert::Table)
                    .col(Alert::PartnershipId)
                    .col(Alert::Kind)
                    .col(Alert::Subject)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Concern::Table)
                    .col(id(Concern::Id))
                    .col(big(Concern::PartnershipId))
                    .col(big(Concern::AuthorId))
                    .col(short(Concern::Category, 24))
                    .col(short(Concern::Severity, 16))
                    .col(text(Concern::Description))
                    .col(
                        ColumnDef::new(Concern::SharedWithPair)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(short(Concern::Status, 16))
                    .col(ColumnDef::new(Concern::OwnerId).big_integer().null())
                    .col(big(Concern::CreatedAt))
                    .col(big(Concern::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        Concern::Table,
                        Concern::PartnershipId,
                        Partnership::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        Concern::Table,
                        Concern::AuthorId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConcernResponse::Table)
                    .col(id(ConcernResponse::Id))
                    .col(big(ConcernResponse::ConcernId))
                    .col(big(ConcernResponse::AuthorId))
                    .col(text(ConcernResponse::Body))
                    .col(big(ConcernResponse::CreatedAt))
                    .foreign_key(&mut owned_by(
                        ConcernResponse::Table,
                        ConcernResponse::ConcernId,
                        Concern::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        ConcernResponse::Table,
                        ConcernResponse::AuthorId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(id(AuditLog::Id))
                    .col(ColumnDef::new(AuditLog::PersonId).big_integer().null())
                    .col(short(AuditLog::Action, 32))
                    .col(short(AuditLog::Subject, 64))
                    .col(big(AuditLog::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_audit_subject")
                    .table(AuditLog::Table)
                    .col(AuditLog::Subject)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            ConcernResponse::Table.into_iden(),
            Concern::Table.into_iden(),
            Alert::Table.into_iden(),
            SupportHours::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for col in [
            Cohort::HoursMaxMinutes,
            Cohort::HoursMinMinutes,
            Cohort::UnansweredDays,
            Cohort::NoSessionDays,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Cohort::Table)
                        .drop_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
