//! The erasure itself: what goes, and what a former participant keeps for the pair and the
//! programme's figures (see the parent module's notes).

use super::{FORMER, FORMER_DOMAIN, is_former, ms};
use crate::entities::{
    announcement, application, application_note, audit_log, auth_session, availability_exception,
    availability_window, calendar_feed, coaching_session, cohort_coach, community_event,
    community_story, concern, concern_response, directory_listing, discussion_post,
    discussion_thread, email_change, erasure_request, evaluation, event_attendance, expert,
    expert_proposal, goal, goal_event, introduction, invitation, journal_entry, library_item,
    mail_preference, notification, outbox, partner_intake, partnership, password_reset, person,
    person_role, reminder, request_receipt, resource, session_change, support_hours,
};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use shared::words::count;

/// Sets `column` to `to` wherever it is `from`; how many rows changed.
macro_rules! reassign {
    ($db:expr, $table:ident, $column:ident, $from:expr, $to:expr) => {
        $table::Entity::update_many()
            .col_expr($table::Column::$column, Expr::value($to))
            .filter($table::Column::$column.eq($from))
            .exec($db)
            .await?
            .rows_affected
    };
}

/// Deletes the rows where `column` is `value`; how many went.
macro_rules! remove {
    ($db:expr, $table:ident, $column:ident, $value:expr) => {
        $table::Entity::delete_many()
            .filter($table::Column::$column.eq($value))
            .exec($db)
            .await?
            .rows_affected
    };
}

/// Erases an account (see the module's notes); returns what went and what stayed, in figures.
pub async fn erase_person(
    db: &impl ConnectionTrait,
    me: i64,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let Some(person) = person::Entity::find_by_id(me).one(db).await? else {
        return Ok("The account was already gone.".into());
    };
    let email = person.email.clone();
    // The former participant who keeps the pair's shared records: no address, no password,
    // no roles, closed.
    let former = person::ActiveModel {
        email: Set(format!(
            "former-{}{FORMER_DOMAIN}",
            crate::features::auth::tokens::new_token()
                .chars()
                .take(16)
                .collect::<String>()
                .to_lowercase()
        )),
        display_name: Set(FORMER.into()),
        time_zone: Set("UTC".into()),
        languages: Set("[]".into()),
        password_hash: Set(None),
        is_demo: Set(person.is_demo),
        created_at: Set(ms(now)),
        updated_at: Set(ms(now)),
        work_start_min: Set(person.work_start_min),
        work_end_min: Set(person.work_end_min),
        closed_at: Set(Some(ms(now))),
        commitments_accepted_at: Set(person.commitments_accepted_at),
        institution: Set(String::new()),
        introduction: Set(String::new()),
        phone: Set(String::new()),
        whatsapp: Set(String::new()),
        shares: Set(String::new()),
        language: Set(String::new()),
        digits: Set(String::new()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let t = former.id;

    // Pairs whose other member is already a former participant keep their figures only.
    let pairs = partnership::Entity::find()
        .filter(
            partnership::Column::CoachId
                .eq(me)
                .or(partnership::Column::PartnerId.eq(me)),
        )
        .all(db)
        .await?;
    let mut emptied = 0u64;
    for p in &pairs {
        let other = if p.coach_id == me {
            p.partner_id
        } else {
            p.coach_id
        };
        let other_gone = person::Entity::find_by_id(other)
            .one(db)
            .await?
            .is_none_or(|o| is_former(&o.email));
        if other_gone {
            emptied += 1;
            remove!(db, goal, PartnershipId, p.id);
            remove!(db, goal_event, PartnershipId, p.id);
            remove!(db, resource, PartnershipId, p.id);
            remove!(db, introduction, PartnershipId, p.id);
            remove!(db, journal_entry, PartnershipId, p.id);
            coaching_session::Entity::update_many()
                .col_expr(coaching_session::Column::Agenda, Expr::value(""))
                .col_expr(coaching_session::Column::Notes, Expr::value(""))
                .col_expr(coaching_session::Column::Actions, Expr::value(""))
                .col_expr(coaching_session::Column::Link, Expr::value(""))
                .col_expr(coaching_session::Column::CancelReason, Expr::value(""))
                .filter(coaching_session::Column::PartnershipId.eq(p.id))
                .exec(db)
                .await?;
        }
    }

    // What is theirs alone goes.
    let journal = remove!(db, journal_entry, AuthorId, me);
    let concerns = remove!(db, concern, AuthorId, me);
    let applications = remove!(db, application, Email, email.as_str());
    let messages = outbox::Entity::delete_many()
        .filter(
            outbox::Column::PersonId
                .eq(me)
                .or(outbox::Column::ToEmail.eq(email.as_str())),
        )
        .exec(db)
        .await?
        .rows_affected;
    remove!(db, invitation, Email, email.as_str());
    remove!(db, partner_intake, PersonId, me);
    remove!(db, directory_listing, PersonId, me);
    remove!(db, event_attendance, PersonId, me);
    // Their stories are their words: they go with them, from search too.
    for story in community_story::Entity::find()
        .filter(community_story::Column::AuthorId.eq(me))
        .all(db)
        .await?
    {
        crate::server::search::remove(db, crate::server::search::Kind::Story, story.id).await?;
    }
    remove!(db, community_story, AuthorId, me);
    // So are their discussion posts; the threads they started stay for those who replied.
    for post in discussion_post::Entity::find()
        .filter(discussion_post::Column::AuthorId.eq(me))
        .all(db)
        .await?
    {
        crate::server::search::remove(db, crate::server::search::Kind::Post, post.id).await?;
    }
    remove!(db, discussion_post, AuthorId, me);
    remove!(db, cohort_coach, PersonId, me);
    remove!(db, person_role, PersonId, me);
    remove!(db, auth_session, PersonId, me);
    remove!(db, password_reset, PersonId, me);
    remove!(db, email_change, PersonId, me);
    remove!(db, mail_preference, PersonId, me);
    remove!(db, notification, PersonId, me);
    remove!(db, calendar_feed, PersonId, me);
    remove!(db, availability_window, PersonId, me);
    remove!(db, availability_exception, PersonId, me);
    remove!(db, reminder, PersonId, me);
    remove!(db, request_receipt, PersonId, me);
    // The words of their evaluation go; its figures (rating, goals reached) stay.
    evaluation::Entity::update_many()
        .col_expr(evaluation::Column::Helped, Expr::value(""))
        .col_expr(evaluation::Column::Change, Expr::value(""))
        .col_expr(evaluation::Column::QuoteOk, Expr::value(false))
        .col_expr(evaluation::Column::PersonId, Expr::value(t))
        .filter(evaluation::Column::PersonId.eq(me))
        .exec(db)
        .await?;

    // What the pair shares, and the programme's records of who did what, name the former
    // participant instead.
    let kept_pairs =
        reassign!(db, partnership, CoachId, me, t) + reassign!(db, partnership, PartnerId, me, t);
    reassign!(db, partnership, CreatedBy, me, Option::<i64>::None);
    let sessions = reassign!(db, coaching_session, ProposedBy, me, t);
    reassign!(db, coaching_session, OutcomeBy, me, t);
    reassign!(db, session_change, PersonId, me, t);
    reassign!(db, goal, CreatedBy, me, t);
    reassign!(db, goal_event, PersonId, me, t);
    reassign!(db, introduction, AddedBy, me, t);
    reassign!(db, resource, AddedBy, me, t);
    reassign!(db, support_hours, CoachId, me, t);
    reassign!(db, concern_response, AuthorId, me, t);
    reassign!(db, concern, OwnerId, me, Option::<i64>::None);
    reassign!(db, application_note, AuthorId, me, Option::<i64>::None);
    reassign!(db, invitation, InvitedBy, me, Option::<i64>::None);
    reassign!(db, partner_intake, InvitedBy, me, Option::<i64>::None);
    reassign!(db, community_event, CreatedBy, me, Option::<i64>::None);
    reassign!(db, community_story, HiddenBy, me, Option::<i64>::None);
    reassign!(db, announcement, AuthorId, me, Option::<i64>::None);
    // What they gave the library stays the community's, without their name.
    reassign!(db, library_item, AddedBy, me, Option::<i64>::None);
    reassign!(db, discussion_thread, AuthorId, me, Option::<i64>::None);
    reassign!(db, discussion_thread, LockedBy, me, Option::<i64>::None);
    reassign!(db, discussion_post, HiddenBy, me, Option::<i64>::None);
    reassign!(db, expert, CreatedBy, me, Option::<i64>::None);
    reassign!(db, expert_proposal, ProposedBy, me, Some(t));
    reassign!(db, expert_proposal, DecidedBy, me, Option::<i64>::None);
    reassign!(db, erasure_request, DecidedBy, me, Option::<i64>::None);
    reassign!(db, erasure_request, PersonId, me, Option::<i64>::None);
    reassign!(db, audit_log, PersonId, me, t);
    reassign!(
        db,
        audit_log,
        Subject,
        format!("person:{me}"),
        format!("person:{t}")
    );
    person::Entity::delete_by_id(me).exec(db).await?;

    let mut removed = vec!["the account".to_owned()];
    for (n, one, many) in [
        (
            applications,
            "an application with its CV",
            "applications with their CVs",
        ),
        (journal, "a journal entry", "journal entries"),
        (concerns, "a concern", "concerns"),
        (messages, "a message", "messages"),
    ] {
        if n > 0 {
            removed.push(if n == 1 {
                one.to_owned()
            } else {
                format!("{n} {many}")
            });
        }
    }
    let mut text = format!("Removed {}.", shared::words::list(&removed));
    if kept_pairs > 0 {
        text.push_str(&format!(
            " {} kept with a former participant in their place ({}).",
            count(kept_pairs as i64, "partnership", "partnerships"),
            count(
                sessions as i64,
                "session they proposed",
                "sessions they proposed"
            )
        ));
    }
    if emptied > 0 {
        text.push_str(&format!(
            " {} whose other member had already gone kept only its figures.",
            count(emptied as i64, "A partnership", "partnerships")
        ));
    }
    Ok(text)
}

/// Erases an application (with its CV, links and review notes) and the messages sent to its
/// address by the call. An account at the same address stays: its owner asks from the profile.
pub async fn erase_application(
    db: &impl ConnectionTrait,
    application_id: i64,
) -> Result<String, ServiceError> {
    let Some(app) = application::Entity::find_by_id(application_id)
        .one(db)
        .await?
    else {
        return Ok("The application was already gone.".into());
    };
    let messages = outbox::Entity::delete_many()
        .filter(outbox::Column::ToEmail.eq(app.email.as_str()))
        .filter(outbox::Column::PersonId.is_null())
        .exec(db)
        .await?
        .rows_affected;
    application::Entity::delete_by_id(app.id).exec(db).await?;
    Ok(if messages > 0 {
        format!(
            "Removed the application with its CV and review notes, and {}.",
            count(messages as i64, "message", "messages")
        )
    } else {
        "Removed the application with its CV and review notes.".into()
    })
}
