//! The chair's changes to accounts: add a role (a coach who also becomes a partner, a second
//! chair), close an account (its sessions end at once) and open it again.

use super::{ms, require_chair};
use crate::entities::{auth_session, person, person_role};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use shared::account::{AccountChange, CurrentUser};

/// Applies one change to a person's account (chair only). The chair cannot close their own.
pub async fn change_account(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    person_id: i64,
    change: AccountChange,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_chair(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let who = person::Entity::find_by_id(person_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    match change {
        AccountChange::AddRole(role) => {
            let has = person_role::Entity::find()
                .filter(person_role::Column::PersonId.eq(who.id))
                .filter(person_role::Column::Role.eq(role.code()))
                .one(&txn)
                .await?
                .is_some();
            if has {
                return Err(ServiceError::field(
                    "role",
                    shared::errors::Message::key(
                        "people-has-role",
                        &[
                            ("who", who.display_name.clone().into()),
                            (
                                "role",
                                shared::i18n::Arg::Key(format!("role-{}", role.code())),
                            ),
                        ],
                    ),
                ));
            }
            person_role::ActiveModel {
                person_id: Set(who.id),
                role: Set(role.code().to_owned()),
            }
            .insert(&txn)
            .await?;
        }
        AccountChange::Close => {
            if who.id == caller.id {
                return Err(ServiceError::Conflict(shared::errors::Message::key(
                    "people-close-own",
                    &[],
                )));
            }
            let mut active: person::ActiveModel = who.clone().into();
            active.closed_at = Set(Some(ms(now)));
            active.update(&txn).await?;
            // Signed out everywhere, at once.
            auth_session::Entity::delete_many()
                .filter(auth_session::Column::PersonId.eq(who.id))
                .exec(&txn)
                .await?;
        }
        AccountChange::Reopen => {
            let mut active: person::ActiveModel = who.into();
            active.closed_at = Set(None);
            active.update(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
