//! Markup typed into Tandem comes back only escaped: stored in every free-text field a pair and
//! the team write, read back on every page that shows it as each role that can see it; sent
//! back with a failed plain form; and never copied from an address into a page.
#![allow(clippy::unwrap_used)]

mod common;

use common::pairs::*;
use common::*;
use http::StatusCode;

/// Breaks out of a text box, an attribute and an element at once; `&lt;` must stay as typed.
const PAYLOAD: &str =
    "</textarea><script>alert(1)</script><img src=x onerror=alert(2)>\"><svg onload=alert(3)> &lt;";

/// What would run if any part of the payload reached the page unescaped.
const RAW: [&str; 4] = [
    "<script>alert(1)",
    "<img src=x onerror",
    "<svg onload",
    "</textarea><script>",
];

fn assert_escaped(page: &str, what: &str) {
    for raw in RAW {
        assert!(!page.contains(raw), "{what} carries raw markup {raw:?}");
    }
}

fn field(name: &str, value: &str) -> String {
    format!("&form%5B{name}%5D={}", urlenc(value))
}

#[test]
fn markup_typed_anywhere_comes_back_escaped_on_every_page_for_every_reader() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let pid = p.id;
        let ok = |(status, body): (StatusCode, String), what: &str| {
            assert_eq!(status, StatusCode::OK, "{what}: {body}");
            body
        };
        let goal = ok(
            call(
                w,
                "save_goal",
                format!("form%5Bpartnership_id%5D={pid}&form%5Bgoal_id%5D=0")
                    + &field("title", PAYLOAD)
                    + &field("outcome", PAYLOAD)
                    + &key_field(),
                Some(&p.partner),
            )
            .await,
            "goal",
        );
        let goal: i64 = goal.trim().parse().unwrap();
        ok(
            call(
                w,
                "add_milestone",
                format!("form%5Bpartnership_id%5D={pid}&form%5Bgoal_id%5D={goal}&form%5Bdue_on%5D=2027-06-01")
                    + &field("milestone_title", PAYLOAD)
                    + &key_field(),
                Some(&p.coach),
            )
            .await,
            "milestone",
        );
        ok(
            call(
                w,
                "add_journal_entry",
                format!("form%5Bpartnership_id%5D={pid}&form%5Bkind%5D=note")
                    + &field("body", PAYLOAD)
                    + &key_field(),
                Some(&p.partner),
            )
            .await,
            "journal",
        );
        ok(
            call(
                w,
                "add_resource",
                format!("form%5Bpartnership_id%5D={pid}&form%5Barea%5D=collections&form%5Burl%5D=https%3A%2F%2Fexample.org%2F%3Fq%3D%22%3E%3Csvg%2Fonload%3D1%3E")
                    + &field("title", PAYLOAD)
                    + &field("note", PAYLOAD)
                    + &key_field(),
                Some(&p.coach),
            )
            .await,
            "resource",
        );
        ok(
            call(
                w,
                "save_introduction",
                format!("form%5Bpartnership_id%5D={pid}&form%5Bintroduction_id%5D=0")
                    + &field("expert", PAYLOAD)
                    + &field("why", PAYLOAD)
                    + &field("outcome", PAYLOAD)
                    + &key_field(),
                Some(&p.coach),
            )
            .await,
            "introduction",
        );
        ok(
            call(
                w,
                "propose_session",
                format!("form%5Bpartnership_id%5D={pid}&form%5Btime_1%5D=2027-03-10T10%3A00&form%5Bmedium%5D=phone&form%5Bduration%5D=60")
                    + &field("agenda", PAYLOAD)
                    + &key_field(),
                Some(&p.coach),
            )
            .await,
            "proposal",
        );
        let concern = ok(
            call(
                w,
                "raise_concern",
                format!("form%5Bpartnership_id%5D={pid}&form%5Bcategory%5D=engagement&form%5Bseverity%5D=high&form%5Bshare_with_pair%5D=on")
                    + &field("description", PAYLOAD)
                    + &key_field(),
                Some(&p.partner),
            )
            .await,
            "concern",
        );
        let concern: i64 = concern.trim().parse().unwrap();
        ok(
            call(
                w,
                "update_concern",
                format!("form%5Bconcern_id%5D={concern}&form%5Bstatus%5D=acknowledged")
                    + &field("response", PAYLOAD)
                    + &key_field(),
                Some(&p.chair),
            )
            .await,
            "concern response",
        );

        let pages = [
            format!("/partnerships/{pid}"),
            format!("/partnerships/{pid}/goals/{goal}"),
            format!("/partnerships/{pid}/journal"),
            format!("/partnerships/{pid}/resources"),
            format!("/partnerships/{pid}/introductions"),
            format!("/partnerships/{pid}/sessions"),
            format!("/concerns/{concern}"),
            "/concerns".to_owned(),
            "/home".to_owned(),
        ];
        let mut shown = 0;
        for who in [&p.coach, &p.partner, &p.chair] {
            for path in &pages {
                let res = w.send(get(path, Some(who))).await;
                let status = res.status();
                let page = text(res).await;
                assert_escaped(&page, path);
                if status == StatusCode::OK && page.contains("&lt;/textarea&gt;&lt;script&gt;") {
                    shown += 1;
                    assert!(
                        page.contains("&amp;lt;"),
                        "{path}: a typed &lt; shows as typed"
                    );
                }
            }
        }
        // The payload is really on the pages (as text), not merely absent.
        assert!(shown >= 12, "escaped payload seen on {shown} page readings");
        // The goal's outcome sits in a text box on its page: escaped there too.
        let page = text(
            w.send(get(
                &format!("/partnerships/{pid}/goals/{goal}"),
                Some(&p.coach),
            ))
            .await,
        )
        .await;
        assert!(
            page.contains(">&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
            "the outcome's text box holds the text escaped"
        );
    });
}

#[test]
fn an_address_never_fills_a_form() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let q = urlenc(PAYLOAD);
        for path in [
            format!("/partnerships/{}/journal?body={q}&kind={q}", p.id),
            format!("/partnerships/{}?title={q}&outcome={q}", p.id),
            format!("/intake?need={q}&library={q}"),
            format!("/programme?summary={q}"),
            format!("/sign-in?email={q}&next={q}"),
        ] {
            for who in [&p.partner, &p.chair] {
                let page = text(w.send(get(&path, Some(who))).await).await;
                assert_escaped(&page, &path);
                assert!(
                    !page.contains("alert(1)"),
                    "{path}: nothing from the address is copied into the page"
                );
            }
        }
    });
}

#[test]
fn a_failed_plain_form_shows_the_typed_markup_escaped_in_its_box() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        // No kind chosen: the entry comes back for changes, with the body as typed.
        let body = format!("form%5Bpartnership_id%5D={}&form%5Bkind%5D=", p.id)
            + &field("body", PAYLOAD)
            + &key_field();
        let req = plain_post(
            "/api/add_journal_entry",
            body,
            &p.partner,
            &format!("/partnerships/{}/journal", p.id),
        );
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = text(res).await;
        assert_escaped(&page, "the journal page sent back");
        assert!(
            page.contains(">&lt;/textarea&gt;&lt;script&gt;alert(1)"),
            "the body is kept, escaped, in its box"
        );
    });
}

#[test]
fn a_name_and_a_need_with_markup_come_back_escaped_wherever_they_show() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let name = "</textarea><script>alert(1)</script>\"><svg onload=alert(3)>";
        let (status, body) = call(
            w,
            "update_profile",
            "form%5Btime_zone%5D=Asia%2FPhnom_Penh&form%5Blanguages%5D=Khmer&form%5Bwork_start%5D=09%3A00&form%5Bwork_end%5D=17%3A00".to_owned()
                + &field("display_name", name),
            Some(&p.partner),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "profile: {body}");
        let need = format!(
            "{PAYLOAD} we need a discovery page for our e-journals and short training for staff"
        );
        let (status, body) = call(
            w,
            "save_intake",
            "form%5Blibrary%5D=Mekong+Library&form%5Bposition%5D=Director&form%5Bcity%5D=Phnom+Penh&form%5Btime_zone%5D=Asia%2FPhnom_Penh&form%5Blanguages%5D=Khmer&form%5Bconnectivity%5D=video&form%5Bpreferred_times%5D=Mornings&form%5Bobjective_area%5D=collections".to_owned()
                + &field("need", &need),
            Some(&p.partner),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "intake: {body}");
        let pid = p.id;
        let mut shown = 0;
        for (who, paths) in [
            (
                &p.partner,
                vec!["/home", "/profile", "/intake", "/partnerships"],
            ),
            (&p.coach, vec!["/home", "/partnerships"]),
            (
                &p.chair,
                vec!["/home", "/partnerships", "/people", "/dashboard"],
            ),
        ] {
            for path in paths
                .into_iter()
                .map(str::to_owned)
                .chain([format!("/partnerships/{pid}")])
            {
                let page = text(w.send(get(&path, Some(who))).await).await;
                assert_escaped(&page, &path);
                if page.contains("&lt;/textarea&gt;&lt;script&gt;") {
                    shown += 1;
                }
            }
        }
        assert!(shown >= 6, "the escaped name or need seen on {shown} pages");
    });
}
