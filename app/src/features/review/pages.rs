//! The chair's review queue and one application's review page.

use super::api::{
    AddReviewNote, DecideApplication, DeleteApplicationCv, get_application_detail,
    list_applications,
};
use crate::i18n::{t, tr};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, RequestKey, TextBox, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::application::{Actor, ApplicationStatus};
use shared::programme::ObjectiveArea;
use shared::review::ReviewFilter;

/// An area's short name, as the review table shows it.
fn area_label(code: &str) -> String {
    let code = ObjectiveArea::from_code(code).map_or("other", ObjectiveArea::code);
    t(&format!("area-short-{code}"))
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
        <Title text=t("review-title")/>
        <h1>{t("review-heading")}</h1>
        {move || {
            let f = filter();
            view! {
                <form method="get" action="/review" class="filters" role="search">
                    <div class="field">
                        <label for="f-status">{t("review-status")}</label>
                        <select id="f-status" name="status">
                            <option value="">{t("review-any")}</option>
                            {ApplicationStatus::REVIEWABLE.iter().map(|s| view! {
                                <option value=s.code() selected=f.status == s.code()>{t(&format!("application-status-{}", s.code()))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="f-area">{t("review-expertise")}</label>
                        <select id="f-area" name="area">
                            <option value="">{t("review-any")}</option>
                            {ObjectiveArea::ALL.iter().map(|a| view! {
                                <option value=a.code() selected=f.area == a.code()>{area_label(a.code())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field"><label for="f-country">{t("review-country")}</label><input id="f-country" name="country" value=f.country.clone()/></div>
                    <div class="field"><label for="f-zone">{t("review-zone-starts")}</label><input id="f-zone" name="zone" value=f.zone.clone() placeholder="Europe"/></div>
                    <div class="field"><label for="f-q">{t("review-search")}</label><input id="f-q" name="q" value=f.q.clone() placeholder=t("review-search-placeholder")/></div>
                    <div class="field">
                        <label for="f-sort">{t("review-order")}</label>
                        <select id="f-sort" name="sort">
                            <option value="newest" selected=f.sort.is_empty() || f.sort == "newest">{t("review-newest")}</option>
                            <option value="oldest" selected=f.sort == "oldest">{t("review-oldest")}</option>
                            <option value="name" selected=f.sort == "name">{t("review-by-name")}</option>
                        </select>
                    </div>
                    <div class="button-row"><button type="submit" class="button button-secondary">{t("review-filter")}</button><a href="/review">{t("review-clear")}</a></div>
                </form>
            }
        }}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(list) if list.is_empty() => view! {
                        <p class="empty">{t("review-empty")}</p>
                    }.into_any(),
                    Ok(list) => view! {
                        <p class="hint">{tr("review-count", &[("count", list.len().into())])}</p>
                        <table class="table">
                            <thead><tr><th scope="col">{t("review-applicant")}</th><th scope="col">{t("review-institution")}</th><th scope="col">{t("review-country-zone")}</th><th scope="col">{t("review-expertise")}</th><th scope="col">{t("review-status")}</th></tr></thead>
                            <tbody>
                                {list.into_iter().map(|r| view! {
                                    <tr>
                                        <td data-label=t("review-applicant")><a href=format!("/review/{}", r.id)>{r.name}</a></td>
                                        <td data-label=t("review-institution")>{format!("{}, {}", r.position, r.institution)}</td>
                                        <td data-label=t("review-country-zone")>{format!("{} · {}", r.country, r.time_zone)}</td>
                                        <td data-label=t("review-expertise")>{r.expertise.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ")}</td>
                                        <td data-label=t("review-status")><span class="tag">{t(&format!("application-status-{}", r.status.code()))}</span></td>
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
            <Title text=t("review-detail-title")/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => {
                            let moves: Vec<(ApplicationStatus, String)> = [
                                (ApplicationStatus::Shortlisted, t("review-shortlist")),
                                (ApplicationStatus::Accepted, t("review-accept")),
                                (ApplicationStatus::Declined, t("review-decline")),
                            ]
                            .into_iter()
                            .filter(|(to, _)| d.status.can_move(*to, Actor::Chair))
                            .collect();
                            let f = d.form.clone();
                            view! {
                                <div class="narrow">
                                    <p><a href="/review">{t("review-all")}</a></p>
                                    <h1>{f.name.clone()}</h1>
                                    <p class="lead">{format!("{}, {} · {}", f.position, f.institution, f.country)}</p>
                                    <p><span class="tag">{t(&format!("application-status-{}", d.status.code()))}</span>" "{tr("review-cohort", &[("cohort", d.cohort_name.clone().into())])}</p>
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
                                        <p class="notice notice-success">{t("review-accepted-note")}</p>
                                    })}
                                    <dl class="summary-list">
                                        <dt>{t("review-email")}</dt><dd>{f.email.clone()}</dd>
                                        <dt>{t("review-time-zone")}</dt><dd>{f.time_zone.clone()}</dd>
                                        <dt>{t("review-languages")}</dt><dd>{f.languages.clone()}</dd>
                                        <dt>{t("review-years")}</dt><dd>{f.years_leading.clone()}</dd>
                                        <dt>{t("review-expertise")}</dt><dd>{f.expertise.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ")}{(!f.expertise_other.is_empty()).then(|| format!("; {}", f.expertise_other))}</dd>
                                        <dt>{t("review-cv")}</dt>
                                        <dd>{match d.cv.clone() {
                                            Some(cv) => view! {
                                                <a href=format!("/review/{}/cv", d.id) target=(cv.kind == "pdf").then_some("_blank")>
                                                    {tr(if cv.kind == "pdf" { "review-cv-pdf" } else { "review-cv-word" }, &[("kb", ((cv.size_bytes + 1023) / 1024).into())])}
                                                </a>
                                            }.into_any(),
                                            None => view! { <span class="empty">{t("review-no-cv")}</span> }.into_any(),
                                        }}</dd>
                                    </dl>
                                    {move || cv_deleted().then(|| view! { <p class="notice notice-success" role="status">{t("review-cv-deleted")}</p> })}
                                    {(d.status == ApplicationStatus::Declined && d.cv.is_some()).then(|| {
                                        let app_id = d.id;
                                        view! {
                                            {move || if confirming() {
                                                view! {
                                                    <section class="card danger-zone" aria-labelledby="confirm-delete">
                                                        <h2 id="confirm-delete">{t("review-delete-cv-title")}</h2>
                                                        <p>{t("review-delete-cv-text")}</p>
                                                        <div class="button-row">
                                                            <PostForm to=delete_cv.url() class="inline-form">
                                                                <input type="hidden" name="form[application_id]" value=app_id/>
                                                                <button type="submit" class="button button-danger">{t("review-delete-cv-yes")}</button>
                                                            </PostForm>
                                                            <a href=format!("/review/{app_id}")>{t("review-delete-cv-no")}</a>
                                                        </div>
                                                    </section>
                                                }.into_any()
                                            } else {
                                                view! { <p><a href=format!("/review/{app_id}?confirm=delete-cv")>{t("review-delete-cv-link")}</a></p> }.into_any()
                                            }}
                                        }
                                    })}
                                    <h2>{t("review-statement")}</h2>
                                    <div class="message-body statement">{f.statement.clone()}</div>
                                    <h2 id="notes">{t("review-notes")}</h2>
                                    <p class="hint">{t("review-notes-hint")}</p>
                                    {if d.notes.is_empty() {
                                        view! { <p class="empty">{t("review-no-notes")}</p> }.into_any()
                                    } else {
                                        view! { <ul class="plain-list">{d.notes.into_iter().map(|n| view! { <li><strong>{n.author}</strong>" · "<span class="hint">{n.created_at_local}</span><br/>{n.body}</li> }).collect_view()}</ul> }.into_any()
                                    }}
                                    <ErrorSummary errors=note_errors/>
                                    <PostForm to=note.url() class="form">
    <RequestKey/>
                                        <input type="hidden" name="form[application_id]" value=d.id/>
                                        <div class="field">
                                            <label for="body">{t("review-add-note-label")}</label>
                                            <TextBox id="body" name="form[body]" rows=3/>
                                        </div>
                                        <button type="submit" class="button button-secondary">{t("review-add-note")}</button>
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
