//! Weekly availability, days away and the private calendar feed.

use super::*;

#[component]
pub fn AvailabilityPage() -> impl IntoView {
    let add = Form::<AddAvailabilityWindow>::new();
    let remove = Form::<RemoveAvailabilityWindow>::new();
    let away = Form::<AddAwayDay>::new();
    let back = Form::<RemoveAwayDay>::new();
    let feed = Form::<ReplaceCalendarFeed>::new();
    let revoke = Form::<RevokeCalendarFeed>::new();
    let data = Resource::new(|| (), |_| get_availability());
    let errors = add.errors();
    let away_errors = away.errors();
    let query = use_query_map();
    // The feed address is shown once, right after it is made.
    let new_feed = move || {
        query.with(|q| {
            q.get("feed")
                .filter(|f| f.len() == 64)
                .map(|t| format!("/calendar/{t}.ics"))
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
                            <p class="lead">{format!("Weekly times you can usually meet, on your own clock ({}). The other member of your partnership sees the times you are both free, on their own clock.", place(&v.time_zone))}</p>
                            <h2>"Weekly times"</h2>
                            {(!v.shifts.is_empty()).then(|| view! {
                                <div class="notice notice-warning clock-shifts">
                                    <p>"A clock change moves some of your weekly times on the other member's clock:"</p>
                                    <ul>{v.shifts.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                                </div>
                            })}
                            {if v.windows.is_empty() {
                                view! { <p class="empty">"No weekly times yet. Add the first one below."</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list">
                                        {v.windows.into_iter().map(|(id, w)| view! {
                                            <li class="window">
                                                {w.label()}
                                                <PostForm to=remove.url() class="inline-form">
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="link-button">{format!("Remove {}", w.label())}</button>
                                                </PostForm>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <ErrorSummary errors/>
                            <PostForm to=add.url() novalidate=true class="form">
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
                                <p class="hint">"On your clock. A time that crosses midnight is one window: from 19:00 to 01:00 runs into the next day."</p>
                                <button type="submit" class="button">"Add weekly time"</button>
                            </PostForm>
                            <h2>"Days away"</h2>
                            {if v.exceptions.is_empty() {
                                view! { <p class="empty">"No days away."</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list">
                                        {v.exceptions.into_iter().map(|(id, d)| view! {
                                            <li>{shared::time::format_date(&d)}
                                                <PostForm to=back.url() class="inline-form">
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="link-button">{format!("Remove {}", shared::time::format_date(&d))}</button>
                                                </PostForm>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <ErrorSummary errors=away_errors/>
                            <PostForm to=away.url() novalidate=true class="form">
                                <Field label="A day you are away" name="away_on" kind="date" value=kept("away_on") errors=away_errors/>
                                <button type="submit" class="button button-secondary">"Add day away"</button>
                            </PostForm>
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
                                <PostForm to=feed.url() class="inline-form">
                                    <button type="submit" class="button button-secondary">{if has_feed { "Replace the feed address" } else { "Make a feed address" }}</button>
                                </PostForm>
                                {has_feed.then(|| view! {
                                    <PostForm to=revoke.url() class="inline-form">
                                        <button type="submit" class="button button-danger">"Turn the feed off"</button>
                                    </PostForm>
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
