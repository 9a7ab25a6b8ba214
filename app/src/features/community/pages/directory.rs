//! `/community/people` (the directory, with its filters) and `/community/people/listing` (the
//! reader's own place in it).

use super::super::api::{SaveListing, get_directory, get_listing};
use crate::i18n::{around, clock_now, t, tr};
use crate::ui::{ErrorSummary, Form, Loading, PostForm, kept_box, page_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use shared::Role;
use shared::directory::{self as dir, Entry, Filter};
use shared::programme::ObjectiveArea;

/// "You are (not) in the directory", with the way to change it.
#[component]
pub(super) fn YourPlace(listed: bool) -> impl IntoView {
    let (key, link) = if listed {
        ("directory-you-are-listed", "directory-change-listing")
    } else {
        ("directory-you-are-not-listed", "directory-join")
    };
    view! {
        <p class="hint">{t(key)}" "<a href="/community/people/listing">{t(link)}</a></p>
    }
}

/// The directory's filters, read from the address.
fn filter_of_query() -> Filter {
    use_query_map().with_untracked(|q| Filter {
        area: q.get("area").unwrap_or_default(),
        country: q.get("country").unwrap_or_default(),
        language: q.get("language").unwrap_or_default(),
        cohort: q.get("cohort").unwrap_or_default(),
    })
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            query.track();
            filter_of_query()
        },
        get_directory,
    );
    let saved = move || query.with(|q| q.get("saved"));
    view! {
        <Title text=t("directory-title")/>
        <h1>{t("directory-heading")}</h1>
        <p class="lead">{t("directory-lead")}</p>
        {move || saved().and_then(|s| match s.as_str() {
            "listed" => Some(view! { <p class="notice notice-success" role="status">{t("directory-saved-listed")}</p> }),
            "left" => Some(view! { <p class="notice notice-success" role="status">{t("directory-saved-left")}</p> }),
            _ => None,
        })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Directory page/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Directory(page: dir::DirectoryPage) -> impl IntoView {
    let f = page.filter.clone();
    let option = |value: String, label: String, chosen: &str| {
        let selected = value == chosen;
        view! { <option value=value selected=selected>{label}</option> }
    };
    let shown = page.entries.len();
    let body = if page.listed == 0 {
        view! { <p class="empty">{t("directory-empty")}</p> }.into_any()
    } else if page.entries.is_empty() {
        let (before, after) = around("directory-none-match", &[], "link");
        view! { <p class="empty">{before}<a href="/community/people">{t("directory-clear")}</a>{after}</p> }.into_any()
    } else {
        view! {
            <ul class="directory" aria-label=t("directory-heading")>
                {page.entries.into_iter().map(|e| view! { <li><EntryCard e/></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <YourPlace listed=page.me_listed/>
        <form method="get" action="/community/people" class="filters" role="search" aria-label=t("directory-filters")>
            <div class="field">
                <label for="f-area">{t("directory-area")}</label>
                <select id="f-area" name="area">
                    <option value="">{t("directory-any")}</option>
                    {ObjectiveArea::ALL.iter().map(|a| option(a.code().to_owned(), t(&format!("area-short-{}", a.code())), &f.area)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-country">{t("directory-country")}</label>
                <select id="f-country" name="country">
                    <option value="">{t("directory-any")}</option>
                    {page.choices.countries.iter().map(|c| option(c.clone(), c.clone(), &f.country)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-language">{t("directory-language")}</label>
                <select id="f-language" name="language">
                    <option value="">{t("directory-any")}</option>
                    {page.choices.languages.iter().map(|l| option(l.clone(), l.clone(), &f.language)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-cohort">{t("directory-cohort")}</label>
                <select id="f-cohort" name="cohort">
                    <option value="">{t("directory-any")}</option>
                    {page.choices.cohorts.iter().map(|(slug, name)| option(slug.clone(), name.clone(), &f.cohort)).collect_view()}
                </select>
            </div>
            <div class="button-row">
                <button type="submit" class="button button-secondary">{t("directory-show")}</button>
                {(!f.is_empty()).then(|| view! { <a href="/community/people">{t("directory-clear")}</a> })}
            </div>
        </form>
        {(page.listed > 0).then(|| view! {
            <p class="hint" role="status">{tr("directory-count", &[("shown", shown.into()), ("listed", page.listed.into())])}</p>
        })}
        {body}
    }
}

/// One person as the directory shows them.
#[component]
fn EntryCard(e: Entry) -> impl IntoView {
    let roles = e
        .roles
        .iter()
        .map(|r| t(&format!("role-{}", r.code())))
        .chain(e.cohorts.iter().map(|(_, name)| name.clone()))
        .collect::<Vec<_>>()
        .join(" · ");
    let place = [e.city.clone(), e.country.clone()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let areas_key = if e.roles.first() == Some(&Role::Partner) {
        "directory-objective"
    } else {
        "directory-expertise"
    };
    view! {
        <article class="card directory-entry" aria-labelledby=format!("person-{}", e.person_id)>
            <h2 id=format!("person-{}", e.person_id)>{e.name.clone()}</h2>
            <p class="hint">{roles}</p>
            <dl class="figures">
                {(!e.institution.is_empty()).then(|| view! { <div><dt>{t("directory-institution")}</dt><dd>{e.institution.clone()}</dd></div> })}
                {(!place.is_empty()).then(|| view! { <div><dt>{t("directory-place")}</dt><dd>{place.clone()}</dd></div> })}
                <div><dt>{t("directory-time-now")}</dt><dd>{tr("directory-clock", &[("time", clock_now(&e.time_zone).into()), ("place", crate::i18n::Arg::Place(e.time_zone.clone()))])}</dd></div>
                {(!e.languages.is_empty()).then(|| view! { <div><dt>{t("directory-languages")}</dt><dd>{e.languages.join(", ")}</dd></div> })}
                {(!e.areas.is_empty()).then(|| view! {
                    <div><dt>{t(areas_key)}</dt><dd>{e.areas.iter().map(|a| t(&format!("area-{}", a.code()))).collect::<Vec<_>>().join("; ")}</dd></div>
                })}
            </dl>
            {if e.contacts.is_empty() {
                view! { <p class="hint">{t("directory-no-contacts")}</p> }.into_any()
            } else {
                view! {
                    <p>{e.contacts.iter().enumerate().map(|(i, c)| view! {
                        {(i > 0).then_some(" · ")}
                        {t(&format!("share-{}", c.kind.code()))}": "<a href=c.href.clone()>{c.value.clone()}</a>
                    }).collect_view()}</p>
                }.into_any()
            }}
        </article>
    }
}

#[component]
pub fn ListingPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_listing());
    view! {
        <Title text=t("listing-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <ListingChoice page/> }.into_any(),
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ListingChoice(page: dir::ListingPage) -> impl IntoView {
    let action = Form::<SaveListing>::new();
    let errors = action.errors();
    let f = page.form;
    let has_card = page
        .preview
        .roles
        .iter()
        .any(|r| matches!(r, Role::Coach | Role::Partner));
    let tick = move |key: &'static str, stored: &str, label: String, hint: Option<String>| {
        let id = format!("listing-{key}");
        let error = move || errors.with(|e| e.first(key).map(str::to_owned));
        view! {
            <div class="checkbox" class:field-error=move || error().is_some()>
                {move || error().map(|m| view! { <p class="error-message"><span class="visually-hidden">{t("error-prefix")}" "</span>{m}</p> })}
                <input type="checkbox" id=id.clone() name=format!("form[{key}]") value="on" checked=kept_box(key, stored == "on")/>
                <label for=id>{label}</label>
                {hint.map(|h| view! { <p class="hint">{h}</p> })}
            </div>
        }
    };
    let number_hint = move |number: &str| {
        if number.trim().is_empty() {
            Some(t(if has_card {
                "listing-no-number-card"
            } else {
                "listing-no-number"
            }))
        } else {
            Some(number.to_owned())
        }
    };
    view! {
        <div class="narrow">
            <p><a href="/community/people">{t("listing-back")}</a></p>
            <h1>{t("listing-heading")}</h1>
            <p class="lead">{t("listing-lead")}</p>
            <ErrorSummary errors/>
            <PostForm to=action.url() novalidate=true class="form">
                <fieldset class="field">
                    <legend>{t("listing-choice")}</legend>
                    {tick("listed", &f.listed, t("listing-listed"), Some(t("listing-listed-hint")))}
                </fieldset>
                <fieldset class="field">
                    <legend>{t("listing-contacts")}</legend>
                    <p class="hint">{t("listing-contacts-hint")}</p>
                    {tick("show_email", &f.show_email, tr("card-show-email", &[("email", page.email.clone().into())]), None)}
                    {tick("show_phone", &f.show_phone, t("share-phone"), number_hint(&page.phone))}
                    {tick("show_whatsapp", &f.show_whatsapp, t("share-whatsapp"), number_hint(&page.whatsapp))}
                    {has_card.then(|| view! { <p class="hint"><a href="/profile/pair">{t("listing-numbers-link")}</a></p> })}
                </fieldset>
                <button type="submit" class="button">{t("listing-save")}</button>
            </PostForm>
            <section aria-labelledby="listing-preview">
                <h2 id="listing-preview">{t("listing-preview")}</h2>
                <p class="hint">{t("listing-preview-hint")}</p>
                <EntryCard e=page.preview/>
            </section>
        </div>
    }
}
