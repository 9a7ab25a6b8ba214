//! sea-orm entities, one per table, written to match the migrations column for column
//! (the classic entity format `sea-orm-cli generate entity` produces). Server-only.

pub mod alert;
pub mod application;
pub mod application_cv;
pub mod application_note;
pub mod audit_log;
pub mod auth_session;
pub mod availability_exception;
pub mod availability_window;
pub mod calendar_feed;
pub mod coaching_session;
pub mod cohort;
pub mod cohort_coach;
pub mod concern;
pub mod concern_response;
pub mod goal;
pub mod goal_event;
pub mod introduction;
pub mod invitation;
pub mod journal_entry;
pub mod milestone;
pub mod notification;
pub mod objective_area;
pub mod outbox;
pub mod partner_profile;
pub mod partnership;
pub mod person;
pub mod person_role;
pub mod programme;
pub mod reminder;
pub mod request_receipt;
pub mod resource;
pub mod session_change;
pub mod session_option;
pub mod support_hours;
