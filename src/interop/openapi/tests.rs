use super::{export_scopes, import};
use crate::interop::Imported;
use crate::model::{LineCol, Method, Operation, Scope, ScopeSet, Subject};
use crate::scopeset::{LoadError, load_str, write};

const EHR: &str = include_str!("../../../tests/fixtures/openapi/ehr-3.0.yaml");
const CLAIMS: &str = include_str!("../../../tests/fixtures/openapi/claims-3.1.json");

fn ok(text: &str) -> Imported {
    import("spec.yaml", text).unwrap_or_else(|e| panic!("{}\n{e}", e.summary()))
}

fn refused(text: &str) -> LoadError {
    import("spec.yaml", text).expect_err("refused")
}

fn op<'a>(i: &'a Imported, key: &str) -> &'a Operation {
    i.set.operations.iter().find(|o| o.key() == key).unwrap_or_else(|| panic!("no operation {key}"))
}

fn description<'a>(i: &'a Imported, scope: &str) -> Option<&'a str> {
    i.set.scope(scope).unwrap_or_else(|| panic!("no scope {scope}")).description.as_deref()
}

fn at(i: &Imported, subject: &Subject) -> LineCol {
    let span = i.source.span(subject).unwrap_or_else(|| panic!("no span for {subject:?}"));
    i.source.line_col(span.start)
}

/// `(line, message)` of each unmapped item, by line.
fn notes(i: &Imported) -> Vec<(usize, String)> {
    let mut notes: Vec<(usize, String)> = i
        .unmapped
        .iter()
        .map(|p| (p.span.as_ref().map_or(0, |s| i.source.line_col(s.start).line), p.message.clone()))
        .collect();
    notes.sort();
    notes
}

#[test]
fn the_ehr_spec_gives_every_scope_and_operation() {
    let i = ok(EHR);
    assert_eq!(i.set.scopes.len(), 18);
    assert_eq!(description(&i, "patients:read"), Some("Read patient records"));
    assert_eq!(description(&i, "patient/Observation.rs"), Some("Read the patient's observations: vitals, labs"));
    assert_eq!(at(&i, &Subject::Scope("labs:write".into())), LineCol { line: 298, column: 13 });
    let notes = notes(&i);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, 287);
    assert!(notes[0].1.contains("kept the first description, dropped \"Read the patient's observations\""));

    assert_eq!(i.set.operations.len(), 20);
    assert_eq!(op(&i, "GET /health").security, Some(Vec::new()), "security: [] is no security");
    let inherited = op(&i, "GET /patients/{id}").security.as_ref().unwrap();
    assert_eq!(inherited.len(), 2, "the root security applies");
    assert_eq!(inherited[1].0["internal"], ["patients:read"]);
    let own = op(&i, "GET /patients").security.as_ref().unwrap();
    assert_eq!(own[0].0["smart"], ["user/Patient.rs"], "an operation's own security overrides the root's");
    let delete = op(&i, "DELETE /patients/{id}").security.as_ref().unwrap();
    assert_eq!(delete[0].0.len(), 2);
    assert!(delete[0].0["partnerKey"].is_empty());
    assert_eq!(op(&i, "GET /patients/{id}").operation_id.as_deref(), Some("getPatient"));
    assert!(i.set.operations.iter().all(|o| !o.path.starts_with("x-")), "extensions are not paths");

    assert_eq!(at(&i, &Subject::Operation("POST /appointments".into())), LineCol { line: 176, column: 5 });
    let scope = Subject::OperationScope("GET /medications".into(), "medications:read".into());
    assert_eq!(at(&i, &scope), LineCol { line: 199, column: 22 });
    // An inherited requirement points at the root `security`.
    let scope = Subject::OperationScope("GET /patients/{id}".into(), "patients:read".into());
    assert_eq!(at(&i, &scope).line, 27);
}

#[test]
fn the_claims_spec_in_json_reads_escapes_refs_webhooks_and_openid_connect() {
    let i = ok(CLAIMS);
    assert_eq!(description(&i, "read:eligibility"), Some("Check a member\u{2019}s coverage"));
    assert_eq!(description(&i, "write:payments"), Some("Issue payments \u{2192} providers"));
    // `openid` and `profile` are standard OpenID Connect scopes; `member_id` is the provider's own.
    assert!(i.set.scope("openid").is_none() && i.set.scope("profile").is_none());
    assert_eq!(description(&i, "member_id"), None);
    assert_eq!(i.set.scopes.len(), 7);

    let submit = op(&i, "POST /claims").security.as_ref().unwrap();
    assert_eq!(submit[1].0["partnerOAuth"], ["write:claims"], "a $ref'd OAuth scheme keeps its scopes");
    let eligibility = op(&i, "GET /eligibility").security.as_ref().unwrap();
    assert!(eligibility[1].0["mtls"].is_empty());
    let webhook = op(&i, "POST webhook:claimAdjudicated");
    assert_eq!(webhook.method, Method::Post);
    assert!(webhook.is_webhook());
    assert_eq!(op(&i, "POST webhook:paymentIssued").security.as_ref().unwrap()[0].0["claimsAuth"], ["read:claims"]);
    assert!(i.set.operations.iter().all(|o| !o.path.contains("legacy")));
    assert_eq!(i.set.operations.len(), 13);

    assert_eq!(
        at(&i, &Subject::Operation("POST /claims/{claimId}/attachments".into())),
        LineCol { line: 54, column: 7 }
    );
    assert_eq!(at(&i, &Subject::Scope("Claims.ReadWrite".into())), LineCol { line: 167, column: 15 });
    let notes = notes(&i);
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0].0, 114);
    assert!(notes[0].1.contains("is a $ref to `#/components/pathItems/LegacyClaims`"));
    assert!(notes[1].1.contains("`oidc` is openIdConnect"));
}

#[test]
fn imports_write_a_scope_set_that_loads_back_the_same() {
    for text in [EHR, CLAIMS] {
        let i = ok(text);
        let toml = write::to_toml(&i.set);
        let back = load_str("scopes.toml", &toml).unwrap_or_else(|e| panic!("{e}\n{toml}")).set;
        let mut expected = i.set.clone();
        expected.operations.sort_by(|a, b| (&a.path, a.method).cmp(&(&b.path, b.method)));
        let mut got = back.clone();
        got.operations.sort_by(|a, b| (&a.path, a.method).cmp(&(&b.path, b.method)));
        expected.scopes.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(got, expected);
        assert_eq!(write::to_toml(&back), toml, "writing is stable");
    }
}

#[test]
fn swagger_and_other_versions_are_refused_with_a_location() {
    let e = refused("swagger: \"2.0\"\ninfo: {title: x, version: '1'}\npaths: {}\n");
    assert!(e.problems[0].message.contains("Swagger 2.0 (OpenAPI 2) document"), "{e}");
    assert_eq!(e.line_col(&e.problems[0]), Some(LineCol { line: 1, column: 10 }));
    assert!(e.summary().contains("not a valid OpenAPI document"), "{}", e.summary());
    let e = refused("info:\n  title: x\nopenapi: 2.5.0\npaths: {}\n");
    assert!(e.problems[0].message.starts_with("`openapi: 2.5.0` is not an OpenAPI 3 version"), "{e}");
    assert_eq!(e.line_col(&e.problems[0]), Some(LineCol { line: 3, column: 10 }));
    let e = refused("info:\n  title: x\npaths:\n  /a: {}\n");
    assert!(e.problems[0].message.starts_with("there is no `openapi` field"), "{e}");
    assert_eq!(e.line_col(&e.problems[0]), Some(LineCol { line: 1, column: 1 }));
    let e = refused("  \n");
    assert!(e.problems[0].message.contains("empty"), "{e}");
    let e = refused("- openapi: 3.0.0\n");
    assert!(e.problems[0].message.starts_with("there is no `openapi` field") || e.line_col(&e.problems[0]).is_some());
    assert!(import("s", "openapi: 3.1\n").is_ok(), "an unquoted version is a version");
}

#[test]
fn malformed_yaml_json_and_wrong_types_are_refused_with_a_location() {
    let e = refused("openapi: 3.0.3\npaths:\n  /a:\n    get: {security: [\n");
    assert!(e.line_col(&e.problems[0]).is_some(), "{e}");
    let e = refused("{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {\"/a\": {\"get\": {}},}\n  \"x\": 1\n}\n");
    assert_eq!(e.line_col(&e.problems[0]).map(|l| l.line), Some(4), "{e}");
    let e = refused("openapi: 3.0.3\nsecurity: {oauth: [a]}\n");
    assert_eq!(e.line_col(&e.problems[0]).map(|l| l.line), Some(2), "{e}");
    let e = refused("openapi: 3.0.3\npaths:\n  /a:\n    get:\n      security:\n        - oauth: read\n");
    assert_eq!(e.line_col(&e.problems[0]).map(|l| l.line), Some(6), "{e}");
    let e = refused(
        "openapi: 3.0.3\ncomponents:\n  securitySchemes:\n    o:\n      type: oauth2\n      flows:\n        implicit:\n          scopes:\n            read: [x]\n",
    );
    assert_eq!(e.line_col(&e.problems[0]).map(|l| l.line), Some(9), "{e}");
    let e = refused("openapi: 3.0.3\nopenapi: 3.1.0\n");
    assert!(e.problems[0].message.contains("duplicate"), "{e}");
    let deep = format!("openapi: 3.0.3\nx: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    assert!(!refused(&deep).problems.is_empty());
    let bomb = "openapi: 3.0.3\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n\
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n\
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n\
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n";
    let e = import("bomb.yaml", bomb).expect_err("an alias bomb is refused");
    assert!(e.problems[0].message.contains("limits breached"), "{e}");
}

const SCHEMES: &str = "openapi: 3.1.0
components:
  securitySchemes:
    key:
      type: apiKey
      in: header
      name: X-Key
    ext:
      $ref: 'shared.yaml#/components/securitySchemes/oauth'
    loop1:
      $ref: '#/components/securitySchemes/loop2'
    loop2:
      $ref: '#/components/securitySchemes/loop1'
    oauth:
      type: oauth2
      flows:
        implicit:
          authorizationUrl: https://a.example/authorize
          scopes:
            read labs: Has a space
            labs:read: ''
        password:
          tokenUrl: https://a.example/token
          scopes:
            labs:read: Read labs
    alias:
      $ref: '#/components/securitySchemes/oauth'
paths:
  patients:
    get: {}
  /a:
    get:
      security:
        - key: [admin]
          alias: [labs:read, labs:read]
    post:
      security:
        - nowhere: [x]
    put:
      security:
        - oauth: [bad scope]
    query:
      security: []
  /b:
    $ref: '#/components/pathItems/B'
webhooks:
  bad name:
    post: {}
";

#[test]
fn what_cannot_be_carried_over_is_listed_with_its_place() {
    let i = ok(SCHEMES);
    let notes = notes(&i);
    let find = |needle: &str| {
        notes.iter().find(|(_, m)| m.contains(needle)).unwrap_or_else(|| panic!("no note `{needle}` in {notes:#?}")).0
    };
    assert_eq!(find("refers to `shared.yaml#/components/securitySchemes/oauth`, which scopectl does not follow"), 9);
    assert_eq!(find("`loop1` refers to `#/components/securitySchemes/loop2`, which is missing or part of a cycle"), 11);
    assert_eq!(find("scope `read labs` of the implicit flow of `oauth` was not imported: a space"), 20);
    assert_eq!(find("path `patients` must start with `/`"), 29);
    assert_eq!(find("lists names for `key`, a apiKey scheme"), 34);
    assert_eq!(find("requires security scheme `nowhere`, which components.securitySchemes does not declare"), 38);
    assert_eq!(find("the security of `PUT /a` is not imported: scope `bad scope`"), 41);
    assert_eq!(find("`query` of `/a` holds operations"), 42);
    assert_eq!(find("path `/b` is a $ref to `#/components/pathItems/B`"), 45);
    assert_eq!(find("`webhook:bad name` holds a space"), 47);
    assert_eq!(notes.len(), 10, "{notes:#?}");

    assert_eq!(description(&i, "labs:read"), Some("Read labs"), "an empty description gives way to a later one");
    let get = op(&i, "GET /a").security.as_ref().unwrap();
    assert!(get[0].0["key"].is_empty(), "an API key scheme has no scopes");
    assert_eq!(get[0].0["alias"], ["labs:read"], "a scope listed twice is needed once");
    assert_eq!(op(&i, "POST /a").security.as_ref().unwrap()[0].0["nowhere"], ["x"]);
    assert_eq!(op(&i, "PUT /a").security, None, "security that cannot be written is not recorded");
    assert_eq!(i.set.operations.len(), 3);
    assert!(load_str("s.toml", &write::to_toml(&i.set)).is_ok());
}

#[test]
fn a_scopes_map_round_trips_through_export() {
    let mut set = ScopeSet::default();
    let hostile = [
        ("patient/Observation.rs", "Read observations: vitals, labs"),
        ("*.read", "# not a comment"),
        ("read:claims", "* starts like an alias"),
        ("labs:write", "It's \"quoted\" and 'single'"),
        ("multi", "line one\nline two\n"),
        ("unicode", "Caf\u{e9} \u{2615} \u{1fa7a} \u{202e}rtl"),
        ("yes", "no"),
        ("null", "~"),
        ("blank", ""),
        ("colon:", "trailing colon key"),
        ("tab", "a\tb\u{7}c"),
        ("lead", "  leading spaces and trailing  "),
        ("dash", "- like a list"),
        ("brace", "{ like: a map }"),
        ("number", "0x1F"),
    ];
    for (name, d) in hostile {
        set.scopes.push(Scope { description: (!d.is_empty()).then(|| d.to_owned()), ..Scope::new(name) });
    }
    let yaml = export_scopes(&set).unwrap();
    let i = ok(&yaml);
    assert_eq!(i.set.scopes.len(), hostile.len(), "{yaml}");
    for (name, d) in hostile {
        assert_eq!(description(&i, name), (!d.is_empty()).then_some(d), "{name} in\n{yaml}");
    }
    let names: Vec<&str> = yaml.lines().filter(|l| !l.starts_with(' ')).take(2).collect();
    assert!(names[0].starts_with("\"*.read\":"), "sorted by name: {yaml}");
    assert_eq!(export_scopes(&i.set).unwrap(), yaml, "export, import, export gives the same bytes");
    assert!(i.unmapped.is_empty(), "{:?}", i.unmapped);
    assert_eq!(export_scopes(&ScopeSet::default()).unwrap(), "{}\n");
    assert!(ok("{}\n").set.scopes.is_empty());
}

#[test]
fn a_spec_round_trips_through_export() {
    let first = ok(EHR);
    let again = ok(&export_scopes(&first.set).unwrap());
    let pairs = |i: &Imported| {
        let mut v: Vec<(String, Option<String>)> =
            i.set.scopes.iter().map(|s| (s.name.clone(), s.description.clone())).collect();
        v.sort();
        v
    };
    assert_eq!(pairs(&again), pairs(&first));
}

#[test]
fn a_scopes_map_may_use_the_names_of_document_fields() {
    let i = ok("security: Manage security settings\npaths: ''\nread: Read\n");
    let names: Vec<&str> = i.set.scopes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["security", "paths", "read"]);
    assert_eq!(description(&i, "security"), Some("Manage security settings"));
}

mod never_panics {
    use proptest::prelude::*;

    use super::{CLAIMS, EHR, import};
    use crate::scopeset::{load_str, write};

    /// The start of `text` up to about `cut` (on a character boundary), then `junk`.
    fn mangled(text: &str, cut: usize, junk: &str) -> String {
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}{junk}", &text[..end])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn cut_and_mangled_specs_import_or_are_refused_with_a_problem(
            json in any::<bool>(),
            cut in 0usize..12_000,
            junk in "[a-z:/{}\\[\\]\"'#*&!|>, \n-]{0,12}",
        ) {
            let text = mangled(if json { CLAIMS } else { EHR }, cut, &junk);
            match import("p", &text) {
                Ok(imported) => {
                    let toml = write::to_toml(&imported.set);
                    prop_assert!(load_str("p.toml", &toml).is_ok(), "an import that does not load back:\n{toml}");
                }
                Err(e) => prop_assert!(!e.problems.is_empty()),
            }
        }
    }
}
