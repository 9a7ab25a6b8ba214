//! What applicants and the programme team are told about applications, queued in the
//! transaction of the change: the applicant's receipt or draft link (private links), a new
//! link asked for again, and the team's notice of a new application.

use crate::entities::{application_link, person, person_role};
use crate::features::auth::tokens;
use crate::features::mail::service::{Action, Letter, Outgoing, queue};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use shared::Role;
use shared::application::Application;
use shared::mail::MailKind;

const APPLICANT_REASON: &str = "You receive this because this address was given on an application to coach in the programme. If that was not you, ignore this message; write to the programme chair if it happens again.";

async fn to_applicant(
    db: &impl ConnectionTrait,
    email: &str,
    subject: String,
    letter: Letter,
    now: Timestamp,
) -> Result<(), ServiceError> {
    queue(
        db,
        Outgoing {
            to_email: email.to_owned(),
            person_id: None,
            kind: MailKind::Application,
            subject,
            letter,
            secret: true,
            ics: None,
        },
        now,
    )
    .await
    .map(|_| ())
}

fn link_action(token: &str, label: &str) -> Option<Action> {
    Some(Action {
        label: label.into(),
        path: format!("/applications/{token}"),
    })
}

/// The receipt of a sent application, with its private link.
pub async fn receipt(
    db: &impl ConnectionTrait,
    app: &Application,
    cohort_name: &str,
    token: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    to_applicant(db, &app.email, format!("We received your application to cohort {cohort_name}"), Letter {
        to_name: app.name.clone(),
        paragraphs: vec![
            format!("Thank you for applying to coach in cohort {cohort_name} of the IATUL SIG-ALICE Coaching Programme. {} The chair writes to you with the decision.", shared::application::REVIEW_RULE),
            "You can see or change your application until the deadline with your private link. Keep it to yourself: anyone with it can change your application.".into(),
        ],
        action: link_action(token, "See or change your application"),
        reason: APPLICANT_REASON.into(),
        lang: shared::i18n::Lang::En,
    }, now).await
}

/// A saved draft's private link, so the applicant can finish it later.
pub async fn draft_link(
    db: &impl ConnectionTrait,
    app: &Application,
    cohort_name: &str,
    token: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    to_applicant(db, &app.email, format!("Your draft application to cohort {cohort_name}"), Letter {
        to_name: app.name.clone(),
        paragraphs: vec![
            format!("Your draft application to coach in cohort {cohort_name} is saved. It is not sent yet: open it with your private link, finish it and press \"Send my application\" before the deadline."),
            "Keep the link to yourself: anyone with it can change your application.".into(),
        ],
        action: link_action(token, "Finish your application"),
        reason: APPLICANT_REASON.into(),
        lang: shared::i18n::Lang::En,
    }, now).await
}

/// One more private link to an application (stored as a hash; earlier ones keep working).
async fn another_link(
    db: &impl ConnectionTrait,
    application_id: i64,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let token = tokens::new_token();
    application_link::ActiveModel {
        application_id: Set(application_id),
        token_hash: Set(tokens::token_hash(&token)),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Makes one more private link to an application (the others keep working) and sends it to
/// the address on the application.
pub async fn link_again(
    db: &impl ConnectionTrait,
    application_id: i64,
    email: &str,
    name: &str,
    cohort_name: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let token = another_link(db, application_id, now).await?;
    to_applicant(db, email, format!("Your link to your application to cohort {cohort_name}"), Letter {
        to_name: name.to_owned(),
        paragraphs: vec![
            format!("Someone (perhaps you) asked for the private link to your application to coach in cohort {cohort_name}. Here it is. Links sent to you before keep working."),
        ],
        action: link_action(&token, "Open your application"),
        reason: APPLICANT_REASON.into(),
        lang: shared::i18n::Lang::En,
    }, now).await
}

/// Tells everyone on the programme team that an application arrived.
pub async fn team_notice(
    db: &impl ConnectionTrait,
    app: &Application,
    cohort_name: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let ids: Vec<i64> = person_role::Entity::find()
        .filter(person_role::Column::Role.is_in([Role::Chair.code(), Role::Team.code()]))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect();
    let chairs = person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?;
    for chair in chairs {
        queue(
            db,
            Outgoing {
                to_email: chair.email.clone(),
                person_id: Some(chair.id),
                kind: MailKind::Alerts,
                subject: format!("New coach application: {}", app.name),
                letter: Letter {
                    to_name: chair.display_name.clone(),
                    paragraphs: vec![format!(
                        "{} ({}, {}, {}) applied to coach in cohort {cohort_name}.",
                        app.name, app.position, app.institution, app.country
                    )],
                    action: Some(Action {
                        label: "Review applications".into(),
                        path: "/review".into(),
                    }),
                    reason: "You receive this because you are on the programme team.".into(),
                    lang: shared::i18n::Lang::En,
                },
                secret: false,
                ics: None,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// Tells an applicant that the chair declined their application, with a new private link to
/// see it (and withdraw, which deletes it). An accepted applicant gets an invitation instead.
pub async fn declined(
    db: &impl ConnectionTrait,
    application_id: i64,
    email: &str,
    name: &str,
    cohort_name: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let token = another_link(db, application_id, now).await?;
    to_applicant(db, email, format!("Your application to coach in cohort {cohort_name}"), Letter {
        to_name: name.to_owned(),
        paragraphs: vec![
            format!("Thank you for applying to coach in cohort {cohort_name}. The programme chair has decided not to offer you a coaching partnership in this cohort."),
            "We hope you will apply to a later call. Your application and CV are kept only as long as the programme's rules say; you can delete them now with your private link.".into(),
        ],
        action: link_action(&token, "See your application"),
        reason: APPLICANT_REASON.into(),
        lang: shared::i18n::Lang::En,
    }, now).await
}
