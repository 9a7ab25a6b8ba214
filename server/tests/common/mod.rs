//! Test support for HTTP tests: one server per test binary, as in production, and requests.
#![allow(clippy::unwrap_used, dead_code)]

use app::features::auth::service::{NewPerson, create_person, password_hash_for, start_session};
use app::server::AuthSettings;
use axum::Router;
use axum::body::Body;
use http::{Request, Response, header};
use jiff::Timestamp;
use server::config::Config;
use shared::Role;
use std::sync::atomic::{AtomicU32, Ordering};
use tower::ServiceExt;

pub mod databases;
pub mod multipart;
pub mod pairs;

pub const PASSWORD: &str = "a password long enough";
static NEXT: AtomicU32 = AtomicU32::new(0);

/// One runtime for every test in the binary, as in the server. With a router per test and a
/// runtime per test, a page render was seen to wait forever about once in 40 runs; one server
/// per process, as in production, ran 150 times without it.
pub fn on_runtime<F: std::future::Future<Output = ()>>(test: F) {
    static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
    });
    RUNTIME.block_on(test);
}

pub struct World {
    pub router: Router,
    pub db: sea_orm::DatabaseConnection,
    /// The database's URL (a second server on it: [`server_on`]).
    pub url: String,
    /// The server's live event bus.
    pub events: app::server::events::Bus,
}

/// The one server all tests talk to, as in production: one router, one database; each test
/// uses its own email addresses.
pub async fn world() -> &'static World {
    static WORLD: tokio::sync::OnceCell<World> = tokio::sync::OnceCell::const_new();
    WORLD.get_or_init(new_world).await
}

/// An email address no other test uses.
pub fn unique(email: &str) -> String {
    format!("t{}-{email}", NEXT.fetch_add(1, Ordering::SeqCst))
}

pub async fn new_world() -> World {
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let tag = format!(
        "http_{}_{n}_{}",
        std::process::id(),
        Timestamp::now().as_nanosecond()
    );
    let dir = std::env::temp_dir().join(format!("tandem-{tag}"));
    std::fs::create_dir_all(&dir).unwrap();
    server_on(&app::server::db::test_database_url(&dir).await).await
}

/// A server on the database at `url` (migrated at start, as `tandem serve` does): a second one
/// on a world's database is a second app server sharing it.
pub async fn server_on(url: &str) -> World {
    let config = Config {
        database_url: url.to_owned(),
        ..Config::default()
    };
    let db = server::open_database(&config.database_url).await.unwrap();
    let state = server::state(&config, db.clone()).unwrap();
    let events = state.events.clone();
    World {
        router: server::router::router(state),
        db,
        url: config.database_url,
        events,
    }
}

impl World {
    pub async fn person(&self, email: &str, role: Role) -> i64 {
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

    pub async fn cookie(&self, email: &str, role: Role) -> String {
        let id = self.person(email, role).await;
        let token = start_session(&self.db, id, &AuthSettings::default(), Timestamp::now())
            .await
            .unwrap();
        format!("tandem_session={token}")
    }

    /// Sends a request; a response that takes over 20 seconds fails the test instead of hanging.
    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
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

pub async fn text(res: Response<Body>) -> String {
    String::from_utf8(
        axum::body::to_bytes(res.into_body(), 4 << 20)
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap()
}

pub fn form_post(path: &str, _body: &str) -> http::request::Builder {
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

pub fn referer_for(path: &str) -> &'static str {
    if path.contains("sign_in") {
        "/sign-in?next=%2Fpeople"
    } else {
        "/"
    }
}

pub fn sign_in_body(email: &str, password: &str) -> String {
    format!(
        "form%5Bemail%5D={}&form%5Bpassword%5D={}&form%5Bnext%5D=%2Fpeople",
        urlenc(email),
        urlenc(password)
    )
}

pub fn urlenc(s: &str) -> String {
    shared::validate::url_encode(s)
}

pub fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path)
        .header(header::HOST, "localhost:3000")
        .header(header::ACCEPT, "text/html");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::empty()).unwrap()
}

/// A fresh request key as a form field, as a page puts in each creating form.
#[allow(dead_code)]
pub fn key_field() -> String {
    format!(
        "&form%5Brequest_key%5D={}",
        app::features::auth::tokens::new_token()
    )
}

/// A browser's plain form post (no JavaScript) to `path`, sent from the page `from`.
#[allow(dead_code)]
pub fn plain_post(path: &str, body: String, cookie: &str, from: &str) -> Request<Body> {
    let mut req = form_post(path, &body)
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    let h = req.headers_mut();
    h.insert(header::ACCEPT, "text/html".parse().unwrap());
    h.insert(
        header::REFERER,
        format!("http://localhost:3000{from}").parse().unwrap(),
    );
    req
}
