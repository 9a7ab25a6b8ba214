# Tandem's English texts. Keys are grouped by page; see TRANSLATING.md.

## Every page
skip-to-content = Skip to content
brand-sub = IATUL SIG-ALICE Coaching
menu = Menu
signed-in-as = Signed in as { $who }
sign-out = Sign out
footer-about = Tandem runs the IATUL SIG-ALICE Coaching Programme. What a pair writes stays with the pair unless its author shares it.
footer-privacy = Privacy: what is kept, and your data
language-switch = Language
language-current = { $language } (this page)

## Main navigation
nav-programme = Programme
nav-call = Call for coaches
nav-sign-in = Sign in
nav-home = Home
nav-dashboard = Dashboard
nav-applications = Applications
nav-matching = Matching
nav-people = People
nav-cohorts = Cohorts
nav-outbox = Outbox
nav-my-objective = My objective
nav-partnerships = Partnerships
nav-availability = Availability
nav-concerns = Concerns
nav-profile = Profile

## Signing in
sign-in-title = Sign in
sign-in-lead = Sign in with the email address the programme chair invited.
sign-in-unsaved = You were signed out, so what you just sent was not saved.
sign-in-unsaved-next = Sign in again and you will be back on that page to send it once more. If you wrote something long, the browser's back button may still show it.
field-email = Email address
field-password = Password
sign-in-button = Sign in
forgot-password-link = Forgot your password?
sign-in-no-account = No account yet? Coaches and partners join through an invitation link from the programme chair.

## Figures
sessions-held = { $count ->
    [one] { $count } session held
   *[other] { $count } sessions held
}

## Field errors (shared rules)
error-email-missing = Enter your email address
error-email-long = Email addresses are at most { $max } characters
error-email-shape = Enter an email address like name@library.org
error-name-missing = Enter your name
error-name-long = Names are at most { $max } characters
error-name-control = Names cannot contain control characters
error-zone-missing = Choose your time zone, for example Asia/Phnom_Penh
error-zone-shape = Enter a time zone name like Europe/Berlin or Asia/Phnom_Penh
error-language-long = Write each language in at most { $max } characters
error-languages-missing = List at least one language you work in, for example English
error-languages-many = List at most { $max } languages
error-text-missing = Enter { $what }
error-text-long = Keep { $what } to at most { $max } characters (now { $count })
error-connectivity = Choose how you can meet your coach
error-objective-area = Choose the ONE area of your specific objective
error-need-short = Describe the need in at least { $min } words, so your coach can prepare
what-library = your library's name
what-position = your position
what-city = your city
what-preferred-times = when you prefer to meet
what-need = the need behind your objective

## Forms
word-count = { $count ->
    [one] { $shown } word
   *[other] { $shown } words
}

## Parts of every form and page
error-summary-title = There is a problem
error-prefix = Error:
stated-clock = { $time } ({ $place })
your-time = { $time } your time
zone-field-label = Your time zone
zone-field-hint = Times in Tandem are shown in this zone. Type a city's zone, for example Asia/Phnom_Penh or Europe/Berlin.
zone-differs = Your browser says your time zone is { $zone }.
zone-use-it = Use it
save-changes = Save changes
save-and-continue = Save and continue

## The four areas and how a partner can meet
area-facilities = Library facilities and spaces
area-collections = Collections and information access
area-advocacy = Advocacy and services
area-training = Human resources and training
connectivity-video = Video calls work well
connectivity-audio = Audio only (video is too slow or costly)
connectivity-phone = Phone or WhatsApp calls only

## The partner's intake
intake-title = Your library and objective
intake-heading = Your library and your objective
intake-lead = For the programme's cohort { $cohort }. Your coach reads this before your first session. Choose ONE specific objective for the year: the partnership works towards it.
intake-privacy-link = Who reads your intake, and for how long it is kept
intake-library = Library
intake-position = Your position
intake-position-hint = For example: Director, Library Manager
intake-city = City
intake-languages = Languages you work in
intake-languages-hint = Separate them with commas, for example Khmer, English
intake-connectivity = How can you meet your coach?
intake-connectivity-hint = Every kind of call counts as a session.
intake-preferred-times = When do you prefer to meet?
intake-preferred-times-hint = In your own time, for example: weekday mornings before 11:00
intake-objective-matched = Your ONE objective
intake-matched-hint = You are matched: the objective is now your partnership's. To change it, agree new goals with your coach { $link }.
intake-matched-link = in your partnership
intake-objective = Your ONE specific objective
intake-objective-hint = Choose the area of the need you want to work on this year.
intake-need = Describe the need
intake-need-hint = What is the situation now, and what would you like to be different in a year? At least { $min } words, in the language you prefer.

## The call for coaches
call-title = Call for coaches
call-withdrawn = Your application was withdrawn and deleted.
call-heading = Call for coaches: cohort { $cohort }
call-lead = The programme invites experienced library managers and leaders to coach library directors in { $country }, from { $from } to { $to }.
call-tag-soon = Opens soon
call-tag-open = Open
call-tag-closed = Closed
call-opens-on = The call opens on { $opens }; applications close at the end of { $deadline }.
call-apply-by = Apply by the end of { $deadline }.
call-closed-at = The call closed at the end of { $deadline }.
call-extended = The deadline was extended; it was { $was } ({ $place }).
call-how = Send a CV and a short statement: why you want to coach, and which expertise you bring. You can save a draft and come back to it.
call-apply = Apply as a coach
call-come-back = Come back on the day it opens to apply.
call-other-open = The call for cohort { $cohort } is open now.
call-other-read = Read the call for cohort { $cohort }
call-watch = Watch this page for the next call.
call-coaches-do = What coaches do
call-partner-chooses = The partner chooses one specific objective
call-aims = What the programme aims for
call-questions = Questions about the call
call-chair-reads = The programme chair, { $chair }, reads every application.
call-write-to = Write to { $email } with any question.
cohort-year-past = Partnerships ran from { $from } to { $to }.
cohort-year-now = Partnerships run from { $from } to { $to }.
cohort-year-future = Partnerships will run from { $from } to { $to }.

## Time left
remaining-closed = closed
remaining-under-a-minute = under a minute left
remaining-minutes = { $minutes ->
    [one] { $minutes } minute left
   *[other] { $minutes } minutes left
}
remaining-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} { $minutes ->
    [one] { $minutes } minute left
   *[other] { $minutes } minutes left
}
remaining-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
} { $hours ->
    [one] { $hours } hour left
   *[other] { $hours } hours left
}

## Emails
mail-dear = Dear { $name },
mail-signature = IATUL SIG-ALICE Coaching Programme, on Tandem
mail-stop = Stop these emails
mail-stop-text = To stop these emails: { $link }
mail-open-in-tandem = Open it in Tandem
mail-reason-alerts = You receive this because you follow the programme's partnerships. Choose which emails you receive at /profile/messages in Tandem.
mail-reason-partnership = You receive this because you are in a partnership of the programme. Choose which emails you receive at /profile/messages in Tandem.
list-or = {" "}or{" "}
clock-in-place = { $time } in { $place }
session-proposed = { $who } proposed a session: { $times } your time. Accept a time or decline.
session-accepted = { $who } accepted a session: { $time } your time ({ $their }). The calendar invitation is attached.
session-declined = { $who } declined the times you proposed.
session-moved = { $who } moved your session to { $time } your time ({ $their }). The link stays the same; the calendar invitation is updated.
session-cancelled = { $who } cancelled a session: { $reason }
session-reminder-hour = Reminder: your coaching session is within the hour, { $time } your time ({ $other } in { $place }).{ $note }
session-reminder-tomorrow = Reminder: your coaching session is tomorrow, { $time } your time ({ $other } in { $place }).{ $note }
session-outcome-recorded = { $who } recorded your session as { $outcome }.
session-outcome-corrected = { $who } corrected your session as { $outcome }.
outcome-held = held
outcome-no_show = no-show
ics-summary = Coaching session: { $coach } and { $partner }
ics-agenda = Agenda: { $agenda }
ics-link = Link: { $link }
medium-video = Video call.
medium-voice = Voice call (internet).
medium-phone = Phone call.
medium-whatsapp = WhatsApp call.

## Digits
digits-switch = Digits
digits-switch-hint = How dates and times write their numbers:
digits-heading = Language and digits
digits-lead = Tandem speaks the language chosen at the foot of every page. Dates and times can write their numbers in Khmer digits.

## Home
home-title = Home
home-welcome = Your account is ready and you are signed in.
home-committed = Thank you. You have accepted the programme's commitments.
home-intake-saved = Your library and objective are saved. Your coach will read them before your first session.
home-hello = Hello, { $name }
home-times-in = times shown in { $place } ({ $zone })
home-partnership = Your coaching partnership
home-coach-empty = You have no partner yet. When the chair matches you with a library director, your partnership, its sessions and goals appear here.
home-coach-profile = Meanwhile, check that your time zone and languages are right: they help the chair find a partner you can meet easily.
home-check-profile = Check your profile
home-objective = Your objective: { $objective }.
home-change-it = Change it
home-next-label = Next:
home-intake-todo = tell us about your library and choose your ONE objective for the year.
home-intake-link = Describe your library and objective
home-partner-empty = You have no coach yet. When the chair matches you with a coach, you will see your coach, your next session in your own time and your goals here.
home-partner-profile = Check that your time zone is right so every time is shown on your clock.
home-cohort = Cohort { $cohort }
home-partnership-with = Your partnership with { $who }
home-next = Next
home-next-mine = { $time }, your time
home-next-with = { $medium } with { $who }.
home-see-session = See the session
home-no-session = No session is scheduled.
home-propose = Propose a time
home-waiting = Waiting for your answer
home-awaiting = { $who } is waiting for your answer to a session proposal (sent { $sent }).
home-news = New for you ({ $count })
home-mark-all = Mark all as read
home-mark-one = Mark as read
medium-name-video = Video call
medium-name-voice = Voice call (internet)
medium-name-phone = Phone call
medium-name-whatsapp = WhatsApp call
commitments-heading = Before you start: the programme's commitments
commitments-lead = Coaches and partners in the programme agree to:
commitment-1 = Communicate openly, honestly and respectfully
commitment-2 = Protect each other's privacy and respect confidentiality: what the pair writes stays with the pair unless its author shares it
commitment-3 = Tell the programme team as soon as possible about any difficulty
commitments-accept = I accept these commitments

## Signing in: errors
error-sign-in-wrong = The email address or password is not right. Check both and try again.
error-sign-in-closed = This account is closed. Write to the programme chair if you need it again.

## The time-zone bar
zone-bar = Your device is set to { $device }, but Tandem shows your times in { $profile }.
zone-bar-use = Use { $zone }
zone-bar-not-now = Not now

## Matching
matched-coach = You are matched with { $partner } ({ $library }) for { $cohort }. Open your partnership to read their objective.
matched-partner = { $coach } is your coach for { $cohort }. Open your partnership to see your coach and agree your first goals.

## Pace
pace-reached = { $held ->
    [one] { $held } session held
   *[other] { $held } sessions held
}: the minimum of { $minimum } is reached
pace-year-over = the year is over with { $held } of { $minimum } sessions held
pace-too-few-months = { $needed } more sessions are needed and about { $months } months are left
pace-short = { $held } held where a steady pace would have { $expected } by now
pace-behind = { $held } held where a steady pace would have { $expected }; schedule the next session
pace-on-track = { $held } of { $minimum } held, { $scheduled } scheduled
pace-status-on_track = On track
pace-status-behind = Behind
pace-status-at_risk = At risk

## Sessions
sessions-title = Sessions
sessions-lead = Times are shown on your clock ({ $mine }) with { $who }'s beside it ({ $theirs }).
sessions-pace = { $held } of { $minimum } sessions held
sessions-steady = A steady pace is one session every two months: { $expected } by now.
sessions-next-propose = Next: propose a time below.
sessions-milestone-made = The action is now a milestone of its goal.
sessions-empty = No sessions yet. Propose one to three times below; { $who }, accepts one.
sessions-both-free = When you are both free
sessions-set-yours = Set your weekly availability to see the times you are both free.
sessions-theirs-unset = { $who } has not set their weekly availability yet; you can still propose times.
sessions-set-availability = Set your availability
sessions-no-common = No common free hour in the next four weeks. Propose a time outside your windows, or widen them.
sessions-change-availability = Change your availability
sessions-until = until { $time } your time ({ $minutes } min)
sessions-propose-this = Propose this time
sessions-propose = Propose a session
sessions-propose-hint = Write times on your own clock ({ $mine }). { $who } sees them on theirs.
sessions-first = First choice
sessions-second = Second choice (optional)
sessions-third = Third choice (optional)
sessions-medium = How you meet
sessions-link = Link to the call
sessions-link-hint = Needed for a video call, and for a voice call made through a link. A phone or WhatsApp call needs none: it uses the numbers on your pair's cards. The link stays when the session moves.
sessions-length = Length
sessions-minutes = { $minutes } minutes
sessions-agenda = Agenda (optional)
sessions-send = Send the proposal
fold-legend = This time happens twice on your clock
fold-first = The first time (before the clocks go back)
fold-second = The second time (after the clocks go back)

## A session
session-status-proposed = Proposed
session-status-scheduled = Scheduled
session-status-held = Held
session-status-no_show = No-show
session-status-cancelled = Cancelled
session-status-declined = Declined
session-confirmed = Confirmed by the partner
session-you-proposed = You proposed:
session-they-proposed = { $who } proposed:
session-accept = Accept { $time }
session-decline = Decline these times
session-waiting = Waiting for an answer.
session-link-label = Link:
session-reason = Reason: { $reason }
session-notes = Notes (private to you two): { $notes }
session-agreed = Agreed actions:
session-make-milestone = Make "{ $action }" a milestone
session-of-goal = Of the goal
session-due = Due date
session-add-milestone = Add the milestone
session-add-calendar = Add to your calendar (.ics)
session-move = Move this session
session-new-time = New time, on your clock
session-move-button = Move the session
session-cancel = Cancel this session
session-cancel-reason = Reason (the other person reads it)
session-cancel-button = Cancel the session
session-after = After the session
session-correct = Correct the outcome
session-correct-hint = You recorded it. You can correct it for { $days } days after recording it; the other person is told.
session-confirm-held = Confirm it was held
session-history = History
session-was-held = Was it held?
session-notes-label = Notes (private to you two)
session-actions-label = Agreed actions, one a line
session-save-outcome = Save the outcome

## Page states
forbidden-title = This page is not for your account
forbidden-text = You are signed in, but this page belongs to another role in the programme. If you think you should see it, ask the programme chair.
forbidden-home = Go to your home page
not-found-title = Page not found
not-found-text = If you typed the web address, check it is correct. If you followed a link, it may be old.
not-found-home = Go to the programme home page
error-page-title = Sorry, something went wrong
error-page-again = Try again
loading = Loading…

## A partnership's head
partnership-pair = { $coach } and { $partner }
partnership-status-active = Active
partnership-status-paused = Paused
partnership-status-completed = Completed
partnership-status-ended_early = Ended early
partnership-dates = { $from } to { $to }
partnership-end-reason = Reason given: { $reason }
partnership-clocks = Local times now
partnership-partner-clock = { $who } (partner): { $time } in { $place }
partnership-coach-clock = { $who } (coach): { $time } in { $place }
partnership-tabs = Partnership workspace
tab-overview = Overview and goals
tab-hours = Support hours
tab-journal = Journal
tab-resources = Resources
tab-introductions = Introductions

## Profile
profile-title = Your profile
profile-saved = Your profile is saved.
profile-password-saved = Your password is changed. You were signed out everywhere else.
profile-email-asked = Look in the new address's inbox: confirm it with the link we sent there, within a day. Until then your account keeps its current address.
profile-email-confirmed = Your new email address is confirmed. Sign in with it from now on.
profile-data-link = Your data: download everything Tandem holds about you
profile-privacy-link = Privacy
profile-about = About you
profile-name = Your name
profile-languages-hint = Separate them with commas
profile-hours = Your usual working hours, on your own clock
profile-hours-hint = The chair uses them to pair you with someone whose day overlaps yours.
profile-start = Start
profile-end = End
profile-save = Save profile
profile-email = Your email address
profile-email-hint = We send a link to the new address; it changes once you confirm it there.
profile-new-email = New email address
profile-your-password = Your password
profile-change-email = Change my email address
profile-pair = What your pair sees
profile-pair-text = Your introduction and the contact details your coach or partner may use.
profile-pair-link = Choose what they see
profile-messages = Messages
profile-messages-text = Tandem emails you about sessions, reminders and your partnership.
profile-messages-link = Choose which messages you receive
profile-password = Change your password
profile-password-hint = Changing it signs you out on every other device.
profile-current-password = Current password
profile-new-password = New password
profile-new-password-hint = At least 12 characters.
profile-password-again = Type the new password again
profile-change-password = Change password

## Concerns
concern-category-engagement = Engagement or communication
concern-category-scheduling = Scheduling or connectivity
concern-category-scope = The objective or its scope
concern-category-wellbeing = Workload or wellbeing
concern-category-conduct = Conduct or confidentiality
concern-category-other = Something else
concern-severity-low = Low: for your information
concern-severity-medium = Medium: needs attention
concern-severity-high = High: needs action now
concern-status-new = New
concern-status-acknowledged = Acknowledged
concern-status-in_progress = In progress
concern-status-resolved = Resolved
concern-raised-by-you = Raised by you
concern-raised-by = Raised by { $who }
concern-no-response = No response yet
concern-responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
concerns-team-title = Concerns raised with the programme team
concerns-team-lead = Each concern is confidential: its author and the programme team see it, and the other member of the pair only if the author shares it. Every read and change is logged.
concerns-lead = Tell the programme team early when something is difficult. What you write here is seen by you and the programme team only, unless you choose to share it with the other member of your pair.
concerns-team-empty = No concerns raised.
concerns-empty = You have raised no concerns.
concerns-raise = Raise a concern
concerns-no-partnership = You have no current partnership: this goes to the programme team alone.
concerns-what-concerns = What it concerns
concerns-something-else = Something else (no partnership)
concerns-about = What it is about
concerns-choose = Choose…
concerns-how-serious = How serious is it?
concerns-what-happening = What is happening
concerns-share = Also let the other member of my pair read it
concerns-send = Send to the programme team

## A concern
concern-title = Concern
concern-all = All concerns
concern-sent = Sent. The programme team is told and will answer here.
concern-handled-by = Handled by { $who }.
concern-not-taken = Not yet taken on by anyone in the programme team.
concern-shared = The other member of the pair can read it.
concern-private = Only its author and the programme team can read it.
concern-stop-sharing = Stop sharing with the other member of my pair
concern-share = Share with the other member of my pair
concern-responses-heading = Responses
concern-answer = Answer in this thread
concern-your-answer = Your answer (the programme team reads it)
concern-send-answer = Send the answer

## Availability
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
window = { $day } { $from }-{ $to }
window-overnight = { $day } { $from }-{ $to } (into { $next })
availability-title = Your availability
availability-lead = Weekly times you can usually meet, on your own clock ({ $place }). The other member of your partnership sees the times you are both free, on their own clock.
availability-weekly = Weekly times
availability-shifts = A clock change moves some of your weekly times on the other member's clock:
availability-empty = No weekly times yet. Add the first one below.
availability-remove = Remove { $what }
availability-day = Day
availability-from = From
availability-to = To
availability-midnight = On your clock. A time that crosses midnight is one window: from 19:00 to 01:00 runs into the next day.
availability-add = Add weekly time
availability-away = Days away
availability-no-away = No days away.
availability-away-day = A day you are away
availability-add-away = Add day away
feed-title = Your calendar feed
feed-lead = A private address your calendar app can subscribe to: every session with a time appears there, and moves when it moves.
feed-new = Your feed address (copy it now; it is shown only once):
feed-on = A feed is on. Replace it to get a new address (the old one stops working), or turn it off.
feed-none = No feed yet.
feed-replace = Replace the feed address
feed-make = Make a feed address
feed-off = Turn the feed off
year-starts = starts { $date }
year-ended = year ended { $date }
year-month = month { $month } of { $months }, since { $since }
partnerships-empty = No partnerships yet. The programme chair matches each partner with a coach; the partnership then appears here.
export-title = Export
export-hint = Figures only, never journal entries, notes or agendas. CSV files open in a spreadsheet; JSON holds the same rows.
export-partnerships = partnerships (CSV)
export-sessions = sessions (CSV)
export-hours = hours (CSV)
export-all = all (JSON)
card-with-partner = With { $who } (partner)
card-with-coach = With { $who } (coach)
card-line = { $cohort } · { $position } · { $partner_time } in { $partner_place }, { $coach_time } in { $coach_place }
figures-goals = Goals
figures-goals-count = { $total } ({ $done } done, { $progress } in progress, { $waiting } not started)
figures-goals-count-dropped = { $total } ({ $done } done, { $progress } in progress, { $waiting } not started, { $dropped } dropped)
figures-progress = Progress
figures-progress-label = Mean progress of goals
figures-milestones = Milestones
figures-milestones-count = { $done } of { $total } done
figures-sessions = Sessions
figures-sessions-count = { $held } of { $minimum } held
partnership-title = Partnership
partnership-matched = The partnership is made. The coach and the partner are told in Tandem.
overview-evaluation-lead = The year's last month:
overview-evaluation-text = tell the programme team how it went, and agree how each goal ended.
overview-evaluation-link = Answer the end-of-year evaluation
objective-yours = Your ONE objective
objective-partners = The partner's ONE objective
count-journal = { $count ->
    [one] { $count } journal entry
   *[other] { $count } journal entries
}
count-resources = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
count-introductions = { $count ->
    [one] { $count } introduction
   *[other] { $count } introductions
}
overview-summary = One-page summary
overview-certificate = Your certificate of participation
goals-title = Goals
goals-empty = No goals yet. Agree two to four attainable goals with measurable outcomes, then add them here. Either of you can add and update them.
goal-add-title = Add a goal
goal-field-title = Goal
goal-field-title-hint = Attainable within the year, for example: A discovery page for e-journals
goal-field-outcome = Measurable outcome
goal-field-outcome-hint = How will you both know it is reached? For example: page live; 4 reference staff trained; searches double
goal-add = Add goal
goal-status-not_started = Not started
goal-status-in_progress = In progress
goal-status-done = Done
goal-status-dropped = Dropped
goal-progress-of = Progress of { $title }
goal-outcome = Outcome: { $outcome }
goal-milestones = Milestones: { $done } of { $total } done
goal-next = next: { $title } by { $date }
goal-next-overdue = next: { $title } by { $date } (overdue)
alerts-title = Alerts
alerts-since = since { $when }
alerts-hint = Alerts clear themselves once the situation is resolved. If something is wrong, tell the programme team early: { $link }.
alerts-raise = raise a concern
goal-title = Goal
goal-saved = Goal saved. { $who }, is told.
goal-all = All goals
goal-progress = Progress
milestones-title = Milestones
milestones-empty = No milestones yet. Break the goal into dated steps within the partnership year.
milestone-due = due { $date }
milestone-due-overdue = due { $date } · overdue
milestone-due-done = due { $date } · done
milestone-reopen = Reopen "{ $title }"
milestone-mark-done = Mark "{ $title }" done
milestone-new = New milestone
milestone-due-date = Due date
milestone-due-hint = Within the partnership year
milestone-add = Add milestone
goal-update-title = Update the goal
goal-field-status = Status
goal-field-progress = Progress (%)
goal-field-progress-hint = 0 to 100; a goal marked done counts as 100
goal-save = Save goal
goal-history = History
milestone-change-or-remove = Change or remove "{ $title }"
milestone-field = Milestone
milestone-save = Save the milestone
milestone-remove = Remove the milestone
journal-kind-success = A success
journal-kind-difficulty = A difficulty
journal-kind-note = A note
journal-shared = Shared with the programme team
journal-private = Private to you two
journal-stop-sharing = Stop sharing with the programme team
journal-share = Share with the programme team
journal-title = Journal
journal-lead = Share difficulties and successes. Entries are private to the two of you; the author of an entry can share it with the programme team.
journal-new = New entry
journal-kind-question = What is it about?
journal-entry = Entry
journal-also-share = Also share this entry with the programme team
journal-add = Add entry
journal-empty = No entries yet. Write down what went well and what is hard: it helps you both see progress across the year.
keeping-both = You both keep them: they stay until one of you changes your mind or asks for erasure.
keeping-mine = You keep them; { $who } does not yet. Both must keep them, or they go on { $date }.
keeping-theirs = { $who } keeps them; if you keep them too, they stay. Otherwise they go on { $date }.
keeping-neither = They go on { $date }, unless you both choose to keep them.
keeping-title = After the year: the journal and session notes
keeping-stop = Stop keeping them
keeping-keep = Keep them past that day
resources-title = Resources
resources-lead-coach = Collate links that serve the objective: guides, examples, training, people's work. Add a note on why each helps.
resources-lead-partner = Links your coach collates for your objective, each with a note on why it helps.
resources-empty-coach = No resources yet. Add the first one below.
resources-empty-partner = No resources yet. Your coach adds them here as the year goes on.
resources-added-by = Added by { $who } · { $when }
resources-add-title = Add a resource
resources-field-title = Title
resources-field-url = Link
resources-field-url-hint = Starting with https://
resources-field-note = Why it helps (optional)
resources-field-area = Objective area
resources-add = Add resource
introductions-title = Introductions
introductions-lead = Connecting the partner to other experts is part of the coach's support: who, why, and what came of it.
introductions-empty-coach = No introductions yet. Record the first one below.
introductions-empty-partner = No introductions yet. Your coach records here the experts they connect you with.
introductions-why = Why: { $why }
introductions-outcome = Outcome: { $outcome }
introductions-no-outcome = Outcome: not recorded yet
introductions-recorded-by = Recorded by { $who } · { $when }
introductions-record-outcome = Record the outcome
introductions-outcome-of = Outcome of the introduction to { $who }
introductions-save-outcome = Save outcome
introductions-add-title = Record an introduction
introductions-field-expert = Expert
introductions-field-expert-hint = Name, role and organisation
introductions-field-why = Why you connected them
introductions-field-outcome = Outcome (optional, add it later)
introductions-add = Record introduction
duration-none = none
duration-minutes = { $m } min
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
compliance-below = { $month }: { $given } of support, below this cohort's floor of { $limit }
compliance-above = { $month }: { $given } of support, above this cohort's ceiling of { $limit }
compliance-sessions = Sessions: { $reason }
compliance-all-within = { $held ->
    [one] { $held } session held; every month within the band
   *[other] { $held } sessions held; every month within the band
}
hours-category-collating = Collating resources
hours-category-answering = Answering questions
hours-category-connecting = Connecting to experts
hours-category-preparing = Preparing sessions
hours-category-other = Other
band-in_progress = This month
band-below = Below the band
band-within = Within the band
band-above = Above the band
band-future = To come
hours-title = Support hours
hours-lead = Coaches give 2 to 5 hours a month outside meetings: collating resources, answering questions, connecting to experts. The band protects partners from neglect and volunteers from burning out.
hours-on-track = On track.
hours-needs-attention = Needs attention.
hours-saved = Time saved.
hours-months = Month by month
hours-months-caption = Support hours and sessions per month of the partnership year
hours-col-month = Month
hours-col-support = Support
hours-col-band = Band
hours-col-sessions = Sessions held
hours-col-status = Status
hours-days = { $days ->
    [one] ({ $days } day)
   *[other] ({ $days } days)
}
hours-band-range = { $from } to { $to }
hours-change-title = Change an entry
hours-log-title = Log time outside meetings
hours-field-date = Date
hours-field-date-hint = Entries can be changed during their month and the next
hours-field-minutes = Time spent
hours-field-minutes-hint = Minutes (90) or hours and minutes (1:30)
hours-field-category = What it was for
hours-field-note = Note (optional)
hours-save-change = Save the change
hours-log = Log time
hours-entries = Entries
hours-empty-coach = No time logged yet. Log the time you spend preparing, answering and connecting: it shows the support the partner receives.
hours-empty = No time logged yet.
hours-locked = Locked
hours-change-entry = Change the entry of { $date }
hours-team-hint = As programme team you see the figures; the coach's notes stay with the pair.
reached-yes = Yes, reached
reached-partly = Partly
reached-no = Not reached
broadened-yes = Yes, clearly
broadened-somewhat = Somewhat
broadened-no = No
again-yes = Yes
again-maybe = Perhaps
again-no = No
evaluation-title = End-of-year evaluation
evaluation-back = Back to the partnership
evaluation-thanks = Thank you. Your answers are with the programme team.
evaluation-opens = The evaluation opens on { $date }, in the year's last month. You will be told then.
evaluation-lead = How did the year go? Your answers go to the programme team; { $who } does not see them.
evaluation-answered = You have answered; you can change your answers.
evaluation-team-title = End-of-year evaluation: { $pair }
evaluation-team-lead = Each member answered for the programme team alone; neither sees the other's answers.
evaluation-outcomes = Your goals: how did each end?
evaluation-outcomes-hint = Agree each outcome together: you both see what is set here.
evaluation-no-goals = No goals were set this year.
evaluation-not-set = Not set yet
evaluation-save = Save
evaluation-poor = 1: poor
evaluation-excellent = 5: excellent
evaluation-answers = Your answers
evaluation-reached = Were the objective's goals reached?
evaluation-helped = What helped?
evaluation-change = What should change next year?
evaluation-broadened = Did your perception of library work broaden?
evaluation-broadened-hint = One of the programme's aims, for coaches and partners alike.
evaluation-rating = How would you rate the partnership?
evaluation-again = Would you take part again?
evaluation-quote = The programme may quote my words in its report, without my name
evaluation-send = Send my evaluation
card-title = What your pair sees
card-saved = Saved. Your pair sees it on your partnership's page.
card-lead-coach = This is what your partner sees of you on your partnership's page, and how they can reach you between sessions. Nobody else sees your numbers.
card-lead-partner = This is what your coach sees of you on your partnership's page, and how they can reach you between sessions. Nobody else sees your numbers.
card-reach-coach = What your partner may use to reach you
card-reach-partner = What your coach may use to reach you
card-back = Back to your profile
card-institution = Your institution
card-institution-hint = Your library or university, as your partner would look it up.
card-introduction = A short introduction
card-introduction-hint = A few lines: your work, what you hope to bring or to gain this year. At most 800 characters.
card-phone = Phone number
card-phone-hint = With its country code, for example +855 12 345 678.
card-whatsapp = WhatsApp number
card-reach-hint = A phone or WhatsApp session needs a number to call.
card-show-email = Email ({ $email })
share-email = Email
share-phone = Phone
share-whatsapp = WhatsApp
card-save = Save
card-your-coach = Your coach: { $who }
card-your-partner = Your partner: { $who }
card-no-contacts = No contact details shared yet: write through the journal, or ask in your next session.
card-what-you-show = What you show them
fact-library = Library
fact-position = Position
fact-city = City
fact-meet = How they can meet
fact-times = When they prefer to meet (their time)
fact-institution = Institution
fact-expertise = Expertise
kept-1-what = An application to coach: your details, statement and CV
kept-1-seen = You (with your private link) and the programme team
kept-1-long = A draft never sent, an undecided application, a declined application's CV: the days set for its cohort (below), then deleted. An accepted coach's CV: until the partnership year ends. Otherwise until you withdraw, or ask for erasure
kept-2-what = Your account: name, email, time zone, languages, and what you choose to show your pair (institution, introduction, phone, WhatsApp)
kept-2-seen = You and the programme team; the other member of your pair sees only what you choose
kept-2-long = Until you ask for erasure
kept-3-what = A partner's intake: library, position, city, connectivity, preferred times, objective and need
kept-3-seen = You, the programme team, and your coach once you are matched
kept-3-long = One for each cohort you take part in, until you ask for erasure
kept-4-what = What a pair writes: sessions, goals, milestones, resources, introductions
kept-4-seen = The two members of the pair; the programme team sees figures (how many, when), not notes
kept-4-long = While either member has an account; a session's notes go with the journal (below). Figures stay for the programme's reports
kept-5-what = An entry in the pair's journal
kept-5-seen = The two members of the pair; the programme team only if its author shares it
kept-5-long = Until the days set for the cohort after the year ends (below), unless both members choose to keep it; an erased author's entries go with them
kept-6-what = A concern raised with the programme team
kept-6-seen = Its author and the programme team; the other member of the pair only if the author shares it. Every read is logged
kept-6-long = Until erased
kept-7-what = An end-of-year evaluation
kept-7-seen = Its author and the programme team; never the other member. A quote is used in a report only if its author allowed it, without their name
kept-7-long = Until erased
kept-8-what = The audit log: who read or changed a confidential record, and when (never the record's content)
kept-8-seen = The programme team
kept-8-long = The days the programme sets (below)
kept-9-what = Messages Tandem sends you, and sign-in sessions
kept-9-seen = You and the programme team
kept-9-long = Messages (and any private link in them): the days the programme sets (below). Sign-in sessions: until you sign out or they expire
privacy-title = Privacy
privacy-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
privacy-chair-named = { $name }, the programme chair
privacy-chair = The programme chair
privacy-the-programme = coaching programme
privacy-lead = What Tandem keeps about the people of the { $programme }, who sees it, for how long, and how to have it or have it erased.
privacy-who-holds = Who holds your data
privacy-holds = { $chair } holds it for the programme, on the programme's own server.
privacy-write-to = Write to { $email } about anything on this page.
privacy-write-chair = Write to the programme chair about anything on this page.
privacy-kept-title = What is kept, who sees it, and for how long
privacy-seen-kept = Seen by: { $seen }. Kept: { $long }.
privacy-periods = The periods
privacy-periods-text = Messages Tandem sends are kept { $outbox }; the audit log { $audit }.
privacy-cohort-periods = Each cohort sets its own periods, in days:
privacy-draft = Draft
privacy-draft-text = an application never sent, after the call's deadline
privacy-undecided = Undecided
privacy-undecided-text = an application without a decision, after the year starts
privacy-declined = Declined CV
privacy-declined-text = a declined applicant's CV, after the decision
privacy-journal = Journal
privacy-journal-text = a finished pair's journal and session notes, after the year ends (unless both keep them)
privacy-periods-caption = Each cohort's periods, in days
privacy-cohort = Cohort
privacy-yours-title = Your data, to take or to erase
privacy-yours = Signed in, open { $link } to download everything Tandem holds about you as one archive (your records as JSON, and your files, such as your CV), or to ask for it to be erased. An applicant does the same from the application's private link.
privacy-erasure-text = Erasure removes your account and what you alone wrote; what you wrote with your pair stays for the other member, shown as a former participant's. The programme chair has a week to object, with a reason you read; then it runs. The programme keeps its figures (how many sessions, how many hours), never who wrote what.
privacy-questions = Questions about your data: { $email }.
data-title = Your data
data-lead = Everything Tandem holds about you, in one archive: your records as JSON (readable in any text editor), with your files, such as the CV you sent with an application. Secrets, such as sign-in links, are left out.
data-download = Download your data (.zip)
data-logged = The download is logged.
data-what-kept = What is kept, and for how long
data-sign-in = Please { $link } to download your data.
data-sign-in-link = sign in
erase-title = Erase your data
erase-waiting = You asked on { $asked }. Unless the programme chair objects, your data is erased on { $runs }: you are then signed out and your account is gone.
erase-withdraw = Withdraw my request
erase-objected = The programme chair objected to your request of { $asked }:
erase-talk = Write to the chair to talk it over; you may ask again.
erase-what = Erasure removes your account, your profile, your messages and what you alone wrote (your journal entries, your concerns, the words of your evaluation, your applications and CVs). What you wrote with your pair (sessions, goals, resources) stays for the other member, shown as written by “a former participant”. The programme keeps its figures (how many sessions, how many hours), never who wrote what.
erase-week = The programme chair is told and has a week to object (for example, while a concern you raised is open); then it runs.
erase-understood = I understand that my account and what I alone wrote will be erased, and that this cannot be undone.
erase-ask = Ask for my data to be erased
note-goal-added = { $who } added a goal: { $title }
note-goal-updated = { $who } updated a goal: { $summary }
note-milestone-added = { $who } on "{ $goal }": Added the milestone "{ $title }", due { $date }
note-milestone-changed = { $who } on "{ $goal }": Changed the milestone "{ $old }", due { $old_date }, to "{ $title }", due { $date }
note-milestone-removed = { $who } on "{ $goal }": Removed the milestone "{ $title }", due { $date }
note-journal-success = { $who } wrote in your journal (a success).
note-journal-difficulty = { $who } wrote in your journal (a difficulty).
note-journal-note = { $who } wrote in your journal (a note).
note-resource = { $who } added a resource: { $title }
note-introduction = { $who } recorded an introduction to { $expert }
application-status-draft = Draft (not sent)
application-status-submitted = Submitted
application-status-shortlisted = Shortlisted
application-status-accepted = Accepted
application-status-declined = Declined
application-status-withdrawn = Withdrawn
review-rule = The chair reads applications as they arrive and may decide before the call closes; until a decision, you can change your application up to the deadline.
apply-about-you = About you
apply-name = Full name
apply-email = Email address
apply-email-hint = We send your private link here.
apply-position = Position
apply-position-hint = For example: University Librarian
apply-institution = Institution
apply-country = Country
apply-zone = Time zone
apply-zone-hint = Your IANA zone, for example Europe/Berlin; it helps match you with a partner you can meet.
apply-languages = Languages you work in
apply-languages-hint = Separate them with commas
apply-years = Years leading a library or library team
apply-expertise = Where you can help
apply-expertise-hint = Tick every area of the four where you have led work.
apply-expertise-other = Other expertise (optional)
apply-statement = Your statement
apply-statement-hint = Why you want to coach, and what expertise you would bring to the partnership. { $min } to { $max } words.
apply-cv = Your CV
apply-cv-hint = A PDF or a Word document (.docx), 5 MB at most.
apply-cv-kept = Kept: { $file } ({ $kb } KB). Choose a file only to replace it.
apply-consent = I agree that the programme team keeps my application and CV to select coaches, and deletes the CV if I am not selected or withdraw.
apply-consent-link = How long it is kept, who reads it, and how to have it erased
apply-send = Send my application
apply-draft = Save as a draft
apply-title = Apply as a coach
apply-heading = Apply to coach in cohort { $cohort }
apply-lead = No account is needed. After you send or save, you get a private link by email to see and change your application until the call closes.
apply-already = Applied already?
apply-link-again = Get the link to your application again
apply-closed = The call is closed
apply-closed-at = Applications to cohort { $cohort } closed at the end of { $deadline }.
apply-read-call = Read the call
application-title = Your application
application-sent = Your application is sent.
application-draft-saved = Your draft is saved. It is not sent until you choose Send my application.
application-keep-link = Keep this page's address: it is your private link. We also put it in a message to your email address.
application-heading = Your application to cohort { $cohort }
application-accepted = You are accepted as a coach. The chair has sent an invitation to Tandem to your email address: use it to choose a password.
application-declined = Thank you for applying. The programme could not offer you a place in this cohort.
application-shortlisted = You are on the shortlist. The chair will be in touch.
application-change-until = You can change it until the end of { $deadline }.
application-decided = A decision has been made; the application can no longer be changed.
application-closed = The call has closed, so the application can no longer be changed.
application-name = Name
application-statement = Statement
application-withdraw = Withdraw
application-withdraw-text = Withdrawing deletes your application and your CV at once. This cannot be undone.
application-withdraw-button = Withdraw and delete my application
application-bad-link = This application link is not valid
application-bad-link-text = Check that you copied the whole link. A newer link may have replaced it: look for the latest message from the programme.
link-title = Your application's link
link-heading = Lost the link to your application?
link-look = Look in your email.
link-sent = If an application to a call that is still open was made with that address, we have sent it a private link. Links sent before keep working.
link-lead = Type the email address you applied with. We email the private link to that address, never to the screen.
link-send = Email me my link
link-back = Back to the call
applicant-data-lead = Everything the programme holds about this application, in one archive: the application as JSON, your CV, and the messages we sent you.
applicant-data-download = Download this application's data (.zip)
applicant-erase-waiting = You asked on { $asked } for this application to be erased. Unless the programme chair objects, it is erased on { $runs }, with your CV and the messages we sent you.
applicant-erase-text = You may ask for the application, your CV and the messages we sent you to be erased, whatever the decision. The programme chair is told and has a week to object; then it runs, and this link stops working.
applicant-erase-ask = Ask for this application to be erased
other-your-partner = { $who }, your partner
other-your-coach = { $who }, your coach
home-partnership-line = { $status } · { $area } · { $goals ->
        [one] { $goals } goal
       *[other] { $goals } goals
    }, { $progress }% progress · their time now { $time }
note-year-ended = Your partnership's year ended on { $date }. It is completed: its workspace stays for you to read. Thank you for the year's work.
note-extended = The programme chair extended your partnership to { $date }: { $reason }
note-undone = The programme chair undid a match made by mistake. You will hear when the right match is made.
note-coach-replaced = The programme chair asked { $coach } to continue your partnership with { $partner }: { $reason } Thank you for your work with them.
note-coach-takes-over = You now coach { $partner }, taking over from { $coach }: { $reason } The partnership's goals, journal and sessions so far are yours to read; propose your first session.
note-new-coach = { $coach } is now your coach, taking over from { $old }: { $reason } Your goals, journal and sessions so far stay with your partnership.
note-evaluation-open = Your year ends on { $date }: the end-of-year evaluation is open. Tell the programme team how the year went ({ $who } does not see your answers), and agree with { $who } how each goal ended.
note-status = The programme chair marked your partnership as { $status }.
note-status-why = The programme chair marked your partnership as { $status }: { $reason }
note-concern-answered = The programme team answered your concern.
note-concern-new = Your concern is now new.
note-concern-acknowledged = Your concern is now acknowledged.
note-concern-in_progress = Your concern is now in progress.
note-concern-resolved = Your concern is now resolved.
partnership-state-active = active
partnership-state-paused = paused
partnership-state-completed = completed
partnership-state-ended_early = ended early
reset-mail-subject = Choose a new password for Tandem
reset-mail-1 = Someone (we hope you) asked for a new password for your Tandem account. Open the link within one hour to choose one; it works once.
reset-mail-2 = If you did not ask, ignore this message: your password stays as it is.
reset-mail-action = Choose a new password
reset-mail-reason = You receive this because a new password was asked for with this address in the IATUL SIG-ALICE Coaching Programme.
summary-title = Partnership summary
summary-line = Coach in { $coach_place }; partner in { $partner_place }. Partnership year { $from } to { $to }. { $status }, as of { $as_of }.
summary-line-library = Coach in { $coach_place }; partner, { $library }, in { $partner_place }. Partnership year { $from } to { $to }. { $status }, as of { $as_of }.
summary-objective = The objective
summary-figures = The year in figures
summary-sessions = { $held } (the minimum is { $minimum })
summary-support = Support outside sessions
summary-no-session = No session held yet.
summary-session-days = Sessions held on (partner's calendar): { $days }.
summary-against-band = Against the band
summary-no-goals = No goals set.
summary-outcome-unset = outcome not set yet
summary-outcome = outcome: { $outcome }
print-button = Print or save as PDF
print-hint = To keep a copy, print this page from your browser (Ctrl+P, or ⌘P on a Mac) and choose “Save as PDF”. The site's menus are left out of the print.
error-exists = That already exists; reload the page to see it.
error-gone = That refers to something that no longer exists.
error-sign-in-throttled = Too many sign-in attempts in the last minute. Wait a minute, then try again; if you forgot your password, ask for a new one with "Forgot your password?".
call-not-yet-open = The call for cohort { $cohort } opens on { $date }; applications can be sent from then.
call-closed = The call for cohort { $cohort } closed at the end of { $deadline } ({ $place }); applications can no longer be sent or changed.
application-not-editable = This application can no longer be changed ({ $status }).
application-decision-stands = The decision on this application stands ({ $status }). Write to the programme chair if you need it removed.
application-cannot-move = This application cannot move from { $from } to { $to }.
partnership-read-only = This partnership is { $status }; its workspace can be read but no longer changed.
partnership-cannot-move = A partnership that is { $from } cannot become { $to }.
evaluation-not-yet = The evaluation opens on { $date }, in the year's last month.
goal-outcome-not-yet = Goals get their final outcome from { $date }, in the year's last month.
resources-coach-only = Only the coach records resources; tell your coach in the journal or at your next session.
introductions-coach-only = Only the coach records introductions; tell your coach in the journal or at your next session.
erasure-already-answered = This request is already answered ({ $status }).
session-not-waiting = This session no longer waits for an answer ({ $status }).
session-own-proposal = You proposed these times; the other member of the pair accepts one.
session-cannot-cancel = This session cannot be cancelled ({ $status }).
matching-partner-taken = This partner already has a partnership (number { $number }). End it before matching again.
session-outcome-locked = This outcome is recorded. Only the person who recorded it can correct it, within { $days } days.
session-outcome-too-soon = A session's outcome is recorded once its time has come.
app-error-validation = Some answers need changing.
app-error-unauthenticated = Please sign in to continue.
app-error-forbidden = This page is not available to your account.
app-error-not-found = We could not find that page.
app-error-bad-request = The form could not be read. Reload the page and try again.
app-error-internal = Something went wrong on our side. Nothing was saved; please try again.
app-error-network = Tandem could not be reached. Check your connection and try again; nothing was lost.
matching-partner-no-intake = This partner has not described their library and objective yet
matching-coach-not-in-cohort = Add this coach to the cohort before matching
matching-not-a-coach = Choose a person who is a coach
account-password-wrong = Your current password is not right.
invitation-email-taken = This email address already has an account in Tandem.
email-password-wrong = This is not your current password
email-same = This is already your email address
invitation-change-choose = Choose extend, resend or withdraw
review-decision-choose = Choose shortlist, accept or decline
session-outcome-choose = Say whether the session was held
session-option-choose = Choose one of the proposed times
session-option-passed = This time has passed; propose a new one
session-overlap = This time overlaps another session one of you has; choose another time
session-time-future = Choose a time in the future
concern-status-choose = Choose the concern's status
hours-date-locked = Entries are locked after the month that follows them; choose a date in this month or the last
call-already-applied = You have already applied to this cohort with this email address. We have sent the private link to change your application to that address.
goal-outcome-choose = Choose reached, partly or not reached
year-extend-fewer = Extend by fewer months
coach-change-same = This coach already coaches the partnership: choose another
coach-change-cohort = Choose a coach of this cohort (add coaches on the matching page)
invitation-not-waiting = This invitation is no longer waiting: it was accepted or withdrawn.
invitation-used-sign-in = This invitation has already been used. Sign in with your email and password.
invitation-expired = This invitation has expired. Ask the programme chair to invite you again.
invitation-used = This invitation has already been used.
invitation-account-exists = This email address already has an account. Sign in with it instead.
email-link-unknown = This confirmation link is not one Tandem sent, or it was cut short. Copy the whole link from the email.
email-link-used = This address is already confirmed: the link has been used.
email-link-expired = This link has expired: confirmation links work for one day. Ask for the change again on your profile.
email-taken = Another account in Tandem uses this address, so it cannot be yours too. Write to the programme chair.
people-close-own = You cannot close your own account. Another chair can.
reset-throttled = Too many requests for a new password. Wait a minute, then look in your email: a link may already be there.
reset-link-unknown = This link to choose a new password is not one Tandem sent, or it was cut short. Copy the whole link from the email, or ask for a new one.
reset-link-used-sign-in = This link has already been used to choose a new password. Sign in with it, or ask for a new link.
reset-link-expired = This link has expired: links to choose a new password work for one hour. Ask for a new one.
reset-link-used = This link has already been used to choose a new password.
review-cv-delete-declined = Only the CV of a declined application can be deleted; decide on the application first.
outbox-retry-failed-only = Only a failed message can be sent again; this one is not failed (it may have been retried already).
session-no-time = This session has no time yet.
session-partner-confirms = The partner confirms that a session was held.
session-confirm-held-only = Only a session recorded as held can be confirmed.
form-out-of-date-reload = This form is out of date; reload the page and try again.
session-move-scheduled-only = Only a scheduled session can be moved.
concern-no-pair = This concern is about no partnership: there is no pair to share it with.
hours-coach-logs = The coach logs support hours.
call-link-throttled = Too many requests for a link. Wait a minute, then look in your email: the link may already be there.
erasure-chair-by-chair = A chair's account is erased by another chair: hand the chair to someone else first, then ask.
year-ended-early-final = This partnership ended early; an early ending is final.
year-undo-within-day = A match can be undone within a day of making it. After that, end the partnership early with a reason.
coach-change-ended = This partnership has ended; its coach can no longer change.
intake-no-cohort = The programme has no cohort yet: the chair sets one up first.
form-out-of-date-send = This form is out of date; reload the page and send it again.
hours-entry-locked = This entry is locked: entries can be changed during their month and the next.
journal-keep-after-end = While the partnership runs, its journal is kept; choose this once it has finished.
invitation-title = Accept your invitation
invitation-welcome = Welcome to Tandem
invitation-lead = { $who } invited you to join the coaching programme as { $role -> 
    [chair] its chair
    [team] a member of the programme team
    [coach] a coach
   *[partner] a partner
 }.
invitation-the-team = The programme team
invitation-account = Your account will use { $email }. Choose how your name appears, your time zone and a password.
invitation-languages-hint = Separate them with commas, for example Khmer, English
invitation-password = Choose a password
invitation-password-hint = At least 12 characters. A few words together work well.
invitation-password-again = Type the password again
invitation-create = Create my account
invitation-invalid-title = This invitation link is not valid
invitation-invalid-text = Check that you copied the whole link. If it still does not work, ask the programme chair to invite you again.
invitation-unusable-title = This invitation cannot be used
forgot-title = Forgot your password?
forgot-sent = Look in your email.
forgot-sent-text = If an account in Tandem uses that address, we have sent it a link to choose a new password. The link works once, for one hour. Nothing came after a few minutes? Look in your spam folder, or ask again below.
forgot-lead = Type the email address of your Tandem account. We email you a link to choose a new password.
forgot-button = Email me a link
forgot-back = Back to sign in
reset-title = Choose a new password
reset-lead = Once it is saved you are signed in here and signed out everywhere else.
reset-save = Save my new password
reset-ask-again = Ask for a new link
confirm-email-title = Confirm your new email address
confirm-email-lead = Tandem will use { $email } for your account: to sign in and for every message.
confirm-email-button = Confirm this address
confirm-email-profile = Your profile
link-unusable-title = This link cannot be used
error-invitation-language = Choose English or Khmer for the invitation
invite-language = Language of the invitation email
invite-language-hint = The invitation page follows their browser; they can switch language on every page.
invitation-mail-subject = You are invited to Tandem as { $role -> 
    [chair] its chair
    [team] a member of the programme team
    [coach] a coach
   *[partner] a partner
 }
invitation-mail-1 = { $who } invites you to join the IATUL SIG-ALICE Coaching Programme on Tandem as { $role -> 
    [chair] its chair
    [team] a member of the programme team
    [coach] a coach
   *[partner] a partner
 }.
invitation-mail-2 = Open the link to choose your password and sign in. It works once, until { $expires }. If it has expired, write to the programme chair for a new one.
invitation-mail-action = Choose your password
invitation-mail-reason = You receive this because the programme team invited this address. If you did not expect it, ignore it: nothing happens without the link.
invitation-expiry-utc = { $at } UTC
invitation-expiry-zone = { $at }, { $city } time
people-role-added = The role is added: their home page shows it at their next visit.
people-closed = The account is closed and signed out everywhere. What they wrote stays.
people-reopened = The account is open again: they can sign in.
people-title = People
people-invite = Invite a person
people-invite-hint = Tandem emails them a single-use link to choose a password. It works for the days set on this server; see it go out in the outbox.
people-their-name = Their name
people-their-email = Their email address
people-role = Role
people-create-invitation = Create invitation
people-waiting = Waiting to accept
people-waiting-empty = No invitations are waiting. People you invite appear here until they choose a password.
people-expired = Expired
people-outbox-link = See whether the invitations went out, in the outbox
people-everyone = Everyone in Tandem
people-name = Name
people-email = Email
people-roles = Roles
people-zone = Time zone
people-change = Change
people-demo = Demo
people-closed-tag = Closed
people-add-role = Add role
people-open-again = Open again
people-close-account = Close account
role-chair = Chair
role-team = Programme team
role-coach = Coach
role-partner = Partner
invitation-done-extend = The invitation works for longer; its link is the same.
invitation-done-resend = A new link is on its way by email; the old one no longer works.
invitation-done-revoke = The invitation is withdrawn; its link no longer works.
invitation-change-extend = Extend
invitation-change-resend = Send a new link
invitation-change-revoke = Withdraw
invitation-change-aria = { $change }: the invitation of { $who }
people-role-to-add = Role to add for { $who }
people-open-aria = Open the account of { $who } again
people-close-aria = Close the account of { $who }
people-has-role = { $who } already has this role ({ $role }).
team-view-notice = As programme team you see this partnership's figures and the journal entries its members chose to share. The rest of the workspace stays with the pair.
team-status-saved = Status saved; both people are told.
team-extended = The partnership is extended; both people are told.
team-replaced = The coach is changed; the partner and both coaches are told.
team-area = Objective area
team-figures = Figures
team-hours-link = Support hours month by month
team-evaluation-link = End-of-year evaluation
team-summary-link = One-page summary
team-report-link = The cohort's report
team-shared = Shared with the programme team
team-shared-empty = Nothing shared yet. Journal entries stay private to the pair unless their author shares them.
team-change-status = Change the status
team-new-status = New status
team-reason = Reason
team-reason-hint = Needed when the partnership ends early; both people read it.
team-save-status = Save status
year-extend-title = Extend the year
year-extend-months = Extend by (months)
year-why = Why
year-why-hint = Both people read it, and it is kept in the audit log.
year-extend-button = Extend the partnership
year-replace-title = Change the coach
year-replace-none = No other coach is in this cohort yet: add one on the matching page first.
year-new-coach = The new coach
year-choose-coach = Choose a coach
year-replace-why = Why the coach changes
year-replace-why-hint = The partner and both coaches read it, and it is kept in the audit log.
year-undo-title = Matched by mistake?
year-undo-text = Within a day of the match you can undo it: the partnership goes, with anything the pair added since, and the partner waits for a coach again. It does not count as an ending.
year-undo-button = Undo this match
year-runs-until = The partnership runs until { $date }. It completes by itself after that day, and its workspace becomes read-only.
year-replace-text = If { $coach } cannot go on, another coach of the cohort takes over. The partnership keeps its goals, journal, sessions and hours; { $coach } no longer sees it; sessions still to come are cancelled, for the new coach to propose their own times.
year-places-taken = { $load } of { $capacity } places taken
evaluation-team-goals = Goals and their outcomes
evaluation-team-no-goals = No goals were set.
evaluation-team-none = Neither member has answered yet. They are asked in the year's last month.
evaluation-team-reached = Goals reached
evaluation-team-helped = What helped
evaluation-team-change = What should change
evaluation-team-broadened = Perception of library work broadened
evaluation-team-rating = Rating
evaluation-team-again = Would take part again
evaluation-team-quote = May be quoted
evaluation-team-quote-yes = Yes, without their name
evaluation-team-quote-no = No
evaluation-team-of = Answers of { $who }
evaluation-team-member = { $who } ({ $side -> 
    [coach] coach
   *[partner] partner
 })
evaluation-team-rating-of = { $rating } of 5
evaluation-team-answered = Answered { $when }
queue-applications = { $count -> 
    [one] { $count } application to review
   *[other] { $count } applications to review
 }
queue-applications-none = No application waits for a decision.
queue-applications-act = Review applications
queue-unmatched = { $count -> 
    [one] { $count } partner without a coach
   *[other] { $count } partners without a coach
 }
queue-unmatched-none = Every partner has a coach.
queue-unmatched-act = Match partners with coaches
queue-concerns = { $count -> 
    [one] { $count } concern open
   *[other] { $count } concerns open
 }
queue-concerns-none = No concern is open.
queue-concerns-act = Answer the concerns
queue-alerts = { $count -> 
    [one] { $count } alert on the partnerships
   *[other] { $count } alerts on the partnerships
 }
queue-alerts-none = No alert on the partnerships.
queue-alerts-act = See them on the dashboard
queue-evaluations = { $count -> 
    [one] { $count } end-of-year evaluation not answered by both members
   *[other] { $count } end-of-year evaluations not answered by both members
 }
queue-evaluations-none = No evaluation is waiting for an answer.
queue-evaluations-act = See each cohort's report
queue-failed = { $count -> 
    [one] { $count } message could not be delivered
   *[other] { $count } messages could not be delivered
 }
queue-failed-none = Every message went out.
queue-failed-act = See the failed messages
home-chair-now = Programme chair: what needs you now
home-team-now = Programme team: what needs you now
home-the-programme = The programme
home-invitations-waiting = { $count -> 
    [0] No invitations are waiting to be accepted.
    [one] { $count } invitation is waiting to be accepted.
   *[other] { $count } invitations are waiting to be accepted.
 }
home-invite-link = Invite coaches and partners
home-people-count = { $count -> 
    [one] { $count } person has an account.
   *[other] { $count } people have accounts.
 }
home-see-everyone = See everyone
home-partnerships-count = { $count -> 
    [0] No partnerships yet.
    [one] { $count } partnership.
   *[other] { $count } partnerships.
 }
home-see-partnerships = See the partnerships
home-cohorts-line = Each cohort has its own call, year and rules.
home-set-up-cohorts = Set up the cohorts
home-edit-programme = Edit the programme
erasure-objected-note = The programme chair has not erased your data yet: { $reason } Write to the chair to talk it over; you may ask again.
erasures-title = Erasure requests
erasures-done-erased = Erased. The request below keeps what went, in figures.
erasures-done-objected = Objection sent: the person reads your reason.
erasures-lead = A person asks for their data to be erased; you have a week to object with a reason they read. Without an objection it runs when the week is out. What the pair wrote together stays for the other member, shown as a former participant's; the figures stay.
erasures-waiting = Waiting
erasures-waiting-empty = No request is waiting.
erasures-erase-now = Erase now
erasures-object-label = Object, with the reason the person reads
erasures-object = Object
erasures-answered = Answered
erasures-none-yet = None yet.
erasures-line = { $what } · asked { $asked } · runs { $runs }
erasures-answered-line = { $who } · asked { $asked }
erasures-reason = Reason: { $reason }
erasure-status-waiting = Waiting
erasure-status-objected = The chair objected
erasure-status-withdrawn = Withdrawn
erasure-status-done = Erased
matching-title = Match partners with coaches
matching-undone = The match is undone. The partner waits for a coach again; both people are told.
matching-cohort = Cohort
matching-show = Show
matching-how = How suggestions are ranked
matching-how-text = Each coach of the cohort gets up to 100 points for a partner: 40 when the coach's expertise includes the partner's objective area; up to 30 for the overlap of both people's working hours, counted day by day over the whole partnership year so clock changes count (full points at 2 hours a day); 20 for a shared language; 10 for a free place. A coach already at capacity loses 30 points. You can choose any coach.
matching-partners = Partners
matching-partners-empty = No partner has described their library and objective yet. Partners do this on their first visit; invite them from People.
matching-coaches = Coaches in this cohort
matching-coaches-empty = No coach is in this cohort yet. Accepted applicants join when they create their account; you can also add a coach below.
matching-coaches-caption = Coaches, their working hours, expertise and places
matching-col-coach = Coach
matching-col-hours = Working hours
matching-col-expertise = Expertise
matching-col-taken = Places taken
matching-col-capacity = Capacity
matching-add-coach = Add a coach to this cohort
matching-add-to-cohort = Add to cohort
matching-meets-by = Meets by:
matching-need = The need, in the partner's words
matching-open = Open the partnership
matching-no-coaches = Add coaches to the cohort to see suggestions.
matching-score-title = Score out of 100
matching-beyond = Match beyond capacity
matching-not-stated = Not stated
matching-save-expertise = Save expertise
matching-save = Save
matching-lead = Cohort { $cohort }: partnerships run from { $from } to { $to }.
matching-waiting = { $count -> 
    [0] Every partner with an objective has a coach.
    [one] { $count } partner is waiting for a coach.
   *[other] { $count } partners are waiting for a coach.
 }
matching-not-ready = Not ready to match (no objective yet): { $names }.
matching-partner-line = { $library } · { $place } · works { $hours } · { $languages }
matching-prefers = prefers { $times } (their time)
matching-matched = Matched with { $coach }.
matching-score = { $score } / 100
matching-with = Match with { $coach }
matching-change-expertise = Change { $coach }'s expertise
matching-load = { $load } of { $capacity }
matching-capacity-of = Capacity of { $coach }
review-title = Review applications
review-heading = Coach applications
review-status = Status
review-any = Any
review-expertise = Expertise
review-country = Country
review-zone-starts = Time zone starts with
review-search = Search
review-search-placeholder = Name, email or institution
review-order = Order
review-newest = Newest first
review-oldest = Oldest first
review-by-name = By name
review-filter = Filter
review-clear = Clear
review-empty = No applications match. Sent applications appear here; drafts stay with their authors until sent.
review-applicant = Applicant
review-institution = Institution
review-country-zone = Country and zone
review-detail-title = Review an application
review-shortlist = Shortlist
review-accept = Accept and invite
review-decline = Decline
review-all = All applications
review-accepted-note = Accepted. Tandem emails them an invitation to join as a coach.
review-email = Email
review-time-zone = Time zone
review-languages = Languages
review-years = Years leading
review-cv = CV
review-no-cv = No CV kept
review-cv-deleted = The CV is deleted.
review-delete-cv-title = Delete this CV?
review-delete-cv-text = The file is removed at once and cannot be recovered. The application and your notes stay.
review-delete-cv-yes = Yes, delete the CV
review-delete-cv-no = No, keep it
review-delete-cv-link = Delete the CV of this declined application
review-statement = Statement
review-notes = Private notes
review-notes-hint = Seen by the programme team only, never by the applicant.
review-no-notes = No notes yet.
review-add-note-label = Add a note
review-add-note = Add note
review-count = { $count -> 
    [one] { $count } application
   *[other] { $count } applications
 }
review-cohort = Cohort { $cohort }
review-cv-pdf = View the CV (PDF, { $kb } KB)
review-cv-word = Download the CV (Word, { $kb } KB)
area-short-facilities = Facilities
area-short-collections = Collections
area-short-advocacy = Advocacy
area-short-training = Training
area-short-other = Other
cohorts-title = Cohorts
cohorts-lead = Each cohort has its own call for coaches, its partnership year and the rules its partnerships are held to.
cohorts-new = New cohort
cohorts-edit-programme = Edit the programme: texts, chair, contact
cohorts-empty = No cohort yet. Create the first: its call opens on the day you choose.
cohorts-col-cohort = Cohort
cohorts-col-now = Now
cohorts-col-closes = Call closes
cohorts-col-year = Partnership year
cohorts-col-applications = Applications
cohorts-col-partnerships = Partnerships
cohorts-demo = Demo
cohorts-its-call = its call
cohorts-its-report = its report
cohort-created = The cohort is created. Its call page is public; share its address when the call opens.
cohort-saved = Saved. The call page and the partnerships follow the new settings.
cohort-all = All cohorts
cohort-see-call = See its public call page
cohort-its-report = Its report (print or save as PDF)
cohort-new-lead = Set up the next cohort: when its call opens and closes, the partnership year and the rules its partnerships are held to. The call's rules are filled in; change what this cohort does differently.
cohort-edit-lead = Changes apply to this cohort's call and partnerships from now on.
cohort-legend = The cohort
cohort-name = Name
cohort-name-hint = For example 2027-2028. It names the cohort on every page and in its address.
cohort-country = Partners' country
cohort-partner-zone = Partners' usual time zone
cohort-partner-zone-hint = Suggested to partners when they are invited, for example Asia/Phnom_Penh.
cohort-call-legend = The call for coaches
cohort-opens = The call opens on
cohort-deadline = Deadline
cohort-deadline-hint = Applications close at the end of this day, on the clock below. An open call's deadline can move later, not earlier.
cohort-deadline-zone = The deadline is stated in this time zone
cohort-deadline-zone-hint = The call shows the deadline on this clock and on each reader's own, for example Europe/London or Asia/Phnom_Penh.
cohort-call-text = This cohort's call text
cohort-call-text-hint = Optional. Shown at the top of this cohort's call page, above the programme's aims.
cohort-year-legend = The partnership year
cohort-starts = Partnerships start on
cohort-months = Length in months
cohort-months-hint = The call's year is 12 months, June to May.
cohort-min-sessions = Sessions each partnership holds at least
cohort-min-sessions-hint = The call asks for at least 6 voice or video sessions.
cohort-support-legend = Support time and alerts
cohort-hours-min = Support hours a month, at least
cohort-hours-min-hint = In hours, for example 2 or 1.5. The call asks for 2 to 5 hours a month.
cohort-hours-max = Support hours a month, at most
cohort-no-session-days = Alert after this many days without a held session
cohort-unanswered-days = Alert when a proposal waits this many days for an answer
cohort-cv-days = Days a declined applicant's CV is kept
cohort-cv-days-hint = After the decision; then the CV is deleted.
cohort-draft-days = Days a draft application never sent is kept
cohort-draft-days-hint = After the call's deadline; then the draft is deleted with its CV.
cohort-undecided-days = Days an undecided application is kept
cohort-undecided-days-hint = After the partnership year starts; then it is deleted with its CV. An accepted coach's CV goes when the year ends.
cohort-journal-days = Days a finished pair's journal and session notes are kept
cohort-journal-days-hint = After the year ends, unless both members choose to keep them. Sessions and hours stay as figures.
cohort-create = Create the cohort
cohort-save = Save the cohort
cohort-partners-title = Partners of this cohort
cohort-matching-link = this cohort's matching page
cohort-partners-empty = No partner is in this cohort yet. Invite the library directors who take part this year: each chooses their ONE objective, then appears on the matching page.
cohort-col-partner = Partner
cohort-col-stand = Where they stand
cohort-invite-list = Invite partners
cohort-invite-hint = One person a line: their name, a comma, their email address. For example “Sok Dara, dara@library.edu.kh”. You can paste two columns from a spreadsheet. A partner from an earlier year joins this cohort with a new intake; their earlier year stays as it was.
cohort-invite = Invite
cohort-named = Cohort { $name }
cohorts-closes-at = end of { $deadline } ({ $place })
cohorts-year-span = { $from } to { $to }
cohort-extended = The deadline was extended; it was { $was }. The call page says so.
cohort-year-fixed = { $count -> 
    [one] { $count } partnership runs in this cohort, so the year's dates stay as they are.
   *[other] { $count } partnerships run in this cohort, so the year's dates stay as they are.
 }
cohort-invited-email = { $count -> 
    [one] { $count } person invited by email
   *[other] { $count } people invited by email
 }
cohort-invited-added = { $count -> 
    [one] { $count } partner who already had a partner's account, now in this cohort and told
   *[other] { $count } partners who already had a partner's account, now in this cohort and told
 }
cohort-invited-already = { $count -> 
    [one] { $count } person already invited or in the cohort (nothing sent again)
   *[other] { $count } people already invited or in the cohort (nothing sent again)
 }
cohort-invited-each-matching = Each partner invited here chooses their ONE objective, then appears on { $link }.
stage-soon = Call opens soon
stage-open = Call open
stage-matching = Call closed: matching
stage-under_way = Under way
stage-completed = Completed
cohort-deadline-passed = This deadline has passed already ({ $deadline }): a new call needs a deadline ahead
cohort-name-taken = A cohort called { $name } exists already: choose another name
cohort-year-locked = { $count -> 
    [one] { $count } partnership runs in this cohort from { $from } to { $to }: its year's dates stay as they are
   *[other] { $count } partnerships run in this cohort from { $from } to { $to }: its year's dates stay as they are
 }
cohort-call-closed-stays = This call closed at the end of { $was }; its deadline stays
cohort-deadline-later-only = An open call's deadline can only move later than { $was }: applicants count on it
public-signed-out = You are signed out.
public-read-call = Read the call and apply
public-demo-cohort = This cohort is demo data.
public-aims = What every partnership works towards
public-one-objective = One specific objective, chosen by the partner
public-four-areas = Each partner chooses one specific objective from four areas:
public-coaches-do = What coaches do
public-already = Already taking part?
public-already-text = Sign in to see your partnership, your sessions and what needs you next.
programme-edit-title = Edit the programme
programme-edit-lead = These texts appear on the public home page and in every cohort's call.
programme-saved = Saved. The home page shows the new texts.
programme-name = Programme name
programme-summary = Summary
programme-chair-name = The chair's name
programme-chair-name-hint = Shown on every call: applications go to the chair.
programme-contact = Contact address for the call
programme-contact-hint = Optional. Shown on every call for questions.
programme-outbox-days = Days a sent message is kept
programme-outbox-days-hint = Messages can hold private links (sign-in, invitations); after this they are deleted.
programme-audit-days = Days an audit log line is kept
programme-audit-days-hint = Who read or changed a confidential record, and when.
programme-objectives = General objectives
programme-one-per-line = One per line.
programme-expectations = What coaches are expected to do
programme-areas-legend = The four specific-objective areas
programme-area-facilities = Facilities and spaces
programme-area-collections = Collections and information access
programme-area-advocacy = Advocacy and services
programme-area-training = Human resources and training
programme-save = Save the programme
public-call-title = Cohort { $cohort }: call for coaches
mail-kind-account = Your account
mail-kind-application = Applications
mail-kind-sessions = Sessions
mail-kind-reminders = Session reminders
mail-kind-partnership = Your partnership
mail-kind-alerts = Alerts and concerns
mail-about-account = Invitations, password resets and changes of email address.
mail-about-application = Receipts and private links for a coach's application.
mail-about-sessions = A session proposed, accepted, moved or cancelled, with a calendar invitation.
mail-about-reminders = A reminder 24 hours and 1 hour before each session.
mail-about-partnership = Your pair, its goals and what the other person or the programme team changed.
mail-about-alerts = Alerts about a partnership's progress, and concerns raised.
delivery-immediately = Email me each one
delivery-off = No email (I read them in Tandem)
mail-status-queued = Queued
mail-status-sending = Sending
mail-status-sent = Sent
mail-status-failed = Failed
mail-status-held = Not sent
outbox-title = Outbox
outbox-sent = Invitation sent. Its message is below; the link in it is private, so it is not shown here.
outbox-retried = The message is queued again and goes out in a moment.
outbox-lead = Every message Tandem writes, newest first, and whether it reached the mail server. A failed message says why; send it again once the reason is fixed.
outbox-show = Show messages
outbox-all = All
outbox-newest-50 = The newest 50 are shown; choose a status above to see others.
outbox-empty = The outbox is empty. Invitations, receipts and session messages appear here as Tandem writes them.
outbox-calendar = with a calendar invitation
outbox-server-answer = Mail server's answer:
outbox-send-again = Send again
messages-title = Messages you receive
messages-saved = Saved. Tandem emails you as you chose.
messages-lead = Choose which messages Tandem emails you. Everything is also on your pages in Tandem. Invitations, password resets and other account messages always come.
messages-save = Save
messages-back = Back to your profile
unsubscribe-title = Stop emails
unsubscribe-off-heading = You receive no emails about this
unsubscribe-heading = Stop these emails?
unsubscribe-saved = Saved.
unsubscribe-off-text = Tandem no longer emails these; you still see them when you sign in.
unsubscribe-text = You still see them in Tandem when you sign in.
unsubscribe-again = Email me these again
unsubscribe-stop = Stop these emails
unsubscribe-all = Choose every kind of message (sign in)
outbox-tab = { $status } ({ $count })
outbox-none-status = No message has this status now: { $status }.
outbox-sent-at = Sent { $when }
outbox-next-try = Next try { $when }
outbox-written = Written { $when }
outbox-attempts = { $count -> 
    [one] { $count } attempt
   *[other] { $count } attempts
 }
outbox-to = To { $email }
outbox-no-smtp = Email is not set up on this server (no TANDEM_SMTP_URL), so nothing is sent: messages wait here. Whoever runs the server can read them in full with { $command }.
unsubscribe-for = For { $email }.
dashboard-title = Programme dashboard
dashboard-cohort = Cohort
dashboard-area = Objective area
dashboard-any = Any
dashboard-status = Status
dashboard-order = Order
dashboard-by-pair = By pair
dashboard-most-alerts = Most alerts first
dashboard-fewest-sessions = Fewest sessions first
dashboard-least-support = Least support this month first
dashboard-least-progress = Least goal progress first
dashboard-only-alerted = Only partnerships with alerts
dashboard-show = Show
dashboard-chart-title = Sessions held per month, across the cohort
dashboard-partnerships = Partnerships
dashboard-empty = No partnership matches these filters.
dashboard-sessions = Sessions
dashboard-next = Next session (your time)
dashboard-none-scheduled = None scheduled
dashboard-support = Support this month
dashboard-goals = Goals
dashboard-last-contact = Last contact
dashboard-none-yet = None yet
dashboard-concerns = Open concerns
dashboard-support-chart = Support per month
dashboard-heading = Programme dashboard: { $cohort }
dashboard-lead = { $total -> 
    [one] { $total } partnership
   *[other] { $total } partnerships
 }; { $shown } shown. Changes anywhere appear here as they happen.
dashboard-chart-label = Sessions held per month. { $summary }
dashboard-spark-label = Support per month: { $summary }
dashboard-held-of = { $held } of { $min } held
dashboard-band = { $hours } (band { $min } to { $max })
dashboard-goal-progress = { $count -> 
    [one] { $count } goal
   *[other] { $count } goals
 }, { $progress }% progress
dashboard-by-area = By area:
dashboard-by-status = By status:
report-title = Cohort report
report-back = Back to the cohort
report-csv = Evaluation answers (CSV)
report-empty = No partnerships in this cohort yet: the report fills in as pairs are matched.
report-glance = At a glance
report-partnerships = Partnerships
report-goals-reached = Goals reached
report-evaluations-received = Evaluations received
report-mean-rating = Mean rating
report-by-area = Partnerships by objective area
report-sessions-title = Sessions held against the minimum
report-sessions-bars = Sessions held per partnership
report-outcomes = Goal outcomes
report-outcomes-hint = Each goal's outcome as the pair agreed it at the year's end.
report-evaluations = The evaluations
report-no-answers = No evaluation answers yet: members answer in the year's last month.
report-reached-q = Were the objective's goals reached?
report-reached-bars = Were the goals reached
report-again-q = Would they take part again?
report-again-bars = Would take part again
report-broadened-q = Did the coaches' perception of library work broaden?
report-broadened-bars = Perception broadened (coaches)
report-words = In their words
report-no-quotes = No one has allowed a quote.
report-quotes-hint = What helped, quoted only where its author allowed it, without their name.
report-each = Each partnership
report-col-partnership = Partnership
report-col-area = Area
report-col-sessions = Sessions
report-col-support = Support
report-col-evaluations = Evaluations
report-col-print = Print
report-summary-link = Summary
report-certificate = Certificate
report-heading = Report: { $cohort }
report-drawn-up = Partnership year { $year }. Drawn up on { $date } for { $chair }, chair.
report-held-min = Held at least { $min } sessions
report-of = { $part } of { $whole }
report-band-title = Months with support in the band ({ $band })
report-no-month-ended = No month has ended yet
report-months-ended = { $part } of { $count -> 
    [one] { $count } month ended
   *[other] { $count } months ended
 }
report-no-goals = No goals set yet
report-goals-of = { $part } of { $count -> 
    [one] { $count } goal
   *[other] { $count } goals
 }
report-evaluations-of = { $partners -> 
    [one] { $partners } partner
   *[other] { $partners } partners
 }, { $coaches -> 
    [one] { $coaches } coach
   *[other] { $coaches } coaches
 }, of { $pairs -> 
    [one] { $pairs } pair
   *[other] { $pairs } pairs
 }
report-no-ratings = No answers yet
report-rating = { $rating } out of 5
report-dashed = The dashed line is this cohort's minimum of { $min } voice or video sessions in the year.
report-no-month-ended-pair = No month ended yet
report-pair-band = { $part } of { $count -> 
    [one] { $count } month
   *[other] { $count } months
 } in the band
report-answered = { $count } of 2
concern-handle = Handle this concern
concern-status-label = Status
concern-take-on = I take this concern on
concern-response = Response to the author (optional)
concern-save = Save
concern-audit = Audit log
certificate-title = Certificate of participation
certificate-back = Back to the partnerships
certificate-certifies = This certifies that
certificate-took-part = took part as a coach in the { $programme }, cohort { $cohort }, partnership year { $year }, coaching:
certificate-sessions = { $count -> 
    [one] { $count } coaching session held together, with support given between sessions.
   *[other] { $count } coaching sessions held together, with support given between sessions.
 }
certificate-chair = Chair of the programme · { $date }
nav-main = Main
nav-main-menu = Main (menu)
applicant-reason = You receive this because this address was given on an application to coach in the programme. If that was not you, ignore this message; write to the programme chair if it happens again.
receipt-subject = We received your application to cohort { $cohort }
receipt-1 = Thank you for applying to coach in cohort { $cohort } of the IATUL SIG-ALICE Coaching Programme. { $rule } The chair writes to you with the decision.
receipt-2 = You can see or change your application until the deadline with your private link. Keep it to yourself: anyone with it can change your application.
receipt-action = See or change your application
draft-subject = Your draft application to cohort { $cohort }
draft-1 = Your draft application to coach in cohort { $cohort } is saved. It is not sent yet: open it with your private link, finish it and press "Send my application" before the deadline.
draft-2 = Keep the link to yourself: anyone with it can change your application.
draft-action = Finish your application
link-again-subject = Your link to your application to cohort { $cohort }
link-again-1 = Someone (perhaps you) asked for the private link to your application to coach in cohort { $cohort }. Here it is. Links sent to you before keep working.
link-again-action = Open your application
team-notice-subject = New coach application: { $name }
team-notice-1 = { $name } ({ $position }, { $institution }, { $country }) applied to coach in cohort { $cohort }.
team-notice-action = Review applications
team-notice-reason = You receive this because you are on the programme team.
declined-subject = Your application to coach in cohort { $cohort }
declined-1 = Thank you for applying to coach in cohort { $cohort }. The programme chair has decided not to offer you a coaching partnership in this cohort.
declined-2 = We hope you will apply to a later call. Your application and CV are kept only as long as the programme's rules say; you can delete them now with your private link.
declined-action = See your application
area-words-facilities = library facilities and spaces
area-words-collections = collections and information access
area-words-advocacy = advocacy and services
area-words-training = human resources and training
match-overlap-none = no overlap in working hours
match-overlap-first = { $duration } a day overlap
match-overlap-from = { $duration } from { $date }
match-overlap-more = { $count ->
    [one] { $count } more change
   *[other] { $count } more changes
}
match-expertise = expertise in { $area }
match-no-expertise = no stated expertise in { $area }
match-no-language = no shared language
match-languages = both speak { $languages }
match-load = { $capacity ->
    [one] { $load } of { $capacity } partner taken
   *[other] { $load } of { $capacity } partners taken
}
match-full = at capacity: already coaching { $load } of { $capacity }
match-no-hours = sessions fall outside someone's working hours
alert-no-session = No session for { $quiet } days; this cohort's alert is set at { $days } days without one.
alert-pace = Behind the pace to reach { $minimum } sessions: { $reason }.
alert-unanswered = A session proposal has waited { $days } days for an answer.
alert-hours-below = { $month }: { $hours } of support outside meetings, below this cohort's floor of { $floor }.
alert-hours-above = { $month }: { $hours } of support outside meetings, above this cohort's ceiling of { $ceiling }; take care not to burn out.
alert-notice = Alert: { $message }
alert-notice-team = Alert on the partnership of { $coach } and { $partner }: { $message }
alert-hours-none = { $month }: no support outside meetings was logged; this cohort's floor is { $floor }.
email-change-reason = You receive this because a change of the email address of a Tandem account was asked for in the IATUL SIG-ALICE Coaching Programme.
email-change-confirm-1 = Confirm that Tandem may use this address for your account. The link works once, for one day; until then your account keeps its old address.
email-change-confirm-action = Confirm this address
email-change-confirm-subject = Confirm your new email address for Tandem
email-change-notice-1 = Someone signed in to your Tandem account asked to use { $email } instead of this address. Nothing changes until the new address confirms it.
email-change-notice-2 = If that was not you, change your password now and write to the programme chair.
email-change-notice-action = Change your password
email-change-notice-subject = A change of your Tandem email address was asked for
error-zone-unknown = We do not know the time zone "{ $zone }". Choose one from the list, like Asia/Phnom_Penh.
matching-over-capacity = { $capacity ->
    [one] { $coach } already coaches { $load } of { $capacity } partner in this cohort. Tick "Match beyond capacity" to match anyway.
   *[other] { $coach } already coaches { $load } of { $capacity } partners in this cohort. Tick "Match beyond capacity" to match anyway.
}
cohort-invited-again = You are invited into the programme's cohort { $cohort }. Choose your ONE objective for the year: your library's details are kept from last time.
sessions-medium-you = You said you meet by “{ $way }”: choose a way of meeting that works for that
sessions-medium-partner = Your partner meets by “{ $way }”: choose a way of meeting that works for that
concern-answered-notice = The author of a concern answered in its thread.
call-upload-broken = The upload did not arrive whole ({ $detail }). Try again; the CV must be 5 MB or smaller.
call-link-unknown = This application link is not valid.
unsubscribe-done = Unsubscribed.
unsubscribe-unknown = This unsubscribe link is not known. Choose what you receive on your profile in Tandem.
export-unknown = No such export.
erasure-context-running = In a running partnership with { $other } (until { $until }): { $other } keeps its sessions, goals and resources, with a former participant in place of this person.
erasure-context-finished = In a finished partnership with { $other }.
erasure-context-concerns = { $count ->
    [one] An open concern they raised would be erased with them.
   *[other] { $count } open concerns they raised would be erased with them.
}
former-participant = A former participant
former-team-member = Former team member
list-semicolon = { $a }; { $b }
goal-history-added = Added the goal "{ $title }"
goal-history-title = Goal: "{ $old }" → "{ $new }"
goal-history-outcome = Outcome: "{ $outcome }"
goal-history-status = Status: { $before } → { $after }
goal-history-progress = Progress: { $old }% → { $new }%
goal-history-milestone-added = Added the milestone "{ $title }", due { $date }
goal-history-milestone-changed = Changed the milestone "{ $old }", due { $old_date }, to "{ $title }", due { $date }
goal-history-milestone-removed = Removed the milestone "{ $title }", due { $date }
goal-history-milestone-done = Milestone done: "{ $title }"
goal-history-milestone-reopened = Milestone reopened: "{ $title }"
someone = Someone
session-history-proposed-1 = Proposed { $t1 } ({ $place } time)
session-history-proposed-2 = Proposed { $t1 } or { $t2 } ({ $place } time)
session-history-proposed-3 = Proposed { $t1 }, { $t2 } or { $t3 } ({ $place } time)
session-history-accepted = Accepted { $at } ({ $place } time)
session-history-declined = Declined the proposed times
session-history-moved = Moved from { $from } to { $to } ({ $place } time)
session-history-set = Set to { $to } ({ $place } time)
session-history-cancelled = Cancelled: { $reason }
session-history-confirmed = Confirmed it was held
session-history-recorded = Recorded as { $outcome }
session-history-corrected = Corrected to { $outcome }
session-outcome-held = held
session-outcome-no_show = no-show
session-history-line = { $at }, { $who }: { $what }
report-quote-coach = A coach
report-quote-partner = A partner
report-band = { $from } to { $to } a month
error-card-phone = Add your phone number, or untick “Phone”
error-card-whatsapp = Add your WhatsApp number, or untick “WhatsApp”
error-password-enter = Enter your password
error-password-current = Enter your current password
error-password-differ = The two passwords are different; type the same one twice
error-eval-rating = Rate the partnership from 1 to 5
error-eval-again = Say whether you would take part again
error-eval-reached = Say whether the objective's goals were reached
error-eval-broadened = Say whether your perception of library work broadened
error-app-expertise-list = Choose areas from the list
error-app-years = Enter how many years you have led a library or library team
error-app-years-number = Enter a whole number of years, for example 12
error-app-expertise = Choose at least one area you can help with, or describe your expertise
error-app-consent = Agree to how the programme keeps your application to send it
error-hours-date = Choose a date within the partnership
error-hours-category = Choose what the time was for
error-concern-category = Choose what the concern is about
error-concern-severity = Choose how serious it is
error-hours-future = Log time once it is spent: the date is in the future
error-concern-partnership = Choose the partnership this is about, or none
error-cohort-ceiling = The ceiling must be above zero hours
error-cohort-name = Use letters or numbers in the name, for example 2027-2028
error-cohort-start = Choose an earlier start for the partnership year
error-session-medium = Choose how you will meet
error-session-duration = Choose how long the session lasts
error-window-weekday = Choose a day of the week
error-window-start = Start before midnight: 00:00 to 23:59
error-session-link = Add the video link (it is kept when the session moves)
error-window-same = The end is the same as the start: give when your free time ends
error-objection-reason = Say why, in a sentence: the person reads it.
error-objection-long = Keep the reason under 2,000 characters.
error-status-choose = Choose the partnership's new status
error-reason-long = Keep the reason under 2,000 characters
error-extend-range = Extend by 1 to 12 months
error-extend-number = Enter the number of months, for example 3
error-coach-continues = Choose the coach who continues the partnership
error-goal-status = Choose the goal's status
error-resource-area = Choose the objective area this resource serves
error-ended-why = Say why the partnership ended early (the pair and the team will read it)
error-extend-why = Say why the partnership is extended (the pair and the team will read it)
error-coach-why = Say why the coach changes (the partner and both coaches will read it)
error-goal-progress = Enter the progress as a whole number from 0 to 100
error-journal-kind = Choose what the entry is about: a success, a difficulty or a note
error-invite-empty = Write at least one person: a name and an email address on a line
error-app-cv = Upload your CV as a PDF or a Word document
clock-change-forward = { $minutes ->
    [60] Clocks in { $place } go forward an hour on { $date }: this session is { $mine }, { $theirs }.
   *[other] Clocks in { $place } go forward { $minutes } minutes on { $date }: this session is { $mine }, { $theirs }.
}
clock-change-back = { $minutes ->
    [60] Clocks in { $place } go back an hour on { $date }: this session is { $mine }, { $theirs }.
   *[other] Clocks in { $place } go back { $minutes } minutes on { $date }: this session is { $mine }, { $theirs }.
}
clock-at-place = { $time } in { $place }
weekly-shift = { $window } is { $now } in { $place } now, { $then } from { $date }.
concern-raised-notice = A new concern ({ $category }, { $severity }) needs the programme team.
erasure-context-application = Applied to coach in { $cohort }; the application is { $status }.
goal-history-final = { $who } set the final outcome: { $outcome }
error-date-shape = Enter { $what } as a date, for example { $example }
error-date-years = Enter { $what } between the years { $first } and { $last }
error-number-range = Enter { $what } from { $min } to { $max }
error-number-whole = Enter { $what } as a whole number
error-hours-shape = Enter { $what } in hours, for example 2 or 2.5
error-hours-most = Enter { $what } of at most 100 hours
error-year-zero = A partnership year of zero months is not a year: enter 1 to 24
error-year-long = A partnership lasts at most two years (24 months), not { $months }
error-days-min = Enter { $what }: at least one day
error-days-max = Enter { $what }: at most 365 days
error-hours-floor-above = The floor ({ $floor } h) is above the ceiling ({ $ceiling } h): lower the floor or raise the ceiling
error-phone = Write the number with its country code, for example +855 12 345 678
error-link-missing = Enter the link, starting with https://
error-link-shape = Enter a web link that starts with https:// or http://
error-link-spaces = A link cannot contain spaces
error-link-long = The link is too long (2,000 characters at most)
error-capacity = Enter how many partners this coach can take, from 1 to { $max }
error-clock-missing = Enter a time like 09:00
error-clock-shape = Enter a time like 09:00 or 17:30, not "{ $raw }"
error-workday-order = The end of your working day must be after its start (on the same day)
error-workday-short = Give a working day of at least one hour
error-password-missing = Enter a password
error-password-control = Passwords cannot contain control characters
error-password-short = Use at least { $min } characters; a few words together work well
error-password-long = Passwords are at most { $max } characters
error-password-common = This password is one of the first that attackers try; choose a few words of your own
error-cv-empty = The CV file is empty. Choose the file again
error-cv-size = The CV must be 5 MB or smaller; this file is { $size } MB
error-cv-png = Upload your CV as a PDF or a Word document (.docx). This file is a PNG image
error-cv-jpeg = Upload your CV as a PDF or a Word document (.docx). This file is a JPEG image
error-cv-doc = Upload your CV as a PDF or a Word document (.docx). This file is an old Word (.doc) file; save it as .docx or PDF
error-cv-neither = Upload your CV as a PDF or a Word document (.docx). This file is neither
error-cv-zip-not-word = Upload your CV as a PDF or a Word document (.docx). This zip file is not a Word document
error-cv-pdf-incomplete = This PDF looks incomplete (it has no end marker). Save or export it again and upload the new file
error-cv-broken-zip = This file is a damaged zip package, not a readable Word document
error-cv-zip-large = This zip package is too large to be a CV
error-cv-parts = This Word document holds over { $max } parts; it cannot be a CV
error-cv-bomb = This file unpacks to far more than its size (a zip bomb?); it was refused
error-cv-unpacked = This Word document unpacks to over 50 MB; it cannot be a CV
error-minutes-missing = Enter how long you spent
error-minutes-shape = Enter the time as minutes (90) or hours and minutes (1:30)
error-minutes-zero = Enter a time of at least one minute
error-minutes-long = One entry can hold at most 10 hours; split longer work over its days
what-date = the date
what-due-date = the due date
what-away-day = the day you are away
what-call-opens = the day the call opens
what-deadline = the deadline
what-partnerships-start = the day partnerships start
what-year-months = the length of the partnership year in months
what-min-sessions = the minimum of sessions
what-hours-floor = the monthly hours' floor
what-hours-ceiling = the monthly hours' ceiling
what-no-session-days = the days without a session
what-unanswered-days = the days a proposal may wait
what-cv-days = the days a declined CV is kept
what-draft-days = the days a draft never sent is kept
what-undecided-days = the days an undecided application is kept
what-journal-days = the days a finished pair's journal is kept
what-outbox-days = the days a sent message is kept
what-audit-days = the days an audit line is kept
what-call-text = the call's text
what-area-title = the area's title
what-institution = your institution
what-person-name = the person's name
what-statement = your statement
what-country = your country
what-note = a note
what-happening = what is happening
what-partners-country = the partners' country
what-agenda = the agenda
what-programme-name = the programme's name
what-summary = a summary
what-chair-name = the chair's name
what-goal = the goal
what-milestone = the milestone
what-entry = the entry
what-title = a title
what-resource-note = a note on why it helps
what-expert = who the expert is
what-connect-why = why you connected them
what-outcome = the outcome
what-notes = notes
what-actions = actions
what-cancel-reason = the reason for cancelling
what-response = a response
what-answer = your answer
what-helped = what helped
what-change = what should change
error-eval-few-words = Write a few words on { $what }
error-eval-long = Keep this answer under 3,000 characters
error-time-shape = Enter a date and time, for example 2027-03-30 09:00
error-time-years = Enter a time between the years { $first } and { $last }
error-time-skipped = { $time } on { $day } does not exist on your clock: the clocks go forward that night. Choose { $before } or { $after }.
error-time-repeated = { $time } on { $day } happens twice on your clock: the clocks go back that night. Say which one you mean below.
error-time-fold = Choose whether you mean the first or the second time the clock shows it
error-objectives-none = List at least one objective, one per line
error-objectives-many = List at most 20 objectives
error-expectations-none = List at least one expectation, one per line
error-expectations-many = List at most 20 expectations
error-line-long = Keep each line to 300 characters; this one is longer: "{ $start }…"
error-time-past = Choose a time in the future
error-time-twice = This time is already proposed
error-time-none = Propose at least one time
error-mail-delivery = Choose how you want to receive these messages
nav-community = Community
community-title = Community · Tandem
community-heading = The programme's community
community-lead = Beyond each pair: the coaches, partners and programme team of every cohort, who share what works and what is hard in library leadership.
community-people-count = { $count ->
        [0] Nobody is in the directory yet.
        [one] { $count } person is in the directory.
       *[other] { $count } people are in the directory.
    }
directory-title = People · Community · Tandem
directory-heading = People of the programme
directory-lead = Coaches, partners and the programme team who chose to appear here, from every cohort. Find someone who works on the same area, speaks your language or lives near you, and write to them.
directory-you-are-listed = You are in the directory.
directory-change-listing = Change what you show, or leave it
directory-you-are-not-listed = You are not in the directory: nobody sees you here until you choose to appear.
directory-join = Appear in the directory
directory-saved-listed = Saved. You are in the directory, with the contact details you chose.
directory-saved-left = Saved. You are not in the directory: nobody sees you here.
directory-empty = Nobody is in the directory yet. People appear here once they choose to; you can be the first.
directory-none-match = Nobody in the directory matches these filters. { $link } to see everyone.
directory-clear = Clear the filters
directory-filters = Filter the directory
directory-area = Area
directory-any = Any
directory-country = Country
directory-language = Language
directory-cohort = Cohort
directory-show = Show
directory-count = { $shown } of { $listed } shown
directory-objective = Objective area
directory-expertise = Expertise
directory-institution = Library or institution
directory-place = Place
directory-time-now = Their time now
directory-clock = { $time } in { $place }
directory-languages = Languages
directory-no-contacts = Shows no contact details here.
listing-title = Your place in the directory · Tandem
listing-back = Back to the directory
listing-heading = Your place in the directory
listing-lead = The directory helps people of the programme find each other. Nobody sees you in it until you choose to appear, and you can leave at any time. What your pair writes never appears here.
listing-choice = Do you want to appear in the directory?
listing-listed = Show me in the directory
listing-listed-hint = Untick this to leave it: your entry disappears at once.
listing-contacts = Contact details shown in the directory
listing-contacts-hint = Only what you tick here. These are separate from what your pair sees.
listing-no-number-card = You have not written this number yet: add it to your pair card first.
listing-no-number = You have not written this number.
listing-numbers-link = Change your phone and WhatsApp numbers on your pair card
listing-save = Save
listing-preview = What others see
listing-preview-hint = Your entry as people of the programme see it once you appear, with the contact details saved last.
error-directory-no-number = This number is not written yet: add it to your pair card first, or untick it.
events-title = Events · Community · Tandem
events-heading = Events
events-lead = The annual IATUL conference and the programme's online community calls. Say whether you will come, and see who else goes.
events-none-coming = No events are coming up. The programme team publishes the IATUL conference and community calls here.
events-coming = Coming up
events-past = { $count ->
        [one] { $count } past event
       *[other] { $count } past events
    }
events-publish = Publish an event
events-publish-hint = A community call needs its time on your chosen zone's clock, a length and a video link; a conference needs its days, its place and the zone of that place. Everyone invited sees it at once.
events-publish-button = Publish the event
event-one-day = { $day }
event-days = { $first } to { $last }
event-two-clocks = { $mine } · { $theirs }
event-for-cohort = For the cohort { $cohort }
event-for-everyone = For everyone in the programme
event-kind-conference = Conference
event-kind-call = Community call
event-going = { $count ->
        [0] Nobody has said yes yet
        [one] { $count } person is going
       *[other] { $count } people are going
    }
event-you-said-yes = You are going
event-you-said-maybe = You might go
event-you-said-no = You are not going
event-kind = What kind of event?
event-kind-hint = A call is online, at one time; a conference lasts whole days in one place.
event-title = Title
event-description = What it is about
event-description-hint = Optional. Plain text: what people will do or hear, and how to prepare.
event-zone = Time zone the event states its time in
event-audience = Who is invited
event-call-fields = For a community call
event-starts = Starts
event-starts-hint = On the clock of the time zone above, for example 2027-03-02 19:00.
event-fold = If that clock shows this time twice (the night it goes back)
event-fold-none = It does not
event-fold-first = The first time
event-fold-second = The second time
event-duration = Length
event-minutes = { $minutes } minutes
event-video-link = Video link
event-conference-fields = For a conference
event-first-day = First day
event-last-day = Last day
event-place = Place
event-place-hint = The city and venue, for example Lisbon, Portugal.
event-registration-link = Registration
event-title-page = { $title } · Events · Tandem
event-published = Published. Everyone invited sees it now, on their own clock.
event-answered = Saved. Thank you for saying.
event-answer-yes = Yes
event-answer-maybe = Maybe
event-answer-no = No
event-mode-in_person = In person
event-mode-online = Online
event-join = Join the call
event-register = Register
event-back = All events
event-cancelled = The programme team cancelled this event.
event-when = When
event-calendar = Your calendar
event-ics = Add to your calendar (.ics)
event-your-answer = Will you come?
event-will-you = Your answer
event-how = How will you take part?
event-how-hint = Many sessions are streamed: say whether you will travel or follow online.
event-answer-save = Save my answer
event-who-goes = Who is going
event-nobody-yet = Nobody has answered yet. Be the first to say.
event-attendee-how = { $answer }, { $mode }
event-figures = Figures for the programme team
event-figure-invited = Coaches and partners invited
event-cancel = Cancel this event
event-cancel-text = Cancelling takes the event off everyone's lists and turns its calendar file into a cancellation. The answers are kept. This cannot be undone.
event-cancel-yes = Yes, cancel the event
event-cancel-no = No, keep it
event-closed = This event has ended or was cancelled: it takes no more answers.
event-ics-register = Registration: { $link }
error-event-kind = Choose a community call or a conference
error-event-past = Choose a time that has not passed yet
error-event-days-order = The last day cannot come before the first
error-event-duration = Choose one of the lengths offered
error-attendance-answer = Choose yes, maybe or no
error-attendance-mode = Say whether you will come in person or follow online
error-event-audience = Choose everyone or one of the cohorts listed
what-event-title = the event's title
what-event-description = what the event is about
what-first-day = the first day
what-last-day = the last day
what-event-place = the place
home-events = Coming up in the community
home-events-answer = Say whether you will go
home-events-all = All community events
what-story-title = the title
what-story-body = the story
error-story-kind = Choose whether this is a success or a difficulty.
error-story-shown-as = Choose whether your name shows with the story.
story-shared-notice = { $who } shared a story from your partnership with the community: { $title }
story-shared-notice-anonymous = { $who } shared a story from your partnership with the community, without a name (only your area and cohort show): { $title }
stories-title = Stories · Community · Tandem
stories-shared = Shared. The community can read your story now; your journal entry stays with your pair.
stories-withdrawn = Your story is withdrawn: nobody in the community sees it any more.
stories-heading = Stories from the pairs
stories-lead = Successes and difficulties that coaches and partners chose to share from their journals, so that others can learn from them. Nothing from a pair appears here unless its author shares it.
stories-empty = No stories yet. To share one, open your partnership's journal and choose "Share with the community" under one of your entries.
story-origin = { $area } · cohort { $cohort }
story-hidden = The programme team hid this story.
story-hidden-team = Hidden: only the programme team and its author see it.
story-by = By { $name }
story-by-anonymous = Shared without a name
story-by-anonymous-known = Shared without a name (by { $name }; only the programme team and the author see this)
story-kind-success = A success
story-kind-difficulty = A difficulty
story-shared-on = shared { $day }
story-withdraw = Withdraw my story
story-hide = Hide this story
story-unhide = Show this story again
story-share-title = Share with the community · Tandem
story-back = Back to the journal
story-share-heading = Share an entry with the community
story-share-lead = Your entry becomes a story that every coach, partner and the programme team can read. It is a copy: change anything that should stay private first. The entry itself stays with your pair.
story-share-other = { $name } will be told that you shared it.
story-already = You have already shared this entry.
story-see = See the story
story-kind = Is this a success or a difficulty?
story-title-field = Title
story-title-hint = A few words that say what happened, for example: We opened a quiet study room.
story-body = The story
story-body-hint = Plain text. Leave out names of people and anything else your library would keep private.
story-shown = How should it be signed?
story-shown-hint = Without a name, only the programme team sees that you wrote it.
story-shown-name = With my name
story-shown-anonymous = Without a name: readers see only { $origin }
story-share-button = Share with the community
journal-to-story = Share with the community
community-stories-lead = Successes and difficulties the pairs chose to share.
community-stories-count = { $count ->
        [0] No stories yet.
        [one] { $count } story so far.
       *[other] { $count } stories so far.
    }
what-announcement-title = the title
what-announcement-body = the text
announcement-notice = { $who } wrote to you from the programme team: { $title }
mail-reason-announcement = You receive this because you take part in the programme. Choose which emails you receive at /profile/messages in Tandem (announcements follow "Your partnership").
announcements-title = Announcements · Community · Tandem
announcements-published = Sent. Everyone it is for sees it on their home page, and gets it by email unless they turned such email off.
announcements-removed = The announcement is removed. The emails already sent stay in people's inboxes.
announcements-heading = Announcements
announcements-lead = What the programme team wrote to everyone in the programme or to one cohort.
announcements-empty = No announcements yet. When the programme team writes to you, it shows here and on your home page.
announcements-write = Write an announcement
announcements-write-hint = It shows at once on the home page of everyone it is for, and goes out by email to each of them.
announcements-send = Send the announcement
announcement-by = { $name } · { $day }
announcement-remove = Remove this announcement
announcement-remove-text = It leaves everyone's home page and this list. The emails already sent cannot be taken back.
announcement-remove-yes = Yes, remove it
announcement-title-field = Title
announcement-body = Text
announcement-body-hint = Plain text. Say what people should do, and by when.
announcement-audience = Who it is for
home-announcements = From the programme team
community-sections = Parts of the community
error-library-file-empty = The file is empty. Choose the file again
error-library-file-size = A file must be 10 MB or smaller; this one is { $size } MB
error-library-zip = This zip file is not a Word document. Upload a PDF, a Word document (.docx), or a PNG or JPEG image
error-library-docx-large = This Word document is too large once unpacked. Save it as a PDF and upload that
error-library-image-incomplete = This image looks incomplete. Save or export it again and upload the new file
error-library-doc = This is an old Word (.doc) file. Save it as .docx or PDF and upload that
error-library-kind = Upload a PDF, a Word document (.docx), or a PNG or JPEG image. This file is none of these
error-library-tag-chars = A tag cannot hold < or > or control characters
error-library-tag-long = The tag “{ $tag }” is too long: keep each tag to { $max } characters
error-library-tags-many = Give at most { $max } tags
error-library-link-or-file = Give a link, or choose a file to upload
error-library-area = Tick at least one objective area
error-library-upload-broken = The upload did not arrive whole ({ $detail }). A file must be 10 MB or smaller; choose it again
what-library-title = the title
what-library-summary = the summary
library-file-label = { $kind }, { $kb } KB
library-kind-pdf = PDF
library-kind-docx = Word document
library-kind-png = PNG image
library-kind-jpeg = JPEG image
library-title = Resource library · Tandem
library-item-title = A resource · Tandem
library-add-title = Add to the library · Tandem
library-heading = Resource library
library-lead = Guides, reports, templates and pictures that coaches, partners and the programme team found useful. Search by words, or narrow by objective area.
library-add-link = Add a link or a file
library-search = Search the library
library-words = Words
library-area = Objective area
library-find = Find
library-empty = Nothing is in the library yet. Add the first link or file: a guide you trust, a report, a template.
library-none-match = Nothing in the library matches. Try fewer or shorter words. { $link } to see everything.
library-count = { $shown } shown of { $matching } found ({ $total } in the library)
library-by-former = a former participant
library-featured = Featured
library-open-file = Open the file ({ $file })
library-open-link = Open the link
library-tags = Tags
library-added-by = Added by { $who }, { $day }
library-areas = Objective areas
library-areas-hint = Tick every area this helps with.
library-back = Back to the library
library-add-heading = Add a link or a file
library-add-lead = Everyone in the programme will see it. Give a link, upload a file (PDF, Word, PNG or JPEG, at most 10 MB), or both.
library-title-field = Title
library-summary = Summary
library-summary-hint = What it is and why it helps, in a few lines.
library-url = Link (optional with a file)
library-url-hint = A web address starting with https://
library-file = File (optional with a link)
library-file-hint = PDF, Word (.docx), PNG or JPEG, at most 10 MB.
library-file-again = You chose { $name }: files are not kept when a form needs changes, so choose it again.
library-tags-field = Tags (optional)
library-tags-hint = Words that help others find it, separated by commas: space planning, Khmer.
library-add-button = Add to the library
library-added = Added to the library. Everyone in the programme can find it now.
library-shared = Shared with the library. Only its title, link, note and area went; the rest of your workspace stays private.
library-edited = Your changes are saved.
library-removed = The item was removed from the library and from search.
library-team-heading = Programme team
library-feature = Feature it
library-unfeature = Stop featuring it
library-edit = Edit the item
library-save = Save the changes
library-remove = Remove from the library
library-remove-text = It leaves the library and search for everyone. This cannot be undone.
library-remove-yes = Yes, remove it
resources-in-library = In the community library
resources-share = Share with the library
resources-share-hint = Only its title, link, note and area go; everything else stays with your pair.
search-title = Search the community · Tandem
search-heading = Search the community
search-label = Search the library, discussions, stories and people
search-button = Search
search-nothing-asked = Type one or more words: a topic, a place, a person's name. Every word must match the start of a word.
search-none = Nothing matches “{ $words }”. Try fewer words, or the start of a word.
search-found = { $count ->
    [one] One result
   *[other] { $count } results
} for “{ $words }”
search-count = ({ $count })
error-expert-consent = Tick this once the expert has agreed to be introduced: ask them first
what-expert-expertise = their expertise
what-expert-contact = how to reach them
what-expert-consent-note = the note on consent
error-proposal-expert = Choose one of the experts
what-proposal-why = why this expert would help
error-proposal-decision = Choose whether the introduction was made or is declined
what-proposal-note = the note to the coach
proposal-decided-already = This request was answered already.
proposal-notice-team = { $who } asks you to introduce their partner to { $expert }.
proposal-notice-introduced = The programme team introduced you to { $expert }. Record how it went on the introductions page.
proposal-notice-declined = The programme team could not make the introduction to { $expert }; their note says why.
proposal-status-proposed = Waiting for the programme team
proposal-status-introduced = Introduced
proposal-status-declined = Declined
proposal-asked = asked by { $who }, { $day }
proposal-for = For
proposal-note = Programme team: { $note }
proposal-note-field = Note to the coach
proposal-note-hint = Needed to decline: say why, and what else might help.
proposal-introduced = Introduction made
proposal-decline = Decline
proposal-heading = Experts from the programme
proposal-lead-coach = The programme team keeps a pool of experts outside the programme who agreed to help partners. Choose one and say why: the team makes the introduction, and it appears above for you to record how it went.
proposal-lead-partner = Your coach can ask the programme team to introduce you to an expert from outside the programme. What they asked, and the answers, show here.
proposal-none = Nothing asked yet.
proposal-pool-empty = The programme team has no experts in its pool yet. Record your own introductions above.
proposal-expert = Choose an expert
proposal-why = Why this expert would help
proposal-why-hint = What your partner needs from them, in a few lines: the team passes it on.
proposal-send = Ask the programme team
proposal-sent = Sent to the programme team. You will be told when they answer.
expert-name = Name
expert-expertise = Expertise
expert-languages = Languages
expert-zone = Time zone
expert-zone-hint = Their city's zone, such as Asia/Bangkok.
expert-contact = How to reach them
expert-contact-hint = Email, phone, or who introduces them. Only the programme team sees it.
expert-consent = They agreed to be introduced to partners, and to these details being kept
expert-consent-note = How they agreed (optional)
expert-consent-note-hint = For example: by email to the chair, 2 December.
expert-consent-on = Consent
expert-consent-recorded = recorded { $day }
expert-introduced = Introductions made
expert-edit = Change the details
expert-save = Save
expert-retired = Retired
expert-retire = Retire: offer them no more
expert-unretire = Offer them again
experts-title = Experts · Tandem
experts-heading = Experts outside the programme
experts-lead = People who agreed to help partners, and the introductions coaches ask you to make. Coaches see names, expertise, languages and zones; only the programme team sees how to reach them.
experts-waiting = { $count ->
    [one] One request waiting
   *[other] { $count } requests waiting
}
experts-waiting-none = No request is waiting.
experts-pool = The pool
experts-empty = No experts yet. Add the first one below, once they have agreed.
experts-add = Add an expert
experts-add-button = Add to the pool
experts-decided = Answered lately
experts-saved = Saved.
experts-answered = Answered. The pair is told.
community-experts = Experts
community-team-tools = For the programme team:
error-discussion-space = Choose where the discussion belongs
what-discussion-title = the title
what-post = your message
discussion-mentioned = { $who } mentioned you in “{ $title }”.
discussion-locked-reply = This discussion is closed: it takes no more replies.
discussion-edit-late = A post can be changed for an hour after it is written, while the discussion is open and the post shown. Write a reply instead.
space-general = General
space-facilities = Facilities and spaces
space-collections = Collections and information access
space-advocacy = Advocacy and services
space-training = Human resources and training
discussions-title = Discussions · Tandem
discussions-heading = Discussions
discussions-lead = Ask the community, share what worked, and answer others: one space for each objective area and a general one. Everyone in the programme can read and write here.
discussions-spaces = Spaces
discussions-all = All spaces
discussions-empty = No discussion here yet. Start the first one below.
discussions-start = Start a discussion
discussions-space = Space
discussions-title-field = Title
discussions-body = Your message
discussions-start-button = Start the discussion
discussions-row = Started by { $who } · { $count ->
    [one] one reply
   *[other] { $count } replies
} · last { $when }
discussion-format-hint = Leave a blank line between paragraphs. Start lines with - for a list. *word* for emphasis, **word** for strong, [words](https://...) for a link. @Name tells that person.
discussion-title = A discussion · Tandem
discussion-back = All discussions
discussion-locked = Closed
discussion-locked-notice = The programme team closed this discussion: it takes no more replies.
discussion-posts = Messages
discussion-reply = Reply
discussion-reply-body = Your reply
discussion-reply-button = Send the reply
discussion-lock = Close the discussion
discussion-unlock = Open the discussion again
discussion-edited = edited
discussion-hidden = The programme team hid this message.
discussion-hidden-team = Hidden from the community: only the programme team and its author see it.
discussion-edit = Change your message
discussion-edit-body = Your message
discussion-edit-hint = You can change it for an hour after writing it.
discussion-save = Save the change
discussion-hide = Hide
discussion-unhide = Show again
search-discussions = Discussions
community-discussions-none = No discussion yet: start the first one.
community-library-none = Nothing in the library yet: add the first link or file.
community-replies = { $count ->
    [one] (one reply)
   *[other] ({ $count } replies)
}
