//! The demo community beyond the pairs: two experts the chair recorded with their consent, and
//! two discussions with replies, as members would have written them.

use crate::entities::person;
use crate::features::auth::service::load_user;
use crate::features::auth::tokens::new_token;
use crate::features::community::service::{discussions, experts};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::account::CurrentUser;
use shared::discussion::{ReplyForm, ThreadForm};
use shared::experts::ExpertForm;

async fn who(db: &DatabaseConnection, email: &str) -> Result<Option<CurrentUser>, ServiceError> {
    match person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .one(db)
        .await?
    {
        Some(p) => Ok(Some(load_user(db, p.id).await?)),
        None => Ok(None),
    }
}

/// A demo discussion: author, space, title, opening words, and (who, reply) after it.
type Thread = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Seeds the experts and the discussions (no mentions, so nobody is mailed).
pub(super) async fn seed_demo_community(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let Some(chair) = who(db, "chair@demo.tandem.test").await? else {
        return Ok(());
    };
    for (name, expertise, languages, zone, contact) in [
        (
            "Malee Suwan",
            "Digitising photograph and manuscript collections on a small budget",
            "Thai, English",
            "Asia/Bangkok",
            "By email, through the chair: she prefers an introduction first.",
        ),
        (
            "Tomás Álvarez",
            "Library advocacy with university leadership; measuring and telling the library's value",
            "Spanish, English",
            "America/Bogota",
            "tomas.alvarez@demo.tandem.test",
        ),
    ] {
        experts::save_expert(
            db,
            &chair,
            &ExpertForm {
                name: name.into(),
                expertise: expertise.into(),
                languages: languages.into(),
                time_zone: zone.into(),
                contact: contact.into(),
                consent: "on".into(),
                consent_note: "Agreed by email to the chair".into(),
                request_key: new_token(),
                ..Default::default()
            },
            now,
        )
        .await?;
    }
    let threads: [Thread; 2] = [
        (
            "sophea.chan@demo.tandem.test",
            "training",
            "How do you welcome new library staff?",
            "We are taking on two new staff next term. What do you do in their **first month**?\n\n- a buddy?\n- a checklist?\n- something else?",
            &[
                (
                    "anna.keller@demo.tandem.test",
                    "A buddy from another team, and a short list of people to meet in the first two weeks. The list matters more than the buddy.",
                ),
                (
                    "marcus.reid@demo.tandem.test",
                    "We give each new person one small, real task in week one: it tells them they are trusted. IFLA has a *useful* page on it: https://www.ifla.org/",
                ),
            ],
        ),
        (
            "chair@demo.tandem.test",
            "general",
            "Who is going to the IATUL conference this year?",
            "Say here if you plan to go, in person or online: it is the best place for the pairs to meet.",
            &[(
                "priya.nair@demo.tandem.test",
                "Online this year, and I would gladly join a pairs' meet-up call.",
            )],
        ),
    ];
    for (author, space, title, body, replies) in threads {
        let Some(author) = who(db, author).await? else {
            continue;
        };
        let id = discussions::start(
            db,
            &author,
            &ThreadForm {
                space: space.into(),
                title: title.into(),
                body: body.into(),
                request_key: new_token(),
            },
            now,
        )
        .await?;
        for (email, text) in replies.iter() {
            if let Some(p) = who(db, email).await? {
                discussions::reply(
                    db,
                    &p,
                    &ReplyForm {
                        thread_id: id,
                        body: (*text).into(),
                        request_key: new_token(),
                    },
                    now,
                )
                .await?;
            }
        }
    }
    Ok(())
}
