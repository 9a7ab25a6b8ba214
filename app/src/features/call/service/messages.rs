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
use shared::i18n::{Arg, Lang};
use shared::mail::MailKind;

/// A text in a language, with named arguments.
fn tr(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    shared::i18n::tr(lang, key, args)
}

/// The cohort as an argument.
fn cohort(name: &str) -> [(&'static str, Arg); 1] {
    [("cohort", name.into())]
}

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

fn link_action(token: &str, label: String) -> Option<Action> {
    Some(Action {
        label,
        path: format!("/applications/{token}"),
    })
}

/// The receipt of a sent application, with its private link, in the language of the call the
/// applicant read.
pub async fn receipt(
    db: &impl ConnectionTrait,
    app: &Application,
    cohort_name: &str,
    token: &str,
    lang: Lang,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let c = cohort(cohort_name);
    let rule = shared::i18n::t(lang, "review-rule");
    let letter = Letter {
        to_name: app.name.clone(),
        paragraphs: vec![
            tr(lang, "receipt-1", &[c[0].clone(), ("rule", rule.into())]),
            tr(lang, "receipt-2", &[]),
        ],
        action: link_action(token, tr(lang, "receipt-action", &[])),
        reason: tr(lang, "applicant-reason", &[]),
        lang,
    };
    to_applicant(db, &app.email, tr(lang, "receipt-subject", &c), letter, now).await
}

/// A saved draft's private link, so the applicant can finish it later.
pub async fn draft_link(
    db: &impl ConnectionTrait,
    app: &Application,
    cohort_name: &str,
    token: &str,
    lang: Lang,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let c = cohort(cohort_name);
    let letter = Letter {
        to_name: app.name.clone(),
        paragraphs: vec![tr(lang, "draft-1", &c), tr(lang, "draft-2", &[])],
        action: link_action(token, tr(lang, "draft-action", &[])),
        reason: tr(lang, "applicant-reason", &[]),
        lang,
    };
    to_applicant(db, &app.email, tr(lang, "draft-subject", &c), letter, now).await
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
/// the address on the application, in the application's language.
pub async fn link_again(
    db: &impl ConnectionTrait,
    row: &crate::entities::application::Model,
    cohort_name: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let lang = Lang::from_code(&row.language).unwrap_or_default();
    let token = another_link(db, row.id, now).await?;
    let c = cohort(cohort_name);
    let letter = Letter {
        to_name: row.name.clone(),
        paragraphs: vec![tr(lang, "link-again-1", &c)],
        action: link_action(&token, tr(lang, "link-again-action", &[])),
        reason: tr(lang, "applicant-reason", &[]),
        lang,
    };
    to_applicant(
        db,
        &row.email,
        tr(lang, "link-again-subject", &c),
        letter,
        now,
    )
    .await
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
        // Each member of the team in their own language.
        let lang = Lang::from_code(&chair.language).unwrap_or_default();
        queue(
            db,
            Outgoing {
                to_email: chair.email.clone(),
                person_id: Some(chair.id),
                kind: MailKind::Alerts,
                subject: tr(
                    lang,
                    "team-notice-subject",
                    &[("name", app.name.clone().into())],
                ),
                letter: Letter {
                    to_name: chair.display_name.clone(),
                    paragraphs: vec![tr(
                        lang,
                        "team-notice-1",
                        &[
                            ("name", app.name.clone().into()),
                            ("position", app.position.clone().into()),
                            ("institution", app.institution.clone().into()),
                            ("country", app.country.clone().into()),
                            ("cohort", cohort_name.into()),
                        ],
                    )],
                    action: Some(Action {
                        label: tr(lang, "team-notice-action", &[]),
                        path: "/review".into(),
                    }),
                    reason: tr(lang, "team-notice-reason", &[]),
                    lang,
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
/// see it (and withdraw, which deletes it), in the application's language. An accepted
/// applicant gets an invitation instead.
pub async fn declined(
    db: &impl ConnectionTrait,
    row: &crate::entities::application::Model,
    cohort_name: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let lang = Lang::from_code(&row.language).unwrap_or_default();
    let token = another_link(db, row.id, now).await?;
    let c = cohort(cohort_name);
    let letter = Letter {
        to_name: row.name.clone(),
        paragraphs: vec![tr(lang, "declined-1", &c), tr(lang, "declined-2", &[])],
        action: link_action(&token, tr(lang, "declined-action", &[])),
        reason: tr(lang, "applicant-reason", &[]),
        lang,
    };
    to_applicant(
        db,
        &row.email,
        tr(lang, "declined-subject", &c),
        letter,
        now,
    )
    .await
}
