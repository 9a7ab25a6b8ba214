//! Who may call what: every server function Leptos registered, and the plain routes, called as
//! nobody, the chair, the pair's coach and partner, and the other pair's coach and partner, each
//! against the first pair's records. The expected answer of each route is written down once
//! here; a server function without a row fails the test, so a new one must say who may call it.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;
mod functions;

use app::server::AuthSettings;
use axum::body::Body;
use common::pairs::*;
use common::*;
use functions::FUNCTIONS;
use http::{Request, header};
use jiff::Timestamp;

/// Callers, in the order of the expected statuses.
const WHO: [&str; 6] = [
    "nobody",
    "chair",
    "coach",
    "partner",
    "other coach",
    "other partner",
];

/// Plain routes (GET unless the path says POST), with the same callers.
const ROUTES: &[(&str, [u16; 6])] = &[
    ("/healthz", [200, 200, 200, 200, 200, 200]),
    // Each caller's own archive (`http_privacy` checks whose it is).
    ("/profile/data/archive.zip", [401, 200, 200, 200, 200, 200]),
    ("/privacy", [200, 200, 200, 200, 200, 200]),
    (
        "/language/km?next=%2Fprivacy",
        [303, 303, 303, 303, 303, 303],
    ),
    ("/programme/erasures", [302, 200, 403, 403, 403, 403]),
    ("/community", [302, 200, 200, 200, 200, 200]),
    (
        "/community/people?area=training",
        [302, 200, 200, 200, 200, 200],
    ),
    ("/community/people/listing", [302, 200, 200, 200, 200, 200]),
    ("/community/events", [302, 200, 200, 200, 200, 200]),
    ("/community/stories", [302, 200, 200, 200, 200, 200]),
    ("/community/announcements", [302, 200, 200, 200, 200, 200]),
    ("/community/library?q=sign", [302, 200, 200, 200, 200, 200]),
    ("/community/library/new", [302, 200, 200, 200, 200, 200]),
    ("/search?q=sign", [302, 200, 200, 200, 200, 200]),
    ("/community/experts", [302, 200, 403, 403, 403, 403]),
    ("/community/discussions", [302, 200, 200, 200, 200, 200]),
    (
        "/community/discussions/{thread}",
        [302, 200, 200, 200, 200, 200],
    ),
    (
        "/community/discussions/999999",
        [302, 404, 404, 404, 404, 404],
    ),
    ("/community/library/{item}", [302, 200, 200, 200, 200, 200]),
    (
        "/community/library/{item}/file",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "/community/library/999999/file",
        [401, 404, 404, 404, 404, 404],
    ),
    // Not multipart: unreadable, once the caller is known.
    (
        "POST /community/library/new",
        [303, 400, 400, 400, 400, 400],
    ),
    (
        "/partnerships/{pid}/journal/{entry}/story",
        [302, 403, 403, 200, 404, 404],
    ),
    // The event is for the first pair's cohort: the other pair is not invited.
    ("/community/events/{event}", [302, 200, 200, 200, 404, 404]),
    (
        "/community/events/{event}/ics",
        [401, 200, 200, 200, 404, 404],
    ),
    // An applicant's data and erasure go through the application's link; a wrong link finds
    // nothing, whoever asks.
    (
        "/applications/0000/archive.zip",
        [404, 404, 404, 404, 404, 404],
    ),
    ("/partnerships/{pid}", [302, 200, 200, 200, 404, 404]),
    (
        "/partnerships/{pid}/journal",
        [302, 403, 200, 200, 404, 404],
    ),
    (
        "/partnerships/{pid}/sessions/{session}/ics",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "/export/{cohort_slug}/partnerships.csv",
        [401, 200, 403, 403, 403, 403],
    ),
    ("/review/999999/cv", [401, 404, 403, 403, 403, 403]),
    ("/calendar/0000.ics", [404, 404, 404, 404, 404, 404]),
    ("/events", [401, 200, 200, 200, 200, 200]),
    (
        "POST /applications/0000/erase",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "POST /applications/0000/withdraw",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "POST /unsubscribe/0000000000000000000000000000000000000000000000000000000000000000",
        [404, 404, 404, 404, 404, 404],
    ),
];

struct Ids {
    pid: i64,
    cohort: i64,
    cohort_slug: String,
    coach: i64,
    partner: i64,
    goal: i64,
    entry: i64,
    session: i64,
    concern: i64,
    milestone: i64,
    event: i64,
    resource: i64,
    item: i64,
    thread: i64,
}

fn fill(template: &str, ids: &Ids) -> String {
    template
        .replace("{pid}", &ids.pid.to_string())
        .replace("{cohort_slug}", &ids.cohort_slug)
        .replace("{cohort}", &ids.cohort.to_string())
        .replace("{coach}", &ids.coach.to_string())
        .replace("{partner}", &ids.partner.to_string())
        .replace("{goal}", &ids.goal.to_string())
        .replace("{entry}", &ids.entry.to_string())
        .replace("{session}", &ids.session.to_string())
        .replace("{concern}", &ids.concern.to_string())
        .replace("{milestone}", &ids.milestone.to_string())
        .replace("{event}", &ids.event.to_string())
        .replace("{resource}", &ids.resource.to_string())
        .replace("{item}", &ids.item.to_string())
        .replace("{thread}", &ids.thread.to_string())
        .replace("{key}", &key_field())
        .replace("{fresh}", &app::features::auth::tokens::new_token()[..16])
        .replace('[', "%5B")
        .replace(']', "%5D")
}

async fn setup(w: &World, p: &Pair) -> Ids {
    use app::features::commitments::service as commitments;
    use app::features::partnership::service as ws;
    use app::features::sessions::service as sessions;
    use shared::partnership::{GoalForm, MilestoneForm};
    let now = Timestamp::now();
    let key = app::features::auth::tokens::new_token;
    let goal = ws::save_goal(
        &w.db,
        &p.partner_user,
        &GoalForm {
            partnership_id: p.id,
            goal_id: 0,
            title: "A discovery page".into(),
            outcome: "Live and used".into(),
            status: String::new(),
            progress: String::new(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let milestone = ws::add_milestone(
        &w.db,
        &p.partner_user,
        &MilestoneForm {
            partnership_id: p.id,
            goal_id: goal,
            milestone_title: "Choose a platform".into(),
            due_on: "2027-05-01".into(),
            from: String::new(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let entry = ws::journal(&w.db, &p.partner_user, p.id, now)
        .await
        .unwrap()
        .entries
        .iter()
        .map(|e| e.id)
        .max()
        .unwrap();
    let session = sessions::propose(
        &w.db,
        &p.coach_user,
        &shared::schedule::ProposalForm {
            partnership_id: p.id,
            time_1: "2027-03-09T10:00".into(),
            medium: "phone".into(),
            duration: "60".into(),
            request_key: key(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let concern = commitments::raise_concern(
        &w.db,
        &p.partner_user,
        &shared::commitments::ConcernForm {
            partnership_id: p.id,
            category: "engagement".into(),
            severity: "low".into(),
            description: "Hard to find a time that suits us both".into(),
            share_with_pair: String::new(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let cohort_slug = {
        use sea_orm::EntityTrait;
        app::entities::cohort::Entity::find_by_id(p.cohort_id)
            .one(&w.db)
            .await
            .unwrap()
            .unwrap()
            .slug
    };
    // A community call for the first pair's cohort alone.
    let event = app::features::community::service::events::publish(
        &w.db,
        &p.chair_user,
        &shared::community_event::EventForm {
            kind: "call".into(),
            title: "Community call".into(),
            time_zone: "Asia/Phnom_Penh".into(),
            starts: "2099-03-30T18:00".into(),
            duration: "60".into(),
            video_link: "https://meet.example.org/tandem".into(),
            audience: cohort_slug.clone(),
            request_key: key(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    // The coach's resource in the pair, and the partner's file in the library.
    let resource = ws::add_resource(
        &w.db,
        &p.coach_user,
        &shared::partnership::ResourceForm {
            partnership_id: p.id,
            title: "Policy template".into(),
            url: "https://example.org/policy".into(),
            note: String::new(),
            area: "collections".into(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let mut shelf = shared::library::LibraryForm {
        title: "Signage photos".into(),
        request_key: key(),
        ..Default::default()
    };
    shelf.area_facilities = "on".into();
    let item = app::features::community::service::library::add(
        &w.db,
        &p.partner_user,
        &shelf,
        Some(app::features::community::service::library::Upload {
            kind: shared::library::FileKind::Pdf,
            file_name: "signs.pdf".into(),
            bytes: b"%PDF-1.4\n%%EOF\n".to_vec(),
        }),
        now,
    )
    .await
    .unwrap();
    let thread = app::features::community::service::discussions::start(
        &w.db,
        &p.partner_user,
        &shared::discussion::ThreadForm {
            space: "general".into(),
            title: "Hello from Phnom Penh".into(),
            body: "Who else is starting this month?".into(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    Ids {
        pid: p.id,
        cohort: p.cohort_id,
        cohort_slug,
        coach: p.coach_user.id,
        partner: p.partner_user.id,
        goal,
        entry,
        session,
        concern,
        milestone,
        event,
        resource,
        item,
        thread,
    }
}

/// A new session for the person (sign-out in one call must not end the next call's session).
async fn cookie(w: &World, person: Option<i64>) -> Option<String> {
    let id = person?;
    let token = app::features::auth::service::start_session(
        &w.db,
        id,
        &AuthSettings::default(),
        Timestamp::now(),
    )
    .await
    .unwrap();
    Some(format!("tandem_session={token}"))
}

#[test]
fn every_route_answers_each_caller_as_written_down() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let ids = setup(w, &p).await;
        let people = [
            None,
            Some(p.chair_user.id),
            Some(p.coach_user.id),
            Some(p.partner_user.id),
            Some(other.coach_user.id),
            Some(other.partner_user.id),
        ];

        // Every registered server function has a row, and every row a function.
        let registered: std::collections::BTreeSet<String> =
            leptos::server_fn::axum::server_fn_paths()
                .map(|(path, _)| path.trim_start_matches("/api/").to_owned())
                .collect();
        let written: std::collections::BTreeSet<String> =
            FUNCTIONS.iter().map(|(f, _, _)| (*f).to_owned()).collect();
        assert_eq!(
            registered.difference(&written).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "server functions without a row here: say who may call them"
        );
        assert_eq!(
            written.difference(&registered).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "rows for functions that no longer exist"
        );

        let mut wrong = Vec::new();
        for (function, template, expected) in FUNCTIONS {
            for (i, person) in people.iter().enumerate() {
                let body = fill(template, &ids);
                let mut b = Request::post(format!("/api/{function}"))
                    .header(header::HOST, "localhost:3000")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::ACCEPT, "application/json");
                if let Some(c) = cookie(w, *person).await {
                    b = b.header(header::COOKIE, c);
                }
                let res = w.send(b.body(Body::from(body)).unwrap()).await;
                let got = res.status().as_u16();
                if got != expected[i] {
                    let text = text(res).await;
                    wrong.push(format!(
                        "{function} as {}: {got}, written down {} ({})",
                        WHO[i],
                        expected[i],
                        text.chars().take(120).collect::<String>()
                    ));
                }
            }
        }
        for (route, expected) in ROUTES {
            for (i, person) in people.iter().enumerate() {
                let (method, path) = match route.strip_prefix("POST ") {
                    Some(path) => ("POST", fill(path, &ids)),
                    None => ("GET", fill(route, &ids)),
                };
                let mut b = Request::builder()
                    .method(method)
                    .uri(&path)
                    .header(header::HOST, "localhost:3000")
                    .header(header::ACCEPT, "text/html");
                if let Some(c) = cookie(w, *person).await {
                    b = b.header(header::COOKIE, c);
                }
                // The live stream stays open: its head is the answer.
                let res = w.send(b.body(Body::empty()).unwrap()).await;
                let got = res.status().as_u16();
                if got != expected[i] {
                    wrong.push(format!(
                        "{route} as {}: {got}, written down {}",
                        WHO[i], expected[i]
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} answers differ:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    });
}
