//! One goal: its outcome, status, progress, milestones and history.

use super::*;

#[component]
pub fn GoalPage() -> impl IntoView {
    let id = param("id");
    let goal = param("goal");
    let save = Form::<SaveGoal>::new();
    let milestone = Form::<AddMilestone>::new();
    let toggle = Form::<SetMilestoneDone>::new();
    let change = Form::<ChangeMilestone>::new();
    let remove = Form::<RemoveMilestone>::new();
    let data = Resource::new(move || (id(), goal()), |(id, goal)| get_goal(id, goal));
    let goal_errors = save.errors();
    let milestone_errors = milestone.errors();
    let toggle_errors = toggle.errors();
    let change_errors = change.errors();
    let remove_errors = remove.errors();
    let saved = flag("saved");
    view! {
            <Title text=t("goal-title")/>
            <LiveRegion>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => {
                            let pid = d.head.id;
                            let g = d.goal.clone();
                            let current = d.head.status.is_current();
                            let told = tr("goal-saved", &[("who", crate::i18n::other_named(&d.head).into())]);
                            let style = crate::i18n::style();
                            view! {
                                <Head head=d.head.clone() tab=Tab::Overview/>
                                <p><a href=format!("/partnerships/{pid}#goals")>{t("goal-all")}</a></p>
                                {saved().then(|| view! { <p class="notice notice-success" role="status">{told.clone()}</p> })}
                                <h2>{g.title.clone()}</h2>
                                <p><span class=format!("tag goal-{}", g.status.code())>{t(&format!("goal-status-{}", g.status.code()))}</span>{format!(" {}%", g.progress)}</p>
                                {progress_bar(g.progress, t("goal-progress"))}
                                <p>{tr("goal-outcome", &[("outcome", g.outcome.clone().into())])}</p>
                                <h3 id="milestones">{t("milestones-title")}</h3>
                                <ErrorSummary errors=toggle_errors/>
                                <ErrorSummary errors=change_errors/>
                                <ErrorSummary errors=remove_errors/>
                                {if g.milestones.is_empty() {
                                    view! { <p class="empty">{t("milestones-empty")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="milestones">
                                            {g.milestones.clone().into_iter().map(|m| { let edit = m.clone(); let (starts, ends) = (d.head.starts_on.clone(), d.head.ends_on.clone()); view! {
                                                <li class:done=m.done class:overdue=m.overdue>
                                                    <span class="milestone-title">{m.title.clone()}</span>
                                                    <span class="hint">" · "{tr(if m.overdue { "milestone-due-overdue" } else if m.done { "milestone-due-done" } else { "milestone-due" }, &[("date", shared::time::format_date_in(style, &m.due_on).into())])}</span>
                                                    {current.then(|| view! {
                                                        <PostForm to=toggle.url() class="inline-form">
                                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                                            <input type="hidden" name="form[milestone_id]" value=m.id/>
                                                            <input type="hidden" name="form[done]" value=if m.done { "false" } else { "true" }/>
                                                            <button type="submit" class="button button-secondary button-small">{tr(if m.done { "milestone-reopen" } else { "milestone-mark-done" }, &[("title", m.title.clone().into())])}</button>
                                                        </PostForm>
                                                        <MilestoneEdit pid goal=g.id m=edit change=change.url() remove=remove.url() starts ends/>
                                                    })}
                                                </li>
                                            }}).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {current.then(|| view! {
                                    <ErrorSummary errors=milestone_errors/>
                                    <PostForm to=milestone.url() novalidate=true class="form">
    <RequestKey/>
                                        <input type="hidden" name="form[partnership_id]" value=pid/>
                                        <input type="hidden" name="form[goal_id]" value=g.id/>
                                        <Field label=t("milestone-new") name="milestone_title" value=kept("milestone_title") errors=milestone_errors/>
                                        <Field label=t("milestone-due-date") name="due_on" kind="date" value=kept("due_on") hint=t("milestone-due-hint") min=d.head.starts_on.clone() max=d.head.ends_on.clone() errors=milestone_errors/>
                                        <button type="submit" class="button button-secondary">{t("milestone-add")}</button>
                                    </PostForm>
                                    <section class="card" aria-labelledby="update-goal">
                                        <h3 id="update-goal">{t("goal-update-title")}</h3>
                                        <ErrorSummary errors=goal_errors/>
                                        <PostForm to=save.url() novalidate=true class="form">
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <input type="hidden" name="form[goal_id]" value=g.id/>
                                            <Field label=t("goal-field-title") name="title" value=kept_or("title", &g.title) errors=goal_errors/>
                                            <TextArea label=t("goal-field-outcome") name="outcome" value=kept_or("outcome", &g.outcome) rows=3 errors=goal_errors/>
                                            <div class="field">
                                                <label for="status">{t("goal-field-status")}</label>
                                                <select id="status" name="form[status]">
                                                    {GoalStatus::ALL.into_iter().map(|s| view! { <option value=s.code() selected=kept_or("status", g.status.code()) == s.code()>{t(&format!("goal-status-{}", s.code()))}</option> }).collect_view()}
                                                </select>
                                            </div>
                                            <Field label=t("goal-field-progress") name="progress" kind="number" value=kept_or("progress", &g.progress.to_string()) hint=t("goal-field-progress-hint") errors=goal_errors/>
                                            <button type="submit" class="button">{t("goal-save")}</button>
                                        </PostForm>
                                    </section>
                                })}
                                <h3 id="history">{t("goal-history")}</h3>
                                <ol class="history">
                                    {d.history.into_iter().map(|h| view! { <li><strong>{h.who}</strong>" · "<span class="hint">{h.at_local}</span><br/>{h.summary}</li> }).collect_view()}
                                </ol>
                            }
                            .into_any()
                        }
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
            </LiveRegion>
        }
}

/// "Change or remove" under a milestone: its wording and date (what was typed comes back when a
/// plain form post is returned), or its removal; the goal's history keeps the old one.
#[component]
fn MilestoneEdit(
    pid: i64,
    goal: i64,
    m: shared::partnership::MilestoneView,
    change: &'static str,
    remove: &'static str,
    starts: String,
    ends: String,
) -> impl IntoView {
    let returned = kept("milestone_id") == m.id.to_string();
    let title = if returned {
        kept("milestone_title")
    } else {
        m.title.clone()
    };
    let due = if returned {
        kept("due_on")
    } else {
        m.due_on.clone()
    };
    let (title_id, due_id) = (format!("m-{}-title", m.id), format!("m-{}-due", m.id));
    view! {
        <details class="milestone-edit" open=returned>
            <summary>{tr("milestone-change-or-remove", &[("title", m.title.clone().into())])}</summary>
            <PostForm to=change novalidate=true class="form">
                <input type="hidden" name="form[partnership_id]" value=pid/>
                <input type="hidden" name="form[milestone_id]" value=m.id/>
                <div class="field">
                    <label for=title_id.clone()>{t("milestone-field")}</label>
                    <input id=title_id type="text" name="form[milestone_title]" value=title/>
                </div>
                <div class="field">
                    <label for=due_id.clone()>{t("milestone-due-date")}</label>
                    <input id=due_id type="date" name="form[due_on]" value=due min=starts max=ends/>
                </div>
                <button type="submit" class="button button-secondary button-small">{t("milestone-save")}</button>
            </PostForm>
            <PostForm to=remove class="inline-form">
                <input type="hidden" name="form[partnership_id]" value=pid/>
                <input type="hidden" name="form[goal_id]" value=goal/>
                <input type="hidden" name="form[milestone_id]" value=m.id/>
                <button type="submit" class="button button-danger button-small">{t("milestone-remove")}</button>
            </PostForm>
        </details>
    }
}
