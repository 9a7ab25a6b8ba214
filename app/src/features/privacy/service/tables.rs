//! Every table of the schema and which of its rows are a person's, for their archive (the
//! erasure tests check the same rows no longer name an erased person); a test fails when the
//! schema gains a table this list does not name.

/// Which rows of a table are a person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The rows where this condition holds: `:me` is the person's id, `:email` their address.
    Rows(&'static str),
    /// No row is exported, for this reason.
    Explained(&'static str),
}

/// The partnerships the person is (still) a member of.
pub(super) const PAIRS: &str =
    "(SELECT id FROM partnership WHERE coach_id = :me OR partner_id = :me)";

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
