//! Coaching sessions: weekly availability and days away, sessions with their proposed times and
//! history, private calendar feeds, and the reminders already sent.

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
enum AvailabilityWindow {
    Table,
    Id,
    PersonId,
    Weekday,
    StartMin,
    EndMin,
}

#[derive(DeriveIden)]
enum AvailabilityException {
    Table,
    Id,
    PersonId,
    AwayOn,
}

#[derive(DeriveIden)]
enum CoachingSession {
    Table,
    Id,
    PartnershipId,
    Status,
    Medium,
    Link,
    DurationMin,
    Agenda,
    StartsAt,
    ProposedBy,
    RequestKey,
    Sequence,
    CancelReason,
    Notes,
    Actions,
    PartnerConfirmedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SessionOption {
    Table,
    Id,
    SessionId,
    StartsAt,
}

#[derive(DeriveIden)]
enum SessionChange {
    Table,
    Id,
    SessionId,
    PersonId,
    At,
    Summary,
}

#[derive(DeriveIden)]
enum CalendarFeed {
    Table,
    PersonId,
    TokenHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reminder {
    Table,
    Id,
    SessionId,
    PersonId,
    Kind,
    SentAt,
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

fn int(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).integer().not_null().to_owned()
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
        manager
            .create_table(
                Table::create()
                    .table(AvailabilityWindow::Table)
                    .col(id(AvailabilityWindow::Id))
                    .col(big(AvailabilityWindow::PersonId))
                    .col(int(AvailabilityWindow::Weekday))
                    .col(int(AvailabilityWindow::StartMin))
                    .col(int(AvailabilityWindow::EndMin))
                    .foreign_key(&mut owned_by(
                        AvailabilityWindow::Table,
                        AvailabilityWindow::PersonId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_availability_window_person")
                    .table(AvailabilityWindow::Table)
                    .col(AvailabilityWindow::PersonId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AvailabilityException::Table)
                    .col(id(AvailabilityException::Id))
                    .col(big(AvailabilityException::PersonId))
                    .col(short(AvailabilityException::AwayOn, 10))
                    .foreign_key(&mut owned_by(
                        AvailabilityException::Table,
                        AvailabilityException::PersonId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_availability_exception")
                    .table(AvailabilityException::Table)
                    .col(AvailabilityException::PersonId)
                    .col(AvailabilityException::AwayOn)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CoachingSession::Table)
                    .col(id(CoachingSession::Id))
                    .col(big(CoachingSession::PartnershipId))
                    .col(short(CoachingSession::Status, 16))
                    .col(short(CoachingSession::Medium, 16))
                    .col(short(CoachingSession::Link, 2000))
                    .col(int(CoachingSession::DurationMin))
                    .col(text(CoachingSession::Agenda))
                    .col(
                        ColumnDef::new(CoachingSession::StartsAt)
                            .big_integer()
                            .null(),
                    )
                    .col(big(CoachingSession::ProposedBy))
                    .col(short(CoachingSession::RequestKey, 64))
                    .col(int(CoachingSession::Sequence))
                    .col(text(CoachingSession::CancelReason))
                    .col(text(CoachingSession::Notes))
                    .col(text(CoachingSession::Actions))
                    .col(
                        ColumnDef::new(CoachingSession::PartnerConfirmedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(big(CoachingSession::CreatedAt))
                    .col(big(CoachingSession::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        CoachingSession::Table,
                        CoachingSession::PartnershipId,
                        Partnership::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        CoachingSession::Table,
                        CoachingSession::ProposedBy,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_session_request")
                    .table(CoachingSession::Table)
                    .col(CoachingSession::PartnershipId)
                    .col(CoachingSession::RequestKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_session_starts")
                    .table(CoachingSession::Table)
                    .col(CoachingSession::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SessionOption::Table)
                    .col(id(SessionOption::Id))
                    .col(big(SessionOption::SessionId))
                    .col(big(SessionOption::StartsAt))
                    .foreign_key(&mut owned_by(
                        SessionOption::Table,
                        SessionOption::SessionId,
                        CoachingSession::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SessionChange::Table)
                    .col(id(SessionChange::Id))
                    .col(big(SessionChange::SessionId))
                    .col(ColumnDef::new(SessionChange::PersonId).big_integer().null())
                    .col(big(SessionChange::At))
                    .col(text(SessionChange::Summary))
                    .foreign_key(&mut owned_by(
                        SessionChange::Table,
                        SessionChange::SessionId,
                        CoachingSession::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeed::Table)
                    .col(
                        ColumnDef::new(CalendarFeed::PersonId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(CalendarFeed::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(big(CalendarFeed::CreatedAt))
                    .foreign_key(&mut owned_by(
                        CalendarFeed::Table,
                        CalendarFeed::PersonId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reminder::Table)
                    .col(id(Reminder::Id))
                    .col(big(Reminder::SessionId))
                    .col(big(Reminder::PersonId))
                    .col(short(Reminder::Kind, 8))
                    .col(big(Reminder::SentAt))
                    .foreign_key(&mut owned_by(
                        Reminder::Table,
                        Reminder::SessionId,
                        CoachingSession::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_reminder_once")
                    .table(Reminder::Table)
                    .col(Reminder::SessionId)
                    .col(Reminder::PersonId)
                    .col(Reminder::Kind)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Reminder::Table.into_iden(),
            CalendarFeed::Table.into_iden(),
            SessionChange::Table.into_iden(),
            SessionOption::Table.into_iden(),
            CoachingSession::Table.into_iden(),
            AvailabilityException::Table.into_iden(),
            AvailabilityWindow::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
