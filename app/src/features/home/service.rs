//! What a home page leads with: for the programme team, what waits for them (applications,
//! partners without a coach, concerns, alerts, evaluations outstanding, messages that failed);
//! for a coach or a partner,
//! their next session on both clocks and the proposals waiting for their answer.

use super::api::{Awaiting, ChairQueue, NextSession};
use crate::entities::{
    alert, application, coaching_session, concern, evaluation, outbox, partner_intake, partnership,
    person,
};
use crate::server::ServiceError;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use shared::Role;
use shared::account::CurrentUser;
use shared::schedule::{Medium, SessionStatus};
use shared::time::{from_millis, to_millis};
use std::collections::HashSet;

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

const CURRENT: [&str; 2] = ["active", "paused"];

/// What waits for the programme team. The chair sees every line; a team member the
/// applications and concerns (their part of the work).
pub async fn chair_queue(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<Option<ChairQueue>, ServiceError> {
    if !caller.on_team() {
        return Ok(None);
    }
    let chair = caller.has(Role::Chair);
    let applications = application::Entity::find()
        .filter(application::Column::Status.is_in(["submitted", "shortlisted"]))
        .count(db)
        .await? as u32;
    let concerns = concern::Entity::find()
        .filter(concern::Column::Status.ne("resolved"))
        .count(db)
        .await? as u32;
    let (unmatched, alerts, failed, evaluations) = if chair {
        // A partner waits for a coach when they belong to a cohort (an intake there) with no
        // partnership in it, their account is open and they are in no current partnership.
        let intakes = partner_intake::Entity::find().all(db).await?;
        let pairs = partnership::Entity::find().all(db).await?;
        let closed: HashSet<i64> = person::Entity::find()
            .filter(person::Column::Id.is_in(intakes.iter().map(|i| i.person_id)))
            .filter(person::Column::ClosedAt.is_not_null())
            .all(db)
            .await?
            .into_iter()
            .map(|p| p.id)
            .collect();
        let current: HashSet<i64> = pairs
            .iter()
            .filter(|p| CURRENT.contains(&p.status.as_str()))
            .map(|p| p.partner_id)
            .collect();
        let waiting: HashSet<i64> = intakes
            .iter()
            .filter(|i| {
                !closed.contains(&i.person_id)
                    && !current.contains(&i.person_id)
                    && !pairs
                        .iter()
                        .any(|p| p.cohort_id == i.cohort_id && p.partner_id == i.person_id)
            })
            .map(|i| i.person_id)
            .collect();
        let alerts = alert::Entity::find()
            .filter(alert::Column::ClearedAt.is_null())
            .count(db)
            .await? as u32;
        let failed = outbox::Entity::find()
            .filter(outbox::Column::Status.eq("failed"))
            .count(db)
            .await? as u32;
        // Open evaluations (from the year's last month, on UTC's calendar) still missing an
        // answer; an early ending has none.
        let today = now.to_zoned(TimeZone::UTC).date();
        let open: Vec<i64> = pairs
            .iter()
            .filter(|p| p.status != "ended_early")
            .filter(|p| {
                p.ends_on
                    .parse()
                    .is_ok_and(|end| today >= shared::evaluation::opens_on(end))
            })
            .map(|p| p.id)
            .collect();
        let answers = evaluation::Entity::find()
            .filter(evaluation::Column::PartnershipId.is_in(open.clone()))
            .all(db)
            .await?;
        let outstanding = open
            .iter()
            .filter(|id| answers.iter().filter(|a| a.partnership_id == **id).count() < 2)
            .count() as u32;
        (waiting.len() as u32, alerts, failed, outstanding)
    } else {
        (0, 0, 0, 0)
    };
    Ok(Some(ChairQueue {
        chair,
        applications,
        unmatched_partners: unmatched,
        concerns,
        alerts,
        failed_messages: failed,
        evaluations_outstanding: evaluations,
    }))
}

/// Whether the caller (a coach or a partner) has yet to accept the programme's commitments.
pub async fn commitments_due(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<bool, ServiceError> {
    if !(caller.has(Role::Coach) || caller.has(Role::Partner)) {
        return Ok(false);
    }
    Ok(person::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .is_some_and(|p| p.commitments_accepted_at.is_none()))
}

/// The caller accepts the programme's commitments (once; a resend keeps the first time).
pub async fn accept_commitments(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<(), ServiceError> {
    person::Entity::update_many()
        .col_expr(
            person::Column::CommitmentsAcceptedAt,
            sea_orm::sea_query::Expr::value(to_millis(now)),
        )
        .filter(person::Column::Id.eq(caller.id))
        .filter(person::Column::CommitmentsAcceptedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The caller's next scheduled session in a current partnership, on both clocks, and the
/// proposals waiting for the caller's answer (made by the other member).
pub async fn next_up(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<(Option<NextSession>, Vec<Awaiting>), ServiceError> {
    let pairs = partnership::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(partnership::Column::CoachId.eq(caller.id))
                .add(partnership::Column::PartnerId.eq(caller.id)),
        )
        .filter(partnership::Column::Status.is_in(CURRENT))
        .all(db)
        .await?;
    if pairs.is_empty() {
        return Ok((None, Vec::new()));
    }
    let ids: Vec<i64> = pairs.iter().map(|p| p.id).collect();
    let other_of = |pid: i64| {
        pairs.iter().find(|p| p.id == pid).map(|p| {
            if p.coach_id == caller.id {
                p.partner_id
            } else {
                p.coach_id
            }
        })
    };
    let others: Vec<i64> = pairs.iter().filter_map(|p| other_of(p.id)).collect();
    let people: Vec<person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(others))
        .all(db)
        .await?;
    let person_of = |pid: i64| other_of(pid).and_then(|o| people.iter().find(|x| x.id == o));
    let mine = zone(&caller.time_zone);
    let next_row = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(ids.clone()))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Scheduled.code()))
        .filter(coaching_session::Column::StartsAt.gt(to_millis(now)))
        .order_by_asc(coaching_session::Column::StartsAt)
        .one(db)
        .await?;
    let note = match next_row
        .as_ref()
        .and_then(|s| Some((s, s.starts_at?, person_of(s.partnership_id)?)))
    {
        Some((s, at, other)) => {
            crate::features::sessions::service::clock_note(
                db,
                s.partnership_id,
                at,
                now,
                &caller.time_zone,
                &other.time_zone,
            )
            .await?
        }
        None => None,
    };
    let next = next_row.and_then(|s| {
        let at = from_millis(s.starts_at?);
        let other = person_of(s.partnership_id)?;
        // In the reader's language (the request's; English outside one).
        let style = crate::i18n::style();
        Some(NextSession {
            clock_note: note,
            partnership_id: s.partnership_id,
            with_name: other.display_name.clone(),
            utc: at.to_string(),
            mine: shared::time::format_local_in(style, at, &mine),
            theirs: shared::time::format_local_in(style, at, &zone(&other.time_zone)),
            their_place: shared::time::zone_city_in(style.lang, &other.time_zone),
            medium: Medium::from_code(&s.medium).map_or_else(
                || s.medium.clone(),
                |m| crate::i18n::t(&format!("medium-name-{}", m.code())),
            ),
        })
    });
    let waiting = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(ids))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Proposed.code()))
        .filter(coaching_session::Column::ProposedBy.ne(caller.id))
        .order_by_asc(coaching_session::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|s| {
            let other = person_of(s.partnership_id)?;
            Some(Awaiting {
                text: crate::i18n::tr(
                    "home-awaiting",
                    &[
                        ("who", other.display_name.clone().into()),
                        (
                            "sent",
                            shared::time::format_local_in(
                                crate::i18n::style(),
                                from_millis(s.created_at),
                                &mine,
                            )
                            .into(),
                        ),
                    ],
                ),
                link: format!("/partnerships/{}/sessions", s.partnership_id),
            })
        })
        .collect();
    Ok((next, waiting))
}
