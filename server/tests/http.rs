//! HTTP tests through the real router: sign-in right and wrong, throttling, cross-site posts,
//! each role refused where it does not belong, no-JavaScript form posts, 404 and health.
#![allow(clippy::unwrap_used)]

use app::features::auth::service::{NewPerson, create_person, password_hash_for, start_session};
use app::server::AuthSettings;
use axum::Router;
use axum::body::Body;
use http::{Request, Response, StatusCode, header};
use jiff::Timestamp;
use server::config::Config;
use shared::Role;
use std::sync::atomic::{AtomicU32, Ordering};
use tower::ServiceExt;

const PASSWORD: &str = "a password long enough";
static NEXT: AtomicU32 = AtomicU32::new(0);

/// One runtime for every test in this file, as in the server (Leptos keeps process-wide state
/// that must not outlive the runtime it was first used on).
fn on_runtime<F: std::future::Future<Output = ()>>(test: F) {
    static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
    });
    RUNTIME.block_on(test);
}

struct World {
    router: Router,
    db: sea_orm::DatabaseConnection,
}

/// The one server all tests talk to, as in production: one router, one database; each test
/// uses its own email addresses.
async fn world() -> &'static World {
    static WORLD: tokio::sync::OnceCell<World> = tokio::sync::OnceCell::const_new();
    WORLD.get_or_init(new_world).await
}

/// An email address no other test uses.
fn unique(email: &str) -> String {
    format!("t{}-{email}", NEXT.fetch_add(1, Ordering::SeqCst))
}

async fn new_world() -> World {
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!(
        "tandem-http-{}-{n}-{}",
        std::process::id(),
        Timestamp::now().as_nanosecond()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let config = Config {
        database_url: format!("sqlite://{}", dir.join("t.db").display()),
        ..Config::default()
    };
    let db = server::open_database(&config.database_url).await.unwrap();
    let state = server::state(&config, db.clone()).unwrap();
    World {
        router: server::router::router(state),
        db,
    }
}

impl World {
    async fn person(&self, email: &str, role: Role) -> i64 {
        let hash = password_hash_for(PASSWORD).await.unwrap();
        create_person(
            &self.db,
            NewPerson {
                email,
                display_name: "Test Person",
                time_zone: "Europe/Berlin",
                languages: &["English".to_owned()],
                password_hash: Some(hash),
                roles: &[role],
                is_demo: false,
            },
            Timestamp::now(),
        )
        .await
        .unwrap()
    }

    async fn cookie(&self, email: &str, role: Role) -> String {
        let id = self.person(email, role).await;
        let token = start_session(&self.db, id, &AuthSettings::default(), Timestamp::now())
            .await
            .unwrap();
        format!("tandem_session={token}")
    }

    /// Sends a request; a response that takes over 20 seconds fails the test instead of hanging.
    async fn send(&self, req: Request<Body>) -> Response<Body> {
        let what = format!(
            "{} {} cookie={:?}",
            req.method(),
            req.uri(),
            req.headers().get(header::COOKIE).is_some()
        );
        let call = self.router.clone().oneshot(req);
        match tokio::time::timeout(std::time::Duration::from_secs(20), call).await {
            Ok(res) => res.unwrap(),
            Err(_) => panic!("no answer within 20 s to {what}"),
        }
    }
}

async fn text(res: Response<Body>) -> String {
    String::from_utf8(
        axum::body::to_bytes(res.into_body(), 4 << 20)
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap()
}

fn form_post(path: &str, _body: &str) -> http::request::Builder {
    Request::post(path)
        .header(header::HOST, "localhost:3000")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::ORIGIN, "http://localhost:3000")
        .header("sec-fetch-site", "same-origin")
        // Each request from its own address, so only the account is throttled across tests.
        .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [
                10,
                0,
                0,
                u8::try_from(NEXT.fetch_add(1, Ordering::SeqCst) % 250).unwrap_or(1),
            ],
            4000,
        ))))
        .header(
            header::REFERER,
            format!("http://localhost:3000{}", referer_for(path)),
        )
}

fn referer_for(path: &str) -> &'static str {
    if path.contains("sign_in") {
        "/sign-in?next=%2Fpeople"
    } else {
        "/"
    }
}

fn sign_in_body(email: &str, password: &str) -> String {
    format!(
        "form%5Bemail%5D={}&form%5Bpassword%5D={}&form%5Bnext%5D=%2Fpeople",
        urlenc(email),
        urlenc(password)
    )
}

fn urlenc(s: &str) -> String {
    shared::validate::url_encode(s)
}

fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path)
        .header(header::HOST, "localhost:3000")
        .header(header::ACCEPT, "text/html");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::empty()).unwrap()
}

#[test]
fn health_answers_when_the_database_does() {
    on_runtime(async {
        let w = world().await;
        let res = w.send(get("/healthz", None)).await;
        assert_eq!(res.status(), StatusCode::OK);
    });
}

#[test]
fn sign_in_right_sets_a_safe_cookie_and_wrong_says_so() {
    on_runtime(async {
        let w = world().await;
        let chair_email = unique("chair@lib.org");
        w.person(&chair_email, Role::Chair).await;
        let body = sign_in_body(&chair_email.to_uppercase(), PASSWORD);
        let res = w
            .send(
                form_post("/api/sign_in", &body)
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let cookie = res
            .headers()
            .get(header::SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cookie.starts_with("tandem_session="), "{cookie}");
        for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
            assert!(cookie.contains(attr), "{attr} missing from {cookie}");
        }
        assert_eq!(
            cookie.split(';').next().unwrap().len(),
            "tandem_session=".len() + 64,
            "a 256-bit token in hex"
        );
        assert_eq!(text(res).await, "\"/people\"");

        let body = sign_in_body(&chair_email, "not the password");
        let res = w
            .send(
                form_post("/api/sign_in", &body)
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.headers().get(header::SET_COOKIE).is_none());
        assert!(
            text(res)
                .await
                .contains("email address or password is not right")
        );
    });
}

#[test]
fn over_ten_failures_a_minute_answer_429() {
    on_runtime(async {
        let w = world().await;
        let coach_email = unique("coach@lib.org");
        w.person(&coach_email, Role::Coach).await;
        let body = sign_in_body(&coach_email, "wrong password!");
        for attempt in 1..=10 {
            let res = w
                .send(
                    form_post("/api/sign_in", &body)
                        .body(Body::from(body.clone()))
                        .unwrap(),
                )
                .await;
            let status = res.status();
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "attempt {attempt}: {}",
                text(res).await
            );
        }
        let res = w
            .send(
                form_post("/api/sign_in", &body)
                    .body(Body::from(body.clone()))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(text(res).await.contains("Too many sign-in attempts"));
    });
}

#[test]
fn cross_site_posts_are_refused() {
    on_runtime(async {
        let w = world().await;
        let chair_email = unique("chair@lib.org");
        w.person(&chair_email, Role::Chair).await;
        let body = sign_in_body(&chair_email, PASSWORD);
        let evil_origin =
            form_post("/api/sign_in", &body).header(header::ORIGIN, "https://evil.example");
        let mut req = evil_origin.body(Body::from(body.clone())).unwrap();
        req.headers_mut().remove("sec-fetch-site");
        req.headers_mut()
            .insert(header::ORIGIN, "https://evil.example".parse().unwrap());
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(text(res).await.contains("sent from another website"));

        let mut req = form_post("/api/sign_in", &body)
            .body(Body::from(body.clone()))
            .unwrap();
        req.headers_mut()
            .insert("sec-fetch-site", "cross-site".parse().unwrap());
        assert_eq!(w.send(req).await.status(), StatusCode::FORBIDDEN);
    });
}

#[test]
fn each_role_is_refused_where_it_does_not_belong() {
    on_runtime(async {
        let w = world().await;
        let chair_email = unique("chair@lib.org");
        let coach_email = unique("coach@lib.org");
        let partner_email = unique("partner@lib.kh");
        let partner = w.cookie(&partner_email, Role::Partner).await;
        let coach = w.cookie(&coach_email, Role::Coach).await;
        let chair = w.cookie(&chair_email, Role::Chair).await;
        for page in ["/people", "/outbox", "/programme"] {
            for who in [&partner, &coach] {
                let res = w.send(get(page, Some(who))).await;
                assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
                assert!(
                    text(res)
                        .await
                        .contains("This page is not for your account"),
                    "{page}"
                );
            }
            assert_eq!(
                w.send(get(page, Some(&chair))).await.status(),
                StatusCode::OK,
                "{page} for the chair"
            );
        }
        // Server functions refuse too, whatever the page does.
        for (who, status) in [
            (Some(partner.as_str()), StatusCode::FORBIDDEN),
            (None, StatusCode::UNAUTHORIZED),
        ] {
            let body = "form%5Bemail%5D=x%40lib.org&form%5Bdisplay_name%5D=X&form%5Brole%5D=chair";
            let mut b = form_post("/api/invite_person", body);
            if let Some(c) = who {
                b = b.header(header::COOKIE, c);
            }
            assert_eq!(
                w.send(b.body(Body::from(body)).unwrap()).await.status(),
                status
            );
            let mut b = form_post("/api/list_people", "");
            if let Some(c) = who {
                b = b.header(header::COOKIE, c);
            }
            assert_eq!(
                w.send(b.body(Body::empty()).unwrap()).await.status(),
                status
            );
        }
    });
}

#[test]
fn signed_out_visitors_are_sent_to_sign_in_and_back() {
    on_runtime(async {
        let w = world().await;
        let res = w.send(get("/home", None)).await;
        assert_eq!(res.status(), StatusCode::FOUND);
        assert_eq!(
            res.headers().get(header::LOCATION).unwrap(),
            "/sign-in?next=/home"
        );
        let res = w.send(get("/home", Some("tandem_session=forged"))).await;
        assert_eq!(res.status(), StatusCode::FOUND);
    });
}

#[test]
fn a_plain_form_post_comes_back_with_the_error_and_the_email_but_never_the_password() {
    on_runtime(async {
        let w = world().await;
        let coach_email = unique("coach@lib.org");
        w.person(&coach_email, Role::Coach).await;
        let body = sign_in_body(&coach_email, "wrong password!");
        let mut req = form_post("/api/sign_in", &body)
            .body(Body::from(body))
            .unwrap();
        req.headers_mut().insert(
            header::ACCEPT,
            "text/html,application/xhtml+xml".parse().unwrap(),
        );
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::FOUND);
        let location = res
            .headers()
            .get(header::LOCATION)
            .unwrap()
            .to_str()
            .unwrap();
        assert!(
            location.starts_with(&format!(
                "/sign-in?email={}&next=%2Fpeople&error=",
                coach_email.replace('@', "%40")
            )),
            "{location}"
        );
        assert!(
            !location.contains("wrong"),
            "the password never travels back: {location}"
        );

        let body = sign_in_body(&coach_email, PASSWORD);
        let mut req = form_post("/api/sign_in", &body)
            .body(Body::from(body))
            .unwrap();
        req.headers_mut().insert(
            header::ACCEPT,
            "text/html,application/xhtml+xml".parse().unwrap(),
        );
        let res = w.send(req).await;
        assert_eq!(res.status(), StatusCode::FOUND);
        assert_eq!(res.headers().get(header::LOCATION).unwrap(), "/people");
        assert!(res.headers().get(header::SET_COOKIE).is_some());
    });
}

#[test]
fn unknown_paths_get_the_404_page_and_pages_render() {
    on_runtime(async {
        let w = world().await;
        let res = w.send(get("/no/such/page", None)).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        assert!(text(res).await.contains("Page not found"));
        let res = w.send(get("/", None)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let html = text(res).await;
        assert!(html.contains("IATUL SIG-ALICE Coaching Programme"));
        assert!(html.contains("Human resources and training"));
    });
}
