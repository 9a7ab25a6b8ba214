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
        <Title text=t("availability-title")/>
        <Suspense fallback=Loading>
            {move || {
                let weekday = weekday.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(v) => { let has_feed = v.feed_url.is_some(); view! {
                        <div class="narrow">
                            <h1>{t("availability-title")}</h1>
                            <p class="lead">{tr("availability-lead", &[("place", place(&v.time_zone).into())])}</p>
                            <h2>{t("availability-weekly")}</h2>
                            {(!v.shifts.is_empty()).then(|| view! {
                                <div class="notice notice-warning clock-shifts">
                                    <p>{t("availability-shifts")}</p>
                                    <ul>{v.shifts.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                                </div>
                            })}
                            {if v.windows.is_empty() {
                                view! { <p class="empty">{t("availability-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list">
                                        {v.windows.into_iter().map(|(id, w)| view! {
                                            <li class="window">
                                                {w.label_in(crate::i18n::lang())}
                                                <PostForm to=remove.url() class="inline-form">
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="link-button">{tr("availability-remove", &[("what", w.label_in(crate::i18n::lang()).into())])}</button>
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
                                        <label for="weekday">{t("availability-day")}</label>
                                        <select id="weekday" name="form[weekday]">
                                            {(1..=WEEKDAYS.len()).map(|i| view! { <option value=i.to_string() selected=weekday == i.to_string()>{t(&format!("weekday-{i}"))}</option> }).collect_view()}
                                        </select>
                                    </div>
                                    <Field label=t("availability-from") name="start" kind="time" value=kept_or("start", "09:00") errors/>
                                    <Field label=t("availability-to") name="end" kind="time" value=kept_or("end", "11:00") errors/>
                                </div>
                                <p class="hint">{t("availability-midnight")}</p>
                                <button type="submit" class="button">{t("availability-add")}</button>
                            </PostForm>
                            <h2>{t("availability-away")}</h2>
                            {if v.exceptions.is_empty() {
                                view! { <p class="empty">{t("availability-no-away")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list">
                                        {v.exceptions.into_iter().map(|(id, d)| view! {
                                            <li>{shared::time::format_date_in(crate::i18n::style(), &d)}
                                                <PostForm to=back.url() class="inline-form">
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="link-button">{tr("availability-remove", &[("what", shared::time::format_date_in(crate::i18n::style(), &d).into())])}</button>
                                                </PostForm>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <ErrorSummary errors=away_errors/>
                            <PostForm to=away.url() novalidate=true class="form">
                                <Field label=t("availability-away-day") name="away_on" kind="date" value=kept("away_on") errors=away_errors/>
                                <button type="submit" class="button button-secondary">{t("availability-add-away")}</button>
                            </PostForm>
                            <h2 id="feed">{t("feed-title")}</h2>
                            <p>{t("feed-lead")}</p>
                            {move || new_feed().map(|path| view! {
                                <p class="notice notice-success" role="status">{t("feed-new")}" "<code class="invite-link" data-origin-path=path.clone()>{path.clone()}</code></p>
                            })}
                            {if v.feed_url.is_some() {
                                view! { <p class="hint">{t("feed-on")}</p> }.into_any()
                            } else {
                                view! { <p class="hint">{t("feed-none")}</p> }.into_any()
                            }}
                            <div class="button-row">
                                <PostForm to=feed.url() class="inline-form">
                                    <button type="submit" class="button button-secondary">{if has_feed { t("feed-replace") } else { t("feed-make") }}</button>
                                </PostForm>
                                {has_feed.then(|| view! {
                                    <PostForm to=revoke.url() class="inline-form">
                                        <button type="submit" class="button button-danger">{t("feed-off")}</button>
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
