//! The page shell: document head, header with role-aware navigation, routes and footer.

use crate::features::auth::api::{SetTimeZone, SignOut, get_current_user};
use crate::features::auth::pages::{InvitationPage, PeoplePage, ProfilePage, SignInPage};
use crate::features::call::pages::{ApplicationPage, ApplyPage, CallPage};
use crate::features::commitments::pages::{ConcernPage, ConcernsPage, HoursPage};
use crate::features::dashboard::pages::DashboardPage;
use crate::features::home::pages::HomePage;
use crate::features::intake::pages::IntakePage;
use crate::features::matching::pages::MatchingPage;
use crate::features::partnership::pages::{
    GoalPage, IntroductionsPage, JournalPage, PartnershipPage, PartnershipsPage, ResourcesPage,
};
use crate::features::programme::pages::{ProgrammeEditPage, PublicHomePage};
use crate::features::review::pages::{ReviewDetailPage, ReviewPage};
use crate::features::sessions::pages::{AvailabilityPage, SessionsPage};
use crate::ui::{NotFound, UserResource};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Link, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};
use shared::Role;
use shared::account::CurrentUser;

use crate::i18n::t;

/// The HTML document around the app, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::server::csp::provide();
    view! {
        <!DOCTYPE html>
        <html lang=crate::i18n::lang().code() data-digits=crate::i18n::khmer_digits().then_some("khmer")>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <HashedStylesheet options=options.clone()/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let user: UserResource = Resource::new(|| (), |_| get_current_user());
    provide_context(user);
    view! {
        <Link rel="icon" href="/favicon.svg"/>
        <Title formatter=|t: String| if t.is_empty() { "Tandem".to_owned() } else { format!("{t} · Tandem") }/>
        <a class="skip-link" href="#content">{t("skip-to-content")}</a>
        <Router>
            <Header/>
            <ZoneCheck/>
            <main id="content" class="container" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=PublicHomePage ssr=SsrMode::Async/>
                    <Route path=path!("/call") view=CallPage ssr=SsrMode::Async/>
                    <Route path=path!("/cohorts/:cohort/call") view=CallPage ssr=SsrMode::Async/>
                    <Route path=path!("/cohorts") view=crate::features::programme::cohort_pages::CohortsPage ssr=SsrMode::Async/>
                    <Route path=path!("/cohorts/:cohort") view=crate::features::programme::cohort_pages::CohortPage ssr=SsrMode::Async/>
                    <Route path=path!("/cohorts/:cohort/report") view=crate::features::report::pages::CohortReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/cohorts/:cohort/certificates/:person") view=crate::features::report::pages::CertificatePage ssr=SsrMode::Async/>
                    <Route path=path!("/apply") view=ApplyPage ssr=SsrMode::Async/>
                    <Route path=path!("/apply/link") view=crate::features::call::pages::ApplicationLinkPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:token") view=ApplicationPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/invitations/:token") view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("/confirm-email/:token") view=crate::features::auth::pages::ConfirmEmailPage ssr=SsrMode::Async/>
                    <Route path=path!("/forgot-password") view=crate::features::auth::pages::ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset-password/:token") view=crate::features::auth::pages::ResetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/home") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/profile") view=ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/intake") view=IntakePage ssr=SsrMode::Async/>
                    <Route path=path!("/people") view=PeoplePage ssr=SsrMode::Async/>
                    <Route path=path!("/outbox") view=crate::features::mail::pages::OutboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/privacy") view=crate::features::privacy::pages::PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("/profile/data") view=crate::features::privacy::pages::MyDataPage ssr=SsrMode::Async/>
                    <Route path=path!("/profile/pair") view=crate::features::partnership::pages::PairCardPage ssr=SsrMode::Async/>
                    <Route path=path!("/profile/messages") view=crate::features::mail::pages::MessagesPage ssr=SsrMode::Async/>
                    <Route path=path!("/unsubscribe/:token") view=crate::features::mail::pages::UnsubscribePage ssr=SsrMode::Async/>
                    <Route path=path!("/programme") view=ProgrammeEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/programme/erasures") view=crate::features::privacy::pages::ErasuresPage ssr=SsrMode::Async/>
                    <Route path=path!("/review") view=ReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/review/:id") view=ReviewDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/matching") view=MatchingPage ssr=SsrMode::Async/>
                    <Route path=path!("/dashboard") view=DashboardPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships") view=PartnershipsPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id") view=PartnershipPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/goals/:goal") view=GoalPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/journal") view=JournalPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/journal/:entry/story") view=crate::features::community::pages::ShareStoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/sessions") view=SessionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/availability") view=AvailabilityPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/hours") view=HoursPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/summary") view=crate::features::report::pages::SummaryPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/evaluation") view=crate::features::partnership::pages::EvaluationPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns") view=ConcernsPage ssr=SsrMode::Async/>
                    <Route path=path!("/community") view=crate::features::community::pages::CommunityPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/people") view=crate::features::community::pages::DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/people/listing") view=crate::features::community::pages::ListingPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/events") view=crate::features::community::pages::EventsPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/events/:id") view=crate::features::community::pages::EventPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/library") view=crate::features::community::pages::LibraryPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/library/new") view=crate::features::community::pages::AddLibraryItemPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/library/:id") view=crate::features::community::pages::LibraryItemPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/experts") view=crate::features::community::pages::ExpertsPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/discussions") view=crate::features::community::pages::DiscussionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/discussions/:id") view=crate::features::community::pages::ThreadPage ssr=SsrMode::Async/>
                    <Route path=path!("/search") view=crate::features::community::pages::SearchPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/stories") view=crate::features::community::pages::StoriesPage ssr=SsrMode::Async/>
                    <Route path=path!("/community/announcements") view=crate::features::community::pages::AnnouncementsPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns/:id") view=ConcernPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/resources") view=ResourcesPage ssr=SsrMode::Async/>
                    <Route path=path!("/partnerships/:id/introductions") view=IntroductionsPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <footer class="site-footer">
                <div class="container">
                    <p>{t("footer-about")}" "<a href="/privacy">{t("footer-privacy")}</a></p>
                    <crate::i18n::LanguageSwitch path=crate::ui::current_path()/>
                </div>
                <div data-persist="enhance"><crate::live::Enhance/></div>
            </footer>
        </Router>
    }
}

/// The main navigation: (address, text key) for the person's roles.
fn nav_links(user: Option<&CurrentUser>) -> Vec<(&'static str, &'static str)> {
    let mut links = vec![("/", "nav-programme"), ("/call", "nav-call")];
    match user {
        None => links.push(("/sign-in", "nav-sign-in")),
        Some(u) => {
            links.push(("/home", "nav-home"));
            if u.has(Role::Chair) {
                links.push(("/dashboard", "nav-dashboard"));
                links.push(("/review", "nav-applications"));
                links.push(("/matching", "nav-matching"));
                links.push(("/people", "nav-people"));
                links.push(("/cohorts", "nav-cohorts"));
                links.push(("/outbox", "nav-outbox"));
            } else if u.has(Role::Team) {
                links.push(("/review", "nav-applications"));
            }
            if u.has(Role::Partner) {
                links.push(("/intake", "nav-my-objective"));
            }
            links.push(("/partnerships", "nav-partnerships"));
            if u.has(Role::Coach) || u.has(Role::Partner) {
                links.push(("/availability", "nav-availability"));
            }
            links.push(("/concerns", "nav-concerns"));
            links.push(("/community", "nav-community"));
            links.push(("/profile", "nav-profile"));
        }
    }
    links
}

/// Says so when the browser's time zone differs from the profile's, and offers to switch: every
/// time in Tandem is shown in the profile's zone. A bar at the bottom of the window (it moves
/// nothing on the page), hidden until the page's script (`browser::enhance`) finds the zones
/// differ; it stays from page to page until the reader switches or says "Not now". Without
/// JavaScript the browser's zone is unknown, and nothing shows.
#[component]
fn ZoneCheck() -> impl IntoView {
    let user = use_context::<UserResource>();
    let set = crate::ui::Form::<SetTimeZone>::new();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let profile = match user {
                    Some(r) => r.await.ok().flatten().map(|u| u.time_zone),
                    None => None,
                };
                profile.map(|profile| {
                    let key = format!("zone {profile}");
                    let (device_before, device_after) = crate::i18n::around(
                        "zone-bar",
                        &[("profile", profile.clone().into())],
                        "device",
                    );
                    let (use_before, use_after) = crate::i18n::around("zone-bar-use", &[], "zone");
                    view! {
                    <div class="zone-check" role="status" hidden data-zone-check=profile.clone() data-persist=key>
                        <crate::ui::PostForm to=set.url() class="container">
                            <input type="hidden" name="time_zone" value=""/>
                            <p>
                                {device_before}<strong class="zone-browser"></strong>{device_after}" "
                                <button type="submit" class="link-button">{use_before}<span class="zone-browser"></span>{use_after}</button>
                                " · "
                                <button type="button" class="link-button" data-dismiss="">{crate::i18n::t("zone-bar-not-now")}</button>
                            </p>
                        </crate::ui::PostForm>
                    </div>
                    }
                })
            })}
        </Suspense>
    }
}

#[component]
fn Header() -> impl IntoView {
    let user = use_context::<UserResource>();
    let sign_out = crate::ui::Form::<SignOut>::new();
    view! {
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">"Tandem"<span class="brand-sub">{format!(" · {}", t("brand-sub"))}</span></a>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let current = match user {
                            Some(r) => r.await.ok().flatten(),
                            None => None,
                        };
                        let links = nav_links(current.as_ref());
                        let who = current.as_ref().map(|u| {
                            let roles = u.roles.iter().map(|r| crate::features::auth::pages::role_name(*r)).collect::<Vec<_>>().join(", ");
                            format!("{} ({roles})", u.display_name)
                        });
                        let signed_in = current.is_some();
                        let items = move || {
                            view! {
                                {links.iter().map(|(href, key)| view! { <li><a href=*href>{t(key)}</a></li> }).collect_view()}
                                {signed_in.then(|| view! {
                                    <li>
                                        <crate::ui::PostForm to=sign_out.url() class="inline-form">
                                            <button type="submit" class="link-button">{t("sign-out")}</button>
                                        </crate::ui::PostForm>
                                    </li>
                                })}
                            }
                        };
                        view! {
                            {signed_in.then(|| view! { <span class="live-slot" data-persist="live"><crate::live::LiveIndicator/></span> })}
                            <nav aria-label=t("nav-main") class="nav-wide">
                                {who.clone().map(|w| view! { <span class="who">{crate::i18n::tr("signed-in-as", &[("who", w.into())])}</span> })}
                                <ul class="nav-list">{items()}</ul>
                            </nav>
                            <details class="nav-menu">
                                <summary>{t("menu")}</summary>
                                <nav aria-label=t("nav-main-menu")>
                                    {who.map(|w| view! { <p class="who">{crate::i18n::tr("signed-in-as", &[("who", w.into())])}</p> })}
                                    <ul class="nav-stack">{items()}</ul>
                                </nav>
                            </details>
                        }
                    })}
                </Suspense>
            </div>
        </header>
    }
}
