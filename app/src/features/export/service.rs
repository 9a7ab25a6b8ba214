//! Builds a cohort's export (chair only): figures, never journal entries, notes or agendas.

use crate::entities::{coaching_session, cohort, partnership, support_hours};
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use shared::Role;
use shared::account::CurrentUser;
use shared::export::{CohortExport, HoursRow, PartnershipRow, SessionRow};
use std::collections::{HashMap, HashSet};

pub async fn cohort_export(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    slug: &str,
    now: Timestamp,
) -> Result<CohortExport, ServiceError> {
    require_role(caller, Role::Chair)?;
    let c = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let ids: HashSet<i64> = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(c.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let hours: Vec<HoursRow> = support_hours::Entity::find()
        .filter(support_hours::Column::PartnershipId.is_in(ids.iter().copied()))
        .order_by_asc(support_hours::Column::PartnershipId)
        .order_by_asc(support_hours::Column::OnDate)
        .all(db)
        .await?
        .into_iter()
        .map(|h| HoursRow {
            partnership_id: h.partnership_id,
            on_date: h.on_date,
            minutes: h.minutes.max(0) as u32,
            category: h.category,
        })
        .collect();
    let mut minutes: HashMap<i64, u32> = HashMap::new();
    for h in &hours {
        *minutes.entry(h.partnership_id).or_default() += h.minutes;
    }
    let sessions = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(ids.iter().copied()))
        .order_by_asc(coaching_session::Column::PartnershipId)
        .order_by_asc(coaching_session::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| SessionRow {
            partnership_id: s.partnership_id,
            session_id: s.id,
            status: s.status,
            medium: s.medium,
            starts_at_utc: s
                .starts_at
                .map(|ms| shared::time::from_millis(ms).to_string())
                .unwrap_or_default(),
            minutes: s.duration_min.max(0) as u32,
            partner_confirmed: s.partner_confirmed_at.is_some(),
        })
        .collect();
    let partnerships = crate::features::partnership::overview::list(db, caller, now)
        .await?
        .into_iter()
        .filter(|f| ids.contains(&f.head.id))
        .map(|f| PartnershipRow {
            partnership_id: f.head.id,
            cohort: c.name.clone(),
            coach: f.head.coach.name.clone(),
            partner: f.head.partner.name.clone(),
            objective_area: f.head.area_title.clone(),
            status: f.head.status.label().into(),
            starts_on: f.head.starts_on.clone(),
            ends_on: f.head.ends_on.clone(),
            goals: f.goals_total,
            goals_done: f.goals_done,
            mean_progress: f.mean_progress,
            sessions_held: f.pace.held,
            pace: f.pace.status.label().into(),
            support_minutes: minutes.get(&f.head.id).copied().unwrap_or(0),
        })
        .collect();
    Ok(CohortExport {
        cohort: c.name,
        partnerships,
        sessions,
        hours,
    })
}
