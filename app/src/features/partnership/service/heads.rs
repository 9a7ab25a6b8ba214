//! The head of each partnership page: the pair with both clocks, the objective and the year.

use super::*;

fn member(p: Option<&person::Model>, now: Timestamp) -> PairMember {
    match p {
        Some(p) => PairMember {
            id: p.id,
            name: p.display_name.clone(),
            time_zone: p.time_zone.clone(),
            now_local: now
                .to_zoned(zone(&p.time_zone))
                .strftime("%a %H:%M")
                .to_string(),
        },
        None => PairMember {
            id: 0,
            name: "(account removed)".into(),
            time_zone: "UTC".into(),
            now_local: String::new(),
        },
    }
}

/// The heads of several partnerships, with three queries whatever their number.
pub(crate) async fn heads(
    db: &impl ConnectionTrait,
    rows: &[(partnership::Model, Access)],
    now: Timestamp,
    viewer_zone: &str,
) -> Result<Vec<PartnershipHead>, ServiceError> {
    let people = names(
        db,
        rows.iter().flat_map(|(p, _)| [p.coach_id, p.partner_id]),
    )
    .await?;
    let cohorts: HashMap<i64, (String, String)> = cohort::Entity::find()
        .filter(cohort::Column::Id.is_in(rows.iter().map(|(p, _)| p.cohort_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, (c.name, c.slug)))
        .collect();
    let areas: HashMap<String, String> = objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let today = now.to_zoned(zone(viewer_zone)).date();
    Ok(rows
        .iter()
        .map(|(p, access)| PartnershipHead {
            id: p.id,
            my_side: match access {
                Access::Pair(side) => Some(*side),
                Access::Team => None,
            },
            coach: member(people.get(&p.coach_id), now),
            partner: member(people.get(&p.partner_id), now),
            cohort_name: cohorts
                .get(&p.cohort_id)
                .map(|c| c.0.clone())
                .unwrap_or_default(),
            cohort_slug: cohorts
                .get(&p.cohort_id)
                .map(|c| c.1.clone())
                .unwrap_or_default(),
            area_code: p.objective_area.clone(),
            area_title: areas.get(&p.objective_area).cloned().unwrap_or_default(),
            objective: p.objective.clone(),
            starts_on: p.starts_on.clone(),
            ends_on: p.ends_on.clone(),
            status: status_of(p),
            end_reason: p.end_reason.clone(),
            year_position: year_position(day(&p.starts_on), day(&p.ends_on), today),
        })
        .collect())
}
