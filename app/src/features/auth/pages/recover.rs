//! Recovering an account: ask for a reset link by email, then choose a new password with it.

use super::super::api::{ForgotPassword, ResetPassword, check_reset_link};
use crate::error::AppError;
use crate::i18n::t;
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
        <Title text=t("forgot-title")/>
        <div class="narrow">
            <h1>{t("forgot-title")}</h1>
            {if asked {
                view! {
                    <div class="notice notice-success" role="status">
                        <p><strong>{t("forgot-sent")}</strong></p>
                        <p>{t("forgot-sent-text")}</p>
                    </div>
                }.into_any()
            } else {
                view! { <p class="lead">{t("forgot-lead")}</p> }.into_any()
            }}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <Field label=t("field-email") name="email" kind="email" autocomplete="email" value=kept("email") errors/>
                <button type="submit" class="button">{t("forgot-button")}</button>
            </PostForm>
            <p><a href="/sign-in">{t("forgot-back")}</a></p>
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
        <Title text=t("reset-title")/>
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match check.await {
                        Ok(()) => view! {
                            <div class="narrow">
                                <h1>{t("reset-title")}</h1>
                                <p class="lead">{t("reset-lead")}</p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() novalidate=true class="form">
                                    <input type="hidden" name="form[token]" value=token/>
                                    <Field label=t("profile-new-password") name="password" kind="password" autocomplete="new-password" hint=t("invitation-password-hint") errors/>
                                    <Field label=t("profile-password-again") name="password_confirm" kind="password" autocomplete="new-password" errors/>
                                    <button type="submit" class="button">{t("reset-save")}</button>
                                </PostForm>
                            </div>
                        }
                        .into_any(),
                        Err(AppError::Conflict(message)) => {
                            unusable(message, "/forgot-password", t("reset-ask-again"))
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
        <Title text=t("confirm-email-title")/>
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match address.await {
                        Ok(email) => { let lead = crate::i18n::around("confirm-email-lead", &[], "email"); view! {
                            <div class="narrow">
                                <h1>{t("confirm-email-title")}</h1>
                                <p class="lead">{lead.0}<strong>{email}</strong>{lead.1}</p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() class="form">
                                    <input type="hidden" name="token" value=token/>
                                    <button type="submit" class="button">{t("confirm-email-button")}</button>
                                </PostForm>
                            </div>
                        }
                        .into_any() }
                        Err(AppError::Conflict(message)) => unusable(message, "/profile", t("confirm-email-profile")),
                        Err(e) => page_error(e),
                    }
                })
            }}
        </Suspense>
    }
}

/// A link from an email that cannot be used (used, expired, altered): why, and what to do.
fn unusable(message: String, next: &'static str, label: String) -> AnyView {
    view! {
        <section class="page-message">
            <h1>{t("link-unusable-title")}</h1>
            <p>{message}</p>
            <p><a class="button" href=next>{label}</a></p>
        </section>
    }
    .into_any()
}
