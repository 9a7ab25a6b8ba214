//! The community's resource library (`/community/library`): links and files (PDF, DOCX, PNG or
//! JPEG, at most 10 MB, recognised by their content as the CV upload is) with a title, a
//! summary, one or more of the four objective areas and free tags. Any member adds to it; the
//! author of a resource in a pair's workspace shares it in one step (the pair's copy stays
//! private otherwise); the programme team features, edits or removes an item.

use crate::errors::Message;
use crate::programme::ObjectiveArea;
use crate::{FieldErrors, validate};
use serde::{Deserialize, Serialize};

/// Largest file accepted, in bytes (10 MB).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
pub const TITLE_MAX: usize = 160;
pub const SUMMARY_MAX: usize = 2_000;
pub const TAGS_MAX: usize = 10;
pub const TAG_MAX: usize = 30;
/// Where the add form posts (a multipart route that works without JavaScript).
pub const ADD_PATH: &str = "/community/library/new";
/// Most items a list shows at once (a search narrows the rest).
pub const PAGE_SIZE: usize = 60;

code_enum!(FileKind {
    Pdf = "pdf" / "PDF",
    Docx = "docx" / "Word document",
    Png = "png" / "PNG image",
    Jpeg = "jpeg" / "JPEG image",
});

impl FileKind {
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Jpeg => "jpg",
            other => other.code(),
        }
    }

    /// Images open in the browser; documents are downloaded.
    pub fn inline(self) -> bool {
        matches!(self, FileKind::Png | FileKind::Jpeg)
    }
}

fn key(k: &str) -> Message {
    Message::key(k, &[])
}

/// What a file is, by its content alone, or a message naming the rule it breaks.
pub fn recognise(bytes: &[u8]) -> Result<FileKind, Message> {
    if bytes.is_empty() {
        return Err(key("error-library-file-empty"));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Message::key(
            "error-library-file-size",
            &[(
                "size",
                format!("{:.1}", bytes.len() as f64 / (1024.0 * 1024.0)).into(),
            )],
        ));
    }
    if bytes.starts_with(b"%PDF-") {
        return crate::cv::check_pdf(bytes).map(|_| FileKind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // The CV's checks; their words about a CV become words about a document.
        return crate::cv::check_docx(bytes)
            .map(|_| FileKind::Docx)
            .map_err(|m| match m.key_name() {
                Some("error-cv-zip-not-word") => key("error-library-zip"),
                Some("error-cv-zip-large" | "error-cv-parts" | "error-cv-unpacked") => {
                    key("error-library-docx-large")
                }
                _ => m,
            });
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        let tail = &bytes[bytes.len().saturating_sub(64)..];
        return if bytes.len() > 33 && tail.windows(4).any(|w| w == b"IEND") {
            Ok(FileKind::Png)
        } else {
            Err(key("error-library-image-incomplete"))
        };
    }
    if bytes.starts_with(b"\xFF\xD8\xFF") {
        let tail = &bytes[bytes.len().saturating_sub(2048)..];
        return if tail.windows(2).any(|w| w == b"\xFF\xD9") {
            Ok(FileKind::Jpeg)
        } else {
            Err(key("error-library-image-incomplete"))
        };
    }
    Err(key(if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        "error-library-doc"
    } else {
        "error-library-kind"
    }))
}

/// Free tags as typed (`space planning, Khmer`): comma-separated, each trimmed, lower-cased,
/// inner spaces single, each once.
pub fn parse_tags(raw: &str) -> Result<Vec<String>, Message> {
    let mut tags: Vec<String> = Vec::new();
    for part in raw.split([',', ';', '\n']) {
        let tag = part.split_whitespace().collect::<Vec<_>>().join(" ");
        let tag = tag.trim_start_matches('#').to_lowercase();
        if tag.is_empty() {
            continue;
        }
        if tag.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err(key("error-library-tag-chars"));
        }
        if tag.chars().count() > TAG_MAX {
            return Err(Message::key(
                "error-library-tag-long",
                &[("tag", tag.into()), ("max", TAG_MAX.into())],
            ));
        }
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > TAGS_MAX {
        return Err(Message::key(
            "error-library-tags-many",
            &[("max", TAGS_MAX.into())],
        ));
    }
    Ok(tags)
}

/// The add and edit forms, as typed. Each area is a box of its own (`area_facilities`: "on"
/// when ticked), so the form reads the same sent plainly or as multipart.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LibraryForm {
    /// The item being edited; 0 for a new one.
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub url: String,
    pub area_facilities: String,
    pub area_collections: String,
    pub area_advocacy: String,
    pub area_training: String,
    pub tags: String,
    /// Made by the page once per form: a resend of the same form stores nothing new.
    pub request_key: String,
}

/// A checked item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewItem {
    pub title: String,
    pub summary: String,
    pub url: Option<String>,
    pub areas: Vec<ObjectiveArea>,
    pub tags: Vec<String>,
}

impl LibraryForm {
    /// The box of an area, by its code.
    pub fn area_box(&mut self, code: &str) -> Option<&mut String> {
        Some(match ObjectiveArea::from_code(code)? {
            ObjectiveArea::FacilitiesAndSpaces => &mut self.area_facilities,
            ObjectiveArea::CollectionsAndAccess => &mut self.area_collections,
            ObjectiveArea::AdvocacyAndServices => &mut self.area_advocacy,
            ObjectiveArea::PeopleAndTraining => &mut self.area_training,
        })
    }

    /// The areas ticked, in the programme's order.
    pub fn areas(&self) -> Vec<ObjectiveArea> {
        [
            (&self.area_facilities, ObjectiveArea::FacilitiesAndSpaces),
            (&self.area_collections, ObjectiveArea::CollectionsAndAccess),
            (&self.area_advocacy, ObjectiveArea::AdvocacyAndServices),
            (&self.area_training, ObjectiveArea::PeopleAndTraining),
        ]
        .into_iter()
        .filter(|(ticked, _)| ticked.as_str() == "on")
        .map(|(_, a)| a)
        .collect()
    }

    /// Checks the form; `has_file`: a file comes with it (or the item keeps one), so a link is
    /// not needed.
    pub fn validate(&self, has_file: bool) -> Result<NewItem, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take(
            "title",
            validate::text(&self.title, "what-library-title", 2, TITLE_MAX),
        );
        let summary = e.take(
            "summary",
            validate::text(&self.summary, "what-library-summary", 0, SUMMARY_MAX),
        );
        let url = if self.url.trim().is_empty() {
            if !has_file {
                e.add("url", key("error-library-link-or-file"));
            }
            None
        } else {
            Some(e.take("url", crate::partnership::web_link(&self.url)))
        };
        let areas = self.areas();
        if areas.is_empty() {
            e.add("areas", key("error-library-area"));
        }
        let tags = e.take("tags", parse_tags(&self.tags));
        e.into_result(NewItem {
            title,
            summary,
            url,
            areas,
            tags,
        })
    }
}

/// A stored file, as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileInfo {
    pub kind: FileKind,
    pub name: String,
    pub size_bytes: i64,
}

/// One item of the library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub url: Option<String>,
    pub file: Option<FileInfo>,
    pub areas: Vec<ObjectiveArea>,
    pub tags: Vec<String>,
    /// Who added it (empty once their account is gone).
    pub added_by: String,
    /// The day it was added, in the reader's zone.
    pub added_on: String,
    pub featured: bool,
    /// The reader added it.
    pub mine: bool,
}

/// The library's filters, from the page's address (`?q=&area=`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LibraryFilter {
    pub q: String,
    pub area: String,
}

/// `/community/library`: the items that pass the filters, featured first, then newest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryPage {
    pub items: Vec<Item>,
    /// How many items pass the filters (the page shows at most [`PAGE_SIZE`]).
    pub matching: usize,
    /// How many items the library holds.
    pub total: usize,
    pub can_moderate: bool,
}

/// `/community/library/{id}`: one item, and for the team the edit form filled from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemPage {
    pub item: Item,
    pub can_moderate: bool,
    /// The author or the team may remove it.
    pub can_remove: bool,
    pub form: LibraryForm,
}

impl LibraryForm {
    /// The edit form showing a stored item.
    pub fn of(item: &Item) -> Self {
        let mut form = LibraryForm {
            id: item.id,
            title: item.title.clone(),
            summary: item.summary.clone(),
            url: item.url.clone().unwrap_or_default(),
            tags: item.tags.join(", "),
            ..Default::default()
        };
        for a in &item.areas {
            if let Some(b) = form.area_box(a.code()) {
                *b = "on".to_owned();
            }
        }
        form
    }
}

#[cfg(test)]
mod tests;
