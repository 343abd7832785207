//! `scopectl role …`

use crate::TestEnv;

#[test]
fn create_list_show_update_delete() {
    let env = TestEnv::seeded();
    env.ok(&["role", "create", "physician", "--description", "Attending physician"]);
    env.ok(&[
        "role",
        "grant",
        "physician",
        "view_lab_results",
        "read_medications",
        "--justification",
        "Treats patients",
    ]);
    let list = env.json(&["role", "list", "--format", "json"]);
    assert_eq!(list[1]["name"], "physician");
    assert_eq!(list[1]["grants"], 2);
    assert_eq!(list[1]["phi_grants"], 2);

    let show = env.ok(&["role", "show", "physician"]);
    assert!(show.contains("Attending physician") && show.contains("Treats patients"), "{show}");
    let csv = env.ok(&["role", "show", "physician", "--format", "csv"]);
    assert!(csv.starts_with("role,scope,status,sensitivity,expires,justification,granted_at,granted_by\n"), "{csv}");
    assert_eq!(csv.lines().count(), 3);

    env.ok(&["role", "update", "physician", "--description", "Physician"]);
    assert_eq!(env.json(&["role", "show", "physician", "--format", "json"])["description"], "Physician");
    env.ok(&["role", "delete", "physician"]);
    assert_eq!(env.names(&["role", "list", "--format", "json"]), ["nurse"]);
    env.refused(&["role", "show", "physician"]);
}

#[test]
fn grant_rules() {
    let env = TestEnv::seeded();
    let before = env.state();
    assert!(env.refused(&["role", "grant", "nurse", "nope"]).contains("no scope named `nope`"));
    assert!(env.refused(&["role", "grant", "ghost", "view_lab_results"]).contains("no role named `ghost`"));
    assert!(
        env.refused(&["role", "grant", "nurse", "read_medications", "--expires", "2020-01-01"]).contains("in the past")
    );
    assert!(
        env.refused(&["role", "grant", "nurse", "read_medications", "--expires", "2027-13-01"])
            .contains("not a valid date")
    );
    assert!(env.refused(&["role", "create", "nurse"]).contains("already exists"));
    assert!(env.refused(&["role", "create", "bad role"]).contains("invalid role name"));
    // A refused multi-scope grant changes nothing, even for the valid scopes before the bad one.
    env.refused(&["role", "grant", "nurse", "read_medications", "nope"]);
    assert_eq!(env.state(), before);

    env.ok(&["scope", "deprecate", "read_all_data", "--reason", "broad", "--replaced-by", "view_lab_results"]);
    env.ok(&["role", "create", "clerk"]);
    let err = env.refused(&["role", "grant", "clerk", "read_all_data"]);
    assert!(
        err.contains("deprecated")
            && err.contains("use `view_lab_results` instead")
            && err.contains("--allow-deprecated"),
        "{err}"
    );
    let out = env.run(&["role", "grant", "clerk", "read_all_data", "--allow-deprecated"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: scope `read_all_data` is deprecated"));

    env.ok(&["role", "revoke", "clerk", "read_all_data"]);
    env.ok(&["scope", "retire", "read_all_data", "--revoke-grants"]);
    assert!(env.refused(&["role", "grant", "clerk", "read_all_data", "--allow-deprecated"]).contains("retired"));
}

#[test]
fn break_glass_grants_need_justification_and_expiry() {
    let env = TestEnv::seeded();
    env.ok(&["role", "create", "emergency_admin", "--break-glass"]);
    assert!(env.refused(&["role", "grant", "emergency_admin", "view_lab_results"]).contains("break-glass"));
    assert!(
        env.refused(&["role", "grant", "emergency_admin", "view_lab_results", "--justification", "ER"])
            .contains("expiry")
    );
    env.ok(&[
        "role",
        "grant",
        "emergency_admin",
        "view_lab_results",
        "--justification",
        "ER",
        "--expires",
        "2027-01-31",
    ]);
    let show = env.json(&["role", "show", "emergency_admin", "--format", "json"]);
    assert_eq!(show["break_glass"], true);
    assert_eq!(show["grants"][0]["expires"], "2027-01-31");
    // The nurse holds plain grants, so it cannot become break-glass.
    let err = env.refused(&["role", "update", "nurse", "--break-glass", "true"]);
    assert!(err.contains("`read_all_data`, `view_lab_results`"), "{err}");
}

#[test]
fn revoke_reports_what_was_not_held() {
    let env = TestEnv::seeded();
    let out = env.run(&["role", "revoke", "nurse", "view_lab_results", "read_medications"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did not hold `read_medications`"));
    let grants = env.json(&["role", "show", "nurse", "--format", "json"])["grants"].clone();
    assert_eq!(grants.as_array().unwrap().len(), 1);
}
