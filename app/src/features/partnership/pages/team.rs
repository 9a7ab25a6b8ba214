//! A partnership's page for the programme team: figures, what the pair shared, the status and
//! the year's controls.

use super::*;

#[component]
pub(super) fn TeamPage(team: TeamView, status: Form<SetPartnershipStatus>) -> impl IntoView {
    let head = team.figures.head.clone();
    let errors = status.errors();
    let moves: Vec<PartnershipStatus> = PartnershipStatus::ALL
        .into_iter()
        .filter(|s| head.status.can_move(*s))
        .collect();
    let id = head.id;
    let saved = flag("status");
    let extended = flag("extended");
    let replaced = flag("replaced");
    let other_coaches = team.other_coaches.clone();
    let may_undo = team.may_undo;
    view! {
        <Head head=head.clone() tab=Tab::Overview/>
        {alert_list(team.alerts.clone())}
        <p class="notice notice-info">{t("team-view-notice")}</p>
        {move || saved().then(|| view! { <p class="notice notice-success" role="status">{t("team-status-saved")}</p> })}
        {move || extended().then(|| view! { <p class="notice notice-success" role="status">{t("team-extended")}</p> })}
        {move || replaced().then(|| view! { <p class="notice notice-success" role="status">{t("team-replaced")}</p> })}
        <h2>{t("team-area")}</h2>
        <p>{crate::i18n::area(&head.area_code, &head.area_title)}</p>
        <h2>{t("team-figures")}</h2>
        <Figures f=team.figures.clone()/>
        <p><a href=format!("/partnerships/{id}/hours")>{t("team-hours-link")}</a>" · "<a href=format!("/partnerships/{id}/evaluation")>{t("team-evaluation-link")}</a>" · "<a href=format!("/partnerships/{id}/summary")>{t("team-summary-link")}</a>" · "<a href=format!("/cohorts/{}/report", head.cohort_slug)>{t("team-report-link")}</a></p>
        <h2 id="shared">{t("team-shared")}</h2>
        {if team.shared_entries.is_empty() {
            view! { <p class="empty">{t("team-shared-empty")}</p> }.into_any()
        } else {
            view! { <ul class="card-list">{team.shared_entries.into_iter().map(|e| view! { <EntryItem e partnership=id action=None/> }).collect_view()}</ul> }.into_any()
        }}
        {(!moves.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="change-status">
                <h2 id="change-status">{t("team-change-status")}</h2>
                <ErrorSummary errors/>
                <PostForm to=status.url() novalidate=true class="form">
                    <input type="hidden" name="form[partnership_id]" value=id/>
                    <div class="field">
                        <label for="status">{t("team-new-status")}</label>
                        <select id="status" name="form[status]">
                            {moves.into_iter().map(|s| view! { <option value=s.code() selected=kept("status") == s.code()>{t(&format!("partnership-status-{}", s.code()))}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextArea label=t("team-reason") name="reason" value=kept("reason") hint=t("team-reason-hint") rows=3 errors/>
                    <button type="submit" class="button button-secondary">{t("team-save-status")}</button>
                </PostForm>
            </section>
        })}
        <YearControls head may_undo other_coaches/>
    }
}
