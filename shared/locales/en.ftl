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
