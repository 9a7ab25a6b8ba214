//! Typed configuration: defaults, then an optional TOML file, then `TANDEM_*` environment
//! variables, each overriding the one before.

use serde::Deserialize;
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// SQLite database URL.
    pub database_url: String,
    /// Address to listen on.
    pub bind: String,
    /// Folder with the built site (`pkg/` with the WASM, JS and CSS).
    pub site_root: String,
    /// Mark cookies `Secure` (set when Tandem is served over https).
    pub secure_cookies: bool,
    /// Minutes without activity after which a session ends.
    pub session_idle_minutes: u64,
    /// Days after sign-in after which a session ends, however active.
    pub session_lifetime_days: u64,
    /// Days an invitation link works.
    pub invitation_days: u64,
    /// Failed sign-ins allowed per minute per address or account.
    pub sign_in_limit: usize,
    /// Log filter (`info`, `tandem=debug,info`, ...).
    pub log: String,
    /// The address people use to reach Tandem; every link in a message starts with it.
    pub public_url: String,
    /// `smtp://user:password@host:587?tls=required` or `smtps://...`; empty: no email is sent.
    pub smtp_url: String,
    /// The `From` of every message.
    pub mail_from: String,
    /// How often the mail worker looks for due messages, in milliseconds.
    pub mail_poll_ms: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: "sqlite://data/tandem.db".into(),
            bind: "127.0.0.1:3000".into(),
            site_root: "target/site".into(),
            secure_cookies: false,
            session_idle_minutes: 7 * 24 * 60,
            session_lifetime_days: 30,
            invitation_days: 14,
            sign_in_limit: 10,
            // The access log (one line per request) only when asked for.
            log: "info,tandem::access=off".into(),
            public_url: "http://127.0.0.1:3000".into(),
            smtp_url: String::new(),
            mail_from: "IATUL SIG-ALICE Coaching Programme <tandem@localhost>".into(),
            mail_poll_ms: 1000,
        }
    }
}

impl Config {
    /// Loads the configuration: `file` if given (or `TANDEM_CONFIG`), then the environment.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, String> {
        let env: Vec<(String, String)> = env
            .into_iter()
            .filter(|(k, _)| k.starts_with("TANDEM_"))
            .collect();
        let from_env = env
            .iter()
            .find(|(k, _)| k == "TANDEM_CONFIG")
            .map(|(_, v)| v.clone());
        let mut config = match file.map(Path::to_path_buf).or(from_env.map(Into::into)) {
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    format!("cannot read the configuration file {}: {e}", path.display())
                })?;
                toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?
            }
            None => Config::default(),
        };
        for (key, value) in env {
            let number = |v: &str| {
                v.parse::<u64>()
                    .map_err(|_| format!("{key} must be a whole number, not {v:?}"))
            };
            match key.as_str() {
                "TANDEM_CONFIG" => {}
                "TANDEM_DATABASE_URL" => config.database_url = value,
                "TANDEM_BIND" => config.bind = value,
                "TANDEM_SITE_ROOT" => config.site_root = value,
                "TANDEM_SECURE_COOKIES" => {
                    config.secure_cookies = matches!(value.as_str(), "1" | "true" | "yes" | "on")
                }
                "TANDEM_SESSION_IDLE_MINUTES" => config.session_idle_minutes = number(&value)?,
                "TANDEM_SESSION_LIFETIME_DAYS" => config.session_lifetime_days = number(&value)?,
                "TANDEM_INVITATION_DAYS" => config.invitation_days = number(&value)?,
                "TANDEM_SIGN_IN_LIMIT" => {
                    config.sign_in_limit = usize::try_from(number(&value)?).unwrap_or(usize::MAX)
                }
                "TANDEM_LOG" => config.log = value,
                "TANDEM_PUBLIC_URL" => config.public_url = value,
                "TANDEM_SMTP_URL" => config.smtp_url = value,
                "TANDEM_MAIL_FROM" => config.mail_from = value,
                "TANDEM_MAIL_POLL_MS" => config.mail_poll_ms = number(&value)?.max(50),
                other => {
                    return Err(format!(
                        "unknown setting {other}; see the configuration table in README.md"
                    ));
                }
            }
        }
        Ok(config)
    }

    pub fn mail_settings(&self) -> app::features::mail::service::MailSettings {
        app::features::mail::service::MailSettings {
            public_url: self.public_url.trim_end_matches('/').to_owned(),
            from: self.mail_from.clone(),
            smtp_url: (!self.smtp_url.trim().is_empty()).then(|| self.smtp_url.trim().to_owned()),
        }
    }

    pub fn auth_settings(&self) -> app::server::AuthSettings {
        use std::time::Duration;
        app::server::AuthSettings {
            idle_timeout: Duration::from_secs(self.session_idle_minutes * 60),
            absolute_lifetime: Duration::from_secs(self.session_lifetime_days * 24 * 3600),
            invitation_ttl: Duration::from_secs(self.invitation_days * 24 * 3600),
            secure_cookies: self.secure_cookies,
            sign_in_limit: self.sign_in_limit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_then_file_then_environment() {
        assert_eq!(
            Config::load(None, env(&[("PATH", "/bin")])).unwrap(),
            Config::default()
        );
        let dir = std::env::temp_dir().join(format!("tandem-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("tandem.toml");
        std::fs::write(&file, "bind = \"0.0.0.0:8080\"\nsign_in_limit = 5\n").unwrap();
        let c = Config::load(
            Some(&file),
            env(&[
                ("TANDEM_SIGN_IN_LIMIT", "7"),
                ("TANDEM_SECURE_COOKIES", "true"),
            ]),
        )
        .unwrap();
        assert_eq!(c.bind, "0.0.0.0:8080");
        assert_eq!(c.sign_in_limit, 7);
        assert!(c.secure_cookies);
        assert_eq!(c.database_url, Config::default().database_url);
    }

    #[test]
    fn bad_values_are_named() {
        let e = Config::load(None, env(&[("TANDEM_SIGN_IN_LIMIT", "many")])).unwrap_err();
        assert!(e.contains("TANDEM_SIGN_IN_LIMIT"), "{e}");
        let e = Config::load(None, env(&[("TANDEM_COLOUR", "teal")])).unwrap_err();
        assert!(e.contains("unknown setting TANDEM_COLOUR"), "{e}");
    }
}
