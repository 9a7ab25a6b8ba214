//! A ZIP archive of stored (uncompressed) files, written in memory: what a person downloads as
//! their data. Any unzip tool reads it; names are UTF-8 (flag bit 11).

/// The archive's files, in order: (name, contents).
pub fn stored_zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 January 2026, 00:00 in MS-DOS form: the archive's contents carry their own dates.
    let (time, date): (u16, u16) = (0, ((2026 - 1980) << 9) | (1 << 5) | 1);
    for (name, data) in files {
        let crc = crc32fast::hash(data);
        let size = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        let offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
        // Local file header.
        out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes());
        out.extend_from_slice(&20_u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0x0800_u16.to_le_bytes()); // UTF-8 names
        out.extend_from_slice(&0_u16.to_le_bytes()); // stored
        out.extend_from_slice(&time.to_le_bytes());
        out.extend_from_slice(&date.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0_u16.to_le_bytes()); // no extra field
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // Its central directory entry.
        central.extend_from_slice(&0x0201_4b50_u32.to_le_bytes());
        central.extend_from_slice(&20_u16.to_le_bytes()); // made by
        central.extend_from_slice(&20_u16.to_le_bytes()); // needed
        central.extend_from_slice(&0x0800_u16.to_le_bytes());
        central.extend_from_slice(&0_u16.to_le_bytes());
        central.extend_from_slice(&time.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        central.extend_from_slice(&0_u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_at = u32::try_from(out.len()).unwrap_or(u32::MAX);
    let central_size = u32::try_from(central.len()).unwrap_or(u32::MAX);
    let count = u16::try_from(files.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, the central directory's disk
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes()); // no comment
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_reads_the_archive_back() {
        let files = vec![
            ("tandem-data.json".to_owned(), b"{\"a\": 1}".to_vec()),
            ("files/cv – Lucía.pdf".to_owned(), b"%PDF-1.4 x".to_vec()),
        ];
        let zip = stored_zip(&files);
        let path = std::env::temp_dir().join(format!("tandem-zip-{}.zip", std::process::id()));
        std::fs::write(&path, &zip).unwrap_or_default();
        // An independent reader (Python's zipfile) checks the CRCs and reads each file.
        let script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor n in z.namelist(): print(n, z.read(n).decode())";
        let read = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .output();
        let _ = std::fs::remove_file(&path);
        let Ok(read) = read else {
            panic!("python3 is needed to read the archive back");
        };
        let text = String::from_utf8_lossy(&read.stdout);
        assert!(
            read.status.success(),
            "{}",
            String::from_utf8_lossy(&read.stderr)
        );
        assert_eq!(
            text,
            "tandem-data.json {\"a\": 1}\nfiles/cv – Lucía.pdf %PDF-1.4 x\n"
        );
    }
}
