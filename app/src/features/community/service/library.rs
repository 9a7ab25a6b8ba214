//! The resource library. Members read it and add to it; the author of a pair's resource shares
//! it here in one step (a copy: the pair's own stays private); the programme team features,
//! edits or removes an item, and an author removes their own. Every change rewrites the item's
//! searchable text in the same transaction; a removed item leaves search with it.

use super::{day_of, member, team_only};
use crate::entities::{library_file, library_item, person, resource};
use crate::features::partnership::service::pair_only;
use crate::server::search::{self, Kind};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use shared::account::CurrentUser;
use shared::library::{
    FileInfo, FileKind, Item, ItemPage, LibraryFilter, LibraryForm, LibraryPage, NewItem, PAGE_SIZE,
};
use shared::programme::ObjectiveArea;
use shared::search::Query;
use std::collections::HashMap;

/// A file that came with the add form, already recognised.
pub struct Upload {
    pub kind: FileKind,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// `,a,b,`: a list stored so that one value is found with `LIKE '%,a,%'`.
fn joined(values: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let mut out = String::from(",");
    for v in values {
        out.push_str(v.as_ref());
        out.push(',');
    }
    out
}

fn split(stored: &str) -> impl Iterator<Item = &str> {
    stored.split(',').filter(|s| !s.is_empty())
}

/// What search reads of an item: its words, its tags, its areas' names and its file's name.
fn searchable(item: &library_item::Model) -> String {
    let areas: Vec<String> = split(&item.areas)
        .map(|a| shared::i18n::t(shared::i18n::Lang::En, &format!("area-{a}")))
        .collect();
    [
        item.summary.as_str(),
        &split(&item.tags).collect::<Vec<_>>().join(" "),
        &areas.join(" "),
        item.file_name.as_deref().unwrap_or(""),
    ]
    .join("\n")
}

async fn index(db: &impl ConnectionTrait, item: &library_item::Model) -> Result<(), ServiceError> {
    search::put(db, Kind::Library, item.id, &item.title, &searchable(item)).await?;
    Ok(())
}

fn view(m: library_item::Model, names: &HashMap<i64, String>, caller: &CurrentUser) -> Item {
    Item {
        id: m.id,
        areas: split(&m.areas)
            .filter_map(ObjectiveArea::from_code)
            .collect(),
        tags: split(&m.tags).map(str::to_owned).collect(),
        added_by: m
            .added_by
            .and_then(|id| names.get(&id).cloned())
            .unwrap_or_default(),
        added_on: day_of(m.created_at, &caller.time_zone),
        featured: m.featured_at.is_some(),
        mine: m.added_by == Some(caller.id),
        file: match (
            m.file_kind.as_deref().and_then(FileKind::from_code),
            m.file_name,
        ) {
            (Some(kind), Some(name)) => Some(FileInfo {
                kind,
                name,
                size_bytes: m.file_size.unwrap_or(0),
            }),
            _ => None,
        },
        title: m.title,
        summary: m.summary,
        url: m.url,
    }
}

async fn authors(
    db: &impl ConnectionTrait,
    rows: &[library_item::Model],
) -> Result<HashMap<i64, String>, ServiceError> {
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(rows.iter().filter_map(|r| r.added_by)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect())
}

/// The library as the filters narrow it: by words (best match first) and by area; without
/// words, featured items first, then the newest.
pub async fn library_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    filter: &LibraryFilter,
) -> Result<LibraryPage, ServiceError> {
    member(caller)?;
    let query = Query::parse(&filter.q);
    let area = ObjectiveArea::from_code(filter.area.trim());
    let total = library_item::Entity::find().count(db).await? as usize;
    let in_area = |q: sea_orm::Select<library_item::Entity>| match area {
        Some(a) => q.filter(library_item::Column::Areas.contains(format!(",{},", a.code()))),
        None => q,
    };
    let (rows, matching) = if query.is_empty() {
        let matching = in_area(library_item::Entity::find()).count(db).await? as usize;
        let rows = in_area(library_item::Entity::find())
            .order_by_desc(library_item::Column::FeaturedAt.is_not_null())
            .order_by_desc(library_item::Column::CreatedAt)
            .order_by_desc(library_item::Column::Id)
            .limit(PAGE_SIZE as u64)
            .all(db)
            .await?;
        (rows, matching)
    } else {
        let ranked = search::find(db, Kind::Library, &query, 1_000).await?;
        let mut rows = in_area(library_item::Entity::find())
            .filter(library_item::Column::Id.is_in(ranked.iter().copied()))
            .all(db)
            .await?;
        let rank: HashMap<i64, usize> = ranked.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        rows.sort_by_key(|r| rank.get(&r.id).copied().unwrap_or(usize::MAX));
        let matching = rows.len();
        rows.truncate(PAGE_SIZE);
        (rows, matching)
    };
    let names = authors(db, &rows).await?;
    Ok(LibraryPage {
        items: rows.into_iter().map(|m| view(m, &names, caller)).collect(),
        matching,
        total,
        can_moderate: caller.on_team(),
    })
}

async fn item_row(db: &impl ConnectionTrait, id: i64) -> Result<library_item::Model, ServiceError> {
    library_item::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// One item; for the team, the edit form filled from it.
pub async fn item_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<ItemPage, ServiceError> {
    member(caller)?;
    let row = item_row(db, id).await?;
    let names = authors(db, std::slice::from_ref(&row)).await?;
    let item = view(row, &names, caller);
    Ok(ItemPage {
        form: LibraryForm::of(&item),
        can_moderate: caller.on_team(),
        can_remove: caller.on_team() || item.mine,
        item,
    })
}

async fn insert(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    new: NewItem,
    upload: Option<&Upload>,
    shared_from: Option<i64>,
    now: Timestamp,
) -> Result<library_item::Model, ServiceError> {
    let at = now.as_millisecond();
    let item = library_item::ActiveModel {
        title: Set(new.title),
        summary: Set(new.summary),
        url: Set(new.url),
        areas: Set(joined(new.areas.iter().map(|a| a.code()))),
        tags: Set(joined(&new.tags)),
        file_name: Set(upload.map(|u| u.file_name.chars().take(200).collect())),
        file_kind: Set(upload.map(|u| u.kind.code().to_owned())),
        file_size: Set(upload.map(|u| u.bytes.len() as i64)),
        added_by: Set(Some(caller.id)),
        shared_from: Set(shared_from),
        featured_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if let Some(u) = upload {
        library_file::ActiveModel {
            item_id: Set(item.id),
            content: Set(u.bytes.clone()),
        }
        .insert(db)
        .await?;
    }
    index(db, &item).await?;
    Ok(item)
}

/// A member adds a link or a file. A resend of the same form answers with the first item.
pub async fn add(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &LibraryForm,
    upload: Option<Upload>,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    member(caller)?;
    let new = form.validate(upload.is_some())?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let item = insert(&txn, caller, new, upload.as_ref(), None, now).await?;
    receipts::keep(&txn, caller.id, key, item.id, now).await?;
    txn.commit().await?;
    Ok(item.id)
}

/// The author of a pair's resource shares it with the library in one step: title, link, note
/// and area are copied; nothing else of the pair goes with it. Sharing again finds the first.
pub async fn share_resource(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    resource_id: i64,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, _) = pair_only(&txn, caller, partnership_id).await?;
    let r = resource::Entity::find_by_id(resource_id)
        .filter(resource::Column::PartnershipId.eq(p.id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if r.added_by != caller.id {
        return Err(ServiceError::Forbidden);
    }
    if let Some(item) = library_item::Entity::find()
        .filter(library_item::Column::SharedFrom.eq(r.id))
        .one(&txn)
        .await?
    {
        return Ok(item.id);
    }
    let mut form = LibraryForm {
        title: r.title,
        summary: r.note,
        url: r.url,
        ..Default::default()
    };
    if let Some(b) = form.area_box(&r.area) {
        *b = "on".to_owned();
    }
    let new = form.validate(false)?;
    let item = insert(&txn, caller, new, None, Some(r.id), now).await?;
    txn.commit().await?;
    Ok(item.id)
}

/// The library items shared from a partnership's resources (resource id to item id).
pub async fn shared_resources(
    db: &impl ConnectionTrait,
    resource_ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, i64>, ServiceError> {
    Ok(library_item::Entity::find()
        .filter(library_item::Column::SharedFrom.is_in(resource_ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|i| i.shared_from.map(|r| (r, i.id)))
        .collect())
}

/// The programme team edits an item's words, link, areas and tags (its file stays).
pub async fn edit(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &LibraryForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let row = item_row(&txn, form.id).await?;
    let new = form.validate(row.file_kind.is_some())?;
    let item = library_item::ActiveModel {
        id: Set(row.id),
        title: Set(new.title),
        summary: Set(new.summary),
        url: Set(new.url),
        areas: Set(joined(new.areas.iter().map(|a| a.code()))),
        tags: Set(joined(&new.tags)),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    index(&txn, &item).await?;
    txn.commit().await?;
    Ok(())
}

/// The programme team features an item (first in the library) or stops featuring it.
pub async fn feature(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    on: bool,
    now: Timestamp,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let row = item_row(db, id).await?;
    library_item::ActiveModel {
        id: Set(row.id),
        featured_at: Set(on.then_some(now.as_millisecond())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The team, or the item's author, removes it: the item, its file and its searchable text.
pub async fn remove(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
) -> Result<(), ServiceError> {
    member(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let row = item_row(&txn, id).await?;
    if !(caller.on_team() || row.added_by == Some(caller.id)) {
        return Err(ServiceError::Forbidden);
    }
    library_item::Entity::delete_by_id(row.id)
        .exec(&txn)
        .await?;
    search::remove(&txn, Kind::Library, row.id).await?;
    txn.commit().await?;
    Ok(())
}

/// An item's file, for members: its kind, its name and its bytes.
pub async fn file(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(FileKind, String, Vec<u8>), ServiceError> {
    member(caller)?;
    let row = item_row(db, id).await?;
    let kind = row
        .file_kind
        .as_deref()
        .and_then(FileKind::from_code)
        .ok_or(ServiceError::NotFound)?;
    let bytes = library_file::Entity::find_by_id(row.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((kind, row.file_name.unwrap_or_default(), bytes.content))
}
