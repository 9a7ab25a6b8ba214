//! Community use cases. Every one first checks that the caller is a member of the programme.

pub mod directory;
pub mod events;
pub mod stories;

use crate::server::ServiceError;
use shared::Role;
use shared::account::CurrentUser;

/// Coaches, partners, the programme team and the chair: anyone else sees nothing.
pub fn member(caller: &CurrentUser) -> Result<(), ServiceError> {
    if Role::ALL.iter().any(|r| caller.has(*r)) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}
