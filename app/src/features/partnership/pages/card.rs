//! `/profile/pair`: what the other member of your pair sees of you (a coach's institution, a
//! short introduction, the contact details you share), and the card the workspace shows of them.

use super::super::api::{SavePairCard, get_pair_card};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, TextArea, kept_box, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::pair_card::{OtherMember, PairCardPage};

#[component]
pub fn PairCardPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_pair_card());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Title text="What your pair sees"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! {
                        {move || saved().then(|| view! { <p class="notice notice-success" role="status">"Saved. Your pair sees it on your partnership's page."</p> })}
                        <CardForm page/>
                    }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CardForm(page: PairCardPage) -> impl IntoView {
    let action = Form::<SavePairCard>::new();
    let errors = action.errors();
    let f = page.form;
    let other = if page.is_coach {
        "your partner"
    } else {
        "your coach"
    };
    let tick = |key: &'static str, stored: &str, label: String| {
        let id = format!("show-{key}");
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone() name=format!("form[{key}]") value="on" checked=kept_box(key, stored == "on")/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <div class="narrow">
            <p><a href="/profile">"Back to your profile"</a></p>
            <h1>"What your pair sees"</h1>
            <p class="lead">{format!("This is what {other} sees of you on your partnership's page, and how they can reach you between sessions. Nobody else sees your numbers.")}</p>
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                {page.is_coach.then(|| view! {
                    <Field label="Your institution" name="institution" value=kept_or("institution", &f.institution) hint="Your library or university, as your partner would look it up." errors/>
                })}
                <TextArea label="A short introduction" name="introduction" value=kept_or("introduction", &f.introduction) rows=4 errors
                    hint="A few lines: your work, what you hope to bring or to gain this year. At most 800 characters."/>
                <Field label="Phone number" name="phone" kind="tel" autocomplete="tel" value=kept_or("phone", &f.phone) hint="With its country code, for example +855 12 345 678." errors/>
                <Field label="WhatsApp number" name="whatsapp" kind="tel" value=kept_or("whatsapp", &f.whatsapp) errors/>
                <fieldset class="field">
                    <legend>{format!("What {other} may use to reach you")}</legend>
                    <p class="hint">"A phone or WhatsApp session needs a number to call."</p>
                    {tick("show_email", &f.show_email, format!("Email ({})", page.email))}
                    {tick("show_phone", &f.show_phone, "Phone".to_owned())}
                    {tick("show_whatsapp", &f.show_whatsapp, "WhatsApp".to_owned())}
                </fieldset>
                <button type="submit" class="button">"Save"</button>
            </PostForm>
        </div>
    }
}

/// The other member of the pair, on the workspace.
#[component]
pub fn OtherMemberCard(o: OtherMember) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="other-member">
            <h2 id="other-member">{format!("{}: {}", o.title, o.name)}</h2>
            {(!o.facts.is_empty()).then(|| view! {
                <dl class="figures">
                    {o.facts.iter().map(|(label, value)| view! { <div><dt>{label.clone()}</dt><dd>{value.clone()}</dd></div> }).collect_view()}
                </dl>
            })}
            {(!o.introduction.is_empty()).then(|| view! { <p class="pre-line">{o.introduction.clone()}</p> })}
            {if o.contacts.is_empty() {
                view! { <p class="hint">"No contact details shared yet: write through the journal, or ask in your next session."</p> }.into_any()
            } else {
                view! {
                    <p>{o.contacts.iter().enumerate().map(|(i, c)| view! {
                        {(i > 0).then_some(" · ")}
                        {format!("{}: ", c.label)}<a href=c.href.clone()>{c.value.clone()}</a>
                    }).collect_view()}</p>
                }.into_any()
            }}
            <p class="hint"><a href="/profile/pair">"What you show them"</a></p>
        </section>
    }
}
