//! The public call page, the coach application form, and the applicant's private page.

use super::api::{get_application, get_call, returned_form};
use crate::error::AppError;
use crate::ui::{ErrorSummary, Loading, TextBox, TwoClocks, ZoneList, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::FieldErrors;
use shared::application::{
    ApplicationForm, CvInfo, STATEMENT_MAX_WORDS, STATEMENT_MIN_WORDS, word_count,
};
use shared::programme::AreaView;
use shared::time::zone_city;

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
            errors.with(|e| e.first(field).map(|m| view! { <p class="error-message"><span class="visually-hidden">"Error: "</span>{m.to_owned()}</p> }))
        }
    };
    let text = |label: &'static str,
                name: &'static str,
                value: String,
                hint: Option<&'static str>,
                kind: &'static str| {
        view! {
            <div class="field" class:field-error=move || errors.with(|e| e.first(name).is_some())>
                <label for=name>{label}</label>
                {hint.map(|h| view! { <p class="hint">{h}</p> })}
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
                <legend>"About you"</legend>
                {text("Full name", "name", initial.name.clone(), None, "text")}
                {text("Email address", "email", initial.email.clone(), Some("We send your private link here."), "email")}
                {text("Position", "position", initial.position.clone(), Some("For example: University Librarian"), "text")}
                {text("Institution", "institution", initial.institution.clone(), None, "text")}
                {text("Country", "country", initial.country.clone(), None, "text")}
                {text("Time zone", "time_zone", initial.time_zone.clone(), Some("Your IANA zone, for example Europe/Berlin; it helps match you with a partner you can meet."), "text")}
                <ZoneList/>
                {text("Languages you work in", "languages", initial.languages.clone(), Some("Separate them with commas"), "text")}
                {text("Years leading a library or library team", "years_leading", initial.years_leading.clone(), None, "text")}
            </fieldset> }.into_any()}
            {view! { <fieldset class="field" class:field-error=move || errors.with(|e| e.first("expertise").is_some())>
                <legend id="expertise">"Where you can help"</legend>
                <p class="hint">"Tick every area of the four where you have led work."</p>
                {error("expertise")}
                {areas.into_iter().map(|a| {
                    let id = format!("expertise-{}", a.code);
                    let checked = chosen.contains(&a.code);
                    view! {
                        <div class="checkbox">
                            <input type="checkbox" id=id.clone() name="expertise" value=a.code.clone() checked=checked/>
                            <label for=id>{a.title.clone()}</label>
                        </div>
                    }
                }).collect_view()}
                <div class="field">
                    <label for="expertise_other">"Other expertise (optional)"</label>
                    {error("expertise_other")}
                    <TextBox id="expertise_other" name="expertise_other" rows=3 value=initial.expertise_other.clone()/>
                </div>
            </fieldset> }.into_any()}
            {view! { <div class="field" class:field-error=move || errors.with(|e| e.first("statement").is_some())>
                <label for="statement">"Your statement"</label>
                <p class="hint">{format!("Why you want to coach, and what expertise you would bring to the partnership. {STATEMENT_MIN_WORDS} to {STATEMENT_MAX_WORDS} words.")}</p>
                {error("statement")}
                <TextBox id="statement" name="statement" rows=10 words="statement-words" value=initial.statement.clone()/>
                <crate::ui::WordCount id="statement-words" words/>
            </div> }.into_any()}
            {view! { <div class="field" class:field-error=move || errors.with(|e| e.first("cv").is_some())>
                <label for="cv">"Your CV"</label>
                <p class="hint">"A PDF or a Word document (.docx), 5 MB at most."</p>
                {cv.map(|c| view! { <p class="notice notice-info">{format!("Kept: {} ({} KB). Choose a file only to replace it.", c.file_name, (c.size_bytes + 1023) / 1024)}</p> })}
                {error("cv")}
                <input id="cv" name="cv" type="file" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>
            </div> }.into_any()}
            <div class="field" class:field-error=move || errors.with(|e| e.first("consent").is_some())>
                {error("consent")}
                <div class="checkbox">
                    <input type="checkbox" id="consent" name="consent" value="on" checked=initial.consent == "on"/>
                    <label for="consent">"I agree that the programme team keeps my application and CV to select coaches, and deletes the CV if I am not selected or withdraw."</label>
                </div>
                <p class="hint"><a href="/privacy">"How long it is kept, who reads it, and how to have it erased"</a></p>
            </div>
            <div class="button-row">
                <button type="submit" name="intent" value="submit" class="button">"Send my application"</button>
                {show_draft.then(|| view! { <button type="submit" name="intent" value="draft" class="button button-secondary">"Save as a draft"</button> })}
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
        <Title text="Apply as a coach"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let back = returned.await;
                match call.await {
                    Ok(v) if v.cohort.call_open => {
                        let (initial, errors) = back.map(|r| (r.form, r.errors)).unwrap_or_default();
                        view! {
                            <div class="narrow">
                                <h1>{format!("Apply to coach in cohort {}", v.cohort.name)}</h1>
                                <p class="lead">"No account is needed. After you send or save, you get a private link by email to see and change your application until the call closes."</p>
                                <p>"Applied already? "<a href="/apply/link">"Get the link to your application again"</a></p>
                                <ApplicationFields initial errors areas=v.programme.areas.clone() cv=None
                                    action="/apply".to_owned() cohort=v.cohort.slug.clone() show_draft=true/>
                            </div>
                        }
                        .into_any()
                    }
                    Ok(v) => view! {
                        <section class="page-message">
                            <h1>"The call is closed"</h1>
                            <p>{format!("Applications to cohort {} closed at the end of {}.", v.cohort.name, v.cohort.call_deadline_local)}</p>
                            <p><a class="button" href="/call">"Read the call"</a></p>
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
        <Title text="Your application"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let back = returned.await;
                let areas = call.await.map(|c| c.programme.areas).unwrap_or_default();
                match application.await {
                    Ok(a) => {
                        let saved = query.with_untracked(|q| q.get("saved"));
                        let editable = a.editable();
                        let (initial, errors) = back.map(|r| (r.form, r.errors)).unwrap_or_else(|| (a.form.clone(), FieldErrors::new()));
                        let place = zone_city(&a.programme_zone);
                        let path = format!("/applications/{}", token());
                        view! {
                            <div class="narrow">
                                {saved.map(|s| view! {
                                    <div class="notice notice-success" role="status">
                                        {if s == "submitted" {
                                            format!("Your application is sent. {}", shared::application::REVIEW_RULE)
                                        } else {
                                            "Your draft is saved. It is not sent until you choose Send my application.".to_owned()
                                        }}
                                        <p>"Keep this page's address: it is your private link. We also put it in a message to your email address."</p>
                                    </div>
                                })}
                                <h1>{format!("Your application to cohort {}", a.cohort_name)}</h1>
                                <p><span class="tag">{a.status.label()}</span></p>
                                {match a.status {
                                    shared::application::ApplicationStatus::Accepted => Some("You are accepted as a coach. The chair has sent an invitation to Tandem to your email address: use it to choose a password."),
                                    shared::application::ApplicationStatus::Declined => Some("Thank you for applying. The programme could not offer you a place in this cohort."),
                                    shared::application::ApplicationStatus::Shortlisted => Some("You are on the shortlist. The chair will be in touch."),
                                    _ => None,
                                }.map(|m| view! { <p class="notice notice-info decision-message">{m}</p> })}
                                {if editable {
                                    view! {
                                        <p>"You can change it until the end of "
                                            <TwoClocks utc=a.call_deadline_utc.clone() stated=a.call_deadline_local.clone() place=place/>"."</p>
                                        <ApplicationFields initial errors areas cv=a.cv.clone() action=path.clone()
                                            cohort=a.cohort_slug.clone() show_draft=a.status == shared::application::ApplicationStatus::Draft/>
                                    }.into_any()
                                } else {
                                    view! {
                                        <p>{if a.call_open { "A decision has been made; the application can no longer be changed." } else { "The call has closed, so the application can no longer be changed." }}</p>
                                        <dl class="summary-list">
                                            <dt>"Name"</dt><dd>{a.form.name.clone()}</dd>
                                            <dt>"Position"</dt><dd>{format!("{}, {}", a.form.position, a.form.institution)}</dd>
                                            <dt>"Statement"</dt><dd class="message-body">{a.form.statement.clone()}</dd>
                                        </dl>
                                    }.into_any()
                                }}
                                {a.status.can_move(shared::application::ApplicationStatus::Withdrawn, shared::application::Actor::Applicant).then(|| view! {
                                    <section class="card danger-zone">
                                        <h2>"Withdraw"</h2>
                                        <p>"Withdrawing deletes your application and your CV at once. This cannot be undone."</p>
                                        <form method="post" action=format!("{path}/withdraw")>
                                            <button type="submit" class="button button-danger">"Withdraw and delete my application"</button>
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
                            <h1>"This application link is not valid"</h1>
                            <p>"Check that you copied the whole link. A newer link may have replaced it: look for the latest message from the programme."</p>
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
        <leptos_meta::Title text="Your application's link"/>
        <div class="narrow">
            <h1>"Lost the link to your application?"</h1>
            {if asked {
                view! {
                    <div class="notice notice-success" role="status">
                        <p><strong>"Look in your email."</strong></p>
                        <p>"If an application to a call that is still open was made with that address, we have sent it a private link. Links sent before keep working."</p>
                    </div>
                }.into_any()
            } else {
                view! { <p class="lead">"Type the email address you applied with. We email the private link to that address, never to the screen."</p> }.into_any()
            }}
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <Field label="Email address" name="email" kind="email" autocomplete="email" value=kept("email") errors/>
                <button type="submit" class="button">"Email me my link"</button>
            </PostForm>
            <p><a href="/call">"Back to the call"</a></p>
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
            <h2 id="erasure">"Your data"</h2>
            <p>"Everything the programme holds about this application, in one archive: the application as JSON, your CV, and the messages we sent you. "
                <a href="/privacy">"What is kept, and for how long"</a></p>
            <p><a class="button button-secondary" href=format!("{path}/archive.zip") download="tandem-my-application.zip">"Download this application's data (.zip)"</a></p>
            {match waiting {
                Some(r) => view! {
                    <p class="notice notice-info" role="status">{format!("You asked on {} for this application to be erased. Unless the programme chair objects, it is erased on {}, with your CV and the messages we sent you.", r.requested, r.runs)}</p>
                }.into_any(),
                None => view! {
                    {objected.map(|r| view! {
                        <div class="notice notice-warning">
                            <p>{format!("The programme chair objected to your request of {}:", r.requested)}</p>
                            <p class="message-body">{r.objection}</p>
                        </div>
                    })}
                    <p>"You may ask for the application, your CV and the messages we sent you to be erased, whatever the decision. The programme chair is told and has a week to object; then it runs, and this link stops working."</p>
                    <form method="post" action=format!("{path}/erase")>
                        <button type="submit" class="button button-danger">"Ask for this application to be erased"</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
