//! Community use cases. Every one first checks that the caller is a member of the programme.

pub mod announcements;
pub mod directory;
pub mod events;
pub mod stories;

use crate::entities::{cohort_coach, partner_intake, person_role};
use crate::server::ServiceError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use shared::Role;
use shared::account::CurrentUser;

/// Coaches, partners, the programme team and the chair: anyone else sees nothing.
pub fn member(caller: &CurrentUser) -> Result<(), ServiceError> {
    if Role::ALL.iter().any(|r| caller.has(*r)) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Who something for a cohort (or, with none, for the whole programme) reaches: every coach
/// and partner of the cohort, or of the programme; the team and the chair are not counted.
pub(crate) async fn invited(
    db: &impl ConnectionTrait,
    cohort: Option<i64>,
) -> Result<Vec<i64>, ServiceError> {
    let mut people: Vec<i64> = match cohort {
        Some(c) => {
            let mut ids: Vec<i64> = cohort_coach::Entity::find()
                .filter(cohort_coach::Column::CohortId.eq(c))
                .all(db)
                .await?
                .into_iter()
                .map(|x| x.person_id)
                .collect();
            ids.extend(
                partner_intake::Entity::find()
                    .filter(partner_intake::Column::CohortId.eq(c))
                    .all(db)
                    .await?
                    .into_iter()
                    .map(|x| x.person_id),
            );
            ids
        }
        None => person_role::Entity::find()
            .filter(person_role::Column::Role.is_in([Role::Coach.code(), Role::Partner.code()]))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.person_id)
            .collect(),
    };
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

/// The cohorts a person belongs to (as a coach or a partner).
pub(crate) async fn cohorts_of(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Vec<i64>, ServiceError> {
    let mut ids: Vec<i64> = cohort_coach::Entity::find()
        .filter(cohort_coach::Column::PersonId.eq(person_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.cohort_id)
        .collect();
    ids.extend(
        partner_intake::Entity::find()
            .filter(partner_intake::Column::PersonId.eq(person_id))
            .all(db)
            .await?
            .into_iter()
            .map(|i| i.cohort_id),
    );
    Ok(ids)
}
