//! One box over the community (`/search?q=...`): the library and the stories through the search
//! index, and the directory (small enough to read whole) by the same rule, each as its own list
//! and each only what its own page would show the reader.

use super::directory::directory;
use super::member;
use crate::entities::{community_story, discussion_post, discussion_thread, library_item, person};
use crate::server::ServiceError;
use crate::server::search::{self, Kind};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use shared::account::CurrentUser;
use shared::directory::Filter;
use shared::i18n::{Lang, t};
use shared::search::{HITS_PER_KIND, Hit, Query, SearchPage, snippet};
use std::collections::HashMap;

const SNIPPET: usize = 180;

/// The rows of `ids` in the order given (best first), skipping any gone since.
fn in_rank_order<T>(ids: &[i64], rows: Vec<T>, id_of: impl Fn(&T) -> i64) -> Vec<T> {
    let mut by_id: HashMap<i64, T> = rows.into_iter().map(|r| (id_of(&r), r)).collect();
    ids.iter().filter_map(|id| by_id.remove(id)).collect()
}

/// What the words find, for a member of the programme; `lang` names the areas.
pub async fn search_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    raw: &str,
    lang: Lang,
) -> Result<SearchPage, ServiceError> {
    member(caller)?;
    let query = Query::parse(raw);
    if query.is_empty() {
        return Ok(SearchPage::default());
    }
    let limit = HITS_PER_KIND as u64;
    let area = |code: &str| t(lang, &format!("area-short-{code}"));

    let ids = search::find(db, Kind::Library, &query, limit).await?;
    let items = library_item::Entity::find()
        .filter(library_item::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let library = in_rank_order(&ids, items, |i| i.id)
        .into_iter()
        .map(|i| Hit {
            context: i
                .areas
                .split(',')
                .filter(|a| !a.is_empty())
                .map(area)
                .collect::<Vec<_>>()
                .join(" · "),
            snippet: snippet(&i.summary, SNIPPET),
            href: format!("/community/library/{}", i.id),
            title: i.title,
        })
        .collect();

    // Hidden stories are out of the index; an anonymous one names nobody here either.
    let ids = search::find(db, Kind::Story, &query, limit).await?;
    let rows = community_story::Entity::find()
        .filter(community_story::Column::Id.is_in(ids.iter().copied()))
        .filter(community_story::Column::HiddenAt.is_null())
        .all(db)
        .await?;
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(rows.iter().filter_map(|s| s.author_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect();
    let team = caller.on_team();
    let stories = in_rank_order(&ids, rows, |s| s.id)
        .into_iter()
        .map(|s| {
            let name = s.author_id.and_then(|id| names.get(&id).cloned());
            let mine = s.author_id == Some(caller.id);
            let by = name
                .and_then(|n| shared::story::shown_author(&n, s.anonymous, team, mine))
                .filter(|n| !n.is_empty());
            Hit {
                context: match by {
                    Some(n) => format!("{} · {n}", area(&s.objective_area)),
                    None => area(&s.objective_area),
                },
                snippet: snippet(&s.body, SNIPPET),
                href: format!("/community/stories#story-{}", s.id),
                title: s.title,
            }
        })
        .collect();

    // One hit per thread: its best post. Hidden posts are out of the index.
    let ids = search::find(db, Kind::Post, &query, limit * 3).await?;
    let posts = discussion_post::Entity::find()
        .filter(discussion_post::Column::Id.is_in(ids.iter().copied()))
        .filter(discussion_post::Column::HiddenAt.is_null())
        .all(db)
        .await?;
    let posts = in_rank_order(&ids, posts, |p| p.id);
    let threads: HashMap<i64, discussion_thread::Model> = discussion_thread::Entity::find()
        .filter(discussion_thread::Column::Id.is_in(posts.iter().map(|p| p.thread_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let discussions = posts
        .into_iter()
        .filter(|p| seen.insert(p.thread_id))
        .filter_map(|p| {
            let th = threads.get(&p.thread_id)?;
            Some(Hit {
                title: th.title.clone(),
                snippet: snippet(
                    &shared::markup::plain(&shared::markup::parse(&p.body)),
                    SNIPPET,
                ),
                context: t(lang, &format!("space-{}", th.space)),
                href: format!("/community/discussions/{}#post-{}", th.id, p.id),
            })
        })
        .take(HITS_PER_KIND)
        .collect();

    let listed = directory(db, caller, Filter::default()).await?;
    let people = listed
        .entries
        .into_iter()
        .filter(|e| {
            let areas: Vec<String> = e.areas.iter().map(|a| area(a.code())).collect();
            let languages = e.languages.join(" ");
            let mut texts = vec![
                e.name.as_str(),
                e.institution.as_str(),
                e.city.as_str(),
                e.country.as_str(),
                languages.as_str(),
            ];
            texts.extend(areas.iter().map(String::as_str));
            query.matches(&texts)
        })
        .take(HITS_PER_KIND)
        .map(|e| Hit {
            context: e
                .roles
                .iter()
                .map(|r| t(lang, &format!("role-{}", r.code())))
                .collect::<Vec<_>>()
                .join(" · "),
            snippet: [e.institution.as_str(), e.city.as_str(), e.country.as_str()]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            href: format!("/community/people#person-{}", e.person_id),
            title: e.name,
        })
        .collect();

    Ok(SearchPage {
        words: query.text(),
        library,
        stories,
        discussions,
        people,
    })
}
