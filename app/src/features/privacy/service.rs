//! A person's own data: every row that concerns them, as JSON, with their files, in one archive.
//! [`TABLES`] names every table of the schema, with the rows of it that concern a person or why
//! none is exported; a test fails when the schema gains a table this list does not name.

use crate::entities::{application, application_cv, person};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JsonValue,
    QueryFilter, Statement,
};
use shared::account::CurrentUser;

mod tables;
use tables::PAIRS;
pub use tables::{Scope, TABLES};

/// Columns that hold secrets (a hash still identifies a link) or files exported on their own.
const WITHHELD: &[&str] = &[
    "token_hash",
    "password_hash",
    "token",
    "request_key",
    "lease_owner",
    "content",
];

/// The rows of `table` that are the person's, secrets withheld.
async fn rows_of(
    db: &impl ConnectionTrait,
    table: &str,
    condition: &str,
    me: i64,
    email: &str,
) -> Result<Vec<JsonValue>, ServiceError> {
    let condition = condition.replace("PAIRS", PAIRS);
    // Each placeholder, in order of appearance, becomes a bound value.
    let mut sql = String::new();
    let mut values: Vec<sea_orm::Value> = Vec::new();
    let mut rest = condition.as_str();
    while let Some(at) = rest.find(':') {
        sql.push_str(&rest[..at]);
        let after = &rest[at..];
        if let Some(tail) = after.strip_prefix(":me") {
            values.push(me.into());
            rest = tail;
        } else if let Some(tail) = after.strip_prefix(":email") {
            values.push(email.into());
            rest = tail;
        } else {
            sql.push(':');
            rest = &after[1..];
        }
        sql.push('?');
    }
    sql.push_str(rest);
    let backend = db.get_database_backend();
    let statement = Statement::from_sql_and_values(
        backend,
        crate::server::db::numbered(backend, &format!("SELECT * FROM {table} WHERE {sql}")),
        values,
    );
    let mut rows = JsonValue::find_by_statement(statement).all(db).await?;
    for row in &mut rows {
        if let Some(map) = row.as_object_mut() {
            for column in WITHHELD {
                if map.contains_key(*column) {
                    map.insert((*column).into(), JsonValue::from("(withheld)"));
                }
            }
            // A message that carried a secret link keeps its subject, not its body.
            if map
                .get("secret")
                .is_some_and(|s| s == &JsonValue::from(1) || s == &JsonValue::from(true))
            {
                for column in ["body", "letter"] {
                    if map.contains_key(column) {
                        map.insert(
                            column.into(),
                            JsonValue::from("(withheld: it held a private link)"),
                        );
                    }
                }
            }
        }
    }
    Ok(rows)
}

/// Everything Tandem holds about the caller: `tandem-data.json` (each table's rows, and the
/// tables left out with why) and their files (CVs), as a ZIP archive. The download is audited.
pub async fn my_archive(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<Vec<u8>, ServiceError> {
    let me = person::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut tables = serde_json::Map::new();
    let mut left_out = serde_json::Map::new();
    for (table, scope) in TABLES {
        match scope {
            Scope::Rows(condition) => {
                let rows = rows_of(db, table, condition, me.id, &me.email).await?;
                tables.insert((*table).into(), JsonValue::Array(rows));
            }
            Scope::Explained(why) => {
                left_out.insert((*table).into(), JsonValue::from(*why));
            }
        }
    }
    let data = serde_json::json!({
        "about": format!("Everything Tandem holds about {} <{}>, made {}.", me.display_name, me.email, now),
        "tables": tables,
        "not_included": left_out,
    });
    let json =
        serde_json::to_vec_pretty(&data).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let mut files = vec![("tandem-data.json".to_owned(), json)];
    let applications = application::Entity::find()
        .filter(application::Column::Email.eq(me.email.as_str()))
        .all(db)
        .await?;
    for a in applications {
        if let Some(cv) = application_cv::Entity::find_by_id(a.id).one(db).await? {
            files.push((
                format!("files/application-{}-{}", a.id, safe_name(&cv.file_name)),
                cv.content,
            ));
        }
    }
    crate::server::audit::record(
        db,
        Some(me.id),
        "downloaded their data",
        format!("person:{}", me.id),
        now,
    )
    .await?;
    Ok(super::zip::stored_zip(&files))
}

/// What an applicant's private link opens: the application's rows (`:me` is its id), its
/// review notes, its erasure requests and the messages sent to its address without an account.
const APPLICATION_TABLES: &[(&str, &str)] = &[
    ("application", "id = :me"),
    ("application_note", "application_id = :me"),
    ("erasure_request", "application_id = :me"),
    ("outbox", "to_email = :email AND person_id IS NULL"),
];

/// Everything Tandem holds about an application, read with its private link, as a ZIP archive
/// (with the CV). The download is audited.
pub async fn application_archive(
    db: &DatabaseConnection,
    token: &str,
    now: Timestamp,
) -> Result<Vec<u8>, ServiceError> {
    let app = crate::features::call::service::find_by_token(db, token).await?;
    let mut tables = serde_json::Map::new();
    for (table, condition) in APPLICATION_TABLES {
        let rows = rows_of(db, table, condition, app.id, &app.email).await?;
        tables.insert((*table).into(), JsonValue::Array(rows));
    }
    let data = serde_json::json!({
        "about": format!("Everything Tandem holds about the application of {} <{}>, made {}.", app.name, app.email, now),
        "tables": tables,
    });
    let json =
        serde_json::to_vec_pretty(&data).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let mut files = vec![("tandem-application.json".to_owned(), json)];
    if let Some(cv) = application_cv::Entity::find_by_id(app.id).one(db).await? {
        files.push((format!("files/{}", safe_name(&cv.file_name)), cv.content));
    }
    crate::server::audit::record(
        db,
        None,
        "an applicant downloaded their data",
        format!("application:{}", app.id),
        now,
    )
    .await?;
    Ok(super::zip::stored_zip(&files))
}

/// A file name that is safe inside an archive: no folders, no control characters.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    if cleaned.trim().is_empty() {
        "cv".into()
    } else {
        cleaned
    }
}

/// The privacy notice's settings, from the programme and its cohorts.
pub async fn notice(
    db: &DatabaseConnection,
) -> Result<shared::privacy::PrivacyNotice, ServiceError> {
    use crate::entities::{cohort, programme};
    use sea_orm::QueryOrder;
    let p = programme::Entity::find().one(db).await?;
    let cohorts = cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?;
    Ok(shared::privacy::PrivacyNotice {
        programme_name: p.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
        chair_name: p.as_ref().map(|p| p.chair_name.clone()).unwrap_or_default(),
        contact_email: p
            .as_ref()
            .map(|p| p.contact_email.clone())
            .unwrap_or_default(),
        outbox_days: p.as_ref().map_or(30, |p| p.outbox_retention_days),
        audit_days: p.as_ref().map_or(730, |p| p.audit_retention_days),
        cohorts: cohorts
            .into_iter()
            .map(|c| shared::privacy::CohortPeriods {
                cohort: c.name,
                declined_cv: c.cv_retention_days,
                draft: c.draft_retention_days,
                undecided: c.undecided_retention_days,
                journal: c.journal_retention_days,
            })
            .collect(),
    })
}
