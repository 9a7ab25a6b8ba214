//! The chair's review queue and one application's review page.

use super::api::{
    AddReviewNote, DecideApplication, DeleteApplicationCv, get_application_detail,
    list_applications,
};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, RequestKey, TextBox, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::application::{Actor, ApplicationStatus};
use shared::programme::ObjectiveArea;
use shared::review::ReviewFilter;

fn area_label(code: &str) -> &'static str {
    match ObjectiveArea::from_code(code) {
        Some(ObjectiveArea::FacilitiesAndSpaces) => "Facilities",
        Some(ObjectiveArea::CollectionsAndAccess) => "Collections",
        Some(ObjectiveArea::AdvocacyAndServices) => "Advocacy",
        Some(ObjectiveArea::PeopleAndTraining) => "Training",
        None => "Other",
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        query.with(|q| ReviewFilter {
            status: q.get("status").unwrap_or_default(),
            area: q.get("area").unwrap_or_default(),
            country: q.get("country").unwrap_or_default(),
            zone: q.get("zone").unwrap_or_default(),
            q: q.get("q").unwrap_or_default(),
            sort: q.get("sort").unwrap_or_default(),
        })
    };
    let rows = Resource::new(filter, list_applications);
    view! {
        <Title text="Review applications"/>
        <h1>"Coach applications"</h1>
        {move || {
            let f = filter();
            view! {
                <form method="get" action="/review" class="filters" role="search">
                    <div class="field">
                        <label for="f-status">"Status"</label>
                        <select id="f-status" name="status">
                            <option value="">"Any"</option>
                            {ApplicationStatus::REVIEWABLE.iter().map(|s| view! {
                                <option value=s.code() selected=f.status == s.code()>{s.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="f-area">"Expertise"</label>
                        <select id="f-area" name="area">
                            <option value="">"Any"</option>
                            {ObjectiveArea::ALL.iter().map(|a| view! {
                                <option value=a.code() selected=f.area == a.code()>{area_label(a.code())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field"><label for="f-country">"Country"</label><input id="f-country" name="country" value=f.country.clone()/></div>
                    <div class="field"><label for="f-zone">"Time zone starts with"</label><input id="f-zone" name="zone" value=f.zone.clone() placeholder="Europe"/></div>
                    <div class="field"><label for="f-q">"Search"</label><input id="f-q" name="q" value=f.q.clone() placeholder="Name, email or institution"/></div>
                    <div class="field">
                        <label for="f-sort">"Order"</label>
                        <select id="f-sort" name="sort">
                            <option value="newest" selected=f.sort.is_empty() || f.sort == "newest">"Newest first"</option>
                            <option value="oldest" selected=f.sort == "oldest">"Oldest first"</option>
                            <option value="name" selected=f.sort == "name">"By name"</option>
                        </select>
                    </div>
                    <div class="button-row"><button type="submit" class="button button-secondary">"Filter"</button><a href="/review">"Clear"</a></div>
                </form>
            }
        }}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(list) if list.is_empty() => view! {
                        <p class="empty">"No applications match. Sent applications appear here; drafts stay with their authors until sent."</p>
                    }.into_any(),
                    Ok(list) => view! {
                        <p class="hint">{format!("{} application{}", list.len(), if list.len() == 1 { "" } else { "s" })}</p>
                        <table class="table">
                            <thead><tr><th scope="col">"Applicant"</th><th scope="col">"Institution"</th><th scope="col">"Country and zone"</th><th scope="col">"Expertise"</th><th scope="col">"Status"</th></tr></thead>
                            <tbody>
                                {list.into_iter().map(|r| view! {
                                    <tr>
                                        <td data-label="Applicant"><a href=format!("/review/{}", r.id)>{r.name}</a></td>
                                        <td data-label="Institution">{format!("{}, {}", r.position, r.institution)}</td>
                                        <td data-label="Country and zone">{format!("{} · {}", r.country, r.time_zone)}</td>
                                        <td data-label="Expertise">{r.expertise.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ")}</td>
                                        <td data-label="Status"><span class="tag">{r.status.label()}</span></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ReviewDetailPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let decide = Form::<DecideApplication>::new();
    let note = Form::<AddReviewNote>::new();
    let delete_cv = Form::<DeleteApplicationCv>::new();
    let query = use_query_map();
    let detail = Resource::new(id, get_application_detail);
    // Deleting a CV is confirmed on its own step (`?confirm=delete-cv`).
    let confirming = move || query.with(|q| q.get("confirm").as_deref() == Some("delete-cv"));
    let cv_deleted = move || query.with(|q| q.get("cv").as_deref() == Some("deleted"));
    let decide_errors = decide.errors();
    let note_errors = note.errors();
    view! {
            <Title text="Review an application"/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => {
                            let moves: Vec<(ApplicationStatus, &str)> = [
                                (ApplicationStatus::Shortlisted, "Shortlist"),
                                (ApplicationStatus::Accepted, "Accept and invite"),
                                (ApplicationStatus::Declined, "Decline"),
                            ]
                            .into_iter()
                            .filter(|(to, _)| d.status.can_move(*to, Actor::Chair))
                            .collect();
                            let f = d.form.clone();
                            view! {
                                <div class="narrow">
                                    <p><a href="/review">"All applications"</a></p>
                                    <h1>{f.name.clone()}</h1>
                                    <p class="lead">{format!("{}, {} · {}", f.position, f.institution, f.country)}</p>
                                    <p><span class="tag">{d.status.label()}</span>" "{format!("Cohort {}", d.cohort_name)}</p>
                                    <ErrorSummary errors=decide_errors/>
                                    {(!moves.is_empty()).then(|| view! {
                                        <div class="button-row decision">
                                            {moves.into_iter().map(|(to, label)| view! {
                                                <PostForm to=decide.url() class="inline-form">
                                                    <input type="hidden" name="form[application_id]" value=d.id/>
                                                    <input type="hidden" name="form[status]" value=to.code()/>
                                                    <button type="submit" class=if to == ApplicationStatus::Declined { "button button-secondary" } else { "button" }>{label}</button>
                                                </PostForm>
                                            }).collect_view()}
                                        </div>
                                    })}
                                    {(d.status == ApplicationStatus::Accepted).then(|| view! {
                                        <p class="notice notice-success">"Accepted. Tandem emails them an invitation to join as a coach."</p>
                                    })}
                                    <dl class="summary-list">
                                        <dt>"Email"</dt><dd>{f.email.clone()}</dd>
                                        <dt>"Time zone"</dt><dd>{f.time_zone.clone()}</dd>
                                        <dt>"Languages"</dt><dd>{f.languages.clone()}</dd>
                                        <dt>"Years leading"</dt><dd>{f.years_leading.clone()}</dd>
                                        <dt>"Expertise"</dt><dd>{f.expertise.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ")}{(!f.expertise_other.is_empty()).then(|| format!("; {}", f.expertise_other))}</dd>
                                        <dt>"CV"</dt>
                                        <dd>{match d.cv.clone() {
                                            Some(cv) => view! {
                                                <a href=format!("/review/{}/cv", d.id) target=(cv.kind == "pdf").then_some("_blank")>
                                                    {if cv.kind == "pdf" { format!("View the CV (PDF, {} KB)", (cv.size_bytes + 1023) / 1024) } else { format!("Download the CV (Word, {} KB)", (cv.size_bytes + 1023) / 1024) }}
                                                </a>
                                            }.into_any(),
                                            None => view! { <span class="empty">"No CV kept"</span> }.into_any(),
                                        }}</dd>
                                    </dl>
                                    {move || cv_deleted().then(|| view! { <p class="notice notice-success" role="status">"The CV is deleted."</p> })}
                                    {(d.status == ApplicationStatus::Declined && d.cv.is_some()).then(|| {
                                        let app_id = d.id;
                                        view! {
                                            {move || if confirming() {
                                                view! {
                                                    <section class="card danger-zone" aria-labelledby="confirm-delete">
                                                        <h2 id="confirm-delete">"Delete this CV?"</h2>
                                                        <p>"The file is removed at once and cannot be recovered. The application and your notes stay."</p>
                                                        <div class="button-row">
                                                            <PostForm to=delete_cv.url() class="inline-form">
                                                                <input type="hidden" name="form[application_id]" value=app_id/>
                                                                <button type="submit" class="button button-danger">"Yes, delete the CV"</button>
                                                            </PostForm>
                                                            <a href=format!("/review/{app_id}")>"No, keep it"</a>
                                                        </div>
                                                    </section>
                                                }.into_any()
                                            } else {
                                                view! { <p><a href=format!("/review/{app_id}?confirm=delete-cv")>"Delete the CV of this declined application"</a></p> }.into_any()
                                            }}
                                        }
                                    })}
                                    <h2>"Statement"</h2>
                                    <div class="message-body statement">{f.statement.clone()}</div>
                                    <h2 id="notes">"Private notes"</h2>
                                    <p class="hint">"Seen by the programme team only, never by the applicant."</p>
                                    {if d.notes.is_empty() {
                                        view! { <p class="empty">"No notes yet."</p> }.into_any()
                                    } else {
                                        view! { <ul class="plain-list">{d.notes.into_iter().map(|n| view! { <li><strong>{n.author}</strong>" · "<span class="hint">{n.created_at_local}</span><br/>{n.body}</li> }).collect_view()}</ul> }.into_any()
                                    }}
                                    <ErrorSummary errors=note_errors/>
                                    <PostForm to=note.url() class="form">
    <RequestKey/>
                                        <input type="hidden" name="form[application_id]" value=d.id/>
                                        <div class="field">
                                            <label for="body">"Add a note"</label>
                                            <TextBox id="body" name="form[body]" rows=3/>
                                        </div>
                                        <button type="submit" class="button button-secondary">"Add note"</button>
                                    </PostForm>
                                </div>
                            }
                            .into_any()
                        }
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
}
