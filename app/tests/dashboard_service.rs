//! The chair's dashboard against a real SQLite database: the same number of SQL statements for
//! 10 partnerships as for 500, figures right, and only the chair may see it.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{partnership, person, person_role};
use app::features::dashboard::cache::DashboardCache;
use app::features::dashboard::service::{cached_dashboard, dashboard};
use app::server::ServiceError;
use common::pairs::*;
use common::{fresh_db, person};
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use shared::Role;
use shared::dashboard::DashboardFilter;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Adds `n` partnerships to the cohort, straight into the tables (fast, no passwords).
async fn add_partnerships(db: &DatabaseConnection, cohort_id: i64, from: usize, n: usize) {
    let txn = app::server::db::begin_write(db).await.unwrap();
    for i in from..from + n {
        let mut ids = Vec::new();
        for (role, zone) in [
            (Role::Coach, "Europe/Berlin"),
            (Role::Partner, "Asia/Phnom_Penh"),
        ] {
            let p = person::ActiveModel {
                email: Set(format!("{}-{i}@load.test", role.code())),
                display_name: Set(format!("{} {i}", role.label())),
                time_zone: Set(zone.into()),
                languages: Set("[\"English\"]".into()),
                password_hash: Set(None),
                is_demo: Set(false),
                created_at: Set(0),
                updated_at: Set(0),
                ..Default::default()
            }
            .insert(&txn)
            .await
            .unwrap();
            person_role::ActiveModel {
                person_id: Set(p.id),
                role: Set(role.code().into()),
            }
            .insert(&txn)
            .await
            .unwrap();
            ids.push(p.id);
        }
        partnership::ActiveModel {
            cohort_id: Set(cohort_id),
            coach_id: Set(ids[0]),
            partner_id: Set(ids[1]),
            objective_area: Set(["collections", "training", "advocacy", "facilities"][i % 4].into()),
            objective: Set("An objective".into()),
            starts_on: Set("2027-03-01".into()),
            ends_on: Set("2028-02-29".into()),
            status: Set("active".into()),
            end_reason: Set(String::new()),
            created_by: Set(None),
            created_at: Set(0),
            updated_at: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();
}

#[tokio::test]
async fn the_dashboard_runs_the_same_number_of_statements_for_10_and_500_partnerships() {
    let mut db = fresh_db().await;
    let statements = Arc::new(AtomicUsize::new(0));
    let counter = statements.clone();
    db.set_metric_callback(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let filter = DashboardFilter {
        cohort: cohort.slug.clone(),
        ..Default::default()
    };
    let now: Timestamp = "2027-06-01T00:00:00Z".parse().unwrap();
    add_partnerships(&db, cohort.id, 0, 10).await;
    statements.store(0, Ordering::SeqCst);
    let small = dashboard(&db, &chair, &filter, now).await.unwrap();
    let for_10 = statements.load(Ordering::SeqCst);
    assert_eq!(small.rows.len(), 10);
    add_partnerships(&db, cohort.id, 10, 490).await;
    statements.store(0, Ordering::SeqCst);
    let large = dashboard(&db, &chair, &filter, now).await.unwrap();
    let for_500 = statements.load(Ordering::SeqCst);
    assert_eq!(large.rows.len(), 500);
    assert!(for_10 > 0);
    assert_eq!(
        for_10, for_500,
        "{for_10} statements for 10, {for_500} for 500"
    );
    assert_eq!(large.by_area.iter().map(|(_, n)| n).sum::<u32>(), 500);
    // Three months in with nothing held: behind the pace, below the band, flagged.
    assert_eq!(large.rows[0].sessions_held, 0);
    assert_eq!(large.sessions_per_month.len(), 12);
    let coach = person(&db, "coach@lib.de", Role::Coach).await;
    assert!(matches!(
        dashboard(&db, &coach, &filter, now).await,
        Err(ServiceError::Forbidden)
    ));
}

#[tokio::test]
async fn the_dashboard_shows_a_pairs_figures_and_filters_them() {
    let db = fresh_db().await;
    let p = pair(&db, "d1").await;
    let filter = DashboardFilter {
        cohort: p.cohort.slug.clone(),
        ..Default::default()
    };
    let now: Timestamp = "2027-05-10T00:00:00Z".parse().unwrap();
    app::features::commitments::service::refresh_alerts(&db, p.id, now)
        .await
        .unwrap();
    let v = dashboard(&db, &p.chair, &filter, now).await.unwrap();
    let row = v.rows.iter().find(|r| r.id == p.id).unwrap();
    assert_eq!(
        (row.coach.as_str(), row.partner.as_str()),
        ("Anna Keller", "Sophea Chan")
    );
    assert_eq!(row.coach_place, "Berlin");
    assert!(
        !row.alerts.is_empty(),
        "March and April below the band, no session"
    );
    let alerted = DashboardFilter {
        alerted: "1".into(),
        ..filter.clone()
    };
    assert_eq!(
        dashboard(&db, &p.chair, &alerted, now)
            .await
            .unwrap()
            .rows
            .len(),
        1
    );
    let other_area = DashboardFilter {
        area: "facilities".into(),
        ..filter
    };
    let v = dashboard(&db, &p.chair, &other_area, now).await.unwrap();
    assert!(v.rows.is_empty());
    assert_eq!(v.total, 1);
}

#[tokio::test]
async fn a_kept_answer_is_reused_until_something_changes_or_the_minute_turns() {
    let mut db = fresh_db().await;
    let statements = Arc::new(AtomicUsize::new(0));
    let counter = statements.clone();
    db.set_metric_callback(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    add_partnerships(&db, cohort.id, 0, 3).await;
    let cache = DashboardCache::default();
    let filter = DashboardFilter {
        cohort: cohort.slug.clone(),
        ..Default::default()
    };
    let at = |s: &str| s.parse::<Timestamp>().unwrap();
    let queries = async |version: u64, now: Timestamp| {
        statements.store(0, Ordering::SeqCst);
        let view = cached_dashboard(&db, &cache, version, &chair, &filter, now)
            .await
            .unwrap();
        (statements.load(Ordering::SeqCst), view)
    };
    let (first, view) = queries(7, at("2027-06-01T10:00:05Z")).await;
    assert!(first > 0);
    assert_eq!(view.rows.len(), 3);
    // Same version, same minute: no query at all.
    assert_eq!(queries(7, at("2027-06-01T10:00:59Z")).await.0, 0);
    // A change was published: computed again.
    assert_eq!(queries(8, at("2027-06-01T10:00:59Z")).await.0, first);
    // The minute turned (clocks in the view): computed again.
    assert_eq!(queries(8, at("2027-06-01T10:01:00Z")).await.0, first);
    // Another question (filter) is kept apart.
    let other = DashboardFilter {
        area: "training".into(),
        ..filter.clone()
    };
    let v = cached_dashboard(&db, &cache, 8, &chair, &other, at("2027-06-01T10:01:00Z"))
        .await
        .unwrap();
    assert!(v.rows.iter().all(|r| r.area_code == "training"));
    // Someone who is not the chair is refused, even with a kept answer.
    let coach = person(&db, "coach@lib.de", Role::Coach).await;
    assert!(matches!(
        cached_dashboard(&db, &cache, 8, &coach, &filter, at("2027-06-01T10:01:00Z")).await,
        Err(ServiceError::Forbidden)
    ));
}

#[tokio::test]
async fn support_this_month_is_the_coachs_month_when_the_chairs_day_has_turned() {
    let db = fresh_db().await;
    let p = pair(&db, "d2").await;
    // 20:00 UTC on 31 May: 22:00 in Berlin (the coach), already 1 June 03:00 in Phnom Penh
    // (this chair's zone).
    let now: Timestamp = "2027-05-31T20:00:00Z".parse().unwrap();
    let form = shared::commitments::HoursForm {
        request_key: common::key(),
        partnership_id: p.id,
        entry_id: 0,
        on_date: "2027-05-31".into(),
        minutes: "1:30".into(),
        category: "collating".into(),
        note: "Reading list".into(),
    };
    app::features::commitments::service::save_hours(&db, &p.coach, &form, now)
        .await
        .unwrap();
    let filter = DashboardFilter {
        cohort: p.cohort.slug.clone(),
        ..Default::default()
    };
    let v = dashboard(&db, &p.chair, &filter, now).await.unwrap();
    let row = v.rows.iter().find(|r| r.id == p.id).unwrap();
    assert_eq!(
        row.hours_this_month, 90,
        "the coach's May, not the chair's June"
    );
}

#[tokio::test]
async fn many_cohorts_list_the_newest_and_an_older_one_opens_by_its_address() {
    let db = fresh_db().await;
    let chair = person(&db, "chair-many@iatul.org", Role::Chair).await;
    let programme = app::features::programme::service::ensure_programme(&db, Timestamp::now())
        .await
        .unwrap();
    // 120 cohorts, one a month from January 2020; the fresh database has 2019-2020 too.
    let first = jiff::civil::date(2020, 1, 1);
    for i in 0..120 {
        let starts_on = first.checked_add(jiff::Span::new().months(i)).unwrap();
        let slug = format!("c-{starts_on}");
        app::features::programme::service::insert_cohort(
            &db,
            programme,
            app::features::programme::service::NewCohort {
                slug: &slug,
                name: &slug,
                country: "Cambodia",
                call_deadline: "2019-12-01T00:00:00Z".parse().unwrap(),
                starts_on,
                is_demo: false,
            },
            Timestamp::now(),
        )
        .await
        .unwrap();
    }
    // On 15 June 2027 the newest that has started is June 2027's, though later ones exist.
    let now: Timestamp = "2027-06-15T12:00:00Z".parse().unwrap();
    let view = dashboard(&db, &chair, &DashboardFilter::default(), now)
        .await
        .unwrap();
    assert_eq!(view.cohort.slug, "c-2027-06-01");
    assert_eq!(view.cohorts.len(), 100, "the newest hundred");
    assert_eq!(view.cohorts[0].slug, "c-2029-12-01");
    // An older cohort by its address: shown, and listed so the chooser keeps it.
    let old = DashboardFilter {
        cohort: "c-2020-02-01".into(),
        ..Default::default()
    };
    let view = dashboard(&db, &chair, &old, now).await.unwrap();
    assert_eq!(view.cohort.slug, "c-2020-02-01");
    assert_eq!(view.filter.cohort, "c-2020-02-01");
    assert!(view.cohorts.iter().any(|c| c.slug == "c-2020-02-01"));
    // A cohort that does not exist: the newest that has started, as with none asked.
    let unknown = DashboardFilter {
        cohort: "no-such-cohort".into(),
        ..Default::default()
    };
    let view = dashboard(&db, &chair, &unknown, now).await.unwrap();
    assert_eq!(view.cohort.slug, "c-2027-06-01");
}
