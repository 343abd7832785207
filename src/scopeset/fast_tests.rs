//! The fast path builds what serde builds, or gives up.

use super::raw_file;
use crate::scopeset::raw::RawFile;

/// The fast raw file and serde's, both as debug text (the raw structs are plain data).
fn both(text: &str) -> (Option<String>, Option<String>) {
    let doc = toml::de::DeTable::parse(text).unwrap();
    let fast = raw_file(doc.get_ref()).map(|raw| format!("{raw:?}"));
    let serde = toml::from_str::<RawFile>(text).ok().map(|raw| format!("{raw:?}"));
    (fast, serde)
}

fn agrees(text: &str) {
    let (fast, serde) = both(text);
    let fast = fast.unwrap_or_else(|| panic!("the fast path gave up on:\n{text}"));
    assert_eq!(Some(fast), serde, "{text}");
}

fn gives_up(text: &str) {
    let (fast, _) = both(text);
    assert_eq!(fast, None, "{text}");
}

#[test]
fn builds_what_serde_builds() {
    agrees("");
    agrees(include_str!("../../scopes.example.toml").split("\n[lint]").next().unwrap());
    agrees(
        r#"
[settings]
naming = "action_resource"
broad_words = ["everything", "all"]
max_phi_scopes_per_role = 0x1F

[scopes.view_lab_results]
description = "Read a patient's \"lab\" results"
resource = 'lab_results'
actions = ["read", "search"]
tags = []
owner = "lab-platform"
sensitivity = "phi"

[scopes."patient/*.rs"]
[scopes.b]
[scopes.read_all_data]
status = "deprecated"
replaced_by = ["view_lab_results"]
sunset = 2027-03-01
reason = """
Violates minimum necessary"""

[scopes.old]
sunset = "2027-03-01"

[roles.er]
break_glass = true
grants = [{ scope = "read_all_data", justification = "Trauma bay", expires = 2027-01-01 }, { scope = "b" }]

[[roles.x.grants]]
scope = "old"

[roles.nurse]
scopes = ["view_lab_results"]

[clients.portal]
description = "Portal"
features = { lab_report = ["view_lab_results"], z = [], a = ["old"] }
[clients.app.features]
x = ["b"]

[operations."GET /patients/{id}"]
operation_id = "getPatient"
security = [{ smart = ["patient/Patient.rs"], key = [] }, { internal = ["b", "old"] }, {}]

[operations."DELETE /patients/{id}"]
security = []

[operations."POST webhook:labResult"]

[[operations."PUT /x".security]]
smart = ["b"]
"#,
    );
}

#[test]
fn gives_up_where_serde_must_decide() {
    gives_up("[lint]\nignore = [\"N003\"]\n");
    gives_up("colour = 1\n");
    gives_up("[scopes.a]\ncolour = \"red\"\n");
    gives_up("[scopes.a]\ndescription = 3\n");
    gives_up("[scopes.a]\nactions = [\"read\", 1]\n");
    gives_up("[scopes.a]\nsunset = 3\n");
    gives_up("[roles.r]\ndescription.text = \"dotted\"\n");
    gives_up("[roles.r]\ngrants = [{ justification = \"no scope\" }]\n");
    gives_up("[roles.r]\nbreak_glass = \"yes\"\n");
    gives_up("scopes = []\n");
    gives_up("[[scopes.a]]\n");
    gives_up("[operations.\"GET /a\"]\nsummary = \"x\"\n");
    gives_up("[operations.\"GET /a\"]\nsecurity = [[\"a\"]]\n");
    gives_up("[operations.\"GET /a\"]\nsecurity = [{ a = \"b\" }]\n");
    gives_up("[operations.\"GET /a\"]\noperation_id = 1\n");
    gives_up("operations = 1\n");
}
