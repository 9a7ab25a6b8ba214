//! Discussions. Members read every space and write in it; `@name` mentions tell the people
//! named (in the same transaction as the post); an author edits their post within the hour;
//! the programme team hides a post or locks a thread. Every change rewrites the post's
//! searchable text (a hidden post leaves search) and tells the thread's live readers.

use super::{member, team_only};
use crate::entities::{discussion_post, discussion_thread, person, person_role};
use crate::features::partnership::service::notify;
use crate::server::events::{self, Event};
use crate::server::search::{self, Kind};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::discussion::{
    DiscussionsPage, EditForm, PostView, ReplyForm, Space, ThreadForm, ThreadPage, ThreadSummary,
    editable,
};
use shared::errors::Message;
use shared::mail::MailKind;
use shared::markup;
use std::collections::HashMap;

/// Most threads a list shows.
const LIST_MAX: u64 = 100;

fn when(ms: i64, caller: &CurrentUser) -> String {
    let tz = jiff::tz::TimeZone::get(&caller.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    shared::time::format_local_in(crate::i18n::style(), shared::time::from_millis(ms), &tz)
}

async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, ServiceError> {
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect())
}

/// The threads of one space (or every space), most recently written to first.
pub async fn discussions_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    space: &str,
) -> Result<DiscussionsPage, ServiceError> {
    member(caller)?;
    let space = Space::from_code(space.trim());
    let mut q = discussion_thread::Entity::find();
    if let Some(s) = space {
        q = q.filter(discussion_thread::Column::Space.eq(s.code()));
    }
    let threads = q
        .order_by_desc(discussion_thread::Column::LastPostAt)
        .limit(LIST_MAX)
        .all(db)
        .await?;
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for (thread, n) in discussion_post::Entity::find()
        .select_only()
        .column(discussion_post::Column::ThreadId)
        .column_as(discussion_post::Column::Id.count(), "n")
        .filter(discussion_post::Column::ThreadId.is_in(threads.iter().map(|t| t.id)))
        .group_by(discussion_post::Column::ThreadId)
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
    {
        counts.insert(thread, usize::try_from(n).unwrap_or(0));
    }
    let who = names(db, threads.iter().filter_map(|t| t.author_id)).await?;
    Ok(DiscussionsPage {
        space,
        threads: threads
            .into_iter()
            .map(|t| ThreadSummary {
                id: t.id,
                space: Space::from_code(&t.space).unwrap_or(Space::General),
                author: t
                    .author_id
                    .and_then(|a| who.get(&a).cloned())
                    .unwrap_or_default(),
                replies: counts.get(&t.id).copied().unwrap_or(1).saturating_sub(1),
                last_at: when(t.last_post_at, caller),
                locked: t.locked_at.is_some(),
                title: t.title,
            })
            .collect(),
    })
}

async fn thread_row(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<discussion_thread::Model, ServiceError> {
    discussion_thread::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// A thread and its posts, oldest first, as the caller may read them.
pub async fn thread_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<ThreadPage, ServiceError> {
    member(caller)?;
    let t = thread_row(db, id).await?;
    let posts = discussion_post::Entity::find()
        .filter(discussion_post::Column::ThreadId.eq(t.id))
        .order_by_asc(discussion_post::Column::Id)
        .all(db)
        .await?;
    let who = names(db, posts.iter().filter_map(|p| p.author_id)).await?;
    let team = caller.on_team();
    let now = now.as_millisecond();
    Ok(ThreadPage {
        id: t.id,
        space: Space::from_code(&t.space).unwrap_or(Space::General),
        locked: t.locked_at.is_some(),
        can_moderate: team,
        posts: posts
            .into_iter()
            .map(|p| {
                let mine = p.author_id == Some(caller.id);
                let hidden = p.hidden_at.is_some();
                PostView {
                    id: p.id,
                    author: p
                        .author_id
                        .and_then(|a| who.get(&a).cloned())
                        .unwrap_or_default(),
                    at: when(p.created_at, caller),
                    blocks: if hidden && !team && !mine {
                        Vec::new()
                    } else {
                        markup::parse(&p.body)
                    },
                    hidden,
                    edited: p.edited_at.is_some(),
                    mine,
                    editable: (mine && !hidden && editable(p.created_at, now))
                        .then(|| p.body.clone()),
                }
            })
            .collect(),
        title: t.title,
    })
}

/// The members' names, for mentions.
async fn members(db: &impl ConnectionTrait) -> Result<Vec<(i64, String)>, ServiceError> {
    let ids: Vec<i64> = person_role::Entity::find()
        .filter(person_role::Column::Role.is_in(Role::ALL.iter().map(|r| r.code())))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect();
    Ok(names(db, ids).await?.into_iter().collect())
}

/// Writes a post's searchable text (the thread's title and the text without its marks).
async fn index(
    db: &impl ConnectionTrait,
    title: &str,
    post: &discussion_post::Model,
) -> Result<(), ServiceError> {
    let text = markup::plain(&markup::parse(&post.body));
    search::put(db, Kind::Post, post.id, title, &text).await?;
    Ok(())
}

/// Tells each member the post mentions (but its author) where it is.
async fn tell_mentioned(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    thread: &discussion_thread::Model,
    post: &discussion_post::Model,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let named = markup::mentions(&post.body, &members(db).await?);
    for person in named.into_iter().filter(|p| *p != caller.id) {
        let style = crate::features::auth::service::style_of(db, person).await?;
        let body = shared::i18n::tr(
            style.lang,
            "discussion-mentioned",
            &[
                ("who", caller.display_name.clone().into()),
                ("title", thread.title.clone().into()),
            ],
        );
        notify(
            db,
            person,
            MailKind::Partnership,
            &body,
            &format!("/community/discussions/{}#post-{}", thread.id, post.id),
            now,
        )
        .await?;
    }
    Ok(())
}

async fn insert_post(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    thread: &discussion_thread::Model,
    text: String,
    now: Timestamp,
) -> Result<discussion_post::Model, ServiceError> {
    let post = discussion_post::ActiveModel {
        thread_id: Set(thread.id),
        author_id: Set(Some(caller.id)),
        body: Set(text),
        created_at: Set(now.as_millisecond()),
        edited_at: Set(None),
        hidden_at: Set(None),
        hidden_by: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    index(db, &thread.title, &post).await?;
    tell_mentioned(db, caller, thread, &post, now).await?;
    Ok(post)
}

/// A member starts a thread with its first post. A resend answers with the first thread.
pub async fn start(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ThreadForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    member(caller)?;
    let (space, title, text) = form.validate()?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let at = now.as_millisecond();
    let thread = discussion_thread::ActiveModel {
        space: Set(space.code().to_owned()),
        title: Set(title),
        author_id: Set(Some(caller.id)),
        created_at: Set(at),
        last_post_at: Set(at),
        locked_at: Set(None),
        locked_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    insert_post(&txn, caller, &thread, text, now).await?;
    receipts::keep(&txn, caller.id, key, thread.id, now).await?;
    events::commit(txn, Event::thread(thread.id)).await?;
    Ok(thread.id)
}

/// A member replies to an open thread. A resend answers with the first reply.
pub async fn reply(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ReplyForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    member(caller)?;
    let text = form.validate()?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let thread = thread_row(&txn, form.thread_id).await?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    if thread.locked_at.is_some() {
        return Err(ServiceError::Conflict(Message::key(
            "discussion-locked-reply",
            &[],
        )));
    }
    let post = insert_post(&txn, caller, &thread, text, now).await?;
    discussion_thread::ActiveModel {
        id: Set(thread.id),
        last_post_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    receipts::keep(&txn, caller.id, key, post.id, now).await?;
    events::commit(txn, Event::thread(thread.id)).await?;
    Ok(post.id)
}

/// The author changes their post within the hour (not once hidden, nor in a locked thread).
/// Answers the thread's id.
pub async fn edit(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &EditForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    member(caller)?;
    let text = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let post = discussion_post::Entity::find_by_id(form.post_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if post.author_id != Some(caller.id) {
        return Err(ServiceError::Forbidden);
    }
    let thread = thread_row(&txn, post.thread_id).await?;
    if post.hidden_at.is_some()
        || thread.locked_at.is_some()
        || !editable(post.created_at, now.as_millisecond())
    {
        return Err(ServiceError::Conflict(Message::key(
            "discussion-edit-late",
            &[],
        )));
    }
    let post = discussion_post::ActiveModel {
        id: Set(post.id),
        body: Set(text),
        edited_at: Set(Some(now.as_millisecond())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    index(&txn, &thread.title, &post).await?;
    events::commit(txn, Event::thread(thread.id)).await?;
    Ok(thread.id)
}

/// The programme team hides a post (readers see that it was hidden; it leaves search) or shows
/// it again. Answers the thread's id.
pub async fn hide(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    post_id: i64,
    hidden: bool,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    team_only(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let post = discussion_post::Entity::find_by_id(post_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let thread = thread_row(&txn, post.thread_id).await?;
    let post = discussion_post::ActiveModel {
        id: Set(post.id),
        hidden_at: Set(hidden.then_some(now.as_millisecond())),
        hidden_by: Set(hidden.then_some(caller.id)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    if hidden {
        search::remove(&txn, Kind::Post, post.id).await?;
    } else {
        index(&txn, &thread.title, &post).await?;
    }
    events::commit(txn, Event::thread(thread.id)).await?;
    Ok(thread.id)
}

/// The programme team locks a thread (no more replies or edits) or opens it again.
pub async fn lock(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    thread_id: i64,
    locked: bool,
    now: Timestamp,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let t = thread_row(db, thread_id).await?;
    discussion_thread::ActiveModel {
        id: Set(t.id),
        locked_at: Set(locked.then_some(now.as_millisecond())),
        locked_by: Set(locked.then_some(caller.id)),
        ..Default::default()
    }
    .update(db)
    .await?;
    events::announce(db, Event::thread(t.id)).await?;
    Ok(())
}
