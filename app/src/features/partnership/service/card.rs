//! What each member of a pair shows the other (`shared::pair_card`): each keeps their own card
//! on `/profile/pair`; the workspace shows the other member's. The coach sees the partner's
//! library, position, city, how they can meet and when; the partner sees the coach's
//! institution, expertise and introduction; each sees the contact details the other shares.

use super::*;
use crate::entities::{application, cohort_coach};
use shared::errors::Message;
use shared::intake::Connectivity;
use shared::pair_card::{
    OtherMember, PairCard, PairCardForm, PairCardPage, Share, contacts, shares_from, shares_to,
};

fn card_of(p: &person::Model) -> PairCard {
    PairCard {
        institution: p.institution.clone(),
        introduction: p.introduction.clone(),
        phone: p.phone.clone(),
        whatsapp: p.whatsapp.clone(),
        shares: shares_from(&p.shares),
    }
}

fn member(caller: &CurrentUser) -> Result<(), ServiceError> {
    if caller.has(Role::Coach) || caller.has(Role::Partner) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// A coach's institution: their own words, else the one of their latest application.
async fn institution_of(
    db: &impl ConnectionTrait,
    p: &person::Model,
) -> Result<String, ServiceError> {
    if !p.institution.is_empty() {
        return Ok(p.institution.clone());
    }
    Ok(application::Entity::find()
        .filter(application::Column::Email.eq(p.email.as_str()))
        .order_by_desc(application::Column::Id)
        .one(db)
        .await?
        .map(|a| a.institution)
        .unwrap_or_default())
}

/// The caller's own card, for the form.
pub async fn pair_card_page(
    db: &DatabaseConnection,
    caller: &CurrentUser,
) -> Result<PairCardPage, ServiceError> {
    member(caller)?;
    let me = person::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let card = card_of(&me);
    let on = |s: Share| if card.shares.contains(&s) { "on" } else { "" }.to_owned();
    Ok(PairCardPage {
        form: PairCardForm {
            institution: institution_of(db, &me).await?,
            introduction: card.introduction.clone(),
            phone: card.phone.clone(),
            whatsapp: card.whatsapp.clone(),
            show_email: on(Share::Email),
            show_phone: on(Share::Phone),
            show_whatsapp: on(Share::Whatsapp),
        },
        is_coach: caller.has(Role::Coach),
        email: me.email,
    })
}

/// Saves the caller's card.
pub async fn save_pair_card(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &PairCardForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    member(caller)?;
    let card = form.validate()?;
    person::ActiveModel {
        id: Set(caller.id),
        institution: Set(card.institution),
        introduction: Set(card.introduction),
        phone: Set(card.phone),
        whatsapp: Set(card.whatsapp),
        shares: Set(shares_to(&card.shares)),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The other member of a pair, as `side` sees them.
pub async fn other_member(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    side: Side,
) -> Result<OtherMember, ServiceError> {
    let other_id = match side {
        Side::Coach => p.partner_id,
        Side::Partner => p.coach_id,
    };
    let other = person::Entity::find_by_id(other_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut facts: Vec<(String, Message)> = Vec::new();
    let mut fact = |key: &str, value: Message| {
        if !value.text().trim().is_empty() {
            facts.push((key.to_owned(), value));
        }
    };
    let other_side = match side {
        Side::Coach => {
            let intake =
                crate::features::intake::service::intake_in(db, p.cohort_id, other_id).await?;
            if let Some(i) = intake {
                fact("fact-library", i.library.into());
                fact("fact-position", i.position.into());
                fact("fact-city", i.city.into());
                if let Some(c) = Connectivity::from_code(&i.connectivity) {
                    fact(
                        "fact-meet",
                        Message::key(&format!("connectivity-{}", c.code()), &[]),
                    );
                }
                fact("fact-times", i.preferred_times.into());
            }
            Side::Partner
        }
        Side::Partner => {
            fact("fact-institution", institution_of(db, &other).await?.into());
            let expertise: Vec<String> = cohort_coach::Entity::find_by_id((p.cohort_id, other_id))
                .one(db)
                .await?
                .and_then(|c| serde_json::from_str::<Vec<String>>(&c.expertise).ok())
                .unwrap_or_default();
            let titles: HashMap<String, String> = objective_area::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|a| (a.code, a.title))
                .collect();
            fact(
                "fact-expertise",
                expertise
                    .iter()
                    .filter_map(|code| titles.get(code).cloned())
                    .collect::<Vec<_>>()
                    .join("; ")
                    .into(),
            );
            Side::Coach
        }
    };
    let card = card_of(&other);
    Ok(OtherMember {
        side: other_side,
        name: other.display_name.clone(),
        facts,
        introduction: card.introduction.clone(),
        contacts: contacts(&other.email, &card),
    })
}
