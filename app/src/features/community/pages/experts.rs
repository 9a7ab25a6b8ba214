//! `/community/experts` (the programme team's pool of experts, and the introductions coaches
//! asked for) and the part of a pair's introductions page where the coach asks for one.

use super::super::api::{DecideProposal, ProposeExpert, RetireExpert, SaveExpert, list_experts};
use crate::i18n::{Arg, clock_now, t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, RequestKey, TextArea, ZoneList, kept, kept_or,
    page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::FieldErrors;
use shared::experts::{ExpertChoice, ExpertForm, ExpertView, ProposalStatus, ProposalView};

fn status_tag(s: ProposalStatus) -> impl IntoView {
    let class = match s {
        ProposalStatus::Proposed => "tag tag-amber",
        ProposalStatus::Introduced => "tag tag-green",
        ProposalStatus::Declined => "tag",
    };
    view! { <span class=class>{t(&format!("proposal-status-{}", s.code()))}</span> }
}

/// One proposal: the expert, why, who asked and when, and the answer.
#[component]
fn ProposalCard(p: ProposalView, #[prop(optional)] decide: bool) -> impl IntoView {
    let answer = Form::<DecideProposal>::new();
    let errors = answer.errors();
    let note_id = format!("note-{}", p.id);
    view! {
        <article class="card event">
            <p class="hint">{status_tag(p.status)}" "{tr("proposal-asked", &[("who", p.proposed_by.clone().into()), ("day", Arg::Day(p.proposed_on.clone()))])}</p>
            <h3>{p.expert.clone()}</h3>
            <p class="hint">{p.expertise.clone()}</p>
            {p.pair.clone().map(|(id, pair)| view! { <p>{t("proposal-for")}" "<a href=format!("/partnerships/{id}")>{pair}</a></p> })}
            <p class="pre-line">{tr("introductions-why", &[("why", p.why.clone().into())])}</p>
            {(!p.note.is_empty()).then(|| view! { <p class="notice notice-info">{tr("proposal-note", &[("note", p.note.clone().into())])}</p> })}
            {decide.then(|| view! {
                <ErrorSummary errors/>
                <PostForm to=answer.url() class="form" novalidate=true>
                    <input type="hidden" name="form[id]" value=p.id/>
                    <div class="field">
                        <label for=note_id.clone()>{t("proposal-note-field")}</label>
                        <p class="hint">{t("proposal-note-hint")}</p>
                        <crate::ui::TextBox id=note_id.clone() name="form[note]" rows=2 value=kept("note")/>
                    </div>
                    <div class="button-row">
                        <button type="submit" name="form[decision]" value="introduced" class="button">{t("proposal-introduced")}</button>
                        <button type="submit" name="form[decision]" value="declined" class="button button-secondary">{t("proposal-decline")}</button>
                    </div>
                </PostForm>
            })}
        </article>
    }
}

/// On a pair's introductions page: the coach asks the team to introduce their partner to one
/// of the programme's experts; both members see what was asked and the answers.
#[component]
pub fn ExpertProposals(
    pid: i64,
    coach: bool,
    pool: Vec<ExpertChoice>,
    proposals: Vec<ProposalView>,
) -> impl IntoView {
    let propose = Form::<ProposeExpert>::new();
    let errors = propose.errors();
    // What was typed comes back into this form only (the page has another "why").
    let typed = move |key: &str| {
        use_context::<crate::ui::PostedForm>()
            .filter(|p| p.action == propose.url())
            .and_then(|p| p.value(key).map(str::to_owned))
            .unwrap_or_default()
    };
    let chosen = typed("expert_id");
    let expert_error = move || errors.with(|e| e.first("expert_id").map(str::to_owned));
    view! {
        <section aria-labelledby="experts-pool">
            <h2 id="experts-pool">{t("proposal-heading")}</h2>
            <p class="lead">{t(if coach { "proposal-lead-coach" } else { "proposal-lead-partner" })}</p>
            {if proposals.is_empty() {
                (!coach).then(|| view! { <p class="empty">{t("proposal-none")}</p> }).into_any()
            } else {
                view! { <ul class="event-list">{proposals.into_iter().map(|p| view! { <li><ProposalCard p/></li> }).collect_view()}</ul> }.into_any()
            }}
            {(coach && pool.is_empty()).then(|| view! { <p class="empty">{t("proposal-pool-empty")}</p> })}
            {(coach && !pool.is_empty()).then(|| view! {
                <div class="card">
                    <ErrorSummary errors/>
                    <PostForm to=propose.url() novalidate=true class="form">
                        <RequestKey/>
                        <input type="hidden" name="form[partnership_id]" value=pid/>
                        <fieldset class="field" class:field-error=move || expert_error().is_some()>
                            <legend id="expert_id">{t("proposal-expert")}</legend>
                            {move || expert_error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m}</p> })}
                            {pool.into_iter().map(|e| {
                                let id = format!("expert-{}", e.id);
                                let checked = chosen == e.id.to_string();
                                view! {
                                    <div class="checkbox">
                                        <input type="radio" id=id.clone() name="form[expert_id]" value=e.id checked=checked/>
                                        <label for=id>
                                            <strong>{e.name.clone()}</strong>" — "{e.expertise.clone()}
                                            <span class="hint">" · "{e.languages.join(", ")}" · "{tr("directory-clock", &[("time", clock_now(&e.time_zone).into()), ("place", Arg::Place(e.time_zone.clone()))])}</span>
                                        </label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <TextArea label=t("proposal-why") name="why" id="proposal-why" value=typed("why") hint=t("proposal-why-hint") rows=3 errors/>
                        <button type="submit" class="button">{t("proposal-send")}</button>
                    </PostForm>
                </div>
            })}
        </section>
    }
}

/// The team's form for an expert (a new one, or `stored`). Several forms post to the same
/// function on this page: only the one that was sent (`mine`) shows what was typed and its
/// errors.
fn expert_fields(
    stored: &ExpertForm,
    errors: Signal<FieldErrors>,
    mine: bool,
) -> impl IntoView + use<> {
    let errors = if mine {
        errors
    } else {
        Signal::stored(FieldErrors::new())
    };
    let kept_or = |key: &str, stored: &str| {
        if mine {
            kept_or(key, stored)
        } else {
            stored.to_owned()
        }
    };
    let consent_error = move || errors.with(|e| e.first("consent").map(str::to_owned));
    let ticked = stored.consent == "on";
    let ticked = if mine {
        crate::ui::kept_box("consent", ticked)
    } else {
        ticked
    };
    // Each expert's form has fields of its own: ids that no other form on the page uses.
    let at = if stored.id == 0 {
        "new".to_owned()
    } else {
        stored.id.to_string()
    };
    let id = move |field: &str| format!("expert-{at}-{field}");
    view! {
        <Field label=t("expert-name") name="name" id=id("name") value=kept_or("name", &stored.name) errors/>
        <TextArea label=t("expert-expertise") name="expertise" id=id("expertise") value=kept_or("expertise", &stored.expertise) rows=2 errors/>
        <Field label=t("expert-languages") name="languages" id=id("languages") value=kept_or("languages", &stored.languages) hint=t("apply-languages-hint") errors/>
        <Field label=t("expert-zone") name="time_zone" id=id("zone") value=kept_or("time_zone", &stored.time_zone) list="zones" hint=t("expert-zone-hint") errors/>
        <TextArea label=t("expert-contact") name="contact" id=id("contact") value=kept_or("contact", &stored.contact) hint=t("expert-contact-hint") rows=2 errors/>
        <div class="checkbox" class:field-error=move || consent_error().is_some()>
            {move || consent_error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m}</p> })}
            <input type="checkbox" id=id("consent") name="form[consent]" value="on" checked=ticked/>
            <label for=id("consent")>{t("expert-consent")}</label>
        </div>
        <Field label=t("expert-consent-note") name="consent_note" id=id("consent-note") value=kept_or("consent_note", &stored.consent_note) hint=t("expert-consent-note-hint") errors/>
    }
}

/// Whether the failed post this page renders for was the form for expert `id` (0: a new one).
fn sent_by(action: &str, id: i64) -> bool {
    use_context::<crate::ui::PostedForm>()
        .is_some_and(|p| p.action == action && p.value("id") == Some(id.to_string().as_str()))
}

#[component]
fn ExpertCard(e: ExpertView) -> impl IntoView {
    let save = Form::<SaveExpert>::new();
    let retire = Form::<RetireExpert>::new();
    let errors = save.errors();
    let id = e.choice.id;
    let mine = sent_by(save.url(), id);
    view! {
        <article class="card event" id=format!("expert-{id}")>
            <h3>{e.choice.name.clone()}{e.retired.then(|| view! { " "<span class="tag">{t("expert-retired")}</span> })}</h3>
            <p>{e.choice.expertise.clone()}</p>
            <dl class="figures">
                <div><dt>{t("expert-languages")}</dt><dd>{e.choice.languages.join(", ")}</dd></div>
                <div><dt>{t("directory-time-now")}</dt><dd>{tr("directory-clock", &[("time", clock_now(&e.choice.time_zone).into()), ("place", Arg::Place(e.choice.time_zone.clone()))])}</dd></div>
                <div><dt>{t("expert-contact")}</dt><dd class="pre-line">{e.contact.clone()}</dd></div>
                <div><dt>{t("expert-consent-on")}</dt><dd>{tr("expert-consent-recorded", &[("day", Arg::Day(e.consent_on.clone()))])}{(!e.consent_note.is_empty()).then(|| format!(" · {}", e.consent_note))}</dd></div>
                <div><dt>{t("expert-introduced")}</dt><dd>{e.introduced}</dd></div>
            </dl>
            <details open=mine>
                <summary>{t("expert-edit")}</summary>
                {mine.then(|| view! { <ErrorSummary errors/> })}
                <PostForm to=save.url() novalidate=true class="form">
                    <input type="hidden" name="form[id]" value=id/>
                    {expert_fields(&e.form, errors, mine)}
                    <button type="submit" class="button">{t("expert-save")}</button>
                </PostForm>
            </details>
            <PostForm to=retire.url() class="inline-form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="retire" value=if e.retired { "" } else { "on" }/>
                <button type="submit" class="button button-secondary button-small">{t(if e.retired { "expert-unretire" } else { "expert-retire" })}</button>
            </PostForm>
        </article>
    }
}

#[component]
pub fn ExpertsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| list_experts());
    let query = use_query_map();
    let notice = move || {
        query.with(|q| {
            ["saved", "answered"]
                .into_iter()
                .find(|k| q.get(k).is_some())
                .map(|k| view! { <p class="notice notice-success" role="status">{t(&format!("experts-{k}"))}</p> })
        })
    };
    let add = Form::<SaveExpert>::new();
    view! {
        <Title text=t("experts-title")/>
        {notice}
        <h1>{t("experts-heading")}</h1>
        <p class="lead">{t("experts-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => {
                        let errors = add.errors();
                        let adding = sent_by(add.url(), 0);
                        view! {
                            <section aria-labelledby="experts-waiting">
                                <h2 id="experts-waiting">{tr("experts-waiting", &[("count", page.waiting.len().into())])}</h2>
                                {if page.waiting.is_empty() {
                                    view! { <p class="empty">{t("experts-waiting-none")}</p> }.into_any()
                                } else {
                                    view! { <ul class="event-list">{page.waiting.into_iter().map(|p| view! { <li><ProposalCard p decide=true/></li> }).collect_view()}</ul> }.into_any()
                                }}
                            </section>
                            <section aria-labelledby="experts-pool-heading">
                                <h2 id="experts-pool-heading">{t("experts-pool")}</h2>
                                {if page.experts.is_empty() {
                                    view! { <p class="empty">{t("experts-empty")}</p> }.into_any()
                                } else {
                                    view! { <ul class="event-list">{page.experts.into_iter().map(|e| view! { <li><ExpertCard e/></li> }).collect_view()}</ul> }.into_any()
                                }}
                            </section>
                            <section class="card" aria-labelledby="experts-add">
                                <h2 id="experts-add">{t("experts-add")}</h2>
                                {adding.then(|| view! { <ErrorSummary errors/> })}
                                <PostForm to=add.url() novalidate=true class="form">
                                    <RequestKey/>
                                    <input type="hidden" name="form[id]" value="0"/>
                                    {expert_fields(&ExpertForm::default(), errors, adding)}
                                    <ZoneList/>
                                    <button type="submit" class="button">{t("experts-add-button")}</button>
                                </PostForm>
                            </section>
                            {(!page.decided.is_empty()).then(|| view! {
                                <section aria-labelledby="experts-decided">
                                    <h2 id="experts-decided">{t("experts-decided")}</h2>
                                    <ul class="event-list">{page.decided.into_iter().map(|p| view! { <li><ProposalCard p/></li> }).collect_view()}</ul>
                                </section>
                            })}
                        }.into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}
