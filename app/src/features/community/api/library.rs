//! Server functions of the resource library and of the one search box.

use crate::error::AppError;
use leptos::prelude::*;
use shared::library::{ItemPage, LibraryFilter, LibraryForm, LibraryPage};
use shared::search::SearchPage;

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The library, narrowed by words and area.
#[server(endpoint = "list_library")]
pub async fn list_library(filter: LibraryFilter) -> Result<LibraryPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::super::service::library::library_page(&state.db, &caller, &filter).await)
}

/// One item of the library.
#[server(endpoint = "get_library_item")]
pub async fn get_library_item(id: i64) -> Result<ItemPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::super::service::library::item_page(&state.db, &caller, id).await)
}

/// The author of a pair's resource shares it with the library.
#[server(endpoint = "share_resource")]
pub async fn share_resource(partnership_id: i64, resource_id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(
        super::super::service::library::share_resource(
            &state.db,
            &caller,
            partnership_id,
            resource_id,
            jiff::Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/library/{id}?shared=1")).await;
    Ok(())
}

/// The programme team edits an item.
#[server(endpoint = "edit_library_item")]
pub async fn edit_library_item(form: LibraryForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::super::service::library::edit(&state.db, &caller, &form, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/library/{}?edited=1", form.id)).await;
    Ok(())
}

/// The programme team features an item ("on") or stops featuring it.
#[server(endpoint = "feature_library_item")]
pub async fn feature_library_item(id: i64, feature: String) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let on = shared::partnership::checked(&feature);
    finish(
        super::super::service::library::feature(&state.db, &caller, id, on, jiff::Timestamp::now())
            .await,
    )?;
    cx::go_to_after_plain_form(&format!("/community/library/{id}")).await;
    Ok(())
}

/// The team, or the item's author, removes it.
#[server(endpoint = "remove_library_item")]
pub async fn remove_library_item(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::super::service::library::remove(&state.db, &caller, id).await)?;
    cx::go_to_after_plain_form("/community/library?removed=1").await;
    Ok(())
}

/// What the words find across the library, the stories and the directory.
#[server(endpoint = "search_community")]
pub async fn search_community(q: String) -> Result<SearchPage, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::super::service::search::search_page(&state.db, &caller, &q, crate::i18n::lang())
            .await,
    )
}
