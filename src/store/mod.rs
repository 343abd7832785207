//! The SQLite catalog: opening (pragmas, schema checks, migrations) and one file per table group.
//! Only this module speaks SQL.

pub mod audit;
mod changelog;
mod clients;
mod replay;
mod roles;
mod scopes;
mod snapshot;
mod tags;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use changelog::{
    Change, Checkpoint, LogEntry, LogFilter, VerifyProblem, VerifyReport, check_against, checkpoint,
    list as log_entries, verify,
};
pub use clients::{
    ClientRecord, create as create_client, delete as delete_client, get as get_client, list as list_clients,
    remove_feature, set_feature, update as update_client,
};
pub use replay::snapshot_at;
pub use roles::{
    GrantOrigin, GrantRecord, RoleRecord, RoleSummary, create as create_role, delete as delete_role, get as get_role,
    get_head as get_role_head, grant, list as list_roles, origins as grant_origins, revoke, update as update_role,
};
pub use scopes::{
    Holders, ScopeFilter, ScopeRecord, get as get_scope, get_version as get_scope_version, history as scope_history,
    holders, insert as insert_scope, list as list_scopes, new_version as new_scope_version,
};
pub use snapshot::snapshot;
pub use tags::{TagRecord, create as create_tag, get as get_tag, list as list_tags};

/// How long a command waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Marks a database file as a scopectl catalog (`PRAGMA application_id`): "SCPC".
const APPLICATION_ID: i32 = 0x5343_5043;

/// The schema migrations, in order; the catalog's `PRAGMA user_version` counts those applied.
/// Append only: a shipped migration is never edited.
pub const MIGRATIONS: &[&str] =
    &[include_str!("../../migrations/0001_init.sql"), include_str!("../../migrations/0002_audit.sql")];

/// Whether opening may create a missing catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The catalog must exist; nothing is created.
    Existing,
    /// A missing catalog is created (mode 0600) and migrated.
    Create,
}

/// Opens the catalog at `path`: busy timeout, WAL, foreign keys, schema checks, migrations.
///
/// # Errors
/// When the file is missing (in [`OpenMode::Existing`]), is not a scopectl catalog, has a newer
/// schema than this binary, or cannot be opened.
pub fn open(path: &Path, mode: OpenMode) -> Result<Connection> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => bail!("the catalog path {} is a directory", path.display()),
        // A FIFO or a device would block or misbehave under SQLite: only plain files are catalogs.
        Ok(meta) if !meta.is_file() => bail!("the catalog path {} is not a regular file", path.display()),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match mode {
            OpenMode::Existing => bail!(
                "no catalog at {}; create one with `scopectl scope define` or `scopectl apply FILE`, or point --db at an existing one",
                path.display()
            ),
            OpenMode::Create => create_file(path)?,
        },
        Err(e) => return Err(e).with_context(|| format!("cannot read the catalog {}", path.display())),
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)
        .with_context(|| format!("cannot open the catalog {}", path.display()))?;
    prepare(&mut conn).with_context(|| format!("cannot use the catalog {}", path.display()))?;
    Ok(conn)
}

/// An empty, migrated catalog in memory, for tests.
///
/// # Errors
/// When SQLite fails.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    prepare(&mut conn)?;
    Ok(conn)
}

fn create_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Directories made for the catalog are the user's alone (0700), whatever the umask.
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).with_context(|| format!("cannot create the directory {}", dir.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot create the catalog {}", path.display())),
    }
}

fn prepare(conn: &mut Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let version = schema_version(conn)?;
    let latest = latest_version();
    if version > latest {
        bail!(
            "its schema version is {version}, newer than the {latest} this scopectl understands; upgrade scopectl (the catalog was left untouched)"
        );
    }
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if app_id != APPLICATION_ID && (app_id != 0 || has_tables(conn)?) {
        bail!("it is an SQLite database but not a scopectl catalog (left untouched)");
    }
    let journal: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    if !journal.eq_ignore_ascii_case("wal") && !journal.eq_ignore_ascii_case("memory") {
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Plans that do not depend on bound values: without it SQLite (built with STAT4) re-prepares
    // a statement such as "WHERE s.name = ?1" each time a new name is bound, which cost `apply`
    // 42% of its instructions. There are no statistics (no ANALYZE) for such plans to use anyway.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    // Every hot statement stays prepared: `apply` alone cycles through about 20.
    conn.set_prepared_statement_cache_capacity(64);
    if version < latest {
        migrate(conn)?;
    }
    Ok(())
}

fn schema_version(conn: &Connection) -> Result<usize> {
    let v: i64 =
        conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => {
                anyhow::anyhow!("it is not an SQLite database (left untouched)")
            }
            _ => anyhow::Error::new(e),
        })?;
    usize::try_from(v).context("negative schema version")
}

fn latest_version() -> usize {
    MIGRATIONS.len()
}

fn has_tables(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))? > 0)
}

/// Applies the pending migrations in one transaction; a concurrent process that migrated first
/// is noticed inside the lock and nothing is applied twice.
fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current = schema_version(&tx)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        tx.execute_batch(sql).with_context(|| format!("migration {} failed", i + 1))?;
    }
    if current < latest_version() {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", i64::try_from(latest_version())?)?;
    }
    tx.commit()?;
    Ok(())
}

/// Runs `f` in one `BEGIN IMMEDIATE` transaction: all of it is committed, or none of it.
/// Concurrent writers queue behind each other for up to [`BUSY_TIMEOUT`].
///
/// # Errors
/// What `f` returns, or a lock held past the busy timeout.
pub fn write<T>(conn: &mut Connection, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(|e| {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) {
            anyhow::Error::new(e).context(format!(
                "the catalog is locked by another process and stayed locked for {} s",
                BUSY_TIMEOUT.as_secs()
            ))
        } else {
            e.into()
        }
    })?;
    let out = f(&tx)?;
    tx.commit().context("cannot commit the change")?;
    Ok(out)
}

/// The default catalog location: the platform data directory.
///
/// # Errors
/// When no home directory can be found.
pub fn default_path() -> Result<PathBuf> {
    use etcetera::BaseStrategy;
    let base =
        etcetera::choose_base_strategy().context("cannot find a home directory for the default catalog; pass --db")?;
    Ok(base.data_dir().join("scopectl").join("catalog.db"))
}

/// JSON text of a list, the way list columns are stored.
pub(crate) fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_to_an_empty_database() {
        let conn = open_in_memory().unwrap();
        assert_eq!(schema_version(&conn).unwrap(), latest_version());
        let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
        assert_eq!(app, APPLICATION_ID);
    }

    #[test]
    fn a_newer_schema_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        drop(open(&path, OpenMode::Create).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        let err = format!("{:#}", open(&path, OpenMode::Existing).unwrap_err());
        assert!(err.contains("schema version is 99"), "{err}");
    }

    #[test]
    fn a_missing_catalog_is_not_created_by_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("none.db");
        let err = open(&path, OpenMode::Existing).unwrap_err().to_string();
        assert!(err.starts_with("no catalog at"), "{err}");
        assert!(!path.exists());
    }

    #[test]
    fn a_foreign_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        let err = format!("{:#}", open(&path, OpenMode::Existing).unwrap_err());
        assert!(err.contains("not a scopectl catalog"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_catalog_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("c.db");
        drop(open(&path, OpenMode::Create).unwrap());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
