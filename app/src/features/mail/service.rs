//! Mail on the server: letters and their rendering, the queue, preferences and the worker.

mod letter;
mod outbox;
mod preferences;
mod queue;
pub mod worker;

pub use letter::{Action, Letter, Rendered, render};
pub use outbox::*;
pub use preferences::*;
pub use queue::{Outgoing, queue};

/// Where links in messages point, where they come from, and whether mail leaves at all.
#[derive(Clone, Debug)]
pub struct MailSettings {
    /// `https://tandem.example.org`, without a trailing slash: every link in a message is
    /// absolute.
    pub public_url: String,
    /// The `From` address (`Tandem <tandem@example.org>`).
    pub from: String,
    /// `smtp://` or `smtps://` URL with credentials; none: nothing is sent.
    pub smtp_url: Option<String>,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            public_url: "http://127.0.0.1:3000".into(),
            from: "IATUL SIG-ALICE Coaching Programme <tandem@localhost>".into(),
            smtp_url: None,
        }
    }
}

impl MailSettings {
    pub fn sending(&self) -> bool {
        self.smtp_url.is_some()
    }

    /// The host of the public address (`tandem.example.org`): sessions' calendar UIDs use it.
    pub fn host(&self) -> &str {
        let rest = self
            .public_url
            .split_once("://")
            .map_or(self.public_url.as_str(), |(_, r)| r);
        let host = rest.split(['/', ':']).next().unwrap_or("");
        if host.is_empty() { "tandem" } else { host }
    }
}

#[cfg(test)]
mod tests {
    use super::MailSettings;

    fn at(url: &str) -> MailSettings {
        MailSettings {
            public_url: url.into(),
            ..MailSettings::default()
        }
    }

    #[test]
    fn the_host_of_the_public_address() {
        assert_eq!(
            at("https://tandem.example.org:8443/").host(),
            "tandem.example.org"
        );
        assert_eq!(at("http://127.0.0.1:3000").host(), "127.0.0.1");
        assert_eq!(at("").host(), "tandem");
    }
}
