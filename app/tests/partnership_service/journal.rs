//! The journal: private to the pair unless its author shares, long histories still read.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::partnership::overview;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{EntityTrait, Set};
use shared::partnership::*;

#[tokio::test]
async fn journal_entries_stay_with_the_pair_unless_their_author_shares_them() {
    let db = fresh_db().await;
    let p = pair(&db, "e").await;
    let now = Timestamp::now();
    let entry = |body: &str, share: &str| JournalForm {
        request_key: crate::common::key(),
        partnership_id: p.id,
        kind: "difficulty".into(),
        body: body.into(),
        share: share.into(),
    };
    let private = ws::add_journal_entry(
        &db,
        &p.partner,
        &entry("The budget was cut by half", ""),
        now,
    )
    .await
    .unwrap();
    ws::add_journal_entry(
        &db,
        &p.coach,
        &entry("The rector agreed to training time", "on"),
        now,
    )
    .await
    .unwrap();
    let both = ws::journal(&db, &p.coach, p.id, now).await.unwrap();
    assert_eq!(both.entries.len(), 2, "the pair sees every entry");
    let team = match overview::overview(&db, &p.chair, p.id, now).await.unwrap() {
        PartnershipPage::Team(t) => t,
        PartnershipPage::Pair(_) => panic!("the chair is not in the pair"),
    };
    let bodies: Vec<&str> = team
        .shared_entries
        .iter()
        .map(|e| e.body.as_str())
        .collect();
    assert_eq!(bodies, ["The rector agreed to training time"]);
    // Only the author shares an entry.
    let share = ShareForm {
        partnership_id: p.id,
        entry_id: private,
        share: "on".into(),
    };
    assert!(matches!(
        ws::share_entry(&db, &p.coach, &share, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::share_entry(&db, &p.chair, &share, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(ws::share_entry(&db, &p.partner, &share, now).await.unwrap());
    let team = match overview::overview(&db, &p.chair, p.id, now).await.unwrap() {
        PartnershipPage::Team(t) => t,
        PartnershipPage::Pair(_) => unreachable!(),
    };
    assert_eq!(team.shared_entries.len(), 2);
}

/// A long history: more rows than SQLite takes variables in one statement (32,766).
#[tokio::test]
async fn a_journal_longer_than_sqlites_variable_limit_still_reads() {
    use app::entities::journal_entry;
    let db = fresh_db().await;
    let p = pair(&db, "long").await;
    let now = Timestamp::now().as_millisecond();
    for chunk in 0..34 {
        let rows = (0..1_000).map(|i| journal_entry::ActiveModel {
            partnership_id: Set(p.id),
            author_id: Set(if i % 2 == 0 { p.coach.id } else { p.partner.id }),
            kind: Set("note".into()),
            body: Set(format!("entry {chunk}-{i}")),
            shared_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        });
        journal_entry::Entity::insert_many(rows)
            .exec(&db)
            .await
            .unwrap();
    }
    let view = ws::journal(&db, &p.coach, p.id, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(view.entries.len(), 34_000);
    assert!(view.entries.iter().all(|e| !e.author.is_empty()));
}
