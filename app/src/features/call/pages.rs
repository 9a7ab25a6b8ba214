//! The public call page, the coach application form, and the applicant's private page.

use super::api::{get_application, get_call, returned_form};
use crate::error::AppError;
use crate::i18n::{around, t, tr};
use crate::ui::{ErrorSummary, Loading, TextBox, TwoClocks, ZoneList, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::FieldErrors;
use shared::application::{
    ApplicationForm, CvInfo, STATEMENT_MAX_WORDS, STATEMENT_MIN_WORDS, word_count,
};
use shared::programme::AreaView;
use shared::time::zone_city_in;

mod call;
pub use call::{CallPage, CallStatus, ChairContact};

/// The application fields, filled from `initial`, with each error beside its field.
#[component]
fn ApplicationFields(
    initial: ApplicationForm,
    errors: FieldErrors,
    areas: Vec<AreaView>,
    cv: Option<CvInfo>,
    action: String,
    cohort: String,
    show_draft: bool,
) -> impl IntoView {
    let errors = Signal::stored(errors);
    let words = word_count(&initial.statement);
    let error = move |field: &'static str| {
        move || {
            errors.with(|e| e.first(field).map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m.to_owned()}</p> }))
        }
    };
    let text = |label: &'static str,
                name: &'static str,
                value: String,
                hint: Option<&'static str>,
                kind: &'static str| {
        view! {
            <div class="field" class:field-error=move || errors.with(|e| e.first(name).is_some())>
                <label for=name>{t(label)}</label>
                {hint.map(|h| view! { <p class="hint">{t(h)}</p> })}
                {error(name)}
                <input id=name name=name type=kind value=value list=(name == "time_zone").then_some("zones")/>
            </div>
        }
        .into_any()
    };
    let chosen = initial.expertise.clone();
    view! {
        <ErrorSummary errors/>
        <form method="post" action=action enctype="multipart/form-data" class="form" novalidate>
            <input type="hidden" name="cohort" value=cohort/>
            {view! { <fieldset>
                <legend>{t("apply-about-you")}</legend>
                {text("apply-name", "name", initial.name.clone(), None, "text")}
                {text("apply-email", "email", initial.email.clone(), Some("apply-email-hint"), "email")}
                {text("apply-position", "position", initial.position.clone(), Some("apply-position-hint"), "text")}
                {text("apply-institution", "institution", initial.institution.clone(), None, "text")}
                {text("apply-country", "country", initial.country.clone(), None, "text")}
                {text("apply-zone", "time_zone", initial.time_zone.clone(), Some("apply-zone-hint"), "text")}
                <ZoneList/>
                {text("apply-languages", "languages", initial.languages.clone(), Some("apply-languages-hint"), "text")}
                {text("apply-years", "years_leading", initial.years_leading.clone(), None, "text")}
            </fieldset> }.into_any()}
            {view! { <fieldset class="field" class:field-error=move || errors.with(|e| e.first("expertise").is_some())>
                <legend id="expertise">{t("apply-expertise")}</legend>
                <p class="hint">{t("apply-expertise-hint")}</p>
                {error("expertise")}
                {areas.into_iter().map(|a| {
                    let id = format!("expertise-{}", a.code);
                    let checked = chosen.contains(&a.code);
                    view! {
                        <div class="checkbox">
                            <input type="checkbox" id=id.clone() name="expertise" value=a.code.clone() checked=checked/>
                            <label for=id>{crate::i18n::area(&a.code, &a.title)}</label>
                        </div>
                    }
                }).collect_view()}
                <div class="field">
                    <label for="expertise_other">{t("apply-expertise-other")}</label>
                    {error("expertise_other")}
                    <TextBox id="expertise_other" name="expertise_other" rows=3 value=initial.expertise_other.clone()/>
                </div>
            </fieldset> }.into_any()}
            {view! { <div class="field" class:field-error=move || errors.with(|e| e.first("statement").is_some())>
                <label for="statement">{t("apply-statement")}</label>
                <p class="hint">{tr("apply-statement-hint", &[("min", STATEMENT_MIN_WORDS.into()), ("max", STATEMENT_MAX_WORDS.into())])}</p>
                {error("statement")}
                <TextBox id="statement" name="statement" rows=10 words="statement-words" value=initial.statement.clone()/>
                <crate::ui::WordCount id="statement-words" words/>
            </div> }.into_any()}
            {view! { <div class="field" class:field-error=move || errors.with(|e| e.first("cv").is_some())>
                <label for="cv">{t("apply-cv")}</label>
                <p class="hint">{t("apply-cv-hint")}</p>
                {cv.map(|c| view! { <p class="notice notice-info">{tr("apply-cv-kept", &[("file", c.file_name.clone().into()), ("kb", ((c.size_bytes + 1023) / 1024).into())])}</p> })}
                {error("cv")}
                <input id="cv" name="cv" type="file" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>
            </div> }.into_any()}
            <div class="field" class:field-error=move || errors.with(|e| e.first("consent").is_some())>
                {error("consent")}
                <div class="checkbox">
                    <input type="checkbox" id="consent" name="consent" value="on" checked=initial.consent == "on"/>
                    <label for="consent">{t("apply-consent")}</label>
                </div>
                <p class="hint"><a href="/privacy">{t("apply-consent-link")}</a></p>
            </div>
            <div class="button-row">
                <button type="submit" name="intent" value="submit" class="button">{t("apply-send")}</button>
                {show_draft.then(|| view! { <button type="submit" name="intent" value="draft" class="button button-secondary">{t("apply-draft")}</button> })}
            </div>
        </form>
    }
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let query = use_query_map();
    let call = Resource::new(move || query.with(|q| q.get("cohort")), get_call);
    let returned = Resource::new(|| (), |_| returned_form());
    view! {
        <Title text=t("apply-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let back = returned.await;
                match call.await {
                    Ok(v) if v.cohort.call_open => {
                        let (initial, errors) = back.map(|r| (r.form, r.errors)).unwrap_or_default();
                        view! {
                            <div class="narrow">
                                <h1>{tr("apply-heading", &[("cohort", v.cohort.name.clone().into())])}</h1>
                                <p class="lead">{t("apply-lead")}</p>
                                <p>{t("apply-already")}" "<a href="/apply/link">{t("apply-link-again")}</a></p>
                                <ApplicationFields initial errors areas=v.programme.areas.clone() cv=None
                                    action="/apply".to_owned() cohort=v.cohort.slug.clone() show_draft=true/>
                            </div>
                        }
                        .into_any()
                    }
                    Ok(v) => view! {
                        <section class="page-message">
                            <h1>{t("apply-closed")}</h1>
                            <p>{tr("apply-closed-at", &[("cohort", v.cohort.name.clone().into()), ("deadline", v.cohort.call_deadline_local.clone().into())])}</p>
                            <p><a class="button" href="/call">{t("apply-read-call")}</a></p>
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
pub fn ApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let application = Resource::new(token, get_application);
    let returned = Resource::new(|| (), |_| returned_form());
    let call = Resource::new(|| (), |_| get_call(None));
    view! {
        <Title text=t("application-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let back = returned.await;
                let areas = call.await.map(|c| c.programme.areas).unwrap_or_default();
                match application.await {
                    Ok(a) => {
                        let saved = query.with_untracked(|q| q.get("saved"));
                        let editable = a.editable();
                        let (initial, errors) = back.map(|r| (r.form, r.errors)).unwrap_or_else(|| (a.form.clone(), FieldErrors::new()));
                        let place = zone_city_in(crate::i18n::lang(), &a.programme_zone);
                        let path = format!("/applications/{}", token());
                        let (change_before, change_after) = around("application-change-until", &[], "deadline");
                        view! {
                            <div class="narrow">
                                {saved.map(|s| view! {
                                    <div class="notice notice-success" role="status">
                                        {if s == "submitted" {
                                            format!("{} {}", t("application-sent"), t("review-rule"))
                                        } else {
                                            t("application-draft-saved")
                                        }}
                                        <p>{t("application-keep-link")}</p>
                                    </div>
                                })}
                                <h1>{tr("application-heading", &[("cohort", a.cohort_name.clone().into())])}</h1>
                                <p><span class="tag">{t(&format!("application-status-{}", a.status.code()))}</span></p>
                                {match a.status {
                                    shared::application::ApplicationStatus::Accepted => Some("application-accepted"),
                                    shared::application::ApplicationStatus::Declined => Some("application-declined"),
                                    shared::application::ApplicationStatus::Shortlisted => Some("application-shortlisted"),
                                    _ => None,
                                }.map(|m| view! { <p class="notice notice-info decision-message">{t(m)}</p> })}
                                {if editable {
                                    view! {
                                        <p>{change_before}
                                            <TwoClocks utc=a.call_deadline_utc.clone() stated=a.call_deadline_local.clone() place=place/>{change_after}</p>
                                        <ApplicationFields initial errors areas cv=a.cv.clone() action=path.clone()
                                            cohort=a.cohort_slug.clone() show_draft=a.status == shared::application::ApplicationStatus::Draft/>
                                    }.into_any()
                                } else {
                                    view! {
                                        <p>{t(if a.call_open { "application-decided" } else { "application-closed" })}</p>
                                        <dl class="summary-list">
                                            <dt>{t("application-name")}</dt><dd>{a.form.name.clone()}</dd>
                                            <dt>{t("apply-position")}</dt><dd>{format!("{}, {}", a.form.position, a.form.institution)}</dd>
                                            <dt>{t("application-statement")}</dt><dd class="message-body">{a.form.statement.clone()}</dd>
                                        </dl>
                                    }.into_any()
                                }}
                                {a.status.can_move(shared::application::ApplicationStatus::Withdrawn, shared::application::Actor::Applicant).then(|| view! {
                                    <section class="card danger-zone">
                                        <h2>{t("application-withdraw")}</h2>
                                        <p>{t("application-withdraw-text")}</p>
                                        <form method="post" action=format!("{path}/withdraw")>
                                            <button type="submit" class="button button-danger">{t("application-withdraw-button")}</button>
                                        </form>
                                    </section>
                                })}
                                <ApplicantData path=path.clone() erasure=a.erasure.clone()/>
                            </div>
                        }
                        .into_any()
                    }
                    Err(AppError::NotFound) => view! {
                        <section class="page-message">
                            <h1>{t("application-bad-link")}</h1>
                            <p>{t("application-bad-link-text")}</p>
                        </section>
                    }
                    .into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

/// "Lost your link?": an applicant asks for their private link again, by email.
#[component]
pub fn ApplicationLinkPage() -> impl IntoView {
    use crate::ui::{ErrorSummary, Field, Form, PostForm, kept};
    let action = Form::<super::api::SendApplicationLink>::new();
    let errors = action.errors();
    let asked = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("asked").is_some());
    view! {
        <leptos_meta::Title text=t("link-title")/>
        <div class="narrow">
            <h1>{t("link-heading")}</h1>
            {if asked {
                view! {
                    <div class="notice notice-success" role="status">
                        <p><strong>{t("link-look")}</strong></p>
                        <p>{t("link-sent")}</p>
                    </div>
                }.into_any()
            } else {
                view! { <p class="lead">{t("link-lead")}</p> }.into_any()
            }}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <Field label=t("apply-email") name="email" kind="email" autocomplete="email" value=kept("email") errors/>
                <button type="submit" class="button">{t("link-send")}</button>
            </PostForm>
            <p><a href="/call">{t("link-back")}</a></p>
        </div>
    }
}

/// The applicant's own data, from the private link: the archive, and erasure on request.
#[component]
fn ApplicantData(path: String, erasure: Option<shared::privacy::ErasureView>) -> impl IntoView {
    use shared::privacy::ErasureStatus;
    let waiting = erasure
        .as_ref()
        .filter(|r| r.status == ErasureStatus::Waiting)
        .cloned();
    let objected = erasure.filter(|r| r.status == ErasureStatus::Objected);
    view! {
        <section class="card" aria-labelledby="erasure">
            <h2 id="erasure">{t("data-title")}</h2>
            <p>{t("applicant-data-lead")}" "
                <a href="/privacy">{t("data-what-kept")}</a></p>
            <p><a class="button button-secondary" href=format!("{path}/archive.zip") download="tandem-my-application.zip">{t("applicant-data-download")}</a></p>
            {match waiting {
                Some(r) => view! {
                    <p class="notice notice-info" role="status">{tr("applicant-erase-waiting", &[("asked", r.requested.clone().into()), ("runs", r.runs.clone().into())])}</p>
                }.into_any(),
                None => view! {
                    {objected.map(|r| view! {
                        <div class="notice notice-warning">
                            <p>{tr("erase-objected", &[("asked", r.requested.clone().into())])}</p>
                            <p class="message-body">{r.objection}</p>
                        </div>
                    })}
                    <p>{t("applicant-erase-text")}</p>
                    <form method="post" action=format!("{path}/erase")>
                        <button type="submit" class="button button-danger">{t("applicant-erase-ask")}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
