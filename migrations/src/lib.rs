//! Tandem's database schema as sea-orm migrations, written with sea-query's DSL so they also run
//! on PostgreSQL. Migrations never import entities or app code, and never seed data.
//!
//! Instants are stored as Unix milliseconds in UTC (`*_at` columns, `BIGINT`); where a local
//! time matters an IANA zone name sits beside them.

pub use sea_orm_migration::prelude::*;

mod language_column;
mod m20261129_000001_people;
mod m20261129_000002_programme;
mod m20261129_000003_applications;
mod m20261129_000004_review_notes;
mod m20261129_000005_partner_profiles;
mod m20261129_000006_cv_retention;
mod m20261129_000007_partnerships;
mod m20261129_000008_sessions;
mod m20261129_000009_commitments;
mod m20261130_000010_request_receipts;
mod m20261130_000011_figure_indexes;
mod m20261130_000012_mail;
mod m20261130_000013_closed_accounts;
mod m20261130_000014_email_changes;
mod m20261201_000015_cohort_settings;
mod m20261201_000016_evaluations;
mod m20261201_000017_commitments_accepted;
mod m20261201_000018_partner_intakes;
mod m20261201_000019_pair_cards;
mod m20261201_000020_session_outcomes;
mod m20261201_000021_concerns_without_a_pair;
mod m20261201_000022_retention_and_erasure;
mod m20261201_000023_person_language;
mod m20261201_000024_person_digits;
mod m20261201_000025_invitation_language;
mod m20261201_000026_application_language;
mod m20261202_000027_directory;
mod m20261202_000028_community_events;
mod m20261202_000029_community_stories;
mod m20261202_000030_announcements;
mod m20261203_000031_library_and_search;
mod m20261203_000032_experts;
mod m20261203_000033_discussions;
mod m20261204_000034_search_per_kind;
mod m20261204_000035_wider_columns;
mod m20261205_000036_job_leases;
mod m20261205_000037_concern_by_partnership;
mod m20261206_000038_cohort_by_start;
mod m20261206_000039_search_trigrams;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_people::Migration),
            Box::new(m20261129_000002_programme::Migration),
            Box::new(m20261129_000003_applications::Migration),
            Box::new(m20261129_000004_review_notes::Migration),
            Box::new(m20261129_000005_partner_profiles::Migration),
            Box::new(m20261129_000006_cv_retention::Migration),
            Box::new(m20261129_000007_partnerships::Migration),
            Box::new(m20261129_000008_sessions::Migration),
            Box::new(m20261129_000009_commitments::Migration),
            Box::new(m20261130_000010_request_receipts::Migration),
            Box::new(m20261130_000011_figure_indexes::Migration),
            Box::new(m20261130_000012_mail::Migration),
            Box::new(m20261130_000013_closed_accounts::Migration),
            Box::new(m20261130_000014_email_changes::Migration),
            Box::new(m20261201_000015_cohort_settings::Migration),
            Box::new(m20261201_000016_evaluations::Migration),
            Box::new(m20261201_000017_commitments_accepted::Migration),
            Box::new(m20261201_000018_partner_intakes::Migration),
            Box::new(m20261201_000019_pair_cards::Migration),
            Box::new(m20261201_000020_session_outcomes::Migration),
            Box::new(m20261201_000021_concerns_without_a_pair::Migration),
            Box::new(m20261201_000022_retention_and_erasure::Migration),
            Box::new(m20261201_000023_person_language::Migration),
            Box::new(m20261201_000024_person_digits::Migration),
            Box::new(m20261201_000025_invitation_language::Migration),
            Box::new(m20261201_000026_application_language::Migration),
            Box::new(m20261202_000027_directory::Migration),
            Box::new(m20261202_000028_community_events::Migration),
            Box::new(m20261202_000029_community_stories::Migration),
            Box::new(m20261202_000030_announcements::Migration),
            Box::new(m20261203_000031_library_and_search::Migration),
            Box::new(m20261203_000032_experts::Migration),
            Box::new(m20261203_000033_discussions::Migration),
            Box::new(m20261204_000034_search_per_kind::Migration),
            Box::new(m20261204_000035_wider_columns::Migration),
            Box::new(m20261205_000036_job_leases::Migration),
            Box::new(m20261205_000037_concern_by_partnership::Migration),
            Box::new(m20261206_000038_cohort_by_start::Migration),
            Box::new(m20261206_000039_search_trigrams::Migration),
        ]
    }
}
