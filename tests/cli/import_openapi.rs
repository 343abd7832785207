//! `scopectl import openapi`, `export --format openapi-scopes` and `lint --openapi` on the
//! OpenAPI fixtures: an OpenAPI 3.0 YAML spec and a 3.1 JSON spec.

use serde_json::Value;

use super::TestEnv;

const EHR: &str = include_str!("../fixtures/openapi/ehr-3.0.yaml");
const CLAIMS: &str = include_str!("../fixtures/openapi/claims-3.1.json");

/// A test directory holding both specs, byte for byte.
fn env_with_specs() -> TestEnv {
    let env = TestEnv::new();
    std::fs::write(env.path().join("ehr-3.0.yaml"), EHR).unwrap();
    std::fs::write(env.path().join("claims-3.1.json"), CLAIMS).unwrap();
    env
}

/// Runs `scopectl ARGS`, asserts the exit code and returns (stdout, stderr).
fn run(env: &TestEnv, args: &[&str], code: i32) -> (String, String) {
    let out = env.run(args);
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(code), "{args:?}\nstdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (stdout.into_owned(), stderr.into_owned())
}

/// (code, file, line, column) of every finding of `lint --format json ARGS`.
fn findings(env: &TestEnv, args: &[&str], code: i32) -> Vec<(String, String, u64, u64)> {
    let mut all = vec!["lint", "--format", "json"];
    all.extend_from_slice(args);
    let json: Value = serde_json::from_str(&run(env, &all, code).0).expect("json");
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_owned();
            let n = |k: &str| f[k].as_u64().unwrap_or_default();
            (s("code"), s("file"), n("line"), n("column"))
        })
        .collect()
}

fn at(code: &str, file: &str, line: u64, column: u64) -> (String, String, u64, u64) {
    (code.to_owned(), file.to_owned(), line, column)
}

/// The findings of the three operation rules in the EHR spec, where the spec has them.
fn ehr_operation_findings() -> Vec<(String, String, u64, u64)> {
    vec![at("P008", "ehr-3.0.yaml", 139, 11), at("P009", "ehr-3.0.yaml", 176, 5), at("L009", "ehr-3.0.yaml", 199, 22)]
}

#[test]
fn import_prints_a_scope_set_that_loads_and_notes_what_it_dropped() {
    let env = env_with_specs();
    let (toml, stderr) = run(&env, &["import", "openapi", "ehr-3.0.yaml"], 0);
    assert!(toml.contains("[scopes.\"labs:read\"]\ndescription = \"Read lab results\"\n"), "{toml}");
    assert!(
        toml.contains(
            "[operations.\"GET /labs/results/{resultId}\"]\noperation_id = \"getLabResult\"\n\
             security = [{ internal = [\"labs:read\", \"labs:write\"] }]\n"
        ),
        "{toml}"
    );
    assert!(toml.contains("[operations.\"GET /health\"]\noperation_id = \"getHealth\"\nsecurity = []\n"), "{toml}");
    assert!(
        stderr.contains("warning: ehr-3.0.yaml:287:13: scope `patient/Observation.rs` of the implicit flow"),
        "{stderr}"
    );
    assert!(
        stderr.contains("read 18 scopes, 0 roles and 0 clients from ehr-3.0.yaml; 1 item was not imported"),
        "{stderr}"
    );
    assert!(stderr.contains("recorded the security requirements of 20 operations"), "{stderr}");
    std::fs::write(env.path().join("stdout.toml"), &toml).unwrap();
    run(&env, &["plan", "stdout.toml"], 0);

    let (stdout, stderr) = run(&env, &["import", "openapi", "claims-3.1.json", "-o", "claims.toml"], 0);
    assert!(stdout.is_empty());
    assert!(stderr.contains("wrote claims.toml"), "{stderr}");
    assert!(stderr.contains("claims-3.1.json:114:15: path `/legacy/claims` is a $ref"), "{stderr}");
    let written = std::fs::read_to_string(env.path().join("claims.toml")).unwrap();
    assert!(written.contains("description = \"Check a member\u{2019}s coverage\""), "{written}");
    assert!(written.contains("[operations.\"POST webhook:claimAdjudicated\"]"), "{written}");
    let (json, _) = run(&env, &["import", "openapi", "claims-3.1.json", "--format", "json"], 0);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["operations"][0]["method"], "GET");
    assert_eq!(json["operations"][0]["path"], "/claims");
}

#[test]
fn lint_on_the_imported_file_finds_the_operation_rules() {
    let env = env_with_specs();
    run(&env, &["import", "openapi", "ehr-3.0.yaml", "-o", "ehr.toml"], 0);
    let found = findings(&env, &["--select", "P008,P009,L009", "ehr.toml"], 1);
    let codes: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(codes, ["P009", "P008", "L009"], "{found:?}");
    let all = findings(&env, &["ehr.toml"], 1);
    let ours: Vec<_> = all.into_iter().filter(|f| ["P008", "P009", "L009"].contains(&f.0.as_str())).collect();
    assert_eq!(ours, found, "the default selection runs them too");
}

#[test]
fn lint_openapi_points_into_the_spec() {
    let env = env_with_specs();
    // The operation rules, and B009 on `audit:read` ("Read the access audit trail").
    let mut ehr = ehr_operation_findings();
    ehr.push(at("B009", "ehr-3.0.yaml", 302, 13));
    assert_eq!(findings(&env, &["--openapi", "ehr-3.0.yaml"], 1), ehr);
    let claims = findings(&env, &["--openapi", "claims-3.1.json"], 1);
    let expected = vec![
        at("P009", "claims-3.1.json", 54, 7),
        at("P008", "claims-3.1.json", 66, 11),
        at("M001", "claims-3.1.json", 101, 43),
        at("N003", "claims-3.1.json", 101, 43),
        at("N003", "claims-3.1.json", 167, 15),
        at("P010", "claims-3.1.json", 167, 15),
    ];
    assert_eq!(claims, expected);

    let (text, stderr) = run(&env, &["lint", "--openapi", "ehr-3.0.yaml"], 1);
    assert!(text.contains("ehr-3.0.yaml:176:5: P009 `POST /appointments` changes data with POST"), "{text}");
    assert!(text.contains("176 |     post:\n    |     ^^^^\n"), "{text}");
    assert!(text.contains("ehr-3.0.yaml:139:11: P008 `GET /labs/results/{resultId}` requirement 1 needs both `labs:read` and `labs:write`"), "{text}");
    assert!(text.contains("ehr-3.0.yaml:199:22: L009 `GET /medications` requires `medications:read`"), "{text}");
    assert!(text.ends_with("Found 4 findings (3 errors, 1 warning, 0 info).\n"), "{text}");
    assert!(stderr.contains("warning: ehr-3.0.yaml:287:13:"), "what was not read is said: {stderr}");

    // A spec and a file in one run; the spec's rules on fields it cannot hold run when selected.
    run(&env, &["import", "openapi", "ehr-3.0.yaml", "-o", "ehr.toml"], 0);
    let both = findings(&env, &["--select", "P,L", "ehr.toml", "--openapi", "ehr-3.0.yaml"], 1);
    assert_eq!(both.iter().filter(|f| f.1 == "ehr.toml").count(), 3, "{both:?}");
    assert_eq!(both.iter().filter(|f| f.1 == "ehr-3.0.yaml").count(), 3, "{both:?}");
    let selected = findings(&env, &["--select", "M002", "--openapi", "ehr-3.0.yaml"], 0);
    assert_eq!(selected.len(), 8, "M002 on every scope but the SMART ones when asked for: {selected:?}");
    assert!(selected.iter().all(|f| f.0 == "M002"));
}

#[test]
fn every_lint_format_carries_the_spec_path() {
    let env = env_with_specs();
    let (sarif, _) = run(&env, &["lint", "--format", "sarif", "--openapi", "ehr-3.0.yaml"], 1);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    let location = &results[1]["locations"][0]["physicalLocation"];
    assert_eq!(results[1]["ruleId"], "P009");
    assert!(location["artifactLocation"]["uri"].as_str().unwrap().ends_with("ehr-3.0.yaml"), "{location}");
    assert_eq!(location["region"]["startLine"], 176);
    let schema: Value = serde_json::from_str(include_str!("../schemas/sarif-2.1.0.json")).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("schema compiles");
    assert!(validator.is_valid(&sarif));

    let (github, _) = run(&env, &["lint", "--format", "github", "--openapi", "claims-3.1.json"], 1);
    assert!(github.lines().any(|l| l.starts_with("::error file=claims-3.1.json,line=54,col=7,title=P009")), "{github}");
    assert!(
        github.lines().any(|l| l.starts_with("::warning file=claims-3.1.json,line=66,col=11,title=P008")),
        "{github}"
    );
    let (junit, _) = run(&env, &["lint", "--format", "junit", "--openapi", "ehr-3.0.yaml"], 1);
    assert!(junit.contains("<testsuite name=\"ehr-3.0.yaml\""), "{junit}");
    assert!(junit.contains("ehr-3.0.yaml:199:22"), "{junit}");
}

#[test]
fn malformed_specs_are_refused_with_their_location() {
    let env = TestEnv::new();
    env.write("bad.yaml", "openapi: 3.0.3\npaths:\n  /a:\n    get: {security: [\n");
    env.write("bad.json", "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {\n    \"/a\": {\"get\": {}},,\n  }\n}\n");
    env.write("swagger.yaml", "swagger: '2.0'\ninfo:\n  title: Old\n  version: '1'\npaths: {}\n");
    env.write("typed.yaml", "openapi: 3.0.3\nsecurity:\n  oauth: [read]\n");
    let stderr = env.refused(&["import", "openapi", "bad.yaml"]);
    assert!(stderr.starts_with("error: bad.yaml is not a valid OpenAPI document (1 problem):\nbad.yaml:"), "{stderr}");
    let stderr = env.refused(&["import", "openapi", "bad.json"]);
    assert!(stderr.contains("\nbad.json:4:"), "{stderr}");
    let stderr = env.refused(&["import", "openapi", "swagger.yaml"]);
    assert!(stderr.contains("swagger.yaml:1:10: this is a Swagger 2.0 (OpenAPI 2) document"), "{stderr}");
    let stderr = env.refused(&["import", "openapi", "typed.yaml"]);
    assert!(stderr.contains("\ntyped.yaml:3:"), "{stderr}");
    let stderr = env.refused(&["import", "openapi", "missing.yaml"]);
    assert!(stderr.contains("missing.yaml"), "{stderr}");

    let json = findings(&env, &["--openapi", "bad.json", "--openapi", "swagger.yaml"], 2);
    assert_eq!(json.len(), 2, "{json:?}");
    assert_eq!((json[0].0.as_str(), json[0].1.as_str(), json[0].2), ("E001", "bad.json", 4));
    assert_eq!((json[1].0.as_str(), json[1].2, json[1].3), ("E001", 1, 10));
    assert!(!env.db().exists(), "nothing was written");
}

#[test]
fn apply_stores_the_scopes_and_says_operations_are_not_stored() {
    let env = env_with_specs();
    let (_, stderr) = run(&env, &["import", "openapi", "ehr-3.0.yaml", "--apply"], 0);
    assert!(
        stderr.contains("the 20 operations in ehr-3.0.yaml are checked by `scopectl lint` but not stored"),
        "{stderr}"
    );
    let names = env.names(&["scope", "list", "--format", "json"]);
    assert_eq!(names.len(), 18);
    assert!(names.contains(&"patient/Observation.rs".to_owned()));
    let shown = env.json(&["scope", "show", "labs:write", "--format", "json"]);
    assert_eq!(shown["description"], "Record and amend lab results", "{shown}");
    // The catalog has no operations, so exporting it gives scopes only and plans nothing new.
    run(&env, &["import", "openapi", "ehr-3.0.yaml", "-o", "ehr.toml"], 0);
    let (plan, _) = run(&env, &["plan", "ehr.toml", "--check"], 0);
    assert!(!plan.contains("operation"), "{plan}");
}

#[test]
fn export_openapi_scopes_round_trips() {
    let env = env_with_specs();
    run(&env, &["import", "openapi", "ehr-3.0.yaml", "--apply"], 0);
    let (yaml, _) = run(&env, &["export", "--format", "openapi-scopes"], 0);
    assert!(yaml.contains("\"labs:read\": Read lab results\n"), "{yaml}");
    assert!(yaml.contains("patient/Observation.rs: \"Read the patient's observations: vitals, labs\"\n"), "{yaml}");
    std::fs::write(env.path().join("scopes.yaml"), &yaml).unwrap();
    let (toml, stderr) = run(&env, &["import", "openapi", "scopes.yaml"], 0);
    assert!(!stderr.contains("warning"), "{stderr}");
    let (catalog, _) = run(&env, &["export"], 0);
    assert_eq!(toml, catalog, "every scope and description survives export and import");

    let seeded = TestEnv::seeded();
    let (yaml, _) = run(&seeded, &["export", "--format", "openapi-scopes"], 0);
    assert_eq!(
        yaml,
        "read_all_data: Legacy catch-all read\nread_medications: Read medications\nview_lab_results: Read lab results\n"
    );
}

#[test]
fn lint_needs_a_target() {
    let env = TestEnv::new();
    let stderr = env.refused(&["lint"]);
    assert!(stderr.contains("--openapi SPEC"), "{stderr}");
}
