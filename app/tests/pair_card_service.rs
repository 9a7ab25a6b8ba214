//! What each member of a pair shows the other, against a real SQLite database: the coach sees
//! the partner's library and how they can meet, the partner sees the coach's institution and
//! expertise; each sees only the contact details the other chose to share; the chair has no
//! card; a number that cannot be called is refused next to its field.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::partnership::overview::overview;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use common::fresh_db;
use common::pairs::pair;
use jiff::Timestamp;
use shared::pair_card::{PairCardForm, Share};
use shared::partnership::PartnershipPage;
use shared::partnership::Side;

async fn seen_by(
    db: &sea_orm::DatabaseConnection,
    who: &shared::account::CurrentUser,
    id: i64,
) -> shared::pair_card::OtherMember {
    match overview(db, who, id, Timestamp::now()).await.unwrap() {
        PartnershipPage::Pair(w) => w.other.unwrap(),
        PartnershipPage::Team(_) => panic!("a member sees the workspace"),
    }
}

#[tokio::test]
async fn each_member_sees_what_the_other_shares() {
    let db = fresh_db().await;
    let p = pair(&db, "card1").await;
    let now = Timestamp::now();

    // Before anyone chooses: the email alone.
    let partner_seen = seen_by(&db, &p.coach, p.id).await;
    assert_eq!(partner_seen.side, Side::Partner);
    assert_eq!(partner_seen.contacts.len(), 1);
    assert_eq!(partner_seen.contacts[0].kind, Share::Email);
    let facts: Vec<&str> = partner_seen.facts.iter().map(|(l, _)| l.as_str()).collect();
    assert!(
        facts.contains(&"fact-library") && facts.contains(&"fact-meet"),
        "{facts:?}"
    );

    // A number to share must be there and callable.
    let bad = PairCardForm {
        phone: "call me".into(),
        show_whatsapp: "on".into(),
        ..Default::default()
    };
    match ws::save_pair_card(&db, &p.partner, &bad, now).await {
        Err(ServiceError::Validation(e)) => {
            assert!(e.first("phone").is_some() && e.first("whatsapp").is_some());
        }
        other => panic!("{other:?}"),
    }
    ws::save_pair_card(
        &db,
        &p.partner,
        &PairCardForm {
            introduction: "Director since 2019; <b>new</b> to coaching.".into(),
            phone: "+855 12 345 678".into(),
            whatsapp: "+855 98 765 432".into(),
            show_whatsapp: "on".into(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let partner_seen = seen_by(&db, &p.coach, p.id).await;
    // Only WhatsApp: neither the unshared phone nor the email.
    assert_eq!(partner_seen.contacts.len(), 1);
    assert_eq!(partner_seen.contacts[0].href, "https://wa.me/85598765432");
    assert!(!format!("{partner_seen:?}").contains("345 678"));
    assert_eq!(
        partner_seen.introduction,
        "Director since 2019; <b>new</b> to coaching."
    );

    ws::save_pair_card(
        &db,
        &p.coach,
        &PairCardForm {
            institution: "Leipzig University Library".into(),
            show_email: "on".into(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let coach_seen = seen_by(&db, &p.partner, p.id).await;
    assert_eq!(coach_seen.side, Side::Coach);
    assert!(coach_seen.facts.contains(&(
        "fact-institution".into(),
        "Leipzig University Library".into()
    )));
    assert!(
        coach_seen
            .facts
            .iter()
            .any(|(l, v)| l == "fact-expertise" && v.text().contains("ollections")),
        "{:?}",
        coach_seen.facts
    );
    let mine = ws::pair_card_page(&db, &p.coach).await.unwrap();
    assert_eq!(mine.form.show_email, "on");
    assert!(mine.is_coach);

    // The chair keeps no card; another pair's members do not see this one.
    assert!(matches!(
        ws::pair_card_page(&db, &p.chair).await,
        Err(ServiceError::Forbidden)
    ));
    let other = pair(&db, "card2").await;
    assert!(matches!(
        overview(&db, &other.coach, p.id, now).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn a_session_follows_how_the_partner_can_meet() {
    use shared::schedule::ProposalForm;
    let db = fresh_db().await;
    let p = pair(&db, "card3").await;
    // The partner's connection is audio only now.
    app::features::intake::service::save(
        &db,
        &p.partner,
        &shared::intake::IntakeForm {
            library: "Mekong Institute of Technology Library".into(),
            position: "Director".into(),
            city: "Phnom Penh".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: "Khmer, English".into(),
            connectivity: "audio".into(),
            preferred_times: "Mornings".into(),
            objective_area: "collections".into(),
            need: "unchanged once matched".into(),
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    let proposal = |medium: &str| ProposalForm {
        partnership_id: p.id,
        time_1: "2027-04-20T09:00".into(),
        medium: medium.into(),
        link: "https://meet.example.org/tandem-abc".into(),
        duration: "60".into(),
        request_key: common::key(),
        ..Default::default()
    };
    let now: Timestamp = "2027-04-01T00:00:00Z".parse().unwrap();
    match app::features::sessions::service::propose(&db, &p.coach, &proposal("video"), now).await {
        Err(ServiceError::Validation(e)) => {
            assert!(e.first("medium").unwrap().contains("Audio only"), "{e:?}")
        }
        other => panic!("{other:?}"),
    }
    app::features::sessions::service::propose(&db, &p.coach, &proposal("voice"), now)
        .await
        .unwrap();
}
