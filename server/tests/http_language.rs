//! The language through the real router: `Accept-Language: km` gives Khmer pages with
//! `<html lang="km">`; `/language/{code}` remembers the choice in a cookie that outranks the
//! header, and goes back only to a page of this site.
#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use common::*;
use http::{Request, StatusCode, header};

fn page(path: &str, accept_language: Option<&str>, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path)
        .header(header::HOST, "localhost:3000")
        .header(header::ACCEPT, "text/html");
    if let Some(l) = accept_language {
        b = b.header(header::ACCEPT_LANGUAGE, l);
    }
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::empty()).unwrap()
}

async fn html(res: http::Response<Body>) -> String {
    let bytes = axum::body::to_bytes(res.into_body(), 4 << 20)
        .await
        .unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn accept_language_km_gives_a_khmer_page_and_the_switch_remembers_a_choice() {
    on_runtime(async {
        let w = world().await;
        let km = html(
            w.send(page("/sign-in", Some("km-KH,km;q=0.9,en;q=0.5"), None))
                .await,
        )
        .await;
        assert!(km.contains("<html lang=\"km\""), "lang=km");
        assert!(km.contains("អាសយដ្ឋានអ៊ីមែល"), "the email label in Khmer");
        let en = html(w.send(page("/sign-in", Some("en-GB,en"), None)).await).await;
        assert!(en.contains("<html lang=\"en\""));
        assert!(en.contains("Email address"));

        // The switch sets the cookie and comes back to the page it was on.
        let res = w
            .send(page("/language/km?next=%2Fprivacy", Some("en"), None))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()[header::LOCATION], "/privacy");
        let cookie = res.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cookie.starts_with("tandem_lang=km;") && cookie.contains("Max-Age=31536000"));
        // The cookie outranks the browser's header.
        let chosen = html(
            w.send(page("/sign-in", Some("en"), Some("tandem_lang=km")))
                .await,
        )
        .await;
        assert!(chosen.contains("<html lang=\"km\""));
        // Only this site's pages, and only languages Tandem speaks.
        let away = w
            .send(page("/language/en?next=%2F%2Fevil.example%2F", None, None))
            .await;
        assert_eq!(away.headers()[header::LOCATION], "/home");
        let unknown = w.send(page("/language/fr?next=%2F", None, None)).await;
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

        // Signed in, the choice is the person's too (it comes back at their next sign-in).
        let email = unique("lang@lib.kh");
        let session = w.cookie(&email, shared::Role::Partner).await;
        let res = w
            .send(page("/language/km?next=%2Fhome", None, Some(&session)))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let person = app::entities::person::Entity::find()
            .filter(app::entities::person::Column::Email.eq(email.as_str()))
            .one(&w.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(person.language, "km");
    });
}

/// A server function's form post in Khmer, as the intake page sends it with JavaScript.
fn khmer_post(function: &str, body: String, cookie: &str) -> Request<Body> {
    form_post(&format!("/api/{function}"), &body)
        .header(header::COOKIE, cookie)
        .header(header::ACCEPT_LANGUAGE, "km")
        .body(Body::from(body))
        .unwrap()
}

const KHMER_NEED: [&str; 6] = [
    "បណ្ណាល័យរបស់យើងត្រូវការបន្ទប់អានថ្មីសម្រាប់និស្សិត។",
    "យើងចង់រៀនពីរបៀបរៀបចំសៀវភៅ និងធនធានអេឡិចត្រូនិច។",
    "បុគ្គលិករបស់យើងត្រូវការការបណ្តុះបណ្តាលអំពីសេវាកម្មព័ត៌មាន។",
    "យើងសង្ឃឹមថាគ្រូបង្វឹកនឹងជួយយើងរៀបចំផែនការសម្រាប់ឆ្នាំក្រោយ។",
    "និស្សិតជាច្រើនមកបណ្ណាល័យរៀងរាល់ថ្ងៃ ប៉ុន្តែកន្លែងអង្គុយមិនគ្រប់គ្រាន់ទេ។",
    "យើងក៏ចង់ភ្ជាប់ទំនាក់ទំនងជាមួយបណ្ណាល័យនៅប្រទេសផ្សេងទៀតផងដែរ។",
];

#[test]
fn a_partner_writes_the_intake_in_khmer_and_its_errors_come_back_in_khmer() {
    on_runtime(async {
        let w = world().await;
        let session = w
            .cookie(&unique("intake-km@lib.kh"), shared::Role::Partner)
            .await;
        // The page itself, in Khmer, with the need's live word count.
        let shown = html(w.send(page("/intake", Some("km"), Some(&session))).await).await;
        assert!(shown.contains("<html lang=\"km\""));
        assert!(
            shown.contains("រៀបរាប់ពីតម្រូវការ"),
            "the need's label in Khmer"
        );
        assert!(
            shown.contains("id=\"need-words\""),
            "a word count under the need"
        );
        let form = |need: &str| {
            format!(
                "form%5Blibrary%5D={}&form%5Bposition%5D={}&form%5Bcity%5D={}&form%5Btime_zone%5D=Asia%2FPhnom_Penh&form%5Blanguages%5D=Khmer&form%5Bconnectivity%5D=audio&form%5Bpreferred_times%5D={}&form%5Bobjective_area%5D=facilities&form%5Bneed%5D={}",
                urlenc("បណ្ណាល័យមេគង្គ"),
                urlenc("នាយក"),
                urlenc("ភ្នំពេញ"),
                urlenc("ព្រឹកថ្ងៃធ្វើការ"),
                urlenc(need)
            )
        };
        // One sentence (nine words) is short of the ten-word minimum: the message says so in Khmer.
        let short = w
            .send(khmer_post("save_intake", form(KHMER_NEED[0]), &session))
            .await;
        assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = html(short).await;
        assert!(
            body.contains(&format!(
                "សូមរៀបរាប់តម្រូវការយ៉ាងហោចណាស់ {} ពាក្យ",
                shared::intake::NEED_MIN_WORDS
            )),
            "the need's error in Khmer: {body}"
        );
        // Six sentences, written without spaces between words, pass it.
        let full = w
            .send(khmer_post(
                "save_intake",
                form(&KHMER_NEED.join(" ")),
                &session,
            ))
            .await;
        assert_eq!(full.status(), StatusCode::OK, "{}", html(full).await);
        // Kept exactly as written: never translated.
        let again = html(w.send(page("/intake", Some("en"), Some(&session))).await).await;
        assert!(again.contains(KHMER_NEED[4]));
        assert!(
            again.contains("Describe the need"),
            "the same page in English"
        );
    });
}

#[test]
fn the_khmer_font_is_served_with_its_licence_and_kept_a_year() {
    on_runtime(async {
        let w = world().await;
        let res = w
            .send(page(
                "/fonts/noto-sans-khmer-regular.53229761be85cb21.woff2",
                None,
                None,
            ))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_TYPE], "font/woff2");
        assert!(
            res.headers()[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        let licence = html(w.send(page("/fonts/OFL.txt", None, None)).await).await;
        assert!(licence.contains("SIL OPEN FONT LICENSE Version 1.1"));
        let missing = w.send(page("/fonts/other.woff2", None, None)).await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    });
}

#[test]
fn the_call_page_in_khmer_names_the_deadline_in_khmer_on_its_clock() {
    on_runtime(async {
        let w = world().await;
        let page_km = html(w.send(page("/call", Some("km"), None)).await).await;
        assert!(page_km.contains("<html lang=\"km\""));
        assert!(
            page_km.contains("ការអំពាវនាវរកគ្រូបង្វឹក"),
            "the call's title in Khmer"
        );
        // The deadline with a Khmer month name, and the browser's sentence for its own clock.
        let months = shared::time::KHMER_MONTHS;
        let time_at = page_km.find("data-local").unwrap();
        let deadline = &page_km[time_at..time_at + 400];
        assert!(months.iter().any(|m| deadline.contains(m)), "{deadline}");
        assert!(page_km.contains("data-text=\"{time} តាមម៉ោងរបស់អ្នក\""));
    });
}

#[test]
fn khmer_digits_are_a_choice_remembered_on_the_profile() {
    on_runtime(async {
        let w = world().await;
        let email = unique("digits@lib.kh");
        let session = w.cookie(&email, shared::Role::Partner).await;
        let res = w
            .send(page("/digits/khmer?next=%2Fcall", None, Some(&session)))
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()[header::LOCATION], "/call");
        let cookie = res.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cookie.starts_with("tandem_digits=khmer;"), "{cookie}");
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let person = app::entities::person::Entity::find()
            .filter(app::entities::person::Column::Email.eq(email.as_str()))
            .one(&w.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(person.digits, "khmer");
        // A Khmer page writes its dates in Khmer digits; an English one keeps 0-9.
        let km = html(
            w.send(page(
                "/cohorts/2019-2020/call",
                None,
                Some("tandem_lang=km; tandem_digits=khmer"),
            ))
            .await,
        )
        .await;
        assert!(km.contains("data-digits=\"khmer\""));
        assert!(
            km.contains("ចន្ទ ២២ មេសា ២០១៩, ២៣:៥៩"),
            "Khmer digits on the call page"
        );
        let en = html(
            w.send(page(
                "/cohorts/2019-2020/call",
                None,
                Some("tandem_lang=en; tandem_digits=khmer"),
            ))
            .await,
        )
        .await;
        assert!(en.contains("Mon 22 Apr 2019, 23:59"));
        // The choice lives on the profile page, which speaks Khmer too.
        let profile = html(
            w.send(page(
                "/profile",
                None,
                Some(&format!("{session}; tandem_lang=km")),
            ))
            .await,
        )
        .await;
        assert!(profile.contains("<h1>ប្រវត្តិរូបរបស់អ្នក</h1>"));
        assert!(profile.contains("href=\"/digits/khmer?next="));
        // Back to Latin digits: the cookie goes.
        let res = w
            .send(page("/digits/latin?next=%2Fprofile", None, Some(&session)))
            .await;
        let cookie = res.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cookie.starts_with("tandem_digits=;") && cookie.contains("Max-Age=0"));
        let unknown = w.send(page("/digits/roman?next=%2F", None, None)).await;
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    });
}

#[test]
fn the_sessions_page_speaks_khmer_to_a_partner_who_reads_it() {
    on_runtime(async {
        let w = world().await;
        let p = common::pairs::pair(w).await;
        let cookie = format!("{}; tandem_lang=km", p.partner);
        let path = format!("/partnerships/{}/sessions", p.id);
        let shown = html(w.send(page(&path, None, Some(&cookie))).await).await;
        assert!(shown.contains("<html lang=\"km\""));
        assert!(
            shown.contains("ស្នើវគ្គមួយ"),
            "the proposal form's heading in Khmer"
        );
        assert!(shown.contains("ជម្រើសទីមួយ"), "its first field in Khmer");
        // The pace's reason is a keyed message, said in the page's language.
        assert!(shown.contains("ក្នុងចំណោម"), "the pace in Khmer");
        assert!(
            shown.contains("ភ្នំពេញ"),
            "the partner's own city named in Khmer"
        );
        let english = html(w.send(page(&path, Some("en"), Some(&p.partner))).await).await;
        assert!(english.contains("Propose a session"));
    });
}
