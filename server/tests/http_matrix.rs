//! Who may call what: every server function Leptos registered, and the plain routes, called as
//! nobody, the chair, the pair's coach and partner, and the other pair's coach and partner, each
//! against the first pair's records. The expected answer of each route is written down once
//! here; a server function without a row fails the test, so a new one must say who may call it.
#![allow(clippy::unwrap_used)]

mod common;

use app::server::AuthSettings;
use axum::body::Body;
use common::pairs::*;
use common::*;
use http::{Request, header};
use jiff::Timestamp;

/// Callers, in the order of the expected statuses.
const WHO: [&str; 6] = [
    "nobody",
    "chair",
    "coach",
    "partner",
    "other coach",
    "other partner",
];

/// (function, body, expected statuses for WHO). In bodies: {pid} the pair, {goal}, {entry},
/// {session}, {concern}, {milestone} its records, {cohort} its cohort, {coach} and {partner}
/// its people, {key} a fresh request key, {fresh} a fresh word (a new address each call).
const FUNCTIONS: &[(&str, &str, [u16; 6])] = &[
    ("get_current_user", "", [200, 200, 200, 200, 200, 200]),
    (
        "sign_in",
        "form[email]=nobody%40x.org&form[password]=wrong+password",
        [422, 422, 422, 422, 422, 422],
    ),
    ("sign_out", "", [200, 200, 200, 200, 200, 200]),
    (
        "invite_person",
        "form[email]=new%40lib.org&form[display_name]=New&form[role]=coach",
        [401, 200, 403, 403, 403, 403],
    ),
    ("list_people", "", [401, 200, 403, 403, 403, 403]),
    ("list_outbox", "", [401, 200, 403, 403, 403, 403]),
    (
        "change_email",
        "form[new_email]=m{fresh}@x.org&form[password]=wrong",
        [401, 422, 422, 422, 422, 422],
    ),
    (
        "get_email_change",
        "token=0000",
        [409, 409, 409, 409, 409, 409],
    ),
    (
        "confirm_email",
        "token=0000",
        [409, 409, 409, 409, 409, 409],
    ),
    (
        "change_account",
        "id={coach}&change=reopen",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "change_invitation",
        "id=999999&change=extend",
        [401, 409, 403, 403, 403, 403],
    ),
    ("retry_message", "id=999999", [401, 409, 403, 403, 403, 403]),
    ("get_mail_preferences", "", [401, 200, 200, 200, 200, 200]),
    (
        "save_mail_preferences",
        "form[sessions]=immediately&form[reminders]=off&form[partnership]=immediately&form[alerts]=off",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "get_unsubscribe",
        "token=0000000000000000000000000000000000000000000000000000000000000000",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "forgot_password",
        "form[email]=m{fresh}@x.org",
        [200, 200, 200, 200, 200, 200],
    ),
    (
        "check_reset_link",
        "token=0000",
        [409, 409, 409, 409, 409, 409],
    ),
    (
        "reset_password",
        "form[token]=0000&form[password]=mekong+river+library&form[password_confirm]=mekong+river+library",
        [409, 409, 409, 409, 409, 409],
    ),
    (
        "send_application_link",
        "form[email]=m{fresh}@x.org",
        [200, 200, 200, 200, 200, 200],
    ),
    (
        "get_invitation",
        "token=0000",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "accept_invitation",
        "form[token]=0000&form[display_name]=X&form[time_zone]=UTC&form[languages]=English&form[password]=river+lantern+cup&form[password_confirm]=river+lantern+cup",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "update_profile",
        "form[display_name]=Renamed&form[time_zone]=UTC&form[languages]=English&form[work_start]=09%3A00&form[work_end]=17%3A00",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "change_password",
        "form[current_password]=wrong+one+here&form[password]=river+lantern+cup&form[password_confirm]=river+lantern+cup",
        [401, 422, 422, 422, 422, 422],
    ),
    (
        "set_time_zone",
        "time_zone=Asia%2FPhnom_Penh",
        [401, 200, 200, 200, 200, 200],
    ),
    ("get_call", "", [200, 200, 200, 200, 200, 200]),
    (
        "get_application",
        "token=0000",
        [404, 404, 404, 404, 404, 404],
    ),
    ("get_hours", "id={pid}", [401, 200, 200, 200, 404, 404]),
    (
        "save_hours",
        "form[partnership_id]={pid}&form[entry_id]=0&form[on_date]=2027-03-02&form[minutes]=30&form[category]=other{key}",
        [401, 403, 422, 409, 404, 404],
    ),
    ("get_privacy_notice", "", [200, 200, 200, 200, 200, 200]),
    // A finished pair keeps its journal; this one still runs.
    (
        "keep_journal",
        "form[partnership_id]={pid}&form[keep]=on",
        [401, 403, 409, 409, 404, 404],
    ),
    // Erasure: each signed-in person's own request; the chair alone answers (none exists here).
    ("get_my_erasure", "", [401, 200, 200, 200, 200, 200]),
    (
        "request_erasure",
        "form[understood]=",
        [401, 422, 422, 422, 422, 422],
    ),
    (
        "withdraw_erasure",
        "form[request_id]=999999",
        [401, 404, 404, 404, 404, 404],
    ),
    ("get_erasures", "", [401, 200, 403, 403, 403, 403]),
    (
        "object_to_erasure",
        "form[request_id]=999999&form[reason]=An+open+concern",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "confirm_erasure",
        "form[request_id]=999999",
        [401, 404, 403, 403, 403, 403],
    ),
    ("list_concerns", "", [401, 200, 200, 200, 200, 200]),
    (
        "raise_concern",
        "form[partnership_id]={pid}&form[category]=engagement&form[severity]=low&form[description]=A+quiet+month+so+far{key}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "get_concern",
        "id={concern}",
        [401, 200, 404, 200, 404, 404],
    ),
    (
        "update_concern",
        "form[concern_id]={concern}&form[status]=acknowledged{key}",
        [401, 200, 403, 403, 403, 403],
    ),
    // The author answers in the thread; the team handles it instead; the coach cannot see it yet.
    (
        "reply_to_concern",
        "form[concern_id]={concern}&form[reply]=Still+quiet{key}",
        [401, 403, 404, 200, 404, 404],
    ),
    (
        "share_concern",
        "form[concern_id]={concern}&form[share]=on",
        [401, 403, 404, 200, 404, 404],
    ),
    (
        "get_dashboard",
        "filter[cohort]=",
        [401, 200, 403, 403, 403, 403],
    ),
    ("get_home", "", [401, 200, 200, 200, 200, 200]),
    ("accept_commitments", "", [401, 200, 200, 200, 200, 200]),
    ("get_intake", "", [401, 403, 403, 200, 403, 200]),
    (
        "save_intake",
        "form[library]=Mekong+Library&form[position]=Director&form[city]=Phnom+Penh&form[time_zone]=Asia%2FPhnom_Penh&form[languages]=Khmer&form[connectivity]=video&form[preferred_times]=Mornings&form[objective_area]=collections&form[need]=We+need+a+discovery+page+for+e-journals+and+staff+training",
        [401, 403, 403, 200, 403, 200],
    ),
    ("get_matching", "cohort=", [401, 200, 403, 403, 403, 403]),
    (
        "match_pair",
        "form[cohort_id]={cohort}&form[partner_id]={partner}&form[coach_id]={coach}",
        [401, 409, 403, 403, 403, 403],
    ),
    (
        "add_cohort_coach",
        "form[cohort_id]={cohort}&form[coach_id]={coach}",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "set_coach_expertise",
        "form[cohort_id]={cohort}&form[coach_id]={coach}&form[training]=on",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "set_coach_capacity",
        "form[cohort_id]={cohort}&form[coach_id]={coach}&form[capacity]=2",
        [401, 200, 403, 403, 403, 403],
    ),
    ("list_partnerships", "", [401, 200, 200, 200, 200, 200]),
    (
        "get_partnership",
        "id={pid}",
        [401, 200, 200, 200, 404, 404],
    ),
    (
        "set_partnership_status",
        "form[partnership_id]={pid}&form[status]=active&form[reason]=",
        [401, 409, 403, 403, 403, 403],
    ),
    ("get_evaluation", "id={pid}", [401, 200, 200, 200, 404, 404]),
    (
        "replace_coach",
        "form[partnership_id]={pid}&form[coach_id]={coach}&form[because]=x",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "save_evaluation",
        "form[partnership_id]={pid}&form[goals_reached]=yes&form[helped]=Calls&form[change]=More&form[broadened]=yes&form[rating]=4&form[again]=yes",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "set_goal_outcome",
        "form[partnership_id]={pid}&form[goal_id]={goal}&form[outcome]=yes",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "extend_partnership",
        "form[partnership_id]={pid}&form[months]=3&form[why]=The+library+moved",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "undo_match",
        "partnership_id=999999",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "save_goal",
        "form[partnership_id]={pid}&form[goal_id]=0&form[title]=Another+goal&form[outcome]=Measured{key}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "get_goal",
        "partnership_id={pid}&goal_id={goal}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "add_milestone",
        "form[partnership_id]={pid}&form[goal_id]={goal}&form[milestone_title]=Step&form[due_on]=2027-06-01{key}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "set_milestone_done",
        "form[partnership_id]={pid}&form[milestone_id]={milestone}&form[done]=on",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "change_milestone",
        "form[partnership_id]={pid}&form[milestone_id]={milestone}&form[milestone_title]=Renamed+step&form[due_on]=2027-06-02",
        [401, 403, 200, 200, 404, 404],
    ),
    // The coach removes it; the partner's removal finds it gone and changes nothing.
    (
        "remove_milestone",
        "form[partnership_id]={pid}&form[goal_id]={goal}&form[milestone_id]={milestone}",
        [401, 403, 200, 200, 404, 404],
    ),
    ("get_journal", "id={pid}", [401, 403, 200, 200, 404, 404]),
    (
        "add_journal_entry",
        "form[partnership_id]={pid}&form[kind]=note&form[body]=A+note{key}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "share_journal_entry",
        "form[partnership_id]={pid}&form[entry_id]={entry}&form[share]=on",
        [401, 403, 403, 200, 404, 404],
    ),
    ("get_resources", "id={pid}", [401, 403, 200, 200, 404, 404]),
    (
        "add_resource",
        "form[partnership_id]={pid}&form[title]=Guide&form[url]=https%3A%2F%2Fexample.org&form[area]=collections{key}",
        [401, 403, 200, 409, 404, 404],
    ),
    (
        "get_introductions",
        "id={pid}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "save_introduction",
        "form[partnership_id]={pid}&form[introduction_id]=0&form[expert]=A+colleague&form[why]=Same+work{key}",
        [401, 403, 200, 409, 404, 404],
    ),
    ("get_notifications", "", [401, 200, 200, 200, 200, 200]),
    (
        "dismiss_all_notifications",
        "",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "dismiss_notification",
        "id=999999",
        [401, 404, 404, 404, 404, 404],
    ),
    ("get_programme", "", [200, 200, 200, 200, 200, 200]),
    ("get_programme_form", "", [401, 200, 403, 403, 403, 403]),
    ("get_cohorts", "", [401, 200, 403, 403, 403, 403]),
    (
        "invite_partners",
        "form[cohort]={cohort_slug}&form[list]=",
        [401, 422, 403, 403, 403, 403],
    ),
    ("get_pair_card", "", [401, 403, 200, 200, 200, 200]),
    (
        "save_pair_card",
        "form[phone]=call+me",
        [401, 403, 422, 422, 422, 422],
    ),
    (
        "get_cohort_report",
        "cohort={cohort_slug}",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "get_partnership_summary",
        "id={pid}",
        [401, 200, 200, 200, 404, 404],
    ),
    (
        "get_certificate",
        "cohort={cohort_slug}&person={coach}",
        [401, 200, 200, 404, 404, 404],
    ),
    (
        "get_cohort",
        "cohort={cohort_slug}",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "save_cohort",
        "form[slug]=&form[name]=&form[country]=&form[partner_time_zone]=&form[call_opens_on]=&form[deadline_on]=&form[deadline_time_zone]=&form[starts_on]=&form[months]=&form[min_sessions]=&form[hours_min]=&form[hours_max]=&form[no_session_days]=&form[unanswered_days]=&form[cv_retention_days]={key}",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "update_programme",
        "form[name]=&form[summary]=&form[general_objectives]=&form[coach_expectations]=&form[area_facilities]=&form[area_collections]=&form[area_advocacy]=&form[area_training]=",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "list_applications",
        "filter[status]=&filter[area]=&filter[country]=&filter[zone]=&filter[q]=&filter[sort]=",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "get_application_detail",
        "id=999999",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "decide_application",
        "form[application_id]=999999&form[status]=accepted",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "add_review_note",
        "form[application_id]=999999&form[body]=A+note{key}",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "delete_application_cv",
        "form[application_id]=999999",
        [401, 404, 403, 403, 403, 403],
    ),
    ("get_sessions", "id={pid}", [401, 403, 200, 200, 404, 404]),
    (
        "propose_session",
        "form[partnership_id]={pid}&form[time_1]=2027-03-10T10%3A00&form[medium]=phone&form[duration]=60{key}",
        [401, 403, 200, 200, 404, 404],
    ),
    (
        "answer_session",
        "form[partnership_id]={pid}&form[session_id]={session}&form[option_id]=0",
        [401, 403, 409, 200, 404, 404],
    ),
    (
        "reschedule_session",
        "form[partnership_id]={pid}&form[session_id]={session}&form[new_time]=2027-03-11T10%3A00",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "cancel_session",
        "form[partnership_id]={pid}&form[session_id]={session}&form[reason]=Ill",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "record_session_outcome",
        "form[partnership_id]={pid}&form[session_id]={session}&form[outcome]=held",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "confirm_session_held",
        "partnership_id={pid}&session_id={session}",
        [401, 403, 409, 409, 404, 404],
    ),
    ("get_availability", "", [401, 200, 200, 200, 200, 200]),
    (
        "add_availability_window",
        "form[weekday]=1&form[start]=09%3A00&form[end]=11%3A00",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "remove_availability_window",
        "id=999999",
        [401, 404, 404, 404, 404, 404],
    ),
    (
        "add_away_day",
        "form[away_on]=2027-04-13",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "remove_away_day",
        "id=999999",
        [401, 404, 404, 404, 404, 404],
    ),
    ("replace_calendar_feed", "", [401, 200, 200, 200, 200, 200]),
    ("revoke_calendar_feed", "", [401, 200, 200, 200, 200, 200]),
];

/// Plain routes (GET unless the path says POST), with the same callers.
const ROUTES: &[(&str, [u16; 6])] = &[
    ("/healthz", [200, 200, 200, 200, 200, 200]),
    // Each caller's own archive (`http_privacy` checks whose it is).
    ("/profile/data/archive.zip", [401, 200, 200, 200, 200, 200]),
    ("/privacy", [200, 200, 200, 200, 200, 200]),
    (
        "/language/km?next=%2Fprivacy",
        [303, 303, 303, 303, 303, 303],
    ),
    ("/programme/erasures", [302, 200, 403, 403, 403, 403]),
    // An applicant's data and erasure go through the application's link; a wrong link finds
    // nothing, whoever asks.
    (
        "/applications/0000/archive.zip",
        [404, 404, 404, 404, 404, 404],
    ),
    ("/partnerships/{pid}", [302, 200, 200, 200, 404, 404]),
    (
        "/partnerships/{pid}/journal",
        [302, 403, 200, 200, 404, 404],
    ),
    (
        "/partnerships/{pid}/sessions/{session}/ics",
        [401, 403, 409, 409, 404, 404],
    ),
    (
        "/export/{cohort_slug}/partnerships.csv",
        [401, 200, 403, 403, 403, 403],
    ),
    ("/review/999999/cv", [401, 404, 403, 403, 403, 403]),
    ("/calendar/0000.ics", [404, 404, 404, 404, 404, 404]),
    ("/events", [401, 200, 200, 200, 200, 200]),
    (
        "POST /applications/0000/erase",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "POST /applications/0000/withdraw",
        [404, 404, 404, 404, 404, 404],
    ),
    (
        "POST /unsubscribe/0000000000000000000000000000000000000000000000000000000000000000",
        [404, 404, 404, 404, 404, 404],
    ),
];

struct Ids {
    pid: i64,
    cohort: i64,
    cohort_slug: String,
    coach: i64,
    partner: i64,
    goal: i64,
    entry: i64,
    session: i64,
    concern: i64,
    milestone: i64,
}

fn fill(template: &str, ids: &Ids) -> String {
    template
        .replace("{pid}", &ids.pid.to_string())
        .replace("{cohort_slug}", &ids.cohort_slug)
        .replace("{cohort}", &ids.cohort.to_string())
        .replace("{coach}", &ids.coach.to_string())
        .replace("{partner}", &ids.partner.to_string())
        .replace("{goal}", &ids.goal.to_string())
        .replace("{entry}", &ids.entry.to_string())
        .replace("{session}", &ids.session.to_string())
        .replace("{concern}", &ids.concern.to_string())
        .replace("{milestone}", &ids.milestone.to_string())
        .replace("{key}", &key_field())
        .replace("{fresh}", &app::features::auth::tokens::new_token()[..16])
        .replace('[', "%5B")
        .replace(']', "%5D")
}

async fn setup(w: &World, p: &Pair) -> Ids {
    use app::features::commitments::service as commitments;
    use app::features::partnership::service as ws;
    use app::features::sessions::service as sessions;
    use shared::partnership::{GoalForm, MilestoneForm};
    let now = Timestamp::now();
    let key = app::features::auth::tokens::new_token;
    let goal = ws::save_goal(
        &w.db,
        &p.partner_user,
        &GoalForm {
            partnership_id: p.id,
            goal_id: 0,
            title: "A discovery page".into(),
            outcome: "Live and used".into(),
            status: String::new(),
            progress: String::new(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let milestone = ws::add_milestone(
        &w.db,
        &p.partner_user,
        &MilestoneForm {
            partnership_id: p.id,
            goal_id: goal,
            milestone_title: "Choose a platform".into(),
            due_on: "2027-05-01".into(),
            from: String::new(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let entry = ws::journal(&w.db, &p.partner_user, p.id, now)
        .await
        .unwrap()
        .entries
        .iter()
        .map(|e| e.id)
        .max()
        .unwrap();
    let session = sessions::propose(
        &w.db,
        &p.coach_user,
        &shared::schedule::ProposalForm {
            partnership_id: p.id,
            time_1: "2027-03-09T10:00".into(),
            medium: "phone".into(),
            duration: "60".into(),
            request_key: key(),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let concern = commitments::raise_concern(
        &w.db,
        &p.partner_user,
        &shared::commitments::ConcernForm {
            partnership_id: p.id,
            category: "engagement".into(),
            severity: "low".into(),
            description: "Hard to find a time that suits us both".into(),
            share_with_pair: String::new(),
            request_key: key(),
        },
        now,
    )
    .await
    .unwrap();
    let cohort_slug = {
        use sea_orm::EntityTrait;
        app::entities::cohort::Entity::find_by_id(p.cohort_id)
            .one(&w.db)
            .await
            .unwrap()
            .unwrap()
            .slug
    };
    Ids {
        pid: p.id,
        cohort: p.cohort_id,
        cohort_slug,
        coach: p.coach_user.id,
        partner: p.partner_user.id,
        goal,
        entry,
        session,
        concern,
        milestone,
    }
}

/// A new session for the person (sign-out in one call must not end the next call's session).
async fn cookie(w: &World, person: Option<i64>) -> Option<String> {
    let id = person?;
    let token = app::features::auth::service::start_session(
        &w.db,
        id,
        &AuthSettings::default(),
        Timestamp::now(),
    )
    .await
    .unwrap();
    Some(format!("tandem_session={token}"))
}

#[test]
fn every_route_answers_each_caller_as_written_down() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let ids = setup(w, &p).await;
        let people = [
            None,
            Some(p.chair_user.id),
            Some(p.coach_user.id),
            Some(p.partner_user.id),
            Some(other.coach_user.id),
            Some(other.partner_user.id),
        ];

        // Every registered server function has a row, and every row a function.
        let registered: std::collections::BTreeSet<String> =
            leptos::server_fn::axum::server_fn_paths()
                .map(|(path, _)| path.trim_start_matches("/api/").to_owned())
                .collect();
        let written: std::collections::BTreeSet<String> =
            FUNCTIONS.iter().map(|(f, _, _)| (*f).to_owned()).collect();
        assert_eq!(
            registered.difference(&written).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "server functions without a row here: say who may call them"
        );
        assert_eq!(
            written.difference(&registered).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "rows for functions that no longer exist"
        );

        let mut wrong = Vec::new();
        for (function, template, expected) in FUNCTIONS {
            for (i, person) in people.iter().enumerate() {
                let body = fill(template, &ids);
                let mut b = Request::post(format!("/api/{function}"))
                    .header(header::HOST, "localhost:3000")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::ACCEPT, "application/json");
                if let Some(c) = cookie(w, *person).await {
                    b = b.header(header::COOKIE, c);
                }
                let res = w.send(b.body(Body::from(body)).unwrap()).await;
                let got = res.status().as_u16();
                if got != expected[i] {
                    let text = text(res).await;
                    wrong.push(format!(
                        "{function} as {}: {got}, written down {} ({})",
                        WHO[i],
                        expected[i],
                        text.chars().take(120).collect::<String>()
                    ));
                }
            }
        }
        for (route, expected) in ROUTES {
            for (i, person) in people.iter().enumerate() {
                let (method, path) = match route.strip_prefix("POST ") {
                    Some(path) => ("POST", fill(path, &ids)),
                    None => ("GET", fill(route, &ids)),
                };
                let mut b = Request::builder()
                    .method(method)
                    .uri(&path)
                    .header(header::HOST, "localhost:3000")
                    .header(header::ACCEPT, "text/html");
                if let Some(c) = cookie(w, *person).await {
                    b = b.header(header::COOKIE, c);
                }
                // The live stream stays open: its head is the answer.
                let res = w.send(b.body(Body::empty()).unwrap()).await;
                let got = res.status().as_u16();
                if got != expected[i] {
                    wrong.push(format!(
                        "{route} as {}: {got}, written down {}",
                        WHO[i], expected[i]
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} answers differ:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    });
}
