//! A letter: what a message says, kept as data in the outbox and rendered when it is sent, as
//! plain text and HTML, with absolute links and the reason the person receives it.

use serde::{Deserialize, Serialize};
use shared::i18n::{Lang, t, tr};

/// The one thing a message asks the person to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub label: String,
    /// A path inside Tandem (`/sessions/12`), made absolute when rendered.
    pub path: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// Who it is for, as they call themselves.
    pub to_name: String,
    pub paragraphs: Vec<String>,
    pub action: Option<Action>,
    /// Why the person receives it ("You coach Sokha Chan in the programme.").
    pub reason: String,
    /// The recipient's language: the greeting, signature and unsubscribe line are written in
    /// it (the composer writes the rest in it too). English for letters queued before it.
    #[serde(default)]
    pub lang: Lang,
}

/// A letter ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    pub html: String,
}

fn absolute(base: &str, path: &str) -> String {
    format!("{}{path}", base.trim_end_matches('/'))
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The letter as plain text and HTML. `base` is the public address of Tandem; `unsubscribe`
/// the path of the link that turns this kind of message off (none for account messages).
pub fn render(letter: &Letter, base: &str, unsubscribe: Option<&str>) -> Rendered {
    let lang = letter.lang;
    let dear = tr(
        lang,
        "mail-dear",
        &[("name", letter.to_name.clone().into())],
    );
    let mut text = format!("{dear}\n\n");
    for p in &letter.paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
    }
    if let Some(a) = &letter.action {
        text.push_str(&format!("{}:\n{}\n\n", a.label, absolute(base, &a.path)));
    }
    text.push_str(&format!(
        "-- \n{}\n{}\n",
        t(lang, "mail-signature"),
        letter.reason
    ));
    if let Some(u) = unsubscribe {
        let stop = tr(
            lang,
            "mail-stop-text",
            &[("link", absolute(base, u).into())],
        );
        text.push_str(&format!("{stop}\n"));
    }

    let mut html = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"></head>\
         <body style=\"font-family:sans-serif;line-height:1.5;color:#1f2933;max-width:36rem\">",
    );
    html.push_str(&format!("<p>{}</p>", escape(&dear)));
    for p in &letter.paragraphs {
        html.push_str(&format!("<p>{}</p>", escape(p).replace('\n', "<br>")));
    }
    if let Some(a) = &letter.action {
        html.push_str(&format!(
            "<p><a href=\"{}\" style=\"display:inline-block;padding:.6rem 1rem;background:#1d4ed8;color:#fff;border-radius:.3rem;text-decoration:none\">{}</a></p>",
            escape(&absolute(base, &a.path)),
            escape(&a.label)
        ));
    }
    html.push_str(&format!(
        "<hr><p style=\"font-size:.9rem;color:#52606d\">{}<br>{}",
        escape(&t(lang, "mail-signature")),
        escape(&letter.reason)
    ));
    if let Some(u) = unsubscribe {
        html.push_str(&format!(
            "<br><a href=\"{}\">{}</a>",
            escape(&absolute(base, u)),
            escape(&t(lang, "mail-stop"))
        ));
    }
    html.push_str("</p></body></html>");
    Rendered { text, html }
}

/// The plain text with links left relative, and a private link replaced: what the outbox page
/// may show.
pub fn outbox_text(letter: &Letter, secret: bool) -> String {
    let mut shown = letter.clone();
    if secret && let Some(a) = &mut shown.action {
        a.path = "/… (a private link, not shown)".into();
    }
    render(&shown, "", None).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        Letter {
            to_name: "Sokha <Chan>".into(),
            paragraphs: vec!["Your session is at 10:00 in Phnom Penh (04:00 in Berlin).".into()],
            action: Some(Action {
                label: "See the session".into(),
                path: "/sessions/7".into(),
            }),
            reason: "You are a partner in the programme.".into(),
            lang: shared::i18n::Lang::En,
        }
    }

    #[test]
    fn links_are_absolute_and_text_escaped_in_html() {
        let r = render(
            &letter(),
            "https://tandem.example.org/",
            Some("/unsubscribe/abc"),
        );
        assert!(
            r.text.contains("https://tandem.example.org/sessions/7\n"),
            "{}",
            r.text
        );
        assert!(
            r.text
                .contains("https://tandem.example.org/unsubscribe/abc")
        );
        assert!(r.text.starts_with("Dear Sokha <Chan>,"));
        assert!(
            r.html
                .contains("href=\"https://tandem.example.org/sessions/7\"")
        );
        assert!(r.html.contains("Dear Sokha &lt;Chan&gt;,"), "{}", r.html);
        assert!(!r.html.contains("<Chan>"));
        assert!(r.text.contains("(04:00 in Berlin)"));
        assert!(r.text.contains("You are a partner in the programme."));
    }

    #[test]
    fn a_letter_to_a_khmer_reader_is_framed_in_khmer() {
        let mut l = letter();
        l.lang = Lang::Km;
        let r = render(&l, "https://tandem.example.org", Some("/unsubscribe/abc"));
        assert!(r.text.starts_with("ជូនចំពោះ Sokha <Chan>"), "{}", r.text);
        assert!(r.text.contains("កម្មវិធីបង្វឹក IATUL SIG-ALICE"));
        assert!(
            r.text
                .contains("ដើម្បីឈប់ទទួលអ៊ីមែលទាំងនេះ៖ https://tandem.example.org/unsubscribe/abc")
        );
        assert!(r.html.contains(">ឈប់ទទួលអ៊ីមែលទាំងនេះ</a>"));
        assert!(!r.text.contains("Dear"));
        // Letters queued before letters had a language read as English.
        let old: Letter =
            serde_json::from_str(r#"{"to_name":"A","paragraphs":[],"action":null,"reason":"r"}"#)
                .unwrap();
        assert_eq!(old.lang, Lang::En);
    }

    #[test]
    fn the_outbox_never_shows_a_private_link() {
        let mut l = letter();
        l.action = Some(Action {
            label: "Choose a new password".into(),
            path: "/reset-password/0123456789abcdef".into(),
        });
        let shown = outbox_text(&l, true);
        assert!(!shown.contains("0123456789abcdef"), "{shown}");
        assert!(shown.contains("a private link, not shown"));
        assert!(outbox_text(&letter(), false).contains("/sessions/7"));
    }
}
