//! The live event bus: a broadcast channel in the server state. Services commit their writes
//! through [`commit`], which publishes a small versioned event once the change is committed;
//! `GET /events` streams to each subscriber only the events they may see (a pair: their own
//! partnerships; the programme team: every partnership's figures, never journal events).
//! Events carry no content, only what changed and where: pages refetch through the server
//! functions, which apply every privacy rule.
//!
//! On PostgreSQL several servers share the database: the event also goes out with `pg_notify`
//! inside the writing transaction, and each server's listener ([`postgres::listen`]) feeds its
//! own subscribers what the others committed.

pub mod postgres;

use crate::server::AppState;
use crate::server::context::caller_of;
use axum::extract::{Request, State};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use http::StatusCode;
use serde::{Deserialize, Serialize};
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Partnership,
    Goal,
    Journal,
    Session,
    Hours,
    /// A discussion thread: every member may read it (`partnership_id` holds the thread).
    Thread,
}

impl Kind {
    /// The programme team follows figures, not the pair's journal.
    fn team_sees(self) -> bool {
        !matches!(self, Kind::Journal)
    }
}

/// An event inside the server: the partnership and its two people, for filtering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: Kind,
    pub partnership_id: i64,
    pub coach_id: i64,
    pub partner_id: i64,
}

impl Event {
    /// A change of `kind` to partnership `p`.
    pub fn of(kind: Kind, p: &crate::entities::partnership::Model) -> Self {
        Event {
            kind,
            partnership_id: p.id,
            coach_id: p.coach_id,
            partner_id: p.partner_id,
        }
    }

    /// A change to discussion thread `id`: every member may read it.
    pub fn thread(id: i64) -> Self {
        Event {
            kind: Kind::Thread,
            partnership_id: id,
            coach_id: 0,
            partner_id: 0,
        }
    }
}

/// What goes over the bus: a change, or "refetch everything" (this server missed changes: its
/// PostgreSQL listener lost its connection, or a subscriber fell behind).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    Change(Event),
    Resync,
}

/// What a browser receives: `{"v":1,"kind":"session","partnership":12}`, or for a discussion
/// `{"v":1,"kind":"thread","thread":7}` (the browser refreshes only that thread's page).
#[derive(Serialize)]
struct Wire {
    v: u8,
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    partnership: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    thread: Option<i64>,
}

tokio::task_local! {
    /// Where this task's committed changes are published: set around each request by the
    /// router and around each scheduled job; outside (tests of services, the command line
    /// with no server to tell) a change publishes nothing.
    static CURRENT: Bus;
}

/// Runs `work` with `bus` as the place services publish their changes.
pub async fn scope<F: Future>(bus: Bus, work: F) -> F::Output {
    CURRENT.scope(bus, work).await
}

/// Commits `txn` and tells the live subscribers of every server about `event` (none: commits
/// only). On PostgreSQL the notice goes out with `pg_notify` inside the transaction, so other
/// servers hear of the change exactly when, and only if, it commits; this server's subscribers
/// are told right after the commit. Outside a bus's scope (tests of services, the command line)
/// other servers are still told.
pub async fn commit(
    txn: sea_orm::DatabaseTransaction,
    event: impl Into<Option<Event>>,
) -> Result<(), sea_orm::DbErr> {
    commit_all(txn, event.into()).await
}

/// As [`commit`], for a change several events describe (a pair's coach replaced: the former
/// coach's pages and the new coach's both need to know).
pub async fn commit_all(
    txn: sea_orm::DatabaseTransaction,
    events: impl IntoIterator<Item = Event>,
) -> Result<(), sea_orm::DbErr> {
    let events: Vec<Event> = events.into_iter().collect();
    for e in &events {
        postgres::notify(&txn, origin(), e).await?;
    }
    txn.commit().await?;
    for e in events {
        publish_here(e);
    }
    Ok(())
}

/// After a change written without a transaction of its own (one statement, already
/// committed): tells the live subscribers of every server.
pub async fn announce(
    db: &impl sea_orm::ConnectionTrait,
    event: Event,
) -> Result<(), sea_orm::DbErr> {
    postgres::notify(db, origin(), &event).await?;
    publish_here(event);
    Ok(())
}

/// This task's bus's origin (0 outside a bus's scope: every listener takes the notice).
fn origin() -> u64 {
    CURRENT.try_with(|bus| bus.origin).unwrap_or(0)
}

fn publish_here(event: Event) {
    let _ = CURRENT.try_with(|bus| bus.publish(event));
}

/// The bus. Publishing never waits; a subscriber that falls behind is told to refetch.
#[derive(Clone)]
pub struct Bus {
    events: broadcast::Sender<Signal>,
    /// Tells this server's notices from the others' (random, never 0).
    origin: u64,
    /// Turns true when the server shuts down: every stream ends.
    closing: watch::Sender<bool>,
    /// How many events were published: kept answers older than this are stale.
    version: Arc<AtomicU64>,
}

impl Default for Bus {
    fn default() -> Self {
        Bus {
            events: broadcast::channel(1024).0,
            origin: rand::random::<u64>().max(1),
            closing: watch::channel(false).0,
            version: Arc::default(),
        }
    }
}

impl Bus {
    pub fn publish(&self, event: Event) {
        self.send(Signal::Change(event));
    }

    /// Every subscriber refetches, and kept answers (the dashboard's) are stale: changes may
    /// have been missed.
    pub fn resync(&self) {
        self.send(Signal::Resync);
    }

    fn send(&self, signal: Signal) {
        self.version.fetch_add(1, Ordering::SeqCst);
        // No subscriber is fine.
        let _ = self.events.send(signal);
    }

    /// Tells this server's notices from the others'.
    pub fn origin(&self) -> u64 {
        self.origin
    }

    /// Grows with every published change.
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::SeqCst)
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Signal> {
        self.events.subscribe()
    }

    /// Ends every live stream, now and for later subscribers (the server is shutting down).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves once the bus is closed.
    pub fn closed(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut closing = self.closing.subscribe();
        async move {
            let _ = closing.wait_for(|closed| *closed).await;
        }
    }
}

/// Whether a person sees an event (`member`: they hold a role in the programme).
pub fn visible(e: &Event, person_id: i64, team: bool, member: bool) -> bool {
    if e.kind == Kind::Thread {
        return member;
    }
    e.coach_id == person_id || e.partner_id == person_id || (team && e.kind.team_sees())
}

/// `GET /events`: the caller's live events as server-sent events, with a keep-alive.
pub async fn stream(State(state): State<AppState>, req: Request) -> Response {
    let (parts, _) = req.into_parts();
    let caller = caller_of(&state, &parts, jiff::Timestamp::now()).await;
    let Some(caller) = caller else {
        return (StatusCode::UNAUTHORIZED, "Sign in to follow changes live.").into_response();
    };
    let person = caller.id;
    let team = caller.has(shared::Role::Chair);
    let member = shared::Role::ALL.iter().any(|r| caller.has(*r));
    let rx = state.events.subscribe();
    let closed = state.events.closed();
    let events = futures_util::stream::unfold(rx, move |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(Signal::Change(e)) if visible(&e, person, team, member) => {
                    let (partnership, thread) = if e.kind == Kind::Thread {
                        (None, Some(e.partnership_id))
                    } else {
                        (Some(e.partnership_id), None)
                    };
                    let wire = Wire {
                        v: 1,
                        kind: e.kind,
                        partnership,
                        thread,
                    };
                    let data = serde_json::to_string(&wire).unwrap_or_default();
                    return Some((
                        Ok::<_, Infallible>(SseEvent::default().event("change").data(data)),
                        rx,
                    ));
                }
                Ok(Signal::Change(_)) => continue,
                Ok(Signal::Resync) | Err(broadcast::error::RecvError::Lagged(_)) => {
                    return Some((Ok(SseEvent::default().event("resync").data("{}")), rx));
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    })
    .take_until(closed);
    let mut response = Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response();
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn closing_the_bus_ends_open_and_later_streams() {
        let bus = Bus::default();
        let open = bus.closed();
        let still_open = tokio::time::timeout(Duration::from_millis(50), bus.closed()).await;
        assert!(still_open.is_err(), "an open bus does not close by itself");
        bus.close();
        tokio::time::timeout(Duration::from_secs(1), open)
            .await
            .expect("a stream open at shutdown ends");
        tokio::time::timeout(Duration::from_secs(1), bus.closed())
            .await
            .expect("a stream opened during shutdown ends at once");
    }
}
