//! What a server does besides answering requests: scheduled work, the mail worker and, on
//! PostgreSQL, the listener that brings the other servers' changes to this server's browsers.
//!
//! Every scheduled job runs under a lease ([`app::server::lease`]): with several servers on one
//! database, it runs on one of them, never once per server. What each job did is in the
//! database, so a restart neither loses nor repeats work.

use crate::config::Config;
use app::server::events::{self, Bus};
use app::server::lease;
use jiff::Timestamp;
use sea_orm::DatabaseConnection;
use std::time::Duration;

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

/// The scheduled jobs of one server.
#[derive(Clone)]
pub struct Jobs {
    db: DatabaseConnection,
    bus: Bus,
    /// This server, in the leases it holds.
    holder: String,
}

impl Jobs {
    pub fn new(db: DatabaseConnection, bus: Bus) -> Self {
        let holder = format!("server-{:016x}", bus.origin());
        Jobs { db, bus, holder }
    }

    /// Runs `work` under `job`'s lease, kept for three of the job's intervals: `None` when
    /// another server holds it.
    async fn once<T>(
        &self,
        job: &str,
        every: Duration,
        now: Timestamp,
        work: impl Future<Output = Result<T, app::server::ServiceError>>,
    ) -> Result<Option<T>, app::server::ServiceError> {
        let holder = self.holder.as_str();
        let work = events::scope(self.bus.clone(), work);
        lease::run_once(&self.db, job, holder, now, every * 3, work).await
    }

    /// Session reminders that are due: how many were sent (`None`: another server's job).
    pub async fn reminders(&self, now: Timestamp) -> Result<Option<u32>, String> {
        let work = app::features::sessions::service::send_due_reminders(&self.db, now);
        self.once("reminders", MINUTE, now, work)
            .await
            .map_err(|e| e.to_string())
    }

    /// The hourly checks: years that ended complete first (their alerts then clear), the
    /// end-of-year evaluations are announced, then every partnership's alerts are checked
    /// (a month ends, a proposal waits, weeks pass without a session).
    pub async fn hourly_checks(&self, now: Timestamp) -> Result<Option<()>, String> {
        let db = &self.db;
        let work = async move {
            use app::features::{commitments, partnership};
            match partnership::service::complete_due(db, now).await? {
                0 => {}
                n => tracing::info!(completed = n, "partnerships completed at their year's end"),
            }
            match partnership::service::announce_evaluations(db, now).await? {
                0 => {}
                n => tracing::info!(told = n, "end-of-year evaluations announced"),
            }
            match commitments::service::refresh_all_alerts(db, now).await? {
                (0, 0) => {}
                (raised, cleared) => tracing::info!(raised, cleared, "alerts checked"),
            }
            Ok(())
        };
        self.once("hourly-checks", HOUR, now, work)
            .await
            .map_err(|e| e.to_string())
    }

    /// Retention and erasure: each kind of record's period, then the erasure requests whose
    /// week is out. Each removal is logged (and recorded in the audit log).
    pub async fn retention(&self, now: Timestamp) -> Result<Option<()>, String> {
        let db = &self.db;
        let work = async move {
            for line in app::features::privacy::retention::apply(db, now).await? {
                tracing::info!(removed = %line, "retention");
            }
            match app::features::privacy::erasure::run_due(db, now).await? {
                0 => {}
                n => tracing::info!(erased = n, "erasure requests ran"),
            }
            Ok(())
        };
        self.once("retention", HOUR, now, work)
            .await
            .map_err(|e| e.to_string())
    }

    /// Starts the timers: reminders every minute, the checks and retention now and hourly.
    pub fn spawn(self) {
        let jobs = self.clone();
        every(MINUTE, "session reminders", move || {
            let jobs = jobs.clone();
            async move {
                let sent = jobs.reminders(Timestamp::now()).await?;
                if let Some(n @ 1..) = sent {
                    tracing::info!(sent = n, "session reminders sent");
                }
                Ok(())
            }
        });
        let jobs = self.clone();
        every(HOUR, "hourly checks", move || {
            let jobs = jobs.clone();
            async move { jobs.hourly_checks(Timestamp::now()).await.map(drop) }
        });
        every(HOUR, "retention", move || {
            let jobs = self.clone();
            async move { jobs.retention(Timestamp::now()).await.map(drop) }
        });
    }
}

/// Runs `tick` now and then every `interval`, logging failures (the next tick tries again).
fn every<F, Fut>(interval: Duration, name: &'static str, tick: F)
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    tokio::spawn(async move {
        let mut timer = tokio::time::interval(interval);
        loop {
            timer.tick().await;
            if let Err(e) = tick().await {
                tracing::error!(job = name, error = %e, "scheduled job failed");
            }
        }
    });
}

/// The mail worker, when an SMTP server is configured; otherwise messages wait in the outbox.
/// Its own leases, one per message, keep two servers from sending a message twice.
pub fn spawn_mail(db: DatabaseConnection, config: &Config) -> Result<(), String> {
    let settings = config.mail_settings();
    if !settings.sending() {
        tracing::warn!(
            "no SMTP server (TANDEM_SMTP_URL): messages wait in the outbox; read them with `tandem outbox`"
        );
        return Ok(());
    }
    let worker = app::features::mail::service::worker::Worker::new(db, settings)?;
    tracing::info!(public_url = %config.public_url, "mail worker started");
    tokio::spawn(worker.run(Duration::from_millis(config.mail_poll_ms)));
    Ok(())
}

/// On PostgreSQL, the listener that publishes the other servers' changes on `bus`.
pub fn spawn_listener(db: &DatabaseConnection, url: &str, bus: Bus) {
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        tokio::spawn(events::postgres::listen(url.to_owned(), bus));
    }
}
