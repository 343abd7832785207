//! The catalog file itself: creation, schema checks, refusals, locking, concurrency, output plumbing.

use std::io::Read;
use std::process::{Command, Stdio};

use rusqlite::Connection;

use crate::TestEnv;

#[test]
fn reads_on_a_missing_catalog_create_nothing() {
    let env = TestEnv::new();
    for args in [&["scope", "list"][..], &["role", "show", "x"], &["log"], &["verify"], &["tag", "create", "x"]] {
        let err = env.refused(args);
        assert!(err.contains("no catalog at"), "{args:?}: {err}");
    }
    assert!(!env.db().exists());
    assert!(!env.path().join("home").exists() && !env.path().join("xdg-data").exists());
}

#[test]
fn the_default_catalog_lives_in_the_data_dir() {
    let env = TestEnv::new();
    env.cmd().env_remove("SCOPECTL_DB").args(["scope", "define", "a"]).assert().success();
    assert!(env.path().join("xdg-data/scopectl/catalog.db").exists());
    let db = env.path().join("elsewhere.db");
    env.cmd().args(["--db", db.to_str().unwrap(), "scope", "define", "b"]).assert().success();
    assert!(db.exists());
}

#[cfg(unix)]
#[test]
fn a_new_catalog_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    env.ok(&["scope", "define", "a"]);
    assert_eq!(std::fs::metadata(env.db()).unwrap().permissions().mode() & 0o777, 0o600);
    let journal: String =
        Connection::open(env.db()).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let env = TestEnv::seeded();
    Connection::open(env.db()).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let bytes = std::fs::read(env.db()).unwrap();
    for args in [&["scope", "list"][..], &["scope", "define", "new_one"], &["verify"]] {
        let err = env.refused(args);
        assert!(err.contains("schema version is 999") && err.contains("upgrade scopectl"), "{err}");
    }
    assert_eq!(std::fs::read(env.db()).unwrap(), bytes);
}

#[test]
fn files_that_are_not_catalogs_are_refused_untouched() {
    let env = TestEnv::new();
    let text = env.write("notes.db", "this is not a database\n");
    let err = env.refused(&["--db", text.to_str().unwrap(), "scope", "define", "a"]);
    assert!(err.contains("not an SQLite database"), "{err}");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "this is not a database\n");

    let other = env.path().join("other.db");
    Connection::open(&other).unwrap().execute_batch("CREATE TABLE patients (id INTEGER)").unwrap();
    let err = env.refused(&["--db", other.to_str().unwrap(), "scope", "define", "a"]);
    assert!(err.contains("not a scopectl catalog"), "{err}");

    let err = env.refused(&["--db", env.path().to_str().unwrap(), "scope", "list"]);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn a_truncated_catalog_is_refused() {
    let env = TestEnv::seeded();
    let bytes = std::fs::read(env.db()).unwrap();
    std::fs::write(env.db(), &bytes[..bytes.len() / 3]).unwrap();
    let out = env.run(&["scope", "list"]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn a_catalog_locked_past_the_busy_timeout_is_an_error() {
    let env = TestEnv::seeded();
    let before = env.state();
    let holder = Connection::open(env.db()).unwrap();
    holder
        .execute_batch(
            "BEGIN IMMEDIATE; INSERT INTO tags (name, seq, created_at, created_by) VALUES ('held', 1, 'x', 'y');",
        )
        .unwrap();
    let err = env.refused(&["role", "create", "blocked"]);
    assert!(err.contains("locked"), "{err}");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(env.state(), before);
}

#[test]
fn concurrent_writers_queue_and_lose_nothing() {
    const WORKERS: usize = 4;
    const SCOPES: usize = 100;
    let env = TestEnv::new();
    for i in 0..SCOPES {
        env.ok(&["scope", "define", &format!("scope_{i:03}"), "-q"]);
    }
    for w in 0..WORKERS {
        env.ok(&["role", "create", &format!("role_{w}")]);
    }
    let setup_entries = SCOPES + WORKERS;
    // Each worker: 100 grants, then 100 revokes of every other scope, then 0 re-grants... 200 ops,
    // leaving it holding the 50 odd-numbered scopes.
    let bin = assert_cmd::cargo::cargo_bin("scopectl");
    let handles: Vec<_> = (0..WORKERS)
        .map(|w| {
            let bin = bin.clone();
            let db = env.db();
            std::thread::spawn(move || {
                let role = format!("role_{w}");
                let mut failures = Vec::new();
                let run = |args: &[&str], failures: &mut Vec<String>| {
                    let out = Command::new(&bin)
                        .args(args)
                        .env_clear()
                        .env("SCOPECTL_DB", &db)
                        .env("SCOPECTL_ACTOR", format!("worker{w}"))
                        .env("SCOPECTL_TODAY", crate::TODAY)
                        .arg("-q")
                        .output()
                        .unwrap();
                    if !out.status.success() {
                        failures.push(String::from_utf8_lossy(&out.stderr).into_owned());
                    }
                };
                for i in 0..SCOPES {
                    run(&["role", "grant", &role, &format!("scope_{i:03}")], &mut failures);
                }
                for i in (0..SCOPES).step_by(2) {
                    run(&["role", "revoke", &role, &format!("scope_{i:03}")], &mut failures);
                }
                for i in (0..SCOPES).step_by(2) {
                    run(&["role", "grant", &role, &format!("scope_{i:03}"), "--expires", "2027-01-01"], &mut failures);
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    assert!(failures.is_empty(), "{} commands failed, first: {}", failures.len(), failures[0]);
    for w in 0..WORKERS {
        let role = env.json(&["role", "show", &format!("role_{w}"), "--format", "json"]);
        let grants = role["grants"].as_array().unwrap();
        assert_eq!(grants.len(), SCOPES, "role_{w}");
        let expiring = grants.iter().filter(|g| g["expires"] == "2027-01-01").count();
        assert_eq!(expiring, SCOPES / 2, "role_{w}");
    }
    let report = env.json(&["verify", "--format", "json"]);
    assert_eq!(report["ok"], true, "{report:#}");
    assert_eq!(report["entries"], setup_entries + WORKERS * 200);
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let env = TestEnv::new();
    for i in 0..300 {
        env.ok(&["scope", "define", &format!("scope_{i:03}"), "-q", "--description", &"x".repeat(200)]);
    }
    for format in ["table", "json", "csv"] {
        let mut child = env
            .std_cmd()
            .args(["scope", "list", "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0_u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn quiet_and_colour_flags() {
    let env = TestEnv::new();
    let out = env.run(&["scope", "define", "a"]);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "defined scope `a` (version 1)\n");
    assert!(out.stdout.is_empty(), "mutations print data only when asked");
    let out = env.run(&["scope", "define", "b", "-q"]);
    assert!(out.stderr.is_empty());
    let out = env.run(&["scope", "define", "c", "--format", "json", "-q"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["name"], "c");

    let err = env.run(&["--color", "always", "scope", "show", "zzz"]);
    assert!(String::from_utf8_lossy(&err.stderr).contains("\u{1b}["), "--color always colours errors");
    let err = env.run(&["--color", "never", "scope", "show", "zzz"]);
    assert!(!String::from_utf8_lossy(&err.stderr).contains("\u{1b}["));
    let err = env.cmd().env("NO_COLOR", "1").args(["scope", "show", "zzz"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&err.stderr).contains("\u{1b}["));
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    env.fails(&["scope", "frobnicate"], 2);
    env.fails(&["--format", "yaml", "scope", "list"], 2);
    env.fails(&[], 2);
    let help = env.ok(&["--help"]);
    assert!(help.contains("Govern OAuth scopes"), "{help}");
    assert!(env.ok(&["--version"]).starts_with("scopectl "));
}
