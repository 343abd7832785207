//! `scopectl scope …`

use crate::TestEnv;

#[test]
fn define_then_show_list_and_history() {
    let env = TestEnv::seeded();
    let show = env.json(&["scope", "show", "view_lab_results", "--format", "json"]);
    assert_eq!(show["version"], 1);
    assert_eq!(show["sensitivity"], "phi");
    assert_eq!(show["actions"], serde_json::json!(["read"]));
    assert_eq!(show["created_by"], "tester");
    assert_eq!(show["held_by"]["roles"], serde_json::json!(["nurse"]));
    assert_eq!(show["held_by"]["features"][0]["client"], "patient_portal");

    let table = env.ok(&["scope", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].contains("NAME") && lines[0].contains("SENSITIVITY"), "{table}");
    assert_eq!(lines.len(), 4, "header and three scopes:\n{table}");
    assert!(lines[1].trim_start().starts_with("read_all_data"), "sorted by name:\n{table}");
}

#[test]
fn update_makes_versions_and_keeps_old_ones() {
    let env = TestEnv::seeded();
    env.ok(&["scope", "update", "view_lab_results", "--description", "Read a patient's lab results", "--tag", "labs"]);
    let v2 = env.json(&["scope", "show", "view_lab_results", "--format", "json"]);
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["tags"], serde_json::json!(["labs"]));
    let v1 = env.json(&["scope", "show", "view_lab_results", "--version", "1", "--format", "json"]);
    assert_eq!(v1["description"], "Read lab results");
    assert_eq!(v1["latest_version"], 2);

    // The same values again make no version.
    let err = env.fails(&["scope", "update", "view_lab_results", "--tag", "labs"], 0);
    assert!(err.contains("no new version"), "{err}");
    env.ok(&["scope", "update", "view_lab_results", "--clear", "tags", "--clear", "owner"]);
    let history = env.ok(&["scope", "history", "view_lab_results", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(history.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][4], "defined");
    assert_eq!(&rows[1][4], "description, tags");
    assert_eq!(&rows[2][4], "owner, tags");
}

#[test]
fn list_filters_and_formats() {
    let env = TestEnv::seeded();
    assert_eq!(
        env.names(&["scope", "list", "--sensitivity", "phi", "--format", "json"]),
        ["read_medications", "view_lab_results"]
    );
    assert_eq!(env.names(&["scope", "list", "--owner", "pharmacy", "--format", "json"]), ["read_medications"]);
    assert_eq!(env.names(&["scope", "list", "--resource", "lab_results", "--format", "json"]), ["view_lab_results"]);
    assert!(env.names(&["scope", "list", "--status", "deprecated", "--format", "json"]).is_empty());
    let csv = env.ok(&["scope", "list", "--format", "csv"]);
    assert!(csv.starts_with("name,version,status,sensitivity,resource,actions,owner,description\n"), "{csv}");
    let err = env.refused(&["scope", "list", "--sensitivity", "secret"]);
    assert!(err.contains("expected one of: public, internal, confidential, pii, phi"), "{err}");
    let err = env.refused(&["scope", "list", "--format", "sarif"]);
    assert!(err.contains("supports table, json, csv"), "{err}");
}

#[test]
fn deprecate_reinstate_and_retire() {
    let env = TestEnv::seeded();
    let out = env.run(&[
        "scope",
        "deprecate",
        "read_all_data",
        "--reason",
        "Violates minimum necessary",
        "--replaced-by",
        "view_lab_results",
        "--replaced-by",
        "read_medications",
        "--sunset",
        "2027-03-01",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: `read_all_data` is still held by role `nurse`"));
    let show = env.json(&["scope", "show", "read_all_data", "--format", "json"]);
    assert_eq!(show["status"], "deprecated");
    assert_eq!(show["replaced_by"], serde_json::json!(["read_medications", "view_lab_results"]));
    assert_eq!(show["sunset"], "2027-03-01");

    env.ok(&["scope", "update", "read_all_data", "--sunset", "2027-06-01"]);
    env.ok(&["scope", "reinstate", "read_all_data"]);
    assert_eq!(env.json(&["scope", "show", "read_all_data", "--format", "json"])["status"], "active");
    env.ok(&["scope", "deprecate", "read_all_data", "--reason", "again"]);

    let before = env.state();
    let err = env.refused(&["scope", "retire", "read_all_data"]);
    assert!(err.contains("still held by role `nurse`") && err.contains("--revoke-grants"), "{err}");
    assert_eq!(env.state(), before, "a refused retire changes nothing");

    env.ok(&["scope", "retire", "read_all_data", "--revoke-grants"]);
    assert_eq!(env.json(&["scope", "show", "read_all_data", "--format", "json"])["status"], "retired");
    let nurse = env.json(&["role", "show", "nurse", "--format", "json"]);
    assert_eq!(nurse["grants"].as_array().unwrap().len(), 1);
    let err = env.refused(&["scope", "update", "read_all_data", "--description", "x"]);
    assert!(err.contains("retired"), "{err}");
    let err = env.refused(&["scope", "reinstate", "read_all_data"]);
    assert!(err.contains("stays retired"), "{err}");
}

#[test]
fn retire_with_revoke_takes_the_scope_from_client_features() {
    let env = TestEnv::seeded();
    env.ok(&["scope", "deprecate", "view_lab_results", "--reason", "split", "--replaced-by", "read_medications"]);
    env.ok(&["scope", "retire", "view_lab_results", "--revoke-grants"]);
    let portal = env.json(&["client", "show", "patient_portal", "--format", "json"]);
    assert_eq!(portal["features"]["lab_report"], serde_json::json!([]));
    assert_eq!(portal["features"]["medications"], serde_json::json!(["read_medications"]));
    assert_eq!(env.ok(&["verify"]).lines().count(), 1);
}

#[test]
fn refusals_exit_2_and_change_nothing() {
    let env = TestEnv::seeded();
    let before = env.state();
    for (args, expect) in [
        (&["scope", "deprecate", "read_all_data"][..], "--reason"),
        (&["scope", "deprecate", "read_all_data", "--reason", "x", "--sunset", "2027-02-30"], "not a valid date"),
        (&["scope", "deprecate", "read_all_data", "--reason", "x", "--sunset", "next week"], "YYYY-MM-DD"),
        (&["scope", "deprecate", "read_all_data", "--reason", "x", "--sunset", "2020-01-01"], "in the past"),
        (&["scope", "deprecate", "read_all_data", "--reason", " "], "needs a reason"),
        (&["scope", "deprecate", "read_all_data", "--reason", "x", "--replaced-by", "nope"], "`nope` is not a scope"),
        (&["scope", "deprecate", "read_all_data", "--reason", "x", "--replaced-by", "read_all_data"], "replace itself"),
        (&["scope", "retire", "read_all_data"], "only a deprecated scope can be retired"),
        (&["scope", "define", "read all", "--description", "x"], "a space at byte 4"),
        (&["scope", "define", "p\u{430}tient_read"], "U+0430"),
        (&["scope", "define", "view_lab_results"], "already exists"),
        (&["scope", "update", "nope", "--description", "x"], "no scope named `nope`"),
        (&["scope", "update", "view_lab_results", "--sunset", "2027-01-01"], "scope deprecate"),
        (&["scope", "show", "view_lab_results", "--version", "9"], "versions are 1 to 1"),
        (&["scope", "show", "nope"], "no scope named `nope`"),
        (&["scope", "define", "x", "--action", "write"], "unknown action `write`"),
    ] {
        let err = env.refused(args);
        assert!(err.contains(expect), "scopectl {args:?}: expected {expect:?} in\n{err}");
    }
    let long = "a".repeat(201);
    assert!(env.refused(&["scope", "define", &long]).contains("at most 200"));
    assert_eq!(env.state(), before);
}

#[test]
fn a_bad_name_creates_no_catalog() {
    let env = TestEnv::new();
    env.refused(&["scope", "define", "bad\"name"]);
    assert!(!env.db().exists());
}
