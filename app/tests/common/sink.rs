//! The real SMTP server the tests send to (`end2end/mail_sink.py`, aiosmtpd): the one `./dev
//! test` started (`TANDEM_TEST_MAIL_DIR` names its folder), or one of our own.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

pub struct Sink {
    pub dir: PathBuf,
    pub port: u16,
    child: Option<Child>,
}

impl Sink {
    pub fn start() -> Sink {
        if let Ok(dir) = std::env::var("TANDEM_TEST_MAIL_DIR") {
            let dir = PathBuf::from(dir);
            let port = read_port(&dir, Duration::from_secs(5));
            return Sink {
                dir,
                port,
                child: None,
            };
        }
        let dir = std::env::temp_dir().join(format!(
            "tandem-sink-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end/mail_sink.py");
        let child = Command::new("/usr/bin/python3")
            .arg(script)
            .arg(&dir)
            .spawn()
            .expect("the SMTP sink needs Debian's python3-aiosmtpd (./dev installs it)");
        let port = read_port(&dir, Duration::from_secs(15));
        Sink {
            dir,
            port,
            child: Some(child),
        }
    }

    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message the sink received for `to`, oldest first.
    pub fn to(&self, to: &str) -> Vec<Value> {
        let mut names: Vec<_> = std::fs::read_dir(&self.dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json") && !n.starts_with('.'))
            .collect();
        names.sort();
        names
            .into_iter()
            .filter_map(|n| std::fs::read_to_string(self.dir.join(n)).ok())
            .filter_map(|t| serde_json::from_str::<Value>(&t).ok())
            .filter(|m| {
                m["to"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(to)))
            })
            .collect()
    }

    /// Waits (up to 15 s) until `count` messages for `to` arrived, and returns them.
    pub async fn wait(&self, to: &str, count: usize) -> Vec<Value> {
        let start = Instant::now();
        loop {
            let got = self.to(to);
            if got.len() >= count || start.elapsed() > Duration::from_secs(15) {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn read_port(dir: &std::path::Path, within: Duration) -> u16 {
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(dir.join("port"))
            && let Ok(port) = text.trim().parse()
        {
            return port;
        }
        assert!(
            start.elapsed() < within,
            "the SMTP sink did not start in {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The first absolute link in a text that starts with `base`.
pub fn link_in(text: &str, base: &str) -> String {
    let start = text
        .find(base)
        .unwrap_or_else(|| panic!("no link to {base} in {text}"));
    text[start..].split_whitespace().next().unwrap().to_owned()
}
