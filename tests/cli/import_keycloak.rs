//! `scopectl import keycloak` and `scopectl export --format keycloak`, on hand-written realm
//! exports in the layout `kc.sh export` writes.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::TestEnv;

const REALM: &str = include_str!("../fixtures/keycloak/realm-export.json");
const REALMS: &str = include_str!("../fixtures/keycloak/realms.json");

/// Copies a fixture into the test directory as it is (no dedent), so messages name it plainly.
fn put(env: &TestEnv, name: &str, text: &str) {
    std::fs::write(env.path().join(name), text).unwrap();
}

/// The 1-based line and column of the first `needle` in `text` (columns in characters).
fn position(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

/// Runs `scopectl ARGS` expecting exit 0; returns (stdout, stderr).
fn ok_with_stderr(env: &TestEnv, args: &[&str]) -> (String, String) {
    let out = env.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "scopectl {args:?}\nstderr:\n{stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// Scopes as (name, description) and roles as name → set of (scope, justification), from the
/// JSON form of a scope set.
type Summary = (BTreeSet<(String, Option<String>)>, BTreeMap<String, BTreeSet<(String, Option<String>)>>);

fn summary(set: &Value) -> Summary {
    let text = |v: &Value| v.as_str().map(str::to_owned);
    let scopes = set["scopes"].as_array().unwrap().iter().map(|s| (text(&s["name"]).unwrap(), text(&s["description"])));
    let roles = set["roles"].as_array().unwrap().iter().map(|r| {
        let grants =
            r["grants"].as_array().unwrap().iter().map(|g| (text(&g["scope"]).unwrap(), text(&g["justification"])));
        (text(&r["name"]).unwrap(), grants.collect())
    });
    (scopes.collect(), roles.collect())
}

#[test]
fn imports_a_realm_export_to_stdout_with_warnings_for_what_it_leaves_out() {
    let env = TestEnv::new();
    put(&env, "realm-export.json", REALM);
    let (stdout, stderr) = ok_with_stderr(&env, &["import", "keycloak", "realm-export.json"]);
    assert!(stdout.contains("[scopes.\"patient/Observation.read\"]"), "{stdout}");
    assert!(stdout.contains("[roles.\"lab-portal:result-approver\"]"), "{stdout}");
    assert!(stdout.contains("tags = [\"keycloak-builtin\"]"), "{stdout}");
    assert!(!stdout.contains("realm-management"), "Keycloak's own clients stay out:\n{stdout}");
    let (line, column) = position(REALM, "\"name\" : \"Lab Results Legacy\"");
    let expected = format!(
        "warning: realm-export.json:{line}:{}: client scope `Lab Results Legacy` is not imported: a space",
        column + 9
    );
    assert!(stderr.contains(&expected), "expected {expected:?} in\n{stderr}");
    let (line, column) = position(REALM, "\"clientId\" : \"realm-management\"");
    let expected = format!("realm-export.json:{line}:{}: Keycloak's own client `realm-management`", column + 13);
    assert!(stderr.contains(&expected), "expected {expected:?} in\n{stderr}");
    assert!(stderr.contains("read 38 scopes, 21 roles and 6 clients from realm-export.json"), "{stderr}");
    assert!(stderr.contains("items were not imported"), "{stderr}");
    // Every warning is located.
    for l in stderr.lines().filter(|l| l.starts_with("warning: ")) {
        assert!(l.starts_with("warning: realm-export.json:"), "{l}");
    }
}

#[test]
fn the_output_file_loads_and_lints() {
    let env = TestEnv::new();
    put(&env, "realm-export.json", REALM);
    let stdout = env.ok(&["import", "keycloak", "realm-export.json", "-o", "scopes.toml"]);
    assert!(stdout.is_empty(), "{stdout}");
    let written = std::fs::read_to_string(env.path().join("scopes.toml")).unwrap();
    assert_eq!(written, env.ok(&["import", "keycloak", "realm-export.json"]), "same output, same input");
    let lint = env.run(&["lint", "scopes.toml"]);
    assert!(matches!(lint.status.code(), Some(0 | 1)), "lint: {}", String::from_utf8_lossy(&lint.stderr));
    let json = env.json(&["import", "keycloak", "realm-export.json", "--format", "json"]);
    let (scopes, roles) = summary(&json);
    assert!(scopes.contains(&("appointments:read".into(), Some("View your upcoming appointments".into()))));
    let cmo = &roles["chief-medical-officer"];
    assert!(cmo.contains(&("billing:read".into(), Some("through composite role member auditor".into()))), "{cmo:?}");
    assert!(cmo.contains(&("lab_results:read".into(), Some("through composite role member lab-viewer".into()))));
}

#[test]
fn apply_puts_the_realm_in_the_catalog() {
    let env = TestEnv::new();
    put(&env, "realm-export.json", REALM);
    env.ok(&["import", "keycloak", "realm-export.json", "--apply"]);
    let scopes = env.names(&["scope", "list", "--format", "json"]);
    assert!(scopes.contains(&"launch/patient".to_owned()), "{scopes:?}");
    assert!(scopes.contains(&"consent-record".to_owned()));
    assert!(!scopes.contains(&"role_list".to_owned()), "SAML scopes are not OAuth scopes");
    let physician = env.json(&["role", "show", "physician", "--format", "json"]);
    let grants: Vec<(String, Option<String>)> = physician["grants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["scope"].as_str().unwrap().to_owned(), g["justification"].as_str().map(str::to_owned)))
        .collect();
    assert!(grants.contains(&("prescriptions:sign".into(), None)), "{grants:?}");
    assert!(grants.contains(&("appointments:read".into(), Some("through composite role member nurse".into()))));
    assert!(
        grants.contains(&(
            "lab_results:write".into(),
            Some("through composite role member lab-portal:result-approver".into())
        )),
        "{grants:?}"
    );
    let clients = env.names(&["client", "list", "--format", "json"]);
    assert_eq!(
        clients,
        ["billing-service", "clinician-desktop", "ehr-gateway", "lab-portal", "patient-app", "research-analytics"]
    );
}

#[test]
fn an_array_of_realms_needs_realm() {
    let env = TestEnv::new();
    put(&env, "realms.json", REALMS);
    let stderr = env.refused(&["import", "keycloak", "realms.json"]);
    assert!(stderr.contains("holds 2 realms (`riverside-health`, `riverside-research`)"), "{stderr}");
    assert!(stderr.contains("--realm"), "{stderr}");
    let stderr = env.refused(&["import", "keycloak", "realms.json", "--realm", "riverside"]);
    assert!(stderr.contains("realms.json: there is no realm `riverside` in it"), "{stderr}");
    assert!(stderr.contains("`riverside-health`, `riverside-research`"), "{stderr}");
    let research =
        env.json(&["import", "keycloak", "realms.json", "--realm", "riverside-research", "--format", "json"]);
    let (scopes, roles) = summary(&research);
    assert!(scopes.iter().any(|(n, _)| n == "research_cohort"), "{scopes:?}");
    assert!(!scopes.iter().any(|(n, _)| n == "lab_results:read"), "{scopes:?}");
    assert!(roles["researcher"].contains(&("patient/*.read".into(), None)));
    let health = env.json(&["import", "keycloak", "realms.json", "--realm", "riverside-health", "--format", "json"]);
    assert!(summary(&health).0.iter().any(|(n, _)| n == "lab_results:read"));
    assert!(!env.db().exists(), "reading never creates a catalog");
}

#[test]
fn malformed_json_is_refused_with_its_location_and_no_catalog() {
    let env = TestEnv::new();
    env.write("bad.json", "{\n  \"realm\": \"r\",\n  \"clientScopes\": [ {\"name\": \"a\"},\n}\n");
    for extra in [&[][..], &["--apply"]] {
        let args: Vec<&str> = ["import", "keycloak", "bad.json"].iter().chain(extra).copied().collect();
        let stderr = env.refused(&args);
        assert!(stderr.starts_with("error: bad.json is not a valid Keycloak realm export (1 problem)"), "{stderr}");
        assert!(stderr.lines().any(|l| l.starts_with("bad.json:4:1: ")), "{stderr}");
    }
    assert!(!env.db().exists(), "a refused import created the catalog");
}

#[test]
fn wrong_types_are_refused_with_their_locations() {
    let env = TestEnv::new();
    env.write(
        "types.json",
        r#"
        {
          "realm" : "r",
          "clientScopes" : { "name" : "labs:read" },
          "roles" : { "realm" : [ { "name" : "nurse", "composites" : { "realm" : "lab-viewer" } } ] },
          "clients" : [ { "clientId" : 42 } ]
        }
        "#,
    );
    let stderr = env.refused(&["import", "keycloak", "types.json", "--apply"]);
    assert!(stderr.starts_with("error: types.json is not a valid Keycloak realm export (3 problems)"), "{stderr}");
    for expected in [
        "types.json:3:20: `clientScopes` must be an array, not an object",
        "types.json:4:74: `roles.realm[0].composites.realm` must be an array, not a string",
        "types.json:5:32: `clients[0].clientId` must be a string, not a number",
    ] {
        assert!(stderr.lines().any(|l| l == expected), "expected {expected:?} in\n{stderr}");
    }
    assert!(!env.db().exists());
}

#[test]
fn reads_standard_input() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["import", "keycloak", "-"])
        .write_stdin(
            r#"{"realm": "r", "clientScopes": [{"name": "labs:read", "description": "Read labs"}, {"name": "a b"}]}"#,
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout, "[scopes.\"labs:read\"]\ndescription = \"Read labs\"\n");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning: <stdin>:1:93: client scope `a b` is not imported"), "{stderr}");
}

#[test]
fn export_keycloak_writes_a_realm_from_the_catalog() {
    let env = TestEnv::seeded();
    let text = env.ok(&["export", "--format", "keycloak"]);
    assert!(text.ends_with("}\n"));
    assert_eq!(text, env.ok(&["export", "--format", "keycloak"]), "deterministic");
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["realm"], "scopectl");
    let names: Vec<&str> =
        doc["clientScopes"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["read_all_data", "read_medications", "view_lab_results"]);
    assert_eq!(doc["clientScopes"][2]["description"], "Read lab results");
    assert_eq!(doc["clientScopes"][2]["protocol"], "openid-connect");
    assert_eq!(doc["clientScopes"][2]["attributes"]["include.in.token.scope"], "true");
    assert_eq!(doc["roles"]["realm"][0]["name"], "nurse");
    let mappings = doc["scopeMappings"].as_array().unwrap();
    assert!(mappings.contains(&serde_json::json!({"clientScope": "view_lab_results", "roles": ["nurse"]})), "{text}");
    let portal = &doc["clients"][0];
    assert_eq!(portal["clientId"], "patient_portal");
    assert_eq!(portal["defaultClientScopes"], serde_json::json!([]));
    assert_eq!(portal["optionalClientScopes"], serde_json::json!(["read_medications", "view_lab_results"]));
    // What scopectl exports, it imports again.
    put(&env, "exported.json", &text);
    let back = env.json(&["import", "keycloak", "exported.json", "--format", "json"]);
    let (scopes, roles) = summary(&back);
    assert!(scopes.contains(&("view_lab_results".into(), Some("Read lab results".into()))));
    assert_eq!(roles["nurse"], [("read_all_data".into(), None), ("view_lab_results".into(), None)].into());
}

#[test]
fn import_apply_export_import_keeps_scopes_descriptions_and_grants() {
    let env = TestEnv::new();
    put(&env, "realm-export.json", REALM);
    let first = env.json(&["import", "keycloak", "realm-export.json", "--format", "json"]);
    env.ok(&["import", "keycloak", "realm-export.json", "--apply"]);
    let exported = env.ok(&["export", "--format", "keycloak"]);
    put(&env, "exported.json", &exported);
    let (_, stderr) = ok_with_stderr(&env, &["import", "keycloak", "exported.json", "-o", "again.toml"]);
    assert!(!stderr.contains("warning:"), "an export imports without losses:\n{stderr}");
    let second = env.json(&["import", "keycloak", "exported.json", "--format", "json"]);
    let (first_scopes, first_roles) = summary(&first);
    let (second_scopes, second_roles) = summary(&second);
    assert_eq!(first_scopes, second_scopes);
    assert_eq!(first_roles, second_roles);
    assert!(first_scopes.len() >= 30);
    // The re-imported set applies to the same catalog as a no-op.
    let plan = env.ok(&["plan", "again.toml", "--check"]);
    assert!(plan.contains("No changes"), "{plan}");
}
