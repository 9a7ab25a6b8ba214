//! `/matching`: the chair pairs each partner of a cohort with a coach, helped by ranked and
//! explained suggestions.

use super::api::{AddCohortCoach, MatchPair, SetCoachCapacity, SetCoachExpertise, get_matching};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, kept, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::partnership::{CoachPlace, MatchingView, PartnerToMatch, Suggestion};
use shared::time::{format_date, zone_city};

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
        <Title text="Match partners with coaches"/>
        {move || undone().then(|| view! { <p class="notice notice-success" role="status">"The match is undone. The partner waits for a coach again; both people are told."</p> })}
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
        <h1>"Match partners with coaches"</h1>
        <p class="lead">
            {format!("Cohort {}: partnerships run from {} to {}. ", v.cohort.name, format_date(&v.starts_on), format_date(&v.ends_on))}
            {match waiting { 0 => "Every partner with an objective has a coach.".to_owned(), 1 => "1 partner is waiting for a coach.".to_owned(), n => format!("{n} partners are waiting for a coach.") }}
        </p>
        {(v.cohorts.len() > 1).then(|| view! {
            <form method="get" action="/matching" class="filters inline-filters">
                <div class="field">
                    <label for="cohort">"Cohort"</label>
                    <select id="cohort" name="cohort">
                        {v.cohorts.iter().map(|c| view! { <option value=c.slug.clone() selected=c.slug == slug>{c.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-secondary">"Show"</button>
            </form>
        })}
        <details class="explainer">
            <summary>"How suggestions are ranked"</summary>
            <p>"Each coach of the cohort gets up to 100 points for a partner: 40 when the coach's expertise includes the partner's objective area; up to 30 for the overlap of both people's working hours, counted day by day over the whole partnership year so clock changes count (full points at 2 hours a day); 20 for a shared language; 10 for a free place. A coach already at capacity loses 30 points. You can choose any coach."</p>
        </details>
        <ErrorSummary errors=match_errors/>
        <h2 id="partners">"Partners"</h2>
        {if v.partners.is_empty() {
            view! { <p class="empty">"No partner has described their library and objective yet. Partners do this on their first visit; invite them from People."</p> }.into_any()
        } else {
            let coaches_empty = v.coaches.is_empty();
            view! {
                <ul class="card-list match-list">
                    {v.partners.into_iter().map(|p| view! { <PartnerCard p cohort_id action=match_action errors=match_errors failed_partner coaches_empty/> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(!v.partners_without_intake.is_empty()).then(|| view! {
            <p class="hint">{format!("Not ready to match (no objective yet): {}.", v.partners_without_intake.join(", "))}</p>
        })}
        <h2 id="coaches">"Coaches in this cohort"</h2>
        <ErrorSummary errors=capacity_errors/>
        {if v.coaches.is_empty() {
            view! { <p class="empty">"No coach is in this cohort yet. Accepted applicants join when they create their account; you can also add a coach below."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="data-table">
                        <caption class="visually-hidden">"Coaches, their working hours, expertise and places"</caption>
                        <thead><tr><th scope="col">"Coach"</th><th scope="col">"Working hours"</th><th scope="col">"Expertise"</th><th scope="col">"Places taken"</th><th scope="col">"Capacity"</th></tr></thead>
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
                    <label for="coach_id">"Add a coach to this cohort"</label>
                    <select id="coach_id" name="form[coach_id]">
                        {v.other_coaches.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-secondary">"Add to cohort"</button>
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
            <p class="hint">{format!("{} · {} · works {} · {}", p.library, zone_city(&p.time_zone), p.working_hours, p.languages.join(", "))}</p>
            {(!p.connectivity.is_empty()).then(|| view! {
                <p class="hint"><strong>"Meets by: "</strong>{p.connectivity.clone()}{(!p.preferred_times.is_empty()).then(|| format!(" · prefers {} (their time)", p.preferred_times))}</p>
            })}
            <p><span class="tag">{p.area_title.clone()}</span></p>
            <details><summary>"The need, in the partner's words"</summary><p class="message-body">{p.need.clone()}</p></details>
            {match p.matched.clone() {
                Some((pid, coach)) => view! {
                    <p class="notice notice-success">{format!("Matched with {coach}. ")}<a href=format!("/partnerships/{pid}")>"Open the partnership"</a></p>
                }.into_any(),
                None if coaches_empty => view! { <p class="empty">"Add coaches to the cohort to see suggestions."</p> }.into_any(),
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
    let box_id = format!("over-{partner_id}-{}", s.coach_id);
    view! {
        <li class="suggestion">
            <div class="suggestion-head">
                <strong>{s.coach_name.clone()}</strong>
                <span class="hint">{format!(" · {}", zone_city(&s.coach_zone))}</span>
                <span class="score" title="Score out of 100">{format!("{} / 100", s.score.total)}</span>
            </div>
            <p class="why">{s.score.why.clone()}</p>
            {(!s.score.warnings.is_empty()).then(|| view! {
                <ul class="warnings">{s.score.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
            })}
            <PostForm to=action.url() class="inline-form">
                <input type="hidden" name="form[cohort_id]" value=cohort_id/>
                <input type="hidden" name="form[partner_id]" value=partner_id/>
                <input type="hidden" name="form[coach_id]" value=s.coach_id/>
                {full.then(|| view! {
                    <div class="checkbox">
                        <input type="checkbox" id=box_id.clone() name="form[over_capacity]" value="on"/>
                        <label for=box_id.clone()>"Match beyond capacity"</label>
                    </div>
                })}
                <button type="submit" class=if full { "button button-secondary" } else { "button" }>{format!("Match with {}", s.coach_name)}</button>
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
            <th scope="row">{c.name.clone()}<br/><span class="hint">{format!("{} · {}", zone_city(&c.time_zone), c.languages.join(", "))}</span></th>
            <td>{c.working_hours.clone()}</td>
            <td>
                {if c.expertise.is_empty() { "Not stated".to_owned() } else { c.expertise.join(", ") }}
                <details class="expertise-edit">
                    <summary>{format!("Change {}'s expertise", c.name)}</summary>
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
                        <button type="submit" class="button button-secondary button-small">"Save expertise"</button>
                    </PostForm>
                </details>
            </td>
            <td>{format!("{} of {}", c.load, c.capacity)}</td>
            <td>
                <PostForm to=action.url() class="inline-form capacity-form">
                    <input type="hidden" name="form[cohort_id]" value=cohort_id/>
                    <input type="hidden" name="form[coach_id]" value=c.id/>
                    <label for=field.clone() class="visually-hidden">{format!("Capacity of {}", c.name)}</label>
                    <input id=field.clone() name="form[capacity]" type="number" min="1" max="5" value=c.capacity class="input-narrow"/>
                    <button type="submit" class="button button-secondary button-small">"Save"</button>
                </PostForm>
            </td>
        </tr>
    }
}
