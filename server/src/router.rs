//! The HTTP router: pages (server-rendered Leptos), server functions, static files, health,
//! and a same-origin check on every state-changing request.

use app::features::call::handlers as call;
use app::server::AppState;
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http::{HeaderValue, Method, StatusCode, header};
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::ConnectionTrait;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::timeout::TimeoutLayer;

mod assets;
use assets::{cache_assets, favicon, font};

/// Builds the whole application router over `state`.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let site_root = state.leptos_options.site_root.to_string();
    // `./dev` writes brotli and gzip copies of each file next to it at build time.
    let pkg = ServeDir::new(format!("{site_root}/pkg"))
        .precompressed_br()
        .precompressed_gzip();
    let ctx_state = state.clone();
    let fn_state = state.clone();
    let fallback_state = state.clone();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/favicon.ico", get(favicon))
        .route("/favicon.svg", get(favicon))
        .route("/fonts/{name}", get(font))
        // Applications carry a CV (5 MB at most): plain multipart posts, with room for the form.
        .route(
            "/partnerships/{id}/sessions/{session}/ics",
            get(app::features::sessions::handlers::session_ics),
        )
        .route(
            "/community/events/{id}/ics",
            get(app::features::community::handlers::event_ics),
        )
        .route(
            "/community/library/{id}/file",
            get(app::features::community::handlers::library_file),
        )
        .route(
            shared::library::ADD_PATH,
            post(app::features::community::handlers::post_library_item).layer(
                DefaultBodyLimit::max(shared::library::MAX_FILE_BYTES + 256 * 1024),
            ),
        )
        .route(
            "/calendar/{file}",
            get(app::features::sessions::handlers::feed),
        )
        .route(
            "/profile/data/archive.zip",
            get(app::features::privacy::handlers::archive),
        )
        .route(
            "/export/{cohort}/{file}",
            get(app::features::export::handlers::export),
        )
        .route("/language/{code}", get(app::i18n::set_language))
        .route("/digits/{code}", get(app::i18n::set_digits))
        .route("/apply", post(call::post_apply))
        .route("/applications/{token}", post(call::post_application))
        .route("/applications/{token}/withdraw", post(call::post_withdraw))
        .route(
            "/applications/{token}/archive.zip",
            get(app::features::privacy::handlers::application_archive),
        )
        .route(
            "/applications/{token}/erase",
            post(app::features::privacy::handlers::post_application_erasure),
        )
        .route(
            "/unsubscribe/{token}",
            post(app::features::mail::handlers::post_unsubscribe),
        )
        .route(
            "/review/{id}/cv",
            get(app::features::review::handlers::get_cv),
        )
        .layer(DefaultBodyLimit::max(shared::cv::MAX_BYTES + 256 * 1024))
        .route(
            "/api/{*fn_name}",
            get(app::server::forms::unknown_function).post(app::server::forms::unknown_function),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(ctx_state.clone()),
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .nest(
            "/pkg",
            Router::new()
                .fallback_service(pkg)
                .layer(middleware::from_fn(cache_assets)),
        )
        .fallback(move |req: Request| not_found(fallback_state.clone(), req))
        // A page whose render stalls (a rare race in Leptos) is rendered again.
        .layer(middleware::from_fn(crate::stalled::retry_stalled_render))
        // Every server function: bounded bodies, statuses from the error, failed plain forms
        // answered with their page again (`app::server::forms`).
        .layer(middleware::from_fn_with_state(
            state.clone(),
            app::server::forms::layer,
        ))
        // A request that takes longer than this ends with 408 instead of holding a connection.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            std::time::Duration::from_secs(30),
        ))
        // Pages and assets gzipped for browsers that ask (slow links).
        .layer(CompressionLayer::new())
        // The live stream stays outside the timeout and the compressor: it is meant to stay
        // open, a compressor would hold its events back, and each layer costs memory on every
        // one of many idle connections.
        .route("/events", get(app::server::events::stream))
        .layer(middleware::from_fn_with_state(
            Secure(fn_state.auth.secure_cookies),
            security_headers,
        ))
        .layer(middleware::from_fn_with_state(
            Secure(fn_state.auth.secure_cookies),
            same_origin_only,
        ))
        .layer(middleware::from_fn_with_state(
            fn_state.events.clone(),
            with_events,
        ))
        .layer(middleware::from_fn(access_log))
        .with_state(fn_state)
}

/// A request's committed changes are published on the server's bus: the services publish
/// as they commit (`app::server::events::commit`), wherever they are called from.
async fn with_events(
    State(bus): State<app::server::events::Bus>,
    req: Request,
    next: Next,
) -> Response {
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let response = app::server::events::scope(bus, next.run(req)).await;
    if changes {
        // What the request queued is committed now: the mail worker need not wait its poll.
        app::features::mail::service::worker::wake();
    }
    response
}

/// One line per request (target `tandem::access`, off unless `TANDEM_LOG` turns it on): the
/// method, the address as asked for, the status, where a redirect sends the browser and how
/// long it took. Nothing a person types belongs in any of these (`./dev test` checks).
async fn access_log(req: Request, next: Next) -> Response {
    let start = std::time::Instant::now();
    let method = req.method().clone();
    let uri = req.uri().clone();
    let response = next.run(req).await;
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    tracing::info!(
        target: "tandem::access",
        "{method} {uri} {} {location} {}ms",
        response.status().as_u16(),
        start.elapsed().as_millis()
    );
    response
}

/// Unknown paths render the app, whose router shows the 404 page with status 404.
async fn not_found(state: AppState, req: Request) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || provide_context(state.clone()),
        move || shell(options.clone()),
    );
    let mut response = handler(req).await.into_response();
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.execute_unprepared("SELECT 1").await {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// Whether Tandem is served over https (`TANDEM_SECURE_COOKIES`): the scheme of its origin.
#[derive(Clone, Copy)]
pub struct Secure(pub bool);

/// Refuses state-changing requests from other sites, on every route. Browsers send
/// `Sec-Fetch-Site` and `Origin`; requests with neither (command-line tools) cannot carry a
/// victim's cookies. The same origin means the same scheme, host and port.
pub async fn same_origin_only(State(secure): State<Secure>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return forbidden_cross_site();
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let scheme = if secure.0 { "https" } else { "http" };
        if host.is_empty() || origin.as_bytes() != format!("{scheme}://{host}").as_bytes() {
            return forbidden_cross_site();
        }
    }
    next.run(req).await
}

fn forbidden_cross_site() -> Response {
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "This form was sent from another website, so Tandem refused it. Open Tandem directly and try again.",
    )
        .into_response()
}

/// Headers on every answer: a Content-Security-Policy (pages set their own, with a nonce;
/// anything else may run nothing), no sniffing, no framing, no referrer to other sites, no
/// powerful browser features, and HSTS when Tandem is served over https.
async fn security_headers(
    State(secure): State<Secure>,
    req: Request<Body>,
    next: Next,
) -> Response {
    use app::server::csp;
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    if !h.contains_key(csp::HEADER) {
        let is_html = h
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        let policy = if is_html {
            csp::STATIC_PAGE
        } else {
            csp::NOTHING
        };
        h.insert(csp::HEADER, HeaderValue::from_static(policy));
    }
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        ),
    );
    if secure.0 {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}
