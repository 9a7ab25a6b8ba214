//! Server functions for the call: the call page's data and an application behind its private
//! link. Applications are sent by plain form posts (they carry a file): see `handlers`.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::application::{ApplicationView, ReturnedForm};
use shared::programme::{CohortView, ProgrammeView};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// A call page: the programme and the cohort whose call it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallView {
    pub programme: ProgrammeView,
    pub cohort: CohortView,
}

/// The call of a cohort (by slug), or of the current cohort.
#[server(endpoint = "get_call")]
pub async fn get_call(cohort: Option<String>) -> Result<CallView, AppError> {
    let state = cx::state()?;
    let now = jiff::Timestamp::now();
    let programme =
        finish(crate::features::programme::service::programme_view(&state.db, now).await)?;
    let cohort = finish(super::service::cohort_view(&state.db, cohort.as_deref(), now).await)?;
    Ok(CallView { programme, cohort })
}

/// The application behind a private link.
#[server(endpoint = "get_application")]
pub async fn get_application(token: String) -> Result<ApplicationView, AppError> {
    let state = cx::state()?;
    finish(super::service::view_by_token(&state.db, &token, jiff::Timestamp::now()).await)
}

/// A form the server sent back for changes (only while rendering that answer).
pub async fn returned_form() -> Option<ReturnedForm> {
    #[cfg(feature = "ssr")]
    {
        use_context::<ReturnedForm>()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// "Send me my link again": mails one more private link for each open application made with
/// the address. The same answer whatever address was typed; a flood gets 429.
#[server(endpoint = "send_application_link")]
pub async fn send_application_link(form: shared::account::ForgotForm) -> Result<(), AppError> {
    let email = match form.validate() {
        Ok(e) => e,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    let parts = cx::parts().await?;
    let now = jiff::Timestamp::now();
    let limits = [
        (format!("link:{email}"), 3),
        (format!("link-client:{}", cx::client_ip(&parts)), 10),
    ];
    if !state.throttle.try_take(&limits, now.as_millisecond()) {
        return Err(cx::fail(AppError::RateLimited(crate::i18n::said(
            &shared::errors::Message::key("call-link-throttled", &[]),
        ))));
    }
    finish(super::service::send_links_again(&state.db, &email, now).await)?;
    cx::go_to_after_plain_form("/apply/link?asked=1").await;
    Ok(())
}
