//! Live events across servers that share one PostgreSQL database.
//!
//! A writing transaction sends its event with `pg_notify` before it commits: PostgreSQL delivers
//! a notification when, and only if, its transaction commits, so listeners never hear of a
//! change that was rolled back nor of one before it is visible. Each server runs one
//! [`listen`]er that feeds its own bus what the other servers committed. Notifications sent
//! while a listener is disconnected are lost: once it is connected again, its bus tells every
//! subscriber to refetch (and the dashboard's kept answers go stale).
//!
//! On SQLite there is one server: [`notify`] does nothing and no listener runs.

use super::{Bus, Event};
use sea_orm::sqlx::postgres::PgListener;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The channel every server listens on.
pub const CHANNEL: &str = "tandem_changes";

/// A notification's payload (PostgreSQL's limit is 8,000 bytes; this is under 200).
#[derive(Serialize, Deserialize)]
struct Notice {
    /// The bus of the server that sent it (0: a command, not a server).
    origin: u64,
    event: Event,
}

/// Sends `event` to every server's listener, on PostgreSQL; nothing on SQLite. Inside a
/// transaction it is delivered at the commit, and not at all if the transaction rolls back.
pub async fn notify(db: &impl ConnectionTrait, origin: u64, event: &Event) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let payload = serde_json::to_string(&Notice {
        origin,
        event: event.clone(),
    })
    .map_err(|e| DbErr::Custom(e.to_string()))?;
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_notify($1, $2)",
        [CHANNEL.into(), payload.into()],
    ))
    .await?;
    Ok(())
}

/// Follows `CHANNEL` on the PostgreSQL database at `url` on a connection of its own, and
/// publishes on `bus` what the other servers committed, until the bus closes. When the
/// connection drops, it connects again (every second until it can). Each time it starts
/// listening it tells the bus's subscribers to refetch, since what was sent before is lost.
pub async fn listen(url: String, bus: Bus) {
    let closed = bus.closed();
    tokio::pin!(closed);
    let mut first = true;
    loop {
        tokio::select! {
            () = &mut closed => return,
            lost = follow(&url, &bus, first) => {
                tracing::warn!(error = %lost, "live events: the PostgreSQL listener lost its connection");
            }
        }
        first = false;
        tokio::select! {
            () = &mut closed => return,
            () = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
    }
}

/// Connects, listens and delivers until the connection fails; the error.
async fn follow(url: &str, bus: &Bus, first: bool) -> sea_orm::sqlx::Error {
    let mut listener = match PgListener::connect(url).await {
        Ok(l) => l,
        Err(e) => return e,
    };
    if let Err(e) = listener.listen(CHANNEL).await {
        return e;
    }
    if first {
        tracing::info!("live events: listening to the other servers");
    } else {
        tracing::info!("live events: listening again; browsers refetch");
    }
    // What was committed before this point did not reach this server: its subscribers
    // refetch (at start, there are seldom any).
    bus.resync();
    loop {
        match listener.try_recv().await {
            Ok(Some(n)) => deliver(bus, n.payload()),
            // The connection dropped and is back (sqlx listens again on the new one).
            Ok(None) => {
                tracing::info!("live events: listening again; browsers refetch");
                bus.resync();
            }
            Err(e) => return e,
        }
    }
}

/// Publishes a notice from another server on this server's bus (this server's own were
/// published when they committed).
fn deliver(bus: &Bus, payload: &str) {
    match serde_json::from_str::<Notice>(payload) {
        Ok(notice) if notice.origin != bus.origin() => bus.publish(notice.event),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "live events: a notification Tandem cannot read"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::events::{Kind, Signal};

    fn notice(origin: u64) -> String {
        serde_json::to_string(&Notice {
            origin,
            event: Event::thread(7),
        })
        .expect("a notice serialises")
    }

    #[test]
    fn a_notice_from_another_server_is_published_and_one_of_ours_is_not() {
        let bus = Bus::default();
        let mut rx = bus.subscribe();
        deliver(&bus, &notice(bus.origin()));
        assert!(
            rx.try_recv().is_err(),
            "our own notice was published at commit"
        );
        deliver(&bus, &notice(bus.origin().wrapping_add(1)));
        match rx.try_recv() {
            Ok(Signal::Change(e)) => {
                assert_eq!((e.kind, e.partnership_id), (Kind::Thread, 7));
            }
            other => panic!("expected the other server's change, got {other:?}"),
        }
        let version = bus.version();
        deliver(&bus, &notice(bus.origin().wrapping_add(2)));
        assert!(
            bus.version() > version,
            "another server's change makes the kept dashboards stale"
        );
        let _ = rx.try_recv();
        deliver(&bus, "not json");
        assert!(
            rx.try_recv().is_err(),
            "an unreadable notice publishes nothing"
        );
    }
}
