//! Recognising an uploaded CV by its content, never by its name or declared type: a PDF, or a
//! Word document (DOCX, a zip package) whose entries and unpacked size are bounded.

/// Largest CV accepted, in bytes (5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most entries a DOCX may hold.
pub const MAX_ENTRIES: usize = 1_000;
/// Largest unpacked size of a DOCX, in bytes (50 MB).
pub const MAX_UNPACKED: u64 = 50 * 1024 * 1024;
/// Highest ratio of unpacked to packed size for one entry (zip bombs go far beyond).
pub const MAX_RATIO: u64 = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvKind {
    Pdf,
    Docx,
}

impl CvKind {
    pub fn content_type(self) -> &'static str {
        match self {
            CvKind::Pdf => "application/pdf",
            CvKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            CvKind::Pdf => "pdf",
            CvKind::Docx => "docx",
        }
    }
}

use crate::errors::Message;

fn broken() -> Message {
    Message::key("error-cv-broken-zip", &[])
}

/// What the bytes are, or a message naming the rule they break.
pub fn recognise(bytes: &[u8]) -> Result<CvKind, Message> {
    if bytes.is_empty() {
        return Err(Message::key("error-cv-empty", &[]));
    }
    if bytes.len() > MAX_BYTES {
        return Err(Message::key(
            "error-cv-size",
            &[(
                "size",
                format!("{:.1}", bytes.len() as f64 / (1024.0 * 1024.0)).into(),
            )],
        ));
    }
    if bytes.starts_with(b"%PDF-") {
        return check_pdf(bytes);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return check_docx(bytes);
    }
    let key = if bytes.starts_with(b"\x89PNG") {
        "error-cv-png"
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        "error-cv-jpeg"
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        "error-cv-doc"
    } else {
        "error-cv-neither"
    };
    Err(Message::key(key, &[]))
}

pub(crate) fn check_pdf(bytes: &[u8]) -> Result<CvKind, Message> {
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    if tail.windows(5).any(|w| w == b"%%EOF") {
        Ok(CvKind::Pdf)
    } else {
        Err(Message::key("error-cv-pdf-incomplete", &[]))
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u64> {
    b.get(at..at + 2)
        .map(|s| u64::from(u16::from_le_bytes([s[0], s[1]])))
}

fn u32_at(b: &[u8], at: usize) -> Option<u64> {
    b.get(at..at + 4)
        .map(|s| u64::from(u32::from_le_bytes([s[0], s[1], s[2], s[3]])))
}

/// Reads the zip's central directory (without unpacking anything) and checks that it is a
/// Word document of bounded size.
pub(crate) fn check_docx(bytes: &[u8]) -> Result<CvKind, Message> {
    // End of central directory: the last "PK\x05\x06" within the final 64 KB + 22 bytes.
    let search_from = bytes.len().saturating_sub(65_557);
    let eocd = bytes[search_from..]
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .map(|i| i + search_from)
        .ok_or_else(broken)?;
    let entries = u16_at(bytes, eocd + 10).ok_or_else(broken)?;
    let dir_size = u32_at(bytes, eocd + 12).ok_or_else(broken)?;
    let dir_offset = u32_at(bytes, eocd + 16).ok_or_else(broken)?;
    if entries == 0xFFFF || dir_offset == 0xFFFF_FFFF {
        return Err(Message::key("error-cv-zip-large", &[]));
    }
    if usize::try_from(entries).unwrap_or(usize::MAX) > MAX_ENTRIES {
        return Err(Message::key(
            "error-cv-parts",
            &[("max", MAX_ENTRIES.into())],
        ));
    }
    let start = usize::try_from(dir_offset).map_err(|_| broken())?;
    let end = start
        .checked_add(usize::try_from(dir_size).map_err(|_| broken())?)
        .ok_or_else(broken)?;
    if end > eocd {
        return Err(broken());
    }
    let mut at = start;
    let mut unpacked: u64 = 0;
    let (mut content_types, mut document) = (false, false);
    for _ in 0..entries {
        if bytes.get(at..at + 4) != Some(b"PK\x01\x02") {
            return Err(broken());
        }
        let packed = u32_at(bytes, at + 20).ok_or_else(broken)?;
        let size = u32_at(bytes, at + 24).ok_or_else(broken)?;
        let name_len =
            usize::try_from(u16_at(bytes, at + 28).ok_or_else(broken)?).map_err(|_| broken())?;
        let extra_len =
            usize::try_from(u16_at(bytes, at + 30).ok_or_else(broken)?).map_err(|_| broken())?;
        let comment_len =
            usize::try_from(u16_at(bytes, at + 32).ok_or_else(broken)?).map_err(|_| broken())?;
        let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(broken)?;
        if size == 0xFFFF_FFFF || packed == 0xFFFF_FFFF {
            return Err(Message::key("error-cv-zip-large", &[]));
        }
        if size > packed.max(1).saturating_mul(MAX_RATIO) && size > 1024 * 1024 {
            return Err(Message::key("error-cv-bomb", &[]));
        }
        unpacked = unpacked.saturating_add(size);
        if unpacked > MAX_UNPACKED {
            return Err(Message::key("error-cv-unpacked", &[]));
        }
        content_types |= name == b"[Content_Types].xml";
        document |= name == b"word/document.xml";
        at += 46 + name_len + extra_len + comment_len;
    }
    if content_types && document {
        Ok(CvKind::Docx)
    } else {
        Err(Message::key("error-cv-zip-not-word", &[]))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A stored (uncompressed) zip with the given entries; `declared` overrides an entry's
    /// unpacked size in the central directory.
    pub(crate) fn zip(entries: &[(&str, &[u8])], declared: Option<u32>) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in entries {
            let offset = out.len() as u32;
            let size = data.len() as u32;
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);
            central.extend_from_slice(b"PK\x01\x02");
            central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            central.extend_from_slice(&size.to_le_bytes());
            central.extend_from_slice(&declared.unwrap_or(size).to_le_bytes());
            central.extend_from_slice(&(name.len() as u16).to_le_bytes());
            central.extend_from_slice(&[0; 12]);
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let dir_offset = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&dir_offset.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    fn docx() -> Vec<u8> {
        zip(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                (
                    "word/document.xml",
                    b"<w:document>Dara Kim, curriculum vitae</w:document>",
                ),
            ],
            None,
        )
    }

    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    #[test]
    fn recognises_pdf_and_docx_by_content() {
        assert_eq!(recognise(PDF), Ok(CvKind::Pdf));
        assert_eq!(recognise(&docx()), Ok(CvKind::Docx));
    }

    #[test]
    fn refuses_a_renamed_png_and_other_kinds_by_name() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(recognise(png).unwrap_err().contains("PNG image"));
        assert!(
            recognise(b"\xFF\xD8\xFF\xE0 jfif")
                .unwrap_err()
                .contains("JPEG")
        );
        assert!(
            recognise(b"Dear chair, here is my CV")
                .unwrap_err()
                .contains("PDF or a Word document")
        );
        assert!(recognise(b"").unwrap_err().contains("empty"));
    }

    #[test]
    fn refuses_a_pdf_that_pretends() {
        assert!(
            recognise(b"%PDF-1.7 but then nothing")
                .unwrap_err()
                .contains("incomplete")
        );
    }

    #[test]
    fn refuses_oversize_files() {
        let mut big = PDF.to_vec();
        big.resize(MAX_BYTES + 1, b' ');
        assert!(recognise(&big).unwrap_err().contains("5 MB or smaller"));
    }

    #[test]
    fn refuses_a_zip_bomb_named_docx() {
        let bomb = zip(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("word/document.xml", &[b'A'; 2048]),
            ],
            Some(4_000_000_000),
        );
        assert!(recognise(&bomb).unwrap_err().contains("zip bomb"));
        let many: Vec<(String, Vec<u8>)> = (0..1_001)
            .map(|i| (format!("f{i}.xml"), vec![b'x']))
            .collect();
        let refs: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_slice()))
            .collect();
        assert!(
            recognise(&zip(&refs, None))
                .unwrap_err()
                .contains("over 1000 parts")
        );
    }

    #[test]
    fn refuses_a_plain_zip_and_a_damaged_one() {
        let plain = zip(&[("photo.txt", b"hello")], None);
        assert!(
            recognise(&plain)
                .unwrap_err()
                .contains("not a Word document")
        );
        let mut damaged = docx();
        damaged.truncate(damaged.len() - 30);
        assert!(recognise(&damaged).unwrap_err().contains("damaged"));
    }
}
