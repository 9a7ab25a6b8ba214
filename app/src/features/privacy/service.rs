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

/// Which rows of a table are a person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The rows where this condition holds: `:me` is the person's id, `:email` their address.
    Rows(&'static str),
    /// No row is exported, for this reason.
    Explained(&'static str),
}

/// The partnerships the person is (still) a member of.
const PAIRS: &str = "(SELECT id FROM partnership WHERE coach_id = :me OR partner_id = :me)";

/// Every table of the schema, and which of its rows are the person's.
pub const TABLES: &[(&str, Scope)] = &[
    ("person", Scope::Rows("id = :me")),
    ("person_role", Scope::Rows("person_id = :me")),
    ("auth_session", Scope::Rows("person_id = :me")),
    ("password_reset", Scope::Rows("person_id = :me")),
    ("email_change", Scope::Rows("person_id = :me")),
    ("mail_preference", Scope::Rows("person_id = :me")),
    ("notification", Scope::Rows("person_id = :me")),
    ("calendar_feed", Scope::Rows("person_id = :me")),
    ("availability_window", Scope::Rows("person_id = :me")),
    ("availability_exception", Scope::Rows("person_id = :me")),
    (
        "invitation",
        Scope::Rows("email = :email OR invited_by = :me"),
    ),
    ("application", Scope::Rows("email = :email")),
    (
        "application_cv",
        Scope::Rows("application_id IN (SELECT id FROM application WHERE email = :email)"),
    ),
    (
        "application_note",
        Scope::Rows(
            "application_id IN (SELECT id FROM application WHERE email = :email) OR author_id = :me",
        ),
    ),
    (
        "application_link",
        Scope::Explained(
            "the private links to an application, which are secrets; the application itself is in the archive",
        ),
    ),
    ("cohort_coach", Scope::Rows("person_id = :me")),
    (
        "erasure_request",
        Scope::Rows(
            "person_id = :me OR application_id IN (SELECT id FROM application WHERE email = :email)",
        ),
    ),
    ("partner_intake", Scope::Rows("person_id = :me")),
    ("directory_listing", Scope::Rows("person_id = :me")),
    ("community_event", Scope::Rows("created_by = :me")),
    ("event_attendance", Scope::Rows("person_id = :me")),
    ("community_story", Scope::Rows("author_id = :me")),
    ("announcement", Scope::Rows("author_id = :me")),
    ("library_item", Scope::Rows("added_by = :me")),
    ("discussion_thread", Scope::Rows("author_id = :me")),
    ("discussion_post", Scope::Rows("author_id = :me")),
    (
        "expert",
        Scope::Explained(
            "people outside the programme who agreed to be introduced to partners; the programme team keeps them",
        ),
    ),
    (
        "expert_proposal",
        Scope::Rows("partnership_id IN PAIRS OR proposed_by = :me"),
    ),
    (
        "library_file",
        Scope::Explained(
            "the bytes of the files in the resource library; the items you added are under library_item, and their files download from the library",
        ),
    ),
    (
        "search_doc",
        Scope::Explained(
            "a copy, for search, of what the community may read (stories, library items); what you wrote of it is in the archive under its own table",
        ),
    ),
    (
        "search_fts_library",
        Scope::Explained("the search index over that copy, made from it alone"),
    ),
    (
        "search_fts_library_data",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_library_idx",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_library_docsize",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_library_config",
        Scope::Explained("the search index's own settings, the same for everyone"),
    ),
    (
        "search_fts_story",
        Scope::Explained("the search index over that copy, made from it alone"),
    ),
    (
        "search_fts_story_data",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_story_idx",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_story_docsize",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_story_config",
        Scope::Explained("the search index's own settings, the same for everyone"),
    ),
    (
        "search_fts_post",
        Scope::Explained("the search index over that copy, made from it alone"),
    ),
    (
        "search_fts_post_data",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_post_idx",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_post_docsize",
        Scope::Explained("the search index's own storage, made from that copy alone"),
    ),
    (
        "search_fts_post_config",
        Scope::Explained("the search index's own settings, the same for everyone"),
    ),
    (
        "partnership",
        Scope::Rows("coach_id = :me OR partner_id = :me"),
    ),
    ("coaching_session", Scope::Rows("partnership_id IN PAIRS")),
    (
        "session_option",
        Scope::Rows(
            "session_id IN (SELECT id FROM coaching_session WHERE partnership_id IN PAIRS)",
        ),
    ),
    (
        "session_change",
        Scope::Rows(
            "session_id IN (SELECT id FROM coaching_session WHERE partnership_id IN PAIRS)",
        ),
    ),
    ("reminder", Scope::Rows("person_id = :me")),
    ("goal", Scope::Rows("partnership_id IN PAIRS")),
    (
        "milestone",
        Scope::Rows("goal_id IN (SELECT id FROM goal WHERE partnership_id IN PAIRS)"),
    ),
    ("goal_event", Scope::Rows("partnership_id IN PAIRS")),
    ("resource", Scope::Rows("partnership_id IN PAIRS")),
    ("introduction", Scope::Rows("partnership_id IN PAIRS")),
    ("journal_entry", Scope::Rows("partnership_id IN PAIRS")),
    ("support_hours", Scope::Rows("coach_id = :me")),
    ("alert", Scope::Rows("partnership_id IN PAIRS")),
    ("concern", Scope::Rows("author_id = :me")),
    (
        "concern_response",
        Scope::Rows(
            "concern_id IN (SELECT id FROM concern WHERE author_id = :me) OR author_id = :me",
        ),
    ),
    ("evaluation", Scope::Rows("person_id = :me")),
    ("audit_log", Scope::Rows("person_id = :me")),
    (
        "outbox",
        Scope::Rows("person_id = :me OR to_email = :email"),
    ),
    (
        "request_receipt",
        Scope::Explained(
            "keys that stop a form sent twice from being stored twice; they hold nothing you wrote",
        ),
    ),
    (
        "job_lease",
        Scope::Explained(
            "which server runs the programme's scheduled work; it holds nothing about anyone",
        ),
    ),
    (
        "programme",
        Scope::Explained("the programme's settings, the same for everyone"),
    ),
    (
        "cohort",
        Scope::Explained("the cohorts' settings, the same for everyone"),
    ),
    (
        "objective_area",
        Scope::Explained("the programme's four objectives, the same for everyone"),
    ),
    (
        "seaql_migrations",
        Scope::Explained("the database's record of its own changes"),
    ),
    (
        "sqlite_sequence",
        Scope::Explained("the database's own counters"),
    ),
];

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
