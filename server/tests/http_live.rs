//! The live event stream through the real router: each subscriber receives only what they may
//! see. An unrelated coach receives none of another pair's events; the programme team receives
//! figures (sessions, goals), never journal events; events carry no content at all.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::pairs::*;
use common::*;
use http::{StatusCode, header};
use http_body_util::BodyExt;
use std::time::Duration;

/// The `data:` lines of the change events that arrive within `wait`.
async fn changes(body: &mut Body, wait: Duration) -> Vec<String> {
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        if left.is_zero() {
            return out;
        }
        match tokio::time::timeout(left, body.frame()).await {
            Ok(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    let text = String::from_utf8_lossy(&data).to_string();
                    out.extend(
                        text.lines()
                            .filter_map(|l| l.strip_prefix("data: "))
                            .map(str::to_owned),
                    );
                }
            }
            _ => return out,
        }
    }
}

#[test]
fn each_subscriber_receives_only_what_they_may_see() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        assert_eq!(
            w.send(get("/events", None)).await.status(),
            StatusCode::UNAUTHORIZED
        );
        let open = |cookie: &str| {
            let req = get("/events", Some(cookie));
            async move {
                let res = w.send(req).await;
                assert_eq!(res.status(), StatusCode::OK);
                assert_eq!(res.headers()[header::CONTENT_TYPE], "text/event-stream");
                res.into_body()
            }
        };
        let mut stranger = open(&other.coach).await;
        let mut coach = open(&p.coach).await;
        let mut chair = open(&p.chair).await;
        // The partner writes in the journal, then proposes a session.
        let journal = format!(
            "form%5Bpartnership_id%5D={}&form%5Bkind%5D=note&form%5Bbody%5D=SECRET-journal-words{}",
            p.id,
            key_field()
        );
        assert_eq!(
            call(w, "add_journal_entry", journal, Some(&p.partner))
                .await
                .0,
            StatusCode::OK
        );
        let propose = format!(
            "form%5Bpartnership_id%5D={}&form%5Btime_1%5D=2030-03-26T09%3A00&form%5Bmedium%5D=phone&form%5Bduration%5D=60&form%5Brequest_key%5D={}",
            p.id,
            unique("live")
        );
        assert_eq!(
            call(w, "propose_session", propose, Some(&p.partner))
                .await
                .0,
            StatusCode::OK
        );

        let for_coach = changes(&mut coach, Duration::from_secs(2)).await;
        assert_eq!(
            for_coach,
            [
                format!("{{\"v\":1,\"kind\":\"journal\",\"partnership\":{}}}", p.id),
                format!("{{\"v\":1,\"kind\":\"session\",\"partnership\":{}}}", p.id),
            ]
        );
        let for_chair = changes(&mut chair, Duration::from_secs(1)).await;
        assert_eq!(
            for_chair,
            [format!(
                "{{\"v\":1,\"kind\":\"session\",\"partnership\":{}}}",
                p.id
            )],
            "figures, never the journal"
        );
        let for_stranger = changes(&mut stranger, Duration::from_secs(1)).await;
        assert!(
            for_stranger.is_empty(),
            "an unrelated coach receives nothing: {for_stranger:?}"
        );
        for stream in [&for_coach, &for_chair] {
            assert!(stream.iter().all(|e| !e.contains("SECRET")));
        }
    });
}
