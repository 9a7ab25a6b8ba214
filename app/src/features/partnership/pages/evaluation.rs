//! `/partnerships/{id}/evaluation`: in the year's last month each member tells the programme
//! team how the year went (the other member never sees it) and the pair sets each goal's final
//! outcome; the programme team reads both answers.

use super::super::api::{SaveEvaluation, SetGoalOutcome, get_evaluation};
use crate::i18n::{t, tr};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, TextArea, kept_or, page_error, radios};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::evaluation::{Again, AnswerView, Broadened, EvaluationPage, GoalOutcome, Reached};
use shared::partnership::Side;

/// A choice's options, each named by its key (`{prefix}-{code}`).
fn options<T: Copy>(all: &[T], code: fn(T) -> &'static str, prefix: &str) -> Vec<(String, String)> {
    all.iter()
        .map(|x| (code(*x).to_owned(), t(&format!("{prefix}-{}", code(*x)))))
        .collect()
}

#[component]
pub fn EvaluationPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse().ok()).unwrap_or(0));
    let data = Resource::new(id, get_evaluation);
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Title text=t("evaluation-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(EvaluationPage::Member { partnership_id, side, other_name, opens_on, form, answered, goals }) => view! {
                        <div class="narrow">
                            <p><a href=format!("/partnerships/{partnership_id}")>{t("evaluation-back")}</a></p>
                            <h1>{t("evaluation-title")}</h1>
                            {move || saved().then(|| view! { <p class="notice notice-success" role="status">{t("evaluation-thanks")}</p> })}
                            {match opens_on {
                                Some(day) => view! {
                                    <p class="notice notice-info">{tr("evaluation-opens", &[("date", shared::time::format_date_in(crate::i18n::style(), &day).into())])}</p>
                                }.into_any(),
                                None => view! {
                                    <p class="lead">{tr("evaluation-lead", &[("who", other_name.into())])}</p>
                                    {answered.then(|| view! { <p class="hint">{t("evaluation-answered")}</p> })}
                                    <Outcomes partnership_id goals/>
                                    <Answers side form/>
                                }.into_any(),
                            }}
                        </div>
                    }.into_any(),
                    Ok(EvaluationPage::Team { partnership_id, pair, answers, goals }) => view! {
                        <p><a href=format!("/partnerships/{partnership_id}")>{t("evaluation-back")}</a></p>
                        <h1>{tr("evaluation-team-title", &[("pair", pair.into())])}</h1>
                        <p class="lead">{t("evaluation-team-lead")}</p>
                        <TeamAnswers answers goals/>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

/// Each goal's final outcome, set by either member for both to see.
#[component]
fn Outcomes(partnership_id: i64, goals: Vec<GoalOutcome>) -> impl IntoView {
    let set = Form::<SetGoalOutcome>::new();
    let errors = set.errors();
    view! {
        <section class="card" aria-labelledby="outcomes">
            <h2 id="outcomes">{t("evaluation-outcomes")}</h2>
            <p class="hint">{t("evaluation-outcomes-hint")}</p>
            <ErrorSummary errors/>
            {if goals.is_empty() {
                view! { <p class="empty">{t("evaluation-no-goals")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {goals.into_iter().map(|g| {
                            let select_id = format!("outcome-{}", g.goal_id);
                            view! {
                                <li>
                                    <PostForm to=set.url() class="inline-form">
                                        <input type="hidden" name="form[partnership_id]" value=partnership_id/>
                                        <input type="hidden" name="form[goal_id]" value=g.goal_id/>
                                        <label for=select_id.clone()>{g.title.clone()}</label>" "
                                        <select id=select_id name="form[outcome]">
                                            <option value="" selected=g.outcome.is_empty()>{t("evaluation-not-set")}</option>
                                            {Reached::ALL.iter().map(|r| view! { <option value=r.code() selected=g.outcome == r.code()>{t(&format!("reached-{}", r.code()))}</option> }).collect_view()}
                                        </select>" "
                                        <button type="submit" class="button button-small button-secondary">{t("evaluation-save")}</button>
                                    </PostForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The member's own answers.
#[component]
fn Answers(side: Side, form: shared::evaluation::EvaluationForm) -> impl IntoView {
    let save = Form::<SaveEvaluation>::new();
    let errors = save.errors();
    let ratings: Vec<(String, String)> = (1..=5)
        .map(|r| {
            (
                r.to_string(),
                match r {
                    1 => t("evaluation-poor"),
                    5 => t("evaluation-excellent"),
                    n => n.to_string(),
                },
            )
        })
        .collect();
    let quote = kept_or("quote_ok", &form.quote_ok) == "on";
    view! {
        <section aria-labelledby="answers">
            <h2 id="answers">{t("evaluation-answers")}</h2>
            <ErrorSummary errors/>
            <PostForm to=save.url() novalidate=true class="form">
                <input type="hidden" name="form[partnership_id]" value=form.partnership_id/>
                {radios("goals_reached", t("evaluation-reached"), "", options(Reached::ALL, Reached::code, "reached"), kept_or("goals_reached", &form.goals_reached), errors)}
                <TextArea label=t("evaluation-helped") name="helped" value=kept_or("helped", &form.helped) rows=4 errors/>
                <TextArea label=t("evaluation-change") name="change" value=kept_or("change", &form.change) rows=4 errors/>
                {(side == Side::Coach).then(|| radios("broadened", t("evaluation-broadened"), t("evaluation-broadened-hint"), options(Broadened::ALL, Broadened::code, "broadened"), kept_or("broadened", &form.broadened), errors))}
                {radios("rating", t("evaluation-rating"), "", ratings, kept_or("rating", &form.rating), errors)}
                {radios("again", t("evaluation-again"), "", options(Again::ALL, Again::code, "again"), kept_or("again", &form.again), errors)}
                <div class="checkbox">
                    <input type="checkbox" id="quote_ok" name="form[quote_ok]" checked=quote/>
                    <label for="quote_ok">{t("evaluation-quote")}</label>
                </div>
                <button type="submit" class="button">{t("evaluation-send")}</button>
            </PostForm>
        </section>
    }
}

#[component]
fn TeamAnswers(answers: Vec<AnswerView>, goals: Vec<GoalOutcome>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="goal-outcomes">
            <h2 id="goal-outcomes">{t("evaluation-team-goals")}</h2>
            {if goals.is_empty() {
                view! { <p class="empty">{t("evaluation-team-no-goals")}</p> }.into_any()
            } else {
                view! { <ul>{goals.into_iter().map(|g| view! { <li>{g.title}": "{Reached::from_code(&g.outcome).map_or_else(|| t("evaluation-not-set"), |r| t(&format!("reached-{}", r.code())))}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        {if answers.is_empty() {
            view! { <p class="empty">{t("evaluation-team-none")}</p> }.into_any()
        } else {
            answers.into_iter().map(|a| view! {
                <section class="card" aria-label=tr("evaluation-team-of", &[("who", a.name.clone().into())])>
                    <h2>{tr("evaluation-team-member", &[("who", a.name.clone().into()), ("side", (if a.side == Side::Coach { "coach" } else { "partner" }).into())])}</h2>
                    <dl class="answers">
                        <dt>{t("evaluation-team-reached")}</dt><dd>{a.goals_reached}</dd>
                        <dt>{t("evaluation-team-helped")}</dt><dd class="message-body">{a.helped}</dd>
                        <dt>{t("evaluation-team-change")}</dt><dd class="message-body">{a.change}</dd>
                        {(a.side == Side::Coach).then(|| view! { <dt>{t("evaluation-team-broadened")}</dt><dd>{a.broadened.clone()}</dd> })}
                        <dt>{t("evaluation-team-rating")}</dt><dd>{tr("evaluation-team-rating-of", &[("rating", u32::from(a.rating).into())])}</dd>
                        <dt>{t("evaluation-team-again")}</dt><dd>{a.again}</dd>
                        <dt>{t("evaluation-team-quote")}</dt><dd>{if a.quote_ok { t("evaluation-team-quote-yes") } else { t("evaluation-team-quote-no") }}</dd>
                    </dl>
                    <p class="hint">{tr("evaluation-team-answered", &[("when", a.submitted_local.clone().into())])}</p>
                </section>
            }).collect_view().into_any()
        }}
    }
}
