//! `scopectl diff`: each kind of privilege widening is flagged, narrowing never is.

use super::TestEnv;

/// The base file for diff cases: a PII read scope, a nurse holding it with an expiry, a portal.
const BASE: &str = r#"
    [scopes.a]
    actions = ["read"]
    sensitivity = "pii"

    [scopes.b]
    actions = ["read"]
    sensitivity = "phi"
    status = "deprecated"
    replaced_by = ["a"]
    reason = "old"

    [roles.nurse]
    grants = [{ scope = "a", expires = 2027-01-01 }]

    [clients.portal]
    features = { labs = ["a"] }
"#;

/// `diff old.toml new.toml --fail-on widen`: its exit code and stdout, with NEW made from BASE.
fn diff_base(edit: impl Fn(&str) -> String) -> (i32, String) {
    let env = TestEnv::new();
    env.write("old.toml", BASE);
    env.write("new.toml", &edit(BASE));
    let out = env.run(&["diff", "old.toml", "new.toml", "--fail-on", "widen"]);
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn diff_flags_each_kind_of_widening() {
    let cases: [(&str, &str, &str, &str); 6] = [
        (
            "a scope gains an action",
            "actions = [\"read\"]\n    sensitivity = \"pii\"",
            "actions = [\"read\", \"update\"]\n    sensitivity = \"pii\"",
            "actions: [\"read\"] → [\"read\", \"update\"]  [WIDENS]",
        ),
        (
            "a scope rises in sensitivity",
            "sensitivity = \"pii\"",
            "sensitivity = \"phi\"",
            "sensitivity: \"pii\" → \"phi\"  [WIDENS]",
        ),
        (
            "a scope loses its deprecation",
            "status = \"deprecated\"\n    replaced_by = [\"a\"]\n    reason = \"old\"",
            "",
            "status: \"deprecated\" → \"active\"  [WIDENS]",
        ),
        (
            "a role gains a scope",
            "grants = [{ scope = \"a\", expires = 2027-01-01 }]",
            "grants = [{ scope = \"a\", expires = 2027-01-01 }, { scope = \"b\" }]",
            "gains b  [WIDENS]",
        ),
        (
            "a grant expires later",
            "expires = 2027-01-01",
            "expires = 2027-12-31",
            "grant of a expires: 2027-01-01 → 2027-12-31  [WIDENS]",
        ),
        ("a client gains a scope", "labs = [\"a\"]", "labs = [\"a\", \"b\"]", "gains b (feature labs)  [WIDENS]"),
    ];
    for (what, from, to, line) in cases {
        let (code, out) = diff_base(|base| base.replacen(from, to, 1));
        assert_eq!(code, 1, "{what}: {out}");
        assert!(out.lines().any(|l| l.trim() == line), "{what}: expected {line:?} in\n{out}");
        assert!(out.ends_with("1 widens privilege.\n"), "{what}: {out}");
    }
}

#[test]
fn diff_never_flags_narrowing() {
    let cases: [(&str, &str, &str); 5] = [
        (
            "a scope loses an action",
            "actions = [\"read\"]\n    sensitivity = \"pii\"",
            "actions = []\n    sensitivity = \"pii\"",
        ),
        ("a scope falls in sensitivity", "sensitivity = \"pii\"", "sensitivity = \"internal\""),
        ("a grant expires sooner", "expires = 2027-01-01", "expires = 2026-12-31"),
        ("a role loses a scope", "grants = [{ scope = \"a\", expires = 2027-01-01 }]", "grants = []"),
        ("a client loses a scope", "labs = [\"a\"]", "labs = []"),
    ];
    for (what, from, to) in cases {
        let (code, out) = diff_base(|base| base.replacen(from, to, 1));
        assert_eq!(code, 0, "{what}: {out}");
        assert!(!out.contains("WIDENS"), "{what}: {out}");
        assert!(out.ends_with("0 widen privilege.\n"), "{what}: {out}");
    }
    let env = TestEnv::new();
    env.write("old.toml", BASE);
    env.write(
        "new.toml",
        &BASE
            .replace(
                "[scopes.a]\n    actions = [\"read\"]",
                "[scopes.a]\n    status = \"deprecated\"\n    reason = \"x\"\n    actions = [\"read\"]",
            )
            .replace("    replaced_by = [\"a\"]\n", ""),
    );
    let out = env.ok(&["diff", "old.toml", "new.toml", "--fail-on", "widen"]);
    assert!(out.contains("status: \"active\" → \"deprecated\""), "deprecating narrows: {out}");
}

#[test]
fn diff_sides_formats_and_fail_on() {
    let env = TestEnv::seeded();
    env.ok(&["tag", "create", "v1"]);
    env.ok(&["role", "grant", "nurse", "read_medications"]);
    let out = env.fails(&["diff", "tag:v1", "catalog", "--fail-on", "any"], 1);
    assert!(out.is_empty(), "stderr: {out}");
    let human = env.ok(&["diff", "tag:v1", "catalog"]);
    assert_eq!(
        human,
        "~ role nurse  [WIDENS]\n    gains read_medications  [WIDENS]\n\n0 added, 0 removed, 1 changed; 1 widens privilege.\n"
    );
    let json = env.json(&["diff", "tag:v1", "catalog", "--format", "json"]);
    assert_eq!((json["widens"].as_bool(), json["entries"][0]["kind"].as_str()), (Some(true), Some("role")));
    let md = env.ok(&["diff", "tag:v1", "catalog", "--format", "markdown"]);
    assert!(md.contains("| ~ | role | `nurse` | gains read_medications | **widens** |"), "{md}");
    env.write("now.toml", &env.ok(&["export"]));
    assert_eq!(
        env.ok(&["diff", "catalog", "now.toml", "--fail-on", "any"]),
        "No differences between catalog and now.toml.\n"
    );
    let out = env.cmd().args(["diff", "-", "catalog"]).write_stdin(env.ok(&["export"])).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    env.refused(&["diff", "-", "-"]);
    let stderr = env.refused(&["diff", "tag:nope", "catalog"]);
    assert!(stderr.contains("no tag named `nope`"), "{stderr}");
}

#[test]
fn the_markdown_reads_as_a_pull_request_comment() {
    let env = TestEnv::new();
    env.write("old.toml", BASE);
    env.write(
        "new.toml",
        &BASE.replacen("sensitivity = \"pii\"", "sensitivity = \"phi\"", 1).replace("labs = [\"a\"]", "labs = []"),
    );
    let out = env.run(&["diff", "old.toml", "new.toml", "--format", "markdown", "--fail-on", "widen"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap(), @r#"
    ### Scope set changes: `old.toml` → `new.toml`

    > [!WARNING]
    > Privilege widens: review the rows marked **widens**.

    0 added, 0 removed, 2 changed; 1 widens privilege.

    | | kind | name | change | widens |
    |---|---|---|---|---|
    | ~ | scope | `a` | sensitivity: "pii" → "phi" | **widens** |
    | ~ | client | `portal` | loses a | |
    | ~ | client | `portal` | feature labs: a → - | |
    "#);
}
