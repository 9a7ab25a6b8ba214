//! What every form carries beyond its fields, and what a failed plain post brings back: the
//! typed values and errors (`PostedForm`, filled by `server::forms`), the page the form is on
//! (`BackTo`) and the request key that makes a creating form store once (`RequestKey`).

use crate::error::AppError;
use leptos::prelude::*;
use shared::FieldErrors;
use std::marker::PhantomData;

/// A plain form post that failed, while the server renders the page it came from again.
#[derive(Clone, Debug)]
pub struct PostedForm {
    /// The server function the form was sent to (`/api/...`).
    pub action: String,
    /// What the person typed, by field name without `form[...]` (never passwords).
    pub values: Vec<(String, String)>,
    pub error: AppError,
}

impl PostedForm {
    /// The typed value of `key`, if the form had that field.
    pub fn value(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// A server function that a page's form posts to. Pages are server components: their forms
/// are plain HTML ([`PostForm`]), sent in place with JavaScript by `browser::nav` and as they
/// are without it; either way the answer is a page, so nothing on the page waits for a result.
pub struct Form<S>(PhantomData<fn() -> S>);

impl<S> Clone for Form<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S> Copy for Form<S> {}

impl<S: server_fn::ServerFn<Error = AppError>> Form<S> {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self(PhantomData)
    }

    /// Where the form posts.
    pub fn url(self) -> &'static str {
        S::PATH
    }

    /// The errors of this form when the page is rendered for its failed post.
    pub fn errors(self) -> Signal<FieldErrors> {
        let errors = use_context::<PostedForm>()
            .filter(|p| p.action == S::PATH)
            .map(|p| p.error.field_errors())
            .unwrap_or_default();
        Signal::stored(errors)
    }
}

/// A form that posts to a server function (`to`, from [`Form::url`]), naming its page.
#[component]
pub fn PostForm(
    to: &'static str,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] novalidate: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <form method="post" action=to class=(!class.is_empty()).then_some(class) novalidate=novalidate>
            <BackTo/>
            {children()}
        </form>
    }
}

/// What the person typed before a plain form post came back (never passwords).
pub fn kept(key: &str) -> String {
    use_context::<PostedForm>()
        .and_then(|p| p.value(key).map(str::to_owned))
        .unwrap_or_default()
}

/// What the person typed before a plain form post came back, else the stored value.
pub fn kept_or(key: &str, stored: &str) -> String {
    use_context::<PostedForm>()
        .and_then(|p| p.value(key).map(str::to_owned))
        .unwrap_or_else(|| stored.to_owned())
}

/// Whether a checkbox is ticked: as sent when a plain form post came back (an unticked box is
/// not sent at all), else as stored.
pub fn kept_box(key: &str, stored: bool) -> bool {
    match use_context::<PostedForm>() {
        Some(p) => p.value(key) == Some("on"),
        None => stored,
    }
}

/// The page a form is on, sent with it: a failed plain post is answered with this page again
/// (`server::forms`), and the address bar then shows the server function's URL, so the next
/// post from that page cannot rely on `Referer` to find its way back.
#[component]
pub fn BackTo() -> impl IntoView {
    let here = use_context::<PostedForm>()
        .and_then(|p| p.value(BACK).map(str::to_owned))
        .unwrap_or_else(super::current_path);
    view! { <input type="hidden" name=BACK value=here/> }
}

/// The field [`BackTo`] writes.
pub const BACK: &str = "__back";

/// The hidden key that makes a creating form idempotent (`server::receipts`): new for every
/// rendering of the page, so a resend of this very form stores once and a fresh form is new.
#[component]
pub fn RequestKey() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let key = crate::features::auth::tokens::new_token();
    #[cfg(not(feature = "ssr"))]
    let key = String::new();
    view! { <input type="hidden" name="form[request_key]" value=key/> }
}
