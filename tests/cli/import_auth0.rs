//! `scopectl import auth0` (tenant.yaml and directory exports) and `export --format auth0`.

use std::path::Path;

use super::TestEnv;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/auth0");

/// Copies `from` (a file or a directory tree) to `to` inside the test directory.
fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        std::fs::copy(from, to).unwrap();
    }
}

/// A test directory holding the fixtures as `tenant.yaml` and `tenant/`.
fn with_fixtures() -> TestEnv {
    let env = TestEnv::new();
    copy(&Path::new(FIXTURES).join("tenant.yaml"), &env.path().join("tenant.yaml"));
    copy(&Path::new(FIXTURES).join("directory"), &env.path().join("tenant"));
    env
}

/// Runs `scopectl ARGS`, asserting exit 0; returns stdout and stderr.
fn ok_with_stderr(env: &TestEnv, args: &[&str]) -> (String, String) {
    let out = env.run(args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "scopectl {args:?}\n{stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

#[test]
fn a_tenant_yaml_is_printed_as_a_scope_set_with_warnings_for_what_was_left_out() {
    let env = with_fixtures();
    let (toml, stderr) = ok_with_stderr(&env, &["import", "auth0", "tenant.yaml"]);
    assert!(toml.contains("[scopes.\"patient/Observation.read\"]"), "{toml}");
    assert!(toml.contains("[scopes.\"https://billing.riverbend-health.example/api/read:claims\"]"), "{toml}");
    assert!(toml.contains("\"api:Auth0+Management+API\" = [\"read:logs\", \"read:users\"]"), "{toml}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with("warning: ")).collect();
    assert_eq!(warnings.len(), 6, "{stderr}");
    assert!(warnings[0].starts_with("warning: tenant.yaml:184:16: scope `##ENV##:debug`"), "{stderr}");
    assert!(warnings[0].contains("AUTH0_KEYWORD_REPLACE_MAPPINGS"), "{stderr}");
    assert!(
        stderr.contains("read 38 scopes, 7 roles and 11 clients from tenant.yaml; 6 items were not imported"),
        "{stderr}"
    );
    // What is printed is a scope set the linter reads: findings (1) or none (0), never a failure (2).
    env.write("imported.toml", &toml);
    let lint = env.run(&["lint", "imported.toml"]);
    assert!(matches!(lint.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&lint.stderr));
    // Standard input works the same, named <stdin>.
    let stdin = std::fs::read(env.path().join("tenant.yaml")).unwrap();
    let out = env.cmd().args(["import", "auth0", "-"]).write_stdin(stdin).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), toml);
    assert!(String::from_utf8(out.stderr).unwrap().contains("warning: <stdin>:184:16:"));
}

#[test]
fn a_directory_export_gives_the_same_set_and_names_files_in_warnings() {
    let env = with_fixtures();
    let from_yaml = env.ok(&["import", "auth0", "tenant.yaml"]);
    let (from_dir, stderr) = ok_with_stderr(&env, &["import", "auth0", "tenant"]);
    assert_eq!(from_dir, from_yaml);
    assert!(
        stderr.contains("warning: tenant: grants/Legacy Fax Gateway-FHIR R4 API.json:4:12: the scopes of the grant"),
        "{stderr}"
    );
    assert!(stderr.contains("from tenant; 6 items were not imported"), "{stderr}");
}

#[test]
fn output_goes_to_a_file_or_json() {
    let env = with_fixtures();
    let (stdout, stderr) = ok_with_stderr(&env, &["import", "auth0", "tenant.yaml", "-o", "scopes.toml"]);
    assert!(stdout.is_empty());
    assert!(stderr.contains("wrote scopes.toml"), "{stderr}");
    let written = std::fs::read_to_string(env.path().join("scopes.toml")).unwrap();
    assert_eq!(written, env.ok(&["import", "auth0", "tenant.yaml"]));
    let plan = env.run(&["plan", "scopes.toml"]);
    assert_eq!(plan.status.code(), Some(0), "{}", String::from_utf8_lossy(&plan.stderr));
    let json = env.json(&["import", "auth0", "tenant", "--format", "json"]);
    let scopes = json["scopes"].as_array().unwrap();
    assert_eq!(scopes.len(), 38);
    assert!(
        scopes.iter().any(|s| s["name"] == "delete:users"
            && s["tags"].as_array().unwrap().iter().any(|t| t == "auth0-management-api"))
    );
}

#[test]
fn apply_puts_the_tenant_in_the_catalog() {
    let env = with_fixtures();
    env.ok(&["import", "auth0", "tenant.yaml", "--apply"]);
    let scopes = env.names(&["scope", "list", "--format", "json"]);
    assert_eq!(scopes.len(), 38);
    assert!(scopes.contains(&"system/*.read".to_owned()));
    let roles = env.names(&["role", "list", "--format", "json"]);
    assert!(roles.contains(&"Care+Team+Nurse".to_owned()), "{roles:?}");
    let nurse = env.json(&["role", "show", "Care+Team+Nurse", "--format", "json"]);
    assert!(nurse.to_string().contains("user/Observation.write"), "{nurse}");
    let clients = env.names(&["client", "list", "--format", "json"]);
    assert!(clients.contains(&"Partner+HIE+Connector".to_owned()) && clients.contains(&"Patient+Portal".to_owned()));
    // Importing the directory of the same tenant changes nothing.
    let before = env.state();
    env.ok(&["import", "auth0", "tenant", "--apply"]);
    assert_eq!(env.state(), before);
}

#[test]
fn export_then_import_keeps_every_scope_description_and_grant() {
    let env = with_fixtures();
    let first = env.ok(&["import", "auth0", "tenant.yaml"]);
    env.ok(&["import", "auth0", "tenant.yaml", "--apply"]);
    let exported = env.ok(&["export", "--format", "auth0"]);
    assert!(exported.starts_with("resourceServers:\n  - name: Billing API\n"), "{exported}");
    env.write("exported.yaml", &exported);
    let (second, stderr) = ok_with_stderr(&env, &["import", "auth0", "exported.yaml"]);
    assert_eq!(second, first);
    assert!(!stderr.contains("warning:"), "{stderr}");
}

#[test]
fn a_catalog_made_by_hand_exports_to_the_default_api() {
    let env = TestEnv::seeded();
    let yaml = env.ok(&["export", "--format", "auth0"]);
    assert!(yaml.contains("  - name: scopectl\n    identifier: urn:scopectl:api\n"), "{yaml}");
    assert!(yaml.contains("  - client_id: patient_portal\n    audience: urn:scopectl:api\n"), "{yaml}");
    env.write("tenant.yaml", &yaml);
    let toml = env.ok(&["import", "auth0", "tenant.yaml"]);
    for name in ["view_lab_results", "read_medications", "read_all_data"] {
        assert!(toml.contains(&format!("[scopes.{name}]")), "{toml}");
    }
    assert!(toml.contains("description = \"Read lab results\""), "{toml}");
    assert!(
        toml.contains(
            "[roles.nurse]\ndescription = \"Ward nurse\"\nscopes = [\"read_all_data\", \"view_lab_results\"]"
        ),
        "{toml}"
    );
}

#[test]
fn malformed_yaml_is_refused_with_its_location_and_no_catalog_is_made() {
    let env = TestEnv::new();
    env.write("bad.yaml", "resourceServers:\n  - name: FHIR\n    identifier: [https://fhir\n");
    let stderr = env.refused(&["import", "auth0", "bad.yaml", "--apply"]);
    assert!(stderr.starts_with("error: bad.yaml is not a valid Auth0 tenant export"), "{stderr}");
    assert!(stderr.lines().any(|l| l.starts_with("bad.yaml:3:") || l.starts_with("bad.yaml:4:")), "{stderr}");
    assert!(!env.db().exists(), "a refused import made a catalog");
}

#[test]
fn wrong_types_are_refused_with_their_location() {
    let env = TestEnv::new();
    env.write(
        "tenant.yaml",
        "
        resourceServers:
          - name: FHIR
            identifier: https://fhir.example
            scopes:
              - value: patient/Patient.read
                description: {text: Read}
        ",
    );
    let stderr = env.refused(&["import", "auth0", "tenant.yaml"]);
    assert!(stderr.lines().any(|l| l.starts_with("tenant.yaml:6:")), "{stderr}");
    env.write("roles.yaml", "roles:\n  - name: Nurse\n    permissions: read:labs\n");
    let stderr = env.refused(&["import", "auth0", "roles.yaml"]);
    assert!(stderr.contains("roles.yaml:3:5: invalid type: string \"read:labs\", expected a list"), "{stderr}");
    env.write("other.yaml", "openapi: 3.1.0\n");
    let stderr = env.refused(&["import", "auth0", "other.yaml"]);
    assert!(stderr.contains("none of the keys tenant, resourceServers, roles, clientGrants or clients"), "{stderr}");
}

#[test]
fn a_broken_json_file_in_a_directory_is_named_with_its_line_and_column() {
    let env = with_fixtures();
    env.write("tenant/roles/Front Desk.json", "{\n  \"name\": \"Front Desk\",\n  \"permissions\": [\n    {\"permission_name\": \"read:appointments\" \"resource_server_identifier\": \"x\"}\n  ]\n}\n");
    let stderr = env.refused(&["import", "auth0", "tenant", "--apply"]);
    assert!(
        stderr.starts_with("error: tenant/roles/Front Desk.json is not a valid Auth0 Deploy CLI role file"),
        "{stderr}"
    );
    assert!(stderr.contains("\ntenant/roles/Front Desk.json:4:45: expected `,` or `}`"), "{stderr}");
    assert!(!env.db().exists());
    env.write("tenant/roles/Front Desk.json", "{\"name\": \"Front Desk\", \"description\": [\"not text\"]}\n");
    let stderr = env.refused(&["import", "auth0", "tenant"]);
    assert!(stderr.contains("tenant/roles/Front Desk.json:1:39:"), "{stderr}");
}

#[test]
fn a_directory_that_is_not_an_export_is_refused() {
    let env = TestEnv::new();
    env.write("notes/readme.txt", "hello\n");
    let stderr = env.refused(&["import", "auth0", "notes"]);
    assert!(
        stderr.starts_with(
            "error: cannot read notes: it holds none of the folders resource-servers/, roles/, grants/ or clients/"
        ),
        "{stderr}"
    );
    let stderr = env.refused(&["import", "auth0", "missing.yaml"]);
    assert!(stderr.contains("missing.yaml: no such file") || stderr.contains("cannot read missing.yaml"), "{stderr}");
}
