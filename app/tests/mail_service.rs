//! Mail against a real SMTP server (aiosmtpd): messages queued in the change's transaction,
//! rendered with absolute links, retried on a temporary failure, failed on a permanent one,
//! never sent twice by two workers; password resets; unsubscribe links.
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{outbox, password_reset};
use app::features::auth::service as auth;
use app::features::auth::throttle::Throttle;
use app::features::mail::service::{
    self as mail, Action, Letter, MailSettings, Outgoing, queue, worker::Worker,
};
use app::features::partnership::service::notify;
use app::server::{AuthSettings, ServiceError};
use common::sink::{Sink, link_in};
use common::{fresh_db, person};
use jiff::{SignedDuration, Timestamp};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};
use shared::Role;
use shared::mail::{Delivery, MailKind, MailStatus};

const BASE: &str = "https://tandem.test";

fn settings(sink: &Sink) -> MailSettings {
    MailSettings {
        public_url: BASE.into(),
        from: "Coaching Programme <tandem@tandem.test>".into(),
        smtp_url: Some(sink.smtp_url()),
    }
}

fn note(to: &str, subject: &str) -> Outgoing {
    Outgoing {
        to_email: to.into(),
        person_id: None,
        kind: MailKind::Account,
        subject: subject.into(),
        letter: Letter {
            to_name: "Dara".into(),
            paragraphs: vec!["Hello.".into()],
            action: Some(Action {
                label: "Open".into(),
                path: "/home".into(),
            }),
            reason: "A test.".into(),
            lang: shared::i18n::Lang::En,
        },
        secret: false,
        ics: None,
    }
}

async fn row_to(db: &sea_orm::DatabaseConnection, email: &str) -> outbox::Model {
    outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(email))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_reset_mail_arrives_with_an_absolute_link_that_sets_a_password_once() {
    let sink = Sink::start();
    let db = fresh_db().await;
    let dara = person(&db, "dara@reset.test", Role::Partner).await;
    let throttle = Throttle::default();
    let now = Timestamp::now();
    auth::request_reset(&db, &throttle, "10.0.0.1", "dara@reset.test", now)
        .await
        .unwrap();
    // An unknown address gets the same answer and nothing is written.
    auth::request_reset(&db, &throttle, "10.0.0.1", "nobody@reset.test", now)
        .await
        .unwrap();
    assert_eq!(password_reset::Entity::find().count(&db).await.unwrap(), 1);
    assert_eq!(outbox::Entity::find().count(&db).await.unwrap(), 1);

    let worker = Worker::new(db.clone(), settings(&sink)).unwrap();
    assert_eq!(worker.pass(Timestamp::now()).await.unwrap().sent, 1);
    let mails = sink.wait("dara@reset.test", 1).await;
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert_eq!(m["subject"], "Choose a new password for Tandem");
    assert!(m["to_header"].as_str().unwrap().contains("Test Person"));
    let text = m["text"].as_str().unwrap();
    assert!(text.starts_with("Dear Test Person,"), "{text}");
    let link = link_in(text, &format!("{BASE}/reset-password/"));
    assert!(
        m["html"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{link}\""))
    );
    assert!(
        m["headers"].get("List-Unsubscribe").is_none(),
        "account messages always go"
    );

    // Sent: the database no longer holds the link.
    let row = row_to(&db, "dara@reset.test").await;
    assert_eq!(row.status, "sent");
    let token = link.rsplit('/').next().unwrap();
    assert!(!row.letter.unwrap().contains(token));
    assert!(!row.body.contains(token));

    auth::check_reset(&db, token, now).await.unwrap();
    let (user, _) = auth::reset_password(
        &db,
        token,
        "a brand new passphrase".into(),
        &AuthSettings::default(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(user.id, dara.id);
    let again = auth::reset_password(
        &db,
        token,
        "another new passphrase".into(),
        &AuthSettings::default(),
        now,
    )
    .await;
    assert!(
        matches!(again, Err(ServiceError::Conflict(ref m)) if m.contains("already been used")),
        "{again:?}"
    );
    // Change one character for sure (the token is random, so it may hold no given letter).
    let mut altered = token.to_owned();
    let last = altered.pop().unwrap();
    altered.push(if last == 'A' { 'B' } else { 'A' });
    let altered = auth::check_reset(&db, &altered, now).await;
    assert!(
        matches!(altered, Err(ServiceError::Conflict(ref m)) if m.contains("not one Tandem sent")),
        "{altered:?}"
    );
}

#[tokio::test]
async fn reset_links_expire_and_a_flood_is_refused_without_sending_more() {
    let db = fresh_db().await;
    person(&db, "flood@reset.test", Role::Coach).await;
    let throttle = Throttle::default();
    let now = Timestamp::now();
    for _ in 0..3 {
        auth::request_reset(&db, &throttle, "10.0.0.2", "flood@reset.test", now)
            .await
            .unwrap();
    }
    let r = auth::request_reset(&db, &throttle, "10.0.0.2", "flood@reset.test", now).await;
    assert!(matches!(r, Err(ServiceError::RateLimited(_))), "{r:?}");
    assert_eq!(outbox::Entity::find().count(&db).await.unwrap(), 3);
    // Other addresses from the same client are limited too, after ten in a minute.
    for i in 0..7 {
        auth::request_reset(&db, &throttle, "10.0.0.2", &format!("x{i}@reset.test"), now)
            .await
            .unwrap();
    }
    let r = auth::request_reset(&db, &throttle, "10.0.0.2", "y@reset.test", now).await;
    assert!(matches!(r, Err(ServiceError::RateLimited(_))), "{r:?}");

    let token = common::mailed_link(&db, "flood@reset.test")
        .await
        .replace("/reset-password/", "");
    let later = now + SignedDuration::from_mins(61);
    let r = auth::check_reset(&db, &token, later).await;
    assert!(
        matches!(r, Err(ServiceError::Conflict(ref m)) if m.contains("expired")),
        "{r:?}"
    );
}

#[tokio::test]
async fn a_failed_change_leaves_no_message() {
    let db = fresh_db().await;
    let txn = db.begin().await.unwrap();
    queue(&txn, note("rolled@back.test", "Never"), Timestamp::now())
        .await
        .unwrap();
    txn.rollback().await.unwrap();
    assert_eq!(outbox::Entity::find().count(&db).await.unwrap(), 0);
}

#[tokio::test]
async fn temporary_failures_are_retried_later_and_permanent_ones_fail_that_message_only() {
    let sink = Sink::start();
    let db = fresh_db().await;
    let now = Timestamp::now();
    for to in ["busy@retry.test", "refuse@retry.test", "fine@retry.test"] {
        queue(&db, note(to, "Three"), now).await.unwrap();
    }
    let worker = Worker::new(db.clone(), settings(&sink)).unwrap();
    let pass = worker.pass(now).await.unwrap();
    assert_eq!((pass.sent, pass.retried, pass.failed), (1, 1, 1));
    assert_eq!(sink.wait("fine@retry.test", 1).await.len(), 1);

    let busy = row_to(&db, "busy@retry.test").await;
    assert_eq!(busy.status, "queued");
    assert_eq!(busy.attempts, 1);
    assert!(busy.last_error.unwrap().contains("busy"));
    assert!(
        busy.next_attempt_at >= now.as_millisecond() + 30_000,
        "tried again after 30 s"
    );
    let refused = row_to(&db, "refuse@retry.test").await;
    assert_eq!(refused.status, "failed");
    assert!(refused.last_error.unwrap().contains("No such mailbox"));

    // Not due yet: nothing happens; once due it is tried again.
    assert_eq!(worker.pass(now).await.unwrap().total(), 0);
    let later = now + SignedDuration::from_secs(31);
    assert_eq!(worker.pass(later).await.unwrap().retried, 1);
    assert_eq!(row_to(&db, "busy@retry.test").await.attempts, 2);

    // The chair queues a failed message again.
    let chair = person(&db, "chair@retry.test", Role::Chair).await;
    mail::retry(&db, &chair, refused.id, now).await.unwrap();
    assert_eq!(row_to(&db, "refuse@retry.test").await.status, "queued");
    let partner = person(&db, "p@retry.test", Role::Partner).await;
    assert!(matches!(
        mail::retry(&db, &partner, refused.id, now).await,
        Err(ServiceError::Forbidden)
    ));
}

#[tokio::test]
async fn with_the_mail_server_down_nothing_is_lost() {
    let db = fresh_db().await;
    let now = Timestamp::now();
    queue(&db, note("later@down.test", "Waits"), now)
        .await
        .unwrap();
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = MailSettings {
        public_url: BASE.into(),
        from: "tandem@tandem.test".into(),
        smtp_url: Some(format!("smtp://127.0.0.1:{closed}")),
    };
    let worker = Worker::new(db.clone(), down).unwrap();
    assert_eq!(worker.pass(now).await.unwrap().retried, 1);
    let row = row_to(&db, "later@down.test").await;
    assert_eq!(row.status, "queued");

    let sink = Sink::start();
    let up = Worker::new(db.clone(), settings(&sink)).unwrap();
    up.pass(now + SignedDuration::from_mins(5)).await.unwrap();
    assert_eq!(sink.wait("later@down.test", 1).await.len(), 1);
    assert_eq!(row_to(&db, "later@down.test").await.status, "sent");
}

#[tokio::test]
async fn two_workers_never_send_a_row_twice() {
    let sink = Sink::start();
    let db = fresh_db().await;
    let now = Timestamp::now();
    for i in 0..60 {
        queue(&db, note(&format!("w{i}@two.test"), "Once"), now)
            .await
            .unwrap();
    }
    let a = Worker::new(db.clone(), settings(&sink)).unwrap();
    let b = Worker::new(db.clone(), settings(&sink)).unwrap();
    let mut sent = 0;
    for _ in 0..4 {
        let (x, y) = tokio::join!(a.pass(now), b.pass(now));
        sent += x.unwrap().sent + y.unwrap().sent;
    }
    assert_eq!(sent, 60);
    for i in 0..60 {
        let to = format!("w{i}@two.test");
        assert_eq!(sink.wait(&to, 1).await.len(), 1, "{to}");
    }
    assert_eq!(
        outbox::Entity::find()
            .filter(outbox::Column::Status.eq(MailStatus::Sent.code()))
            .count(&db)
            .await
            .unwrap(),
        60
    );
}

#[tokio::test]
async fn an_unsubscribe_link_turns_that_kind_off_and_in_app_news_stays() {
    let sink = Sink::start();
    let db = fresh_db().await;
    let vichea = person(&db, "vichea@unsub.test", Role::Partner).await;
    let now = Timestamp::now();
    notify(
        &db,
        vichea.id,
        MailKind::Sessions,
        "Dara proposed a session. Accept a time.",
        "/home",
        now,
    )
    .await
    .unwrap();
    let worker = Worker::new(db.clone(), settings(&sink)).unwrap();
    worker.pass(now).await.unwrap();
    let mails = sink.wait("vichea@unsub.test", 1).await;
    let m = &mails[0];
    assert_eq!(m["subject"], "Dara proposed a session");
    let header = m["headers"]["List-Unsubscribe"].as_str().unwrap();
    assert_eq!(
        m["headers"]["List-Unsubscribe-Post"],
        "List-Unsubscribe=One-Click"
    );
    let link = link_in(m["text"].as_str().unwrap(), &format!("{BASE}/unsubscribe/"));
    assert_eq!(header, format!("<{link}>"));
    let token = link.rsplit('/').next().unwrap();
    let shown = mail::unsubscribe_view(&db, token).await.unwrap();
    assert_eq!(shown.kind, MailKind::Sessions);
    assert_eq!(shown.masked_email, "vi…@unsub.test");

    mail::unsubscribe(&db, token, Delivery::Off).await.unwrap();
    notify(
        &db,
        vichea.id,
        MailKind::Sessions,
        "Another session.",
        "/home",
        now,
    )
    .await
    .unwrap();
    notify(
        &db,
        vichea.id,
        MailKind::Reminders,
        "A reminder.",
        "/home",
        now,
    )
    .await
    .unwrap();
    let queued: Vec<String> = outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq("vichea@unsub.test"))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.kind)
        .collect();
    assert_eq!(
        queued,
        ["sessions", "reminders"],
        "only the other kind is mailed"
    );
    let news = app::features::partnership::service::unread_notifications(&db, &vichea)
        .await
        .unwrap();
    assert_eq!(news.len(), 3, "everything is still in Tandem");
    assert!(matches!(
        mail::unsubscribe_view(&db, "0".repeat(64).as_str()).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn an_accepted_moved_then_cancelled_session_mails_one_calendar_event() {
    use app::features::sessions::service as sessions;
    use shared::schedule::{CancelForm, ProposalForm, RescheduleForm};
    let sink = Sink::start();
    let db = fresh_db().await;
    let p = common::pairs::pair(&db, "ics").await;
    let now: Timestamp = "2027-03-10T12:00:00Z".parse().unwrap();
    // Proposed in Berlin for Tuesday 30 March 2027 09:00 (07:00 UTC, after Europe's change).
    let form = ProposalForm {
        fold: String::new(),
        partnership_id: p.id,
        time_1: "2027-03-30T09:00".into(),
        time_2: String::new(),
        time_3: String::new(),
        medium: "video".into(),
        link: "https://meet.example.org/abc".into(),
        duration: "60".into(),
        agenda: "First goals".into(),
        request_key: "ics-1".into(),
    };
    let id = sessions::propose(&db, &p.coach, &form, now).await.unwrap();
    common::pairs::accept_first(&db, &p, id, now).await;
    let move_to = RescheduleForm {
        partnership_id: p.id,
        session_id: id,
        new_time: "2027-03-31T16:30".into(),
        fold: String::new(),
    };
    sessions::reschedule(&db, &p.partner, &move_to, now)
        .await
        .unwrap();
    let cancel = CancelForm {
        partnership_id: p.id,
        session_id: id,
        reason: "The library is closed".into(),
    };
    sessions::cancel(&db, &p.coach, &cancel, now).await.unwrap();

    let worker = Worker::new(db.clone(), settings(&sink)).unwrap();
    while worker.pass(now).await.unwrap().total() > 0 {}
    // The coach hears of the acceptance and the move, the partner of the proposal and the
    // cancellation.
    let to_coach = sink.wait("coach-ics@lib.de", 3).await;
    let to_partner = sink.wait("partner-ics@lib.kh", 2).await;
    let subjects: Vec<&str> = to_coach
        .iter()
        .chain(&to_partner)
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    let accepted = to_coach
        .iter()
        .find(|m| m["subject"].as_str().unwrap().contains("accepted"))
        .unwrap_or_else(|| panic!("{subjects:?}"));
    let text = accepted["text"].as_str().unwrap();
    // Her clock and his beside it: 09:00 in Berlin, 14:00 in Phnom Penh.
    assert!(
        text.contains("Tue 30 Mar, 09:00 your time (Tue 30 Mar, 14:00 in Phnom Penh)"),
        "{text}"
    );
    let cal = &accepted["calendar"][0];
    let content_type = cal["content_type"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .replace('"', "");
    assert!(content_type.contains("method=request"), "{content_type}");
    let ics = cal["content"].as_str().unwrap();
    assert!(ics.contains("METHOD:REQUEST"), "{ics}");
    assert!(ics.contains("DTSTART:20270330T070000Z"), "{ics}");
    assert!(
        ics.contains(&format!("UID:session-{id}@tandem.test")),
        "{ics}"
    );
    assert!(ics.contains("SEQUENCE:1"));

    let moved = to_coach
        .iter()
        .find(|m| m["subject"].as_str().unwrap().contains("moved"))
        .unwrap();
    let ics = moved["calendar"][0]["content"].as_str().unwrap();
    // 16:30 in Phnom Penh is 11:30 in Berlin (UTC+2 from 28 March): 09:30 UTC.
    assert!(ics.contains("DTSTART:20270331T093000Z"), "{ics}");
    assert!(ics.contains("SEQUENCE:2") && ics.contains(&format!("UID:session-{id}@tandem.test")));

    let cancelled = to_partner
        .iter()
        .find(|m| m["subject"].as_str().unwrap().contains("cancelled"))
        .unwrap();
    let ics = cancelled["calendar"][0]["content"].as_str().unwrap();
    assert!(
        ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED"),
        "{ics}"
    );
    assert!(ics.contains("SEQUENCE:3"));
    let proposed = to_partner
        .iter()
        .find(|m| m["subject"].as_str().unwrap().contains("proposed"))
        .unwrap();
    assert!(
        proposed["calendar"].as_array().unwrap().is_empty(),
        "a proposal is not in the calendar yet"
    );
}
