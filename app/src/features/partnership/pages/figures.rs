//! The figures of a partnership (sessions, hours, goals' progress) as the pair and the programme
//! team see them, and the team's exports.

use super::*;

/// Export links for each cohort (programme team).
#[component]
pub(super) fn Exports() -> impl IntoView {
    let programme = Resource::new(|| (), |_| crate::features::programme::api::get_programme());
    view! {
        <section class="card" aria-labelledby="export">
            <h2 id="export">{t("export-title")}</h2>
            <p class="hint">{t("export-hint")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    programme.await.ok().map(|p| view! {
                        <ul class="plain-list">
                            {p.cohorts.into_iter().map(|c| {
                                let base = format!("/export/{}", c.slug);
                                view! {
                                    <li>
                                        <strong>{c.name.clone()}</strong>": "
                                        <a href=format!("{base}/partnerships.csv") download="">{t("export-partnerships")}</a>" · "
                                        <a href=format!("{base}/sessions.csv") download="">{t("export-sessions")}</a>" · "
                                        <a href=format!("{base}/hours.csv") download="">{t("export-hours")}</a>" · "
                                        <a href=format!("{base}/cohort.json") download="">{t("export-all")}</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub(super) fn FiguresCard(f: PartnershipFigures) -> impl IntoView {
    let h = f.head.clone();
    let title = match h.my_side {
        Some(Side::Coach) => tr(
            "card-with-partner",
            &[("who", h.partner.name.clone().into())],
        ),
        Some(Side::Partner) => tr("card-with-coach", &[("who", h.coach.name.clone().into())]),
        None => tr(
            "partnership-pair",
            &[
                ("coach", h.coach.name.clone().into()),
                ("partner", h.partner.name.clone().into()),
            ],
        ),
    };
    let lang = crate::i18n::lang();
    let line = tr(
        "card-line",
        &[
            ("cohort", h.cohort_name.clone().into()),
            ("position", crate::i18n::said(&h.year_position).into()),
            (
                "partner_time",
                crate::i18n::clock_now(&h.partner.time_zone).into(),
            ),
            (
                "partner_place",
                shared::time::zone_city_in(lang, &h.partner.time_zone).into(),
            ),
            (
                "coach_time",
                crate::i18n::clock_now(&h.coach.time_zone).into(),
            ),
            (
                "coach_place",
                shared::time::zone_city_in(lang, &h.coach.time_zone).into(),
            ),
        ],
    );
    view! {
        <li class="card partnership-card">
            <h2 class="card-title"><a href=format!("/partnerships/{}", h.id)>{title}</a></h2>
            <p class="partnership-meta">
                <span class=format!("tag status-{}", h.status.code())>{t(&format!("partnership-status-{}", h.status.code()))}</span>" "
                <span class="tag">{crate::i18n::area(&h.area_code, &h.area_title)}</span>
            </p>
            <p class="hint">{line}</p>
            <Figures f/>
        </li>
    }
}

#[component]
pub(super) fn Figures(f: PartnershipFigures) -> impl IntoView {
    let goals = tr(
        if f.goals_dropped > 0 {
            "figures-goals-count-dropped"
        } else {
            "figures-goals-count"
        },
        &[
            ("total", f.goals_total.into()),
            ("done", f.goals_done.into()),
            ("progress", f.goals_in_progress.into()),
            ("waiting", f.goals_not_started.into()),
            ("dropped", f.goals_dropped.into()),
        ],
    );
    let milestones = tr(
        "figures-milestones-count",
        &[
            ("done", f.milestones_done.into()),
            ("total", f.milestones_total.into()),
        ],
    );
    let sessions = tr(
        "figures-sessions-count",
        &[
            ("held", f.pace.held.into()),
            ("minimum", f.pace.minimum.into()),
        ],
    );
    view! {
        <dl class="figures">
            <div><dt>{t("figures-goals")}</dt><dd>{goals}</dd></div>
            <div><dt>{t("figures-progress")}</dt><dd>{progress_bar(f.mean_progress, t("figures-progress-label"))}{format!("{}%", f.mean_progress)}</dd></div>
            <div><dt>{t("figures-milestones")}</dt><dd>{milestones}</dd></div>
            <div><dt>{t("figures-sessions")}</dt><dd>{sessions}" "<span class=format!("tag pace-tag-{}", f.pace.status.code())>{t(&format!("pace-status-{}", f.pace.status.code()))}</span><br/><span class="hint">{crate::i18n::said(&f.pace.reason)}</span></dd></div>
        </dl>
    }
}
