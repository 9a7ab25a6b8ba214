//! A person's archive against a real SQLite database: every table of the schema is exported or
//! explained (a new table fails this test until it is), the archive holds the person's rows and
//! files and not another pair's, secrets are withheld, and the download is logged.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

mod common;

use app::entities::{application, application_cv, audit_log};
use app::features::partnership::service as ws;
use app::features::privacy::service::{self as privacy, Scope, TABLES};
use common::fresh_db;
use common::pairs::*;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

#[tokio::test]
async fn every_table_is_exported_or_explained() {
    let db = fresh_db().await;
    let schema = app::server::db::table_names(&db).await.unwrap();
    for table in &schema {
        assert!(
            TABLES.iter().any(|(t, _)| t == table),
            "the table {table} is neither exported nor explained in privacy::service::TABLES"
        );
    }
    let postgres = db.get_database_backend() == sea_orm::DbBackend::Postgres;
    for (table, scope) in TABLES {
        if postgres && app::server::db::sqlite_only(table) {
            continue;
        }
        assert!(
            schema.contains(&(*table).to_owned()),
            "{table} is not in the schema"
        );
        if let Scope::Explained(why) = scope {
            assert!(why.len() > 20, "{table}: say why");
        }
    }
}

/// The files of a stored ZIP, read by an independent reader (Python's zipfile).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let path = std::env::temp_dir().join(format!("tandem-archive-{}.zip", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    let script = "import sys, zipfile, base64\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor n in z.namelist(): print(n + '\\t' + base64.b64encode(z.read(n)).decode())";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (name, data) = l.split_once('\t').unwrap();
            (name.to_owned(), decode(data))
        })
        .collect()
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn decode(b64: &str) -> Vec<u8> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, base64; sys.stdout.buffer.write(base64.b64decode(sys.argv[1]))",
            b64,
        ])
        .output()
        .unwrap();
    out.stdout
}

#[tokio::test]
async fn the_archive_holds_the_persons_rows_and_files_and_nobody_elses() {
    let db = fresh_db().await;
    let p = pair(&db, "pv").await;
    let other = pair(&db, "pv2").await;
    let now = Timestamp::now();
    // The coach applied (with a CV) under the same address; each pair writes in its journal.
    let pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".to_vec();
    let ms = now.as_millisecond();
    let a = application::ActiveModel {
        cohort_id: Set(p.cohort.id),
        token_hash: Set("SECRET-HASH".into()),
        email: Set(p.coach.email.clone()),
        name: Set("Anna Keller".into()),
        position: Set("Director".into()),
        institution: Set("Stadtbibliothek".into()),
        country: Set("Germany".into()),
        time_zone: Set("Europe/Berlin".into()),
        languages: Set("German, English".into()),
        years_leading: Set(Some(12)),
        expertise: Set("[\"collections\"]".into()),
        expertise_other: Set(String::new()),
        statement: Set("I want to share what our team learned.".into()),
        consent: Set(true),
        status: Set("accepted".into()),
        created_at: Set(ms),
        updated_at: Set(ms),
        submitted_at: Set(Some(ms)),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    application_cv::ActiveModel {
        application_id: Set(a.id),
        kind: Set("pdf".into()),
        file_name: Set("anna-cv.pdf".into()),
        size: Set(pdf.len() as i64),
        content: Set(pdf.clone()),
        uploaded_at: Set(ms),
    }
    .insert(&db)
    .await
    .unwrap();
    for (pair_, text) in [(&p, "OUR-PAIR-NOTE"), (&other, "OTHER-PAIR-NOTE")] {
        ws::add_journal_entry(
            &db,
            &pair_.partner,
            &shared::partnership::JournalForm {
                partnership_id: pair_.id,
                kind: "note".into(),
                body: text.into(),
                request_key: common::key(),
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap();
    }

    let zip = privacy::my_archive(&db, &p.coach, now).await.unwrap();
    let files = unzip(&zip);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "tandem-data.json");
    let cv = files
        .iter()
        .find(|(n, _)| n.ends_with("anna-cv.pdf"))
        .expect("the CV");
    assert_eq!(cv.1, pdf);
    let data: serde_json::Value = serde_json::from_slice(&files[0].1).unwrap();
    let tables = &data["tables"];
    assert_eq!(tables["person"][0]["email"], p.coach.email.as_str());
    assert!(
        tables["application"][0]["statement"]
            .as_str()
            .unwrap()
            .starts_with("I want to share")
    );
    assert_eq!(tables["application"][0]["token_hash"], "(withheld)");
    assert!(!text_of(&files[0].1).contains("SECRET-HASH"));
    assert_eq!(tables["partnership"].as_array().unwrap().len(), 1);
    let text = String::from_utf8_lossy(&files[0].1);
    assert!(text.contains("OUR-PAIR-NOTE"), "the pair's journal");
    assert!(!text.contains("OTHER-PAIR-NOTE"), "not another pair's");
    assert!(!text.contains(&other.coach.email) && !text.contains(&other.partner.email));
    assert!(!text.contains("$argon2"), "no password hash");
    assert!(data["not_included"]["application_link"].is_string());
    // The download is logged.
    let logged = audit_log::Entity::find().all(&db).await.unwrap();
    assert!(
        logged
            .iter()
            .any(|a| a.action == "downloaded their data" && a.person_id == Some(p.coach.id))
    );
}
