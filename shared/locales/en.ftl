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
