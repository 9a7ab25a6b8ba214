//! Recovering an account: ask for a reset link by email, then choose a new password with it.

use super::super::api::{ForgotPassword, ResetPassword, check_reset_link};
use crate::error::AppError;
use crate::ui::{ErrorSummary, Field, Form, Loading, PostForm, kept, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = Form::<ForgotPassword>::new();
    let errors = action.errors();
    let asked = use_query_map().with_untracked(|q| q.get("asked").is_some());
    view! {
        <Title text="Forgot your password"/>
        <div class="narrow">
            <h1>"Forgot your password?"</h1>
            {if asked {
                view! {
                    <div class="notice notice-success" role="status">
                        <p><strong>"Look in your email."</strong></p>
                        <p>"If an account in Tandem uses that address, we have sent it a link to choose a new password. The link works once, for one hour. Nothing came after a few minutes? Look in your spam folder, or ask again below."</p>
                    </div>
                }.into_any()
            } else {
                view! { <p class="lead">"Type the email address of your Tandem account. We email you a link to choose a new password."</p> }.into_any()
            }}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <Field label="Email address" name="email" kind="email" autocomplete="email" value=kept("email") errors/>
                <button type="submit" class="button">"Email me a link"</button>
            </PostForm>
            <p><a href="/sign-in">"Back to sign in"</a></p>
        </div>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let check = Resource::new(
        {
            let token = token.clone();
            move || token.clone()
        },
        check_reset_link,
    );
    let action = Form::<ResetPassword>::new();
    let errors = action.errors();
    view! {
        <Title text="Choose a new password"/>
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match check.await {
                        Ok(()) => view! {
                            <div class="narrow">
                                <h1>"Choose a new password"</h1>
                                <p class="lead">"Once it is saved you are signed in here and signed out everywhere else."</p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() novalidate=true class="form">
                                    <input type="hidden" name="form[token]" value=token/>
                                    <Field label="New password" name="password" kind="password" autocomplete="new-password" hint="At least 12 characters. A few words together work well." errors/>
                                    <Field label="Type the new password again" name="password_confirm" kind="password" autocomplete="new-password" errors/>
                                    <button type="submit" class="button">"Save my new password"</button>
                                </PostForm>
                            </div>
                        }
                        .into_any(),
                        Err(AppError::Conflict(message)) => {
                            unusable(message, "/forgot-password", "Ask for a new link")
                        }
                        Err(e) => page_error(e),
                    }
                })
            }}
        </Suspense>
    }
}

/// The page a confirmation link opens: it shows the address, and a button confirms it (a link
/// alone changes nothing, so a mail scanner that opens links cannot confirm).
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    use super::super::api::{ConfirmEmail, get_email_change};
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let address = Resource::new(
        {
            let token = token.clone();
            move || token.clone()
        },
        get_email_change,
    );
    let action = Form::<ConfirmEmail>::new();
    let errors = action.errors();
    view! {
        <Title text="Confirm your new email address"/>
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match address.await {
                        Ok(email) => view! {
                            <div class="narrow">
                                <h1>"Confirm your new email address"</h1>
                                <p class="lead">"Tandem will use "<strong>{email}</strong>" for your account: to sign in and for every message."</p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() class="form">
                                    <input type="hidden" name="token" value=token/>
                                    <button type="submit" class="button">"Confirm this address"</button>
                                </PostForm>
                            </div>
                        }
                        .into_any(),
                        Err(AppError::Conflict(message)) => unusable(message, "/profile", "Your profile"),
                        Err(e) => page_error(e),
                    }
                })
            }}
        </Suspense>
    }
}

/// A link from an email that cannot be used (used, expired, altered): why, and what to do.
fn unusable(message: String, next: &'static str, label: &'static str) -> AnyView {
    view! {
        <section class="page-message">
            <h1>"This link cannot be used"</h1>
            <p>{message}</p>
            <p><a class="button" href=next>{label}</a></p>
        </section>
    }
    .into_any()
}
