//! A partnership's page for the programme team: figures, what the pair shared, the status and
//! the year's controls.

use super::*;

#[component]
pub(super) fn TeamPage(t: TeamView, status: Form<SetPartnershipStatus>) -> impl IntoView {
    let head = t.figures.head.clone();
    let errors = status.errors();
    let moves: Vec<PartnershipStatus> = PartnershipStatus::ALL
        .into_iter()
        .filter(|s| head.status.can_move(*s))
        .collect();
    let id = head.id;
    let saved = flag("status");
    let extended = flag("extended");
    let replaced = flag("replaced");
    let other_coaches = t.other_coaches.clone();
    let may_undo = t.may_undo;
    view! {
        <Head head=head.clone() tab=Tab::Overview/>
        {alert_list(t.alerts.clone())}
        <p class="notice notice-info">"As programme team you see this partnership's figures and the journal entries its members chose to share. The rest of the workspace stays with the pair."</p>
        {move || saved().then(|| view! { <p class="notice notice-success" role="status">"Status saved; both people are told."</p> })}
        {move || extended().then(|| view! { <p class="notice notice-success" role="status">"The partnership is extended; both people are told."</p> })}
        {move || replaced().then(|| view! { <p class="notice notice-success" role="status">"The coach is changed; the partner and both coaches are told."</p> })}
        <h2>"Objective area"</h2>
        <p>{head.area_title.clone()}</p>
        <h2>"Figures"</h2>
        <Figures f=t.figures.clone()/>
        <p><a href=format!("/partnerships/{id}/hours")>"Support hours month by month"</a>" · "<a href=format!("/partnerships/{id}/evaluation")>"End-of-year evaluation"</a>" · "<a href=format!("/partnerships/{id}/summary")>"One-page summary"</a>" · "<a href=format!("/cohorts/{}/report", head.cohort_slug)>"The cohort's report"</a></p>
        <h2 id="shared">"Shared with the programme team"</h2>
        {if t.shared_entries.is_empty() {
            view! { <p class="empty">"Nothing shared yet. Journal entries stay private to the pair unless their author shares them."</p> }.into_any()
        } else {
            view! { <ul class="card-list">{t.shared_entries.into_iter().map(|e| view! { <EntryItem e partnership=id action=None/> }).collect_view()}</ul> }.into_any()
        }}
        {(!moves.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="change-status">
                <h2 id="change-status">"Change the status"</h2>
                <ErrorSummary errors/>
                <PostForm to=status.url() novalidate=true class="form">
                    <input type="hidden" name="form[partnership_id]" value=id/>
                    <div class="field">
                        <label for="status">"New status"</label>
                        <select id="status" name="form[status]">
                            {moves.into_iter().map(|s| view! { <option value=s.code() selected=kept("status") == s.code()>{s.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextArea label="Reason" name="reason" value=kept("reason") hint="Needed when the partnership ends early; both people read it." rows=3 errors/>
                    <button type="submit" class="button button-secondary">"Save status"</button>
                </PostForm>
            </section>
        })}
        <YearControls head may_undo other_coaches/>
    }
}
