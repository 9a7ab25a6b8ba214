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
            <Title text="Goal"/>
            <LiveRegion>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => {
                            let pid = d.head.id;
                            let g = d.goal.clone();
                            let current = d.head.status.is_current();
                            let told = format!("Goal saved. {}, is told.", d.head.other_named());
                            view! {
                                <Head head=d.head.clone() tab=Tab::Overview/>
                                <p><a href=format!("/partnerships/{pid}#goals")>"All goals"</a></p>
                                {saved().then(|| view! { <p class="notice notice-success" role="status">{told.clone()}</p> })}
                                <h2>{g.title.clone()}</h2>
                                <p><span class=format!("tag goal-{}", g.status.code())>{g.status.label()}</span>{format!(" {}%", g.progress)}</p>
                                {progress_bar(g.progress, "Progress".into())}
                                <p>{format!("Outcome: {}", g.outcome)}</p>
                                <h3 id="milestones">"Milestones"</h3>
                                <ErrorSummary errors=toggle_errors/>
                                <ErrorSummary errors=change_errors/>
                                <ErrorSummary errors=remove_errors/>
                                {if g.milestones.is_empty() {
                                    view! { <p class="empty">"No milestones yet. Break the goal into dated steps within the partnership year."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="milestones">
                                            {g.milestones.clone().into_iter().map(|m| { let edit = m.clone(); let (starts, ends) = (d.head.starts_on.clone(), d.head.ends_on.clone()); view! {
                                                <li class:done=m.done class:overdue=m.overdue>
                                                    <span class="milestone-title">{m.title.clone()}</span>
                                                    <span class="hint">{format!(" · due {}{}", format_date(&m.due_on), if m.overdue { " · overdue" } else if m.done { " · done" } else { "" })}</span>
                                                    {current.then(|| view! {
                                                        <PostForm to=toggle.url() class="inline-form">
                                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                                            <input type="hidden" name="form[milestone_id]" value=m.id/>
                                                            <input type="hidden" name="form[done]" value=if m.done { "false" } else { "true" }/>
                                                            <button type="submit" class="button button-secondary button-small">{if m.done { format!("Reopen \"{}\"", m.title) } else { format!("Mark \"{}\" done", m.title) }}</button>
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
                                        <Field label="New milestone" name="milestone_title" value=kept("milestone_title") errors=milestone_errors/>
                                        <Field label="Due date" name="due_on" kind="date" value=kept("due_on") hint="Within the partnership year" min=d.head.starts_on.clone() max=d.head.ends_on.clone() errors=milestone_errors/>
                                        <button type="submit" class="button button-secondary">"Add milestone"</button>
                                    </PostForm>
                                    <section class="card" aria-labelledby="update-goal">
                                        <h3 id="update-goal">"Update the goal"</h3>
                                        <ErrorSummary errors=goal_errors/>
                                        <PostForm to=save.url() novalidate=true class="form">
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <input type="hidden" name="form[goal_id]" value=g.id/>
                                            <Field label="Goal" name="title" value=kept_or("title", &g.title) errors=goal_errors/>
                                            <TextArea label="Measurable outcome" name="outcome" value=kept_or("outcome", &g.outcome) rows=3 errors=goal_errors/>
                                            <div class="field">
                                                <label for="status">"Status"</label>
                                                <select id="status" name="form[status]">
                                                    {GoalStatus::ALL.into_iter().map(|s| view! { <option value=s.code() selected=kept_or("status", g.status.code()) == s.code()>{s.label()}</option> }).collect_view()}
                                                </select>
                                            </div>
                                            <Field label="Progress (%)" name="progress" kind="number" value=kept_or("progress", &g.progress.to_string()) hint="0 to 100; a goal marked done counts as 100" errors=goal_errors/>
                                            <button type="submit" class="button">"Save goal"</button>
                                        </PostForm>
                                    </section>
                                })}
                                <h3 id="history">"History"</h3>
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
            <summary>{format!("Change or remove \"{}\"", m.title)}</summary>
            <PostForm to=change novalidate=true class="form">
                <input type="hidden" name="form[partnership_id]" value=pid/>
                <input type="hidden" name="form[milestone_id]" value=m.id/>
                <div class="field">
                    <label for=title_id.clone()>"Milestone"</label>
                    <input id=title_id type="text" name="form[milestone_title]" value=title/>
                </div>
                <div class="field">
                    <label for=due_id.clone()>"Due date"</label>
                    <input id=due_id type="date" name="form[due_on]" value=due min=starts max=ends/>
                </div>
                <button type="submit" class="button button-secondary button-small">"Save the milestone"</button>
            </PostForm>
            <PostForm to=remove class="inline-form">
                <input type="hidden" name="form[partnership_id]" value=pid/>
                <input type="hidden" name="form[goal_id]" value=goal/>
                <input type="hidden" name="form[milestone_id]" value=m.id/>
                <button type="submit" class="button button-danger button-small">"Remove the milestone"</button>
            </PostForm>
        </details>
    }
}
