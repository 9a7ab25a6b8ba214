//! Synthetic community content for benchmarks (`tandem seed-community`): library items and
//! discussion posts made of words drawn from a fixed vocabulary (a few common library words,
//! many rarer ones), indexed for search as the services index them, and one thread with many
//! replies. Authors are left empty (shown as a former participant); nothing here can sign in.

use crate::entities::{discussion_post, discussion_thread, library_item, search_doc};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// Words that come up often, as they would in a library community.
const COMMON: [&str; 12] = [
    "library",
    "reading",
    "catalogue",
    "budget",
    "staff",
    "training",
    "space",
    "digital",
    "archive",
    "students",
    "collection",
    "services",
];
const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ne", "pa", "ro", "su", "ti", "va", "ze", "bo", "cu", "da", "fe", "gi", "ha",
];

/// What was made, and the thread with many replies.
pub struct Seeded {
    pub items: usize,
    pub posts: usize,
    pub thread: i64,
}

/// A small, repeatable random sequence (the same data on every run).
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn word(&mut self) -> String {
        if self.next().is_multiple_of(4) {
            return COMMON[(self.next() % COMMON.len() as u64) as usize].to_owned();
        }
        // 16^3 = 4,096 rarer words.
        (0..3)
            .map(|_| SYLLABLES[(self.next() % SYLLABLES.len() as u64) as usize])
            .collect()
    }

    fn words(&mut self, n: usize) -> String {
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }
}

/// Adds `items` library items and `posts` posts (threads of 25), plus one thread of `replies`
/// replies, in one transaction.
pub async fn seed_community(
    db: &DatabaseConnection,
    items: usize,
    posts: usize,
    replies: usize,
    now: Timestamp,
) -> Result<Seeded, ServiceError> {
    let mut draw = Draw(20_261_203);
    let at = now.as_millisecond();
    let txn = crate::server::db::begin_write(db).await?;
    let areas = ["facilities", "collections", "advocacy", "training"];
    for i in 0..items {
        let title = draw.words(5);
        let summary = draw.words(40);
        let item = library_item::ActiveModel {
            title: Set(title.clone()),
            summary: Set(summary.clone()),
            url: Set(Some(format!("https://example.org/load/{i}"))),
            areas: Set(format!(",{},", areas[i % 4])),
            tags: Set(format!(",{},", draw.word())),
            file_name: Set(None),
            file_kind: Set(None),
            file_size: Set(None),
            added_by: Set(None),
            shared_from: Set(None),
            featured_at: Set(None),
            created_at: Set(at - i as i64),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        doc(&txn, "library", item.id, &title, &summary).await?;
    }
    let mut made = 0;
    let mut big = 0;
    let mut sizes: Vec<usize> = vec![replies + 1];
    while sizes.iter().sum::<usize>() < posts + replies + 1 {
        sizes.push(25);
    }
    for (n, size) in sizes.into_iter().enumerate() {
        let title = draw.words(6);
        let thread = discussion_thread::ActiveModel {
            space: Set([
                "general",
                "facilities",
                "collections",
                "advocacy",
                "training",
            ][n % 5]
                .to_owned()),
            title: Set(title.clone()),
            author_id: Set(None),
            created_at: Set(at - 1_000_000),
            last_post_at: Set(at - n as i64),
            locked_at: Set(None),
            locked_by: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if n == 0 {
            big = thread.id;
        }
        for k in 0..size {
            let body = format!(
                "{}\n\n- {}\n- {}",
                draw.words(30),
                draw.words(6),
                draw.words(6)
            );
            let post = discussion_post::ActiveModel {
                thread_id: Set(thread.id),
                author_id: Set(None),
                body: Set(body.clone()),
                created_at: Set(at - 1_000_000 + k as i64),
                edited_at: Set(None),
                hidden_at: Set(None),
                hidden_by: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            doc(&txn, "post", post.id, &title, &body).await?;
            made += 1;
        }
    }
    txn.commit().await?;
    Ok(Seeded {
        items,
        posts: made,
        thread: big,
    })
}

async fn doc(
    txn: &impl sea_orm::ConnectionTrait,
    kind: &str,
    ref_id: i64,
    title: &str,
    body: &str,
) -> Result<(), ServiceError> {
    search_doc::ActiveModel {
        kind: Set(kind.to_owned()),
        ref_id: Set(ref_id),
        title: Set(title.to_owned()),
        body: Set(body.to_owned()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}
