//! `/privacy` (public): who holds the data, what is kept and for how long, who sees what, how to
//! get it or have it erased. `/profile/data` (signed in): download everything as one archive.

use super::api::get_privacy_notice;
use crate::ui::{Loading, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use shared::privacy::{KEPT, PrivacyNotice};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_privacy_notice());
    view! {
        <Title text="Privacy"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(n) => view! { <Notice n/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Notice(n: PrivacyNotice) -> impl IntoView {
    let contact = (!n.contact_email.is_empty()).then(|| n.contact_email.clone());
    let chair = if n.chair_name.is_empty() {
        "The programme chair".to_owned()
    } else {
        format!("{}, the programme chair", n.chair_name)
    };
    view! {
        <div class="narrow privacy">
            <h1>"Privacy"</h1>
            <p class="lead">{format!("What Tandem keeps about the people of the {}, who sees it, for how long, and how to have it or have it erased.", if n.programme_name.is_empty() { "coaching programme".to_owned() } else { n.programme_name.clone() })}</p>
            <h2>"Who holds your data"</h2>
            <p>{format!("{chair} holds it for the programme, on the programme's own server. ")}
                {match contact.clone() {
                    Some(c) => view! { "Write to "<a href=format!("mailto:{c}")>{c.clone()}</a>" about anything on this page." }.into_any(),
                    None => view! { "Write to the programme chair about anything on this page." }.into_any(),
                }}
            </p>
            <h2>"What is kept, who sees it, and for how long"</h2>
            <dl class="summary-list kept">
                {KEPT.iter().map(|k| view! {
                    <dt>{k.what}</dt>
                    <dd>{format!("Seen by: {}. Kept: {}.", k.seen_by, k.how_long)}</dd>
                }).collect_view()}
            </dl>
            {(!n.cv_retention.is_empty()).then(|| view! {
                <h3>"How long a declined applicant's CV is kept"</h3>
                <ul class="plain-list">
                    {n.cv_retention.iter().map(|(cohort, days)| view! { <li>{format!("Cohort {cohort}: {}", shared::words::count(i64::from(*days), "day", "days"))}</li> }).collect_view()}
                </ul>
            })}
            <h2>"Your data, to take or to erase"</h2>
            <p>"Signed in, open "<a href="/profile/data">"Your data"</a>" to download everything Tandem holds about you as one archive (your records as JSON, and your files, such as your CV). An applicant without an account writes to the programme chair."</p>
            <p>{match contact {
                Some(c) => format!("To have your data erased, write to {c}. The programme keeps its figures (how many sessions, how many hours), never who wrote what."),
                None => "To have your data erased, write to the programme chair. The programme keeps its figures (how many sessions, how many hours), never who wrote what.".to_owned(),
            }}</p>
        </div>
    }
}

/// A signed-in person's own data.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let user = use_context::<crate::ui::UserResource>();
    view! {
        <Title text="Your data"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let signed_in = match user {
                    Some(r) => r.await.ok().flatten().is_some(),
                    None => false,
                };
                if signed_in {
                    view! {
                        <div class="narrow">
                            <h1>"Your data"</h1>
                            <p class="lead">"Everything Tandem holds about you, in one archive: your records as JSON (readable in any text editor), with your files, such as the CV you sent with an application. Secrets, such as sign-in links, are left out."</p>
                            <p><a class="button" href="/profile/data/archive.zip" download="tandem-my-data.zip">"Download your data (.zip)"</a></p>
                            <p class="hint">"The download is logged. "<a href="/privacy">"What is kept, and for how long"</a></p>
                        </div>
                    }.into_any()
                } else {
                    view! { <div class="narrow"><h1>"Your data"</h1><p>"Please "<a href="/sign-in?next=/profile/data">"sign in"</a>" to download your data."</p></div> }.into_any()
                }
            })}
        </Suspense>
    }
}
