//! Introductions a coach asks for: a coach proposes an expert for their own pair, the team
//! answers (an introduction made becomes one of the pair's introductions, where the coach keeps
//! its outcome; a decline carries a note) and both members of the pair are told.

use super::super::{day_of, team_only};
use super::pool;
use crate::entities::{expert, expert_proposal, introduction, partnership, person, person_role};
use crate::features::partnership::service::{notify, pair_writing};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::experts::{DecisionForm, ExpertChoice, ProposalForm, ProposalStatus, ProposalView};
use shared::mail::MailKind;
use shared::partnership::Side;
use std::collections::HashMap;

async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, ServiceError> {
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect())
}

/// Proposals as `caller` reads them; `pairs`: name each one's pair (for the team).
pub(super) async fn views(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    rows: Vec<expert_proposal::Model>,
    pairs: bool,
) -> Result<Vec<ProposalView>, ServiceError> {
    let experts: HashMap<i64, expert::Model> = expert::Entity::find()
        .filter(expert::Column::Id.is_in(rows.iter().filter_map(|r| r.expert_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let pair_rows: HashMap<i64, partnership::Model> = if pairs {
        partnership::Entity::find()
            .filter(partnership::Column::Id.is_in(rows.iter().map(|r| r.partnership_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect()
    } else {
        HashMap::new()
    };
    let people = names(
        db,
        rows.iter()
            .filter_map(|r| r.proposed_by)
            .chain(pair_rows.values().flat_map(|p| [p.coach_id, p.partner_id])),
    )
    .await?;
    let name = |id: Option<i64>| id.and_then(|i| people.get(&i).cloned()).unwrap_or_default();
    Ok(rows
        .into_iter()
        .map(|r| {
            let e = r.expert_id.and_then(|id| experts.get(&id));
            ProposalView {
                id: r.id,
                expert: e.map(|e| e.name.clone()).unwrap_or_default(),
                expertise: e.map(|e| e.expertise.clone()).unwrap_or_default(),
                why: r.why,
                status: ProposalStatus::from_code(&r.status).unwrap_or(ProposalStatus::Proposed),
                proposed_by: name(r.proposed_by),
                proposed_on: day_of(r.created_at, &caller.time_zone),
                note: r.note,
                pair: pair_rows.get(&r.partnership_id).map(|p| {
                    (
                        p.id,
                        format!("{} · {}", name(Some(p.coach_id)), name(Some(p.partner_id))),
                    )
                }),
            }
        })
        .collect())
}

/// A pair's proposals, newest first (for its introductions page).
async fn pair_proposals(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    partnership_id: i64,
) -> Result<Vec<ProposalView>, ServiceError> {
    let rows = expert_proposal::Entity::find()
        .filter(expert_proposal::Column::PartnershipId.eq(partnership_id))
        .order_by_desc(expert_proposal::Column::Id)
        .all(db)
        .await?;
    views(db, caller, rows, false).await
}

/// A pair's coach asks the team to introduce their partner to an expert; the team is told.
pub async fn propose(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ProposalForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let why = form.validate()?;
    let key = receipts::key(&form.request_key)?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    if side != Side::Coach {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "introductions-coach-only",
            &[],
        )));
    }
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
    let e = expert::Entity::find_by_id(form.expert_id)
        .filter(expert::Column::RetiredAt.is_null())
        .one(&txn)
        .await?
        .ok_or_else(|| {
            ServiceError::field(
                "expert_id",
                shared::errors::Message::key("error-proposal-expert", &[]),
            )
        })?;
    let row = expert_proposal::ActiveModel {
        partnership_id: Set(p.id),
        expert_id: Set(Some(e.id)),
        proposed_by: Set(Some(caller.id)),
        why: Set(why),
        status: Set(ProposalStatus::Proposed.code().to_owned()),
        note: Set(String::new()),
        decided_by: Set(None),
        decided_at: Set(None),
        introduction_id: Set(None),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let team: Vec<i64> = person_role::Entity::find()
        .filter(person_role::Column::Role.is_in([Role::Chair.code(), Role::Team.code()]))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect();
    for person in team {
        let style = crate::features::auth::service::style_of(&txn, person).await?;
        let body = shared::i18n::tr(
            style.lang,
            "proposal-notice-team",
            &[
                ("who", caller.display_name.clone().into()),
                ("expert", e.name.clone().into()),
            ],
        );
        notify(
            &txn,
            person,
            MailKind::Partnership,
            &body,
            "/community/experts",
            now,
        )
        .await?;
    }
    receipts::keep(&txn, caller.id, key, row.id, now).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// The team answers a waiting proposal. Introduced: it becomes one of the pair's
/// introductions (its outcome is kept there). Either way the coach who asked is told.
pub async fn decide(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &DecisionForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    team_only(caller)?;
    let (status, note) = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let row = expert_proposal::Entity::find_by_id(form.id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if row.status != ProposalStatus::Proposed.code() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "proposal-decided-already",
            &[],
        )));
    }
    let e = match row.expert_id {
        Some(id) => expert::Entity::find_by_id(id).one(&txn).await?,
        None => None,
    };
    let expert_name = e.as_ref().map(|e| e.name.clone()).unwrap_or_default();
    let at = now.as_millisecond();
    let made = if status == ProposalStatus::Introduced {
        let i = introduction::ActiveModel {
            partnership_id: Set(row.partnership_id),
            added_by: Set(row.proposed_by.unwrap_or(caller.id)),
            expert: Set(format!(
                "{expert_name} — {}",
                e.as_ref().map(|e| e.expertise.clone()).unwrap_or_default()
            )
            .chars()
            .take(200)
            .collect()),
            why: Set(row.why.clone()),
            outcome: Set(String::new()),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        Some(i.id)
    } else {
        None
    };
    expert_proposal::ActiveModel {
        id: Set(row.id),
        status: Set(status.code().to_owned()),
        note: Set(note),
        decided_by: Set(Some(caller.id)),
        decided_at: Set(Some(at)),
        introduction_id: Set(made),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let p = partnership::Entity::find_by_id(row.partnership_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    for person in [p.coach_id, p.partner_id] {
        let style = crate::features::auth::service::style_of(&txn, person).await?;
        let body = shared::i18n::tr(
            style.lang,
            &format!("proposal-notice-{}", status.code()),
            &[("expert", expert_name.clone().into())],
        );
        notify(
            &txn,
            person,
            MailKind::Partnership,
            &body,
            &format!("/partnerships/{}/introductions", p.id),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(row.id)
}

/// The pool a coach may ask from and the pair's proposals, for the pair's Introductions page.
/// `side` is what `pair_only` said of the caller: the page has checked that they are a member
/// of this pair, and this takes its word (one check per page).
pub async fn for_pair_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    partnership_id: i64,
    side: Side,
) -> Result<(Vec<ExpertChoice>, Vec<ProposalView>), ServiceError> {
    let pool = if side == Side::Coach {
        pool(db).await?
    } else {
        Vec::new()
    };
    Ok((pool, pair_proposals(db, caller, partnership_id).await?))
}
