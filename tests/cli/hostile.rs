//! The bad-input corpus: hostile command-line arguments and catalog files. Each case must exit 2
//! with one `error:` line, never panic or print a backtrace, and leave the catalog unchanged.
//! (Readers of files — scope sets, access logs, imports — add their cases beside their tests.)

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use rusqlite::Connection;

use crate::TestEnv;

/// Runs `args` against a seeded catalog and checks the refusal contract.
fn refused_cleanly(env: &TestEnv, args: &[OsString], expect: &str) {
    let before = env.state();
    let out = env.cmd().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: expected exit 2, stderr:\n{stderr}");
    assert!(out.stdout.is_empty(), "{args:?}: stdout not empty");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{args:?}: {stderr}");
    let clap_usage = stderr.contains("\nUsage:") || stderr.contains("For more information, try");
    if !clap_usage {
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: one error line expected:\n{stderr}");
    }
    assert!(stderr.contains(expect), "{args:?}: expected {expect:?} in\n{stderr}");
    assert_eq!(env.state(), before, "{args:?} changed the catalog");
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

#[test]
fn hostile_arguments() {
    let env = TestEnv::seeded();
    let huge = "a".repeat(100_000);
    let cases: Vec<(Vec<OsString>, &str)> = vec![
        (os(&["scope", "define", &huge]), "at most 200 bytes"),
        (os(&["scope", "define", "read\u{202e}labs"]), "U+202E"),
        (os(&["scope", "define", "read\u{200b}labs"]), "U+200B"),
        (os(&["scope", "define", "read\tlabs"]), "control character U+0009"),
        (os(&["scope", "define", "read\u{1b}[31mlabs"]), "control character U+001B"),
        (os(&["scope", "define", "x'; DROP TABLE scopes; --"]), "not allowed"),
        (os(&["scope", "define", "\"quoted\""]), "double quote"),
        (os(&["scope", "define", ""]), "cannot be empty"),
        (os(&["scope", "define", "pаtient_read"]), "U+0430"),
        (os(&["role", "create", "nurse\nadmin"]), "U+000A"),
        (os(&["role", "grant", "nurse", "view_lab_results", "--expires", "2027-02-29"]), "not a valid date"),
        (os(&["role", "grant", "nurse", "view_lab_results", "--expires", "99999-01-01"]), "YYYY-MM-DD"),
        (os(&["role", "grant", "nurse", "view_lab_results", "--expires", "0000-00-00"]), "not a valid date"),
        (os(&["scope", "show", "view_lab_results", "--version", "99999999999999999999"]), "--version"),
        (os(&["scope", "show", "view_lab_results", "--version", "-1"]), ""),
        (os(&["log", "-n", "-5"]), ""),
        (os(&["--db", "/dev/null", "scope", "list"]), "not a regular file"),
        (os(&["--db", "", "scope", "list"]), ""),
        (os(&["scope", "list", "--status", "ACTIVE; --"]), "unknown status"),
        (
            vec![OsString::from("scope"), OsString::from("show"), OsString::from_vec(vec![0x66, 0xff, 0xfe])],
            "invalid UTF-8",
        ),
    ];
    for (args, expect) in cases {
        refused_cleanly(&env, &args, expect);
    }
}

#[test]
fn sql_metacharacters_in_valid_names_are_data_not_sql() {
    let env = TestEnv::seeded();
    let name = "x';DROP_TABLE_scopes;--";
    env.ok(&["scope", "define", name, "--description", "'); DELETE FROM roles; --"]);
    assert_eq!(env.json(&["scope", "show", name, "--format", "json"])["description"], "'); DELETE FROM roles; --");
    assert_eq!(env.names(&["role", "list", "--format", "json"]), ["nurse"]);
    assert!(env.ok(&["verify"]).starts_with("ok"));
}

/// Each function breaks the catalog file in one way; commands must refuse it and not touch it.
#[test]
fn hostile_catalog_files() {
    type Breaker = fn(&TestEnv);
    let cases: Vec<(&str, Breaker, &str)> = vec![
        ("text file", |env| std::fs::write(env.db(), "hello\n").unwrap(), "not an SQLite database"),
        (
            "random bytes",
            |env| std::fs::write(env.db(), (0..8192_u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<_>>()).unwrap(),
            "not an SQLite database",
        ),
        ("empty header page", |env| std::fs::write(env.db(), vec![0_u8; 4096]).unwrap(), "not an SQLite database"),
        (
            "truncated",
            |env| {
                let bytes = std::fs::read(env.db()).unwrap();
                std::fs::write(env.db(), &bytes[..bytes.len() / 2]).unwrap();
            },
            "",
        ),
        (
            "newer schema",
            |env| Connection::open(env.db()).unwrap().pragma_update(None, "user_version", 7).unwrap(),
            "newer than",
        ),
        (
            "foreign database",
            |env| {
                std::fs::remove_file(env.db()).unwrap();
                Connection::open(env.db()).unwrap().execute_batch("CREATE TABLE patients (mrn TEXT)").unwrap();
            },
            "not a scopectl catalog",
        ),
        (
            "directory",
            |env| {
                std::fs::remove_file(env.db()).unwrap();
                std::fs::create_dir(env.db()).unwrap();
            },
            "is a directory",
        ),
        (
            "fifo",
            |env| {
                std::fs::remove_file(env.db()).unwrap();
                let status = std::process::Command::new("mkfifo").arg(env.db()).status().unwrap();
                assert!(status.success());
            },
            "not a regular file",
        ),
        (
            "dangling symlink",
            |env| {
                std::fs::remove_file(env.db()).unwrap();
                std::os::unix::fs::symlink(env.path().join("nowhere/at/all.db"), env.db()).unwrap();
            },
            "no catalog at",
        ),
    ];
    for (what, breaker, expect) in cases {
        let env = TestEnv::seeded();
        breaker(&env);
        let snapshot = std::fs::symlink_metadata(env.db())
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|_| std::fs::read(env.db()).unwrap());
        for args in [&["scope", "list"][..], &["verify"], &["role", "grant", "nurse", "read_medications"]] {
            let out = env.run(args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{what}: {args:?}: {stderr}");
            assert!(stderr.starts_with("error: ") && !stderr.contains("panicked"), "{what}: {stderr}");
            assert_eq!(stderr.trim_end().lines().count(), 1, "{what}: {stderr}");
            assert!(stderr.contains(expect), "{what}: expected {expect:?} in {stderr}");
        }
        if let Some(bytes) = snapshot {
            assert_eq!(std::fs::read(env.db()).unwrap(), bytes, "{what}: the file was changed");
        }
    }
}

/// Issue 14: a description a spreadsheet would run as a formula is defused in every CSV listing.
#[test]
fn csv_listings_defuse_formulas() {
    let env = TestEnv::new();
    env.ok(&["scope", "define", "labs", "--description", "=HYPERLINK(\"http://x.example\",\"open\")"]);
    let csv = env.ok(&["scope", "list", "--format", "csv"]);
    assert!(csv.contains("'=HYPERLINK("), "{csv}");
    assert!(!csv.lines().any(|l| l.split(',').any(|cell| cell.trim_start_matches('"').starts_with('='))), "{csv}");
}

/// Issue 14: standard input without end and files past the input limit stop at the limit, with
/// one sentence, exit 2 (`--max-input-mib`, default 256).
#[test]
fn inputs_past_the_limit_are_refused() {
    let env = TestEnv::new();
    for args in [
        &["--max-input-mib", "1", "lint", "-"][..],
        &["--max-input-mib", "1", "import", "auth0", "-"],
        &["--max-input-mib", "1", "verify", "--against", "-"],
    ] {
        let out = env.std_cmd().args(args).stdin(std::fs::File::open("/dev/zero").unwrap()).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("larger than the input limit of 1 MiB"), "{args:?}: {err}");
    }
    let big = env.write("big.toml", &format!("# {}\n", "x".repeat(1 << 20)));
    let err = env.fails(&["--max-input-mib", "1", "lint", big.to_str().unwrap()], 2);
    assert!(err.contains("larger than the input limit of 1 MiB; raise it with --max-input-mib"), "{err}");
    // The same file under the default limit is read.
    env.ok(&["lint", big.to_str().unwrap()]);
    assert!(env.refused(&["verify", "--against", "/dev/zero"]).contains("device"));
}

/// Issue 14: a UTF-8 byte order mark does not shift columns on line 1, and JSON readers accept it.
#[test]
fn a_byte_order_mark_is_not_content() {
    let env = TestEnv::new();
    env.write("bom.toml", "\u{feff}[scopes.x]]\n");
    env.write("plain.toml", "[scopes.x]]\n");
    let out = |file: &str| {
        let run = env.run(&["lint", file]);
        assert_eq!(run.status.code(), Some(2), "{file}");
        String::from_utf8_lossy(&run.stdout).replace(file, "F")
    };
    let (bom, plain) = (out("bom.toml"), out("plain.toml"));
    assert!(bom.starts_with("F:1:11: E001"), "{bom}");
    assert!(!bom.contains('\u{fffd}'), "{bom}");
    assert_eq!(bom, plain);
    env.write("realm.json", "\u{feff}{\"realm\": \"r\", \"clientScopes\": []}\n");
    env.ok(&["import", "keycloak", "realm.json"]);
}
