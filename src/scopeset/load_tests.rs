use crate::model::{Action, LineCol, Sensitivity, Status, Subject};
use crate::scopeset::{LoadError, load_str};

const DESIGN_EXAMPLE: &str = r#"
[settings]
naming = "action_resource"
broad_words = ["everything"]
max_phi_scopes_per_role = 8

[scopes.view_lab_results]
description = "Read a patient's laboratory results"
resource = "lab_results"
actions = ["read"]
sensitivity = "phi"
owner = "lab-platform"

[scopes.read_patient_info]
description = "Read demographics"

[scopes.read_medications]

[scopes.read_all_data]
description = "Legacy catch-all read"
status = "deprecated"
replaced_by = ["read_patient_info", "view_lab_results"]
sunset = 2027-03-01
reason = "Violates minimum necessary"

[roles.lab_technician]
description = "Processes lab orders"
scopes = ["view_lab_results"]

[roles.er]
break_glass = true
grants = [{ scope = "read_all_data", justification = "Trauma bay", expires = 2027-01-01 }]

[clients.patient_portal]
description = "Patient-facing web app"
features = { lab_report = ["view_lab_results"], medications = ["read_medications"] }

[lint]
ignore = ["N003"]
severity = { M001 = "error" }
allow = [{ rule = "B003", scope = "admin_console", reason = "Break-glass console, reviewed quarterly", expires = 2027-06-30 }]
"#;

fn errors(text: &str) -> Vec<String> {
    let err = load_str("s.toml", text).unwrap_err();
    err.to_string().lines().map(str::to_owned).collect()
}

fn at(err: &LoadError, i: usize) -> LineCol {
    err.line_col(&err.problems[i]).unwrap()
}

#[test]
fn the_design_example_loads_in_file_order_with_spans() {
    let loaded = load_str("s.toml", DESIGN_EXAMPLE).unwrap();
    let set = &loaded.set;
    let names: Vec<&str> = set.scopes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["view_lab_results", "read_patient_info", "read_medications", "read_all_data"]);
    let labs = &set.scopes[0];
    assert_eq!((labs.actions.as_slice(), labs.sensitivity), (&[Action::Read][..], Some(Sensitivity::Phi)));
    let legacy = &set.scopes[3];
    assert_eq!(legacy.status, Status::Deprecated);
    assert_eq!(legacy.sunset.unwrap().to_string(), "2027-03-01");
    assert_eq!(set.roles[1].grants[0].justification.as_deref(), Some("Trauma bay"));
    assert_eq!(set.clients[0].features["lab_report"], ["view_lab_results"]);
    assert_eq!(set.lint.allow[0].rule, "B003");
    let src = &loaded.source;
    let span = src.span(&Subject::ScopeField("read_all_data".into(), "sunset")).unwrap();
    assert_eq!(&src.text[span], "2027-03-01");
    let span = src.span(&Subject::Scope("view_lab_results".into())).unwrap();
    assert_eq!(src.line_col(span.start), LineCol { line: 7, column: 9 });
    let span =
        src.span(&Subject::FeatureScope("patient_portal".into(), "medications".into(), "read_medications".into()));
    assert_eq!(&src.text[span.unwrap()], "\"read_medications\"");
    assert!(src.span(&Subject::Grant("er".into(), "read_all_data".into())).is_some());
    assert!(src.span(&Subject::Allow(0)).is_some());
    assert!(src.span(&Subject::Setting("naming")).is_some());
}

#[test]
fn every_problem_is_reported_in_order() {
    let text = "[scopes.a]\nsensitivity = \"secret\"\nactions = [\"read\", \"fly\"]\n\n[roles.r]\nscopes = [\"a\", \"b\", \"a\"]\n";
    let err = load_str("s.toml", text).unwrap_err();
    assert_eq!(err.problems.len(), 4, "{err}");
    assert_eq!(at(&err, 0), LineCol { line: 2, column: 15 });
    assert_eq!(at(&err, 1), LineCol { line: 3, column: 20 });
    assert_eq!(at(&err, 2), LineCol { line: 6, column: 16 });
    assert_eq!(at(&err, 3), LineCol { line: 6, column: 21 });
    let lines = errors(text);
    assert!(lines[0].starts_with("s.toml:2:15: unknown sensitivity `secret`"), "{lines:?}");
    assert!(lines[2].contains("names `b`, which is not a scope in this file"), "{lines:?}");
    assert!(lines[3].contains("names `a` twice"), "{lines:?}");
}

#[test]
fn dates_must_be_toml_dates() {
    let lines = errors("[scopes.a]\nstatus = \"deprecated\"\nreason = \"r\"\nsunset = \"2027-03-01\"\n");
    assert_eq!(lines, ["s.toml:4:10: write `sunset` as a TOML date, without quotes: sunset = 2027-03-01"]);
    let lines = errors("[scopes.a]\nstatus = \"deprecated\"\nreason = \"r\"\nsunset = 2027-03-01T10:00:00\n");
    assert!(lines[0].starts_with("s.toml:4:10: `sunset` must be a date without a time"), "{lines:?}");
    let lines = errors("[scopes.a]\nstatus = \"deprecated\"\nsunset = 2027-02-30\n");
    assert!(lines[0].starts_with("s.toml:3:10: "), "{lines:?}");
}

#[test]
fn syntax_and_type_errors_are_one_problem_with_a_span() {
    let lines = errors("[scopes.a]\ndescription = 3\n");
    assert!(lines[0].starts_with("s.toml:2:15: invalid type: integer"), "{lines:?}");
    let lines = errors("[scopes.a]\ncolour = \"red\"\n");
    assert!(lines[0].starts_with("s.toml:2:1: unknown field `colour`"), "{lines:?}");
    let lines = errors("[scopes.a]\n[scopes.a]\n");
    assert!(lines[0].starts_with("s.toml:2:"), "{lines:?}");
}

#[test]
fn break_glass_roles_and_active_deprecation_fields() {
    let text = "[scopes.a]\nreason = \"x\"\n[roles.er]\nbreak_glass = true\nscopes = [\"a\"]\n";
    let lines = errors(text);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("s.toml:2:10: `replaced_by`, `sunset` and `reason` describe a deprecation"),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("s.toml:5:11: role `er` is break-glass"), "{lines:?}");
}

#[test]
fn lint_config_is_checked() {
    let text = "[lint]\nselect = [\"B\", \"ALL\", \"nope\"]\nseverity = { M001 = \"loud\" }\nallow = [{ rule = \"B003\", scope = \"a\", role = \"r\", reason = \" \" }]\n";
    let err = load_str("s.toml", text).unwrap_err();
    let messages: Vec<&str> = err.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(messages[0].contains("`nope` is not a rule selector"));
    assert!(messages[1].contains("unknown severity `loud`"));
    assert!(messages[2].contains("at most one of"));
    assert!(messages[3].contains("needs a reason"));
}

#[test]
fn names_are_rfc_6749_tokens() {
    let lines = errors("[scopes.\"read labs\"]\n[clients.\"my app\"]\nfeatures = { \"a b\" = [] }\n");
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with("s.toml:1:9: invalid scope name `read labs`: a space at byte 4"), "{lines:?}");
    assert!(lines[1].starts_with("s.toml:2:10: invalid client name"), "{lines:?}");
    assert!(lines[2].starts_with("s.toml:3:14: invalid feature name"), "{lines:?}");
}

#[test]
fn features_may_be_a_table_and_an_empty_file_is_an_empty_set() {
    let text = "[scopes.a]\n[clients.portal]\ndescription = \"Portal\"\n[clients.portal.features]\nlabs = [\"a\"]\n";
    let set = load_str("s.toml", text).unwrap().set;
    assert_eq!(set.clients[0].features["labs"], ["a"]);
    assert_eq!(load_str("s.toml", "").unwrap().set, crate::model::ScopeSet::default());
}

#[test]
fn invalid_utf8_is_one_located_problem() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, b"[scopes.a]\ndescription = \"caf\xff\"\n").unwrap();
    let err = crate::scopeset::load_path(&path).unwrap_err();
    assert_eq!(at(&err, 0), LineCol { line: 2, column: 19 });
    let err = crate::scopeset::load_path(dir.path()).unwrap_err();
    assert!(err.summary().ends_with("it is a directory; expected a scopes.toml file"), "{}", err.summary());
    let err = crate::scopeset::load_path(&dir.path().join("none.toml")).unwrap_err();
    assert!(err.summary().ends_with("no such file"), "{}", err.summary());
}

#[test]
fn operations_load_in_file_order_with_spans() {
    let text = r#"[scopes."patient/Patient.rs"]

[operations."GET /patients/{id}"]
operation_id = "getPatient"
security = [{ smart = ["patient/Patient.rs"] }, { internal = ["patients:read"], key = [] }]

[operations."DELETE /patients/{id}"]
security = []

[operations."POST webhook:labResult"]
"#;
    let loaded = load_str("s.toml", text).unwrap();
    let ops = &loaded.set.operations;
    let keys: Vec<String> = ops.iter().map(crate::model::Operation::key).collect();
    assert_eq!(keys, ["GET /patients/{id}", "DELETE /patients/{id}", "POST webhook:labResult"]);
    assert_eq!(ops[0].method, crate::model::Method::Get);
    assert_eq!(ops[0].operation_id.as_deref(), Some("getPatient"));
    let security = ops[0].security.as_ref().unwrap();
    assert_eq!(security.len(), 2);
    assert_eq!(security[1].0["internal"], ["patients:read"]);
    assert!(security[1].0["key"].is_empty());
    assert_eq!(ops[1].security, Some(Vec::new()), "an empty list: no security");
    assert_eq!(ops[2].security, None, "absent: not recorded");
    let src = &loaded.source;
    let span = src.span(&Subject::Operation("GET /patients/{id}".into())).unwrap();
    assert_eq!(src.line_col(span.start), LineCol { line: 3, column: 13 });
    let span = src.span(&Subject::OperationScope("GET /patients/{id}".into(), "patients:read".into())).unwrap();
    assert_eq!(&src.text[span], "\"patients:read\"");
    let span = src.span(&Subject::Requirement("GET /patients/{id}".into(), 1)).unwrap();
    assert!(src.text[span].starts_with("{ internal"));
}

#[test]
fn operations_are_checked() {
    let text = r#"[operations."get /a"]
[operations."FETCH /a"]
[operations."GET a"]
[operations."GET /a b"]
[operations."GET /ok"]
operation_id = "ok"
security = [{ "o auth" = ["read labs", "x", "x"] }]
"#;
    let lines = errors(text);
    assert_eq!(lines.len(), 7, "{lines:?}");
    assert!(lines[0].starts_with("s.toml:1:13: write the HTTP method in upper case: `GET /a`"), "{lines:?}");
    assert!(
        lines[1].starts_with("s.toml:2:13: unknown HTTP method `FETCH`; expected one of: GET, PUT, POST"),
        "{lines:?}"
    );
    assert!(lines[2].contains("must start with `/`"), "{lines:?}");
    assert!(lines[3].contains("holds a space"), "{lines:?}");
    assert!(lines[4].starts_with("s.toml:7:15: invalid security scheme name `o auth`"), "{lines:?}");
    assert!(lines[5].starts_with("s.toml:7:27: invalid scope name `read labs`"), "{lines:?}");
    assert!(lines[6].starts_with("s.toml:7:45: scheme `o auth` lists `x` twice"), "{lines:?}");
    let lines = errors("[operations.\"GET /a\"]\nsecurity = [{ s = [\"x\"] }]\nsummary = \"Read\"\n");
    assert!(
        lines[0].starts_with("s.toml:3:1: unknown field `summary`, expected `operation_id` or `security`"),
        "{lines:?}"
    );
    let lines = errors("[operations.\"GET /a\"]\nsecurity = [\"x\"]\n");
    assert!(lines[0].starts_with("s.toml:2:13: invalid type: string \"x\", expected a map"), "{lines:?}");
    let lines = errors("[operations.\"GET /a\"]\n[operations.\"GET /a\"]\n");
    assert!(lines[0].starts_with("s.toml:2:"), "{lines:?}");
}

#[test]
fn an_operation_may_require_a_scope_the_file_does_not_define() {
    let text = "[operations.\"GET /a\"]\nsecurity = [{ oauth = [\"nowhere\"] }]\n";
    let set = load_str("s.toml", text).unwrap().set;
    assert_eq!(set.operations[0].scopes().collect::<Vec<_>>(), ["nowhere"]);
    assert!(set.scopes.is_empty());
}
