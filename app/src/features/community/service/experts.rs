//! The pool of experts. The programme team alone sees it whole (how to reach each expert, their
//! consent), adds, changes and retires experts; a coach sees the active experts' names,
//! expertise, languages and zones, to ask for an introduction (`proposals`).

mod proposals;

use proposals::views;
pub use proposals::{decide, for_pair_page, propose};

use super::{day_of, team_only};
use crate::entities::{expert, expert_proposal};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::experts::{ExpertChoice, ExpertForm, ExpertView, ExpertsPage, ProposalStatus};
use std::collections::HashMap;

fn choice(e: &expert::Model) -> ExpertChoice {
    ExpertChoice {
        id: e.id,
        name: e.name.clone(),
        expertise: e.expertise.clone(),
        languages: e
            .languages
            .split(',')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        time_zone: e.time_zone.clone(),
    }
}

/// The active experts, by name: what a coach may choose from.
pub async fn pool(db: &impl ConnectionTrait) -> Result<Vec<ExpertChoice>, ServiceError> {
    Ok(expert::Entity::find()
        .filter(expert::Column::RetiredAt.is_null())
        .order_by_asc(expert::Column::Name)
        .all(db)
        .await?
        .iter()
        .map(choice)
        .collect())
}

/// `/community/experts`: proposals waiting and answered, and every expert with how to reach
/// them (the programme team only).
pub async fn experts_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<ExpertsPage, ServiceError> {
    team_only(caller)?;
    let rows = expert_proposal::Entity::find()
        .order_by_desc(expert_proposal::Column::Id)
        .all(db)
        .await?;
    let (waiting, decided): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|r| r.status == ProposalStatus::Proposed.code());
    let experts = expert::Entity::find()
        .order_by_asc(expert::Column::RetiredAt.is_not_null())
        .order_by_asc(expert::Column::Name)
        .all(db)
        .await?;
    let mut introduced: HashMap<i64, usize> = HashMap::new();
    for r in &decided {
        if let (Some(e), true) = (r.expert_id, r.status == ProposalStatus::Introduced.code()) {
            *introduced.entry(e).or_default() += 1;
        }
    }
    Ok(ExpertsPage {
        waiting: views(db, caller, waiting, true).await?,
        decided: views(db, caller, decided.into_iter().take(20).collect(), true).await?,
        experts: experts
            .iter()
            .map(|e| {
                let c = choice(e);
                ExpertView {
                    form: ExpertForm {
                        id: e.id,
                        name: e.name.clone(),
                        expertise: e.expertise.clone(),
                        languages: c.languages.join(", "),
                        time_zone: e.time_zone.clone(),
                        contact: e.contact.clone(),
                        consent: "on".into(),
                        consent_note: e.consent_note.clone(),
                        request_key: String::new(),
                    },
                    choice: c,
                    contact: e.contact.clone(),
                    consent_on: day_of(e.consent_at, &caller.time_zone),
                    consent_note: e.consent_note.clone(),
                    retired: e.retired_at.is_some(),
                    introduced: introduced.get(&e.id).copied().unwrap_or(0),
                }
            })
            .collect(),
    })
}

/// The team adds an expert (`id` 0; consent recorded now) or changes one.
pub async fn save_expert(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ExpertForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    team_only(caller)?;
    let mut new = form.validate();
    if let Err(errors) = &mut new {
        crate::features::auth::service::check_zone(form.time_zone.trim(), errors);
    }
    let new = new?;
    let mut zone = shared::FieldErrors::new();
    crate::features::auth::service::check_zone(&new.time_zone, &mut zone);
    if !zone.is_empty() {
        return Err(ServiceError::Validation(zone));
    }
    let at = now.as_millisecond();
    let txn = crate::server::db::begin_write(db).await?;
    let id = if form.id == 0 {
        let key = receipts::key(&form.request_key)?;
        if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
            return Ok(id);
        }
        let e = expert::ActiveModel {
            name: Set(new.name),
            expertise: Set(new.expertise),
            languages: Set(new.languages.join(", ")),
            time_zone: Set(new.time_zone),
            contact: Set(new.contact),
            consent_at: Set(at),
            consent_note: Set(new.consent_note),
            created_by: Set(Some(caller.id)),
            created_at: Set(at),
            updated_at: Set(at),
            retired_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        receipts::keep(&txn, caller.id, key, e.id, now).await?;
        e.id
    } else {
        let old = expert::Entity::find_by_id(form.id)
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        expert::ActiveModel {
            id: Set(old.id),
            name: Set(new.name),
            expertise: Set(new.expertise),
            languages: Set(new.languages.join(", ")),
            time_zone: Set(new.time_zone),
            contact: Set(new.contact),
            consent_note: Set(new.consent_note),
            updated_at: Set(at),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        old.id
    };
    txn.commit().await?;
    Ok(id)
}

/// The team retires an expert (offered no more; their introductions stay) or brings them back.
pub async fn retire_expert(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    retired: bool,
    now: Timestamp,
) -> Result<(), ServiceError> {
    team_only(caller)?;
    let e = expert::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    expert::ActiveModel {
        id: Set(e.id),
        retired_at: Set(retired.then_some(now.as_millisecond())),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}
