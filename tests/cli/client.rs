//! `scopectl client …` and `scopectl consent`.

use crate::TestEnv;

#[test]
fn clients_and_features() {
    let env = TestEnv::seeded();
    let list = env.json(&["client", "list", "--format", "json"]);
    assert_eq!(list[0]["name"], "patient_portal");
    assert_eq!(list[0]["features"]["medications"], serde_json::json!(["read_medications", "view_lab_results"]));
    let table = env.ok(&["client", "list"]);
    assert!(table.contains("patient_portal") && table.contains("Patient-facing web app"), "{table}");
    let csv = env.ok(&["client", "show", "patient_portal", "--format", "csv"]);
    assert_eq!(
        csv,
        "client,feature,scopes\npatient_portal,lab_report,view_lab_results\npatient_portal,medications,read_medications view_lab_results\n"
    );

    env.ok(&["client", "feature", "remove", "patient_portal", "lab_report"]);
    let show = env.json(&["client", "show", "patient_portal", "--format", "json"]);
    assert!(show["features"].get("lab_report").is_none());
    env.ok(&["client", "update", "patient_portal", "--description", "Portal"]);
    env.ok(&["client", "delete", "patient_portal"]);
    assert!(env.names(&["client", "list", "--format", "json"]).is_empty());
}

#[test]
fn consent_prints_one_minimal_line() {
    let env = TestEnv::seeded();
    let out = env.ok(&["consent", "patient_portal", "lab_report", "medications"]);
    assert_eq!(out, "view_lab_results read_medications\n");
    assert_eq!(env.ok(&["consent", "patient_portal", "medications"]), "read_medications view_lab_results\n");
    let json = env.json(&["consent", "patient_portal", "lab_report", "--format", "json"]);
    assert_eq!(json["scope"], "view_lab_results");
}

#[test]
fn consent_refuses_unknown_features_and_warns_on_deprecated() {
    let env = TestEnv::seeded();
    let err = env.refused(&["consent", "patient_portal", "billing"]);
    assert!(err.contains("has no feature `billing`; it has lab_report, medications"), "{err}");
    assert!(env.refused(&["consent", "ghost", "x"]).contains("no client named `ghost`"));
    env.ok(&["scope", "deprecate", "read_medications", "--reason", "renamed", "--replaced-by", "view_lab_results"]);
    let out = env.run(&["consent", "patient_portal", "medications"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "read_medications view_lab_results\n");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("warning: feature `medications` needs `read_medications`, which is deprecated")
    );
}

#[test]
fn feature_refusals_change_nothing() {
    let env = TestEnv::seeded();
    let before = env.state();
    assert!(
        env.refused(&["client", "feature", "set", "patient_portal", "x", "nope"]).contains("no scope named `nope`")
    );
    assert!(
        env.refused(&["client", "feature", "set", "ghost", "x", "view_lab_results"])
            .contains("no client named `ghost`")
    );
    assert!(
        env.refused(&["client", "feature", "set", "patient_portal", "bad feature"]).contains("invalid feature name")
    );
    assert!(env.refused(&["client", "create", "patient_portal"]).contains("already exists"));
    assert_eq!(env.state(), before);
}
