//! Who recorded a session's outcome, and when: its author may correct it within a week.
//! Outcomes recorded before this migration take their author and time from the session's history.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoachingSession {
    Table,
    OutcomeBy,
    OutcomeAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [CoachingSession::OutcomeBy, CoachingSession::OutcomeAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(CoachingSession::Table)
                        .add_column(ColumnDef::new(column).big_integer().null())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE coaching_session SET \
                 outcome_by = (SELECT c.person_id FROM session_change c \
                   WHERE c.session_id = coaching_session.id AND c.summary LIKE 'Recorded as %' \
                   ORDER BY c.id DESC LIMIT 1), \
                 outcome_at = (SELECT c.at FROM session_change c \
                   WHERE c.session_id = coaching_session.id AND c.summary LIKE 'Recorded as %' \
                   ORDER BY c.id DESC LIMIT 1) \
                 WHERE status IN ('held', 'no_show')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [CoachingSession::OutcomeBy, CoachingSession::OutcomeAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(CoachingSession::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
