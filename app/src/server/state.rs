//! `AppState`: what every request handler and server function can reach.

use crate::features::auth::throttle::Throttle;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;

/// Sign-in and session rules, from the server's configuration.
#[derive(Clone, Debug)]
pub struct AuthSettings {
    /// A session ends after this long without a request.
    pub idle_timeout: Duration,
    /// A session ends this long after sign-in, however active.
    pub absolute_lifetime: Duration,
    /// How long an invitation link works.
    pub invitation_ttl: Duration,
    /// Mark cookies `Secure` (when served over https).
    pub secure_cookies: bool,
    /// Failed sign-ins allowed per minute for one address or one account.
    pub sign_in_limit: usize,
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::from_secs(7 * 24 * 3600),
            absolute_lifetime: Duration::from_secs(30 * 24 * 3600),
            invitation_ttl: Duration::from_secs(14 * 24 * 3600),
            secure_cookies: false,
            sign_in_limit: 10,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub auth: Arc<AuthSettings>,
    pub throttle: Arc<Throttle>,
    pub leptos_options: LeptosOptions,
    /// Live changes for `GET /events`.
    pub events: super::events::Bus,
    /// The chair's dashboard answers, until something changes.
    pub dashboard: Arc<crate::features::dashboard::cache::DashboardCache>,
    /// Where links in messages point and whether mail is sent.
    pub mail: Arc<crate::features::mail::service::MailSettings>,
}

impl AppState {
    pub fn new(db: DatabaseConnection, auth: AuthSettings, leptos_options: LeptosOptions) -> Self {
        Self {
            db,
            auth: Arc::new(auth),
            throttle: Arc::new(Throttle::default()),
            leptos_options,
            events: super::events::Bus::default(),
            dashboard: Arc::default(),
            mail: Arc::default(),
        }
    }

    /// The same state with these mail settings.
    pub fn with_mail(mut self, mail: crate::features::mail::service::MailSettings) -> Self {
        self.mail = Arc::new(mail);
        self
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
