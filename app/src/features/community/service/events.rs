//! Community events: the programme team publishes a conference or a call to everyone or to one
//! cohort; everyone invited reads it, says whether they will attend, sees who else goes and
//! takes its calendar file; the team sees the figures and may cancel it. Someone not invited
//! is told the event does not exist.

use super::{audience_cohort, audiences, cohort_names, cohorts_of, day_of, member, team_only};
use crate::entities::{community_event, event_attendance, person};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::community_event::{
    Answer, AttendanceForm, Attendee, EventForm, EventKind, EventPage, EventSummary, EventsPage,
    Figures, Mode,
};
use shared::errors::Message;
use std::collections::HashMap;

/// Which events a person may see: the team sees all; others, those for everyone and for their
/// cohorts.
async fn visible(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Condition, ServiceError> {
    if caller.on_team() {
        return Ok(Condition::all());
    }
    Ok(Condition::any()
        .add(community_event::Column::CohortId.is_null())
        .add(community_event::Column::CohortId.is_in(cohorts_of(db, caller.id).await?)))
}

/// Lists and pages show an event this way; `answers` are the reader's, `going` the yes counts.
fn summary(
    e: &community_event::Model,
    cohorts: &HashMap<i64, String>,
    mine: Option<Answer>,
    going: u32,
) -> EventSummary {
    let kind = EventKind::from_code(&e.kind).unwrap_or(EventKind::Call);
    // The last day of a conference is the day its end (midnight after it) closes.
    let last_ms = if kind == EventKind::Conference {
        e.ends_at - 1
    } else {
        e.ends_at
    };
    EventSummary {
        id: e.id,
        kind,
        title: e.title.clone(),
        starts_at_ms: e.starts_at,
        ends_at_ms: e.ends_at,
        time_zone: e.time_zone.clone(),
        first_day: day_of(e.starts_at, &e.time_zone),
        last_day: day_of(last_ms, &e.time_zone),
        place: e.place.clone(),
        audience: e.cohort_id.and_then(|id| cohorts.get(&id).cloned()),
        my_answer: mine,
        going,
    }
}

/// The events page: upcoming (soonest first) and past (latest first), cancelled ones left out.
pub async fn events_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<EventsPage, ServiceError> {
    member(caller)?;
    let events = community_event::Entity::find()
        .filter(visible(db, caller).await?)
        .filter(community_event::Column::CancelledAt.is_null())
        .order_by_asc(community_event::Column::StartsAt)
        .all(db)
        .await?;
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let answers = event_attendance::Entity::find()
        .filter(event_attendance::Column::EventId.is_in(ids))
        .all(db)
        .await?;
    let names = cohort_names(db).await?;
    let now_ms = now.as_millisecond();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for e in &events {
        let mine = answers
            .iter()
            .find(|a| a.event_id == e.id && a.person_id == caller.id)
            .and_then(|a| Answer::from_code(&a.answer));
        let going = answers
            .iter()
            .filter(|a| a.event_id == e.id && a.answer == Answer::Yes.code())
            .count() as u32;
        let s = summary(e, &names, mine, going);
        if e.ends_at > now_ms {
            upcoming.push(s);
        } else {
            past.push(s);
        }
    }
    past.reverse();
    let cohorts = audiences(db, caller).await?;
    Ok(EventsPage {
        upcoming,
        past,
        my_zone: caller.time_zone.clone(),
        can_publish: caller.on_team(),
        cohorts,
    })
}

/// The events still to come that a person is invited to, soonest first (for their home page).
pub async fn coming_up(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
    limit: usize,
) -> Result<Vec<EventSummary>, ServiceError> {
    let mut page = events_page(db, caller, now).await?;
    page.upcoming.truncate(limit);
    Ok(page.upcoming)
}

/// An event the caller may see (cancelled ones too), else `NotFound`.
async fn find_visible(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<community_event::Model, ServiceError> {
    member(caller)?;
    community_event::Entity::find_by_id(id)
        .filter(visible(db, caller).await?)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// One event's page: who goes (yes and maybe, by name), the reader's answer, and for the team
/// the figures.
pub async fn event_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<EventPage, ServiceError> {
    let e = find_visible(db, caller, id).await?;
    let answers = event_attendance::Entity::find()
        .filter(event_attendance::Column::EventId.eq(e.id))
        .order_by_asc(event_attendance::Column::UpdatedAt)
        .all(db)
        .await?;
    let people: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(answers.iter().map(|a| a.person_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect();
    let parsed: Vec<(i64, Answer, Mode)> = answers
        .iter()
        .filter_map(|a| {
            Some((
                a.person_id,
                Answer::from_code(&a.answer)?,
                Mode::from_code(&a.mode)?,
            ))
        })
        .collect();
    let count =
        |f: &dyn Fn(&(i64, Answer, Mode)) -> bool| parsed.iter().filter(|x| f(x)).count() as u32;
    let going = count(&|x| x.1 == Answer::Yes);
    let mine = parsed.iter().find(|x| x.0 == caller.id);
    let figures = if caller.on_team() {
        Some(Figures {
            invited: super::invited(db, e.cohort_id).await?.len() as u32,
            yes: going,
            maybe: count(&|x| x.1 == Answer::Maybe),
            no: count(&|x| x.1 == Answer::No),
            in_person: count(&|x| x.1 != Answer::No && x.2 == Mode::InPerson),
            online: count(&|x| x.1 != Answer::No && x.2 == Mode::Online),
        })
    } else {
        None
    };
    let attendees = parsed
        .iter()
        .filter(|x| x.1 != Answer::No)
        .filter_map(|x| {
            Some(Attendee {
                name: people.get(&x.0)?.clone(),
                answer: x.1,
                mode: x.2,
            })
        })
        .collect();
    let names = cohort_names(db).await?;
    Ok(EventPage {
        event: summary(&e, &names, mine.map(|x| x.1), going),
        description: e.description.clone(),
        link: e.link.clone(),
        attendees,
        mine: AttendanceForm {
            event_id: e.id,
            answer: mine.map(|x| x.1.code().to_owned()).unwrap_or_default(),
            mode: mine.map(|x| x.2.code().to_owned()).unwrap_or_default(),
        },
        my_zone: caller.time_zone.clone(),
        figures,
        cancelled: e.cancelled_at.is_some(),
        open: e.cancelled_at.is_none() && e.ends_at > now.as_millisecond(),
    })
}

/// Publishes an event (the programme team). A resend of the same form answers the first one.
pub async fn publish(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &EventForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    team_only(caller)?;
    let key = receipts::key(&form.request_key)?;
    let new = form.validate(now)?;
    let txn = crate::server::db::begin_write(db).await?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let cohort_id = audience_cohort(&txn, new.audience.as_deref()).await?;
    let row = community_event::ActiveModel {
        kind: Set(new.kind.code().to_owned()),
        title: Set(new.title),
        description: Set(new.description),
        time_zone: Set(new.time_zone),
        starts_at: Set(new.starts_at.as_millisecond()),
        ends_at: Set(new.ends_at.as_millisecond()),
        place: Set(new.place),
        link: Set(new.link),
        cohort_id: Set(cohort_id),
        created_by: Set(Some(caller.id)),
        created_at: Set(now.as_millisecond()),
        cancelled_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    receipts::keep(&txn, caller.id, key, row.id, now).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Records the caller's answer (once per person: a new answer replaces the last). An event
/// that has ended or was cancelled takes no more answers.
pub async fn answer(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &AttendanceForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let e = find_visible(&txn, caller, form.event_id).await?;
    if e.cancelled_at.is_some() || e.ends_at <= now.as_millisecond() {
        return Err(ServiceError::Conflict(Message::key("event-closed", &[])));
    }
    let kind = EventKind::from_code(&e.kind).unwrap_or(EventKind::Call);
    let (answer, mode) = form.validate(kind)?;
    let row = event_attendance::ActiveModel {
        event_id: Set(e.id),
        person_id: Set(caller.id),
        answer: Set(answer.code().to_owned()),
        mode: Set(mode.code().to_owned()),
        updated_at: Set(now.as_millisecond()),
    };
    let exists = event_attendance::Entity::find_by_id((e.id, caller.id))
        .one(&txn)
        .await?
        .is_some();
    if exists {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Cancels an event (the programme team): it leaves the lists, its page says so, and its
/// calendar file becomes a cancellation.
pub async fn cancel(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let found = community_event::Entity::update_many()
        .col_expr(
            community_event::Column::CancelledAt,
            Expr::value(now.as_millisecond()),
        )
        .filter(community_event::Column::Id.eq(id))
        .filter(community_event::Column::CancelledAt.is_null())
        .exec(db)
        .await?
        .rows_affected;
    if found == 0
        && community_event::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_none()
    {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}

/// The event's calendar file: times in UTC, so every calendar shows them on its owner's clock.
pub async fn event_ics(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    host: &str,
    lang: shared::i18n::Lang,
) -> Result<String, ServiceError> {
    let e = find_visible(db, caller, id).await?;
    let start = Timestamp::from_millisecond(e.starts_at).map_err(internal)?;
    let stamp = Timestamp::from_millisecond(e.created_at).map_err(internal)?;
    let minutes = ((e.ends_at - e.starts_at) / 60_000).max(1) as u32;
    let kind = EventKind::from_code(&e.kind).unwrap_or(EventKind::Call);
    let location = match kind {
        EventKind::Call => e.link.clone(),
        EventKind::Conference => e.place.clone(),
    };
    let mut description = e.description.clone();
    if kind == EventKind::Conference && !e.link.is_empty() {
        let line = shared::i18n::tr(
            lang,
            "event-ics-register",
            &[("link", e.link.clone().into())],
        );
        description = if description.is_empty() {
            line
        } else {
            format!("{description}\n\n{line}")
        };
    }
    Ok(shared::ics::session_file(&shared::ics::Event {
        uid: format!("event-{}@{host}", e.id),
        sequence: i32::from(e.cancelled_at.is_some()),
        start,
        minutes,
        summary: e.title,
        description,
        location,
        cancelled: e.cancelled_at.is_some(),
        stamp,
    }))
}

fn internal(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(e.to_string())
}
