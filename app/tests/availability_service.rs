//! Weekly availability against a real SQLite database: a window across midnight is kept as one,
//! a resend keeps it once, and a clock change that moves a weekly time on the other member's
//! clock is said on the availability page.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::features::sessions::service as sessions;
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use shared::schedule::*;

#[test]
fn a_toronto_evening_is_said_to_move_on_the_phnom_penh_clock() {
    let monday_night = WeeklyWindow {
        weekday: 1,
        start: 19 * 60,
        end: 25 * 60,
    };
    let now: Timestamp = "2027-03-01T12:00:00Z".parse().unwrap();
    assert_eq!(
        sessions::weekly_shifts(
            &[(1, monday_night)],
            "America/Toronto",
            "Asia/Phnom_Penh",
            now
        ),
        [
            "Monday 19:00-01:00 (into Tuesday) is Tue 07:00 in Phnom Penh now, Tue 06:00 from 16 Mar."
        ]
    );
    // Read from Phnom Penh, the partner's Tuesday morning moves on the Toronto clock.
    let tuesday_morning = WeeklyWindow {
        weekday: 2,
        start: 7 * 60,
        end: 9 * 60,
    };
    assert_eq!(
        sessions::weekly_shifts(
            &[(2, tuesday_morning)],
            "Asia/Phnom_Penh",
            "America/Toronto",
            now
        ),
        ["Tuesday 07:00-09:00 is Mon 19:00 in Toronto now, Mon 20:00 from 15 Mar."]
    );
    // Two zones without changes: nothing to say.
    assert!(
        sessions::weekly_shifts(&[(1, monday_night)], "Asia/Bangkok", "Asia/Phnom_Penh", now)
            .is_empty()
    );
}

#[tokio::test]
async fn a_window_across_midnight_is_one_window_kept_once() {
    let db = fresh_db().await;
    let p = pair(&db, "av").await;
    let form = WindowForm {
        weekday: "1".into(),
        start: "19:00".into(),
        end: "01:00".into(),
    };
    sessions::add_window(&db, &p.coach, &form).await.unwrap();
    sessions::add_window(&db, &p.coach, &form).await.unwrap();
    let v = sessions::availability(&db, &p.coach).await.unwrap();
    assert_eq!(v.windows.len(), 1);
    assert_eq!(v.windows[0].1.label(), "Monday 19:00-01:00 (into Tuesday)");
    // The coach's Berlin clock changes within any half year: the page says what moves.
    assert_eq!(v.shifts.len(), 1, "{:?}", v.shifts);
    assert!(v.shifts[0].contains("in Phnom Penh now"), "{:?}", v.shifts);
    // Someone without a partnership has no other clock to compare with.
    let alone = common::person(&db, "alone@lib.org", shared::Role::Coach).await;
    sessions::add_window(&db, &alone, &form).await.unwrap();
    assert!(
        sessions::availability(&db, &alone)
            .await
            .unwrap()
            .shifts
            .is_empty()
    );
}
