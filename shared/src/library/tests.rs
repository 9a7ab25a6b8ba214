use super::*;
use crate::cv::tests::zip;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

fn png() -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0".to_vec();
    b.extend_from_slice(b"\0\0\0\0IEND\xaeB`\x82");
    b
}

fn key_of(r: Result<FileKind, Message>) -> String {
    r.unwrap_err().key_name().unwrap_or_default().to_owned()
}

#[test]
fn documents_and_images_are_recognised_by_content() {
    assert_eq!(recognise(PDF), Ok(FileKind::Pdf));
    let docx = zip(
        &[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ],
        None,
    );
    assert_eq!(recognise(&docx), Ok(FileKind::Docx));
    assert_eq!(recognise(&png()), Ok(FileKind::Png));
    assert_eq!(
        recognise(b"\xFF\xD8\xFF\xE0 jfif data \xFF\xD9"),
        Ok(FileKind::Jpeg)
    );
}

#[test]
fn a_file_that_is_not_what_its_name_says_is_refused_with_its_reason() {
    assert_eq!(key_of(recognise(b"")), "error-library-file-empty");
    assert_eq!(
        key_of(recognise(b"<script>alert(1)</script>")),
        "error-library-kind"
    );
    assert_eq!(key_of(recognise(b"GIF89a....")), "error-library-kind");
    assert_eq!(
        key_of(recognise(b"\xD0\xCF\x11\xE0 old word")),
        "error-library-doc"
    );
    assert_eq!(
        key_of(recognise(b"%PDF-1.4 cut short")),
        "error-cv-pdf-incomplete"
    );
    assert_eq!(
        key_of(recognise(b"\x89PNG\r\n\x1a\n cut")),
        "error-library-image-incomplete"
    );
    assert_eq!(
        key_of(recognise(b"\xFF\xD8\xFF cut")),
        "error-library-image-incomplete"
    );
    let other_zip = zip(&[("mimetype", b"application/epub+zip")], None);
    assert_eq!(key_of(recognise(&other_zip)), "error-library-zip");
    let mut big = PDF.to_vec();
    big.resize(MAX_FILE_BYTES + 1, b' ');
    assert_eq!(key_of(recognise(&big)), "error-library-file-size");
}

#[test]
fn tags_are_tidied_and_bounded() {
    assert_eq!(
        parse_tags(" Space  planning, #Khmer;khmer,\n, reading rooms ").unwrap(),
        ["space planning", "khmer", "reading rooms"]
    );
    assert_eq!(parse_tags("").unwrap(), Vec::<String>::new());
    let many = (0..11)
        .map(|i| format!("t{i}"))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        parse_tags(&many).unwrap_err().key_name(),
        Some("error-library-tags-many")
    );
    assert_eq!(
        parse_tags(&"x".repeat(31)).unwrap_err().key_name(),
        Some("error-library-tag-long")
    );
    assert_eq!(
        parse_tags("<b>").unwrap_err().key_name(),
        Some("error-library-tag-chars")
    );
}

fn form() -> LibraryForm {
    LibraryForm {
        title: "  Planning a reading room ".into(),
        summary: "A short guide.".into(),
        url: "https://example.org/guide".into(),
        area_facilities: "on".into(),
        area_advocacy: "on".into(),
        area_training: "off".into(),
        tags: "space".into(),
        ..Default::default()
    }
}

#[test]
fn a_complete_form_gives_a_tidy_item() {
    let item = form().validate(false).unwrap();
    assert_eq!(item.title, "Planning a reading room");
    assert_eq!(item.url.as_deref(), Some("https://example.org/guide"));
    assert_eq!(
        item.areas,
        [
            ObjectiveArea::FacilitiesAndSpaces,
            ObjectiveArea::AdvocacyAndServices
        ]
    );
}

#[test]
fn a_link_or_a_file_is_needed_and_an_area_always() {
    let f = LibraryForm {
        url: String::new(),
        area_facilities: String::new(),
        area_advocacy: String::new(),
        ..form()
    };
    let e = f.validate(false).unwrap_err();
    assert!(e.first("url").is_some());
    assert!(e.first("areas").is_some());
    let with_file = LibraryForm {
        url: String::new(),
        ..form()
    };
    assert_eq!(with_file.validate(true).unwrap().url, None);
    let bad = LibraryForm {
        url: "javascript:alert(1)".into(),
        ..form()
    };
    let e = bad.validate(true).unwrap_err();
    assert!(e.first("url").is_some());
    assert!(e.first("areas").is_none());
}

#[test]
fn the_edit_form_shows_a_stored_item() {
    let mut f = form();
    f.tags = "space, khmer".into();
    let item = f.validate(false).unwrap();
    let shown = Item {
        id: 7,
        title: item.title,
        summary: item.summary,
        url: item.url,
        file: None,
        areas: item.areas,
        tags: item.tags,
        added_by: String::new(),
        added_on: String::new(),
        featured: false,
        mine: false,
    };
    let again = LibraryForm::of(&shown);
    assert_eq!(again.id, 7);
    assert_eq!(again.areas(), shown.areas);
    assert_eq!(again.tags, "space, khmer");
}
