//! `/matching`: the chair pairs each partner of a cohort with a coach, helped by ranked and
//! explained suggestions.

use super::api::{AddCohortCoach, MatchPair, SetCoachCapacity, SetCoachExpertise, get_matching};
use crate::i18n::{t, tr};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, kept, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::i18n::Arg;
use shared::partnership::{CoachPlace, MatchingView, PartnerToMatch, Suggestion};
use shared::time::zone_city_in;

#[component]
pub fn MatchingPage() -> impl IntoView {
    let query = use_query_map();
    let cohort = move || query.with(|q| q.get("cohort").unwrap_or_default());
    let matched = Form::<MatchPair>::new();
    let add_coach = Form::<AddCohortCoach>::new();
    let capacity = Form::<SetCoachCapacity>::new();
    let data = Resource::new(cohort, get_matching);
    let match_errors = matched.errors();
    let coach_errors = add_coach.errors();
    let capacity_errors = capacity.errors();
    // The partner whose match failed, when the page comes back for a failed post.
    let failed_partner = Signal::stored(kept("partner_id").parse::<i64>().ok());
    let undone = move || query.with(|q| q.get("undone").is_some());
    view! {
        <Title text=t("matching-title")/>
        {move || undone().then(|| view! { <p class="notice notice-success" role="status">{t("matching-undone")}</p> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! {
                        <Matching v match_action=matched add_coach capacity match_errors coach_errors capacity_errors failed_partner/>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Matching(
    v: MatchingView,
    match_action: Form<MatchPair>,
    add_coach: Form<AddCohortCoach>,
    capacity: Form<SetCoachCapacity>,
    match_errors: Signal<shared::FieldErrors>,
    coach_errors: Signal<shared::FieldErrors>,
    capacity_errors: Signal<shared::FieldErrors>,
    failed_partner: Signal<Option<i64>>,
) -> impl IntoView {
    let waiting = v.partners.iter().filter(|p| p.matched.is_none()).count();
    let cohort_id = v.cohort.id;
    let slug = v.cohort.slug.clone();
    view! {
        <h1>{t("matching-title")}</h1>
        <p class="lead">
            {tr("matching-lead", &[("cohort", v.cohort.name.clone().into()), ("from", Arg::Date(v.starts_on.clone())), ("to", Arg::Date(v.ends_on.clone()))])}" "
            {tr("matching-waiting", &[("count", waiting.into())])}
        </p>
        {(v.cohorts.len() > 1).then(|| view! {
            <form method="get" action="/matching" class="filters inline-filters">
                <div class="field">
                    <label for="cohort">{t("matching-cohort")}</label>
                    <select id="cohort" name="cohort">
                        {v.cohorts.iter().map(|c| view! { <option value=c.slug.clone() selected=c.slug == slug>{c.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-secondary">{t("matching-show")}</button>
            </form>
        })}
        <details class="explainer">
            <summary>{t("matching-how")}</summary>
            <p>{t("matching-how-text")}</p>
        </details>
        <ErrorSummary errors=match_errors/>
        <h2 id="partners">{t("matching-partners")}</h2>
        {if v.partners.is_empty() {
            view! { <p class="empty">{t("matching-partners-empty")}</p> }.into_any()
        } else {
            let coaches_empty = v.coaches.is_empty();
            view! {
                <ul class="card-list match-list">
                    {v.partners.into_iter().map(|p| view! { <PartnerCard p cohort_id action=match_action errors=match_errors failed_partner coaches_empty/> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(!v.partners_without_intake.is_empty()).then(|| view! {
            <p class="hint">{tr("matching-not-ready", &[("names", v.partners_without_intake.join(", ").into())])}</p>
        })}
        <h2 id="coaches">{t("matching-coaches")}</h2>
        <ErrorSummary errors=capacity_errors/>
        {if v.coaches.is_empty() {
            view! { <p class="empty">{t("matching-coaches-empty")}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="data-table">
                        <caption class="visually-hidden">{t("matching-coaches-caption")}</caption>
                        <thead><tr><th scope="col">{t("matching-col-coach")}</th><th scope="col">{t("matching-col-hours")}</th><th scope="col">{t("matching-col-expertise")}</th><th scope="col">{t("matching-col-taken")}</th><th scope="col">{t("matching-col-capacity")}</th></tr></thead>
                        <tbody>{v.coaches.into_iter().map(|c| view! { <CoachRow c cohort_id action=capacity areas=v.areas.clone()/> }).collect_view()}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
        {(!v.other_coaches.is_empty()).then(|| view! {
            <ErrorSummary errors=coach_errors/>
            <PostForm to=add_coach.url() class="form inline-add">
                <input type="hidden" name="form[cohort_id]" value=cohort_id/>
                <div class="field">
                    <label for="coach_id">{t("matching-add-coach")}</label>
                    <select id="coach_id" name="form[coach_id]">
                        {v.other_coaches.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-secondary">{t("matching-add-to-cohort")}</button>
            </PostForm>
        })}
    }
}

#[component]
fn PartnerCard(
    p: PartnerToMatch,
    cohort_id: i64,
    action: Form<MatchPair>,
    errors: Signal<shared::FieldErrors>,
    failed_partner: Signal<Option<i64>>,
    coaches_empty: bool,
) -> impl IntoView {
    let partner_id = p.id;
    let heading = format!("partner-{partner_id}");
    let labelled = heading.clone();
    view! {
        <li class="card match-card" aria-labelledby=labelled>
            <h3 id=heading>{p.name.clone()}</h3>
            <p class="hint">{tr("matching-partner-line", &[("library", p.library.clone().into()), ("place", zone_city_in(crate::i18n::lang(), &p.time_zone).into()), ("hours", p.working_hours.clone().into()), ("languages", p.languages.join(", ").into())])}</p>
            {(!p.connectivity.is_empty()).then(|| view! {
                <p class="hint"><strong>{t("matching-meets-by")}</strong>" "{p.connectivity.clone()}{(!p.preferred_times.is_empty()).then(|| format!(" · {}", tr("matching-prefers", &[("times", p.preferred_times.clone().into())])))}</p>
            })}
            <p><span class="tag">{crate::i18n::area(&p.area_code, &p.area_title)}</span></p>
            <details><summary>{t("matching-need")}</summary><p class="message-body">{p.need.clone()}</p></details>
            {match p.matched.clone() {
                Some((pid, coach)) => view! {
                    <p class="notice notice-success">{tr("matching-matched", &[("coach", coach.clone().into())])}" "<a href=format!("/partnerships/{pid}")>{t("matching-open")}</a></p>
                }.into_any(),
                None if coaches_empty => view! { <p class="empty">{t("matching-no-coaches")}</p> }.into_any(),
                None => view! {
                    {move || (failed_partner.get() == Some(partner_id)).then(|| errors.with(|e| e.first("over_capacity").or(e.first("_form")).or(e.first("coach_id")).map(|m| view! {
                        <p class="error-message" role="alert">{m.to_owned()}</p>
                    })))}
                    <ol class="suggestions">
                        {p.suggestions.into_iter().map(|s| view! { <SuggestionItem s partner_id cohort_id action/> }).collect_view()}
                    </ol>
                }.into_any(),
            }}
        </li>
    }
}

#[component]
fn SuggestionItem(
    s: Suggestion,
    partner_id: i64,
    cohort_id: i64,
    action: Form<MatchPair>,
) -> impl IntoView {
    let full = s.score.full();
    let warnings = s.score.warnings(crate::i18n::lang());
    let box_id = format!("over-{partner_id}-{}", s.coach_id);
    view! {
        <li class="suggestion">
            <div class="suggestion-head">
                <strong>{s.coach_name.clone()}</strong>
                <span class="hint">{format!(" · {}", zone_city_in(crate::i18n::lang(), &s.coach_zone))}</span>
                <span class="score" title=t("matching-score-title")>{tr("matching-score", &[("score", s.score.total.into())])}</span>
            </div>
            <p class="why">{s.score.why(crate::i18n::lang())}</p>
            {(!warnings.is_empty()).then(|| view! {
                <ul class="warnings">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            })}
            <PostForm to=action.url() class="inline-form">
                <input type="hidden" name="form[cohort_id]" value=cohort_id/>
                <input type="hidden" name="form[partner_id]" value=partner_id/>
                <input type="hidden" name="form[coach_id]" value=s.coach_id/>
                {full.then(|| view! {
                    <div class="checkbox">
                        <input type="checkbox" id=box_id.clone() name="form[over_capacity]" value="on"/>
                        <label for=box_id.clone()>{t("matching-beyond")}</label>
                    </div>
                })}
                <button type="submit" class=if full { "button button-secondary" } else { "button" }>{tr("matching-with", &[("coach", s.coach_name.clone().into())])}</button>
            </PostForm>
        </li>
    }
}

#[component]
fn CoachRow(
    c: CoachPlace,
    cohort_id: i64,
    action: Form<SetCoachCapacity>,
    areas: Vec<(String, String)>,
) -> impl IntoView {
    let field = format!("capacity-{}", c.id);
    let expertise = Form::<SetCoachExpertise>::new();
    let coach = c.id;
    view! {
        <tr>
            <th scope="row">{c.name.clone()}<br/><span class="hint">{format!("{} · {}", zone_city_in(crate::i18n::lang(), &c.time_zone), c.languages.join(", "))}</span></th>
            <td>{c.working_hours.clone()}</td>
            <td>
                {if c.expertise.is_empty() { t("matching-not-stated") } else { c.expertise.join(", ") }}
                <details class="expertise-edit">
                    <summary>{tr("matching-change-expertise", &[("coach", c.name.clone().into())])}</summary>
                    <PostForm to=expertise.url() class="form-compact">
                        <input type="hidden" name="form[cohort_id]" value=cohort_id/>
                        <input type="hidden" name="form[coach_id]" value=coach/>
                        {areas.into_iter().map(|(code, title)| {
                            let id = format!("expertise-{coach}-{code}");
                            let on = c.expertise_codes.contains(&code);
                            view! {
                                <div class="checkbox">
                                    <input type="checkbox" id=id.clone() name=format!("form[{code}]") checked=on/>
                                    <label for=id>{title}</label>
                                </div>
                            }
                        }).collect_view()}
                        <button type="submit" class="button button-secondary button-small">{t("matching-save-expertise")}</button>
                    </PostForm>
                </details>
            </td>
            <td>{tr("matching-load", &[("load", i64::from(c.load).into()), ("capacity", i64::from(c.capacity).into())])}</td>
            <td>
                <PostForm to=action.url() class="inline-form capacity-form">
                    <input type="hidden" name="form[cohort_id]" value=cohort_id/>
                    <input type="hidden" name="form[coach_id]" value=c.id/>
                    <label for=field.clone() class="visually-hidden">{tr("matching-capacity-of", &[("coach", c.name.clone().into())])}</label>
                    <input id=field.clone() name="form[capacity]" type="number" min="1" max="5" value=c.capacity class="input-narrow"/>
                    <button type="submit" class="button button-secondary button-small">{t("matching-save")}</button>
                </PostForm>
            </td>
        </tr>
    }
}
