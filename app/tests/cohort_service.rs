//! Cohorts against a real SQLite database: the chair creates the next cohort with its deadline
//! stated in Phnom Penh, a resend stores once, an open call's deadline moves later (recorded and
//! shown) but never earlier or after closing, and the year's dates stay once pairs exist.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{audit_log, cohort};
use app::features::programme::service as programme;
use app::server::ServiceError;
use common::pairs::pair;
use common::{fresh_db, person};
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use shared::Role;
use shared::cohort::{CohortForm, CohortStage};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn next_year() -> CohortForm {
    CohortForm {
        request_key: common::key(),
        name: "2028-2029".into(),
        call_opens_on: "2028-02-01".into(),
        deadline_on: "2028-04-22".into(),
        deadline_time_zone: "Asia/Phnom_Penh".into(),
        starts_on: "2028-06-01".into(),
        hours_min: "1.5".into(),
        ..CohortForm::default()
    }
}

fn field(result: Result<String, ServiceError>, name: &str) -> String {
    match result {
        Err(ServiceError::Validation(e)) => e
            .first(name)
            .unwrap_or_else(|| panic!("no message for {name}: {e:?}"))
            .to_owned(),
        other => panic!("expected a message for {name}, got {other:?}"),
    }
}

#[tokio::test]
async fn the_chair_creates_the_next_cohort_once_with_its_deadline_in_phnom_penh() {
    let db = fresh_db().await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let coach = person(&db, "coach@lib.de", Role::Coach).await;
    let team = person(&db, "team@iatul.org", Role::Team).await;
    let now = at("2027-12-01T09:00:00Z");
    let form = next_year();
    for who in [&coach, &team] {
        assert!(matches!(
            programme::save_cohort(&db, who, &form, now).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            programme::cohort_list(&db, who, now).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let slug = programme::save_cohort(&db, &chair, &form, now)
        .await
        .unwrap();
    assert_eq!(slug, "2028-2029");
    // A resend (double click, dropped answer) stores nothing more.
    assert_eq!(
        programme::save_cohort(&db, &chair, &form, now)
            .await
            .unwrap(),
        slug
    );
    let row = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(&slug))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    // "By 22 April" in Phnom Penh closes at 23 April 00:00 there: 22 April 17:00 UTC.
    assert_eq!(
        row.call_deadline_at,
        at("2028-04-22T17:00:00Z").as_millisecond()
    );
    assert_eq!(
        row.call_opens_at,
        Some(at("2028-01-31T17:00:00Z").as_millisecond())
    );
    assert_eq!(
        (row.ends_on.as_str(), row.hours_min_minutes),
        ("2029-05-31", 90)
    );

    // Before it opens, the call says when; nobody can apply yet.
    let view = programme::cohort_view(row.clone(), now);
    assert_eq!(view.stage, CohortStage::CallSoon);
    assert!(!view.call_open);
    assert_eq!(view.opens_on.as_deref(), Some("Tue 1 Feb 2028"));
    assert_eq!(view.call_deadline_local, "Sat 22 Apr 2028, 23:59");
    assert_eq!(view.deadline_place, "Phnom Penh");
    let early = app::features::call::service::save(
        &db,
        app::features::call::service::Applying {
            cohort_slug: &slug,
            token: None,
            lang: shared::i18n::Lang::En,
        },
        &shared::application::ApplicationForm::default(),
        false,
        None,
        now,
    )
    .await;
    assert!(
        matches!(early, Err(ServiceError::Conflict(ref m)) if m.contains("opens on Tue 1 Feb 2028")),
        "{early:?}"
    );
    let open = programme::cohort_view(row, at("2028-03-01T00:00:00Z"));
    assert!(open.call_open && open.opens_on.is_none());

    let list = programme::cohort_list(&db, &chair, now).await.unwrap();
    let mine = list.iter().find(|c| c.slug == slug).unwrap();
    assert_eq!(mine.stage, CohortStage::CallSoon);
    assert_eq!(mine.deadline_place, "Phnom Penh");
}

#[tokio::test]
async fn bad_cohorts_are_refused_field_by_field_and_nothing_is_stored() {
    let db = fresh_db().await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let now = at("2028-05-01T00:00:00Z");
    let before = cohort::Entity::find().count(&db).await.unwrap();
    let past = programme::save_cohort(&db, &chair, &next_year(), now).await;
    assert!(field(past, "deadline_on").contains("has passed already"));
    let zone = CohortForm {
        deadline_time_zone: "Mars/Olympus".into(),
        ..next_year()
    };
    assert!(
        field(
            programme::save_cohort(&db, &chair, &zone, now).await,
            "deadline_time_zone"
        )
        .contains("Mars/Olympus")
    );
    let band = CohortForm {
        hours_min: "6".into(),
        ..next_year()
    };
    assert!(
        field(
            programme::save_cohort(&db, &chair, &band, now).await,
            "hours_min"
        )
        .contains("above the ceiling")
    );
    assert_eq!(cohort::Entity::find().count(&db).await.unwrap(), before);

    // A name taken by another cohort.
    let earlier = at("2027-12-01T00:00:00Z");
    programme::save_cohort(&db, &chair, &next_year(), earlier)
        .await
        .unwrap();
    let twin = CohortForm {
        request_key: common::key(),
        ..next_year()
    };
    assert!(
        field(
            programme::save_cohort(&db, &chair, &twin, earlier).await,
            "name"
        )
        .contains("exists already")
    );
}

#[tokio::test]
async fn an_open_calls_deadline_moves_later_only_and_the_call_says_so() {
    let db = fresh_db().await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let now = at("2028-03-01T09:00:00Z");
    let slug = programme::save_cohort(&db, &chair, &next_year(), now)
        .await
        .unwrap();
    let mut form = programme::cohort_edit(&db, &chair, &slug, now)
        .await
        .unwrap()
        .form;
    assert_eq!(
        (
            form.deadline_on.as_str(),
            form.months.as_str(),
            form.hours_min.as_str()
        ),
        ("2028-04-22", "12", "1.5")
    );
    form.deadline_on = "2028-04-15".into();
    assert!(
        field(
            programme::save_cohort(&db, &chair, &form, now).await,
            "deadline_on"
        )
        .contains("can only move later")
    );
    form.deadline_on = "2028-05-06".into();
    programme::save_cohort(&db, &chair, &form, now)
        .await
        .unwrap();
    let edit = programme::cohort_edit(&db, &chair, &slug, now)
        .await
        .unwrap();
    assert_eq!(
        edit.extended_from.as_deref(),
        Some("Sat 22 Apr 2028, 23:59 (Phnom Penh)")
    );
    assert_eq!(edit.form.deadline_on, "2028-05-06");
    let call = app::features::call::service::cohort_view(&db, Some(&slug), now)
        .await
        .unwrap();
    assert_eq!(call.call_deadline_local, "Sat 6 May 2028, 23:59");
    assert_eq!(
        call.extended_from.as_deref(),
        Some("Sat 22 Apr 2028, 23:59")
    );
    let recorded = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("cohort deadline extended"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(recorded.person_id, Some(chair.id));
    assert!(
        recorded
            .subject
            .contains("to Sat 6 May 2028, 23:59 (Phnom Penh)")
    );

    // Once closed, the deadline stays.
    let closed = at("2028-05-10T00:00:00Z");
    form.deadline_on = "2028-05-20".into();
    assert!(
        field(
            programme::save_cohort(&db, &chair, &form, closed).await,
            "deadline_on"
        )
        .contains("closed at the end of Sat 6 May 2028")
    );
}

#[tokio::test]
async fn once_pairs_exist_the_years_dates_stay_and_other_settings_change() {
    let db = fresh_db().await;
    let p = pair(&db, "c1").await;
    let now = at("2027-04-01T00:00:00Z");
    let mut form = programme::cohort_edit(&db, &p.chair, &p.cohort.slug, now)
        .await
        .unwrap()
        .form;
    form.starts_on = "2027-04-01".into();
    assert!(
        field(
            programme::save_cohort(&db, &p.chair, &form, now).await,
            "starts_on"
        )
        .contains("1 partnership runs in this cohort")
    );
    let mut form = programme::cohort_edit(&db, &p.chair, &p.cohort.slug, now)
        .await
        .unwrap()
        .form;
    form.hours_max = "4".into();
    form.min_sessions = "8".into();
    programme::save_cohort(&db, &p.chair, &form, now)
        .await
        .unwrap();
    let row = cohort::Entity::find_by_id(p.cohort.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.hours_max_minutes, row.min_sessions), (240, 8));
    assert_eq!(row.starts_on, "2027-03-01");
    assert!(matches!(
        programme::cohort_edit(&db, &p.chair, "no-such-cohort", now).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn the_chair_states_a_directly_invited_coachs_expertise() {
    use shared::partnership::CoachExpertiseForm;
    let db = fresh_db().await;
    let p = pair(&db, "c2").await;
    let form = CoachExpertiseForm {
        cohort_id: p.cohort.id,
        coach_id: p.coach.id,
        collections: "on".into(),
        training: "on".into(),
        ..Default::default()
    };
    use app::features::matching::service as matching;
    assert!(matches!(
        matching::set_coach_expertise(&db, &p.coach, &form).await,
        Err(ServiceError::Forbidden)
    ));
    let nowhere = CoachExpertiseForm {
        coach_id: p.partner.id,
        ..form.clone()
    };
    assert!(matches!(
        matching::set_coach_expertise(&db, &p.chair, &nowhere).await,
        Err(ServiceError::NotFound)
    ));
    matching::set_coach_expertise(&db, &p.chair, &form)
        .await
        .unwrap();
    let view = matching::matching_view(&db, &p.chair, Some(&p.cohort.slug))
        .await
        .unwrap();
    let coach = view.coaches.iter().find(|c| c.id == p.coach.id).unwrap();
    assert_eq!(coach.expertise_codes, vec!["collections", "training"]);
    assert_eq!(
        coach.expertise,
        vec![
            "Collections and information access",
            "Human resources and training"
        ]
    );
}
