//! Account pages: sign in, accept an invitation, profile, and the chair's people.

use super::api::{
    AcceptInvitation, ChangeAccount, ChangeEmail, ChangeInvitation, ChangePassword, InvitePerson,
    SignIn, UpdateProfile, get_invitation, list_people,
};
use crate::error::AppError;
use crate::i18n::t;
use crate::ui::UserResource;
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, ZoneField, kept, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::Role;
use shared::account::{PendingInvitation, PersonSummary};

mod recover;
pub use recover::{ConfirmEmailPage, ForgotPasswordPage, ResetPasswordPage};

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = Form::<SignIn>::new();
    let errors = action.errors();
    // Where to go after signing in: a path on this site, from the address (the server keeps
    // only local paths), or the one a failed attempt was sent with.
    let wanted = use_query_map().with_untracked(|q| q.get("next").unwrap_or_default());
    let next = kept_or("next", &shared::validate::local_path(&wanted));
    let unsaved = use_query_map().with_untracked(|q| q.get("unsaved").is_some());
    view! {
        <Title text=t("sign-in-title")/>
        <div class="narrow">
            <h1>{t("sign-in-title")}</h1>
            {unsaved.then(|| view! {
                <div class="notice notice-warning" role="alert">
                    <p><strong>{t("sign-in-unsaved")}</strong></p>
                    <p>{t("sign-in-unsaved-next")}</p>
                </div>
            })}
            <p class="lead">{t("sign-in-lead")}</p>
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <input type="hidden" name="form[next]" value=next/>
                <Field label=t("field-email") name="email" kind="email" autocomplete="email" value=kept("email") errors/>
                <Field label=t("field-password") name="password" kind="password" autocomplete="current-password" errors/>
                <button type="submit" class="button">{t("sign-in-button")}</button>
            </PostForm>
            <p><a href="/forgot-password">{t("forgot-password-link")}</a></p>
            <p class="hint">{t("sign-in-no-account")}</p>
        </div>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let invitation = Resource::new(token, get_invitation);
    let action = Form::<AcceptInvitation>::new();
    let errors = action.errors();
    view! {
        <Title text=t("invitation-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match invitation.await {
                    Ok(inv) => {
                        let name = { let k = kept("display_name"); if k.is_empty() { inv.display_name.clone() } else { k } };
                        let zone = { let k = kept("time_zone"); if k.is_empty() { inv.suggested_time_zone.clone() } else { k } };
                        let account = crate::i18n::around("invitation-account", &[], "email");
                        view! {
                            <div class="narrow">
                                <h1>{t("invitation-welcome")}</h1>
                                <p class="lead">{crate::i18n::tr("invitation-lead", &[("who", inv.invited_by.clone().into()), ("role", inv.role.code().into())])}</p>
                                <p>{account.0}<strong>{inv.email.clone()}</strong>{account.1}</p>
                                <ErrorSummary errors/>
                                <PostForm to=action.url() novalidate=true class="form">
                                    <input type="hidden" name="form[token]" value=token()/>
                                    <Field label=t("profile-name") name="display_name" value=name autocomplete="name" errors/>
                                    <ZoneField errors value=zone/>
                                    <Field label=t("intake-languages") name="languages" value=kept("languages") hint=t("invitation-languages-hint") errors/>
                                    <Field label=t("invitation-password") name="password" kind="password" autocomplete="new-password" hint=t("invitation-password-hint") errors/>
                                    <Field label=t("invitation-password-again") name="password_confirm" kind="password" autocomplete="new-password" errors/>
                                    <button type="submit" class="button">{t("invitation-create")}</button>
                                </PostForm>
                            </div>
                        }
                        .into_any()
                    }
                    Err(AppError::NotFound) => view! {
                        <section class="page-message">
                            <h1>{t("invitation-invalid-title")}</h1>
                            <p>{t("invitation-invalid-text")}</p>
                            <p><a class="button" href="/sign-in">{t("sign-in-button")}</a></p>
                        </section>
                    }
                    .into_any(),
                    Err(AppError::Conflict(message)) => view! {
                        <section class="page-message">
                            <h1>{t("invitation-unusable-title")}</h1>
                            <p>{message}</p>
                            <p><a class="button" href="/sign-in">{t("sign-in-button")}</a></p>
                        </section>
                    }
                    .into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    use crate::i18n::t;
    let user = use_context::<UserResource>();
    let profile = Form::<UpdateProfile>::new();
    let password = Form::<ChangePassword>::new();
    let email = Form::<ChangeEmail>::new();
    let email_errors = email.errors();
    let profile_errors = profile.errors();
    let password_errors = password.errors();
    let query = use_query_map();
    let saved = move || match query.with(|q| q.get("saved")).as_deref() {
        Some("profile") => Some(t("profile-saved")),
        Some("password") => Some(t("profile-password-saved")),
        Some("email_asked") => Some(t("profile-email-asked")),
        Some("email") => Some(t("profile-email-confirmed")),
        _ => None,
    };
    view! {
        <Title text=t("profile-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let current = match user {
                    Some(r) => r.await,
                    None => Err(AppError::Internal),
                };
                match current {
                    Ok(Some(u)) => {
                        let name = { let k = kept("display_name"); if k.is_empty() { u.display_name.clone() } else { k } };
                        let zone = { let k = kept("time_zone"); if k.is_empty() { u.time_zone.clone() } else { k } };
                        let langs = { let k = kept("languages"); if k.is_empty() { u.languages.join(", ") } else { k } };
                        let work_start = kept_or("work_start", &shared::matching::format_clock(u.working_hours.start));
                        let work_end = kept_or("work_end", &shared::matching::format_clock(u.working_hours.end));
                        view! {
                            <div class="narrow">
                                <h1>{t("profile-title")}</h1>
                                {move || saved().map(|m| view! { <p class="notice notice-success" role="status">{m}</p> })}
                                <p class="lead">{u.email.clone()}" · "{u.roles.iter().map(|r| role_name(*r)).collect::<Vec<_>>().join(", ")}</p>
                                <p class="hint"><a href="/profile/data">{t("profile-data-link")}</a>" · "<a href="/privacy">{t("profile-privacy-link")}</a></p>
                                <h2>{t("profile-about")}</h2>
                                <ErrorSummary errors=profile_errors/>
                                <PostForm to=profile.url() novalidate=true class="form">
                                    <Field label=t("profile-name") name="display_name" value=name autocomplete="name" errors=profile_errors/>
                                    <ZoneField errors=profile_errors value=zone/>
                                    <Field label=t("intake-languages") name="languages" value=langs hint=t("profile-languages-hint") errors=profile_errors/>
                                    <fieldset class="field working-hours">
                                        <legend>{t("profile-hours")}</legend>
                                        <p class="hint">{t("profile-hours-hint")}</p>
                                        <div class="field-pair">
                                            <Field label=t("profile-start") name="work_start" kind="time" value=work_start errors=profile_errors/>
                                            <Field label=t("profile-end") name="work_end" kind="time" value=work_end errors=profile_errors/>
                                        </div>
                                    </fieldset>
                                    <button type="submit" class="button">{t("profile-save")}</button>
                                </PostForm>
                                <h2>{t("profile-email")}</h2>
                                <p class="hint">{t("profile-email-hint")}</p>
                                <ErrorSummary errors=email_errors/>
                                <PostForm to=email.url() novalidate=true class="form">
                                    <Field label=t("profile-new-email") name="new_email" kind="email" autocomplete="email" value=kept("new_email") errors=email_errors/>
                                    <Field label=t("profile-your-password") name="password" kind="password" autocomplete="current-password" errors=email_errors/>
                                    <button type="submit" class="button button-secondary">{t("profile-change-email")}</button>
                                </PostForm>
                                {(u.has(shared::Role::Coach) || u.has(shared::Role::Partner)).then(|| view! {
                                    <h2>{t("profile-pair")}</h2>
                                    <p>{t("profile-pair-text")}" "<a href="/profile/pair">{t("profile-pair-link")}</a></p>
                                })}
                                <h2>{t("profile-messages")}</h2>
                                <p>{t("profile-messages-text")}" "<a href="/profile/messages">{t("profile-messages-link")}</a></p>
                                <h2 id="digits">{crate::i18n::t("digits-heading")}</h2>
                                <p>{crate::i18n::t("digits-lead")}</p>
                                <crate::i18n::DigitsSwitch path="/profile#digits".to_owned()/>
                                <h2>{t("profile-password")}</h2>
                                <p class="hint">{t("profile-password-hint")}</p>
                                <ErrorSummary errors=password_errors/>
                                <PostForm to=password.url() novalidate=true class="form">
                                    <Field label=t("profile-current-password") name="current_password" kind="password" autocomplete="current-password" errors=password_errors/>
                                    <Field label=t("profile-new-password") name="password" kind="password" autocomplete="new-password" hint=t("profile-new-password-hint") errors=password_errors/>
                                    <Field label=t("profile-password-again") name="password_confirm" kind="password" autocomplete="new-password" errors=password_errors/>
                                    <button type="submit" class="button button-secondary">{t("profile-change-password")}</button>
                                </PostForm>
                            </div>
                        }
                        .into_any()
                    }
                    Ok(None) => page_error(AppError::Unauthenticated),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    let invite = Form::<InvitePerson>::new();
    let people = Resource::new(|| (), |_| list_people());
    let changed = use_query_map().with_untracked(|q| {
        q.get("changed")
            .and_then(|c| shared::account::InvitationChange::from_code(&c))
            .map(|c| t(&format!("invitation-done-{}", c.code())))
            .or(match q.get("account").as_deref() {
                Some("role") => Some(t("people-role-added")),
                Some("closed") => Some(t("people-closed")),
                Some("reopened") => Some(t("people-reopened")),
                _ => None,
            })
    });
    view! {
        <Title text=t("people-title")/>
        <Suspense fallback=Loading>
            {move || { let changed = changed.clone(); Suspend::new(async move {
                match people.await {
                    Ok(data) => view! {
                        <div class="wide">
                            <h1>{t("people-title")}</h1>
                            {changed.clone().map(|c| view! { <p class="notice notice-success" role="status">{c}</p> })}
                            <div class="two-columns">
                                <InviteCard invite/>
                                <PendingList pending=data.pending/>
                            </div>
                            <PeopleTable people=data.people/>
                        </div>
                    }
                    .into_any(),
                    Err(e) => page_error(e),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn InviteCard(invite: Form<InvitePerson>) -> impl IntoView {
    let errors = invite.errors();
    let role_kept = kept("role");
    view! {
        <section class="card">
            <h2>{t("people-invite")}</h2>
            <p class="hint">{t("people-invite-hint")}</p>
            <ErrorSummary errors/>
            <PostForm to=invite.url() novalidate=true class="form">
                <Field label=t("people-their-name") name="display_name" value=kept("display_name") errors/>
                <Field label=t("people-their-email") name="email" kind="email" value=kept("email") errors/>
                <div class="field">
                    <label for="role">{t("people-role")}</label>
                    {move || errors.with(|e| e.first("role").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                    <select id="role" name="form[role]">
                        {Role::ALL.iter().rev().map(|r| {
                            let selected = role_kept == r.code();
                            view! { <option value=r.code() selected=selected>{role_name(*r)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <InviteLanguage errors/>
                <button type="submit" class="button">{t("people-create-invitation")}</button>
            </PostForm>
        </section>
    }
    .into_any()
}

#[component]
fn PendingList(pending: Vec<PendingInvitation>) -> impl IntoView {
    let change = Form::<ChangeInvitation>::new();
    let errors = change.errors();
    view! {
        <section>
            <h2>{t("people-waiting")}</h2>
            <ErrorSummary errors/>
            {if pending.is_empty() {
                view! { <p class="empty">{t("people-waiting-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {pending.into_iter().map(|p| { let who = p.display_name.clone(); view! {
                            <li class="pending">
                                <strong>{p.display_name.clone()}</strong>" · "{p.email}" · "<span class="tag">{role_name(p.role)}</span>
                                {p.expired.then(|| view! { " " <span class="tag tag-red">{t("people-expired")}</span> })}
                                <div class="button-row">
                                    {["extend", "resend", "revoke"].into_iter().map(|code| { let label = t(&format!("invitation-change-{code}")); let aria = crate::i18n::tr("invitation-change-aria", &[("change", label.clone().into()), ("who", who.clone().into())]); view! {
                                        <PostForm to=change.url() class="inline-form">
                                            <input type="hidden" name="id" value=p.id.to_string()/>
                                            <input type="hidden" name="change" value=code/>
                                            <button type="submit" class="button button-small button-secondary" aria-label=aria>{label}</button>
                                        </PostForm>
                                    }}).collect_view()}
                                </div>
                            </li>
                        }}).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href="/outbox">{t("people-outbox-link")}</a></p>
        </section>
    }
    .into_any()
}

#[component]
fn PeopleTable(people: Vec<PersonSummary>) -> impl IntoView {
    let change = Form::<ChangeAccount>::new();
    let errors = change.errors();
    view! {
        <h2>{t("people-everyone")}</h2>
        <ErrorSummary errors/>
        <table class="table">
            <thead><tr><th scope="col">{t("people-name")}</th><th scope="col">{t("people-email")}</th><th scope="col">{t("people-roles")}</th><th scope="col">{t("people-zone")}</th><th scope="col">{t("people-change")}</th></tr></thead>
            <tbody>
                {people.into_iter().map(|p| {
                    let missing: Vec<Role> = Role::ALL.iter().rev().copied().filter(|r| !p.roles.contains(r)).collect();
                    let who = p.display_name.clone();
                    let id = p.id.to_string();
                    let role_id = format!("role-{}", p.id);
                    view! {
                        <tr>
                            <td data-label=t("people-name")>{p.display_name}{p.is_demo.then(|| view! { " " <span class="tag">{t("people-demo")}</span> })}{p.closed.then(|| view! { " " <span class="tag tag-red">{t("people-closed-tag")}</span> })}</td>
                            <td data-label=t("people-email")>{p.email}</td>
                            <td data-label=t("people-roles")>{p.roles.iter().map(|r| role_name(*r)).collect::<Vec<_>>().join(", ")}</td>
                            <td data-label=t("people-zone")>{p.time_zone}</td>
                            <td data-label=t("people-change")>
                                {(!missing.is_empty()).then(|| { let id = id.clone(); let who = who.clone(); view! {
                                    <PostForm to=change.url() class="inline-form">
                                        <input type="hidden" name="id" value=id/>
                                        <input type="hidden" name="change" value="add_role"/>
                                        <label for=role_id.clone() class="visually-hidden">{crate::i18n::tr("people-role-to-add", &[("who", who.clone().into())])}</label>
                                        <select id=role_id name="role">
                                            {missing.iter().map(|r| view! { <option value=r.code()>{role_name(*r)}</option> }).collect_view()}
                                        </select>
                                        " "<button type="submit" class="button button-small button-secondary">{t("people-add-role")}</button>
                                    </PostForm>
                                }})}
                                " "
                                <PostForm to=change.url() class="inline-form">
                                    <input type="hidden" name="id" value=id/>
                                    <input type="hidden" name="change" value=if p.closed { "reopen" } else { "close" }/>
                                    <button type="submit" class="button button-small button-secondary" aria-label=crate::i18n::tr(if p.closed { "people-open-aria" } else { "people-close-aria" }, &[("who", who.clone().into())])>
                                        {if p.closed { t("people-open-again") } else { t("people-close-account") }}
                                    </button>
                                </PostForm>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The language an invitation email is written in: English or Khmer, each named in itself.
#[component]
pub(crate) fn InviteLanguage(errors: Signal<shared::FieldErrors>) -> impl IntoView {
    let chosen = kept("language");
    view! {
        <div class="field">
            <label for="invite-language">{t("invite-language")}</label>
            <p class="hint" id="invite-language-hint">{t("invite-language-hint")}</p>
            {move || errors.with(|e| e.first("language").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
            <select id="invite-language" name="form[language]" aria-describedby="invite-language-hint">
                {shared::i18n::Lang::ALL.into_iter().map(|l| {
                    let selected = chosen == l.code();
                    view! { <option value=l.code() lang=l.code() selected=selected>{l.own_name()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A role's name in the page's language.
pub fn role_name(role: Role) -> String {
    t(&format!("role-{}", role.code()))
}
