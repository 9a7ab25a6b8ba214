//! Confidential concerns through the real router: the other member of the pair, another coach
//! and another partner cannot read a concern or its log; each read is in the audit log.
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::audit_log;
use common::pairs::*;
use common::*;
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[test]
fn a_concern_is_its_authors_and_the_teams_and_each_read_is_logged() {
    on_runtime(async {
        let w = world().await;
        let p = pair(w).await;
        let other = pair(w).await;
        let body = format!(
            "form%5Bpartnership_id%5D={}&form%5Bcategory%5D=engagement&form%5Bseverity%5D=high&form%5Bdescription%5D={}{}",
            p.id,
            urlenc("CONFIDENTIAL: my coach has not answered for five weeks."),
            key_field()
        );
        let (status, id) = call(w, "raise_concern", body, Some(&p.partner)).await;
        assert_eq!(status, StatusCode::OK, "{id}");
        let id: i64 = id.trim().parse().unwrap();
        let reads = || async {
            audit_log::Entity::find()
                .filter(audit_log::Column::Subject.eq(format!("concern:{id}")))
                .filter(audit_log::Column::Action.eq("viewed"))
                .count(&w.db)
                .await
                .unwrap()
        };
        let before = reads().await;
        for denied in [&p.coach, &other.coach, &other.partner] {
            assert_eq!(
                call(w, "get_concern", format!("id={id}"), Some(denied))
                    .await
                    .0,
                StatusCode::NOT_FOUND
            );
            let (_, list) = call(w, "list_concerns", String::new(), Some(denied)).await;
            assert!(!list.contains("CONFIDENTIAL"), "{list}");
            let page = text(w.send(get(&format!("/concerns/{id}"), Some(denied))).await).await;
            assert!(!page.contains("CONFIDENTIAL"));
        }
        assert_eq!(
            call(w, "get_concern", format!("id={id}"), None).await.0,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(reads().await, before, "refused reads read nothing");
        let (status, seen) = call(w, "get_concern", format!("id={id}"), Some(&p.partner)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(seen.contains("CONFIDENTIAL"));
        assert!(
            seen.contains("\"audit\":[]"),
            "the author does not see the log: {seen}"
        );
        let (status, team) = call(w, "get_concern", format!("id={id}"), Some(&p.chair)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            team.contains("\"action\":\"viewed\""),
            "the team sees the log"
        );
        assert_eq!(reads().await, before + 2, "each read is logged");
        // Only the programme team handles it.
        let update = format!(
            "form%5Bconcern_id%5D={id}&form%5Bstatus%5D=resolved{}",
            key_field()
        );
        assert_eq!(
            call(w, "update_concern", update.clone(), Some(&p.partner))
                .await
                .0,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            call(w, "update_concern", update, Some(&p.chair)).await.0,
            StatusCode::OK
        );
    });
}
