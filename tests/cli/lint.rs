//! `scopectl lint`, `rule` and `rules`: each output format, exit codes per --fail-on, allow-entries,
//! baselines, stdin and the catalog.

use serde_json::Value;

use super::TestEnv;

/// A set with two errors (B002 on a held scope, P001 on its grant), one warning (L004 on the same
/// grant) and one info (P005 on an unused scope).
const SET: &str = r#"
    [scopes.view_lab_results]
    description = "Read a patient's laboratory results"
    resource = "lab_results"
    actions = ["read"]
    sensitivity = "phi"
    owner = "lab-platform"

    [scopes.read_all_data]
    description = "Legacy catch-all read"
    resource = "everything"
    actions = ["read"]
    sensitivity = "phi"
    owner = "platform"
    status = "deprecated"
    replaced_by = ["view_lab_results"]
    sunset = 2027-03-01

    [scopes.read_invoices]
    description = "Read invoices"
    resource = "invoices"
    actions = ["read"]
    sensitivity = "confidential"
    owner = "billing"

    [roles.lab_technician]
    description = "Processes lab orders"
    scopes = ["view_lab_results", "read_all_data"]
"#;

/// The same set with no finding at all.
const CLEAN: &str = r#"
    [scopes.view_lab_results]
    description = "Read a patient's laboratory results"
    resource = "lab_results"
    actions = ["read"]
    sensitivity = "phi"
    owner = "lab-platform"

    [roles.lab_technician]
    description = "Processes lab orders"
    scopes = ["view_lab_results"]
"#;

fn codes(json: &Value) -> Vec<String> {
    json["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_owned()).collect()
}

/// Runs `scopectl ARGS`, asserts the exit code and returns stdout.
fn stdout(env: &TestEnv, args: &[&str], code: i32) -> String {
    let out = env.run(args);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn lint_json(env: &TestEnv, args: &[&str], code: i32) -> Value {
    let mut all = vec!["lint", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&stdout(env, &all, code)).expect("json")
}

#[test]
fn human_output_points_at_the_line_and_sums_up() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    let text = stdout(&env, &["lint", "scopes.toml"], 1);
    assert!(!text.contains('\u{1b}'), "no colour when piped:\n{text}");
    assert!(text.contains("scopes.toml:8:9: B002 `all` in `read_all_data`"), "{text}");
    assert!(text.contains("8 | [scopes.read_all_data]\n  |         ^^^^^^^^^^^^^\n"), "{text}");
    assert!(text.contains("= help: Split the scope"), "{text}");
    assert!(text.ends_with("Found 4 findings (2 errors, 1 warning, 1 info).\n"), "{text}");
}

#[test]
fn json_output_has_the_stable_shape() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    let json = lint_json(&env, &["scopes.toml"], 1);
    assert_eq!(codes(&json), ["B002", "P005", "L004", "P001"]);
    let p001 = &json["findings"][3];
    assert_eq!(p001["role"], "lab_technician");
    assert_eq!(p001["scope"], "read_all_data");
    assert_eq!(p001["client"], Value::Null);
    assert_eq!((p001["line"].as_u64(), p001["column"].as_u64()), (Some(27), Some(31)));
    assert_eq!(json["summary"], serde_json::json!({"error": 2, "warning": 1, "info": 1}));
}

#[test]
fn sarif_output_is_valid_against_the_schema() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    let sarif: Value = serde_json::from_str(&stdout(&env, &["lint", "--format", "sarif", "scopes.toml"], 1)).unwrap();
    let schema: Value = serde_json::from_str(include_str!("../schemas/sarif-2.1.0.json")).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("schema compiles");
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().all(|r| r["help"]["text"].is_string() && r["defaultConfiguration"]["level"].is_string()));
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["locations"][0]["physicalLocation"]["region"]["startLine"], 8);
    // The schema is not a rubber stamp: a result without a message, or a bad level, fails.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0].as_object_mut().unwrap().remove("message");
    broken["runs"][0]["results"][1]["level"] = "fatal".into();
    assert_eq!(validator.iter_errors(&broken).count(), 2);
}

#[test]
fn github_output_is_workflow_commands() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    let text = stdout(&env, &["lint", "--format", "github", "scopes.toml"], 1);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("::error file=scopes.toml,line=8,col=9,title=B002 catch-all-word::`all`"), "{first}");
    assert!(text.lines().any(|l| l.starts_with("::warning file=scopes.toml,line=27,col=31,title=L004")), "{text}");
    assert!(text.lines().any(|l| l.starts_with("::notice ")), "{text}");
    assert_eq!(text.lines().count(), 4);
}

#[test]
fn junit_output_has_one_case_per_rule_per_file() {
    let env = TestEnv::new();
    env.write("a.toml", SET);
    env.write("b.toml", CLEAN);
    let xml = stdout(&env, &["lint", "--format", "junit", "--select", "B,L", "a.toml", "b.toml"], 1);
    let rules = xml.matches("<testcase name=\"B001 wildcard-scope\"").count();
    assert_eq!(rules, 2, "{xml}");
    assert!(xml.contains("<testsuite name=\"a.toml\" tests=\"16\" failures=\"2\" errors=\"0\">"), "{xml}");
    assert!(xml.contains("<testsuite name=\"b.toml\" tests=\"16\" failures=\"0\" errors=\"0\">"), "{xml}");
}

#[test]
fn exit_codes_follow_fail_on() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    env.write("warn.toml", SET);
    for (fail_on, code) in [("error", 1), ("never", 0)] {
        env.fails(&["lint", "--fail-on", fail_on, "scopes.toml"], code);
    }
    // Only the warning and the infos left: error passes, warning and info fail.
    let only = ["--ignore", "B,P001"];
    for (fail_on, code) in [("error", 0), ("warning", 1), ("info", 1), ("never", 0)] {
        env.fails(&["lint", only[0], only[1], "--fail-on", fail_on, "warn.toml"], code);
    }
    let infos = ["--select", "P005"];
    for (fail_on, code) in [("warning", 0), ("info", 1)] {
        env.fails(&["lint", infos[0], infos[1], "--fail-on", fail_on, "warn.toml"], code);
    }
    env.write("clean.toml", CLEAN);
    env.ok(&["lint", "--fail-on", "info", "clean.toml"]);
}

#[test]
fn load_errors_are_diagnostics_and_exit_2() {
    let env = TestEnv::new();
    env.write("bad.toml", "[scopes.x]\ncolour = \"red\"\n");
    env.write("clean.toml", CLEAN);
    let out = env.run(&["lint", "--format", "json", "bad.toml", "clean.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(codes(&json), ["E001"]);
    assert_eq!(json["findings"][0]["line"], 2);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("error: bad.toml is not a valid scope set"), "{stderr}");
    env.refused(&["lint", "--select", "X1", "clean.toml"]);
    // A [lint] table naming no rule makes the file unusable as written: located, exit 2.
    env.write("typo.toml", &format!("{CLEAN}\n    [lint]\n    ignore = [\"X99\"]\n"));
    let out = env.run(&["lint", "typo.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("typo.toml:13:10: E001 [lint] ignore: `X99` selects no rule"), "{text}");
    env.refused(&["lint"]);
    let err = env.fails(&["lint", "missing.toml"], 2);
    assert!(err.starts_with("error: cannot read missing.toml: no such file"), "{err}");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let env = TestEnv::new();
    let out = env.cmd().args(["lint", "--format", "json", "-"]).write_stdin(super::dedent(SET)).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["findings"][0]["file"], "<stdin>");
    assert_eq!(json["findings"][0]["code"], "B002");
}

#[test]
fn allow_entries_accept_findings_until_they_expire() {
    let env = TestEnv::new();
    let allow = |expires: &str| {
        format!(
            "{SET}\n    [lint]\n    ignore = [\"P005\", \"L004\"]\n    allow = [\n      {{ rule = \"B002\", scope = \"read_all_data\", reason = \"Migration tracked in OPS-12\"{expires} }},\n      {{ rule = \"P001\", role = \"lab_technician\", reason = \"Same migration\" }},\n      {{ rule = \"B003\", scope = \"view_lab_results\", reason = \"Stale\" }},\n    ]\n"
        )
    };
    env.write("live.toml", &allow(", expires = 2027-01-01"));
    let json = lint_json(&env, &["live.toml"], 0);
    assert_eq!(codes(&json), ["L008"], "only the stale entry is left: {json:#}");
    assert!(json["findings"][0]["message"].as_str().unwrap().contains("matched no finding"));
    env.write("expired.toml", &allow(", expires = 2026-01-01"));
    let json = lint_json(&env, &["expired.toml"], 1);
    assert_eq!(codes(&json), ["B002", "L007", "L008"]);
}

#[test]
fn a_baseline_hides_old_findings_and_survives_reordering() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    let err = env.fails(&["lint", "--write-baseline", "baseline.json", "scopes.toml"], 0);
    assert!(err.contains("wrote 4 accepted findings to baseline.json"), "{err}");
    let json = lint_json(&env, &["--baseline", "baseline.json", "scopes.toml"], 0);
    assert_eq!(codes(&json), Vec::<String>::new());
    // Reordered, plus one new broad scope: only the new findings are reported.
    let reordered = SET.replace(
        "[scopes.read_invoices]",
        "[scopes.write_everything]\n    description = \"x\"\n\n    [scopes.read_invoices]",
    );
    let (head, tail) = reordered.split_at(reordered.find("    [scopes.read_all_data]").unwrap());
    env.write("moved.toml", &format!("{tail}\n{head}"));
    let json = lint_json(&env, &["--baseline", "baseline.json", "moved.toml"], 1);
    let mut found = codes(&json);
    found.sort();
    assert_eq!(found, ["B002", "M002", "M003", "M004", "P005"]);
    assert!(json["findings"].as_array().unwrap().iter().all(|f| f["scope"] == "write_everything"));
    env.write("garbage.json", "{}");
    env.refused(&["lint", "--baseline", "garbage.json", "scopes.toml"]);
}

#[test]
fn the_catalog_can_be_linted() {
    let env = TestEnv::seeded();
    let json = lint_json(&env, &["--catalog", "--select", "B002,P001"], 1);
    assert_eq!(codes(&json), ["B002", "P001"]);
    assert_eq!(json["findings"][0]["file"], "catalog");
    assert!(json["findings"][0]["line"].is_null());
    let out = env.run(&["lint", "--catalog", "--select", "B002", "--format", "sarif"]);
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let loc = &sarif["runs"][0]["results"][0]["locations"][0];
    assert_eq!(loc["logicalLocations"][0]["fullyQualifiedName"], "scope:read_all_data");
}

#[test]
fn rule_and_rules_explain_the_catalogue() {
    let env = TestEnv::new();
    let page = env.ok(&["rule", "b002"]);
    assert!(page.starts_with("catch-all-word (B002):"), "{page}");
    for heading in ["## What it does", "## Why", "## Example", "Use instead:", "## Fix"] {
        assert!(page.contains(heading), "{heading}: {page}");
    }
    let json = env.json(&["rule", "B002", "--format", "json"]);
    assert_eq!((json["code"].as_str(), json["severity"].as_str()), (Some("B002"), Some("error")));
    let all = env.json(&["rules", "--format", "json"]);
    assert!(all.as_array().unwrap().len() >= 25);
    assert!(env.ok(&["rules"]).contains("B001  wildcard-scope"));
    env.refused(&["rule", "Z999"]);
    env.refused(&["rule", "B001", "--format", "sarif"]);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let env = TestEnv::new();
    env.write("scopes.toml", SET);
    let text = stdout(&env, &["lint", "--color", "always", "scopes.toml"], 1);
    assert!(text.contains("\u{1b}[1m\u{1b}[31mB002\u{1b}[0m"), "errors in bold red with --color always: {text:?}");
    let out = env.cmd().args(["lint", "scopes.toml"]).env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains('\u{1b}'));
}

#[test]
fn the_example_set_snapshot() {
    let env = TestEnv::new();
    std::fs::write(env.path().join("scopes.example.toml"), include_str!("../../scopes.example.toml")).unwrap();
    let text = stdout(&env, &["lint", "--fail-on", "never", "scopes.example.toml"], 0);
    insta::assert_snapshot!(text);
}
