//! The pair's journal: successes, difficulties and notes, each shared only by its author's choice.

use super::*;

#[component]
pub(super) fn EntryItem(
    e: JournalEntryView,
    partnership: i64,
    action: Option<Form<ShareJournalEntry>>,
) -> impl IntoView {
    view! {
        <li class=format!("card journal-entry kind-{}", e.kind.code())>
            <p class="entry-meta">
                <span class="tag">{e.kind.label()}</span>" "<strong>{e.author.clone()}</strong>" · "<span class="hint">{e.created_at_local.clone()}</span>" "
                {if e.shared { view! { <span class="tag tag-shared">"Shared with the programme team"</span> }.into_any() } else { view! { <span class="tag tag-private">"Private to you two"</span> }.into_any() }}
            </p>
            <p class="message-body">{e.body.clone()}</p>
            {action.filter(|_| e.mine).map(|action| view! {
                <PostForm to=action.url() class="inline-form">
                    <input type="hidden" name="form[partnership_id]" value=partnership/>
                    <input type="hidden" name="form[entry_id]" value=e.id/>
                    <input type="hidden" name="form[share]" value=if e.shared { "" } else { "on" }/>
                    <button type="submit" class="button button-secondary button-small">{if e.shared { "Stop sharing with the programme team" } else { "Share with the programme team" }}</button>
                </PostForm>
            })}
        </li>
    }
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let id = param("id");
    let add = Form::<AddJournalEntry>::new();
    let share = Form::<ShareJournalEntry>::new();
    let data = Resource::new(id, get_journal);
    let errors = add.errors();
    let share_errors = share.errors();
    view! {
            <Title text="Journal"/>
            <LiveRegion>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(j) => {
                            let pid = j.head.id;
                            let current = j.head.status.is_current();
                            let kind = kept("kind");
                            view! {
                                <Head head=j.head.clone() tab=Tab::Journal/>
                                <p class="lead">"Share difficulties and successes. Entries are private to the two of you; the author of an entry can share it with the programme team."</p>
                                {current.then(|| view! {
                                    <section class="card" aria-labelledby="new-entry">
                                        <h2 id="new-entry">"New entry"</h2>
                                        <ErrorSummary errors/>
                                        <PostForm to=add.url() novalidate=true class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <fieldset class="field" class:field-error=move || errors.with(|e| e.first("kind").is_some())>
                                                <legend id="kind">"What is it about?"</legend>
                                                {move || errors.with(|e| e.first("kind").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                                {JournalKind::ALL.into_iter().map(|k| {
                                                    let rid = format!("kind-{}", k.code());
                                                    view! {
                                                        <div class="checkbox">
                                                            <input type="radio" id=rid.clone() name="form[kind]" value=k.code() checked=kind == k.code()/>
                                                            <label for=rid>{k.label()}</label>
                                                        </div>
                                                    }
                                                }).collect_view()}
                                            </fieldset>
                                            <TextArea label="Entry" name="body" value=kept("body") rows=5 errors/>
                                            <div class="checkbox">
                                                <input type="checkbox" id="share" name="form[share]" value="on" checked=kept("share") == "on"/>
                                                <label for="share">"Also share this entry with the programme team"</label>
                                            </div>
                                            <button type="submit" class="button">"Add entry"</button>
                                        </PostForm>
                                    </section>
                                })}
                                {j.keeping.clone().map(|k| view! { <Keeping k partnership=pid/> })}
                                <ErrorSummary errors=share_errors/>
                                {if j.entries.is_empty() {
                                    view! { <p class="empty">"No entries yet. Write down what went well and what is hard: it helps you both see progress across the year."</p> }.into_any()
                                } else {
                                    view! { <ul class="card-list">{j.entries.into_iter().map(|e| view! { <EntryItem e partnership=pid action=current.then_some(share)/> }).collect_view()}</ul> }.into_any()
                                }}
                            }
                            .into_any()
                        }
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
            </LiveRegion>
        }
}

/// A finished pair chooses whether its journal and session notes outlive their period.
#[component]
fn Keeping(k: shared::partnership::JournalKeeping, partnership: i64) -> impl IntoView {
    let keep = Form::<KeepJournal>::new();
    let status = match (k.mine, k.theirs) {
        (true, true) => {
            "You both keep them: they stay until one of you changes your mind or asks for erasure."
                .to_owned()
        }
        (true, false) => format!(
            "You keep them; {} does not yet. Both must keep them, or they go on {}.",
            k.other_name, k.goes_on
        ),
        (false, true) => format!(
            "{} keeps them; if you keep them too, they stay. Otherwise they go on {}.",
            k.other_name, k.goes_on
        ),
        (false, false) => format!(
            "They go on {}, unless you both choose to keep them.",
            k.goes_on
        ),
    };
    view! {
        <section class="card" aria-labelledby="keeping">
            <h2 id="keeping">"After the year: the journal and session notes"</h2>
            <p>{status}</p>
            <PostForm to=keep.url() class="inline-form">
                <input type="hidden" name="form[partnership_id]" value=partnership/>
                <input type="hidden" name="form[keep]" value=if k.mine { "" } else { "on" }/>
                <button type="submit" class="button button-secondary">{if k.mine { "Stop keeping them" } else { "Keep them past that day" }}</button>
            </PostForm>
        </section>
    }
}
