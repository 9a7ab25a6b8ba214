//! More demo pairs, so the dashboard, the report and the alerts show a programme: in the cohort
//! under way, one pair on track, one behind, one with a concern open and one a month below the
//! support band; and a cohort a year earlier whose pair completed its year with both
//! evaluations. Each step runs through the services at the time it would have happened.

use super::*;
use crate::features::auth::tokens::new_token;
use crate::features::{
    auth::service::load_user, commitments::service as commitments, intake::service as intake,
    matching::service as matching, partnership::service as ws, sessions::service as sessions,
};
use shared::account::CurrentUser;
use shared::partnership::{GoalForm, MatchForm};

/// (email, name, city, library, area, the need).
const PARTNERS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "chenda.ouk@demo.tandem.test",
        "Chenda Ouk",
        "Siem Reap",
        "Angkor Regional University Library",
        "facilities",
        "Our reading room is dark and hot; students study elsewhere. We want a plan for light, air and quiet study places that the university can fund in stages.",
    ),
    (
        "rithy.pen@demo.tandem.test",
        "Rithy Pen",
        "Phnom Penh",
        "National Institute of Business Library",
        "advocacy",
        "The deans do not see what the library does for research. We want a short annual report and two new services that faculty ask for.",
    ),
    (
        "malis.heng@demo.tandem.test",
        "Malis Heng",
        "Kampong Cham",
        "Mekong Valley Teachers College Library",
        "collections",
        "Half of our collection is out of date and nobody weeds it. We want a collection policy and a first weeding project the staff can repeat.",
    ),
    (
        "sokha.lim@demo.tandem.test",
        "Sokha Lim",
        "Battambang",
        "Northwest Polytechnic Library",
        "training",
        "Our three staff want to support students with research skills but have never taught. We want a small training programme for them and a first workshop.",
    ),
];

fn internal(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(e.to_string())
}

async fn demo_person(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    hash: &str,
    now: Timestamp,
) -> Result<CurrentUser, ServiceError> {
    let id = match person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .one(db)
        .await?
    {
        Some(p) => p.id,
        None => {
            let languages = vec!["Khmer".to_owned(), "English".to_owned()];
            create_person(
                db,
                NewPerson {
                    email,
                    display_name: name,
                    time_zone: "Asia/Phnom_Penh",
                    languages: &languages,
                    password_hash: Some(hash.to_owned()),
                    roles: &[Role::Partner],
                    is_demo: true,
                },
                now,
            )
            .await?
        }
    };
    load_user(db, id).await
}

/// A partner's intake for a cohort, saved at `at`.
async fn intake_for(
    db: &DatabaseConnection,
    partner: &CurrentUser,
    cohort_id: i64,
    (city, library, area, need): (&str, &str, &str, &str),
    at: Timestamp,
) -> Result<(), ServiceError> {
    intake::join_cohort(db, cohort_id, partner.id, None, at).await?;
    intake::save(
        db,
        partner,
        &shared::intake::IntakeForm {
            library: library.into(),
            position: "Director".into(),
            city: city.into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: "Khmer, English".into(),
            connectivity: "video".into(),
            preferred_times: "Weekday mornings".into(),
            objective_area: area.into(),
            need: need.into(),
        },
        at,
    )
    .await
}

/// A session proposed three days ahead, accepted and held on `day` at 10:00 in Phnom Penh.
async fn held_session(
    db: &DatabaseConnection,
    coach: &CurrentUser,
    partner: &CurrentUser,
    partnership_id: i64,
    day: jiff::civil::Date,
) -> Result<(), ServiceError> {
    use shared::schedule::{AnswerForm, OutcomeForm, ProposalForm};
    let zone = jiff::tz::TimeZone::get("Asia/Phnom_Penh").map_err(internal)?;
    let starts = shared::time::wall_to_instant(day.at(10, 0, 0, 0), &zone).map_err(internal)?;
    let hours = |h: i64| starts - jiff::SignedDuration::from_hours(h);
    // The coach proposes on their own clock: the same instant, written as they see it.
    let coach_zone = jiff::tz::TimeZone::get(&coach.time_zone).map_err(internal)?;
    let local = starts
        .to_zoned(coach_zone)
        .strftime("%Y-%m-%dT%H:%M")
        .to_string();
    let id = sessions::propose(
        db,
        coach,
        &ProposalForm {
            partnership_id,
            time_1: local,
            medium: "video".into(),
            link: "https://meet.example.org/demo-coaching".into(),
            duration: "60".into(),
            agenda: "Progress on the goals; the next step".into(),
            request_key: new_token(),
            ..Default::default()
        },
        hours(72),
    )
    .await?;
    let view = sessions::sessions_view(db, partner, partnership_id, hours(48)).await?;
    if let Some(option) = view
        .sessions
        .iter()
        .find(|s| s.id == id)
        .and_then(|s| s.options.first())
    {
        sessions::answer(
            db,
            partner,
            &AnswerForm {
                partnership_id,
                session_id: id,
                option_id: option.id,
            },
            hours(48),
        )
        .await?;
    }
    sessions::record_outcome(
        db,
        coach,
        &OutcomeForm {
            partnership_id,
            session_id: id,
            outcome: "held".into(),
            notes: "Went through the month's progress together.".into(),
            actions: String::new(),
        },
        starts + jiff::SignedDuration::from_hours(2),
    )
    .await?;
    Ok(())
}

/// Support time logged by the coach on `day`.
async fn support(
    db: &DatabaseConnection,
    coach: &CurrentUser,
    partnership_id: i64,
    day: jiff::civil::Date,
    minutes: u32,
) -> Result<(), ServiceError> {
    let at = day
        .at(20, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(internal)?
        .timestamp();
    commitments::save_hours(
        db,
        coach,
        &shared::commitments::HoursForm {
            request_key: new_token(),
            partnership_id,
            entry_id: 0,
            on_date: day.to_string(),
            minutes: minutes.to_string(),
            category: "collating".into(),
            note: "Reading and answers by email".into(),
        },
        at,
    )
    .await?;
    Ok(())
}

async fn goal(
    db: &DatabaseConnection,
    who: &CurrentUser,
    partnership_id: i64,
    title: &str,
    outcome: &str,
    at: Timestamp,
) -> Result<i64, ServiceError> {
    ws::save_goal(
        db,
        who,
        &GoalForm {
            request_key: new_token(),
            partnership_id,
            goal_id: 0,
            title: title.into(),
            outcome: outcome.into(),
            status: "in_progress".into(),
            progress: "40".into(),
        },
        at,
    )
    .await
}

fn ts(day: jiff::civil::Date) -> Result<Timestamp, ServiceError> {
    Ok(day
        .at(9, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(internal)?
        .timestamp())
}

/// Seeds the pairs; called by [`seed_demo_activity`] after the first demo pair.
pub(super) async fn seed_demo_pairs(
    db: &DatabaseConnection,
    running: &crate::entities::cohort::Model,
    chair: &CurrentUser,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let hash = password_hash_for(DEMO_PASSWORD).await?;
    let coach = |email: &'static str| async move {
        match person::Entity::find()
            .filter(person::Column::Email.eq(email))
            .one(db)
            .await?
        {
            Some(p) => load_user(db, p.id).await,
            None => Err(ServiceError::NotFound),
        }
    };
    let anna = coach("anna.keller@demo.tandem.test").await?;
    let marcus = coach("marcus.reid@demo.tandem.test").await?;
    let priya = coach("priya.nair@demo.tandem.test").await?;
    let start: jiff::civil::Date = running.starts_on.parse().map_err(internal)?;
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let month = |m: i8, d: i8| -> jiff::civil::Date {
        start
            .checked_add(jiff::Span::new().months(m))
            .ok()
            .and_then(|x| x.with().day(d).build().ok())
            .unwrap_or(start)
    };
    let coaches = [&anna, &marcus, &anna, &priya];
    for (i, (email, name, city, library, area, need)) in PARTNERS.iter().enumerate() {
        let partner = demo_person(db, email, name, &hash, ts(start)?).await?;
        intake_for(
            db,
            &partner,
            running.id,
            (city, library, area, need),
            ts(start)?,
        )
        .await?;
        let coach = coaches[i];
        let id = matching::create_partnership(
            db,
            chair,
            &MatchForm {
                cohort_id: running.id,
                partner_id: partner.id,
                coach_id: coach.id,
                over_capacity: "on".into(),
            },
            ts(start)?,
        )
        .await?;
        goal(
            db,
            &partner,
            id,
            "A plan agreed with the rector",
            "A written plan, its first step funded",
            ts(month(0, 12))?,
        )
        .await?;
        match i {
            // On track: a session every month, support within the band.
            0 => {
                for m in 0..3 {
                    if month(m, 8) < today {
                        held_session(db, coach, &partner, id, month(m, 8)).await?;
                    }
                    if month(m, 15) < today {
                        support(db, coach, id, month(m, 15), 180).await?;
                    }
                }
            }
            // Behind: one session at the start, little support since.
            1 => {
                held_session(db, coach, &partner, id, month(0, 9)).await?;
                support(db, coach, id, month(0, 20), 60).await?;
            }
            // A concern open: the partner's director changed and the objective may too.
            2 => {
                held_session(db, coach, &partner, id, month(0, 10)).await?;
                support(db, coach, id, month(0, 18), 150).await?;
                support(db, coach, id, month(1, 18), 150).await?;
                commitments::raise_concern(
                    db,
                    &partner,
                    &shared::commitments::ConcernForm {
                        partnership_id: id,
                        category: "scope".into(),
                        severity: "medium".into(),
                        description: "Our college has a new director who may change the library's priorities; we are not sure the weeding project can go on.".into(),
                        share_with_pair: "on".into(),
                        request_key: new_token(),
                    },
                    ts(month(1, 25))?,
                )
                .await?;
            }
            // A month below the band: sessions held, but last month's support was short.
            _ => {
                held_session(db, coach, &partner, id, month(0, 11)).await?;
                held_session(db, coach, &partner, id, month(1, 11)).await?;
                support(db, coach, id, month(0, 16), 150).await?;
                support(db, coach, id, month(1, 16), 45).await?;
            }
        }
        commitments::refresh_alerts(db, id, now).await?;
    }
    seed_completed_year(db, chair, &marcus, &hash, start, now).await
}

mod completed;
use completed::seed_completed_year;
