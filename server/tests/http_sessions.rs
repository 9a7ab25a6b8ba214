//! Session server functions and calendar files through the real router: only the pair sees or
//! changes a session, a double submit makes one proposal, and calendar files are the pair's.
#![allow(clippy::unwrap_used)]

mod common;

use common::pairs::*;
use common::*;
use http::{StatusCode, header};

fn propose_body(pid: i64, key: &str) -> String {
    format!(
        "form%5Bpartnership_id%5D={pid}&form%5Btime_1%5D=2030-03-26T09%3A00&form%5Bmedium%5D=video&form%5Blink%5D=https%3A%2F%2Fmeet.example.org%2Fx&form%5Bduration%5D=60&form%5Brequest_key%5D={key}"
    )
}

#[test]
fn only_the_pair_sees_sessions_and_a_double_submit_makes_one() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let id = format!("id={}", p.id);
        assert_eq!(
            call(w, "get_sessions", id.clone(), None).await.0,
            StatusCode::UNAUTHORIZED
        );
        for stranger in [&other.coach, &other.partner] {
            assert_eq!(
                call(w, "get_sessions", id.clone(), Some(stranger)).await.0,
                StatusCode::NOT_FOUND
            );
            assert_eq!(
                call(
                    w,
                    "propose_session",
                    propose_body(p.id, "s"),
                    Some(stranger)
                )
                .await
                .0,
                StatusCode::NOT_FOUND
            );
        }
        assert_eq!(
            call(w, "get_sessions", id.clone(), Some(&p.chair)).await.0,
            StatusCode::FORBIDDEN
        );
        let key = unique("key");
        let (s1, first) = call(
            w,
            "propose_session",
            propose_body(p.id, &key),
            Some(&p.coach),
        )
        .await;
        let (s2, second) = call(
            w,
            "propose_session",
            propose_body(p.id, &key),
            Some(&p.coach),
        )
        .await;
        assert_eq!(
            (s1, s2),
            (StatusCode::OK, StatusCode::OK),
            "{first} {second}"
        );
        assert_eq!(first, second, "the same proposal");
        let (_, seen) = call(w, "get_sessions", id.clone(), Some(&p.partner)).await;
        assert_eq!(seen.matches("\"status\":\"proposed\"").count(), 1, "{seen}");

        // Accept it, then the calendar file is the pair's only.
        let v: serde_json::Value = serde_json::from_str(&seen).unwrap();
        let session = v["sessions"][0]["id"].as_i64().unwrap();
        let option = v["sessions"][0]["options"][0]["id"].as_i64().unwrap();
        let answer = format!(
            "form%5Bpartnership_id%5D={}&form%5Bsession_id%5D={session}&form%5Boption_id%5D={option}",
            p.id
        );
        assert_eq!(
            call(w, "answer_session", answer.clone(), Some(&other.partner))
                .await
                .0,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            call(w, "answer_session", answer, Some(&p.partner)).await.0,
            StatusCode::OK
        );
        let path = format!("/partnerships/{}/sessions/{session}/ics", p.id);
        let res = w.send(get(&path, Some(&p.partner))).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "text/calendar; charset=utf-8"
        );
        let ics = text(res).await;
        assert!(
            ics.contains("DTSTART:20300326T080000Z"),
            "09:00 Berlin in March 2030 (before the change) is 08:00 UTC: {ics}"
        );
        for stranger in [&other.coach, &other.partner] {
            assert_eq!(
                w.send(get(&path, Some(stranger))).await.status(),
                StatusCode::NOT_FOUND
            );
        }
        assert_eq!(
            w.send(get(&path, Some(&p.chair))).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            w.send(get(&path, None)).await.status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            w.send(get("/calendar/not-a-token.ics", None))
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        // The page shows the time on the partner's clock (Phnom Penh) with the coach's beside it.
        let page = text(
            w.send(get(
                &format!("/partnerships/{}/sessions", p.id),
                Some(&p.partner),
            ))
            .await,
        )
        .await;
        assert!(
            page.contains("Tue 26 Mar, 15:00 (Phnom Penh)"),
            "the partner's clock"
        );
        assert!(
            page.contains("Tue 26 Mar, 09:00 (Berlin)"),
            "the coach's clock beside it"
        );
    });
}
