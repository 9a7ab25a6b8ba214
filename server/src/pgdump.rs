//! Backup and restore on PostgreSQL, by PostgreSQL's own tools: `tandem backup FILE` runs
//! `pg_dump --format=custom` (a consistent snapshot while the servers carry on) and checks the
//! file by listing it with `pg_restore --list`; `tandem restore FILE` loads it with `pg_restore`
//! in one transaction. The password, if the URL holds one, goes to the tools in `PGPASSWORD`,
//! not on their command line where other users of the machine could read it.

use std::path::Path;
use std::process::Command;

/// The URL without its password, and the password.
fn split_password(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_owned(), None);
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((a, h)) => (a, h),
        None => return (url.to_owned(), None),
    };
    match auth.split_once(':') {
        Some((user, password)) => (
            format!("{scheme}://{user}@{host}"),
            Some(percent_decode(password)),
        ),
        None => (url.to_owned(), None),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL as it may be shown: without its password.
pub fn shown(url: &str) -> String {
    split_password(url).0
}

/// Runs a PostgreSQL tool on `url`'s database; its standard output.
fn run(tool: &str, args: &[&str], url: &str) -> Result<String, String> {
    let (url, password) = split_password(url);
    let mut command = Command::new(tool);
    command.args(args).arg("--dbname").arg(&url);
    if let Some(p) = password {
        command.env("PGPASSWORD", p);
    }
    let out = command.output().map_err(|e| {
        format!(
            "cannot run {tool} ({e}); install PostgreSQL's client tools (Debian: postgresql-client)"
        )
    })?;
    if !out.status.success() {
        return Err(format!(
            "{tool} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs `work` (which waits on a PostgreSQL tool) on a thread meant for blocking, so the async
/// workers carry on meanwhile.
async fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| format!("the PostgreSQL tool stopped unexpectedly ({e})"))?
}

/// Writes the database at `url` to `file` (which must not exist) with `pg_dump`, then checks
/// that `pg_restore` can read it: the file's size in bytes.
pub async fn backup(url: &str, file: &Path) -> Result<u64, String> {
    let (url, file) = (url.to_owned(), file.to_owned());
    off_thread(move || dump(&url, &file)).await
}

fn dump(url: &str, file: &Path) -> Result<u64, String> {
    if file.exists() {
        return Err(format!(
            "{} already exists; choose a new file name",
            file.display()
        ));
    }
    let name = file.to_string_lossy();
    run(
        "pg_dump",
        &["--format=custom", "--no-owner", "--file", &name],
        url,
    )?;
    let listed = Command::new("pg_restore")
        .arg("--list")
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run pg_restore to check the backup ({e})"))?;
    let entries = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter(|l| l.contains("TABLE DATA"))
        .count();
    if !listed.status.success() || entries == 0 {
        return Err(format!(
            "the backup {} cannot be read back: {}",
            file.display(),
            String::from_utf8_lossy(&listed.stderr).trim()
        ));
    }
    std::fs::metadata(file)
        .map(|m| m.len())
        .map_err(|e| e.to_string())
}

/// Loads `file` (a `pg_dump --format=custom` backup) into the database at `url`, in one
/// transaction. A database that holds tables is replaced only with `force` (its tables are
/// dropped first, in the same transaction: on failure it stays as it was).
pub async fn restore(file: &Path, url: &str, force: bool) -> Result<(), String> {
    if !file.is_file() {
        return Err(format!("{} is not a file", file.display()));
    }
    let holds = !tables_in(url).await?.is_empty();
    if holds && !force {
        return Err(format!(
            "{} already holds a database; stop the servers, then run restore again with --force \
             (take a backup of it first if you may want it back)",
            shown(url)
        ));
    }
    let mut args = vec!["--no-owner", "--single-transaction", "--exit-on-error"];
    if holds {
        args.extend(["--clean", "--if-exists"]);
    }
    let (url, name) = (url.to_owned(), file.to_string_lossy().into_owned());
    off_thread(move || {
        let mut args: Vec<&str> = args;
        args.push(&name);
        run("pg_restore", &args, &url).map(drop)
    })
    .await
}

/// The tables of the database at `url` (read without migrating it: it may be new and empty).
async fn tables_in(url: &str) -> Result<Vec<String>, String> {
    let cannot = |e: sea_orm::DbErr| format!("cannot read {} ({e})", shown(url));
    let conn = sea_orm::Database::connect(url).await.map_err(cannot)?;
    let tables = app::server::db::table_names(&conn).await.map_err(cannot);
    conn.close().await.ok();
    tables
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_for_the_environment() {
        assert_eq!(
            split_password("postgres://tandem:s%40cret:x@db.example.org:5432/tandem"),
            (
                "postgres://tandem@db.example.org:5432/tandem".to_owned(),
                Some("s@cret:x".to_owned())
            )
        );
        assert_eq!(
            split_password("postgres://tandem@127.0.0.1:55432/postgres"),
            (
                "postgres://tandem@127.0.0.1:55432/postgres".to_owned(),
                None
            )
        );
        assert_eq!(shown("postgres://u:p@h/d"), "postgres://u@h/d");
    }
}
