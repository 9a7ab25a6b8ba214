//! `/profile/pair`: what the other member of your pair sees of you (a coach's institution, a
//! short introduction, the contact details you share), and the card the workspace shows of them.

use super::super::api::{SavePairCard, get_pair_card};
use crate::i18n::{t, tr};
use crate::ui::{
    ErrorSummary, Field, Form, Loading, PostForm, TextArea, kept_box, kept_or, page_error,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::pair_card::{OtherMember, PairCardPage};
use shared::partnership::Side;

#[component]
pub fn PairCardPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_pair_card());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Title text=t("card-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! {
                        {move || saved().then(|| view! { <p class="notice notice-success" role="status">{t("card-saved")}</p> })}
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
    let (lead, reach) = if page.is_coach {
        ("card-lead-coach", "card-reach-coach")
    } else {
        ("card-lead-partner", "card-reach-partner")
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
            <p><a href="/profile">{t("card-back")}</a></p>
            <h1>{t("card-title")}</h1>
            <p class="lead">{t(lead)}</p>
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                {page.is_coach.then(|| view! {
                    <Field label=t("card-institution") name="institution" value=kept_or("institution", &f.institution) hint=t("card-institution-hint") errors/>
                })}
                <TextArea label=t("card-introduction") name="introduction" value=kept_or("introduction", &f.introduction) rows=4 errors
                    hint=t("card-introduction-hint")/>
                <Field label=t("card-phone") name="phone" kind="tel" autocomplete="tel" value=kept_or("phone", &f.phone) hint=t("card-phone-hint") errors/>
                <Field label=t("card-whatsapp") name="whatsapp" kind="tel" value=kept_or("whatsapp", &f.whatsapp) errors/>
                <fieldset class="field">
                    <legend>{t(reach)}</legend>
                    <p class="hint">{t("card-reach-hint")}</p>
                    {tick("show_email", &f.show_email, tr("card-show-email", &[("email", page.email.clone().into())]))}
                    {tick("show_phone", &f.show_phone, t("share-phone"))}
                    {tick("show_whatsapp", &f.show_whatsapp, t("share-whatsapp"))}
                </fieldset>
                <button type="submit" class="button">{t("card-save")}</button>
            </PostForm>
        </div>
    }
}

/// The other member of the pair, on the workspace.
#[component]
pub fn OtherMemberCard(o: OtherMember) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="other-member">
            <h2 id="other-member">{tr(if o.side == Side::Coach { "card-your-coach" } else { "card-your-partner" }, &[("who", o.name.clone().into())])}</h2>
            {(!o.facts.is_empty()).then(|| view! {
                <dl class="figures">
                    {o.facts.iter().map(|(key, value)| view! { <div><dt>{t(key)}</dt><dd>{crate::i18n::said(value)}</dd></div> }).collect_view()}
                </dl>
            })}
            {(!o.introduction.is_empty()).then(|| view! { <p class="pre-line">{o.introduction.clone()}</p> })}
            {if o.contacts.is_empty() {
                view! { <p class="hint">{t("card-no-contacts")}</p> }.into_any()
            } else {
                view! {
                    <p>{o.contacts.iter().enumerate().map(|(i, c)| view! {
                        {(i > 0).then_some(" · ")}
                        {t(&format!("share-{}", c.kind.code()))}": "<a href=c.href.clone()>{c.value.clone()}</a>
                    }).collect_view()}</p>
                }.into_any()
            }}
            <p class="hint"><a href="/profile/pair">{t("card-what-you-show")}</a></p>
        </section>
    }
}
