//! The demo library: a few links the chair, a coach and a partner added (one featured by the
//! chair), beside the resource the demo coach shared from their pair. Links only: the demo
//! holds no files.

use crate::entities::person;
use crate::features::auth::service::load_user;
use crate::features::auth::tokens::new_token;
use crate::features::community::service::library;
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::library::LibraryForm;

struct Shelf {
    by: &'static str,
    title: &'static str,
    summary: &'static str,
    url: &'static str,
    areas: &'static [&'static str],
    tags: &'static str,
    featured: bool,
}

const SHELVES: &[Shelf] = &[
    Shelf {
        by: "chair@demo.tandem.test",
        title: "IATUL: the association, its conference and its special interest groups",
        summary: "Where the programme comes from. The annual conference's papers and slides are open to all, a good first read before you plan a visit.",
        url: "https://www.iatul.org/",
        areas: &["advocacy", "training"],
        tags: "iatul, conference, networks",
        featured: true,
    },
    Shelf {
        by: "marcus.reid@demo.tandem.test",
        title: "Planning library spaces: a checklist for a small renovation",
        summary: "Light, power, noise, seating and signs: what to measure before you move a shelf, and what students say they need.",
        url: "https://www.ifla.org/units/library-buildings-and-equipment/",
        areas: &["facilities"],
        tags: "space planning, reading room, renovation",
        featured: false,
    },
    Shelf {
        by: "sophea.chan@demo.tandem.test",
        title: "Open access journals for a small collection budget",
        summary: "The directory we used to add 40 journals in agriculture and health to our catalogue without a subscription.",
        url: "https://doaj.org/",
        areas: &["collections"],
        tags: "open access, journals, budget",
        featured: false,
    },
];

/// Adds the demo's library items, and features the chair's.
pub(super) async fn seed_demo_library(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<(), ServiceError> {
    for shelf in SHELVES {
        let Some(p) = person::Entity::find()
            .filter(person::Column::Email.eq(shelf.by))
            .one(db)
            .await?
        else {
            continue;
        };
        let who = load_user(db, p.id).await?;
        let mut form = LibraryForm {
            title: shelf.title.into(),
            summary: shelf.summary.into(),
            url: shelf.url.into(),
            tags: shelf.tags.into(),
            request_key: new_token(),
            ..Default::default()
        };
        for area in shelf.areas {
            if let Some(b) = form.area_box(area) {
                *b = "on".into();
            }
        }
        let id = library::add(db, &who, &form, None, now).await?;
        if shelf.featured {
            library::feature(db, &who, id, true, now).await?;
        }
    }
    Ok(())
}
