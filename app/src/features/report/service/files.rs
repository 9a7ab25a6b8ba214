//! What the chair hands out: a coach's certificate of participation, and the evaluation answers
//! of a cohort as CSV.

use super::*;

/// A coach's certificate of participation in a cohort: for the coach and the chair, once the
/// coach has a partnership in the cohort that was not undone.
pub async fn certificate(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    slug: &str,
    coach_id: i64,
    now: Timestamp,
) -> Result<Certificate, ServiceError> {
    if caller.id != coach_id && !caller.has(Role::Chair) {
        return Err(ServiceError::NotFound);
    }
    let c = cohort_by_slug(db, slug).await?;
    let pairs = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(c.id))
        .filter(partnership::Column::CoachId.eq(coach_id))
        .all(db)
        .await?;
    if pairs.is_empty() {
        return Err(ServiceError::NotFound);
    }
    let coach = person::Entity::find_by_id(coach_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let partner_ids: Vec<i64> = pairs.iter().map(|p| p.partner_id).collect();
    let partners: HashMap<i64, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(partner_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x))
        .collect();
    let libraries: HashMap<i64, String> = partner_intake::Entity::find()
        .filter(partner_intake::Column::CohortId.eq(c.id))
        .filter(partner_intake::Column::PersonId.is_in(partner_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.person_id, x.library))
        .collect();
    let sessions_held = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(pairs.iter().map(|p| p.id)))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Held.code()))
        .all(db)
        .await?
        .len() as u32;
    let programme = the_programme(db).await?;
    let starts = pairs
        .iter()
        .map(|p| p.starts_on.clone())
        .min()
        .unwrap_or_default();
    let ends = pairs
        .iter()
        .map(|p| p.ends_on.clone())
        .max()
        .unwrap_or_default();
    Ok(Certificate {
        programme: programme.name,
        cohort_name: c.name,
        coach: coach.display_name,
        partners: pairs
            .iter()
            .filter_map(|p| partners.get(&p.partner_id))
            .map(|x| {
                let library = libraries.get(&x.id).filter(|l| !l.is_empty());
                match library {
                    Some(l) => format!("{}, {} ({})", x.display_name, l, zone_city(&x.time_zone)),
                    None => format!("{} ({})", x.display_name, zone_city(&x.time_zone)),
                }
            })
            .collect(),
        year: year(&starts, &ends),
        sessions_held,
        chair_name: programme.chair_name,
        issued_on: today_for(caller, now),
    })
}

/// A cohort's evaluation answers as CSV, one row per member who answered (chair). Each download
/// is in the audit log, as each read of a pair's answers is.
pub async fn evaluations_csv(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    slug: &str,
    now: Timestamp,
) -> Result<String, ServiceError> {
    require_role(caller, Role::Chair)?;
    let c = cohort_by_slug(db, slug).await?;
    let pairs: HashMap<i64, partnership::Model> = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(c.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let answers = evaluation::Entity::find()
        .filter(evaluation::Column::PartnershipId.is_in(pairs.keys().copied()))
        .all(db)
        .await?;
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(pairs.values().flat_map(|p| [p.coach_id, p.partner_id])))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x.display_name))
        .collect();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
    let mut rows: Vec<Vec<String>> = answers
        .into_iter()
        .filter_map(|a| {
            let p = pairs.get(&a.partnership_id)?;
            let label = |code: &str, of: fn(&str) -> Option<&'static str>| {
                of(code).unwrap_or_default().to_owned()
            };
            Some(vec![
                p.id.to_string(),
                name(p.coach_id),
                name(p.partner_id),
                a.side.clone(),
                label(&a.goals_reached, |c| {
                    Reached::from_code(c).map(Reached::label)
                }),
                a.helped,
                a.change,
                label(&a.broadened, |c| {
                    Broadened::from_code(c).map(Broadened::label)
                }),
                a.rating.to_string(),
                label(&a.again, |c| Again::from_code(c).map(Again::label)),
                if a.quote_ok { "yes" } else { "no" }.to_owned(),
                from_millis(a.submitted_at).to_string(),
            ])
        })
        .collect();
    rows.sort();
    crate::server::audit::record(
        db,
        Some(caller.id),
        "evaluations exported",
        format!("cohort:{}", c.id),
        now,
    )
    .await?;
    Ok(shared::export::csv(
        &[
            "partnership_id",
            "coach",
            "partner",
            "side",
            "goals_reached",
            "what_helped",
            "what_should_change",
            "perception_broadened",
            "rating",
            "would_take_part_again",
            "quote_allowed",
            "submitted_at_utc",
        ],
        &rows,
    ))
}
