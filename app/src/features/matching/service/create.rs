//! Making a partnership: checks, capacity, the year's dates and telling both people.

use super::*;

/// Makes a partnership for a cohort's year and tells both people. Refused when the partner is
/// already in a current partnership; beyond the coach's capacity only once the chair confirms.
pub async fn create_partnership(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &MatchForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    require_role(caller, Role::Chair)?;
    let txn = crate::server::db::begin_write(db).await?;
    let cohort = cohort::Entity::find_by_id(form.cohort_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let partner_is_partner =
        person_role::Entity::find_by_id((form.partner_id, Role::Partner.code().to_owned()))
            .one(&txn)
            .await?
            .is_some();
    let profile = crate::features::intake::service::intake_in(&txn, cohort.id, form.partner_id)
        .await?
        .filter(|i| i.completed_at.is_some());
    let (true, Some(profile)) = (partner_is_partner, profile) else {
        return Err(ServiceError::field(
            "partner_id",
            shared::errors::Message::key("matching-partner-no-intake", &[]),
        ));
    };
    let coach = coach_person(&txn, form.coach_id).await?;
    let place = cohort_coach::Entity::find_by_id((cohort.id, coach.id))
        .one(&txn)
        .await?
        .ok_or_else(|| {
            ServiceError::field(
                "coach_id",
                shared::errors::Message::key("matching-coach-not-in-cohort", &[]),
            )
        })?;
    let current = current_partnerships(&txn).await?;
    if let Some(existing) = current.iter().find(|p| p.partner_id == form.partner_id) {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "matching-partner-taken",
            &[("number", existing.id.into())],
        )));
    }
    let load = current
        .iter()
        .filter(|p| p.cohort_id == cohort.id && p.coach_id == coach.id)
        .count() as i32;
    if load >= place.capacity && !shared::partnership::checked(&form.over_capacity) {
        let mut e = FieldErrors::new();
        e.add(
            "over_capacity",
            shared::errors::Message::key(
                "matching-over-capacity",
                &[
                    ("coach", coach.display_name.as_str().into()),
                    ("load", load.into()),
                    ("capacity", place.capacity.into()),
                ],
            ),
        );
        return Err(ServiceError::Validation(e));
    }
    // A partnership made after its cohort started runs a year from the day it is made: the
    // earlier of the two people's dates, so that "today" is inside it on both clocks.
    let mut today = None::<Date>;
    for id in [form.partner_id, coach.id] {
        let zone = TimeZone::get(&caller_zone_of(&txn, id).await?).unwrap_or(TimeZone::UTC);
        let theirs = now.to_zoned(zone).date();
        today = Some(today.map_or(theirs, |t| t.min(theirs)));
    }
    let cohort_start = parse_day(&cohort.starts_on)?;
    let starts = today.map_or(cohort_start, |t| cohort_start.max(t));
    let ends = matching::year_end(starts);
    let ms = now.as_millisecond();
    let inserted = partnership::ActiveModel {
        cohort_id: Set(cohort.id),
        coach_id: Set(coach.id),
        partner_id: Set(form.partner_id),
        objective_area: Set(profile.objective_area.clone()),
        objective: Set(profile.need.clone()),
        starts_on: Set(starts.to_string()),
        ends_on: Set(ends.to_string()),
        status: Set(PartnershipStatus::Active.code().to_owned()),
        end_reason: Set(String::new()),
        created_by: Set(Some(caller.id)),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let partner = person::Entity::find_by_id(form.partner_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let link = format!("/partnerships/{}", inserted.id);
    notify(
        &txn,
        coach.id,
        shared::mail::MailKind::Partnership,
        &shared::i18n::tr(
            crate::features::auth::service::style_of(&txn, coach.id)
                .await?
                .lang,
            "matched-coach",
            &[
                ("partner", partner.display_name.clone().into()),
                ("library", profile.library.clone().into()),
                ("cohort", cohort.name.clone().into()),
            ],
        ),
        &link,
        now,
    )
    .await?;
    notify(
        &txn,
        partner.id,
        shared::mail::MailKind::Partnership,
        &shared::i18n::tr(
            crate::features::auth::service::style_of(&txn, partner.id)
                .await?
                .lang,
            "matched-partner",
            &[
                ("coach", coach.display_name.clone().into()),
                ("cohort", cohort.name.clone().into()),
            ],
        ),
        &link,
        now,
    )
    .await?;
    events::commit(txn, Event::of(Kind::Partnership, &inserted)).await?;
    Ok(inserted.id)
}
