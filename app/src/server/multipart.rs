//! Reading a multipart form post (the plain forms that carry a file): every text field by name,
//! in order (`form[name]` is read as `name`, as the server functions' forms name their fields),
//! and the one file field the form has, unless it was left empty.

use axum::extract::Multipart;
use axum::extract::multipart::MultipartError;

/// A file as it came: the name the sender gave it and its bytes (not yet recognised).
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What a multipart post held.
pub struct Posted {
    pub values: Vec<(String, String)>,
    pub file: Option<File>,
}

/// Reads the whole post; the field called `file_field` is the file (named `fallback` if the
/// browser gave it no name). A body that cannot be read says why, for the person to see.
pub async fn read(
    mut multipart: Multipart,
    file_field: &str,
    fallback: &str,
) -> Result<Posted, String> {
    let broken = |e: MultipartError| e.body_text();
    let mut posted = Posted {
        values: Vec::new(),
        file: None,
    };
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        let name = field
            .name()
            .unwrap_or_default()
            .trim_start_matches("form[")
            .trim_end_matches(']')
            .to_owned();
        if name == file_field {
            let file_name = field.file_name().unwrap_or(fallback).to_owned();
            let bytes = field.bytes().await.map_err(broken)?;
            if !bytes.is_empty() {
                posted.file = Some(File {
                    name: file_name,
                    bytes: bytes.to_vec(),
                });
            }
            continue;
        }
        let value = field.text().await.map_err(broken)?;
        posted.values.push((name, value));
    }
    Ok(posted)
}
