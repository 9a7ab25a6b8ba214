//! The demo pair's year so far, replayed through the services in time order.

use super::*;
use crate::features::auth::tokens::new_token;

/// Demo activity on top of the demo programme, so every screen has something to show: two
/// partners' intakes and two coach applications waiting for review. Run once, after
/// [`seed_demo`] created the programme.
pub async fn seed_demo_activity(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<(), ServiceError> {
    use crate::features::{
        auth::service::load_user, call::service as call, intake::service as intake,
    };
    use shared::application::ApplicationForm;
    use shared::intake::IntakeForm;
    // Sophea waits for a coach in the open cohort; Dara belongs to the cohort under way.
    let running = crate::entities::cohort::Entity::find()
        .filter(crate::entities::cohort::Column::Slug.starts_with("started-"))
        .filter(crate::entities::cohort::Column::IsDemo.eq(true))
        .one(db)
        .await?;
    for (email, library, city, connectivity, times, area, need) in [
        (
            "sophea.chan@demo.tandem.test",
            "Mekong Institute of Technology Library",
            "Phnom Penh",
            "video",
            "Weekday mornings before 11:00",
            "collections",
            "Students and lecturers cannot find our e-journals. We want a simple discovery page and a short training for the four reference staff.",
        ),
        (
            "dara.kim@demo.tandem.test",
            "Royal Academy of Agriculture Library",
            "Phnom Penh",
            "audio",
            "Tuesday or Thursday afternoons",
            "training",
            "Our staff learned on the job. We need a one-year training plan for cataloguing and research support, with goals we can measure.",
        ),
    ] {
        let Some(p) = person::Entity::find()
            .filter(person::Column::Email.eq(email))
            .one(db)
            .await?
        else {
            continue;
        };
        let partner = load_user(db, p.id).await?;
        if let (Some(c), true) = (&running, email.starts_with("dara.")) {
            intake::join_cohort(db, c.id, p.id, None, now).await?;
        }
        let form = IntakeForm {
            library: library.into(),
            position: "Director".into(),
            city: city.into(),
            time_zone: "Asia/Phnom_Penh".into(),
            languages: partner.languages.join(", "),
            connectivity: connectivity.into(),
            preferred_times: times.into(),
            objective_area: area.into(),
            need: need.into(),
        };
        intake::save(db, &partner, &form, now).await?;
    }
    const CV: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    for (name, email, position, institution, country, zone, langs, area) in [
        (
            "Elena Virtanen",
            "elena.virtanen@demo.tandem.test",
            "Library Director",
            "Lakeland University of Applied Sciences",
            "Finland",
            "Europe/Helsinki",
            "Finnish, English, Swedish",
            "facilities",
        ),
        (
            "Rafael Souza",
            "rafael.souza@demo.tandem.test",
            "Head of Research Services",
            "Southern Federal University Library",
            "Brazil",
            "America/Sao_Paulo",
            "Portuguese, English, Spanish",
            "advocacy",
        ),
    ] {
        let form = ApplicationForm {
            name: name.into(),
            email: email.into(),
            position: position.into(),
            institution: institution.into(),
            country: country.into(),
            time_zone: zone.into(),
            languages: langs.into(),
            years_leading: "12".into(),
            expertise: vec![area.into()],
            expertise_other: String::new(),
            statement: "I have led a university library through a renovation and a move to open access, and I would like to share what worked and what did not with a colleague who is facing similar choices. I can give the time the programme asks and I have coached two new library managers before.".into(),
            consent: "on".into(),
        };
        let cv = call::Upload {
            kind: shared::cv::CvKind::Pdf,
            file_name: format!("{}-cv.pdf", name.to_lowercase().replace(' ', "-")),
            bytes: CV.to_vec(),
        };
        call::save(
            db,
            call::Applying {
                cohort_slug: "",
                token: None,
                lang: shared::i18n::Lang::En,
            },
            &form,
            true,
            Some(cv),
            now,
        )
        .await?;
    }
    seed_demo_partnership(db, now).await
}

/// One partnership in the demo cohort with goals, milestones, journal entries (one shared with
/// the programme team and, as a story, with the community), a resource and an introduction, all
/// made through the services.
async fn seed_demo_partnership(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<(), ServiceError> {
    use crate::entities::cohort;
    use crate::features::{
        auth::service::load_user, matching::service as matching, partnership::service as ws,
    };
    use shared::partnership::*;
    let find = |email: &'static str| async move {
        match person::Entity::find()
            .filter(person::Column::Email.eq(email))
            .one(db)
            .await?
        {
            Some(p) => load_user(db, p.id).await.map(Some),
            None => Ok::<_, ServiceError>(None),
        }
    };
    let (Some(chair), Some(coach), Some(partner)) = (
        find("chair@demo.tandem.test").await?,
        find("priya.nair@demo.tandem.test").await?,
        find("dara.kim@demo.tandem.test").await?,
    ) else {
        return Ok(());
    };
    let Some(cohort) = cohort::Entity::find()
        .filter(cohort::Column::Slug.starts_with("started-"))
        .filter(cohort::Column::IsDemo.eq(true))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    // Matched on the cohort's first day, as the demo replays the year from there.
    let matched_at = cohort
        .starts_on
        .parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map_or(now, |z| z.timestamp());
    let id = matching::create_partnership(
        db,
        &chair,
        &MatchForm {
            cohort_id: cohort.id,
            partner_id: partner.id,
            coach_id: coach.id,
            over_capacity: String::new(),
        },
        matched_at.min(now),
    )
    .await?;
    let start: jiff::civil::Date = cohort
        .starts_on
        .parse()
        .map_err(|e: jiff::Error| ServiceError::Internal(e.to_string()))?;
    let day = |months: i8| {
        start
            .checked_add(jiff::Span::new().months(months))
            .unwrap_or(start)
            .to_string()
    };
    let plan = ws::save_goal(db, &partner, &GoalForm {
 request_key: new_token(),
        partnership_id: id,
        goal_id: 0,
        title: "A training plan for the year".into(),
        outcome: "A written plan covering cataloguing and research support, agreed with the rector; every staff member has two learning goals.".into(),
        status: "in_progress".into(),
        progress: "30".into(),
    }, now).await?;
    for (title, due) in [
        ("Skills survey of the 9 staff", day(1)),
        ("Draft plan shared with the rector", day(3)),
    ] {
        ws::add_milestone(
            db,
            &partner,
            &MilestoneForm {
                request_key: new_token(),
                partnership_id: id,
                goal_id: plan,
                milestone_title: title.into(),
                due_on: due,
                from: String::new(),
            },
            now,
        )
        .await?;
    }
    let cataloguing = ws::save_goal(
        db,
        &coach,
        &GoalForm {
            request_key: new_token(),
            partnership_id: id,
            goal_id: 0,
            title: "Cataloguing to a shared standard".into(),
            outcome:
                "Two cataloguers trained in RDA basics; 500 new records follow the local guide."
                    .into(),
            status: String::new(),
            progress: String::new(),
        },
        now,
    )
    .await?;
    ws::add_milestone(
        db,
        &coach,
        &MilestoneForm {
            request_key: new_token(),
            partnership_id: id,
            goal_id: cataloguing,
            milestone_title: "Local cataloguing guide, first draft".into(),
            due_on: day(5),
            from: String::new(),
        },
        now,
    )
    .await?;
    ws::add_journal_entry(db, &partner, &JournalForm {
 request_key: new_token(),
        partnership_id: id,
        kind: "difficulty".into(),
        body: "Two of the nine staff are on leave until next month, so the skills survey will be late.".into(),
        share: String::new(),
    }, now).await?;
    let rector = ws::add_journal_entry(
        db,
        &partner,
        &JournalForm {
            request_key: new_token(),
            partnership_id: id,
            kind: "success".into(),
            body: "The rector agreed to give one afternoon a month for staff training.".into(),
            share: "on".into(),
        },
        now,
    )
    .await?;
    // The partner shared that success with the community, with their name.
    crate::features::community::service::stories::share(
        db,
        &partner,
        &shared::story::StoryForm {
            partnership_id: id,
            entry_id: rector,
            kind: "success".into(),
            title: "An afternoon a month for staff training".into(),
            body: "We showed the rector the skills survey and a one-page plan. He agreed to give every member of staff one afternoon a month for training, starting next term.".into(),
            shown_as: "name".into(),
        },
        now,
    )
    .await?;
    let guidelines = ws::add_resource(
        db,
        &coach,
        &ResourceForm {
            request_key: new_token(),
            partnership_id: id,
            title: "IFLA Guidelines for Continuing Professional Development".into(),
            url: "https://www.ifla.org/".into(),
            note: "Principles and a checklist we can adapt for the training plan.".into(),
            area: "training".into(),
        },
        now,
    )
    .await?;
    // The coach shared it with the community's library too.
    crate::features::community::service::library::share_resource(db, &coach, id, guidelines, now)
        .await?;
    ws::save_introduction(
        db,
        &coach,
        &IntroductionForm {
            request_key: new_token(),
            partnership_id: id,
            introduction_id: 0,
            expert: "Head of Cataloguing, a university library in Bangkok".into(),
            why: "She ran the same RDA training for a small team last year, in a similar setting."
                .into(),
            outcome: String::new(),
        },
        now,
    )
    .await?;
    seed_demo_sessions(db, &coach, &partner, id, start, now).await?;
    super::pairs::seed_demo_pairs(db, &cohort, &chair, now).await
}

/// Weekly availability for the demo pair, and the year so far: sessions proposed on the coach's
/// Sydney clock and accepted on the partner's Phnom Penh clock, held every few weeks; support
/// hours each month (one month short of the band); the next session scheduled. Each step runs
/// through the services at the time it would have happened.
async fn seed_demo_sessions(
    db: &DatabaseConnection,
    coach: &shared::account::CurrentUser,
    partner: &shared::account::CurrentUser,
    partnership_id: i64,
    start: jiff::civil::Date,
    now: Timestamp,
) -> Result<(), ServiceError> {
    use crate::features::commitments::service as commitments;
    use crate::features::sessions::service as sessions;
    use shared::commitments::HoursForm;
    use shared::schedule::{AnswerForm, OutcomeForm, ProposalForm, WindowForm};
    let internal = |e: jiff::Error| ServiceError::Internal(e.to_string());
    for (who, days, from, to) in [
        (coach, ["1", "2", "3", "4"], "10:00", "14:00"),
        (partner, ["1", "2", "3", "5"], "07:30", "11:00"),
    ] {
        for day in days {
            sessions::add_window(
                db,
                who,
                &WindowForm {
                    weekday: day.into(),
                    start: from.into(),
                    end: to.into(),
                },
            )
            .await?;
        }
    }
    let sydney = jiff::tz::TimeZone::get("Australia/Sydney").map_err(internal)?;
    let day = |d: i64| {
        start
            .checked_add(jiff::Span::new().days(d))
            .unwrap_or(start)
    };
    let instant = |d: jiff::civil::Date, h: i8| -> Result<Timestamp, ServiceError> {
        shared::time::wall_to_instant(d.at(h, 0, 0, 0), &sydney).map_err(internal)
    };
    // The year so far, replayed in the order it happened: support hours on the 10th and 20th of
    // each month (the second month short of the band) and a session every five weeks or so.
    enum Step {
        Hours(jiff::civil::Date, u32, &'static str),
        Propose(usize, jiff::civil::Date),
        Answer(usize),
        Held(usize),
    }
    let mut steps: Vec<(Timestamp, Step)> = Vec::new();
    let mut month = start.first_of_month();
    let mut i = 0usize;
    while month <= now.to_zoned(sydney.clone()).date() {
        for (d, minutes) in [
            (10i64, if i == 1 { 40 } else { 75 }),
            (20, if i == 1 { 30 } else { 80 }),
        ] {
            let on = month
                .checked_add(jiff::Span::new().days(d - 1))
                .map_err(internal)?;
            let category =
                ["collating", "answering", "connecting", "preparing"][(i + d as usize) % 4];
            steps.push((instant(on, 18)?, Step::Hours(on, minutes, category)));
        }
        month = month.checked_add(1.month()).map_err(internal)?;
        i += 1;
    }
    let mut offset = 3;
    let mut n = 0;
    while instant(day(offset), 13)? <= now {
        steps.push((instant(day(offset - 3), 9)?, Step::Propose(n, day(offset))));
        steps.push((instant(day(offset - 2), 9)?, Step::Answer(n)));
        steps.push((instant(day(offset), 13)?, Step::Held(n)));
        n += 1;
        offset += 36;
    }
    steps.retain(|(at, _)| *at <= now);
    steps.sort_by_key(|(at, _)| *at);
    let mut ids: Vec<i64> = Vec::new();
    for (at, step) in steps {
        match step {
            Step::Hours(on, minutes, category) => {
                commitments::save_hours(
                    db,
                    coach,
                    &HoursForm {
                        request_key: new_token(),
                        partnership_id,
                        entry_id: 0,
                        on_date: on.to_string(),
                        minutes: minutes.to_string(),
                        category: category.into(),
                        note: "Reading list and answers by email".into(),
                    },
                    at,
                )
                .await?;
            }
            Step::Propose(k, date) => {
                ids.push(
                    sessions::propose(
                        db,
                        coach,
                        &ProposalForm {
                            fold: String::new(),
                            partnership_id,
                            time_1: date.at(11, 0, 0, 0).strftime("%Y-%m-%dT%H:%M").to_string(),
                            time_2: String::new(),
                            time_3: String::new(),
                            // Dara meets by audio only: internet voice calls and WhatsApp.
                            medium: if k % 2 == 0 {
                                "voice".into()
                            } else {
                                "whatsapp".into()
                            },
                            link: "https://meet.example.org/mekong-agri-coaching".into(),
                            duration: "60".into(),
                            agenda: "Progress on the training plan; the next milestone".into(),
                            request_key: format!("demo-session-{k}"),
                        },
                        at,
                    )
                    .await?,
                );
            }
            Step::Answer(k) => {
                let view = sessions::sessions_view(db, partner, partnership_id, at).await?;
                if let Some(option) = view
                    .sessions
                    .iter()
                    .find(|s| s.id == ids[k])
                    .and_then(|s| s.options.first())
                {
                    sessions::answer(
                        db,
                        partner,
                        &AnswerForm {
                            partnership_id,
                            session_id: ids[k],
                            option_id: option.id,
                        },
                        at,
                    )
                    .await?;
                }
            }
            Step::Held(k) => {
                sessions::record_outcome(db, coach, &OutcomeForm {
                    partnership_id,
                    session_id: ids[k],
                    outcome: "held".into(),
                    notes: "Went through the skills survey results together.".into(),
                    actions: "Dara: share the survey with the rector\nPriya: send two example training plans".into(),
                }, at).await?;
            }
        }
    }
    // The next session, a week ahead.
    let next = now
        .to_zoned(sydney.clone())
        .date()
        .checked_add(jiff::Span::new().days(8))
        .map_err(internal)?;
    let session = sessions::propose(
        db,
        coach,
        &ProposalForm {
            fold: String::new(),
            partnership_id,
            time_1: next.at(11, 0, 0, 0).strftime("%Y-%m-%dT%H:%M").to_string(),
            time_2: String::new(),
            time_3: String::new(),
            medium: "voice".into(),
            link: "https://meet.example.org/mekong-agri-coaching".into(),
            duration: "60".into(),
            agenda: "The draft training plan".into(),
            request_key: "demo-session-next".into(),
        },
        now,
    )
    .await?;
    let view = sessions::sessions_view(db, partner, partnership_id, now).await?;
    if let Some(option) = view
        .sessions
        .iter()
        .find(|s| s.id == session)
        .and_then(|s| s.options.first())
    {
        sessions::answer(
            db,
            partner,
            &AnswerForm {
                partnership_id,
                session_id: session,
                option_id: option.id,
            },
            now,
        )
        .await?;
    }
    commitments::refresh_alerts(db, partnership_id, now).await?;
    Ok(())
}
