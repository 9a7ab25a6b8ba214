//! The role-aware home page's data.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::account::CurrentUser;
use shared::programme::CohortView;

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// What waits for the programme team (counts; the chair's lines are zero for a team member).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChairQueue {
    pub chair: bool,
    pub applications: u32,
    pub unmatched_partners: u32,
    pub concerns: u32,
    pub alerts: u32,
    pub failed_messages: u32,
    /// Partnerships whose end-of-year evaluation is open and not answered by both members.
    #[serde(default)]
    pub evaluations_outstanding: u32,
}

/// A person's next session, on their clock and the other member's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextSession {
    pub partnership_id: i64,
    pub with_name: String,
    pub utc: String,
    pub mine: String,
    pub theirs: String,
    pub their_place: String,
    pub medium: String,
    /// When a clock changes before it (`shared::schedule::clock_change_note`).
    #[serde(default)]
    pub clock_note: Option<String>,
}

/// Something waiting for the person's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Awaiting {
    pub text: String,
    pub link: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeView {
    pub user: CurrentUser,
    pub programme_name: String,
    /// The zone the programme states its deadlines in.
    pub programme_zone: String,
    pub cohort: Option<CohortView>,
    /// Chair only: invitations waiting and people with accounts.
    pub pending_invitations: Option<usize>,
    pub people: Option<usize>,
    /// Partner only: their intake.
    pub intake: Option<shared::intake::IntakeView>,
    /// Unread in-app notifications.
    pub notifications: Vec<shared::partnership::NotificationView>,
    /// The partnerships the person may see (all of them for the chair).
    pub partnerships: Vec<shared::partnership::PartnershipFigures>,
    /// The programme team: what waits for them.
    pub queue: Option<ChairQueue>,
    /// A coach or partner: the next session and the proposals waiting for their answer.
    pub next_session: Option<NextSession>,
    pub awaiting: Vec<Awaiting>,
    /// A coach or partner who has not yet accepted the programme's commitments.
    pub commitments_due: bool,
    /// The community events still to come that the person is invited to, soonest first.
    #[serde(default)]
    pub events: Vec<shared::community_event::EventSummary>,
    /// What the programme team wrote to the person in the last 30 days, newest first.
    #[serde(default)]
    pub announcements: Vec<shared::announcement::AnnouncementView>,
}

#[server(endpoint = "get_home")]
pub async fn get_home() -> Result<HomeView, AppError> {
    let user = cx::signed_in().await?;
    let state = cx::state()?;
    let now = jiff::Timestamp::now();
    let programme =
        finish(crate::features::programme::service::programme_view(&state.db, now).await)?;
    let (pending, people) = if user.has(shared::Role::Chair) {
        let (people, pending) =
            finish(crate::features::auth::service::people(&state.db, &user, now).await)?;
        (
            Some(pending.iter().filter(|p| !p.expired).count()),
            Some(people.len()),
        )
    } else {
        (None, None)
    };
    let intake = if user.has(shared::Role::Partner) {
        Some(finish(
            crate::features::intake::service::intake(&state.db, &user).await,
        )?)
    } else {
        None
    };
    let notifications = finish(
        crate::features::partnership::service::unread_notifications(&state.db, &user).await,
    )?;
    let partnerships =
        finish(crate::features::partnership::overview::list(&state.db, &user, now).await)?;
    let queue =
        finish(super::service::chair_queue(&state.db, &user, jiff::Timestamp::now()).await)?;
    let (next_session, awaiting) = finish(super::service::next_up(&state.db, &user, now).await)?;
    let commitments_due = finish(super::service::commitments_due(&state.db, &user).await)?;
    let (events, announcements) = if crate::features::community::service::member(&user).is_ok() {
        use crate::features::community::service::{announcements, events};
        (
            finish(events::coming_up(&state.db, &user, now, 3).await)?,
            finish(announcements::recent(&state.db, &user, now, 3).await)?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(HomeView {
        notifications,
        partnerships,
        intake,
        cohort: programme.current_cohort().cloned(),
        programme_zone: programme.time_zone.clone(),
        programme_name: programme.name,
        user,
        pending_invitations: pending,
        people,
        queue,
        next_session,
        awaiting,
        commitments_due,
        events,
        announcements,
    })
}

/// The caller accepts the programme's commitments; then their home.
#[server(endpoint = "accept_commitments")]
pub async fn accept_commitments() -> Result<(), AppError> {
    let user = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::accept_commitments(&state.db, &user, jiff::Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/home?committed=1").await;
    Ok(())
}
