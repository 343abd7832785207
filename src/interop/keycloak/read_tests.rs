use super::super::COMPOSITE_JUSTIFICATION;
use super::*;
use crate::model::{Grant, LineCol};

const FIXTURE: &str = include_str!("../../../tests/fixtures/keycloak/realm-export.json");

fn ok(text: &str) -> Imported {
    import("r.json", text, None).unwrap_or_else(|e| panic!("{}\n{e}", e.summary()))
}

fn refused(text: &str, realm: Option<&str>) -> LoadError {
    match import("r.json", text, realm) {
        Ok(i) => panic!("accepted: {:?}", i.set),
        Err(e) => e,
    }
}

/// `line:col: message` of each problem.
fn located(e: &LoadError) -> Vec<String> {
    e.problems
        .iter()
        .map(|p| match e.line_col(p) {
            Some(LineCol { line, column }) => format!("{line}:{column}: {}", p.message),
            None => p.message.clone(),
        })
        .collect()
}

fn notes(i: &Imported) -> String {
    i.unmapped_lines().join("\n")
}

fn scope<'a>(i: &'a Imported, name: &str) -> &'a Scope {
    i.set.scope(name).unwrap_or_else(|| panic!("no scope {name}: {:?}", i.set.scopes))
}

fn grants(i: &Imported, role: &str) -> Vec<Grant> {
    i.set.roles.iter().find(|r| r.name == role).unwrap_or_else(|| panic!("no role {role}")).grants.clone()
}

#[test]
fn client_scopes_become_scopes_with_tags_from_their_attributes() {
    let text = r#"{"realm": "r", "clientScopes": [
        {"name": "profile", "description": "OpenID Connect built-in scope: profile", "protocol": "openid-connect",
         "attributes": {"consent.screen.text": "${profileScopeConsentText}", "include.in.token.scope": "true"},
         "protocolMappers": [{"name": "x", "config": {"a": "b"}}]},
        {"name": "roles", "protocol": "openid-connect",
         "attributes": {"include.in.token.scope": "FALSE", "display.on.consent.screen": false}},
        {"name": "appointments:read", "attributes": {"consent.screen.text": "View your appointments"}},
        {"name": "group", "attributes": {"is.dynamic.scope": "true", "dynamic.scope.regexp": "group:*"}},
        {"name": "labs:read", "description": "  ", "attributes": {"consent.screen.text": "${labs}"}}
    ]}"#;
    let i = ok(text);
    let names: Vec<&str> = i.set.scopes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["profile", "roles", "appointments:read", "group", "labs:read"], "file order");
    assert_eq!(scope(&i, "profile").tags, [TAG_BUILTIN]);
    assert_eq!(scope(&i, "profile").description.as_deref(), Some("OpenID Connect built-in scope: profile"));
    assert_eq!(scope(&i, "roles").tags, [TAG_BUILTIN, TAG_NO_CONSENT, TAG_NOT_IN_TOKEN]);
    assert_eq!(scope(&i, "roles").description, None, "a message key is not a description");
    assert_eq!(scope(&i, "appointments:read").description.as_deref(), Some("View your appointments"));
    assert!(scope(&i, "appointments:read").tags.is_empty());
    assert_eq!(scope(&i, "group").tags, [TAG_DYNAMIC]);
    assert_eq!(scope(&i, "labs:read").description, None);
    assert!(i.unmapped.is_empty(), "{}", notes(&i));
    let at = i.source.span(&Subject::Scope("group".into())).unwrap();
    assert_eq!(&text[at], "\"group\"");
}

#[test]
fn names_that_are_not_scope_tokens_saml_scopes_and_odd_patterns_are_noted() {
    let text = r#"{"realm": "r",
        "clientScopes": [
            {"name": "lab results", "protocol": "openid-connect"},
            {"name": "role_list", "protocol": "saml"},
            {"name": "docker", "protocol": "docker-v2"},
            {"name": "cohort", "attributes": {"is.dynamic.scope": "true", "dynamic.scope.regexp": "study:*"}},
            {"description": "nameless"},
            {"name": "cohort"}
        ],
        "roles": {"realm": [{"name": "reader"}]},
        "scopeMappings": [{"clientScope": "lab results", "roles": ["reader"]}, {"clientScope": "cohort", "roles": ["reader"]}]
    }"#;
    let i = ok(text);
    assert_eq!(i.set.scopes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["cohort"]);
    let notes = notes(&i);
    for expected in [
        "r.json:3:22: client scope `lab results` is not imported: a space at byte 3 is not allowed",
        "r.json:4:22: client scope `role_list` is not imported: it is a SAML client scope, not an OAuth scope",
        "r.json:5:22: client scope `docker` is not imported: its protocol is `docker-v2`",
        "r.json:6:99: dynamic client scope `cohort` matches `study:*`",
        "r.json:7:13: a client scope without a `name` is not imported",
        "r.json:8:22: client scope `cohort` is defined twice; the first definition is kept",
        "r.json:11:43: `scopeMappings[0]` names the client scope `lab results`, which is not imported (its name is not an OAuth scope-token); skipped",
    ] {
        assert!(notes.lines().any(|l| l.starts_with(expected)), "expected {expected:?} in\n{notes}");
    }
    assert_eq!(grants(&i, "reader"), [Grant::plain("cohort")]);
}

#[test]
fn realm_and_client_roles_with_their_mappings() {
    let text = r#"{"realm": "r",
        "clientScopes": [{"name": "labs:read"}, {"name": "labs:write"}, {"name": "messaging:send"}],
        "roles": {
            "realm": [{"name": "nurse", "description": "Ward nurse"}, {"name": "default-roles-r", "description": "${role_default-roles}"}],
            "client": {"lab-portal": [{"name": "approver", "description": "Signs results"}], "patient-app": [{"name": "premium"}]}
        },
        "scopeMappings": [
            {"clientScope": "labs:read", "roles": ["nurse", "ghost"]},
            {"clientScope": "labs:read", "roles": ["nurse"]},
            {"clientScope": "nowhere", "roles": ["nurse"]},
            {"client": "lab-portal", "roles": ["nurse"]},
            {"client": "admin-cli", "roles": ["nurse"]},
            {"roles": ["nurse"]}
        ],
        "clientScopeMappings": {
            "lab-portal": [{"clientScope": "labs:write", "roles": ["approver", "premium"]}],
            "patient-app": [{"clientScope": "messaging:send", "roles": ["premium"]}],
            "account": [{"client": "account-console", "roles": ["manage-account"]}]
        }
    }"#;
    let i = ok(text);
    let names: Vec<&str> = i.set.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["nurse", "default-roles-r", "lab-portal:approver", "patient-app:premium"]);
    assert_eq!(i.set.roles[0].description.as_deref(), Some("Ward nurse"));
    assert_eq!(i.set.roles[1].description, None);
    assert_eq!(grants(&i, "nurse"), [Grant::plain("labs:read")]);
    assert_eq!(grants(&i, "lab-portal:approver"), [Grant::plain("labs:write")]);
    assert_eq!(grants(&i, "patient-app:premium"), [Grant::plain("messaging:send")]);
    let notes = notes(&i);
    for expected in [
        "r.json:8:61: `scopeMappings[0]` names the role `ghost`, which is not in this export; skipped",
        "r.json:10:29: `scopeMappings[2]` names the client scope `nowhere`, which is not in this export; skipped",
        "r.json:11:24: `scopeMappings[3]` maps realm roles to the client `lab-portal`",
        "r.json:13:13: `scopeMappings[5]` names no `clientScope`; it is not imported",
        "r.json:16:80: `clientScopeMappings.lab-portal[0]` names the role `lab-portal:premium`, which is not in this export",
    ] {
        assert!(notes.lines().any(|l| l.starts_with(expected)), "expected {expected:?} in\n{notes}");
    }
    assert!(!notes.contains("admin-cli") && !notes.contains("account"), "Keycloak's own clients are quiet:\n{notes}");
    let grant_at = i.source.span(&Subject::Grant("nurse".into(), "labs:read".into())).unwrap();
    assert_eq!(LineCol::at(text, grant_at.start).line, 8);
    let role_at = i.source.span(&Subject::Role("lab-portal:approver".into())).unwrap();
    assert_eq!(&text[role_at], "\"approver\"");
}

#[test]
fn composite_roles_hold_their_members_scopes_and_unknown_members_are_noted() {
    let text = r#"{"realm": "r",
        "clientScopes": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
        "roles": {
            "realm": [
                {"name": "top", "composite": true, "composites": {"realm": ["mid", "nobody", "top"], "client": {"app": ["x"], "account": ["view-profile"]}}},
                {"name": "mid", "composite": true, "composites": {"realm": ["top", "Bad Name"]}},
                {"name": "Bad Name"}
            ],
            "client": {"app": [{"name": "x"}]}
        },
        "scopeMappings": [{"clientScope": "a", "roles": ["top"]}, {"clientScope": "b", "roles": ["mid"]}],
        "clientScopeMappings": {"app": [{"clientScope": "c", "roles": ["x"]}]}
    }"#;
    let i = ok(text);
    let through = |scope: &str, member: &str| Grant {
        scope: scope.into(),
        justification: Some(format!("{COMPOSITE_JUSTIFICATION}{member}")),
        expires: None,
    };
    assert_eq!(grants(&i, "top"), [Grant::plain("a"), through("b", "mid"), through("c", "app:x")]);
    assert_eq!(grants(&i, "mid"), [through("a", "top"), Grant::plain("b"), through("c", "app:x")]);
    let notes = notes(&i);
    assert!(
        notes.contains("r.json:5:84: composite role `top` names the role `nobody`, which is not in this export"),
        "{notes}"
    );
    assert!(notes.contains("composite role `mid` names the role `Bad Name`, which is not imported"), "{notes}");
    assert!(!notes.contains("view-profile"), "{notes}");
}

#[test]
fn clients_get_a_default_feature_and_one_feature_per_optional_scope() {
    let text = r#"{"realm": "r",
        "clientScopes": [{"name": "profile"}, {"name": "labs:read"}, {"name": "default"}, {"name": "My Scope"}],
        "clients": [
            {"clientId": "account", "name": "${client_account}"},
            {"clientId": "lab-portal", "name": "Lab Portal", "defaultClientScopes": ["profile", "labs:read"],
             "optionalClientScopes": ["labs:read", "default", "My Scope", "gone"]},
            {"clientId": "viewer", "name": "${client_viewer}", "description": "Results viewer"},
            {"clientId": "https://sp.example/saml", "protocol": "saml", "defaultClientScopes": ["role_list"]},
            {"clientId": "lab portal"},
            {"clientId": "viewer"},
            {"name": "no id"}
        ]
    }"#;
    let i = ok(text);
    let names: Vec<&str> = i.set.clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["lab-portal", "viewer"]);
    let lab = &i.set.clients[0];
    assert_eq!(lab.description.as_deref(), Some("Lab Portal"));
    let features: Vec<(&str, Vec<&str>)> =
        lab.features.iter().map(|(f, s)| (f.as_str(), s.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        features,
        [
            ("default", vec!["labs:read", "profile"]),
            ("labs:read", vec!["labs:read"]),
            ("optional:default", vec!["default"])
        ]
    );
    assert_eq!(i.set.clients[1].description.as_deref(), Some("Results viewer"));
    assert!(i.set.clients[1].features.is_empty());
    let notes = notes(&i);
    for expected in [
        "r.json:4:26: Keycloak's own client `account` is not imported: it is part of Keycloak",
        "r.json:6:63: client `lab-portal` names the client scope `My Scope`, which is not imported",
        "r.json:6:75: client `lab-portal` names the client scope `gone`, which is not in this export",
        "r.json:8:26: client `https://sp.example/saml` is not imported: it is a SAML client, not an OAuth client",
        "r.json:9:26: client `lab portal` is not imported: a space at byte 3",
        "r.json:10:26: client `viewer` is defined twice",
        "r.json:11:13: a client without a `clientId` is not imported",
    ] {
        assert!(notes.lines().any(|l| l.starts_with(expected)), "expected {expected:?} in\n{notes}");
    }
    let at = i.source.span(&Subject::Client("lab-portal".into())).unwrap();
    assert_eq!(&text[at], "\"lab-portal\"");
}

#[test]
fn roles_of_keycloaks_own_clients_are_noted_once_per_client() {
    let text = r#"{"realm": "r", "roles": {"client": {
        "realm-management": [{"name": "view-users"}, {"name": "manage-users"}],
        "broker": [{"name": "read-token"}],
        "admin-cli": []
    }}, "clients": [{"clientId": "broker"}]}"#;
    let i = ok(text);
    assert!(i.set.roles.is_empty());
    let notes = i.unmapped_lines();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes[0].starts_with("r.json:2:9: the 2 roles of Keycloak's own client `realm-management` are not imported")
    );
    assert!(
        notes[1].starts_with("r.json:5:34: Keycloak's own client `broker` is not imported with its role:"),
        "{notes:?}"
    );
}

#[test]
fn wrong_types_of_fields_read_are_refused_with_their_location() {
    let text = r#"{"realm": "r",
        "clientScopes": [{"name": 7}, "profile", {"name": "a", "attributes": {"include.in.token.scope": 0, "other": 1}}],
        "roles": {"realm": {"name": "nurse"}, "client": {"app": [{"name": "x", "composites": {"realm": "y"}}]}},
        "scopeMappings": [{"clientScope": "a", "roles": "nurse"}],
        "clients": [{"clientId": "c", "defaultClientScopes": ["a", 3]}],
        "users": 12
    }"#;
    let e = refused(text, None);
    assert_eq!(e.kind, KIND);
    assert_eq!(
        located(&e),
        [
            "2:35: `clientScopes[0].name` must be a string, not a number",
            "2:39: `clientScopes[1]` must be an object, not a string",
            "2:105: `clientScopes[2].attributes.include.in.token.scope` must be \"true\" or \"false\", not a number",
            "3:28: `roles.realm` must be an array, not an object",
            "3:104: `roles.client.app[0].composites.realm` must be an array, not a string",
            "4:57: `scopeMappings[0].roles` must be an array, not a string",
            "5:68: `clients[0].defaultClientScopes[1]` must be a string, not a number",
        ]
    );
}

#[test]
fn nulls_count_as_absent() {
    let i = ok(
        r#"{"realm": "r", "clientScopes": [{"name": "a", "description": null, "attributes": null}], "roles": null}"#,
    );
    assert_eq!(i.set.scopes.len(), 1);
}

#[test]
fn malformed_json_is_refused_at_its_location() {
    let e = refused("{\n  \"realm\": \"r\",\n  \"clientScopes\": [ {\"name\": \"a\"} \n}", None);
    assert_eq!(e.problems.len(), 1);
    assert_eq!(e.line_col(&e.problems[0]).map(|l| l.line), Some(4));
    assert!(e.summary().contains("not a valid Keycloak realm export"), "{}", e.summary());
}

#[test]
fn an_array_of_realms_needs_realm_to_pick_one() {
    let text = r#"[{"realm": "clinic", "clientScopes": [{"name": "a"}]}, {"realm": "research", "clientScopes": [{"name": "b"}]}]"#;
    let e = refused(text, None);
    assert_eq!(e.text, None);
    assert_eq!(e.problems[0].message, "it holds 2 realms (`clinic`, `research`); pick one with --realm NAME");
    let e = refused(text, Some("lab"));
    assert_eq!(e.problems[0].message, "there is no realm `lab` in it; it holds the realms `clinic`, `research`");
    let i = import("r.json", text, Some("research")).unwrap();
    assert_eq!(i.set.scopes[0].name, "b");
    let e = refused(r#"{"realm": "clinic", "roles": {}}"#, Some("lab"));
    assert_eq!(e.problems[0].message, "there is no realm `lab` in it; it holds the realm `clinic`");
    assert!(import("r.json", r#"{"realm": "clinic", "roles": {}}"#, Some("clinic")).is_ok());
}

#[test]
fn what_is_not_a_realm_is_refused() {
    for (text, expected) in [
        ("\"clinic\"", "1:1: a realm export is a realm object, or an array of realm objects, not a string"),
        ("[]", "1:1: a realm export is a realm object, or an array of realm objects; this array is empty"),
        (
            "[{\"realm\": \"a\", \"roles\": {}}, 3]",
            "1:31: a realm export is a realm object, or an array of realm objects; element 1 of the array is a number",
        ),
        ("{\"realm\": 3, \"roles\": {}}", "1:11: `realm` must be a string (the realm's name), not a number"),
        (
            "{\"realm\": \"a\", \"users\": []}",
            "1:1: the realm `a` has no `clientScopes`, `roles`, `scopeMappings` or `clients`",
        ),
    ] {
        let e = refused(text, None);
        let lines = located(&e);
        assert!(lines[0].starts_with(expected), "{text}: {lines:?}");
    }
}

#[test]
fn deep_nesting_is_refused_where_it_is_read_and_passed_over_elsewhere() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let e = refused(&format!("{{\n\"realm\": \"r\", \"roles\": {{\"realm\": {deep}}}}}"), None);
    assert_eq!(
        located(&e),
        ["2:161: values nest more than 128 levels deep here; a realm's client scopes, roles and clients nest a few"]
    );
    let i = ok(&format!("{{\"realm\": \"r\", \"users\": {deep}, \"roles\": {{}}}}"));
    assert!(i.set.roles.is_empty());
}

#[test]
fn a_byte_order_mark_is_not_counted() {
    let i = ok("\u{feff}{\"realm\": \"r\", \"clientScopes\": [{\"name\": \"lab results\"}]}");
    assert!(i.unmapped_lines()[0].starts_with("r.json:1:42: "), "{:?}", i.unmapped_lines());
}

#[test]
fn the_fixture_is_read_the_same_way_twice() {
    let a = ok(FIXTURE);
    let b = ok(FIXTURE);
    assert_eq!(a.set, b.set);
    assert_eq!(a.unmapped, b.unmapped);
    assert!(a.set.scopes.len() >= 30, "{}", a.set.scopes.len());
    assert!(scope(&a, "profile").tags.contains(&TAG_BUILTIN.to_owned()));
    assert!(a.set.scope("Lab Results Legacy").is_none());
    assert_eq!(
        crate::scopeset::load_str("x.toml", &crate::scopeset::write::to_toml(&a.set)).map(|_| ()).ok(),
        Some(())
    );
}

#[test]
fn import_export_import_keeps_every_scope_description_and_grant() {
    let first = ok(FIXTURE).set;
    let exported = super::super::export(&first).unwrap();
    assert!(exported.ends_with("}\n"));
    assert_eq!(exported, super::super::export(&first).unwrap(), "deterministic");
    let second = ok(&exported).set;
    let scopes = |s: &ScopeSet| {
        let mut v: Vec<(String, Option<String>, Vec<String>)> =
            s.scopes.iter().map(|s| (s.name.clone(), s.description.clone(), s.tags.clone())).collect();
        v.sort();
        v
    };
    assert_eq!(scopes(&first), scopes(&second));
    let roles = |s: &ScopeSet| {
        let mut v: Vec<(String, Option<String>, Vec<Grant>)> =
            s.roles.iter().map(|r| (r.name.clone(), r.description.clone(), r.grants.clone())).collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    assert_eq!(roles(&first), roles(&second));
    let clients = |s: &ScopeSet| {
        let mut v = s.clients.clone();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    };
    assert_eq!(clients(&first), clients(&second));
}
