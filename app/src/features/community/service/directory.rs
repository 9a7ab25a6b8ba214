//! The directory: who chose to appear (`directory_listing`), what others see of them, and their
//! choice. What an entry says comes from what the person already keeps (their name, zone and
//! languages; a partner's library, city and objective area; a coach's institution, country and
//! expertise); the contact details are only those they tick for the directory.

use super::member;
use crate::entities::{
    application, cohort, cohort_coach, directory_listing, partner_intake, person, person_role,
};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::directory::{Choices, DirectoryPage, Entry, Filter, Listing, ListingForm, ListingPage};
use shared::pair_card::{PairCard, contacts, shares_from, shares_to};
use shared::programme::ObjectiveArea;
use std::collections::HashMap;

/// Roles in the order an entry names them: the most telling first.
const ROLE_ORDER: [Role; 4] = [Role::Partner, Role::Coach, Role::Chair, Role::Team];

fn codes(json: &str) -> Vec<ObjectiveArea> {
    serde_json::from_str::<Vec<String>>(json)
        .unwrap_or_default()
        .iter()
        .filter_map(|c| ObjectiveArea::from_code(c))
        .collect()
}

/// The entries of these people, as the directory shows them, by name. Batch-loaded: a fixed
/// number of statements whatever the count.
async fn entries_of(
    db: &impl ConnectionTrait,
    listings: &[directory_listing::Model],
) -> Result<Vec<Entry>, ServiceError> {
    let ids: Vec<i64> = listings.iter().map(|l| l.person_id).collect();
    let people = person::Entity::find()
        .filter(person::Column::Id.is_in(ids.clone()))
        .filter(person::Column::ClosedAt.is_null())
        .all(db)
        .await?;
    let roles = person_role::Entity::find()
        .filter(person_role::Column::PersonId.is_in(ids.clone()))
        .all(db)
        .await?;
    let coaching = cohort_coach::Entity::find()
        .filter(cohort_coach::Column::PersonId.is_in(ids.clone()))
        .all(db)
        .await?;
    let intakes = partner_intake::Entity::find()
        .filter(partner_intake::Column::PersonId.is_in(ids))
        .order_by_desc(partner_intake::Column::UpdatedAt)
        .all(db)
        .await?;
    let cohorts: HashMap<i64, cohort::Model> = cohort::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let emails: Vec<String> = people.iter().map(|p| p.email.clone()).collect();
    let applications = application::Entity::find()
        .filter(application::Column::Email.is_in(emails))
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    let shares: HashMap<i64, &str> = listings
        .iter()
        .map(|l| (l.person_id, l.shares.as_str()))
        .collect();

    let mut out: Vec<Entry> = people
        .into_iter()
        .map(|p| {
            let mine_roles: Vec<Role> = ROLE_ORDER
                .into_iter()
                .filter(|r| {
                    roles
                        .iter()
                        .any(|x| x.person_id == p.id && x.role == r.code())
                })
                .collect();
            let my_intakes: Vec<&partner_intake::Model> =
                intakes.iter().filter(|i| i.person_id == p.id).collect();
            let my_coaching: Vec<&cohort_coach::Model> =
                coaching.iter().filter(|c| c.person_id == p.id).collect();
            let latest_application = applications.iter().find(|a| a.email == p.email);

            let mut in_cohorts: Vec<&cohort::Model> = my_coaching
                .iter()
                .map(|c| c.cohort_id)
                .chain(my_intakes.iter().map(|i| i.cohort_id))
                .filter_map(|id| cohorts.get(&id))
                .collect();
            in_cohorts.sort_by(|a, b| b.starts_on.cmp(&a.starts_on).then(b.id.cmp(&a.id)));
            in_cohorts.dedup_by_key(|c| c.id);

            let mut areas: Vec<ObjectiveArea> = my_coaching
                .iter()
                .flat_map(|c| codes(&c.expertise))
                .chain(
                    my_intakes
                        .iter()
                        .filter_map(|i| ObjectiveArea::from_code(&i.objective_area)),
                )
                .collect();
            areas.sort_by_key(|a| ObjectiveArea::ALL.iter().position(|x| x == a));
            areas.dedup();

            let institution = [
                p.institution.clone(),
                my_intakes
                    .first()
                    .map(|i| i.library.clone())
                    .unwrap_or_default(),
                latest_application
                    .map(|a| a.institution.clone())
                    .unwrap_or_default(),
            ]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .unwrap_or_default();
            let country = match latest_application {
                Some(a) if !a.country.trim().is_empty() => a.country.clone(),
                _ => my_intakes
                    .first()
                    .and_then(|i| cohorts.get(&i.cohort_id))
                    .map(|c| c.country.clone())
                    .unwrap_or_default(),
            };
            let card = PairCard {
                institution: String::new(),
                introduction: String::new(),
                phone: p.phone.clone(),
                whatsapp: p.whatsapp.clone(),
                shares: shares_from(shares.get(&p.id).copied().unwrap_or_default()),
            };
            Entry {
                person_id: p.id,
                roles: mine_roles,
                cohorts: in_cohorts
                    .iter()
                    .map(|c| (c.slug.clone(), c.name.clone()))
                    .collect(),
                institution,
                city: my_intakes
                    .first()
                    .map(|i| i.city.clone())
                    .unwrap_or_default(),
                country,
                languages: serde_json::from_str(&p.languages).unwrap_or_default(),
                areas,
                contacts: contacts(&p.email, &card),
                time_zone: p.time_zone,
                name: p.display_name,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.person_id.cmp(&b.person_id))
    });
    Ok(out)
}

/// The directory as a member sees it, narrowed by `filter`.
pub async fn directory(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    filter: Filter,
) -> Result<DirectoryPage, ServiceError> {
    member(caller)?;
    let listings = directory_listing::Entity::find().all(db).await?;
    let all = entries_of(db, &listings).await?;
    let mut cohorts = cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?;
    cohorts.retain(|c| {
        all.iter()
            .any(|e| e.cohorts.iter().any(|(s, _)| *s == c.slug))
    });
    let choices = Choices::of(
        &all,
        cohorts.into_iter().map(|c| (c.slug, c.name)).collect(),
    );
    let me_listed = all.iter().any(|e| e.person_id == caller.id);
    let listed = all.len();
    let entries = all.into_iter().filter(|e| filter.admits(e)).collect();
    Ok(DirectoryPage {
        entries,
        listed,
        choices,
        filter,
        me_listed,
    })
}

/// The caller's choice, with what others would see of them.
pub async fn listing_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<ListingPage, ServiceError> {
    member(caller)?;
    let me = person::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let row = directory_listing::Entity::find_by_id(caller.id)
        .one(db)
        .await?;
    let listing = match &row {
        Some(r) => Listing::In(shares_from(&r.shares)),
        None => Listing::Out,
    };
    // The preview shows the entry with the details chosen now (or the email alone, for one
    // who is not listed yet).
    let preview_row = row.unwrap_or(directory_listing::Model {
        person_id: me.id,
        shares: "email".into(),
        listed_at: 0,
        updated_at: 0,
    });
    let preview = entries_of(db, &[preview_row])
        .await?
        .into_iter()
        .next()
        .ok_or(ServiceError::NotFound)?;
    Ok(ListingPage {
        form: ListingForm::of(&listing),
        email: me.email,
        phone: me.phone,
        whatsapp: me.whatsapp,
        preview,
    })
}

/// Saves the caller's choice: in the directory with these details, or out of it (their row
/// goes). Saving the same choice twice changes nothing.
pub async fn save_listing(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ListingForm,
    now: Timestamp,
) -> Result<Listing, ServiceError> {
    member(caller)?;
    let tx = crate::server::db::begin_write(db).await?;
    let me = person::Entity::find_by_id(caller.id)
        .one(&tx)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let listing = form.validate(&me.phone, &me.whatsapp)?;
    let existing = directory_listing::Entity::find_by_id(caller.id)
        .one(&tx)
        .await?;
    match (&listing, existing) {
        (Listing::Out, Some(_)) => {
            directory_listing::Entity::delete_by_id(caller.id)
                .exec(&tx)
                .await?;
        }
        (Listing::Out, None) => {}
        (Listing::In(shares), Some(row)) => {
            let mut active: directory_listing::ActiveModel = row.into();
            active.shares = Set(shares_to(shares));
            active.updated_at = Set(now.as_millisecond());
            active.update(&tx).await?;
        }
        (Listing::In(shares), None) => {
            directory_listing::ActiveModel {
                person_id: Set(caller.id),
                shares: Set(shares_to(shares)),
                listed_at: Set(now.as_millisecond()),
                updated_at: Set(now.as_millisecond()),
            }
            .insert(&tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(listing)
}
