//! Matching and the partnership workspace against a real SQLite database: the ranking and its
//! reasons, capacity, who may read and change what, goal history and the journal's privacy.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::person;
use app::features::matching::service as matching;
use app::features::partnership::overview;
use app::features::partnership::service as ws;
use app::server::ServiceError;
use common::pairs::*;
use common::{fresh_db, person};
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use shared::Role;
use shared::partnership::*;
use shared::programme::ObjectiveArea;

#[tokio::test]
async fn suggestions_are_ranked_and_explained_across_the_clock_changes() {
    let db = fresh_db().await;
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let berlin = someone(
        &db,
        "anna@lib.de",
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["German", "French"],
        "Anna Keller",
    )
    .await;
    let toronto = someone(
        &db,
        "marcus@lib.ca",
        Role::Coach,
        "America/Toronto",
        (9, 17),
        &["English", "French"],
        "Marcus Reid",
    )
    .await;
    let partner = someone(
        &db,
        "dara@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer", "French"],
        "Dara Kim",
    )
    .await;
    with_intake(&db, &partner, "collections").await;
    coach_in(
        &db,
        &chair,
        &cohort,
        &berlin,
        &[ObjectiveArea::CollectionsAndAccess],
    )
    .await;
    coach_in(
        &db,
        &chair,
        &cohort,
        &toronto,
        &[ObjectiveArea::PeopleAndTraining],
    )
    .await;

    let v = matching::matching_view(&db, &chair, Some(&cohort.slug))
        .await
        .unwrap();
    assert_eq!(
        (v.starts_on.as_str(), v.ends_on.as_str()),
        ("2027-03-01", "2028-02-29")
    );
    let p = v.partners.iter().find(|p| p.id == partner.id).unwrap();
    let names: Vec<&str> = p
        .suggestions
        .iter()
        .map(|s| s.coach_name.as_str())
        .collect();
    assert_eq!(names, ["Anna Keller", "Marcus Reid"]);
    let best = &p.suggestions[0].score;
    // Berlin 09-17 meets Phnom Penh 08-17 for 2 h in winter, 3 h from Europe's change on
    // 28 March 2027, 2 h again from 31 October 2027.
    assert_eq!(
        best.why(shared::i18n::Lang::En),
        "2 h a day overlap, 3 h from 28 Mar 2027, 2 h from 31 Oct 2027; expertise in collections and information access; both speak French; 0 of 1 partner taken"
    );
    let other = &p.suggestions[1].score;
    assert!(
        other
            .warnings(shared::i18n::Lang::En)
            .iter()
            .any(|w| w.contains("no stated expertise"))
    );
    assert!(
        other
            .why(shared::i18n::Lang::En)
            .starts_with("no overlap in working hours")
    );
    assert_eq!(v.coaches.len(), 2);

    // Only the chair sees the matching page.
    for who in [&berlin, &partner] {
        assert!(matches!(
            matching::matching_view(&db, who, None).await,
            Err(ServiceError::Forbidden)
        ));
    }
}

#[tokio::test]
async fn matching_tells_both_refuses_a_second_match_and_asks_before_exceeding_capacity() {
    let db = fresh_db().await;
    let p = pair(&db, "a").await;
    for who in [&p.coach, &p.partner] {
        let news = ws::unread_notifications(&db, who).await.unwrap();
        assert_eq!(news.len(), 1, "one notification each");
        assert_eq!(news[0].link, format!("/partnerships/{}", p.id));
    }
    // The same partner again: refused, and nothing is written.
    let again = matching::create_partnership(
        &db,
        &p.chair,
        &match_form(&p.cohort, &p.partner, &p.coach),
        Timestamp::now(),
    )
    .await;
    assert!(matches!(again, Err(ServiceError::Conflict(_))), "{again:?}");
    // Another partner for a coach at capacity (1): the chair must confirm.
    let second = someone(
        &db,
        "second@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["Khmer"],
        "Vanna Sok",
    )
    .await;
    let second = with_intake(&db, &second, "facilities").await;
    let refused = matching::create_partnership(
        &db,
        &p.chair,
        &match_form(&p.cohort, &second, &p.coach),
        Timestamp::now(),
    )
    .await;
    match refused {
        Err(ServiceError::Validation(e)) => {
            assert!(e.first("over_capacity").unwrap().contains("1 of 1"))
        }
        other => panic!("{other:?}"),
    }
    let confirmed = MatchForm {
        over_capacity: "on".into(),
        ..match_form(&p.cohort, &second, &p.coach)
    };
    matching::create_partnership(&db, &p.chair, &confirmed, Timestamp::now())
        .await
        .unwrap();
    let v = matching::matching_view(&db, &p.chair, None).await.unwrap();
    let coach = v.coaches.iter().find(|c| c.id == p.coach.id).unwrap();
    assert_eq!((coach.load, coach.capacity), (2, 1));
    // Capacity is the chair's to set, within 1-5.
    assert!(matches!(
        matching::set_capacity(&db, &p.chair, p.cohort.id, p.coach.id, "9").await,
        Err(ServiceError::Validation(_))
    ));
    assert_eq!(
        matching::set_capacity(&db, &p.chair, p.cohort.id, p.coach.id, "3")
            .await
            .unwrap(),
        3
    );
    assert!(matches!(
        matching::set_capacity(&db, &p.coach, p.cohort.id, p.coach.id, "3").await,
        Err(ServiceError::Forbidden)
    ));
    // Only the chair matches.
    let third = with_intake(
        &db,
        &someone(
            &db,
            "third@lib.kh",
            Role::Partner,
            "Asia/Phnom_Penh",
            (8, 17),
            &["Khmer"],
            "Third",
        )
        .await,
        "advocacy",
    )
    .await;
    assert!(matches!(
        matching::create_partnership(
            &db,
            &p.coach,
            &match_form(&p.cohort, &third, &p.coach),
            Timestamp::now()
        )
        .await,
        Err(ServiceError::Forbidden)
    ));
}

fn goal(pid: i64, id: i64, title: &str, status: &str, progress: &str) -> GoalForm {
    GoalForm {
        request_key: common::key(),
        partnership_id: pid,
        goal_id: id,
        title: title.into(),
        outcome: "Page live and four staff trained".into(),
        status: status.into(),
        progress: progress.into(),
    }
}

#[tokio::test]
async fn goals_keep_a_history_of_who_changed_what() {
    let db = fresh_db().await;
    let p = pair(&db, "b").await;
    let now = Timestamp::now();
    let g = ws::save_goal(
        &db,
        &p.partner,
        &goal(p.id, 0, "Discovery page", "", ""),
        now,
    )
    .await
    .unwrap();
    ws::add_milestone(
        &db,
        &p.partner,
        &MilestoneForm {
            request_key: common::key(),
            partnership_id: p.id,
            goal_id: g,
            milestone_title: "Choose the platform".into(),
            due_on: "2027-05-31".into(),
            from: String::new(),
        },
        now,
    )
    .await
    .unwrap();
    let late = ws::add_milestone(
        &db,
        &p.partner,
        &MilestoneForm {
            request_key: common::key(),
            partnership_id: p.id,
            goal_id: g,
            milestone_title: "After the year".into(),
            due_on: "2028-03-01".into(),
            from: String::new(),
        },
        now,
    )
    .await;
    match late {
        Err(ServiceError::Validation(e)) => assert!(e.first("due_on").is_some()),
        other => panic!("{other:?}"),
    }
    ws::save_goal(
        &db,
        &p.coach,
        &goal(p.id, g, "Discovery page", "in_progress", "40"),
        now,
    )
    .await
    .unwrap();
    let d = ws::goal_detail(&db, &p.coach, p.id, g, now).await.unwrap();
    assert_eq!(
        (d.goal.status, d.goal.progress),
        (GoalStatus::InProgress, 40)
    );
    assert_eq!(d.goal.milestones.len(), 1);
    let lines: Vec<(String, String)> = d
        .history
        .iter()
        .map(|h| (h.who.clone(), h.summary.clone()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                "Anna Keller".into(),
                "Status: Not started → In progress; Progress: 0% → 40%".into()
            ),
            (
                "Sophea Chan".into(),
                "Added the milestone \"Choose the platform\", due 31 May 2027".into()
            ),
            (
                "Sophea Chan".into(),
                "Added the goal \"Discovery page\"".into()
            ),
        ]
    );
    let m = d.goal.milestones[0].id;
    ws::set_milestone_done(
        &db,
        &p.coach,
        &MilestoneDoneForm {
            partnership_id: p.id,
            milestone_id: m,
            done: "true".into(),
        },
        now,
    )
    .await
    .unwrap();
    let figures = overview::list(&db, &p.chair, now).await.unwrap();
    let f = figures.iter().find(|f| f.head.id == p.id).unwrap();
    assert_eq!(
        (
            f.goals_total,
            f.goals_in_progress,
            f.mean_progress,
            f.milestones_done,
            f.milestones_total
        ),
        (1, 1, 40, 1, 1)
    );
    // The partner was told about the coach's update.
    assert!(
        ws::unread_notifications(&db, &p.partner)
            .await
            .unwrap()
            .iter()
            .any(|n| n.body.contains("Progress: 0% → 40%"))
    );
}

#[tokio::test]
async fn each_person_sees_and_changes_only_what_is_theirs() {
    let db = fresh_db().await;
    let p = pair(&db, "c").await;
    let other = pair(&db, "d").await;
    let now = Timestamp::now();
    let g = ws::save_goal(
        &db,
        &p.partner,
        &goal(p.id, 0, "Discovery page", "", ""),
        now,
    )
    .await
    .unwrap();
    // Another pair's coach and partner: as if it did not exist.
    for stranger in [&other.coach, &other.partner] {
        assert!(matches!(
            overview::overview(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::journal(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::goal_detail(&db, stranger, p.id, g, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::save_goal(&db, stranger, &goal(p.id, 0, "Mine now", "", ""), now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::resources(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            ws::introductions(&db, stranger, p.id, now).await,
            Err(ServiceError::NotFound)
        ));
        assert!(
            overview::list(&db, stranger, now)
                .await
                .unwrap()
                .iter()
                .all(|f| f.head.id != p.id)
        );
    }
    // A goal of another partnership cannot be reached through one's own.
    assert!(matches!(
        ws::goal_detail(&db, &other.coach, other.id, g, now).await,
        Err(ServiceError::NotFound)
    ));
    // The chair: figures, not the workspace.
    assert!(matches!(
        overview::overview(&db, &p.chair, p.id, now).await,
        Ok(PartnershipPage::Team(_))
    ));
    assert!(matches!(
        ws::journal(&db, &p.chair, p.id, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::goal_detail(&db, &p.chair, p.id, g, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::save_goal(&db, &p.chair, &goal(p.id, g, "Chair edit", "", ""), now).await,
        Err(ServiceError::Forbidden)
    ));
    // The pair: their workspace.
    assert!(matches!(
        overview::overview(&db, &p.coach, p.id, now).await,
        Ok(PartnershipPage::Pair(_))
    ));
    assert!(matches!(
        overview::overview(&db, &p.partner, p.id, now).await,
        Ok(PartnershipPage::Pair(_))
    ));
    // Resources and introductions are the coach's to record.
    let resource = ResourceForm {
        request_key: common::key(),
        partnership_id: p.id,
        title: "Guide".into(),
        url: "https://example.org/guide".into(),
        note: String::new(),
        area: "collections".into(),
    };
    assert!(matches!(
        ws::add_resource(&db, &p.partner, &resource, now).await,
        Err(ServiceError::Conflict(_))
    ));
    ws::add_resource(&db, &p.coach, &resource, now)
        .await
        .unwrap();
    let bad = ResourceForm {
        request_key: common::key(),
        url: "javascript:alert(1)".into(),
        ..resource
    };
    assert!(matches!(
        ws::add_resource(&db, &p.coach, &bad, now).await,
        Err(ServiceError::Validation(_))
    ));
    assert_eq!(
        ws::resources(&db, &p.partner, p.id, now)
            .await
            .unwrap()
            .resources
            .len(),
        1
    );
    // Notifications are their owner's.
    let n = ws::unread_notifications(&db, &p.partner).await.unwrap()[0].id;
    assert!(matches!(
        ws::dismiss_notification(&db, &p.coach, n, now).await,
        Err(ServiceError::NotFound)
    ));
    ws::dismiss_notification(&db, &p.partner, n, now)
        .await
        .unwrap();
}

#[tokio::test]
async fn journal_entries_stay_with_the_pair_unless_their_author_shares_them() {
    let db = fresh_db().await;
    let p = pair(&db, "e").await;
    let now = Timestamp::now();
    let entry = |body: &str, share: &str| JournalForm {
        request_key: common::key(),
        partnership_id: p.id,
        kind: "difficulty".into(),
        body: body.into(),
        share: share.into(),
    };
    let private = ws::add_journal_entry(
        &db,
        &p.partner,
        &entry("The budget was cut by half", ""),
        now,
    )
    .await
    .unwrap();
    ws::add_journal_entry(
        &db,
        &p.coach,
        &entry("The rector agreed to training time", "on"),
        now,
    )
    .await
    .unwrap();
    let both = ws::journal(&db, &p.coach, p.id, now).await.unwrap();
    assert_eq!(both.entries.len(), 2, "the pair sees every entry");
    let team = match overview::overview(&db, &p.chair, p.id, now).await.unwrap() {
        PartnershipPage::Team(t) => t,
        PartnershipPage::Pair(_) => panic!("the chair is not in the pair"),
    };
    let bodies: Vec<&str> = team
        .shared_entries
        .iter()
        .map(|e| e.body.as_str())
        .collect();
    assert_eq!(bodies, ["The rector agreed to training time"]);
    // Only the author shares an entry.
    let share = ShareForm {
        partnership_id: p.id,
        entry_id: private,
        share: "on".into(),
    };
    assert!(matches!(
        ws::share_entry(&db, &p.coach, &share, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(matches!(
        ws::share_entry(&db, &p.chair, &share, now).await,
        Err(ServiceError::Forbidden)
    ));
    assert!(ws::share_entry(&db, &p.partner, &share, now).await.unwrap());
    let team = match overview::overview(&db, &p.chair, p.id, now).await.unwrap() {
        PartnershipPage::Team(t) => t,
        PartnershipPage::Pair(_) => unreachable!(),
    };
    assert_eq!(team.shared_entries.len(), 2);
}

#[tokio::test]
async fn a_partnership_that_ended_is_read_only_and_ending_early_needs_a_reason() {
    let db = fresh_db().await;
    let p = pair(&db, "f").await;
    let now = Timestamp::now();
    let no_reason = StatusForm {
        partnership_id: p.id,
        status: "ended_early".into(),
        reason: String::new(),
    };
    assert!(matches!(
        ws::set_status(&db, &p.chair, &no_reason, now).await,
        Err(ServiceError::Validation(_))
    ));
    assert!(matches!(
        ws::set_status(&db, &p.coach, &no_reason, now).await,
        Err(ServiceError::Forbidden)
    ));
    let ended = StatusForm {
        reason: "The partner moved to another post.".into(),
        ..no_reason
    };
    assert_eq!(
        ws::set_status(&db, &p.chair, &ended, now).await.unwrap(),
        PartnershipStatus::EndedEarly
    );
    let again = StatusForm {
        status: "active".into(),
        ..ended.clone()
    };
    assert!(matches!(
        ws::set_status(&db, &p.chair, &again, now).await,
        Err(ServiceError::Conflict(_))
    ));
    assert!(matches!(
        ws::save_goal(&db, &p.partner, &goal(p.id, 0, "Too late", "", ""), now).await,
        Err(ServiceError::Conflict(_))
    ));
    // Still readable, with the reason.
    match overview::overview(&db, &p.partner, p.id, now)
        .await
        .unwrap()
    {
        PartnershipPage::Pair(w) => assert_eq!(
            w.figures.head.end_reason,
            "The partner moved to another post."
        ),
        PartnershipPage::Team(_) => panic!("the partner is in the pair"),
    }
    // The partner is free to be matched again.
    let v = matching::matching_view(&db, &p.chair, None).await.unwrap();
    assert!(
        v.partners
            .iter()
            .any(|x| x.id == p.partner.id && x.matched.is_none())
    );
}

#[tokio::test]
async fn an_accepted_applicant_joins_the_cohort_with_their_expertise() {
    let db = fresh_db().await;
    let cohort = new_cohort(&db).await;
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let coach = person(&db, "applicant@lib.fi", Role::Coach).await;
    // As the review does when it accepts someone who already has an account.
    app::entities::application::ActiveModel {
        cohort_id: Set(cohort.id),
        token_hash: Set("x".into()),
        email: Set("applicant@lib.fi".into()),
        name: Set("Elena".into()),
        position: Set("Director".into()),
        institution: Set("Lakeland".into()),
        country: Set("Finland".into()),
        time_zone: Set("Europe/Helsinki".into()),
        languages: Set("[\"English\"]".into()),
        years_leading: Set(Some(10)),
        expertise: Set("[\"facilities\"]".into()),
        expertise_other: Set(String::new()),
        statement: Set("s".into()),
        consent: Set(true),
        status: Set("accepted".into()),
        created_at: Set(0),
        updated_at: Set(0),
        submitted_at: Set(Some(0)),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let model = person::Entity::find_by_id(coach.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    matching::enrol_accepted(&db, &model, Timestamp::now())
        .await
        .unwrap();
    matching::enrol_accepted(&db, &model, Timestamp::now())
        .await
        .unwrap();
    let v = matching::matching_view(&db, &chair, Some(&cohort.slug))
        .await
        .unwrap();
    assert_eq!(v.coaches.len(), 1, "enrolled once");
    assert_eq!(v.coaches[0].expertise, ["Library facilities and spaces"]);
}

#[tokio::test]
async fn a_partnership_made_after_its_cohort_started_runs_a_year_from_that_day_on_both_clocks() {
    let db = fresh_db().await;
    let programme = app::features::programme::service::ensure_programme(&db, Timestamp::now())
        .await
        .unwrap();
    app::features::programme::service::insert_cohort(
        &db,
        programme,
        app::features::programme::service::NewCohort {
            slug: "2026-2027",
            name: "2026-2027",
            country: "Cambodia",
            call_deadline: "2025-11-15T00:00:00Z".parse().unwrap(),
            starts_on: jiff::civil::date(2026, 1, 1),
            is_demo: false,
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    let v = |chair: &shared::account::CurrentUser| {
        let db = db.clone();
        let chair = chair.clone();
        async move {
            matching::matching_view(&db, &chair, Some("2026-2027"))
                .await
                .unwrap()
        }
    };
    let chair = person(&db, "chair@iatul.org", Role::Chair).await;
    let coach = someone(
        &db,
        "anna@lib.de",
        Role::Coach,
        "Europe/Berlin",
        (9, 17),
        &["English"],
        "Anna Keller",
    )
    .await;
    let partner = someone(
        &db,
        "dara@lib.kh",
        Role::Partner,
        "Asia/Phnom_Penh",
        (8, 17),
        &["English"],
        "Dara Kim",
    )
    .await;
    with_intake(&db, &partner, "training").await;
    let cohort_id = v(&chair).await.cohort.id;
    let cohort = Cohort {
        id: cohort_id,
        slug: "2026-2027".into(),
    };
    coach_in(
        &db,
        &chair,
        &cohort,
        &coach,
        &[ObjectiveArea::PeopleAndTraining],
    )
    .await;
    // 20:00 UTC on 10 June 2026: already 11 June in Phnom Penh, still 10 June in Berlin.
    let at: Timestamp = "2026-06-10T20:00:00Z".parse().unwrap();
    let id = matching::create_partnership(&db, &chair, &match_form(&cohort, &partner, &coach), at)
        .await
        .unwrap();
    match overview::overview(&db, &coach, id, at).await.unwrap() {
        PartnershipPage::Pair(w) => {
            assert_eq!(
                (
                    w.figures.head.starts_on.as_str(),
                    w.figures.head.ends_on.as_str()
                ),
                ("2026-06-10", "2027-06-09")
            );
        }
        PartnershipPage::Team(_) => panic!("the coach is in the pair"),
    }
}

/// A long history: more rows than SQLite takes variables in one statement (32,766).
#[tokio::test]
async fn a_journal_longer_than_sqlites_variable_limit_still_reads() {
    use app::entities::journal_entry;
    let db = fresh_db().await;
    let p = pair(&db, "long").await;
    let now = Timestamp::now().as_millisecond();
    for chunk in 0..34 {
        let rows = (0..1_000).map(|i| journal_entry::ActiveModel {
            partnership_id: Set(p.id),
            author_id: Set(if i % 2 == 0 { p.coach.id } else { p.partner.id }),
            kind: Set("note".into()),
            body: Set(format!("entry {chunk}-{i}")),
            shared_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        });
        journal_entry::Entity::insert_many(rows)
            .exec(&db)
            .await
            .unwrap();
    }
    let view = ws::journal(&db, &p.coach, p.id, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(view.entries.len(), 34_000);
    assert!(view.entries.iter().all(|e| !e.author.is_empty()));
}
