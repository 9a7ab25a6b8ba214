//! Co-shared stories. Only a journal entry's author turns it into a story, from their own
//! partnership; the story is a copy, so the entry stays with the pair. The other member is told
//! in the same transaction. An anonymous story shows its author to nobody but the programme team
//! and the author. The author withdraws a story (it is deleted); the team hides one (it says so).

use super::{cohort_names, day_of, member, team_only};
use crate::entities::{cohort, community_story, journal_entry, person};
use crate::features::partnership::service::{notify, pair_only};
use crate::server::ServiceError;
use crate::server::search::{self, Kind};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::partnership::{JournalKind, Side};
use shared::story::{StoriesPage, StoryDraft, StoryForm, StoryKind, StoryView, shown_author};
use std::collections::HashMap;

/// The entry, if the caller wrote it in this partnership (else `NotFound` or `Forbidden`).
async fn own_entry(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    partnership_id: i64,
    entry_id: i64,
) -> Result<
    (
        crate::entities::partnership::Model,
        Side,
        journal_entry::Model,
    ),
    ServiceError,
> {
    let (p, side) = pair_only(db, caller, partnership_id).await?;
    let e = journal_entry::Entity::find_by_id(entry_id)
        .filter(journal_entry::Column::PartnershipId.eq(p.id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if e.author_id != caller.id {
        return Err(ServiceError::Forbidden);
    }
    Ok((p, side, e))
}

fn other_of(p: &crate::entities::partnership::Model, side: Side) -> i64 {
    match side {
        Side::Coach => p.partner_id,
        Side::Partner => p.coach_id,
    }
}

async fn cohort_name(db: &impl ConnectionTrait, id: Option<i64>) -> Result<String, ServiceError> {
    let Some(id) = id else {
        return Ok(String::new());
    };
    Ok(cohort::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|c| c.name)
        .unwrap_or_default())
}

/// The share page of one of the caller's entries: the form filled from the entry, or the
/// story it already became.
pub async fn draft(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    partnership_id: i64,
    entry_id: i64,
) -> Result<StoryDraft, ServiceError> {
    let (p, side, e) = own_entry(db, caller, partnership_id, entry_id).await?;
    let other = person::Entity::find_by_id(other_of(&p, side))
        .one(db)
        .await?
        .map(|o| o.display_name)
        .unwrap_or_default();
    let shared_as = community_story::Entity::find()
        .filter(community_story::Column::JournalEntryId.eq(e.id))
        .one(db)
        .await?
        .map(|s| s.id);
    let kind = JournalKind::from_code(&e.kind).unwrap_or(JournalKind::Note);
    Ok(StoryDraft {
        form: StoryForm::from_entry(p.id, e.id, kind, &e.body),
        other_name: other,
        area_code: p.objective_area.clone(),
        cohort: cohort_name(db, Some(p.cohort_id)).await?,
        shared_as,
    })
}

/// Shares the entry as a story and tells the other member. An entry becomes one story: a
/// resend (or a second try) answers with the first.
pub async fn share(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &StoryForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side, e) = own_entry(&txn, caller, form.partnership_id, form.entry_id).await?;
    if let Some(s) = community_story::Entity::find()
        .filter(community_story::Column::JournalEntryId.eq(e.id))
        .one(&txn)
        .await?
    {
        return Ok(s.id);
    }
    let new = form.validate()?;
    let at = now.as_millisecond();
    let story = community_story::ActiveModel {
        partnership_id: Set(Some(p.id)),
        journal_entry_id: Set(Some(e.id)),
        author_id: Set(Some(caller.id)),
        kind: Set(new.kind.code().to_owned()),
        title: Set(new.title.clone()),
        body: Set(new.body),
        anonymous: Set(new.anonymous),
        objective_area: Set(p.objective_area.clone()),
        cohort_id: Set(Some(p.cohort_id)),
        created_at: Set(at),
        updated_at: Set(at),
        hidden_at: Set(None),
        hidden_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    search::put(&txn, Kind::Story, story.id, &story.title, &story.body).await?;
    let other = other_of(&p, side);
    let style = crate::features::auth::service::style_of(&txn, other).await?;
    let body = shared::i18n::tr(
        style.lang,
        if new.anonymous {
            "story-shared-notice-anonymous"
        } else {
            "story-shared-notice"
        },
        &[
            ("who", caller.display_name.clone().into()),
            ("title", new.title.into()),
        ],
    );
    notify(
        &txn,
        other,
        shared::mail::MailKind::Partnership,
        &body,
        &format!("/community/stories#story-{}", story.id),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(story.id)
}

/// Every story, newest first, as the caller may read it.
pub async fn stories(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<StoriesPage, ServiceError> {
    member(caller)?;
    let team = caller.on_team();
    let rows = community_story::Entity::find()
        .order_by_desc(community_story::Column::CreatedAt)
        .order_by_desc(community_story::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(rows.iter().filter_map(|s| s.author_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect();
    let cohorts = cohort_names(db).await?;
    let stories = rows
        .into_iter()
        .map(|s| {
            let mine = s.author_id == Some(caller.id);
            let hidden = s.hidden_at.is_some();
            let name = s
                .author_id
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_default();
            StoryView {
                id: s.id,
                kind: StoryKind::from_code(&s.kind).unwrap_or(StoryKind::Success),
                title: if hidden && !team && !mine {
                    String::new()
                } else {
                    s.title
                },
                body: if hidden && !team && !mine {
                    String::new()
                } else {
                    s.body
                },
                author: if hidden && !team && !mine {
                    None
                } else {
                    shown_author(&name, s.anonymous, team, mine).filter(|n| !n.is_empty())
                },
                anonymous: s.anonymous,
                area_code: s.objective_area,
                cohort: s
                    .cohort_id
                    .and_then(|id| cohorts.get(&id).cloned())
                    .unwrap_or_default(),
                shared_on: day_of(s.created_at, &caller.time_zone),
                mine,
                hidden,
            }
        })
        .collect();
    Ok(StoriesPage {
        stories,
        can_moderate: team,
    })
}

/// The author takes their story back: it is deleted (the journal entry stays with the pair).
pub async fn withdraw(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
) -> Result<(), ServiceError> {
    member(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let s = community_story::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if s.author_id != Some(caller.id) {
        return Err(ServiceError::Forbidden);
    }
    community_story::Entity::delete_by_id(id).exec(&txn).await?;
    search::remove(&txn, Kind::Story, id).await?;
    txn.commit().await?;
    Ok(())
}

/// The programme team hides a story (readers see that it was hidden) or shows it again.
pub async fn hide(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    hidden: bool,
    now: Timestamp,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let s = community_story::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if hidden {
        search::remove(&txn, Kind::Story, s.id).await?;
    } else {
        search::put(&txn, Kind::Story, s.id, &s.title, &s.body).await?;
    }
    community_story::ActiveModel {
        id: Set(s.id),
        hidden_at: Set(hidden.then_some(now.as_millisecond())),
        hidden_by: Set(hidden.then_some(caller.id)),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}
