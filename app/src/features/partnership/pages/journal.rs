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
                <span class="tag">{t(&format!("journal-kind-{}", e.kind.code()))}</span>" "<strong>{e.author.clone()}</strong>" · "<span class="hint">{e.created_at_local.clone()}</span>" "
                {if e.shared { view! { <span class="tag tag-shared">{t("journal-shared")}</span> }.into_any() } else { view! { <span class="tag tag-private">{t("journal-private")}</span> }.into_any() }}
            </p>
            <p class="message-body">{e.body.clone()}</p>
            {action.filter(|_| e.mine).map(|action| view! {
                <PostForm to=action.url() class="inline-form">
                    <input type="hidden" name="form[partnership_id]" value=partnership/>
                    <input type="hidden" name="form[entry_id]" value=e.id/>
                    <input type="hidden" name="form[share]" value=if e.shared { "" } else { "on" }/>
                    <button type="submit" class="button button-secondary button-small">{t(if e.shared { "journal-stop-sharing" } else { "journal-share" })}</button>
                </PostForm>
            })}
            // Only its author may turn an entry into a story for the community.
            {e.mine.then(|| view! {
                <p class="story-link"><a href=format!("/partnerships/{partnership}/journal/{}/story", e.id)>{t("journal-to-story")}</a></p>
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
            <Title text=t("journal-title")/>
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
                                <p class="lead">{t("journal-lead")}</p>
                                {current.then(|| view! {
                                    <section class="card" aria-labelledby="new-entry">
                                        <h2 id="new-entry">{t("journal-new")}</h2>
                                        <ErrorSummary errors/>
                                        <PostForm to=add.url() novalidate=true class="form">
    <RequestKey/>
                                            <input type="hidden" name="form[partnership_id]" value=pid/>
                                            <fieldset class="field" class:field-error=move || errors.with(|e| e.first("kind").is_some())>
                                                <legend id="kind">{t("journal-kind-question")}</legend>
                                                {move || errors.with(|e| e.first("kind").map(|m| view! { <p class="error-message">{m.to_owned()}</p> }))}
                                                {JournalKind::ALL.into_iter().map(|k| {
                                                    let rid = format!("kind-{}", k.code());
                                                    view! {
                                                        <div class="checkbox">
                                                            <input type="radio" id=rid.clone() name="form[kind]" value=k.code() checked=kind == k.code()/>
                                                            <label for=rid>{t(&format!("journal-kind-{}", k.code()))}</label>
                                                        </div>
                                                    }
                                                }).collect_view()}
                                            </fieldset>
                                            <TextArea label=t("journal-entry") name="body" value=kept("body") rows=5 errors/>
                                            <div class="checkbox">
                                                <input type="checkbox" id="share" name="form[share]" value="on" checked=kept("share") == "on"/>
                                                <label for="share">{t("journal-also-share")}</label>
                                            </div>
                                            <button type="submit" class="button">{t("journal-add")}</button>
                                        </PostForm>
                                    </section>
                                })}
                                {j.keeping.clone().map(|k| view! { <Keeping k partnership=pid/> })}
                                <ErrorSummary errors=share_errors/>
                                {if j.entries.is_empty() {
                                    view! { <p class="empty">{t("journal-empty")}</p> }.into_any()
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
    let key = match (k.mine, k.theirs) {
        (true, true) => "keeping-both",
        (true, false) => "keeping-mine",
        (false, true) => "keeping-theirs",
        (false, false) => "keeping-neither",
    };
    let status = tr(
        key,
        &[
            ("who", k.other_name.clone().into()),
            (
                "date",
                shared::time::format_date_in(crate::i18n::style(), &k.goes_on).into(),
            ),
        ],
    );
    view! {
        <section class="card" aria-labelledby="keeping">
            <h2 id="keeping">{t("keeping-title")}</h2>
            <p>{status}</p>
            <PostForm to=keep.url() class="inline-form">
                <input type="hidden" name="form[partnership_id]" value=partnership/>
                <input type="hidden" name="form[keep]" value=if k.mine { "" } else { "on" }/>
                <button type="submit" class="button button-secondary">{t(if k.mine { "keeping-stop" } else { "keeping-keep" })}</button>
            </PostForm>
        </section>
    }
}
