//! Who sees and changes what in a workspace; an accepted applicant joining a cohort.

use crate::common::pairs::*;
use crate::common::{fresh_db, person};
use crate::goals::goal;
use app::entities::person;
use app::features::matching::service as matching;
use app::features::partnership::overview;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use shared::Role;
use shared::partnership::*;

#[tokio::test]
async fn each_person_sees_and_changes_only_what_is_theirs() {
    let db = fresh_db().await;
    let p = pair(&db, "c").await;
    let other = pair(&db, "d").await;
    let now = Timestamp::now();
    let g = ws::save_goal(
        &db,
        &p.partner,
        &goal(p.id, 0, "Discovery page", "", ""),
        now,
    )
    .await
    .unwrap();
    // Another pair's coach and partner: as if it did not exist.
    for stranger in [&other.coach, &other.partner] {
        assert!(matches!(
            overview::overview(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::journal(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::goal_detail(&db, stranger, p.id, g, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::save_goal(&db, stranger, &goal(p.id, 0, "Mine now", "", ""), now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::resources(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::introductions(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(
            overview::list(&db, stranger, now)
                .await
                .unwrap()
                .iter()
                .all(|f| f.head.id != p.id)
        );
    }
    // A goal of another partnership cannot be reached through one's own.
    assert!(matches!(
        ws::goal_detail(&db, &other.coach, other.id, g, now).await,
        Err(ServiceError::NotFound)
    ));
    // The chair: figures, not the workspace.
    assert!(matches!(
        overview::overview(&db, &p.chair, p.id, now).await,
        Ok(PartnershipPage::Team(_))
    ));
    assert!(matches!(
        ws::journal(&db, &p.chair, p.id, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::goal_detail(&db, &p.chair, p.id, g, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::save_goal(&db, &p.chair, &goal(p.id, g, "Chair edit", "", ""), now).await,
        Err(ServiceError::Forbidden)
    ));
    // The pair: their workspace.
    assert!(matches!(
        overview::overview(&db, &p.coach, p.id, now).await,
        Ok(PartnershipPage::Pair(_))
    ));
    assert!(matches!(
        overview::overview(&db, &p.partner, p.id, now).await,
        Ok(PartnershipPage::Pair(_))
    ));
    // Resources and introductions are the coach's to record.
    let resource = ResourceForm {
        request_key: crate::common::key(),
        partnership_id: p.id,
        title: "Guide".into(),
        url: "https://example.org/guide".into(),
        note: String::new(),
        area: "collections".into(),
    };
    assert!(matches!(
        ws::add_resource(&db, &p.partner, &resource, now).await,
        Err(ServiceError::Conflict(_))
    ));
    ws::add_resource(&db, &p.coach, &resource, now)
        .await
        .unwrap();
    let bad = ResourceForm {
        request_key: crate::common::key(),
        url: "javascript:alert(1)".into(),
        ..resource
    };
    assert!(matches!(
        ws::add_resource(&db, &p.coach, &bad, now).await,
        Err(ServiceError::Validation(_))
    ));
    assert_eq!(
        ws::resources(&db, &p.partner, p.id, now)
            .await
            .unwrap()
            .resources
            .len(),
        1
    );
    // Notifications are their owner's.
    let n = ws::unread_notifications(&db, &p.partner).await.unwrap()[0].id;
    assert!(matches!(
        ws::dismiss_notification(&db, &p.coach, n, now).await,
        Err(ServiceError::NotFound)
    ));
    ws::dismiss_notification(&db, &p.partner, n, now)
        .await
        .unwrap();
}

#[tokio::test]
async fn an_accepted_applicant_joins_the_cohort_with_their_expertise() {
    let db = fresh_db().await;
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let coach = person(&db, "applicant@lib.fi", Role::Coach).await;
    // As the review does when it accepts someone who already has an account.
    app::entities::application::ActiveModel {
        cohort_id: Set(cohort.id),
        token_hash: Set("x".into()),
        email: Set("applicant@lib.fi".into()),
        name: Set("Elena".into()),
        position: Set("Director".into()),
        institution: Set("Lakeland".into()),
        country: Set("Finland".into()),
        time_zone: Set("Europe/Helsinki".into()),
        languages: Set("[\"English\"]".into()),
        years_leading: Set(Some(10)),
        expertise: Set("[\"facilities\"]".into()),
        expertise_other: Set(String::new()),
        statement: Set("s".into()),
        consent: Set(true),
        status: Set("accepted".into()),
        created_at: Set(0),
        updated_at: Set(0),
        submitted_at: Set(Some(0)),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let model = person::Entity::find_by_id(coach.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    matching::enrol_accepted(&db, &model, Timestamp::now())
        .await
        .unwrap();
    matching::enrol_accepted(&db, &model, Timestamp::now())
        .await
        .unwrap();
    let v = matching::matching_view(&db, &chair, Some(&cohort.slug))
        .await
        .unwrap();
    assert_eq!(v.coaches.len(), 1, "enrolled once");
    assert_eq!(v.coaches[0].expertise, ["Library facilities and spaces"]);
}
