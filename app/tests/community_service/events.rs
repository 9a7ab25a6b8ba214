//! Community events: the team publishes, only those invited see an event, a resend stores
//! once, answers replace each other, the team sees the figures, an ended or cancelled event
//! takes no answers, and the calendar file carries the instant in UTC.

use crate::common::fresh_db;
use crate::common::pairs::*;
use app::features::community::service::events as ev;
use app::server::ServiceError;
use jiff::Timestamp;
use shared::Role;
use shared::community_event::{Answer, AttendanceForm, EventForm, EventKind, Mode};
use shared::i18n::Lang;

fn now() -> Timestamp {
    "2027-03-01T00:00:00Z".parse().unwrap()
}

/// A call at 18:00 in Phnom Penh on 30 March 2027 (11:00 UTC), for `audience` ("" = everyone).
fn call(audience: &str, key: &str) -> EventForm {
    EventForm {
        kind: "call".into(),
        title: "Community call: the first month".into(),
        description: "What went well, what was hard.".into(),
        time_zone: "Asia/Phnom_Penh".into(),
        starts: "2027-03-30T18:00".into(),
        duration: "60".into(),
        video_link: "https://meet.example.org/tandem".into(),
        audience: audience.into(),
        request_key: key.into(),
        ..Default::default()
    }
}

fn conference(key: &str) -> EventForm {
    EventForm {
        kind: "conference".into(),
        title: "IATUL 2027".into(),
        time_zone: "Europe/Lisbon".into(),
        first_day: "2027-06-14".into(),
        last_day: "2027-06-17".into(),
        place: "Lisbon, Portugal".into(),
        registration_link: "https://iatul.org/conference".into(),
        request_key: key.into(),
        ..Default::default()
    }
}

fn say(id: i64, answer: &str, mode: &str) -> AttendanceForm {
    AttendanceForm {
        event_id: id,
        answer: answer.into(),
        mode: mode.into(),
    }
}

#[tokio::test]
async fn only_the_team_publishes_and_a_resend_stores_once() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    for who in [&p.coach, &p.partner] {
        assert!(matches!(
            ev::publish(&db, who, &call("", &crate::common::key()), now()).await,
            Err(ServiceError::Forbidden)
        ));
    }
    let key = crate::common::key();
    let first = ev::publish(&db, &p.chair, &call("", &key), now())
        .await
        .unwrap();
    let again = ev::publish(&db, &p.chair, &call("", &key), now())
        .await
        .unwrap();
    assert_eq!(first, again, "a resend answers the first publication");
    let page = ev::events_page(&db, &p.coach, now()).await.unwrap();
    assert_eq!(page.upcoming.len(), 1);
    assert!(!page.can_publish);
    let e = &page.upcoming[0];
    assert_eq!(e.kind, EventKind::Call);
    assert_eq!(
        e.starts_at_ms,
        "2027-03-30T11:00:00Z"
            .parse::<Timestamp>()
            .unwrap()
            .as_millisecond()
    );
    assert_eq!(e.ends_at_ms - e.starts_at_ms, 3_600_000);
    assert!(
        ev::events_page(&db, &p.chair, now())
            .await
            .unwrap()
            .can_publish
    );
}

#[tokio::test]
async fn an_unknown_audience_is_a_field_error_and_stores_nothing() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    match ev::publish(
        &db,
        &p.chair,
        &call("no-such-cohort", "request-key-00001"),
        now(),
    )
    .await
    {
        Err(ServiceError::Validation(e)) => assert!(e.first("audience").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    let page = ev::events_page(&db, &p.chair, now()).await.unwrap();
    assert!(page.upcoming.is_empty());
}

#[tokio::test]
async fn a_cohort_event_is_hidden_from_those_not_invited() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let outsider = someone(
        &db,
        "other-coach@lib.au",
        Role::Coach,
        "Australia/Sydney",
        (9, 17),
        &["English"],
        "Marcus Reid",
    )
    .await;
    let id = ev::publish(
        &db,
        &p.chair,
        &call(&p.cohort.slug, "request-key-00001"),
        now(),
    )
    .await
    .unwrap();
    for who in [&p.coach, &p.partner] {
        let page = ev::event_page(&db, who, id, now()).await.unwrap();
        assert_eq!(page.event.audience.as_deref(), Some("2027-2028"));
        assert!(page.figures.is_none(), "only the team sees the figures");
    }
    assert!(
        ev::events_page(&db, &outsider, now())
            .await
            .unwrap()
            .upcoming
            .is_empty()
    );
    assert!(matches!(
        ev::event_page(&db, &outsider, id, now()).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        ev::answer(&db, &outsider, &say(id, "yes", ""), now()).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        ev::event_ics(&db, &outsider, id, "tandem.test", Lang::En).await,
        Err(ServiceError::NotFound)
    ));
    // An event for everyone reaches the outsider too.
    ev::publish(&db, &p.chair, &call("", "request-key-00002"), now())
        .await
        .unwrap();
    assert_eq!(
        ev::coming_up(&db, &outsider, now(), 3).await.unwrap().len(),
        1
    );
}

#[tokio::test]
async fn answers_replace_each_other_and_the_team_sees_the_figures() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let id = ev::publish(&db, &p.chair, &conference("request-key-00001"), now())
        .await
        .unwrap();
    // A conference needs to know how one attends, unless the answer is no.
    match ev::answer(&db, &p.coach, &say(id, "yes", ""), now()).await {
        Err(ServiceError::Validation(e)) => assert!(e.first("mode").is_some()),
        other => panic!("expected a field error, got {other:?}"),
    }
    ev::answer(&db, &p.coach, &say(id, "maybe", "online"), now())
        .await
        .unwrap();
    ev::answer(&db, &p.coach, &say(id, "yes", "in_person"), now())
        .await
        .unwrap();
    ev::answer(&db, &p.partner, &say(id, "no", ""), now())
        .await
        .unwrap();

    let page = ev::event_page(&db, &p.partner, id, now()).await.unwrap();
    assert_eq!(page.event.going, 1);
    assert_eq!(page.mine.answer, "no");
    assert!(page.open);
    assert!(
        !ev::event_page(&db, &p.partner, id, "2027-06-17T23:00:00Z".parse().unwrap())
            .await
            .unwrap()
            .open,
        "the conference's last day ends at midnight in Lisbon (23:00 UTC in summer)"
    );
    assert_eq!(page.attendees.len(), 1, "who said no is not listed");
    assert_eq!(page.attendees[0].name, "Anna Keller");
    assert_eq!(page.attendees[0].answer, Answer::Yes);
    assert_eq!(page.attendees[0].mode, Mode::InPerson);
    assert_eq!(page.event.first_day, "2027-06-14");
    assert_eq!(page.event.last_day, "2027-06-17");

    let figures = ev::event_page(&db, &p.chair, id, now())
        .await
        .unwrap()
        .figures
        .unwrap();
    assert_eq!(figures.invited, 2, "the coach and the partner");
    assert_eq!((figures.yes, figures.maybe, figures.no), (1, 0, 1));
    assert_eq!((figures.in_person, figures.online), (1, 0));
}

#[tokio::test]
async fn an_ended_or_cancelled_event_takes_no_answers() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let id = ev::publish(&db, &p.chair, &call("", "request-key-00001"), now())
        .await
        .unwrap();
    let after: Timestamp = "2027-03-30T12:00:01Z".parse().unwrap();
    assert!(matches!(
        ev::answer(&db, &p.partner, &say(id, "yes", ""), after).await,
        Err(ServiceError::Conflict(_))
    ));
    let past = ev::events_page(&db, &p.partner, after).await.unwrap();
    assert!(past.upcoming.is_empty());
    assert_eq!(past.past.len(), 1, "an ended call is listed as past");

    assert!(matches!(
        ev::cancel(&db, &p.coach, id, now()).await,
        Err(ServiceError::Forbidden)
    ));
    ev::cancel(&db, &p.chair, id, now()).await.unwrap();
    ev::cancel(&db, &p.chair, id, now()).await.unwrap();
    assert!(matches!(
        ev::cancel(&db, &p.chair, id + 100, now()).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        ev::answer(&db, &p.partner, &say(id, "yes", ""), now()).await,
        Err(ServiceError::Conflict(_))
    ));
    let page = ev::event_page(&db, &p.partner, id, now()).await.unwrap();
    assert!(page.cancelled && !page.open, "the page offers no answer");
    assert!(
        ev::coming_up(&db, &p.partner, now(), 3)
            .await
            .unwrap()
            .is_empty()
    );
    let ics = ev::event_ics(&db, &p.partner, id, "tandem.test", Lang::En)
        .await
        .unwrap();
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
}

#[tokio::test]
async fn the_calendar_file_holds_the_instant_in_utc() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let id = ev::publish(&db, &p.chair, &call("", "request-key-00001"), now())
        .await
        .unwrap();
    let ics = ev::event_ics(&db, &p.coach, id, "tandem.test", Lang::En)
        .await
        .unwrap();
    assert!(ics.contains("DTSTART:20270330T110000Z"), "{ics}");
    assert!(ics.contains("UID:event-"), "{ics}");
    assert!(ics.contains("meet.example.org/tandem"), "{ics}");
    assert!(!ics.contains("STATUS:CANCELLED"));
}

#[tokio::test]
async fn coming_up_lists_the_soonest_first_and_drops_what_has_ended() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    let conf = ev::publish(&db, &p.chair, &conference("request-key-00001"), now())
        .await
        .unwrap();
    let soon = ev::publish(
        &db,
        &p.chair,
        &call(&p.cohort.slug, "request-key-00002"),
        now(),
    )
    .await
    .unwrap();
    let ids: Vec<i64> = ev::coming_up(&db, &p.partner, now(), 3)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, vec![soon, conf]);
    let in_may: Timestamp = "2027-05-01T00:00:00Z".parse().unwrap();
    let ids: Vec<i64> = ev::coming_up(&db, &p.partner, in_may, 3)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, vec![conf]);
}
