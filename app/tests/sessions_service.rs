//! Sessions against a real SQLite database: proposals read on the proposer's clock and shown on
//! each person's, conflicts, double submits, reschedules that keep the link, who may see what,
//! the pace, calendar feeds and reminders that are never sent twice.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::partnership::overview;
use app::features::partnership::service as ws;
use app::features::sessions::service as sessions;
use app::server::ServiceError;
use common::pairs::*;
use common::{fresh_db, received};
use jiff::Timestamp;
use shared::schedule::*;

fn now() -> Timestamp {
    "2027-03-10T12:00:00Z".parse().unwrap()
}

fn proposal(pid: i64, key: &str, times: [&str; 3]) -> ProposalForm {
    ProposalForm {
        fold: String::new(),
        partnership_id: pid,
        time_1: times[0].into(),
        time_2: times[1].into(),
        time_3: times[2].into(),
        medium: "video".into(),
        link: "https://meet.example.org/tandem-abc".into(),
        duration: "60".into(),
        agenda: "Agree the first goals".into(),
        request_key: key.into(),
    }
}

#[tokio::test]
async fn a_time_proposed_in_berlin_is_accepted_in_phnom_penh_on_each_clock() {
    let db = fresh_db().await;
    let p = pair(&db, "s1").await;
    // Tuesday 30 March 2027 09:00 in Berlin, after Europe's clocks moved (28 March): 07:00 UTC,
    // 14:00 in Phnom Penh. And Tuesday 23 March 09:00, before: 08:00 UTC, 15:00 in Phnom Penh.
    let id = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "k1", ["2027-03-30T09:00", "2027-03-23 09:00", ""]),
        now(),
    )
    .await
    .unwrap();
    // The same form again: the same proposal.
    let again = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "k1", ["2027-03-30T09:00", "2027-03-23 09:00", ""]),
        now(),
    )
    .await
    .unwrap();
    assert_eq!(id, again);
    let seen = sessions::sessions_view(&db, &p.partner, p.id, now())
        .await
        .unwrap();
    assert_eq!(seen.sessions.len(), 1, "one proposal, not two");
    let s = &seen.sessions[0];
    let mut shown: Vec<(String, String, String)> = s
        .options
        .iter()
        .map(|o| (o.at.utc.clone(), o.at.mine.clone(), o.at.theirs.clone()))
        .collect();
    shown.sort();
    assert_eq!(
        shown,
        [
            (
                "2027-03-23T08:00:00Z".into(),
                "Tue 23 Mar, 15:00".into(),
                "Tue 23 Mar, 09:00".into()
            ),
            (
                "2027-03-30T07:00:00Z".into(),
                "Tue 30 Mar, 14:00".into(),
                "Tue 30 Mar, 09:00".into()
            ),
        ]
    );
    // The proposer cannot accept their own times; the partner can.
    let after_change = s
        .options
        .iter()
        .find(|o| o.at.utc == "2027-03-30T07:00:00Z")
        .unwrap()
        .id;
    let answer = AnswerForm {
        partnership_id: p.id,
        session_id: id,
        option_id: after_change,
    };
    assert!(matches!(
        sessions::answer(&db, &p.coach, &answer, now()).await,
        Err(ServiceError::Conflict(_))
    ));
    assert_eq!(
        sessions::answer(&db, &p.partner, &answer, now())
            .await
            .unwrap(),
        SessionStatus::Scheduled
    );
    let coach_view = sessions::sessions_view(&db, &p.coach, p.id, now())
        .await
        .unwrap();
    let at = coach_view.sessions[0].at.clone().unwrap();
    assert_eq!(
        (at.mine.as_str(), at.theirs.as_str()),
        ("Tue 30 Mar, 09:00", "Tue 30 Mar, 14:00")
    );
    assert_eq!(coach_view.pace.scheduled, 1);
    // The calendar file carries the same instant, a stable UID and a sequence.
    let ics = sessions::session_ics(&db, &p.coach, p.id, id, "tandem.test", now())
        .await
        .unwrap();
    assert!(ics.contains("DTSTART:20270330T070000Z"), "{ics}");
    assert!(ics.contains(&format!("UID:session-{id}@tandem.test")));
    assert!(ics.contains("SEQUENCE:1"));
}

#[tokio::test]
async fn overlapping_sessions_are_refused_and_a_move_keeps_the_link() {
    let db = fresh_db().await;
    let p = pair(&db, "s2").await;
    let first = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "a", ["2027-03-30T09:00", "", ""]),
        now(),
    )
    .await
    .unwrap();
    let opt =
        |v: &SessionsView, sid: i64| v.sessions.iter().find(|s| s.id == sid).unwrap().options[0].id;
    let v = sessions::sessions_view(&db, &p.partner, p.id, now())
        .await
        .unwrap();
    sessions::answer(
        &db,
        &p.partner,
        &AnswerForm {
            partnership_id: p.id,
            session_id: first,
            option_id: opt(&v, first),
        },
        now(),
    )
    .await
    .unwrap();
    // A second session half an hour later overlaps the first (60 minutes).
    let second = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "b", ["2027-03-30T09:30", "", ""]),
        now(),
    )
    .await
    .unwrap();
    let v = sessions::sessions_view(&db, &p.partner, p.id, now())
        .await
        .unwrap();
    let clash = sessions::answer(
        &db,
        &p.partner,
        &AnswerForm {
            partnership_id: p.id,
            session_id: second,
            option_id: opt(&v, second),
        },
        now(),
    )
    .await;
    match clash {
        Err(ServiceError::Validation(e)) => {
            assert!(e.first("option_id").unwrap().contains("overlaps"))
        }
        other => panic!("{other:?}"),
    }
    // Moving the first: the link stays, the sequence grows, the history says from and to.
    let to = RescheduleForm {
        fold: String::new(),
        partnership_id: p.id,
        session_id: first,
        new_time: "2027-04-06T10:00".into(),
    };
    sessions::reschedule(&db, &p.coach, &to, now())
        .await
        .unwrap();
    let v = sessions::sessions_view(&db, &p.coach, p.id, now())
        .await
        .unwrap();
    let moved = v.sessions.iter().find(|s| s.id == first).unwrap();
    assert_eq!(moved.link, "https://meet.example.org/tandem-abc");
    assert_eq!(moved.sequence, 2);
    assert_eq!(moved.at.as_ref().unwrap().utc, "2027-04-06T08:00:00Z");
    assert!(
        moved
            .history
            .last()
            .unwrap()
            .contains("Moved from Tue 30 Mar, 09:00 to Tue 6 Apr, 10:00")
    );
    // Now the second fits.
    sessions::answer(
        &db,
        &p.partner,
        &AnswerForm {
            partnership_id: p.id,
            session_id: second,
            option_id: opt(&v, second),
        },
        now(),
    )
    .await
    .unwrap();
    // Cancelling needs a reason; the file then says CANCEL with a higher sequence.
    let no_reason = CancelForm {
        partnership_id: p.id,
        session_id: second,
        reason: "".into(),
    };
    assert!(matches!(
        sessions::cancel(&db, &p.partner, &no_reason, now()).await,
        Err(ServiceError::Validation(_))
    ));
    sessions::cancel(
        &db,
        &p.partner,
        &CancelForm {
            reason: "Library closed for a holiday".into(),
            ..no_reason
        },
        now(),
    )
    .await
    .unwrap();
    let ics = sessions::session_ics(&db, &p.coach, p.id, second, "tandem.test", now())
        .await
        .unwrap();
    assert!(
        ics.contains("METHOD:CANCEL") && ics.contains("SEQUENCE:2"),
        "{ics}"
    );
}

#[tokio::test]
async fn only_the_pair_sees_or_changes_its_sessions() {
    let db = fresh_db().await;
    let p = pair(&db, "s3").await;
    let other = pair(&db, "s4").await;
    let id = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "x", ["2027-03-30T09:00", "", ""]),
        now(),
    )
    .await
    .unwrap();
    for stranger in [&other.coach, &other.partner] {
        assert!(matches!(
            sessions::sessions_view(&db, stranger, p.id, now()).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            sessions::propose(
                &db,
                stranger,
                &proposal(p.id, "y", ["2027-03-30T11:00", "", ""]),
                now()
            )
            .await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            sessions::session_ics(&db, stranger, p.id, id, "h", now()).await,
            Err(ServiceError::NotFound)
        ));
        let cancel = CancelForm {
            partnership_id: p.id,
            session_id: id,
            reason: "Not mine".into(),
        };
        assert!(matches!(
            sessions::cancel(&db, stranger, &cancel, now()).await,
            Err(ServiceError::NotFound)
        ));
        // Through their own partnership, another pair's session is not found either.
        let cancel = CancelForm {
            partnership_id: other.id,
            session_id: id,
            reason: "Not mine".into(),
        };
        assert!(matches!(
            sessions::cancel(&db, stranger, &cancel, now()).await,
            Err(ServiceError::NotFound)
        ));
    }
    assert!(matches!(
        sessions::sessions_view(&db, &p.chair, p.id, now()).await,
        Err(ServiceError::Forbidden)
    ));
    // The chair sees the pace as a figure.
    let figures = overview::list(&db, &p.chair, now()).await.unwrap();
    let f = figures.iter().find(|f| f.head.id == p.id).unwrap();
    assert_eq!(f.pace.held, 0);
}

#[tokio::test]
async fn outcomes_count_towards_six_and_the_partner_confirms() {
    let db = fresh_db().await;
    let p = pair(&db, "s5").await;
    let id = sessions::propose(
        &db,
        &p.partner,
        &proposal(p.id, "o", ["2027-03-11T15:00", "", ""]),
        now(),
    )
    .await
    .unwrap();
    let v = sessions::sessions_view(&db, &p.coach, p.id, now())
        .await
        .unwrap();
    sessions::answer(
        &db,
        &p.coach,
        &AnswerForm {
            partnership_id: p.id,
            session_id: id,
            option_id: v.sessions[0].options[0].id,
        },
        now(),
    )
    .await
    .unwrap();
    let outcome = OutcomeForm {
        partnership_id: p.id,
        session_id: id,
        outcome: "held".into(),
        notes: "Good start".into(),
        actions: "Draft the survey\nShare the plan".into(),
    };
    // Not before its time.
    assert!(matches!(
        sessions::record_outcome(&db, &p.coach, &outcome, now()).await,
        Err(ServiceError::Conflict(_))
    ));
    let later: Timestamp = "2027-03-11T10:00:00Z".parse().unwrap();
    assert_eq!(
        sessions::record_outcome(&db, &p.coach, &outcome, later)
            .await
            .unwrap(),
        SessionStatus::Held
    );
    assert!(matches!(
        sessions::confirm_held(&db, &p.coach, p.id, id, later).await,
        Err(ServiceError::Conflict(_))
    ));
    sessions::confirm_held(&db, &p.partner, p.id, id, later)
        .await
        .unwrap();
    let v = sessions::sessions_view(&db, &p.partner, p.id, later)
        .await
        .unwrap();
    assert_eq!(v.pace.held, 1);
    assert!(v.sessions[0].partner_confirmed);
    assert_eq!(
        v.sessions[0].actions,
        ["Draft the survey", "Share the plan"]
    );
}

#[tokio::test]
async fn reminders_go_once_a_day_and_an_hour_before() {
    let db = fresh_db().await;
    let p = pair(&db, "s6").await;
    let id = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "r", ["2027-03-12T10:00", "", ""]),
        now(),
    )
    .await
    .unwrap();
    accept_first(&db, &p, id, now()).await;
    // 10:00 Berlin on 12 March is 09:00 UTC.
    let day_before: Timestamp = "2027-03-11T09:30:00Z".parse().unwrap();
    assert_eq!(
        sessions::send_due_reminders(&db, now()).await.unwrap(),
        0,
        "more than a day ahead"
    );
    assert_eq!(
        sessions::send_due_reminders(&db, day_before).await.unwrap(),
        2,
        "one each"
    );
    assert_eq!(
        sessions::send_due_reminders(&db, day_before).await.unwrap(),
        0,
        "never twice"
    );
    let hour_before: Timestamp = "2027-03-12T08:15:00Z".parse().unwrap();
    assert_eq!(
        sessions::send_due_reminders(&db, hour_before)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        sessions::send_due_reminders(&db, hour_before)
            .await
            .unwrap(),
        0
    );
    let news = ws::unread_notifications(&db, &p.partner).await.unwrap();
    let reminders: Vec<&str> = news
        .iter()
        .filter(|n| n.body.starts_with("Reminder"))
        .map(|n| n.body.as_str())
        .collect();
    assert_eq!(
        reminders,
        [
            "Reminder: your coaching session is within the hour, Fri 12 Mar, 16:00 your time (Fri 12 Mar, 10:00 in Berlin).",
            "Reminder: your coaching session is tomorrow, Fri 12 Mar, 16:00 your time (Fri 12 Mar, 10:00 in Berlin).",
        ]
    );
}

#[tokio::test]
async fn common_time_and_the_feed_follow_each_persons_clock() {
    let db = fresh_db().await;
    let p = pair(&db, "s7").await;
    // Coach: Tuesdays 08:00-12:00 Berlin. Partner: Tuesdays 14:00-17:00 Phnom Penh.
    sessions::add_window(
        &db,
        &p.coach,
        &WindowForm {
            weekday: "2".into(),
            start: "08:00".into(),
            end: "12:00".into(),
        },
    )
    .await
    .unwrap();
    sessions::add_window(
        &db,
        &p.partner,
        &WindowForm {
            weekday: "2".into(),
            start: "14:00".into(),
            end: "17:00".into(),
        },
    )
    .await
    .unwrap();
    sessions::add_away_day(
        &db,
        &p.partner,
        &ExceptionForm {
            away_on: "2027-03-16".into(),
        },
    )
    .await
    .unwrap();
    let v = sessions::sessions_view(&db, &p.partner, p.id, now())
        .await
        .unwrap();
    let slots: Vec<(String, String, i64)> = v
        .common
        .iter()
        .map(|c| (c.start.mine.clone(), c.start.theirs.clone(), c.minutes))
        .collect();
    // 16 March is a day away; from 30 March Berlin is an hour closer.
    assert_eq!(
        slots,
        [
            ("Tue 23 Mar, 14:00".into(), "Tue 23 Mar, 08:00".into(), 180),
            ("Tue 30 Mar, 14:00".into(), "Tue 30 Mar, 09:00".into(), 180),
            ("Tue 6 Apr, 14:00".into(), "Tue 6 Apr, 09:00".into(), 180),
        ]
    );
    assert!(
        v.common[0].warning.as_deref().unwrap().contains("30 Mar"),
        "{:?}",
        v.common[0].warning
    );
    // Someone else's window cannot be removed.
    let mine = sessions::availability(&db, &p.coach).await.unwrap().windows[0].0;
    assert!(matches!(
        sessions::remove_window(&db, &p.partner, mine).await,
        Err(ServiceError::NotFound)
    ));
    // The feed: replaced tokens stop working.
    let id = sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "f", ["2027-03-30T09:00", "", ""]),
        now(),
    )
    .await
    .unwrap();
    accept_first(&db, &p, id, now()).await;
    let old = sessions::replace_feed(&db, &p.partner, now())
        .await
        .unwrap();
    let feed = sessions::feed_ics(&db, &old, "tandem.test", now())
        .await
        .unwrap();
    assert!(feed.contains("METHOD:PUBLISH") && feed.contains("DTSTART:20270330T070000Z"));
    let new = sessions::replace_feed(&db, &p.partner, now())
        .await
        .unwrap();
    assert!(matches!(
        sessions::feed_ics(&db, &old, "tandem.test", now()).await,
        Err(ServiceError::NotFound)
    ));
    assert!(
        sessions::feed_ics(&db, &new, "tandem.test", now())
            .await
            .is_ok()
    );
    sessions::revoke_feed(&db, &p.partner).await.unwrap();
    assert!(matches!(
        sessions::feed_ics(&db, &new, "tandem.test", now()).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn a_service_publishes_its_change_after_the_commit_wherever_it_is_called_from() {
    use app::server::events::{Bus, scope};
    let db = fresh_db().await;
    let p = pair(&db, "ev").await;
    let bus = Bus::default();
    let mut rx = bus.subscribe();
    // As a request (or a schedule, or a command run by the server) does: inside a scope.
    let form = proposal(p.id, "e1", ["2027-03-12T10:00", "", ""]);
    let propose_in_scope = || scope(bus.clone(), sessions::propose(&db, &p.coach, &form, now()));
    let id = propose_in_scope().await.unwrap();
    let who = (p.id, p.coach.id, p.partner.id);
    assert_eq!(
        received(&mut rx),
        [("Session".to_owned(), who.0, who.1, who.2)]
    );

    // A resend of the same form stores nothing, so it publishes nothing; nor does a refusal.
    assert_eq!(propose_in_scope().await.unwrap(), id);
    let refused = scope(bus.clone(), async {
        sessions::propose(&db, &p.partner, &proposal(p.id, "e2", ["", "", ""]), now()).await
    })
    .await;
    assert!(refused.is_err());
    assert_eq!(received(&mut rx), []);

    // The reminder schedule publishes too: the reminders show on the pair's pages.
    accept_first(&db, &p, id, now()).await;
    let day_before: Timestamp = "2027-03-11T09:30:00Z".parse().unwrap();
    let sent = scope(bus.clone(), sessions::send_due_reminders(&db, day_before))
        .await
        .unwrap();
    assert_eq!(sent, 2);
    assert_eq!(
        received(&mut rx),
        [
            ("Session".to_owned(), who.0, who.1, who.2),
            ("Session".to_owned(), who.0, who.1, who.2)
        ]
    );

    // Outside a scope (a test, a command with no server) a change publishes nothing, and fails
    // nothing.
    sessions::propose(
        &db,
        &p.coach,
        &proposal(p.id, "e3", ["2027-03-19T10:00", "", ""]),
        now(),
    )
    .await
    .unwrap();
    assert_eq!(received(&mut rx), []);
}
