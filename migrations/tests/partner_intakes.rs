//! Partners' profiles move into per-cohort intakes: a matched partner's to the cohort of their
//! partnership, another's to the newest cohort; rolling back brings each partner's latest intake
//! back as their profile.
#![allow(clippy::unwrap_used)]

use migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, Statement};

async fn rows(
    db: &sea_orm_migration::sea_orm::DatabaseConnection,
    sql: &str,
) -> Vec<(i64, i64, String)> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .iter()
        .map(|r| {
            (
                r.try_get_by_index::<i64>(0).unwrap(),
                r.try_get_by_index::<i64>(1).unwrap(),
                r.try_get_by_index::<String>(2).unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn profiles_move_to_the_cohort_they_belong_to_and_back() {
    let db = Database::connect("sqlite::memory:").await.unwrap();
    // Up to the migration before the intakes.
    Migrator::up(&db, Some(17)).await.unwrap();
    for sql in [
        "INSERT INTO programme (id, slug, name, summary, chair_name, time_zone, general_objectives, coach_expectations, updated_at) VALUES (1, 'p', 'P', '', '', 'UTC', '[]', '[]', 0)",
        "INSERT INTO cohort (id, programme_id, slug, name, country, partner_time_zone, call_deadline_at, starts_on, ends_on, created_at) VALUES (1, 1, 'old', 'Old', 'KH', 'Asia/Phnom_Penh', 0, '2025-06-01', '2026-05-31', 0)",
        "INSERT INTO cohort (id, programme_id, slug, name, country, partner_time_zone, call_deadline_at, starts_on, ends_on, created_at) VALUES (2, 1, 'new', 'New', 'KH', 'Asia/Phnom_Penh', 0, '2026-06-01', '2027-05-31', 0)",
        "INSERT INTO person (id, email, display_name, time_zone, languages, created_at, updated_at) VALUES (1, 'c@x.org', 'C', 'UTC', '[]', 0, 0), (2, 'a@x.kh', 'A', 'UTC', '[]', 0, 0), (3, 'b@x.kh', 'B', 'UTC', '[]', 0, 0)",
        "INSERT INTO partner_profile (person_id, library, position, city, connectivity, preferred_times, objective_area, need, updated_at) VALUES (2, 'Lib A', 'Director', 'Phnom Penh', 'video', 'Mornings', 'collections', 'Need A', 5), (3, 'Lib B', 'Director', 'Siem Reap', 'audio', 'Afternoons', 'training', 'Need B', 6)",
        "INSERT INTO partnership (cohort_id, coach_id, partner_id, objective_area, objective, starts_on, ends_on, status, end_reason, created_at, updated_at) VALUES (1, 1, 2, 'collections', 'Need A', '2025-06-01', '2026-05-31', 'completed', '', 0, 0)",
    ] {
        db.execute_unprepared(sql).await.unwrap();
    }
    // The intakes' migration alone, and back: later migrations do not move the count.
    Migrator::up(&db, Some(1)).await.unwrap();
    let moved = rows(
        &db,
        "SELECT person_id, cohort_id, library FROM partner_intake ORDER BY person_id",
    )
    .await;
    assert_eq!(
        moved,
        [(2, 1, "Lib A".to_owned()), (3, 2, "Lib B".to_owned())],
        "matched: the partnership's cohort; else the newest"
    );
    Migrator::down(&db, Some(1)).await.unwrap();
    let back = rows(
        &db,
        "SELECT person_id, updated_at, need FROM partner_profile ORDER BY person_id",
    )
    .await;
    assert_eq!(
        back,
        [(2, 5, "Need A".to_owned()), (3, 6, "Need B".to_owned())]
    );
}
