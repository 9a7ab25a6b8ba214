//! The chair's side of erasure requests: the list (with what to weigh), an objection, a
//! confirmation that runs the erasure at once.

use super::{ms, run, status_of, view, zone};
use crate::entities::{application, cohort, concern, erasure_request, partnership, person};
use crate::server::ServiceError;
use crate::server::db::begin_write;
use crate::server::failure::require_role;
use jiff::Timestamp;
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::i18n::{Arg, t, tr};
use shared::mail::MailKind;
use shared::privacy::{ErasureList, ErasureStatus, ObjectionForm};

/// What the chair should weigh before an account is erased.
async fn account_context(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Vec<String>, ServiceError> {
    // Read by the chair on the erasures page: in the page's language.
    let lang = crate::i18n::lang();
    let mut lines = Vec::new();
    let pairs = partnership::Entity::find()
        .filter(
            partnership::Column::CoachId
                .eq(person_id)
                .or(partnership::Column::PartnerId.eq(person_id)),
        )
        .all(db)
        .await?;
    for p in pairs {
        let other_id = if p.coach_id == person_id {
            p.partner_id
        } else {
            p.coach_id
        };
        let other = person::Entity::find_by_id(other_id)
            .one(db)
            .await?
            .map(|o| o.display_name)
            .unwrap_or_else(|| t(lang, "former-participant"));
        let running = shared::partnership::PartnershipStatus::from_code(&p.status)
            .is_some_and(|s| s.is_current());
        lines.push(if running {
            tr(
                lang,
                "erasure-context-running",
                &[
                    ("other", other.into()),
                    ("until", Arg::Date(p.ends_on.clone())),
                ],
            )
        } else {
            tr(lang, "erasure-context-finished", &[("other", other.into())])
        });
    }
    let open = concern::Entity::find()
        .filter(concern::Column::AuthorId.eq(person_id))
        .filter(concern::Column::Status.ne(shared::commitments::ConcernStatus::Resolved.code()))
        .all(db)
        .await?
        .len();
    if open > 0 {
        lines.push(tr(
            lang,
            "erasure-context-concerns",
            &[("count", open.into())],
        ));
    }
    Ok(lines)
}

/// The chair's list: waiting requests first, then the answered ones (newest first).
pub async fn list(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<ErasureList, ServiceError> {
    require_role(caller, Role::Chair)?;
    let tz = zone(&caller.time_zone);
    let rows = erasure_request::Entity::find()
        .order_by_desc(erasure_request::Column::Id)
        .all(db)
        .await?;
    let mut out = ErasureList::default();
    for row in rows {
        let (who, context) = match (row.person_id, row.application_id) {
            (Some(pid), _) => match person::Entity::find_by_id(pid).one(db).await? {
                Some(p) => (
                    format!("{} <{}>", p.display_name, p.email),
                    account_context(db, pid).await?,
                ),
                None => (t(crate::i18n::lang(), "former-participant"), Vec::new()),
            },
            (None, Some(aid)) => match application::Entity::find_by_id(aid).one(db).await? {
                Some(a) => {
                    let cohort_name = cohort::Entity::find_by_id(a.cohort_id)
                        .one(db)
                        .await?
                        .map(|c| c.name)
                        .unwrap_or_default();
                    (
                        format!("{} <{}>", a.name, a.email),
                        vec![tr(
                            crate::i18n::lang(),
                            "erasure-context-application",
                            &[
                                ("cohort", cohort_name.into()),
                                (
                                    "status",
                                    Arg::Key(format!("application-status-{}", a.status)),
                                ),
                            ],
                        )],
                    )
                }
                None => (t(crate::i18n::lang(), "former-participant"), Vec::new()),
            },
            (None, None) => (t(crate::i18n::lang(), "former-participant"), Vec::new()),
        };
        let v = view(&row, &tz, who, context);
        if v.status == ErasureStatus::Waiting {
            out.waiting.push(v);
        } else {
            out.decided.push(v);
        }
    }
    Ok(out)
}

async fn waiting(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<erasure_request::Model, ServiceError> {
    let row = erasure_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if status_of(&row) != ErasureStatus::Waiting {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "erasure-already-answered",
            &[(
                "status",
                shared::i18n::Arg::Key(format!("erasure-status-{}", status_of(&row).code())),
            )],
        )));
    }
    Ok(row)
}

/// The chair objects: the request stops, and the person is told why.
pub async fn object(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ObjectionForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Chair)?;
    let reason = form.validate().map_err(ServiceError::Validation)?;
    let txn = begin_write(db).await?;
    let row = waiting(&txn, form.request_id).await?;
    let body = shared::errors::Message::key(
        "erasure-objected-note",
        &[("reason", reason.clone().into())],
    );
    if let Some(pid) = row.person_id {
        // In the person's own language.
        crate::features::partnership::service::notify_message(
            &txn,
            pid,
            MailKind::Account,
            body,
            "/profile/data",
            now,
        )
        .await?;
    } else if let Some(aid) = row.application_id
        && let Some(app) = application::Entity::find_by_id(aid).one(&txn).await?
    {
        use crate::features::mail::service::{Letter, Outgoing, queue};
        queue(
            &txn,
            Outgoing {
                to_email: app.email.clone(),
                person_id: None,
                kind: MailKind::Application,
                subject: "Your request to erase your application".into(),
                letter: Letter {
                    to_name: app.name.clone(),
                    paragraphs: vec![body.text().to_owned()],
                    action: None,
                    reason: "You asked for your application to be erased.".into(),
                    lang: shared::i18n::Lang::En,
                },
                secret: false,
                ics: None,
            },
            now,
        )
        .await?;
    }
    let id = row.id;
    let mut active = row.into_active_model();
    active.status = Set(ErasureStatus::Objected.code().into());
    active.objection = Set(reason);
    active.decided_by = Set(Some(caller.id));
    active.decided_at = Set(Some(ms(now)));
    active.update(&txn).await?;
    crate::server::audit::record(
        &txn,
        Some(caller.id),
        "objected to an erasure",
        format!("erasure:{id}"),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The chair confirms a waiting request: it runs now instead of when the week is out.
pub async fn confirm(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    request_id: i64,
    now: Timestamp,
) -> Result<String, ServiceError> {
    require_role(caller, Role::Chair)?;
    let txn = begin_write(db).await?;
    let row = waiting(&txn, request_id).await?;
    if row.person_id == Some(caller.id) {
        return Err(ServiceError::Forbidden);
    }
    let summary = run(&txn, row, Some(caller.id), now).await?;
    txn.commit().await?;
    Ok(summary)
}
