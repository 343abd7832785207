//! Unit tests of the Auth0 reader and writer.

use std::path::Path;

use super::*;
use crate::model::{Scope, ScopeSet, Status, Subject};
use crate::scopeset::write::to_toml;

const FIXTURE: &str = "tests/fixtures/auth0/tenant.yaml";
const FIXTURE_DIR: &str = "tests/fixtures/auth0/directory";

fn yaml(text: &str) -> Imported {
    import_yaml("tenant.yaml", text.to_owned()).unwrap_or_else(|e| panic!("{}\n{e}", e.summary()))
}

fn refused(text: &str) -> LoadError {
    match import_yaml("tenant.yaml", text.to_owned()) {
        Ok(i) => panic!("accepted:\n{}", to_toml(&i.set)),
        Err(e) => e,
    }
}

/// `line:column: message` of each problem of a refusal.
fn problems(e: &LoadError) -> Vec<String> {
    e.problems
        .iter()
        .map(|p| match e.line_col(p) {
            Some(at) => format!("{}:{}: {}", at.line, at.column, p.message),
            None => p.message.clone(),
        })
        .collect()
}

fn scope<'s>(set: &'s ScopeSet, name: &str) -> &'s Scope {
    set.scope(name).unwrap_or_else(|| panic!("no scope {name}"))
}

fn fixture() -> Imported {
    import(Path::new(FIXTURE)).unwrap_or_else(|e| panic!("{}\n{e}", e.summary()))
}

#[test]
fn fixture_scopes_are_tagged_with_their_api() {
    let i = fixture();
    let s = scope(&i.set, "patient/Observation.read");
    assert_eq!(s.description.as_deref(), Some("Read the patient's own observations, including lab results and vitals"));
    assert_eq!(s.tags, ["auth0-api-name:FHIR+R4+API", "auth0-api:https://fhir.riverbend-health.example/r4"]);
    // The identifier keeps its keyword placeholder as text.
    let s = scope(&i.set, "write:appointments");
    assert!(s.tags.contains(&"auth0-api:https://scheduling.##DOMAIN_SUFFIX##/v2".to_owned()), "{:?}", s.tags);
}

#[test]
fn a_value_two_apis_define_is_qualified_by_each_identifier() {
    let i = fixture();
    assert!(i.set.scope("read:claims").is_none());
    let fhir = scope(&i.set, "https://fhir.riverbend-health.example/r4/read:claims");
    let billing = scope(&i.set, "https://billing.riverbend-health.example/api/read:claims");
    assert!(fhir.description.as_deref().unwrap().starts_with("Read FHIR Claim"));
    assert!(billing.description.as_deref().unwrap().starts_with("Read professional"));
    let role = i.set.roles.iter().find(|r| r.name == "Billing+Specialist").unwrap();
    let held: Vec<&str> = role.grants.iter().map(|g| g.scope.as_str()).collect();
    assert!(held.contains(&"https://fhir.riverbend-health.example/r4/read:claims"), "{held:?}");
    assert!(held.contains(&"https://billing.riverbend-health.example/api/read:claims"), "{held:?}");
}

#[test]
fn management_api_scopes_come_from_grants_and_are_marked() {
    let i = fixture();
    for name in ["read:users", "delete:users", "read:logs", "create:role_members"] {
        let s = scope(&i.set, name);
        assert!(s.tags.contains(&"auth0-management-api".to_owned()), "{name}: {:?}", s.tags);
        assert!(s.tags.contains(&"auth0-api:https://riverbend.us.auth0.com/api/v2/".to_owned()));
    }
    let provisioning = i.set.clients.iter().find(|c| c.name == "Provisioning+Service").unwrap();
    assert!(provisioning.features["api:Auth0+Management+API"].contains(&"delete:users".to_owned()));
    let admin = i.set.roles.iter().find(|r| r.name == "Identity+Administrator").unwrap();
    assert_eq!(admin.grants.len(), 3);
}

#[test]
fn clients_get_a_feature_per_api_and_listed_clients_are_kept() {
    let i = fixture();
    let analytics = i.set.clients.iter().find(|c| c.name == "Analytics+Export").unwrap();
    let features: Vec<&str> = analytics.features.keys().map(String::as_str).collect();
    assert_eq!(features, ["api:Auth0+Management+API", "api:Billing+API", "api:FHIR+R4+API"]);
    assert!(analytics.description.as_deref().unwrap().starts_with("Population-health"));
    // Listed without a grant: kept, without features.
    let portal = i.set.clients.iter().find(|c| c.name == "Patient+Portal").unwrap();
    assert!(portal.features.is_empty());
    // Granted but not listed: made from the grant.
    let hie = i.set.clients.iter().find(|c| c.name == "Partner+HIE+Connector").unwrap();
    assert_eq!(hie.features["api:FHIR+R4+API"], ["system/*.read"]);
    assert_eq!(hie.description, None);
}

#[test]
fn fixture_unmapped_items_are_located_and_explained() {
    let i = fixture();
    let lines = i.unmapped_lines();
    let expect = [
        ("`##ENV##:debug`", "AUTH0_KEYWORD_REPLACE_MAPPINGS"),
        ("`read statements`", "not a valid scope name"),
        ("`read:appointments` twice", "the second was not imported"),
        ("`delete:claims`", "defines no scope"),
        ("`read:audit_events`", "not in this export"),
        ("`@@FAX_GATEWAY_SCOPES@@`", "AUTH0_KEYWORD_REPLACE_MAPPINGS"),
    ];
    assert_eq!(lines.len(), expect.len(), "{lines:#?}");
    for (line, (what, why)) in lines.iter().zip(expect) {
        assert!(line.starts_with(&format!("{FIXTURE}:")), "{line}");
        assert!(line.contains(what) && line.contains(why), "{line} lacks {what} / {why}");
    }
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let debug = i.unmapped.iter().find(|p| p.message.contains("##ENV##:debug")).unwrap();
    let at = debug.span.clone().unwrap();
    assert_eq!(&text[at], "\"##ENV##:debug\"");
}

#[test]
fn spans_point_at_names_in_the_file() {
    let i = fixture();
    let text = &i.source.text;
    let at = |subject: Subject| {
        let span = i.source.span(&subject).unwrap_or_else(|| panic!("no span for {subject:?}"));
        text[span].to_owned()
    };
    assert_eq!(at(Subject::Scope("system/*.read".into())), "system/*.read");
    assert_eq!(at(Subject::Role("Care+Team+Nurse".into())), "Care Team Nurse");
    assert_eq!(at(Subject::Client("Partner+HIE+Connector".into())), "Partner HIE Connector");
    let grant = i.source.span(&Subject::Grant("Front+Desk".into(), "write:appointments".into())).unwrap();
    assert!(text[grant.start..].starts_with("permission_name: write:appointments"), "{}", &text[grant.start..]);
    assert_eq!(
        at(Subject::ScopeField("launch".into(), "description")),
        "Launch a SMART app from the EHR with launch context"
    );
}

#[test]
fn the_directory_export_of_the_same_tenant_gives_the_same_set() {
    let from_yaml = fixture();
    let from_dir = import(Path::new(FIXTURE_DIR)).unwrap_or_else(|e| panic!("{}\n{e}", e.summary()));
    assert_eq!(to_toml(&from_dir.set), to_toml(&from_yaml.set));
    assert_eq!(from_dir.source.path, FIXTURE_DIR);
    assert_eq!(from_dir.unmapped.len(), from_yaml.unmapped.len());
    let lines = from_dir.unmapped_lines();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{FIXTURE_DIR}: grants/Legacy Fax Gateway-FHIR R4 API.json:4:12: "))),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.contains("resource-servers/FHIR R4 API.json:") && l.contains("##ENV##:debug")));
}

#[test]
fn import_export_import_keeps_every_scope_description_and_grant() {
    let first = fixture();
    let yaml_text = export(&first.set).unwrap();
    let second = yaml(&yaml_text);
    assert_eq!(to_toml(&second.set), to_toml(&first.set));
    assert!(second.unmapped.is_empty(), "{:#?}", second.unmapped_lines());
    assert_eq!(export(&second.set).unwrap(), yaml_text);
}

#[test]
fn export_regroups_scopes_and_leaves_the_management_api_out_of_resource_servers() {
    let text = export(&fixture().set).unwrap();
    let doc: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let apis: Vec<&str> =
        doc["resourceServers"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(apis, ["Billing API", "FHIR R4 API", "Scheduling API"]);
    let fhir = &doc["resourceServers"][1];
    assert!(fhir["scopes"].as_array().unwrap().iter().any(|s| s["value"] == "read:claims"));
    let grants = doc["clientGrants"].as_array().unwrap();
    assert!(grants.iter().any(|g| g["audience"] == "https://riverbend.us.auth0.com/api/v2/"
        && g["client_id"] == "Provisioning Service"
        && g["scope"].as_array().unwrap().iter().any(|s| s == "delete:users")));
    assert!(text.starts_with("resourceServers:\n  - name: Billing API\n"), "{text}");
}

#[test]
fn export_of_untagged_scopes_uses_the_default_api_and_skips_retired_ones() {
    let mut set = ScopeSet::default();
    let mut read = Scope::new("view_lab_results");
    read.description = Some("Read lab results: \"final\" and # preliminary\nsecond line".into());
    let mut old = Scope::new("read_all_data");
    old.status = Status::Retired;
    let mut dep = Scope::new("read_labs_v1");
    dep.status = Status::Deprecated;
    set.scopes = vec![read, old, dep];
    set.roles = vec![crate::model::Role {
        name: "ward+nurse".into(),
        grants: vec![crate::model::Grant::plain("view_lab_results"), crate::model::Grant::plain("read_all_data")],
        ..Default::default()
    }];
    let text = export(&set).unwrap();
    let back = yaml(&text);
    let names: Vec<&str> = back.set.scopes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["read_labs_v1", "view_lab_results"]);
    let s = scope(&back.set, "view_lab_results");
    assert_eq!(s.description, set.scopes[0].description);
    assert_eq!(s.tags, ["auth0-api-name:scopectl", "auth0-api:urn:scopectl:api"]);
    assert_eq!(back.set.roles[0].name, "ward+nurse");
    assert_eq!(back.set.roles[0].grants, [crate::model::Grant::plain("view_lab_results")]);
    assert!(text.contains(&format!("name: {DEFAULT_API_NAME}\n    identifier: {DEFAULT_API_IDENTIFIER}")), "{text}");
}

#[test]
fn export_refuses_two_scopes_that_become_one_value() {
    let mut a = Scope::new("https://a.example/read");
    a.tags = vec!["auth0-api:https://a.example".into()];
    let mut b = Scope::new("read");
    b.tags = vec!["auth0-api:https://a.example".into()];
    let set = ScopeSet { scopes: vec![a, b], ..ScopeSet::default() };
    let err = export(&set).unwrap_err().to_string();
    assert!(err.contains("would both be the scope `read`"), "{err}");
}

#[test]
fn a_value_that_looks_qualified_is_qualified_again_so_export_gives_it_back() {
    let i = yaml(
        "resourceServers:\n  - name: Drive\n    identifier: https://api.example\n    scopes:\n      - value: https://api.example/drive.readonly\n",
    );
    assert_eq!(i.set.scopes[0].name, "https://api.example/https://api.example/drive.readonly");
    let text = export(&i.set).unwrap();
    assert!(text.contains("- value: https://api.example/drive.readonly\n"), "{text}");
    assert_eq!(to_toml(&yaml(&text).set), to_toml(&i.set));
}

#[test]
fn grants_with_no_scopes_and_odd_names_survive_the_round_trip() {
    let text = "clients:\n  - name: \"Kiosk #2 (Süd)\"\n    description: 'Lobby kiosk: 100% touch'\nresourceServers:\n  - name: Check-in API\n    identifier: urn:checkin\n    scopes:\n      - value: checkin\nroles:\n  - name: Front desk+\n    permissions: []\nclientGrants:\n  - client_id: \"Kiosk #2 (Süd)\"\n    audience: urn:checkin\n    scope: []\n";
    let first = yaml(text);
    let kiosk = &first.set.clients[0];
    assert_eq!(kiosk.name, "Kiosk+#2+(S%C3%BCd)");
    assert_eq!(kiosk.features["api:Check-in+API"], Vec::<String>::new());
    assert_eq!(first.set.roles[0].name, "Front+desk%2B");
    let again = export(&first.set).unwrap();
    assert!(again.contains("client_id: \"Kiosk #2 (Süd)\"\n    audience: urn:checkin\n    scope: []"), "{again}");
    assert_eq!(to_toml(&yaml(&again).set), to_toml(&first.set));
}

#[test]
fn a_management_api_written_as_a_resource_server_keeps_its_descriptions() {
    let i = yaml(
        "resourceServers:\n  - name: Auth0 Management API\n    identifier: https://t.eu.auth0.com/api/v2/\n    scopes:\n      - value: read:users\n        description: Read Users\nclientGrants:\n  - client_id: Sync\n    audience: https://t.eu.auth0.com/api/v2/\n    scope: [read:users, delete:users]\n",
    );
    let s = scope(&i.set, "read:users");
    assert_eq!(s.description.as_deref(), Some("Read Users"));
    assert!(s.tags.contains(&"auth0-management-api".to_owned()));
    let lines = i.unmapped_lines();
    assert!(lines[0].contains("defines no scope `delete:users`"), "{lines:?}");
    assert!(!export(&i.set).unwrap().contains("resourceServers"));
}

#[test]
fn wrong_types_are_refused_with_their_location() {
    for (text, line, needle) in [
        ("resourceServers: {}\n", 1, "expected a list"),
        ("resourceServers:\n  - name: A\n    identifier: a\n    scopes: nope\n", 4, "expected a list"),
        ("resourceServers:\n  - name: A\n    identifier: [1]\n", 3, "string"),
        ("roles:\n  - name: R\n    permissions:\n      - permission_name: {a: 1}\n", 4, "string"),
        ("clientGrants:\n  - client_id: C\n    audience: a\n    scope: read\n", 4, "expected a list"),
        ("clients: 3\n", 1, "expected a list"),
    ] {
        let e = refused(text);
        let all = problems(&e);
        assert!(all[0].starts_with(&format!("{line}:")) && all[0].contains(needle), "{text}: {all:?}");
        assert!(e.summary().contains("is not a valid Auth0 tenant export"), "{}", e.summary());
    }
}

#[test]
fn missing_required_values_and_duplicate_identifiers_are_refused() {
    let e = refused(
        "resourceServers:\n  - name: A\n    scopes:\n      - description: no value\n  - name: B\n    identifier: b\n  - name: C\n    identifier: b\nroles:\n  - description: nameless\n",
    );
    assert_eq!(
        problems(&e),
        [
            "2:5: a resource server has no `identifier`",
            "4:9: a resource server scope has no `value`",
            "8:17: resource server identifier `b` is also used by the resource server at line 6, column 17",
            "10:5: a role has no `name`",
        ]
    );
}

#[test]
fn files_that_are_not_tenants_are_refused() {
    let e = refused("openapi: 3.1.0\ninfo:\n  title: x\n");
    assert!(e.problems[0].message.contains("none of the keys tenant, resourceServers"), "{:?}", e.problems);
    let e = refused("");
    assert!(e.problems[0].message.contains("none of the keys"));
    let e = refused("resourceServers:\n  - name: [unclosed\n");
    assert!(problems(&e)[0].starts_with("2:") || problems(&e)[0].starts_with("3:"), "{:?}", problems(&e));
}

#[test]
fn whole_sections_may_be_placeholders() {
    let i = yaml("tenant: {}\nresourceServers: @@APIS@@\nroles: \"@@ROLES@@\"\n");
    let lines = i.unmapped_lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("tenant.yaml:2:")
            && lines[0].contains("`resourceServers` is the keyword placeholder `@@APIS@@`")
    );
    assert!(lines[1].contains("`@@ROLES@@`"));
}

#[test]
fn directories_without_resource_folders_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("connections")).unwrap();
    std::fs::write(dir.path().join("tenant.json"), "{}").unwrap();
    let e = import(dir.path()).unwrap_err();
    assert!(
        e.summary().contains("holds none of the folders resource-servers/, roles/, grants/ or clients/"),
        "{}",
        e.summary()
    );
}

#[test]
fn a_broken_file_in_a_directory_is_named_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let roles = dir.path().join("roles");
    std::fs::create_dir(&roles).unwrap();
    std::fs::write(roles.join("a.json"), "{\"name\": \"A\"}").unwrap();
    std::fs::write(
        roles.join("b.json"),
        "{\n  \"name\": \"B\",\n  \"permissions\": [\n    {\"permission_name\": \"x\",}\n  ]\n}\n",
    )
    .unwrap();
    std::fs::write(roles.join("c.json"), "{\"name\": 5, \"permissions\": \"x\"}").unwrap();
    let e = import(dir.path()).unwrap_err();
    assert!(e.path.ends_with("roles/b.json"), "{}", e.path);
    assert_eq!(problems(&e)[0].split(':').take(2).collect::<Vec<_>>(), ["4", "29"], "{:?}", problems(&e));
    assert!(e.summary().contains("is not a valid Auth0 Deploy CLI role file"), "{}", e.summary());
    // Wrong types are located too, in their own file.
    std::fs::remove_file(roles.join("b.json")).unwrap();
    let e = import(dir.path()).unwrap_err();
    assert!(e.path.ends_with("roles/c.json"), "{}", e.path);
    assert!(problems(&e)[0].starts_with("1:"), "{:?}", problems(&e));
}

#[test]
fn directory_files_are_read_in_name_order_and_empty_objects_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let apis = dir.path().join("resource-servers");
    std::fs::create_dir(&apis).unwrap();
    std::fs::create_dir(dir.path().join("client-grants")).unwrap();
    std::fs::write(apis.join("b.json"), r#"{"name": "B", "identifier": "urn:b", "scopes": [{"value": "read"}]}"#)
        .unwrap();
    std::fs::write(
        apis.join("a.json"),
        r#"{"name": "A", "identifier": "urn:a", "scopes": [{"value": "read"}, {"value": "write"}]}"#,
    )
    .unwrap();
    std::fs::write(apis.join("empty.json"), "{}").unwrap();
    std::fs::write(apis.join("notes.txt"), "not json").unwrap();
    let i = import(dir.path()).unwrap();
    let names: Vec<&str> = i.set.scopes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["urn:a/read", "write", "urn:b/read"]);
    assert!(i.unmapped_lines()[0].contains("client-grants/ was not read"), "{:?}", i.unmapped_lines());
    assert!(i.source.spans.get(&Subject::Scope("write".into())).is_none());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Whatever a description holds, the tenant.yaml written carries it back unchanged.
    #[test]
    fn descriptions_and_names_survive_export(
        description in "([ -~\t\r\n\u{a0}-\u{17f}\u{2028}\u{feff}]|@@K@@|##K##|\n@@L@@\n){1,40}",
        // Auth0 requires a role name that is not blank, and import refuses a blank one.
        role in "[ -~\u{e9}]{0,29}[!-~\u{e9}]",
    ) {
        let mut s = Scope::new("read:x");
        s.description = Some(description.clone());
        let role = super::names::encode(&role);
        let set = ScopeSet {
            scopes: vec![s],
            roles: vec![crate::model::Role { name: role.clone(), grants: vec![crate::model::Grant::plain("read:x")], ..Default::default() }],
            ..ScopeSet::default()
        };
        let text = export(&set).unwrap();
        let back = import_yaml("t.yaml", text.clone()).map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{e}\n{text}")))?;
        proptest::prop_assert_eq!(back.set.scopes[0].description.as_deref(), Some(description.as_str()), "{}", text);
        proptest::prop_assert_eq!(&back.set.roles[0].name, &role);
    }
}

#[test]
fn large_tenants_pass_the_parser_budget() {
    // More nodes than serde-saphyr's default budget of 250,000, in keys scopectl ignores.
    let text = format!("tenant:\n  enabled_locales: [{}]\nclients:\n  - name: Portal\n", "x,".repeat(260_000));
    assert_eq!(yaml(&text).set.clients.len(), 1);
}
