//! What the coach collates (resources) and the people they connect the partner with
//! (introductions).

use super::*;
use crate::ui::TextBox;

#[component]
pub fn ResourcesPage() -> impl IntoView {
    let id = param("id");
    let add = Form::<AddResource>::new();
    let share = Form::<crate::features::community::api::ShareResource>::new();
    let data = Resource::new(id, get_resources);
    let errors = add.errors();
    view! {
            <Title text=t("resources-title")/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => {
                            let pid = r.head.id;
                            let coach = r.head.my_side == Some(Side::Coach) && r.head.status.is_current();
                            let area = kept_or("area", &r.head.area_code);
                            view! {
                                <Head head=r.head.clone() tab=Tab::Resources/>
                                <p class="lead">{t(if coach { "resources-lead-coach" } else { "resources-lead-partner" })}</p>
                                {if r.resources.is_empty() {
                                    view! { <p class="empty">{t(if coach { "resources-empty-coach" } else { "resources-empty-partner" })}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-list">
                                            {r.resources.into_iter().map(|x| view! {
                                                <li class="card resource">
                                                    <h2 class="card-title"><a href=x.url.clone() rel="noopener noreferrer" target="_blank">{x.title.clone()}</a></h2>
                                                    <p><span class="tag">{crate::i18n::area(&x.area_code, &x.area_title)}</span></p>
                                                    {(!x.note.is_empty()).then(|| view! { <p class="message-body">{x.note.clone()}</p> })}
                                                    <p class="hint">{tr("resources-added-by", &[("who", x.added_by.clone().into()), ("when", x.added_at_local.clone().into())])}</p>
                                                    {match x.in_library {
                                                        Some(item) => Some(view! { <p class="hint"><a href=format!("/community/library/{item}")>{t("resources-in-library")}</a></p> }.into_any()),
                                                        None => x.mine.then(|| view! {
                                                            <PostForm to=share.url() class="inline-form">
                                                                <input type="hidden" name="partnership_id" value=pid/>
                                                                <input type="hidden" name="resource_id" value=x.id/>
                                                                <button type="submit" class="button button-secondary button-small">{t("resources-share")}</button>
                                                                <span class="hint">" "{t("resources-share-hint")}</span>
                                                            </PostForm>
                                                        }.into_any()),
                                                    }}
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {coach.then(|| view! {
                                    <section class="card" aria-labelledby="add-resource">
                                        <h2 id="add-resource">{t("resources-add-title")}</h2>
                                        <ErrorSummary errors/>
                                        <PostForm to=add.url() novalidate=true class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <Field label=t("resources-field-title") name="title" value=kept("title") errors/>
                                            <Field label=t("resources-field-url") name="url" kind="url" value=kept("url") hint=t("resources-field-url-hint") errors/>
                                            <TextArea label=t("resources-field-note") name="note" value=kept("note") rows=3 errors/>
                                            <div class="field">
                                                <label for="area">{t("resources-field-area")}</label>
                                                <select id="area" name="form[area]">
                                                    {r.areas.iter().map(|(code, title)| view! { <option value=code.clone() selected=area == *code>{crate::i18n::area(code, title)}</option> }).collect_view()}
                                                </select>
                                            </div>
                                            <button type="submit" class="button">{t("resources-add")}</button>
                                        </PostForm>
                                    </section>
                                })}
                            }
                            .into_any()
                        }
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
}

#[component]
pub fn IntroductionsPage() -> impl IntoView {
    let id = param("id");
    let save = Form::<SaveIntroduction>::new();
    let data = Resource::new(id, get_introductions);
    let errors = save.errors();
    let query = leptos_router::hooks::use_query_map();
    let proposed = move || query.with(|q| q.get("proposed").is_some());
    view! {
            <Title text=t("introductions-title")/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => {
                            let pid = r.head.id;
                            let coach = r.head.my_side == Some(Side::Coach) && r.head.status.is_current();
                            view! {
                                <Head head=r.head.clone() tab=Tab::Introductions/>
                                <p class="lead">{t("introductions-lead")}</p>
                                <ErrorSummary errors/>
                                {if r.introductions.is_empty() {
                                    view! { <p class="empty">{t(if coach { "introductions-empty-coach" } else { "introductions-empty-partner" })}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-list">
                                            {r.introductions.into_iter().map(|x| {
                                                let field = format!("outcome-{}", x.id);
                                                view! {
                                                    <li class="card introduction">
                                                        <h2 class="card-title">{x.expert.clone()}</h2>
                                                        <p class="message-body">{tr("introductions-why", &[("why", x.why.clone().into())])}</p>
                                                        <p>{if x.outcome.is_empty() { t("introductions-no-outcome") } else { tr("introductions-outcome", &[("outcome", x.outcome.clone().into())]) }}</p>
                                                        <p class="hint">{tr("introductions-recorded-by", &[("who", x.added_by.clone().into()), ("when", x.added_at_local.clone().into())])}</p>
                                                        {coach.then(|| view! {
                                                            <details>
                                                                <summary>{t("introductions-record-outcome")}</summary>
                                                                <PostForm to=save.url() class="form">
                                                                    <input type="hidden" name="form[partnership_id]" value=pid/>
                                                                    <input type="hidden" name="form[introduction_id]" value=x.id/>
                                                                    <input type="hidden" name="form[expert]" value=x.expert.clone()/>
                                                                    <input type="hidden" name="form[why]" value=x.why.clone()/>
                                                                    <div class="field">
                                                                        <label for=field.clone()>{tr("introductions-outcome-of", &[("who", x.expert.clone().into())])}</label>
                                                                        <TextBox id=field.clone() name="form[outcome]" rows=3 value=x.outcome.clone()/>
                                                                    </div>
                                                                    <button type="submit" class="button button-secondary">{t("introductions-save-outcome")}</button>
                                                                </PostForm>
                                                            </details>
                                                        })}
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {coach.then(|| view! {
                                    <section class="card" aria-labelledby="add-introduction">
                                        <h2 id="add-introduction">{t("introductions-add-title")}</h2>
                                        <PostForm to=save.url() novalidate=true class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <input type="hidden" name="form[introduction_id]" value="0"/>
                                            <Field label=t("introductions-field-expert") name="expert" value=kept("expert") hint=t("introductions-field-expert-hint") errors/>
                                            <TextArea label=t("introductions-field-why") name="why" value=kept("why") rows=3 errors/>
                                            <TextArea label=t("introductions-field-outcome") name="outcome" value=kept("outcome") rows=2 errors/>
                                            <button type="submit" class="button">{t("introductions-add")}</button>
                                        </PostForm>
                                    </section>
                                })}
                                {proposed().then(|| view! { <p class="notice notice-success" role="status">{t("proposal-sent")}</p> })}
                                <crate::features::community::pages::ExpertProposals pid coach=coach pool=r.pool proposals=r.proposals/>
                            }
                            .into_any()
                        }
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
}
