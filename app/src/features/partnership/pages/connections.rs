//! What the coach collates (resources) and the people they connect the partner with
//! (introductions).

use super::*;
use crate::ui::TextBox;

#[component]
pub fn ResourcesPage() -> impl IntoView {
    let id = param("id");
    let add = Form::<AddResource>::new();
    let data = Resource::new(id, get_resources);
    let errors = add.errors();
    view! {
            <Title text="Resources"/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => {
                            let pid = r.head.id;
                            let coach = r.head.my_side == Some(Side::Coach) && r.head.status.is_current();
                            let area = kept_or("area", &r.head.area_code);
                            view! {
                                <Head head=r.head.clone() tab=Tab::Resources/>
                                <p class="lead">{if coach { "Collate links that serve the objective: guides, examples, training, people's work. Add a note on why each helps." } else { "Links your coach collates for your objective, each with a note on why it helps." }}</p>
                                {if r.resources.is_empty() {
                                    view! { <p class="empty">{if coach { "No resources yet. Add the first one below." } else { "No resources yet. Your coach adds them here as the year goes on." }}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-list">
                                            {r.resources.into_iter().map(|x| view! {
                                                <li class="card resource">
                                                    <h2 class="card-title"><a href=x.url.clone() rel="noopener noreferrer" target="_blank">{x.title.clone()}</a></h2>
                                                    <p><span class="tag">{x.area_title.clone()}</span></p>
                                                    {(!x.note.is_empty()).then(|| view! { <p class="message-body">{x.note.clone()}</p> })}
                                                    <p class="hint">{format!("Added by {} · {}", x.added_by, x.added_at_local)}</p>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {coach.then(|| view! {
                                    <section class="card" aria-labelledby="add-resource">
                                        <h2 id="add-resource">"Add a resource"</h2>
                                        <ErrorSummary errors/>
                                        <PostForm to=add.url() novalidate=true class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <Field label="Title" name="title" value=kept("title") errors/>
                                            <Field label="Link" name="url" kind="url" value=kept("url") hint="Starting with https://" errors/>
                                            <TextArea label="Why it helps (optional)" name="note" value=kept("note") rows=3 errors/>
                                            <div class="field">
                                                <label for="area">"Objective area"</label>
                                                <select id="area" name="form[area]">
                                                    {r.areas.iter().map(|(code, title)| view! { <option value=code.clone() selected=area == *code>{title.clone()}</option> }).collect_view()}
                                                </select>
                                            </div>
                                            <button type="submit" class="button">"Add resource"</button>
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
    view! {
            <Title text="Introductions"/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => {
                            let pid = r.head.id;
                            let coach = r.head.my_side == Some(Side::Coach) && r.head.status.is_current();
                            view! {
                                <Head head=r.head.clone() tab=Tab::Introductions/>
                                <p class="lead">"Connecting the partner to other experts is part of the coach's support: who, why, and what came of it."</p>
                                <ErrorSummary errors/>
                                {if r.introductions.is_empty() {
                                    view! { <p class="empty">{if coach { "No introductions yet. Record the first one below." } else { "No introductions yet. Your coach records here the experts they connect you with." }}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-list">
                                            {r.introductions.into_iter().map(|x| {
                                                let field = format!("outcome-{}", x.id);
                                                view! {
                                                    <li class="card introduction">
                                                        <h2 class="card-title">{x.expert.clone()}</h2>
                                                        <p class="message-body">{format!("Why: {}", x.why)}</p>
                                                        <p>{if x.outcome.is_empty() { "Outcome: not recorded yet".to_owned() } else { format!("Outcome: {}", x.outcome) }}</p>
                                                        <p class="hint">{format!("Recorded by {} · {}", x.added_by, x.added_at_local)}</p>
                                                        {coach.then(|| view! {
                                                            <details>
                                                                <summary>"Record the outcome"</summary>
                                                                <PostForm to=save.url() class="form">
                                                                    <input type="hidden" name="form[partnership_id]" value=pid/>
                                                                    <input type="hidden" name="form[introduction_id]" value=x.id/>
                                                                    <input type="hidden" name="form[expert]" value=x.expert.clone()/>
                                                                    <input type="hidden" name="form[why]" value=x.why.clone()/>
                                                                    <div class="field">
                                                                        <label for=field.clone()>{format!("Outcome of the introduction to {}", x.expert)}</label>
                                                                        <TextBox id=field.clone() name="form[outcome]" rows=3 value=x.outcome.clone()/>
                                                                    </div>
                                                                    <button type="submit" class="button button-secondary">"Save outcome"</button>
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
                                        <h2 id="add-introduction">"Record an introduction"</h2>
                                        <PostForm to=save.url() novalidate=true class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <input type="hidden" name="form[introduction_id]" value="0"/>
                                            <Field label="Expert" name="expert" value=kept("expert") hint="Name, role and organisation" errors/>
                                            <TextArea label="Why you connected them" name="why" value=kept("why") rows=3 errors/>
                                            <TextArea label="Outcome (optional, add it later)" name="outcome" value=kept("outcome") rows=2 errors/>
                                            <button type="submit" class="button">"Record introduction"</button>
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
