//! Partner intake against a real SQLite database: only partners, one objective, all or nothing.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::auth::service::load_user;
use app::features::intake::service as intake;
use app::server::ServiceError;
use common::{fresh_db, person};
use jiff::Timestamp;
use shared::Role;
use shared::intake::IntakeForm;

fn form() -> IntakeForm {
    IntakeForm {
        library: "Battambang Teachers College Library".into(),
        position: "Head Librarian".into(),
        city: "Battambang".into(),
        time_zone: "Asia/Phnom_Penh".into(),
        languages: "Khmer".into(),
        connectivity: "phone".into(),
        preferred_times: "Afternoons after 14:00".into(),
        objective_area: "facilities".into(),
        need: "Our reading room floods each rainy season and we need a plan to protect the collection.".into(),
    }
}

#[tokio::test]
async fn a_partner_saves_one_objective_and_sees_it() {
    let db = fresh_db().await;
    let partner = person(&db, "vanna@btc.edu.kh", Role::Partner).await;
    let empty = intake::intake(&db, &partner).await.unwrap();
    assert!(!empty.complete);
    assert_eq!(empty.form.time_zone, "Asia/Phnom_Penh");
    intake::save(&db, &partner, &form(), Timestamp::now())
        .await
        .unwrap();
    let partner = load_user(&db, partner.id).await.unwrap();
    let saved = intake::intake(&db, &partner).await.unwrap();
    assert!(saved.complete);
    assert_eq!(
        saved.objective_title.as_deref(),
        Some("Library facilities and spaces")
    );
    assert_eq!(saved.form.connectivity, "phone");
    // Choosing again replaces the objective: there is only ever one.
    intake::save(
        &db,
        &partner,
        &IntakeForm {
            objective_area: "collections".into(),
            ..form()
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    assert_eq!(
        intake::intake(&db, &partner)
            .await
            .unwrap()
            .form
            .objective_area,
        "collections"
    );
}

#[tokio::test]
async fn only_partners_have_an_intake_and_bad_zones_change_nothing() {
    let db = fresh_db().await;
    for role in [Role::Coach, Role::Chair] {
        let other = person(&db, &format!("{role}@lib.org"), role).await;
        assert!(matches!(
            intake::intake(&db, &other).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            intake::save(&db, &other, &form(), Timestamp::now()).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let partner = person(&db, "dara@rua.edu.kh", Role::Partner).await;
    let r = intake::save(
        &db,
        &partner,
        &IntakeForm {
            time_zone: "Asia/Atlantis".into(),
            ..form()
        },
        Timestamp::now(),
    )
    .await;
    assert!(
        matches!(r, Err(ServiceError::Validation(ref e)) if e.first("time_zone").is_some()),
        "{r:?}"
    );
    assert!(!intake::intake(&db, &partner).await.unwrap().complete);
}
