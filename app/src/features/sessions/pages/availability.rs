//! Weekly availability, days away and the private calendar feed.

use super::*;

#[component]
pub fn AvailabilityPage() -> impl IntoView {
    let add = ServerAction::<AddAvailabilityWindow>::new();
    let remove = ServerAction::<RemoveAvailabilityWindow>::new();
    let away = ServerAction::<AddAwayDay>::new();
    let back = ServerAction::<RemoveAwayDay>::new();
    let feed = ServerAction::<ReplaceCalendarFeed>::new();
    let revoke = ServerAction::<RevokeCalendarFeed>::new();
    let data = Resource::new(
        move || {
            (
                add.version().get(),
                remove.version().get(),
                away.version().get(),
                back.version().get(),
                feed.version().get(),
                revoke.version().get(),
            )
        },
        |_| get_availability(),
    );
    let errors = form_errors(add);
    let away_errors = form_errors(away);
    let query = use_query_map();
    // The feed address is shown once, right after it is made.
    let new_feed = move || {
        feed.value().get().and_then(|r| r.ok()).or_else(|| {
            query.with(|q| {
                q.get("feed")
                    .filter(|f| f.len() == 64)
                    .map(|t| format!("/calendar/{t}.ics"))
            })
        })
    };
    let weekday = kept_or("weekday", "1");
    view! {
            <Title text="Your availability"/>
            <Suspense fallback=Loading>
                {move || {
                    let weekday = weekday.clone();
                    Suspend::new(async move {
                    match data.await {
                        Ok(v) => { let has_feed = v.feed_url.is_some(); view! {
                            <div class="narrow">
                                <h1>"Your availability"</h1>
                                <p class="lead">{format!("Weekly times you can usually meet, on your own clock ({}). Your partner in this work sees the times you are both free, on their clock.", zone_city(&v.time_zone))}</p>
                                <h2>"Weekly times"</h2>
                                {if v.windows.is_empty() {
                                    view! { <p class="empty">"No weekly times yet. Add the first one below."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="plain-list">
                                            {v.windows.into_iter().map(|(id, w)| view! {
                                                <li class="window">
                                                    {w.label()}
                                                    <ActionForm action=remove attr:class="inline-form">
    <BackTo/>
                                                        <input type="hidden" name="id" value=id/>
                                                        <button type="submit" class="link-button">{format!("Remove {}", w.label())}</button>
                                                    </ActionForm>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <ErrorSummary errors/>
                                <ActionForm action=add attr:novalidate=true attr:class="form">
    <BackTo/>
                                    <div class="field-pair">
                                        <div class="field">
                                            <label for="weekday">"Day"</label>
                                            <select id="weekday" name="form[weekday]">
                                                {WEEKDAYS.iter().enumerate().map(|(i, d)| view! { <option value=(i + 1).to_string() selected=weekday == (i + 1).to_string()>{*d}</option> }).collect_view()}
                                            </select>
                                        </div>
                                        <Field label="From" name="start" kind="time" value=kept_or("start", "09:00") errors/>
                                        <Field label="To" name="end" kind="time" value=kept_or("end", "11:00") errors/>
                                    </div>
                                    <button type="submit" class="button">"Add weekly time"</button>
                                </ActionForm>
                                <h2>"Days away"</h2>
                                {if v.exceptions.is_empty() {
                                    view! { <p class="empty">"No days away."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="plain-list">
                                            {v.exceptions.into_iter().map(|(id, d)| view! {
                                                <li>{shared::time::format_date(&d)}
                                                    <ActionForm action=back attr:class="inline-form">
    <BackTo/>
                                                        <input type="hidden" name="id" value=id/>
                                                        <button type="submit" class="link-button">{format!("Remove {}", shared::time::format_date(&d))}</button>
                                                    </ActionForm>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <ErrorSummary errors=away_errors/>
                                <ActionForm action=away attr:novalidate=true attr:class="form">
    <BackTo/>
                                    <Field label="A day you are away" name="away_on" kind="date" value=kept("away_on") errors=away_errors/>
                                    <button type="submit" class="button button-secondary">"Add day away"</button>
                                </ActionForm>
                                <h2 id="feed">"Your calendar feed"</h2>
                                <p>"A private address your calendar app can subscribe to: every session with a time appears there, and moves when it moves."</p>
                                {move || new_feed().map(|path| view! {
                                    <p class="notice notice-success" role="status">"Your feed address (copy it now; it is shown only once): "<code class="invite-link" data-origin-path=path.clone()>{path.clone()}</code></p>
                                })}
                                {if v.feed_url.is_some() {
                                    view! { <p class="hint">"A feed is on. Replace it to get a new address (the old one stops working), or turn it off."</p> }.into_any()
                                } else {
                                    view! { <p class="hint">"No feed yet."</p> }.into_any()
                                }}
                                <div class="button-row">
                                    <ActionForm action=feed attr:class="inline-form">
    <BackTo/>
                                        <button type="submit" class="button button-secondary">{if has_feed { "Replace the feed address" } else { "Make a feed address" }}</button>
                                    </ActionForm>
                                    {has_feed.then(|| view! {
                                        <ActionForm action=revoke attr:class="inline-form">
    <BackTo/>
                                            <button type="submit" class="button button-danger">"Turn the feed off"</button>
                                        </ActionForm>
                                    })}
                                </div>
                            </div>
                        }.into_any() }
                        Err(e) => page_error(e),
                    }
                })}}
            </Suspense>
        }
}
