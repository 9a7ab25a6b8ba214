//! Server functions for the reports. Each resolves the caller; the service decides what they may
//! see.

use crate::error::AppError;
use leptos::prelude::*;
use shared::report::{Certificate, CohortReport, PartnershipSummary};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};
#[cfg(feature = "ssr")]
use jiff::Timestamp;

/// A cohort's report (chair).
#[server(endpoint = "get_cohort_report")]
pub async fn get_cohort_report(cohort: String) -> Result<CohortReport, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::cohort_report(&state.db, &caller, &cohort, Timestamp::now()).await)
}

/// A partnership's one-page summary (the pair and the chair).
#[server(endpoint = "get_partnership_summary")]
pub async fn get_partnership_summary(id: i64) -> Result<PartnershipSummary, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::partnership_summary(&state.db, &caller, id, Timestamp::now()).await)
}

/// A coach's certificate of participation (the coach and the chair).
#[server(endpoint = "get_certificate")]
pub async fn get_certificate(cohort: String, person: i64) -> Result<Certificate, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::certificate(&state.db, &caller, &cohort, person, Timestamp::now()).await)
}
