//! Matching and partnerships: people's usual working hours, the coaches accepted into a cohort
//! (expertise, capacity), partnerships, and the pair's workspace: goals with milestones and their
//! history, the journal, resources, introductions; and in-app notifications.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
    WorkStartMin,
    WorkEndMin,
}

#[derive(DeriveIden)]
enum Cohort {
    Table,
}

#[derive(DeriveIden)]
enum CohortCoach {
    Table,
    CohortId,
    PersonId,
    Expertise,
    Capacity,
    AddedAt,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
    Id,
    CohortId,
    CoachId,
    PartnerId,
    ObjectiveArea,
    Objective,
    StartsOn,
    EndsOn,
    Status,
    EndReason,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Goal {
    Table,
    Id,
    PartnershipId,
    Title,
    Outcome,
    Status,
    Progress,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Milestone {
    Table,
    Id,
    GoalId,
    Title,
    DueOn,
    DoneAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GoalEvent {
    Table,
    Id,
    PartnershipId,
    GoalId,
    PersonId,
    At,
    Summary,
}

#[derive(DeriveIden)]
enum JournalEntry {
    Table,
    Id,
    PartnershipId,
    AuthorId,
    Kind,
    Body,
    SharedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Resource {
    Table,
    Id,
    PartnershipId,
    AddedBy,
    Title,
    Url,
    Note,
    Area,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Introduction {
    Table,
    Id,
    PartnershipId,
    AddedBy,
    Expert,
    Why,
    Outcome,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    Id,
    PersonId,
    Body,
    Link,
    CreatedAt,
    ReadAt,
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

/// A foreign key to `to.id` that follows deletes.
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

fn index(table: impl IntoIden, name: &str, col: impl IntoIden) -> IndexCreateStatement {
    Index::create().name(name).table(table).col(col).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for (col, default) in [
            (Person::WorkStartMin, 9 * 60),
            (Person::WorkEndMin, 17 * 60),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Person::Table)
                        .add_column(ColumnDef::new(col).integer().not_null().default(default))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(CohortCoach::Table)
                    .col(big(CohortCoach::CohortId))
                    .col(big(CohortCoach::PersonId))
                    .col(text(CohortCoach::Expertise))
                    .col(
                        ColumnDef::new(CohortCoach::Capacity)
                            .integer()
                            .not_null()
                            .default(1),
                    )
                    .col(big(CohortCoach::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(CohortCoach::CohortId)
                            .col(CohortCoach::PersonId),
                    )
                    .foreign_key(&mut owned_by(
                        CohortCoach::Table,
                        CohortCoach::CohortId,
                        Cohort::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        CohortCoach::Table,
                        CohortCoach::PersonId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Partnership::Table)
                    .col(id(Partnership::Id))
                    .col(big(Partnership::CohortId))
                    .col(big(Partnership::CoachId))
                    .col(big(Partnership::PartnerId))
                    .col(short(Partnership::ObjectiveArea, 32))
                    .col(text(Partnership::Objective))
                    .col(short(Partnership::StartsOn, 10))
                    .col(short(Partnership::EndsOn, 10))
                    .col(short(Partnership::Status, 16))
                    .col(text(Partnership::EndReason))
                    .col(ColumnDef::new(Partnership::CreatedBy).big_integer().null())
                    .col(big(Partnership::CreatedAt))
                    .col(big(Partnership::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        Partnership::Table,
                        Partnership::CohortId,
                        Cohort::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        Partnership::Table,
                        Partnership::CoachId,
                        Person::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        Partnership::Table,
                        Partnership::PartnerId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Partnership::Table,
                "ix_partnership_coach",
                Partnership::CoachId,
            ))
            .await?;
        manager
            .create_index(index(
                Partnership::Table,
                "ix_partnership_partner",
                Partnership::PartnerId,
            ))
            .await?;
        manager
            .create_index(index(
                Partnership::Table,
                "ix_partnership_cohort",
                Partnership::CohortId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Goal::Table)
                    .col(id(Goal::Id))
                    .col(big(Goal::PartnershipId))
                    .col(short(Goal::Title, 160))
                    .col(text(Goal::Outcome))
                    .col(short(Goal::Status, 16))
                    .col(
                        ColumnDef::new(Goal::Progress)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ColumnDef::new(Goal::CreatedBy).big_integer().null())
                    .col(big(Goal::CreatedAt))
                    .col(big(Goal::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        Goal::Table,
                        Goal::PartnershipId,
                        Partnership::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Goal::Table,
                "ix_goal_partnership",
                Goal::PartnershipId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Milestone::Table)
                    .col(id(Milestone::Id))
                    .col(big(Milestone::GoalId))
                    .col(short(Milestone::Title, 160))
                    .col(short(Milestone::DueOn, 10))
                    .col(ColumnDef::new(Milestone::DoneAt).big_integer().null())
                    .col(big(Milestone::CreatedAt))
                    .foreign_key(&mut owned_by(
                        Milestone::Table,
                        Milestone::GoalId,
                        Goal::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Milestone::Table,
                "ix_milestone_goal",
                Milestone::GoalId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GoalEvent::Table)
                    .col(id(GoalEvent::Id))
                    .col(big(GoalEvent::PartnershipId))
                    .col(big(GoalEvent::GoalId))
                    .col(ColumnDef::new(GoalEvent::PersonId).big_integer().null())
                    .col(big(GoalEvent::At))
                    .col(text(GoalEvent::Summary))
                    .foreign_key(&mut owned_by(
                        GoalEvent::Table,
                        GoalEvent::GoalId,
                        Goal::Table,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(GoalEvent::Table, GoalEvent::PersonId)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                GoalEvent::Table,
                "ix_goal_event_goal",
                GoalEvent::GoalId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JournalEntry::Table)
                    .col(id(JournalEntry::Id))
                    .col(big(JournalEntry::PartnershipId))
                    .col(big(JournalEntry::AuthorId))
                    .col(short(JournalEntry::Kind, 16))
                    .col(text(JournalEntry::Body))
                    .col(ColumnDef::new(JournalEntry::SharedAt).big_integer().null())
                    .col(big(JournalEntry::CreatedAt))
                    .col(big(JournalEntry::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        JournalEntry::Table,
                        JournalEntry::PartnershipId,
                        Partnership::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        JournalEntry::Table,
                        JournalEntry::AuthorId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                JournalEntry::Table,
                "ix_journal_partnership",
                JournalEntry::PartnershipId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Resource::Table)
                    .col(id(Resource::Id))
                    .col(big(Resource::PartnershipId))
                    .col(big(Resource::AddedBy))
                    .col(short(Resource::Title, 160))
                    .col(short(Resource::Url, 2000))
                    .col(text(Resource::Note))
                    .col(short(Resource::Area, 32))
                    .col(big(Resource::CreatedAt))
                    .foreign_key(&mut owned_by(
                        Resource::Table,
                        Resource::PartnershipId,
                        Partnership::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        Resource::Table,
                        Resource::AddedBy,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Resource::Table,
                "ix_resource_partnership",
                Resource::PartnershipId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Introduction::Table)
                    .col(id(Introduction::Id))
                    .col(big(Introduction::PartnershipId))
                    .col(big(Introduction::AddedBy))
                    .col(short(Introduction::Expert, 200))
                    .col(text(Introduction::Why))
                    .col(text(Introduction::Outcome))
                    .col(big(Introduction::CreatedAt))
                    .col(big(Introduction::UpdatedAt))
                    .foreign_key(&mut owned_by(
                        Introduction::Table,
                        Introduction::PartnershipId,
                        Partnership::Table,
                    ))
                    .foreign_key(&mut owned_by(
                        Introduction::Table,
                        Introduction::AddedBy,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Introduction::Table,
                "ix_introduction_partnership",
                Introduction::PartnershipId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notification::Table)
                    .col(id(Notification::Id))
                    .col(big(Notification::PersonId))
                    .col(text(Notification::Body))
                    .col(short(Notification::Link, 300))
                    .col(big(Notification::CreatedAt))
                    .col(ColumnDef::new(Notification::ReadAt).big_integer().null())
                    .foreign_key(&mut owned_by(
                        Notification::Table,
                        Notification::PersonId,
                        Person::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Notification::Table,
                "ix_notification_person",
                Notification::PersonId,
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Notification::Table.into_iden(),
            Introduction::Table.into_iden(),
            Resource::Table.into_iden(),
            JournalEntry::Table.into_iden(),
            GoalEvent::Table.into_iden(),
            Milestone::Table.into_iden(),
            Goal::Table.into_iden(),
            Partnership::Table.into_iden(),
            CohortCoach::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for col in [Person::WorkEndMin, Person::WorkStartMin] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Person::Table)
                        .drop_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
