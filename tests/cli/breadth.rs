//! `scopectl breadth`, retired rule codes, and the breadth evidence lint findings carry
//! (issue 13).

use serde_json::Value;

use super::TestEnv;

fn judged<'v>(json: &'v Value, name: &str) -> &'v Value {
    json["names"].as_array().unwrap().iter().find(|j| j["name"] == name).unwrap_or_else(|| panic!("{name}: {json}"))
}

#[test]
fn breadth_prints_parts_verdict_and_evidence() {
    let env = TestEnv::new();
    let text = env.ok(&["breadth", "okta.users.manage", "admin:repo_hook"]);
    assert!(text.contains("okta.users.manage: broad (power)"), "{text}");
    assert!(text.contains("  B003 admin-word [known, name]: `okta.users.manage` changes `users`"), "{text}");
    assert!(text.contains("admin:repo_hook: narrow"), "{text}");
    assert!(text.contains("  convention: colon form (resource:action)"), "{text}");
}

#[test]
fn breadth_json_names_the_evidence() {
    let env = TestEnv::new();
    let json = env.json(&["breadth", "--format", "json", "patient/Observation.cruds", "system/Patient.rs", "read"]);
    let bundle = judged(&json, "patient/Observation.cruds");
    assert_eq!(bundle["verdict"], "narrow", "bundling is not breadth: {bundle}");
    assert_eq!(bundle["parts"]["context"], "patient");
    let system = judged(&json, "system/Patient.rs");
    assert_eq!(system["verdict"], "broad");
    assert_eq!(system["axes"], serde_json::json!(["whose"]));
    assert_eq!(system["reasons"][0]["code"], "B005");
    assert_eq!(system["reasons"][0]["evidence"], serde_json::json!(["name"]));
    assert_eq!(judged(&json, "read")["verdict"], "narrow", "a lone read is one product of the user's own");
}

#[test]
fn descriptions_siblings_and_settings_count() {
    let env = TestEnv::new();
    let json = env.json(&[
        "breadth",
        "--format",
        "json",
        "export_records",
        "--description",
        "Export the records of all patients in the practice",
    ]);
    let r = &judged(&json, "export_records")["reasons"][0];
    assert_eq!(r["evidence"], serde_json::json!(["description"]), "{r}");
    assert!(r["message"].as_str().unwrap().contains("all patients"), "{r}");

    env.write(
        "scopes.toml",
        r#"
        [settings]
        broad_scopes = { payments = "moves money for every merchant" }
        narrow_scopes = { "User.Read.All" = "reviewed: a directory of five people" }

        [scopes.drive]
        description = "Everything in the drive"

        [scopes."drive.readonly"]
        description = "Read the drive"
        "#,
    );
    let json = env.json(&["breadth", "--format", "json", "--in", "scopes.toml", "drive", "payments", "User.Read.All"]);
    let drive = judged(&json, "drive");
    assert!(
        drive["reasons"].as_array().unwrap().iter().any(|r| r["evidence"] == serde_json::json!(["siblings"])),
        "{drive}"
    );
    let payments = &judged(&json, "payments")["reasons"][0];
    assert_eq!(payments["evidence"], serde_json::json!(["known"]));
    assert!(payments["message"].as_str().unwrap().contains("moves money"), "{payments}");
    assert_eq!(judged(&json, "User.Read.All")["verdict"], "narrow");
}

#[test]
fn knowledge_can_be_left_out() {
    let env = TestEnv::new();
    let with = env.json(&["breadth", "--format", "json", "https://www.googleapis.com/auth/calendar"]);
    let without =
        env.json(&["breadth", "--format", "json", "--no-knowledge", "https://www.googleapis.com/auth/calendar"]);
    assert_eq!(judged(&with, "https://www.googleapis.com/auth/calendar")["verdict"], "broad");
    assert_eq!(
        judged(&without, "https://www.googleapis.com/auth/calendar")["verdict"],
        "narrow",
        "a lone product word"
    );
}

#[test]
fn breadth_refuses_bad_usage_and_bad_sets() {
    let env = TestEnv::new();
    env.fails(&["breadth"], 2);
    env.fails(&["breadth", "--format", "csv", "x"], 2);
    env.write("bad.toml", "[scopes.x]\ndescription = 1\n");
    let err = env.fails(&["breadth", "--in", "bad.toml", "x"], 2);
    assert!(err.contains("bad.toml:2:"), "{err}");
    env.write("both.toml", "[settings]\nbroad_scopes = { x = \"a\" }\nnarrow_scopes = { x = \"b\" }\n");
    let err = env.fails(&["breadth", "--in", "both.toml", "x"], 2);
    assert!(err.contains("is in both `broad_scopes` and `narrow_scopes`"), "{err}");
    env.write("empty.toml", "[settings]\nbroad_scopes = { x = \" \" }\n");
    assert!(env.fails(&["breadth", "--in", "empty.toml", "x"], 2).contains("needs a reason"));
}

#[test]
fn hostile_names_are_escaped() {
    let env = TestEnv::new();
    let text = env.ok(&["breadth", "evil\u{1b}[31m_all_data"]);
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

#[test]
fn retired_codes_say_where_their_checks_went() {
    let env = TestEnv::new();
    let text = env.ok(&["rule", "B006"]);
    assert!(text.starts_with("phi-read-write-bundle (B006) is retired: its check is now P010."), "{text}");
    let json = env.json(&["rule", "B007", "--format", "json"]);
    assert_eq!(json["moved_to"], "P010");
    assert!(env.ok(&["rule", "P010"]).contains("read-write-bundle (P010)"));
}

#[test]
fn lint_findings_carry_their_evidence() {
    let env = TestEnv::new();
    env.write(
        "scopes.toml",
        r#"
        [scopes."okta.users.manage"]
        description = "Manage users"

        [scopes."okta.groups.read"]
        description = "Read groups"

        [scopes."patient/Observation.cruds"]
        description = "Observations"
        "#,
    );
    let json = env.json(&["lint", "--format", "json", "--fail-on", "never", "scopes.toml"]);
    let findings = json["findings"].as_array().unwrap();
    let b003 = findings.iter().find(|f| f["code"] == "B003").expect("B003");
    assert_eq!(b003["evidence"], serde_json::json!(["known", "name"]));
    assert!(findings.iter().all(|f| !f["code"].as_str().unwrap().starts_with('B') || f["evidence"].is_array()));
    assert!(findings.iter().filter(|f| f["code"] != "B003").all(|f| f.get("evidence").is_none()), "{json}");
    let p010 = findings.iter().find(|f| f["code"] == "P010").expect("bundling is reported outside B");
    assert_eq!(p010["severity"], "info");
    let sarif = env.json(&["lint", "--format", "sarif", "--fail-on", "never", "scopes.toml"]);
    let result = sarif["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "B003").unwrap();
    assert_eq!(result["properties"]["evidence"], serde_json::json!(["known", "name"]));
}
