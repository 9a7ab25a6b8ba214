//! The dashboard's read server function.

use crate::error::AppError;
use leptos::prelude::*;
use shared::dashboard::{DashboardFilter, DashboardView};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// A cohort's dashboard (chair only).
#[server(endpoint = "get_dashboard")]
pub async fn get_dashboard(filter: DashboardFilter) -> Result<DashboardView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let answer = super::service::cached_dashboard(
        &state.db,
        &state.dashboard,
        state.events.version(),
        &caller,
        &filter,
        jiff::Timestamp::now(),
    )
    .await
    .map(|view| (*view).clone());
    finish(answer)
}
