//! The cohort export through the real router: the programme team only, figures only, and CSV
//! that a spreadsheet cannot run as formulas.
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{cohort, partnership, person};
use common::pairs::*;
use common::*;
use http::{StatusCode, header};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

#[test]
fn the_chair_exports_figures_as_safe_csv_and_json_and_nobody_else_can() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let row = partnership::Entity::find_by_id(p.id)
            .one(&w.db)
            .await
            .unwrap()
            .unwrap();
        let slug = cohort::Entity::find_by_id(row.cohort_id)
            .one(&w.db)
            .await
            .unwrap()
            .unwrap()
            .slug;
        // A name that a spreadsheet would run as a formula.
        person::ActiveModel {
            id: Set(row.partner_id),
            display_name: Set("=HYPERLINK(\"http://evil.example\",\"x\")".into()),
            ..Default::default()
        }
        .update(&w.db)
        .await
        .unwrap();
        let path = format!("/export/{slug}/partnerships.csv");
        let res = w.send(get(&path, Some(&p.chair))).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "text/csv; charset=utf-8"
        );
        let csv = text(res).await;
        assert!(
            csv.starts_with("\u{feff}partnership_id,cohort,coach,partner,"),
            "{csv}"
        );
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""),
            "neutralised: {csv}"
        );
        assert!(!csv.contains(",=HYPERLINK"), "never a bare formula");
        assert!(
            csv.lines().count() == 2,
            "one partnership in this cohort: {csv}"
        );
        let json = text(
            w.send(get(&format!("/export/{slug}/cohort.json"), Some(&p.chair)))
                .await,
        )
        .await;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["partnerships"][0]["partnership_id"].as_i64(), Some(p.id));
        assert!(
            !json.contains("PRIVATE") && !json.contains("SHARED-rector"),
            "no journal in exports"
        );
        let answers = format!("/export/{slug}/evaluations.csv");
        let res = w.send(get(&answers, Some(&p.chair))).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            text(res)
                .await
                .starts_with("\u{feff}partnership_id,coach,partner,side,")
        );
        for who in [&p.coach, &p.partner, &other.coach] {
            for path in [&path, &answers] {
                assert_eq!(
                    w.send(get(path, Some(who))).await.status(),
                    StatusCode::FORBIDDEN
                );
            }
        }
        assert_eq!(
            w.send(get(&path, None)).await.status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            w.send(get(&format!("/export/{slug}/secrets.csv"), Some(&p.chair)))
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            w.send(get("/export/no-such-cohort/hours.csv", Some(&p.chair)))
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
    });
}
