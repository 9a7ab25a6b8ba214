//! The server functions' rows of the matrix: who may call each, and with what body.

/// (function, body, expected statuses for WHO). In bodies: {pid} the pair, {goal}, {entry},
/// {session}, {concern}, {milestone} its records, {cohort} its cohort, {coach} and {partner}
/// its people, {key} a fresh request key, {fresh} a fresh word (a new address each call).
pub(crate) const FUNCTIONS: &[(&str, &str, [u16; 6])] = &[
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
    // The community: every member of the programme, nobody else.
    (
        "get_directory",
        "filter[area]=collections",
        [401, 200, 200, 200, 200, 200],
    ),
    ("get_listing", "", [401, 200, 200, 200, 200, 200]),
    (
        "save_listing",
        "form[listed]=on&form[show_email]=on",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "save_listing",
        "form[listed]=on&form[show_phone]=on",
        [401, 422, 422, 422, 422, 422],
    ),
    ("list_events", "", [401, 200, 200, 200, 200, 200]),
    ("get_event", "id={event}", [401, 200, 200, 200, 404, 404]),
    (
        "publish_event",
        "form[kind]=call&form[title]=Call&form[time_zone]=UTC&form[starts]=2099-01-05T09:00&form[duration]=60&form[video_link]=https://meet.example.org/x{key}",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "publish_event",
        "form[kind]=call&form[title]=Call&form[time_zone]=UTC&form[starts]=1999-01-05T09:00&form[duration]=60&form[video_link]=https://meet.example.org/x{key}",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "answer_event",
        "form[event_id]={event}&form[answer]=yes",
        [401, 200, 200, 200, 404, 404],
    ),
    (
        "answer_event",
        "form[event_id]={event}&form[answer]=perhaps",
        [401, 422, 422, 422, 404, 404],
    ),
    // Last: the event takes no answers once cancelled.
    ("cancel_event", "id={event}", [401, 200, 403, 403, 403, 403]),
    // The pair's partner wrote {entry}: only they may share it.
    (
        "get_story_draft",
        "partnership_id={pid}&entry_id={entry}",
        [401, 403, 403, 200, 404, 404],
    ),
    (
        "share_story",
        "form[partnership_id]={pid}&form[entry_id]={entry}&form[kind]=success&form[title]=T&form[body]=B",
        [401, 403, 403, 422, 404, 404],
    ),
    (
        "share_story",
        "form[partnership_id]={pid}&form[entry_id]={entry}&form[kind]=success&form[title]=T&form[body]=B&form[shown_as]=anonymous",
        [401, 403, 403, 200, 404, 404],
    ),
    ("list_stories", "", [401, 200, 200, 200, 200, 200]),
    (
        "list_library",
        "filter[q]=sign&filter[area]=",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "get_library_item",
        "id={item}",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "get_library_item",
        "id=999999",
        [401, 404, 404, 404, 404, 404],
    ),
    ("search_community", "q=sign", [401, 200, 200, 200, 200, 200]),
    ("list_experts", "", [401, 200, 403, 403, 403, 403]),
    ("list_discussions", "space=", [401, 200, 200, 200, 200, 200]),
    ("get_thread", "id={thread}", [401, 200, 200, 200, 200, 200]),
    (
        "start_thread",
        "form[space]=general&form[title]=Hello+all&form[body]=Hi{key}",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "start_thread",
        "form[space]=spaceships&form[title]=Hello+all&form[body]=Hi{key}",
        [401, 422, 422, 422, 422, 422],
    ),
    (
        "reply_thread",
        "form[thread_id]={thread}&form[body]=Thanks{key}",
        [401, 200, 200, 200, 200, 200],
    ),
    (
        "edit_post",
        "form[post_id]=999999&form[body]=Changed",
        [401, 404, 404, 404, 404, 404],
    ),
    (
        "hide_post",
        "id=999999&hide=on",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "lock_thread",
        "id=999999&lock=on",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "save_expert",
        "form[id]=0&form[name]=Malee&form[expertise]=Archives&form[languages]=Thai&form[time_zone]=Asia/Bangkok&form[contact]=malee@x.org&form[consent]=on{key}",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "save_expert",
        "form[id]=0&form[name]=Malee&form[expertise]=Archives&form[languages]=Thai&form[time_zone]=Asia/Bangkok&form[contact]=malee@x.org{key}",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "retire_expert",
        "id=999999&retire=on",
        [401, 404, 403, 403, 403, 403],
    ),
    // The pair's coach alone proposes; no expert 999999: refused on the field.
    (
        "propose_expert",
        "form[partnership_id]={pid}&form[expert_id]=999999&form[why]=Photographs+to+scan{key}",
        [401, 403, 422, 409, 404, 404],
    ),
    (
        "decide_proposal",
        "form[id]=999999&form[decision]=introduced",
        [401, 404, 403, 403, 403, 403],
    ),
    // The coach added {resource}: only they may share it.
    (
        "share_resource",
        "partnership_id={pid}&resource_id={resource}",
        [401, 403, 200, 403, 404, 404],
    ),
    (
        "edit_library_item",
        "form[id]={item}&form[title]=Signs&form[area_facilities]=on",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "edit_library_item",
        "form[id]={item}&form[title]=&form[area_facilities]=on",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "feature_library_item",
        "id={item}&feature=on",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "remove_library_item",
        "id=999999",
        [401, 404, 404, 404, 404, 404],
    ),
    ("list_announcements", "", [401, 200, 200, 200, 200, 200]),
    (
        "publish_announcement",
        "form[title]=News&form[body]=Read+this{key}",
        [401, 200, 403, 403, 403, 403],
    ),
    (
        "publish_announcement",
        "form[title]=&form[body]=Read+this{key}",
        [401, 422, 403, 403, 403, 403],
    ),
    (
        "remove_announcement",
        "id=999999",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "hide_story",
        "id=999999&hide=on",
        [401, 404, 403, 403, 403, 403],
    ),
    (
        "withdraw_story",
        "id=999999",
        [401, 404, 404, 404, 404, 404],
    ),
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
