//! The coach's support hours: the month-by-month log against the 2-5 hour band, and its changes.

use super::*;

/// The hours page: the months against the band, the entries and the alerts. The programme team
/// sees figures, not the coach's notes.
pub async fn hours_view(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    now: Timestamp,
) -> Result<HoursView, ServiceError> {
    let (p, acc) = access(db, caller, partnership_id).await?;
    let coach_zone = person::Entity::find_by_id(p.coach_id)
        .one(db)
        .await?
        .map(|x| x.time_zone)
        .unwrap_or_else(|| "UTC".into());
    let today = now.to_zoned(zone(&coach_zone)).date();
    let entries = support_hours::Entity::find()
        .filter(support_hours::Column::PartnershipId.eq(p.id))
        .order_by_desc(support_hours::Column::OnDate)
        .order_by_desc(support_hours::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|h| HoursEntryView {
            id: h.id,
            locked: hours_locked(day(&h.on_date), today),
            on_date: h.on_date,
            minutes: h.minutes.max(0) as u32,
            category_label: HoursCategory::from_code(&h.category)
                .map_or("Other", |c| c.label())
                .into(),
            category: h.category,
            note: if acc == Access::Team {
                String::new()
            } else {
                h.note
            },
        })
        .collect();
    let current = PartnershipStatus::from_code(&p.status).is_some_and(|s| s.is_current());
    Ok(HoursView {
        head: head(db, &p, acc, caller, now).await?,
        compliance: compliance_of(db, &p, &coach_zone, now).await?,
        entries,
        alerts: alerts(db, caller, p.id).await?,
        can_log: current && acc == Access::Pair(Side::Coach),
        today: today.to_string(),
    })
}

/// The coach logs support time, or changes an entry still open (its month or the next).
pub async fn save_hours(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &HoursForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    if side != Side::Coach {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "hours-coach-logs",
            &[],
        )));
    }
    let today = now.to_zoned(zone(&caller.time_zone)).date();
    let entry = form.validate(day(&p.starts_on), day(&p.ends_on), today)?;
    if hours_locked(entry.on_date, today) {
        return Err(ServiceError::field(
            "on_date",
            shared::errors::Message::key("hours-date-locked", &[]),
        ));
    }
    let ms = to_millis(now);
    let id = if form.entry_id == 0 {
        let key = receipts::key(&form.request_key)?;
        if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
            return Ok(id);
        }
        let id = support_hours::ActiveModel {
            partnership_id: Set(p.id),
            coach_id: Set(caller.id),
            on_date: Set(entry.on_date.to_string()),
            minutes: Set(entry.minutes as i32),
            category: Set(entry.category.code().into()),
            note: Set(entry.note),
            created_at: Set(ms),
            updated_at: Set(ms),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id;
        receipts::keep(&txn, caller.id, key, id, now).await?;
        id
    } else {
        let old = support_hours::Entity::find_by_id(form.entry_id)
            .filter(support_hours::Column::PartnershipId.eq(p.id))
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        if hours_locked(day(&old.on_date), today) {
            return Err(ServiceError::Conflict(shared::errors::Message::key(
                "hours-entry-locked",
                &[],
            )));
        }
        support_hours::ActiveModel {
            id: Set(old.id),
            on_date: Set(entry.on_date.to_string()),
            minutes: Set(entry.minutes as i32),
            category: Set(entry.category.code().into()),
            note: Set(entry.note),
            updated_at: Set(ms),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        old.id
    };
    events::commit(txn, Event::of(Kind::Hours, &p)).await?;
    after_change(db, p.id, now).await;
    Ok(id)
}
