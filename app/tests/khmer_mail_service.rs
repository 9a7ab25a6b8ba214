//! Messages in the recipient's language, against a real SQLite database: a partner who reads
//! Khmer is told of a session in Khmer, on their own clock with Khmer month names, and their
//! email is framed in Khmer; the English-reading coach is answered in English.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{notification, outbox};
use app::features::auth::service as auth;
use app::features::mail::service::Letter;
use app::features::sessions::service as sessions;
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use shared::i18n::Lang;
use shared::schedule::ProposalForm;

fn now() -> Timestamp {
    "2027-03-10T12:00:00Z".parse().unwrap()
}

async fn last_notice(db: &sea_orm::DatabaseConnection, person: i64) -> String {
    notification::Entity::find()
        .filter(notification::Column::PersonId.eq(person))
        .order_by_desc(notification::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .body
}

async fn last_letter(db: &sea_orm::DatabaseConnection, person: i64) -> (String, Letter) {
    let row = outbox::Entity::find()
        .filter(outbox::Column::PersonId.eq(person))
        .order_by_desc(outbox::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    (
        row.subject,
        serde_json::from_str(&row.letter.unwrap()).unwrap(),
    )
}

#[tokio::test]
async fn a_partner_who_reads_khmer_hears_of_sessions_in_khmer_and_the_coach_in_english() {
    let db = fresh_db().await;
    let p = pair(&db, "km1").await;
    auth::set_language(&db, p.partner.id, Lang::Km, now())
        .await
        .unwrap();
    // Tuesday 30 March 2027 09:00 in Berlin (after Europe's clocks moved): 14:00 in Phnom Penh.
    let form = ProposalForm {
        fold: String::new(),
        partnership_id: p.id,
        time_1: "2027-03-30T09:00".into(),
        time_2: String::new(),
        time_3: String::new(),
        medium: "video".into(),
        link: "https://meet.example.org/tandem-km".into(),
        duration: "60".into(),
        agenda: "គោលដៅដំបូង".into(),
        request_key: "km-key".into(),
    };
    let id = sessions::propose(&db, &p.coach, &form, now())
        .await
        .unwrap();
    let told = last_notice(&db, p.partner.id).await;
    assert!(told.contains("បានស្នើវគ្គមួយ"), "{told}");
    assert!(told.contains("អង្គារ 30 មីនា, 14:00 តាមម៉ោងរបស់អ្នក"), "{told}");
    assert!(
        told.contains(&p.coach.display_name),
        "the coach is named as they write it"
    );
    let (subject, letter) = last_letter(&db, p.partner.id).await;
    assert_eq!(letter.lang, Lang::Km);
    assert_eq!(letter.paragraphs, vec![told.clone()]);
    assert_eq!(letter.action.unwrap().label, "បើកវានៅក្នុង Tandem");
    // The subject is the first sentence, cut at the Khmer full stop.
    assert!(subject.ends_with("តាមម៉ោងរបស់អ្នក"), "{subject}");

    // The partner accepts; the coach, who never chose a language, reads English on Berlin's
    // clock with the partner's time beside it.
    accept_first(&db, &p, id, now()).await;
    let coach_told = last_notice(&db, p.coach.id).await;
    assert!(
        coach_told.contains(
            "accepted a session: Tue 30 Mar, 09:00 your time (Tue 30 Mar, 14:00 in Phnom Penh)"
        ),
        "{coach_told}"
    );
    let (_, coach_letter) = last_letter(&db, p.coach.id).await;
    assert_eq!(coach_letter.lang, Lang::En);
    assert_eq!(coach_letter.action.unwrap().label, "Open it in Tandem");
    let coach_ics = last_ics(&db, p.coach.id).await;
    assert!(
        coach_ics.contains("SUMMARY:Coaching session: "),
        "{coach_ics}"
    );

    // The coach moves it: the partner's calendar file speaks Khmer too.
    let session = sessions::sessions_view(&db, &p.coach, p.id, now())
        .await
        .unwrap();
    assert_eq!(session.sessions.len(), 1);
    let moved = sessions::reschedule(
        &db,
        &p.coach,
        &shared::schedule::RescheduleForm {
            partnership_id: p.id,
            session_id: id,
            new_time: "2027-03-31T09:00".into(),
            fold: String::new(),
        },
        now(),
    )
    .await;
    assert!(moved.is_ok(), "{moved:?}");
    let partner_ics = last_ics(&db, p.partner.id).await;
    assert!(partner_ics.contains("SUMMARY:វគ្គបង្វឹក៖ "), "{partner_ics}");
    assert!(
        partner_ics.contains("DESCRIPTION:ការហៅជាវីដេអូ។ របៀបវារៈ៖ គោលដៅដំបូង"),
        "{partner_ics}"
    );
    assert!(
        last_notice(&db, p.partner.id)
            .await
            .contains("ពុធ 31 មីនា, 14:00")
    );
}

async fn last_ics(db: &sea_orm::DatabaseConnection, person: i64) -> String {
    outbox::Entity::find()
        .filter(outbox::Column::PersonId.eq(person))
        .filter(outbox::Column::Ics.is_not_null())
        .order_by_desc(outbox::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .ics
        .unwrap()
        // Unfolded, as a calendar reads it.
        .replace("\r\n ", "")
}

#[tokio::test]
async fn a_partner_who_reads_khmer_learns_of_the_match_in_khmer() {
    use app::features::matching::service as matching;
    use common::person;
    use shared::Role;
    use shared::programme::ObjectiveArea;
    let db = fresh_db().await;
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair-km2@iatul.org", Role::Chair).await;
    let coach = someone(
        &db,
        "coach-km2@lib.de",
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["English"],
        "Anna Keller",
    )
    .await;
    let partner = someone(
        &db,
        "partner-km2@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer"],
        "Sophea Chan",
    )
    .await;
    auth::set_language(&db, partner.id, Lang::Km, now())
        .await
        .unwrap();
    let partner = with_intake(&db, &partner, "collections").await;
    coach_in(
        &db,
        &chair,
        &cohort,
        &coach,
        &[ObjectiveArea::CollectionsAndAccess],
    )
    .await;
    matching::create_partnership(&db, &chair, &match_form(&cohort, &partner, &coach), now())
        .await
        .unwrap();
    let told = last_notice(&db, partner.id).await;
    assert!(told.starts_with("Anna Keller គឺជាគ្រូបង្វឹករបស់អ្នក"), "{told}");
    assert!(
        last_notice(&db, coach.id)
            .await
            .starts_with("You are matched with Sophea Chan")
    );
}

#[tokio::test]
async fn the_pair_is_told_of_goals_and_journal_entries_each_in_their_own_language() {
    use app::features::partnership::service as ws;
    use shared::partnership::{GoalForm, JournalForm, MilestoneForm};
    let db = fresh_db().await;
    let p = pair(&db, "km3").await;
    auth::set_language(&db, p.partner.id, Lang::Km, now())
        .await
        .unwrap();
    let goal = ws::save_goal(
        &db,
        &p.coach,
        &GoalForm {
            partnership_id: p.id,
            title: "Discovery page".into(),
            outcome: "Page live".into(),
            request_key: common::key(),
            ..Default::default()
        },
        now(),
    )
    .await
    .unwrap();
    let told = last_notice(&db, p.partner.id).await;
    assert_eq!(
        told,
        format!("{} បានបន្ថែមគោលដៅមួយ៖ Discovery page", p.coach.display_name)
    );
    ws::add_milestone(
        &db,
        &p.coach,
        &MilestoneForm {
            partnership_id: p.id,
            goal_id: goal,
            milestone_title: "Choose the platform".into(),
            due_on: "2027-05-31".into(),
            request_key: common::key(),
            ..Default::default()
        },
        now(),
    )
    .await
    .unwrap();
    let told = last_notice(&db, p.partner.id).await;
    assert!(told.ends_with("ត្រូវបញ្ចប់ 31 ឧសភា 2027"), "{told}");
    let (subject, letter) = last_letter(&db, p.partner.id).await;
    assert_eq!(letter.lang, Lang::Km);
    assert!(
        subject.starts_with(&format!("{} លើ", p.coach.display_name)),
        "{subject}"
    );

    // The partner writes; the coach, who reads English, is told in English.
    ws::add_journal_entry(
        &db,
        &p.partner,
        &JournalForm {
            partnership_id: p.id,
            kind: "success".into(),
            body: "បុគ្គលិកបីនាក់បានចូលរួម។".into(),
            request_key: common::key(),
            ..Default::default()
        },
        now(),
    )
    .await
    .unwrap();
    assert_eq!(
        last_notice(&db, p.coach.id).await,
        format!(
            "{} wrote in your journal (a success).",
            p.partner.display_name
        )
    );
}

/// The newest letter queued for an address (invitations have no person yet).
async fn letter_to(db: &sea_orm::DatabaseConnection, email: &str) -> (String, Letter) {
    let row = outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(email))
        .order_by_desc(outbox::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    (
        row.subject,
        serde_json::from_str(&row.letter.unwrap()).unwrap(),
    )
}

#[tokio::test]
async fn an_invitation_is_written_in_the_language_the_chair_chose_and_a_new_link_keeps_it() {
    use app::server::AuthSettings;
    use shared::Role;
    use shared::account::{InvitationChange, InvitationForm};
    let db = fresh_db().await;
    let settings = AuthSettings::default();
    let chair = common::person(&db, "chair@lib.org", Role::Chair).await;
    let form = |email: &str, language: &str| InvitationForm {
        email: email.into(),
        display_name: "Sok Dara".into(),
        role: "partner".into(),
        language: language.into(),
    };
    // A language Tandem does not speak is refused next to the field.
    let wrong = form("dara@rupp.edu.kh", "fr").validate().unwrap_err();
    assert!(wrong.first("language").is_some());

    let request = form("dara@rupp.edu.kh", "km").validate().unwrap();
    auth::invite(&db, &chair, request, &settings, now())
        .await
        .unwrap();
    let (subject, letter) = letter_to(&db, "dara@rupp.edu.kh").await;
    assert_eq!(letter.lang, Lang::Km);
    assert!(subject.contains("ដៃគូ"), "{subject}");
    // No zone is known for an address without an application or a cohort: UTC, said in Khmer.
    let expiry = &letter.paragraphs[1];
    assert!(
        expiry.contains("ដំណើរការបានតែម្ដង") && expiry.contains("UTC"),
        "{expiry}"
    );
    assert!(!letter.paragraphs[0].contains("invites you"));

    // Resent, the new link speaks Khmer too.
    let id = auth::people(&db, &chair, now()).await.unwrap().1[0].id;
    auth::change_invitation(&db, &chair, id, InvitationChange::Resend, &settings, now())
        .await
        .unwrap();
    let (again, letter) = letter_to(&db, "dara@rupp.edu.kh").await;
    assert_eq!(letter.lang, Lang::Km);
    assert_eq!(again, subject);

    // Without a choice, the invitation is in English.
    let request = form("vanna@rupp.edu.kh", "").validate().unwrap();
    auth::invite(&db, &chair, request, &settings, now())
        .await
        .unwrap();
    let (subject, letter) = letter_to(&db, "vanna@rupp.edu.kh").await;
    assert_eq!(letter.lang, Lang::En);
    assert_eq!(subject, "You are invited to Tandem as a partner");
}

#[tokio::test]
async fn an_alert_reaches_each_reader_in_their_language() {
    use app::features::commitments::service as commitments;
    let db = fresh_db().await;
    let p = pair(&db, "km-alert").await;
    auth::set_language(&db, p.partner.id, Lang::Km, now())
        .await
        .unwrap();
    // 20 April 2027: March is over with no support logged; no session for 50 days.
    let t = "2027-04-20T03:00:00Z".parse().unwrap();
    let (raised, _) = commitments::refresh_alerts(&db, p.id, t).await.unwrap();
    assert_eq!(raised, 2);
    let told = last_notice(&db, p.partner.id).await;
    assert!(told.starts_with("ការជូនដំណឹង: "), "{told}");
    assert!(told.contains("មីនា 2027"), "the month in Khmer: {told}");
    let coach_told = last_notice(&db, p.coach.id).await;
    assert!(coach_told.starts_with("Alert: "), "{coach_told}");
    // The stored alert is read in the page's language (English outside a request).
    let listed = commitments::alerts(&db, &p.coach, p.id).await.unwrap();
    assert!(
        listed.iter().any(|a| a.message
            == "March 2027: no support outside meetings was logged; this cohort's floor is 2 h."),
        "{listed:?}"
    );
}
