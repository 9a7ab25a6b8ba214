//! The matching page: each partner with every coach of the cohort ranked and explained.

use super::*;

/// The matching page for a cohort (the newest when `slug` is empty).
pub async fn matching_view(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    slug: Option<&str>,
) -> Result<MatchingView, ServiceError> {
    require_role(caller, Role::Chair)?;
    let (cohort, cohorts) = cohort_by(db, slug).await?;
    let starts = parse_day(&cohort.starts_on)?;
    let ends = matching::year_end(starts);
    let areas: HashMap<String, String> = objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let coaches = people_with_role(db, Role::Coach).await?;
    let partners = people_with_role(db, Role::Partner).await?;
    let places = cohort_coach::Entity::find()
        .filter(cohort_coach::Column::CohortId.eq(cohort.id))
        .all(db)
        .await?;
    let current = current_partnerships(db).await?;
    // This cohort's partners only: each intake belongs to a cohort.
    let profiles: HashMap<i64, partner_intake::Model> = partner_intake::Entity::find()
        .filter(partner_intake::Column::CohortId.eq(cohort.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.person_id, p))
        .collect();

    let load = |coach_id: i64| {
        current
            .iter()
            .filter(|p| p.cohort_id == cohort.id && p.coach_id == coach_id)
            .count() as u32
    };
    let mut coach_rows: Vec<CoachRow> = Vec::new();
    let in_cohort: HashSet<i64> = places.iter().map(|p| p.person_id).collect();
    for place in &places {
        let Some(c) = coaches.get(&place.person_id) else {
            continue;
        };
        let expertise: Vec<String> = serde_json::from_str(&place.expertise).unwrap_or_default();
        let facts = CoachFacts {
            expertise: expertise
                .iter()
                .filter_map(|code| ObjectiveArea::from_code(code))
                .collect(),
            languages: languages_of(c),
            capacity: place.capacity.max(0) as u32,
            load: load(c.id),
        };
        let windows = daily_windows(
            &zone_of(c),
            hours_of(c),
            starts.yesterday().unwrap_or(starts),
            ends.tomorrow().unwrap_or(ends),
        );
        coach_rows.push((
            CoachPlace {
                id: c.id,
                name: c.display_name.clone(),
                time_zone: c.time_zone.clone(),
                working_hours: hours_of(c).label(),
                languages: facts.languages.clone(),
                expertise: expertise
                    .iter()
                    .map(|code| areas.get(code).cloned().unwrap_or_else(|| code.clone()))
                    .collect(),
                expertise_codes: expertise.clone(),
                capacity: facts.capacity,
                load: facts.load,
            },
            facts,
            windows,
        ));
    }
    coach_rows.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    let mut other_coaches: Vec<(i64, String)> = coaches
        .values()
        .filter(|c| !in_cohort.contains(&c.id))
        .map(|c| (c.id, c.display_name.clone()))
        .collect();
    other_coaches.sort_by(|a, b| a.1.cmp(&b.1));

    let mut to_match = Vec::new();
    let mut without_intake = Vec::new();
    for p in partners.values() {
        let Some(profile) = profiles.get(&p.id) else {
            continue;
        };
        if profile.completed_at.is_none() {
            without_intake.push(p.display_name.clone());
            continue;
        }
        let mine = current.iter().find(|x| x.partner_id == p.id);
        // A partner in a current partnership of another cohort is not this cohort's to match.
        if mine.is_some_and(|x| x.cohort_id != cohort.id) {
            continue;
        }
        let matched = mine.map(|x| {
            (
                x.id,
                coaches
                    .get(&x.coach_id)
                    .map(|c| c.display_name.clone())
                    .unwrap_or_default(),
            )
        });
        let Some(area) = ObjectiveArea::from_code(&profile.objective_area) else {
            continue;
        };
        let facts = PartnerFacts {
            area,
            languages: languages_of(p),
        };
        let windows = daily_windows(&zone_of(p), hours_of(p), starts, ends);
        let mut suggestions: Vec<Suggestion> = coach_rows
            .iter()
            .map(|(place, coach, coach_windows)| Suggestion {
                coach_id: place.id,
                coach_name: place.name.clone(),
                coach_zone: place.time_zone.clone(),
                score: matching::score(
                    &facts,
                    coach,
                    overlap_of_windows(&windows, coach_windows, starts),
                ),
            })
            .collect();
        suggestions.sort_by(|a, b| {
            b.score
                .total
                .cmp(&a.score.total)
                .then_with(|| a.coach_name.cmp(&b.coach_name))
        });
        to_match.push(PartnerToMatch {
            id: p.id,
            name: p.display_name.clone(),
            library: profile.library.clone(),
            time_zone: p.time_zone.clone(),
            working_hours: hours_of(p).label(),
            languages: facts.languages,
            area_code: profile.objective_area.clone(),
            area_title: areas
                .get(&profile.objective_area)
                .cloned()
                .unwrap_or_default(),
            need: profile.need.clone(),
            connectivity: shared::intake::Connectivity::from_code(&profile.connectivity)
                .map_or(String::new(), |c| {
                    shared::i18n::t(crate::i18n::lang(), &format!("connectivity-{}", c.code()))
                }),
            preferred_times: profile.preferred_times.clone(),
            matched,
            suggestions,
        });
    }
    // Partners still to match first, then by name.
    to_match.sort_by(|a, b| {
        a.matched
            .is_some()
            .cmp(&b.matched.is_some())
            .then_with(|| a.name.cmp(&b.name))
    });
    without_intake.sort();
    Ok(MatchingView {
        cohort: CohortChoice {
            id: cohort.id,
            slug: cohort.slug.clone(),
            name: cohort.name.clone(),
        },
        cohorts,
        starts_on: starts.to_string(),
        ends_on: ends.to_string(),
        partners: to_match,
        coaches: coach_rows.into_iter().map(|(c, _, _)| c).collect(),
        other_coaches,
        partners_without_intake: without_intake,
        areas: shared::programme::ObjectiveArea::ALL
            .iter()
            .map(|a| {
                let code = a.code().to_owned();
                let title = areas.get(&code).cloned().unwrap_or_else(|| code.clone());
                (code, title)
            })
            .collect(),
    })
}
