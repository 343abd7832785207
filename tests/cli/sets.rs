//! Scope sets as code: `plan`, `apply`, `export` and `diff` on `scopes.toml` files.

use super::TestEnv;

const EXAMPLE: &str = include_str!("../../scopes.example.toml");

/// A valid file for the seeded catalog, to break in one place at a time.
const SMALL: &str = r#"
    [scopes.view_lab_results]
    description = "Read lab results"
    resource = "lab_results"
    actions = ["read"]
    sensitivity = "phi"
    owner = "lab-platform"

    [roles.nurse]
    description = "Ward nurse"
    scopes = ["view_lab_results"]
"#;

/// Applies `text` (written as bad.toml) to the seeded catalog: it must be refused with exit 2,
/// name `expected` (`bad.toml:LINE:COL: message…`) and leave the catalog as it was.
fn refused_whole(text: &str, expected: &str) {
    let env = TestEnv::seeded();
    env.write("bad.toml", text);
    let before = env.state();
    let stderr = env.refused(&["apply", "bad.toml"]);
    assert!(stderr.starts_with("error: bad.toml is not a valid scope set"), "{stderr}");
    assert!(stderr.lines().any(|l| l.starts_with(expected)), "expected a line starting {expected:?} in:\n{stderr}");
    assert_eq!(env.state(), before, "a refused file changed the catalog");
    let stderr = env.refused(&["plan", "bad.toml"]);
    assert!(stderr.lines().any(|l| l.starts_with(expected)), "plan: {stderr}");
}

#[test]
fn a_syntax_error() {
    refused_whole("[scopes.a\ndescription = \"x\"\n", "bad.toml:1:10: unclosed table, expected `]`");
}

#[test]
fn a_duplicate_key() {
    refused_whole("[scopes.a]\ndescription = \"x\"\ndescription = \"y\"\n", "bad.toml:3:1: duplicate key description");
}

#[test]
fn a_scope_defined_twice() {
    refused_whole("[scopes.a]\n\n[scopes.a]\n", "bad.toml:3:9: duplicate key a: a key or table may appear only once");
}

#[test]
fn an_unknown_key() {
    refused_whole("[scopes.a]\ncolour = \"red\"\n", "bad.toml:2:1: unknown field `colour`");
}

#[test]
fn an_unknown_table() {
    refused_whole("[scope.a]\ndescription = \"x\"\n", "bad.toml:1:2: unknown field `scope`");
}

#[test]
fn a_wrong_type() {
    refused_whole("[scopes.a]\nactions = \"read\"\n", "bad.toml:2:11: invalid type: string");
}

#[test]
fn a_bad_sensitivity() {
    refused_whole("[scopes.a]\nsensitivity = \"secret\"\n", "bad.toml:2:15: unknown sensitivity `secret`");
}

#[test]
fn a_bad_action() {
    refused_whole("[scopes.a]\nactions = [\"read\", \"fly\"]\n", "bad.toml:2:20: unknown action `fly`");
}

#[test]
fn a_bad_status() {
    refused_whole("[scopes.a]\nstatus = \"archived\"\n", "bad.toml:2:10: unknown status `archived`");
}

#[test]
fn an_impossible_date() {
    let text = "[scopes.a]\nstatus = \"deprecated\"\nreason = \"old\"\nsunset = 2027-02-30\n";
    refused_whole(text, "bad.toml:4:10: invalid date, expected day between 01 and 28");
}

#[test]
fn a_quoted_date() {
    let text = "[scopes.a]\nstatus = \"deprecated\"\nreason = \"old\"\nsunset = \"2027-03-01\"\n";
    refused_whole(text, "bad.toml:4:10: write `sunset` as a TOML date, without quotes: sunset = 2027-03-01");
}

#[test]
fn an_invalid_scope_name() {
    refused_whole("[scopes.\"read labs\"]\n", "bad.toml:1:9: invalid scope name `read labs`: a space at byte 4");
}

#[test]
fn a_role_naming_an_unknown_scope() {
    let text = "[scopes.a]\n\n[roles.nurse]\nscopes = [\"a\", \"view_labs\"]\n";
    refused_whole(text, "bad.toml:4:16: role `nurse` names `view_labs`, which is not a scope in this file");
}

#[test]
fn a_feature_naming_an_unknown_scope() {
    let text = "[scopes.a]\n\n[clients.portal]\nfeatures = { labs = [\"b\"] }\n";
    refused_whole(text, "bad.toml:4:22: feature `labs` of client `portal` names `b`");
}

#[test]
fn a_replacement_that_is_not_in_the_file() {
    let text = "[scopes.a]\nstatus = \"deprecated\"\nreplaced_by = [\"z\"]\nreason = \"old\"\n";
    refused_whole(text, "bad.toml:3:16: `replaced_by` of scope `a` names `z`");
}

#[test]
fn a_role_with_both_scopes_and_grants() {
    let text = "[scopes.a]\n[roles.r]\nscopes = [\"a\"]\ngrants = [{ scope = \"a\" }]\n";
    refused_whole(text, "bad.toml:4:10: role `r` has both `scopes` and `grants`");
}

#[test]
fn a_scope_granted_twice() {
    refused_whole("[scopes.a]\n[roles.r]\nscopes = [\"a\", \"a\"]\n", "bad.toml:3:16: role `r` names `a` twice");
}

#[test]
fn a_break_glass_grant_without_expiry() {
    let text = "[scopes.a]\n[roles.er]\nbreak_glass = true\ngrants = [{ scope = \"a\", justification = \"outage\" }]\n";
    refused_whole(
        text,
        "bad.toml:4:11: role `er` is break-glass, so its grant of `a` needs both a justification and an expiry date",
    );
}

#[test]
fn a_negative_limit() {
    refused_whole(
        "[settings]\nmax_phi_scopes_per_role = -1\n",
        "bad.toml:2:27: `max_phi_scopes_per_role` cannot be negative",
    );
}

#[test]
fn a_missing_grant_scope() {
    let text = "[scopes.a]\n[roles.r]\ngrants = [{ justification = \"x\" }]\n";
    refused_whole(text, "bad.toml:3:11: missing field `scope`");
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let env = TestEnv::seeded();
    env.write("bad.toml", "[scopes.a]\nsensitivity = \"secret\"\nactions = [\"fly\"]\n[roles.r]\nscopes = [\"b\"]\n");
    let stderr = env.refused(&["apply", "bad.toml"]);
    let located: Vec<&str> = stderr.lines().skip(1).map(|l| l.split(": ").next().unwrap()).collect();
    assert_eq!(located, ["bad.toml:2:15", "bad.toml:3:12", "bad.toml:5:11"], "{stderr}");
    assert!(stderr.starts_with("error: bad.toml is not a valid scope set (3 problems):\n"), "{stderr}");
}

#[test]
fn unreadable_files_are_one_clear_error() {
    let env = TestEnv::seeded();
    let stderr = env.refused(&["apply", "missing.toml"]);
    assert_eq!(stderr.trim_end(), "error: cannot read missing.toml: no such file");
    std::fs::create_dir(env.path().join("dir.toml")).unwrap();
    let stderr = env.refused(&["plan", "dir.toml"]);
    assert!(stderr.contains("it is a directory"), "{stderr}");
    std::fs::write(env.path().join("latin1.toml"), b"[scopes.a]\ndescription = \"caf\xe9\"\n").unwrap();
    let stderr = env.refused(&["plan", "latin1.toml"]);
    assert!(stderr.contains("latin1.toml:2:19: byte 0xe9 is not valid UTF-8"), "{stderr}");
}

#[test]
fn the_example_applies_to_an_empty_catalog_and_then_matches() {
    let env = TestEnv::new();
    env.write("scopes.toml", EXAMPLE);
    let plan = env.ok(&["plan", "scopes.toml"]);
    assert!(plan.contains("+ scope read_all_data  (add)"), "{plan}");
    assert!(
        plan.ends_with("Plan: 41 to add, 0 to change, 0 to deprecate, 0 to retire; 51 to grant, 0 to revoke.\n"),
        "{plan}"
    );
    assert_eq!(env.fails(&["plan", "scopes.toml", "--check"], 1), "");
    assert!(!env.db().exists(), "plan reads a missing catalog as empty and creates none");
    env.ok(&["apply", "scopes.toml"]);
    assert_eq!(env.ok(&["plan", "scopes.toml", "--check"]), "No changes: the catalog matches scopes.toml.\n");
    let log = env.ok(&["log", "--format", "json"]);
    env.ok(&["apply", "scopes.toml"]);
    assert_eq!(env.ok(&["log", "--format", "json"]), log, "a second apply changed something");
    let legacy = env.json(&["scope", "show", "read_all_data", "--format", "json"]);
    assert_eq!(legacy["status"], "deprecated");
    assert_eq!(legacy["held_by"]["roles"][0], "billing_clerk");
    env.ok(&["verify"]);
}

#[test]
fn a_change_to_the_file_yields_exactly_its_plan() {
    let env = TestEnv::seeded();
    env.write(
        "scopes.toml",
        r#"
        [scopes.view_lab_results]
        description = "Read a patient's lab results"
        resource = "lab_results"
        actions = ["read", "search"]
        sensitivity = "phi"
        owner = "lab-platform"

        [scopes.read_medications]
        description = "Read medications"
        resource = "medications"
        actions = ["read"]
        sensitivity = "phi"
        owner = "pharmacy"

        [scopes.read_all_data]
        description = "Legacy catch-all read"
        actions = ["read"]
        status = "deprecated"
        replaced_by = ["view_lab_results"]
        sunset = 2027-03-01
        reason = "Violates minimum necessary"

        [scopes.read_allergies]
        description = "Read allergies"
        sensitivity = "phi"

        [roles.nurse]
        description = "Ward nurse"
        grants = [
            { scope = "view_lab_results", justification = "Reviews results", expires = 2027-06-30 },
            { scope = "read_allergies" },
        ]

        [clients.patient_portal]
        description = "Patient-facing web app"
        features = { lab_report = ["view_lab_results"], allergies = ["read_allergies"] }
        "#,
    );
    let expected = r#"Changes to make the catalog match scopes.toml:

  ~ scope view_lab_results  (new version)
        description: "Read lab results" → "Read a patient's lab results"
        actions: ["read"] → ["read", "search"]
  ~ scope read_all_data  (deprecate, new version)
        status: "active" → "deprecated"
        replaced_by: - → ["view_lab_results"]
        sunset: - → "2027-03-01"
        reason: - → "Violates minimum necessary"
  + scope read_allergies  (add)
        description = "Read allergies"
        sensitivity = "phi"
  ~ role nurse
    + grant read_allergies
    ~ grant view_lab_results: justification: - → "Reviews results", expires: - → "2027-06-30"
    - grant read_all_data
  ~ client patient_portal
    + feature allergies: read_allergies
    - feature medications

Plan: 1 to add, 3 to change, 1 to deprecate, 0 to retire; 2 to grant, 1 to revoke.
"#;
    let plan = env.ok(&["plan", "scopes.toml"]);
    assert_eq!(plan, expected);
    let json = env.json(&["plan", "scopes.toml", "--format", "json"]);
    assert_eq!(json["has_changes"], true);
    assert_eq!(json["summary"]["deprecate"], 1);
    assert_eq!(json["scopes"][1]["op"], "deprecate");
    assert_eq!(env.ok(&["apply", "scopes.toml"]), plan);
    env.ok(&["plan", "scopes.toml", "--check"]);
    let nurse = env.json(&["role", "show", "nurse", "--format", "json"]);
    assert_eq!(nurse["grants"].as_array().unwrap().len(), 2);
}

#[test]
fn scopes_only_in_the_catalog_are_kept_or_deprecated() {
    let env = TestEnv::seeded();
    env.ok(&["role", "revoke", "nurse", "read_all_data"]);
    env.write("scopes.toml", SMALL);
    let plan = env.ok(&["plan", "scopes.toml"]);
    assert!(
        plan.contains(
            "Only in the catalog, kept as they are: scope read_all_data, scope read_medications, client patient_portal."
        ),
        "{plan}"
    );
    env.ok(&["apply", "scopes.toml"]);
    assert_eq!(env.json(&["scope", "show", "read_medications", "--format", "json"])["status"], "active");
    let plan = env.ok(&["plan", "scopes.toml", "--deprecate-missing"]);
    assert!(plan.contains("~ scope read_medications  (deprecate, new version)"), "{plan}");
    env.ok(&["apply", "scopes.toml", "--deprecate-missing"]);
    let med = env.json(&["scope", "show", "read_medications", "--format", "json"]);
    assert_eq!(
        (med["status"].as_str(), med["reason"].as_str()),
        (Some("deprecated"), Some("not in the scope set scopes.toml"))
    );
}

/// Issue 14: `apply --deprecate-missing` of a file with none of the catalog's scopes (an empty
/// file, the wrong file) would deprecate everything; it is refused unless asked for explicitly.
#[test]
fn deprecating_every_active_scope_needs_an_explicit_flag() {
    let env = TestEnv::seeded();
    let active = env.names(&["scope", "list", "--status", "active", "--format", "json"]).len();
    assert!(active > 1);
    env.write("empty.toml", "");
    let before = env.state();
    let err = env.fails(&["apply", "empty.toml", "--deprecate-missing"], 2);
    assert!(err.contains(&format!("would deprecate all {active} active scopes")), "{err}");
    assert!(err.contains("--allow-deprecate-all"), "{err}");
    assert_eq!(env.state(), before, "nothing changed");
    env.fails(&["apply", "empty.toml", "--allow-deprecate-all"], 2);
    env.ok(&["apply", "empty.toml", "--deprecate-missing", "--allow-deprecate-all"]);
    assert!(env.names(&["scope", "list", "--status", "active", "--format", "json"]).is_empty());
}

#[cfg(unix)]
#[test]
fn catalog_directories_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let env = TestEnv::new();
    let db = env.path().join("deep/er/catalog.db");
    let db = db.to_str().unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 000 && exec {} --db {db} scope define labs --description Labs",
            env!("CARGO_BIN_EXE_scopectl")
        ))
        .env("HOME", env.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for dir in ["deep", "deep/er"] {
        let mode = std::fs::metadata(env.path().join(dir)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{dir}");
    }
}

#[test]
fn lifecycle_rules_refuse_the_whole_apply() {
    let env = TestEnv::seeded();
    // The nurse (not in the file) still holds read_all_data: it cannot be retired.
    env.write(
        "retire.toml",
        r#"
        [scopes.view_lab_results]
        [scopes.read_all_data]
        description = "Legacy catch-all read"
        actions = ["read"]
        status = "retired"
        replaced_by = ["view_lab_results"]
        reason = "Violates minimum necessary"
        "#,
    );
    let before = env.state();
    let stderr = env.refused(&["apply", "retire.toml"]);
    assert!(stderr.contains("cannot retire scope `read_all_data`: it is still held by role `nurse`"), "{stderr}");
    assert_eq!(env.state(), before);
    // Once retired, no file brings it back.
    env.ok(&["role", "revoke", "nurse", "read_all_data"]);
    env.ok(&["apply", "retire.toml"]);
    env.write("back.toml", "[scopes.read_all_data]\ndescription = \"Legacy catch-all read\"\nactions = [\"read\"]\n");
    let before = env.state();
    let plan = env.ok(&["plan", "back.toml"]);
    assert!(plan.contains("! scope read_all_data  (un-retire: refused by the catalog)"), "{plan}");
    let stderr = env.refused(&["apply", "back.toml"]);
    assert!(stderr.contains("a retired scope stays retired"), "{stderr}");
    assert_eq!(env.state(), before);
}

#[test]
fn apply_reads_stdin() {
    let env = TestEnv::new();
    let out = env.cmd().args(["apply", "-"]).write_stdin("[scopes.a]\ndescription = \"A\"\n").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("match <stdin>:"));
    let out = env.cmd().args(["plan", "-"]).write_stdin("[scopes.a]\ndescription = 1\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:2:15: invalid type: integer"));
}

#[test]
fn export_round_trips_byte_for_byte() {
    let env = TestEnv::seeded();
    env.ok(&[
        "scope",
        "deprecate",
        "read_all_data",
        "--reason",
        "Too broad",
        "--replaced-by",
        "view_lab_results",
        "--sunset",
        "2027-03-01",
    ]);
    env.ok(&["role", "create", "er", "--break-glass"]);
    env.ok(&[
        "role",
        "grant",
        "er",
        "read_medications",
        "--justification",
        "Outage \"downtime\"",
        "--expires",
        "2027-01-31",
    ]);
    let first = env.ok(&["export"]);
    assert!(first.contains("sunset = 2027-03-01\n"), "{first}");
    assert!(first.contains("[clients.patient_portal.features]\n"), "{first}");
    let fresh = TestEnv::new();
    fresh.write("scopes.toml", &first);
    fresh.ok(&["apply", "scopes.toml"]);
    assert_eq!(fresh.ok(&["export"]), first);
    let json = fresh.json(&["export", "--format", "json"]);
    assert_eq!(json["roles"][0]["name"], "er");
    fresh.refused(&["export", "--format", "csv"]);
}

#[test]
fn the_example_round_trips_through_export() {
    let env = TestEnv::new();
    env.write("scopes.toml", EXAMPLE);
    env.ok(&["apply", "scopes.toml"]);
    let first = env.ok(&["export"]);
    let fresh = TestEnv::new();
    fresh.write("scopes.toml", &first);
    fresh.ok(&["apply", "scopes.toml"]);
    assert_eq!(fresh.ok(&["export"]), first);
}

#[test]
fn export_at_a_tag_is_the_catalog_then() {
    let env = TestEnv::seeded();
    let then = env.ok(&["export"]);
    env.ok(&["tag", "create", "v1"]);
    env.ok(&["role", "revoke", "nurse", "read_all_data"]);
    env.ok(&["scope", "update", "view_lab_results", "--action", "search"]);
    assert_ne!(env.ok(&["export"]), then);
    assert_eq!(env.ok(&["export", "--at", "v1"]), then);
    let stderr = env.refused(&["export", "--at", "nope"]);
    assert!(stderr.contains("no tag named `nope`"), "{stderr}");
}

#[test]
fn a_refused_file_reads_well() {
    let env = TestEnv::new();
    env.write(
        "bad.toml",
        r#"
        [scopes.a]
        sensitivity = "secret"
        actions = ["fly"]
        sunset = "2027-01-01"

        [roles.r]
        scopes = ["b"]

        [roles.er]
        break_glass = true
        grants = [{ scope = "a" }]
        "#,
    );
    insta::assert_snapshot!(env.refused(&["apply", "bad.toml"]), @r#"
    error: bad.toml is not a valid scope set (6 problems):
    bad.toml:2:15: unknown sensitivity `secret`; expected one of: public, internal, confidential, pii, phi
    bad.toml:3:12: unknown action `fly`; expected one of: read, search, create, update, delete
    bad.toml:4:10: write `sunset` as a TOML date, without quotes: sunset = 2027-01-01
    bad.toml:4:10: `replaced_by`, `sunset` and `reason` describe a deprecation, but scope `a` is active; add status = "deprecated" or remove them
    bad.toml:7:11: role `r` names `b`, which is not a scope in this file
    bad.toml:11:11: role `er` is break-glass, so its grant of `a` needs both a justification and an expiry date
    "#);
    assert!(!env.db().exists(), "a refused file creates no catalog");
}

#[test]
fn replacements_named_later_in_the_file_are_in_place_first() {
    let env = TestEnv::seeded();
    env.ok(&["scope", "deprecate", "read_all_data", "--reason", "Too broad", "--replaced-by", "view_lab_results"]);
    env.ok(&["scope", "deprecate", "read_medications", "--reason", "Renamed", "--replaced-by", "view_lab_results"]);
    env.write(
        "scopes.toml",
        r#"
        [scopes.read_all_data]
        description = "Legacy catch-all read"
        actions = ["read"]
        status = "deprecated"
        replaced_by = ["read_meds", "read_medications"]
        reason = "Too broad"

        [scopes.read_meds]
        description = "Read medications"

        [scopes.read_medications]
        description = "Read medications"
        resource = "medications"
        actions = ["read"]
        sensitivity = "phi"
        owner = "pharmacy"
        "#,
    );
    let plan = env.ok(&["apply", "scopes.toml"]);
    assert!(plan.contains("~ scope read_medications  (reinstate, new version)"), "{plan}");
    let legacy = env.json(&["scope", "show", "read_all_data", "--format", "json"]);
    assert_eq!(legacy["replaced_by"], serde_json::json!(["read_medications", "read_meds"]));
}

#[test]
fn a_catalog_with_lapsed_grants_and_chained_deprecations_round_trips() {
    let env = TestEnv::seeded();
    env.ok(&["scope", "define", "z_legacy", "--description", "Old medication feed"]);
    env.ok(&["scope", "deprecate", "z_legacy", "--reason", "Old", "--replaced-by", "read_medications"]);
    env.ok(&["scope", "deprecate", "read_medications", "--reason", "Renamed", "--replaced-by", "view_lab_results"]);
    env.ok(&["role", "grant", "nurse", "z_legacy", "--allow-deprecated", "--expires", "2027-01-31"]);
    let later = |env: &TestEnv, args: &[&str]| {
        let out = env.cmd().env("SCOPECTL_TODAY", "2027-06-01").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let (first, _) = later(&env, &["export"]);
    let fresh = TestEnv::new();
    fresh.write("scopes.toml", &first);
    let (_, warnings) = later(&fresh, &["apply", "scopes.toml"]);
    assert!(warnings.contains("the grant of `z_legacy` to role `nurse` expired on 2027-01-31"), "{warnings}");
    assert_eq!(later(&fresh, &["export"]).0, first);
}
