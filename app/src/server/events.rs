//! The live event bus: a broadcast channel in the server state. Server functions publish a small
//! versioned event after each committed change; `GET /events` streams to each subscriber only
//! the events they may see (a pair: their own partnerships; the programme team: every
//! partnership's figures, never journal events). Events carry no content, only what changed
//! and where: pages refetch through the server functions, which apply every privacy rule.

use crate::features::auth::service::resolve_session;
use crate::server::AppState;
use crate::server::context::session_token;
use axum::extract::{Request, State};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use serde::Serialize;
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast;

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Partnership,
    Goal,
    Journal,
    Session,
    Hours,
}

impl Kind {
    /// The programme team follows figures, not the pair's journal.
    fn team_sees(self) -> bool {
        !matches!(self, Kind::Journal)
    }
}

/// An event inside the server: the partnership and its two people, for filtering.
#[derive(Clone, Debug)]
pub struct Event {
    pub kind: Kind,
    pub partnership_id: i64,
    pub coach_id: i64,
    pub partner_id: i64,
}

/// What a browser receives: `{"v":1,"kind":"session","partnership":12}`.
#[derive(Serialize)]
struct Wire {
    v: u8,
    kind: Kind,
    partnership: i64,
}

/// The bus. Publishing never waits; a subscriber that falls behind is told to refetch.
#[derive(Clone)]
pub struct Bus(broadcast::Sender<Event>);

impl Default for Bus {
    fn default() -> Self {
        Bus(broadcast::channel(1024).0)
    }
}

impl Bus {
    pub fn publish(&self, event: Event) {
        // No subscriber is fine.
        let _ = self.0.send(event);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.0.subscribe()
    }
}

/// Whether a person sees an event.
pub fn visible(e: &Event, person_id: i64, team: bool) -> bool {
    e.coach_id == person_id || e.partner_id == person_id || (team && e.kind.team_sees())
}

/// `GET /events`: the caller's live events as server-sent events, with a keep-alive.
pub async fn stream(State(state): State<AppState>, req: Request) -> Response {
    let (parts, _) = req.into_parts();
    let caller = match session_token(&parts) {
        Some(token) => resolve_session(&state.db, &state.auth, &token, jiff::Timestamp::now())
            .await
            .ok()
            .flatten(),
        None => None,
    };
    let Some(caller) = caller else {
        return (StatusCode::UNAUTHORIZED, "Sign in to follow changes live.").into_response();
    };
    let person = caller.id;
    let team = caller.has(shared::Role::Chair);
    let rx = state.events.subscribe();
    let events = futures_util::stream::unfold(rx, move |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(e) if visible(&e, person, team) => {
                    let wire = Wire {
                        v: 1,
                        kind: e.kind,
                        partnership: e.partnership_id,
                    };
                    let data = serde_json::to_string(&wire).unwrap_or_default();
                    return Some((
                        Ok::<_, Infallible>(SseEvent::default().event("change").data(data)),
                        rx,
                    ));
                }
                Ok(_) => continue,
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    return Some((Ok(SseEvent::default().event("resync").data("{}")), rx));
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let mut response = Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response();
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    response
}
