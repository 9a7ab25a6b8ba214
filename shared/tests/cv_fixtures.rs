//! CV recognition on real files: a one-page PDF, a Word document written by a zip library with
//! deflate compression, and a PNG photo renamed to .pdf.
#![allow(clippy::unwrap_used)]

use shared::cv::{CvKind, recognise};

#[test]
fn a_real_pdf_is_a_pdf() {
    assert_eq!(
        recognise(include_bytes!("fixtures/cv.pdf")),
        Ok(CvKind::Pdf)
    );
}

#[test]
fn a_real_docx_is_a_word_document() {
    assert_eq!(
        recognise(include_bytes!("fixtures/cv.docx")),
        Ok(CvKind::Docx)
    );
}

#[test]
fn a_photo_renamed_to_pdf_is_refused_by_its_content() {
    let refused = recognise(include_bytes!("fixtures/photo-renamed.pdf")).unwrap_err();
    assert!(refused.contains("This file is a PNG image"), "{refused}");
}
