//! The community against a real SQLite database: who may see it, and what each part shows of
//! whom.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod announcements;
mod directory;
mod discussions;
mod events;
mod experts;
mod library;
mod search;
mod stories;

/// A journal entry the pair's partner writes (kept private unless a story is made of it).
async fn partner_entry(
    db: &sea_orm::DatabaseConnection,
    p: &common::pairs::Pair,
    kind: &str,
    body: &str,
) -> i64 {
    app::features::partnership::service::add_journal_entry(
        db,
        &p.partner,
        &shared::partnership::JournalForm {
            partnership_id: p.id,
            kind: kind.into(),
            body: body.into(),
            share: String::new(),
            request_key: common::key(),
        },
        jiff::Timestamp::now(),
    )
    .await
    .unwrap()
}
