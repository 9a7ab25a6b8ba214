//! The demo's finished year: a cohort a year before the one under way, its pair completed with
//! goal outcomes and both evaluations.

use super::*;

/// A cohort a year earlier: Vanna and Marcus completed their year, with goals' outcomes and
/// both evaluations, so the report has a finished year to show.
pub(super) async fn seed_completed_year(
    db: &DatabaseConnection,
    chair: &CurrentUser,
    coach: &CurrentUser,
    hash: &str,
    running_start: jiff::civil::Date,
    now: Timestamp,
) -> Result<(), ServiceError> {
    use shared::evaluation::{EvaluationForm, GoalOutcomeForm};
    let start = running_start
        .checked_sub(jiff::Span::new().years(1))
        .map_err(internal)?;
    let programme_id = ensure_programme(db, now).await?;
    let tz = jiff::tz::TimeZone::get(PROGRAMME_ZONE).map_err(internal)?;
    let deadline = shared::time::deadline_closes_at(
        start
            .checked_sub(jiff::Span::new().weeks(6))
            .map_err(internal)?,
        &tz,
    )
    .map_err(internal)?;
    let slug = format!("completed-{}", start.strftime("%Y-%m"));
    insert_cohort(
        db,
        programme_id,
        NewCohort {
            slug: &slug,
            name: &format!("{}-{} (demo, completed)", start.year(), start.year() + 1),
            country: "Cambodia",
            call_deadline: deadline,
            starts_on: start,
            is_demo: true,
        },
        ts(start)?,
    )
    .await?;
    let cohort = crate::entities::cohort::Entity::find()
        .filter(crate::entities::cohort::Column::Slug.eq(slug.as_str()))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    crate::features::matching::service::enrol_coach(
        db,
        cohort.id,
        &person::Entity::find_by_id(coach.id)
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?,
        ts(start)?,
    )
    .await?;
    let vanna = demo_person(db, "vanna.sok@demo.tandem.test", "Vanna Sok", hash, now).await?;
    intake_for(
        db,
        &vanna,
        cohort.id,
        (
            "Battambang",
            "Battambang Teachers College Library",
            "advocacy",
            "Teachers in training do not use the library. We want services they ask for and a way to show the college what the library gives.",
        ),
        ts(start)?,
    )
    .await?;
    let id = matching::create_partnership(
        db,
        chair,
        &MatchForm {
            cohort_id: cohort.id,
            partner_id: vanna.id,
            coach_id: coach.id,
            over_capacity: "on".into(),
        },
        ts(start)?,
    )
    .await?;
    let at = |m: i8, d: i8| {
        start
            .checked_add(jiff::Span::new().months(m))
            .ok()
            .and_then(|x| x.with().day(d).build().ok())
            .unwrap_or(start)
    };
    let first = goal(
        db,
        &vanna,
        id,
        "A lesson-planning corner for trainee teachers",
        "A corner with 200 lesson resources, used by each first-year class",
        ts(at(0, 12))?,
    )
    .await?;
    let second = goal(
        db,
        coach,
        id,
        "A one-page report for the college board",
        "The board reads the library's year on one page",
        ts(at(0, 12))?,
    )
    .await?;
    for m in 0..12 {
        if m % 2 == 0 || m == 11 {
            held_session(db, coach, &vanna, id, at(m, 9)).await?;
        }
        support(db, coach, id, at(m, 20), if m == 4 { 90 } else { 150 }).await?;
    }
    let end: jiff::civil::Date = crate::entities::partnership::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?
        .ends_on
        .parse()
        .map_err(internal)?;
    let last_month = ts(end
        .checked_sub(jiff::Span::new().days(10))
        .map_err(internal)?)?;
    for (goal_id, outcome) in [(first, "yes"), (second, "partly")] {
        ws::set_goal_outcome(
            db,
            &vanna,
            &GoalOutcomeForm {
                partnership_id: id,
                goal_id,
                outcome: outcome.into(),
            },
            last_month,
        )
        .await?;
    }
    for (who, helped, broadened, rating) in [
        (
            &vanna,
            "Having someone who had done it before, every month, and the examples Marcus sent.",
            "",
            "5",
        ),
        (
            coach,
            "A clear objective from the first month and a partner who tried things between our calls.",
            "yes",
            "4",
        ),
    ] {
        ws::save_evaluation(
            db,
            who,
            &EvaluationForm {
                partnership_id: id,
                goals_reached: "partly".into(),
                helped: helped.into(),
                change: "Meet the other pairs of the cohort at least once.".into(),
                broadened: broadened.into(),
                rating: rating.into(),
                again: "yes".into(),
                quote_ok: "on".into(),
            },
            last_month,
        )
        .await?;
    }
    ws::complete_due(db, now).await?;
    Ok(())
}
