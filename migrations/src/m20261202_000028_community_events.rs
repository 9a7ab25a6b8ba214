//! Community events: the annual IATUL conference and online community calls, published by the
//! programme team to everyone (`cohort_id` null) or to one cohort, each with its instants in
//! UTC and the zone it states its time in; and each person's answer (yes, maybe, no; in person
//! or online), one per person and event.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cohort {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CommunityEvent {
    Table,
    Id,
    Kind,
    Title,
    Description,
    TimeZone,
    StartsAt,
    EndsAt,
    Place,
    Link,
    CohortId,
    CreatedBy,
    CreatedAt,
    CancelledAt,
}

#[derive(DeriveIden)]
enum EventAttendance {
    Table,
    EventId,
    PersonId,
    Answer,
    Mode,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let big = |c: CommunityEvent| ColumnDef::new(c).big_integer().not_null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(CommunityEvent::Table)
                    .col(
                        ColumnDef::new(CommunityEvent::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::Kind)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::Title)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::Description)
                            .text()
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::TimeZone)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(big(CommunityEvent::StartsAt))
                    .col(big(CommunityEvent::EndsAt))
                    .col(
                        ColumnDef::new(CommunityEvent::Place)
                            .string_len(200)
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::Link)
                            .string_len(2000)
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::CohortId)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(CommunityEvent::CreatedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(big(CommunityEvent::CreatedAt))
                    .col(
                        ColumnDef::new(CommunityEvent::CancelledAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CommunityEvent::Table, CommunityEvent::CohortId)
                            .to(Cohort::Table, Cohort::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CommunityEvent::Table, CommunityEvent::CreatedBy)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("community_event_by_start")
                    .table(CommunityEvent::Table)
                    .col(CommunityEvent::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventAttendance::Table)
                    .col(
                        ColumnDef::new(EventAttendance::EventId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(EventAttendance::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(EventAttendance::Answer)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(EventAttendance::Mode)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(EventAttendance::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(EventAttendance::EventId)
                            .col(EventAttendance::PersonId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventAttendance::Table, EventAttendance::EventId)
                            .to(CommunityEvent::Table, CommunityEvent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventAttendance::Table, EventAttendance::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EventAttendance::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(CommunityEvent::Table).to_owned())
            .await
    }
}
