//! Partners belong to a cohort: a partner's intake (library, how they meet, the ONE objective)
//! is kept per cohort, so a second year starts a new one instead of overwriting the first, and a
//! cohort's matching shows only its own partners. An invitation may name the cohort it invites
//! a partner into.
//!
//! Each existing profile moves to the cohort of the partner's latest partnership, else to the
//! newest cohort (the one the matching page opens on).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PartnerIntake {
    Table,
    Id,
    CohortId,
    PersonId,
    Library,
    Position,
    City,
    Connectivity,
    PreferredTimes,
    ObjectiveArea,
    Need,
    CompletedAt,
    InvitedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    CohortId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let text = |c: PartnerIntake| ColumnDef::new(c).text().not_null().default("").to_owned();
        manager
            .create_table(
                Table::create()
                    .table(PartnerIntake::Table)
                    .col(
                        ColumnDef::new(PartnerIntake::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(PartnerIntake::CohortId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerIntake::PersonId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(text(PartnerIntake::Library))
                    .col(text(PartnerIntake::Position))
                    .col(text(PartnerIntake::City))
                    .col(text(PartnerIntake::Connectivity))
                    .col(text(PartnerIntake::PreferredTimes))
                    .col(text(PartnerIntake::ObjectiveArea))
                    .col(text(PartnerIntake::Need))
                    .col(
                        ColumnDef::new(PartnerIntake::CompletedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(PartnerIntake::InvitedBy)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(PartnerIntake::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerIntake::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("partner_intake_cohort_person")
                    .table(PartnerIntake::Table)
                    .col(PartnerIntake::CohortId)
                    .col(PartnerIntake::PersonId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("partner_intake_person")
                    .table(PartnerIntake::Table)
                    .col(PartnerIntake::PersonId)
                    .to_owned(),
            )
            .await?;
        // Plain SQL that SQLite and PostgreSQL both read.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO partner_intake (cohort_id, person_id, library, position, city, \
                 connectivity, preferred_times, objective_area, need, completed_at, created_at, \
                 updated_at) \
                 SELECT COALESCE( \
                   (SELECT p.cohort_id FROM partnership p WHERE p.partner_id = pp.person_id \
                    ORDER BY p.id DESC LIMIT 1), \
                   (SELECT c.id FROM cohort c ORDER BY c.starts_on DESC, c.id DESC LIMIT 1)), \
                 pp.person_id, pp.library, pp.position, pp.city, pp.connectivity, \
                 pp.preferred_times, pp.objective_area, pp.need, pp.updated_at, pp.updated_at, \
                 pp.updated_at \
                 FROM partner_profile pp WHERE EXISTS (SELECT 1 FROM cohort)",
            )
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(Alias::new("partner_profile"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Invitation::Table)
                    .add_column(ColumnDef::new(Invitation::CohortId).big_integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Invitation::Table)
                    .drop_column(Invitation::CohortId)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE TABLE partner_profile (person_id BIGINT NOT NULL PRIMARY KEY, \
             library VARCHAR(200) NOT NULL, position VARCHAR(200) NOT NULL, \
             city VARCHAR(200) NOT NULL, connectivity VARCHAR(32) NOT NULL, \
             preferred_times VARCHAR(500) NOT NULL, objective_area VARCHAR(32) NOT NULL, \
             need TEXT NOT NULL, updated_at BIGINT NOT NULL)",
        )
        .await?;
        // Each partner's latest completed intake.
        db.execute_unprepared(
            "INSERT INTO partner_profile (person_id, library, position, city, connectivity, \
             preferred_times, objective_area, need, updated_at) \
             SELECT i.person_id, i.library, i.position, i.city, i.connectivity, \
             i.preferred_times, i.objective_area, i.need, i.updated_at FROM partner_intake i \
             WHERE i.completed_at IS NOT NULL AND i.id = (SELECT MAX(j.id) FROM partner_intake j \
             WHERE j.person_id = i.person_id AND j.completed_at IS NOT NULL)",
        )
        .await?;
        manager
            .drop_table(Table::drop().table(PartnerIntake::Table).to_owned())
            .await
    }
}
