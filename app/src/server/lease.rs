//! Scheduled work that runs once across servers. Several servers on one PostgreSQL database
//! each run the same timers (reminders, alert checks, retention); each job first takes its
//! lease, a row in `job_lease` with a holder and an expiry, in one statement. The holder renews
//! it at every run; another server takes it over only once it has expired (the holder stopped),
//! so a job runs on one server at a time and a reminder is sent once, not once per server.
//! On SQLite (one server) the lease is always this server's.

use jiff::Timestamp;
use sea_orm::{ConnectionTrait, DbErr, Statement};
use std::time::Duration;

/// Takes or renews the lease on `job` for `holder` until `now + ttl`: whether `holder` holds it.
/// One statement: of two servers asking at once, one gets it.
pub async fn take(
    db: &impl ConnectionTrait,
    job: &str,
    holder: &str,
    now: Timestamp,
    ttl: Duration,
) -> Result<bool, DbErr> {
    let until = now.as_millisecond() + i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX / 2);
    let backend = db.get_database_backend();
    let sql = crate::server::db::numbered(
        backend,
        "INSERT INTO job_lease (job, holder, until_ms) VALUES (?, ?, ?) \
         ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, until_ms = excluded.until_ms \
         WHERE job_lease.holder = excluded.holder OR job_lease.until_ms <= ?",
    );
    let done = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [
                job.into(),
                holder.into(),
                until.into(),
                now.as_millisecond().into(),
            ],
        ))
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Runs `work` if `holder` holds (or can take) the lease on `job`: its answer, or `None` when
/// another server holds the lease. `ttl` should be a few of the job's intervals, so that a
/// server that stops hands the job over within that time.
pub async fn run_once<T, E: From<DbErr>>(
    db: &impl ConnectionTrait,
    job: &str,
    holder: &str,
    now: Timestamp,
    ttl: Duration,
    work: impl Future<Output = Result<T, E>>,
) -> Result<Option<T>, E> {
    if take(db, job, holder, now, ttl).await? {
        work.await.map(Some)
    } else {
        Ok(None)
    }
}
