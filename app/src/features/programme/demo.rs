//! The demo programme: a chair, coaches in Europe, the Americas and Australia, partners in
//! Cambodia, and a current cohort whose call is open. Every row is marked as demo.

use super::service::{NewCohort, PROGRAMME_ZONE, ensure_programme, insert_cohort};
use crate::entities::person;
use crate::features::auth::service::{NewPerson, create_person, password_hash_for};
use crate::server::ServiceError;
use jiff::{Timestamp, ToSpan};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::Role;

/// The password every demo account uses.
pub const DEMO_PASSWORD: &str = "tandem-demo-2026";

/// One demo sign-in, printed by `./dev run`.
#[derive(Debug, Clone)]
pub struct DemoSignIn {
    pub email: &'static str,
    pub role: Role,
    pub who: &'static str,
}

const PEOPLE: &[(&str, &str, &str, &str, Role, &str)] = &[
    (
        "chair@demo.tandem.test",
        "Helen Marsh",
        "Europe/London",
        "English",
        Role::Chair,
        "programme chair",
    ),
    (
        "anna.keller@demo.tandem.test",
        "Anna Keller",
        "Europe/Berlin",
        "German, English, French",
        Role::Coach,
        "Director, Rhineland University Library (Berlin)",
    ),
    (
        "marcus.reid@demo.tandem.test",
        "Marcus Reid",
        "America/Toronto",
        "English, French",
        Role::Coach,
        "Dean of Libraries, Lakeshore University (Toronto)",
    ),
    (
        "priya.nair@demo.tandem.test",
        "Priya Nair",
        "Australia/Sydney",
        "English, Malayalam",
        Role::Coach,
        "University Librarian, Harbourside University (Sydney)",
    ),
    (
        "sophea.chan@demo.tandem.test",
        "Sophea Chan",
        "Asia/Phnom_Penh",
        "Khmer, English",
        Role::Partner,
        "Director, Mekong Institute of Technology Library (Phnom Penh)",
    ),
    (
        "dara.kim@demo.tandem.test",
        "Dara Kim",
        "Asia/Phnom_Penh",
        "Khmer, English, French",
        Role::Partner,
        "Library Manager, Royal Academy of Agriculture (Phnom Penh)",
    ),
    (
        "vanna.sok@demo.tandem.test",
        "Vanna Sok",
        "Asia/Phnom_Penh",
        "Khmer",
        Role::Partner,
        "Head Librarian, Battambang Teachers College",
    ),
];

/// The demo sign-ins, whether or not they were just created.
pub fn sign_ins() -> Vec<DemoSignIn> {
    PEOPLE
        .iter()
        .map(|(email, _, _, _, role, who)| DemoSignIn {
            email,
            role: *role,
            who,
        })
        .collect()
}

/// Seeds the demo programme once; returns false when it was already there.
pub async fn seed_demo(db: &DatabaseConnection, now: Timestamp) -> Result<bool, ServiceError> {
    let programme_id = ensure_programme(db, now).await?;
    if person::Entity::find()
        .filter(person::Column::IsDemo.eq(true))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let hash = password_hash_for(DEMO_PASSWORD).await?;
    let tz = jiff::tz::TimeZone::get(PROGRAMME_ZONE)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let today = now.to_zoned(tz.clone()).date();
    let deadline_day = today
        .checked_add(6.weeks())
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let deadline = shared::time::deadline_closes_at(deadline_day, &tz)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let start = deadline_day
        .checked_add(5.weeks())
        .map(|d| d.first_of_month())
        .and_then(|d| d.checked_add(1.month()))
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let name = format!("{}-{} (demo)", start.year(), start.year() + 1);
    let slug = format!("{}-{}", start.year(), start.year() + 1);
    let txn = crate::server::db::begin_write(db).await?;
    for (email, display_name, zone, languages, role, _) in PEOPLE {
        let languages =
            shared::validate::languages(languages).map_err(|m| ServiceError::Internal(m.into()))?;
        create_person(
            &txn,
            NewPerson {
                email,
                display_name,
                time_zone: zone,
                languages: &languages,
                password_hash: Some(hash.clone()),
                roles: &[*role],
                is_demo: true,
            },
            now,
        )
        .await?;
    }
    insert_cohort(
        &txn,
        programme_id,
        NewCohort {
            slug: &slug,
            name: &name,
            country: "Cambodia",
            call_deadline: deadline,
            starts_on: start,
            is_demo: true,
        },
        now,
    )
    .await?;
    // A cohort under way since the first of the month three months ago, so the chair has
    // partnerships to watch while the next call is open.
    let running = today
        .first_of_month()
        .checked_sub(3.months())
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let running_slug = running_slug(running);
    let running_deadline = shared::time::deadline_closes_at(
        running
            .checked_sub(6.weeks())
            .map_err(|e| ServiceError::Internal(e.to_string()))?,
        &tz,
    )
    .map_err(|e| ServiceError::Internal(e.to_string()))?;
    insert_cohort(
        &txn,
        programme_id,
        NewCohort {
            slug: &running_slug,
            name: &format!("Started {} (demo)", running.strftime("%B %Y")),
            country: "Cambodia",
            call_deadline: running_deadline,
            starts_on: running,
            is_demo: true,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    seed_demo_places(db, &slug, now).await?;
    seed_demo_places(db, &running_slug, now).await?;
    seed_demo_directory(db, now).await?;
    library::seed_demo_library(db, now).await?;
    community::seed_demo_community(db, now).await?;
    Ok(true)
}

/// The demo directory: the chair, the coaches and one partner chose to appear in it, showing
/// their email; the other partners stay out of it.
async fn seed_demo_directory(db: &DatabaseConnection, now: Timestamp) -> Result<(), ServiceError> {
    use crate::entities::directory_listing;
    use sea_orm::{ActiveModelTrait, Set};
    for email in [
        "chair@demo.tandem.test",
        "anna.keller@demo.tandem.test",
        "marcus.reid@demo.tandem.test",
        "priya.nair@demo.tandem.test",
        "sophea.chan@demo.tandem.test",
    ] {
        if let Some(p) = person::Entity::find()
            .filter(person::Column::Email.eq(email))
            .one(db)
            .await?
        {
            directory_listing::ActiveModel {
                person_id: Set(p.id),
                shares: Set("email".into()),
                listed_at: Set(now.as_millisecond()),
                updated_at: Set(now.as_millisecond()),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// The slug of the demo cohort under way: `started-2026-08`.
fn running_slug(start: jiff::civil::Date) -> String {
    format!("started-{}", start.strftime("%Y-%m"))
}

/// Working hours for the demo people, and the demo coaches' places in the demo cohort.
async fn seed_demo_places(
    db: &DatabaseConnection,
    slug: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    use crate::entities::cohort;
    use crate::features::matching::service::{enrol_coach, set_expertise};
    use sea_orm::{ActiveModelTrait, Set};
    use shared::programme::ObjectiveArea::*;
    let Some(cohort) = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let hours = [
        (
            "anna.keller@demo.tandem.test",
            8 * 60,
            17 * 60,
            vec![CollectionsAndAccess, FacilitiesAndSpaces],
        ),
        (
            "marcus.reid@demo.tandem.test",
            6 * 60,
            21 * 60,
            vec![AdvocacyAndServices, PeopleAndTraining],
        ),
        (
            "priya.nair@demo.tandem.test",
            8 * 60 + 30,
            17 * 60 + 30,
            vec![PeopleAndTraining, CollectionsAndAccess],
        ),
        ("sophea.chan@demo.tandem.test", 7 * 60 + 30, 17 * 60, vec![]),
        ("dara.kim@demo.tandem.test", 7 * 60 + 30, 17 * 60, vec![]),
        (
            "vanna.sok@demo.tandem.test",
            7 * 60 + 30,
            16 * 60 + 30,
            vec![],
        ),
    ];
    let txn = crate::server::db::begin_write(db).await?;
    for (email, start, end, expertise) in hours {
        let Some(p) = person::Entity::find()
            .filter(person::Column::Email.eq(email))
            .one(&txn)
            .await?
        else {
            continue;
        };
        let coach = !expertise.is_empty();
        person::ActiveModel {
            id: Set(p.id),
            work_start_min: Set(start),
            work_end_min: Set(end),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        if coach {
            enrol_coach(&txn, cohort.id, &p, now).await?;
            set_expertise(&txn, cohort.id, p.id, &expertise).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

mod community;
mod library;
mod pairs;
mod year;
pub use year::*;
