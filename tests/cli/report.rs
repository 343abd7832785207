//! `scopectl report …`: every report in every format on one catalog, CSV read back, the HTML
//! page rendered by a real browser, and reports from a scopes.toml file.

use std::fmt::Write as _;

use crate::TestEnv;

mod browser;
mod man;

const REPORTS: &[&str] = &["matrix", "phi", "lifecycle", "review"];
const FORMATS: &[&str] = &["table", "json", "csv", "markdown", "html"];

/// The seeded catalog plus what the reports show: PHI write on a break-glass role, a deprecated
/// scope past its sunset and one before it, expiring and justified grants, text that needs escaping.
pub(super) fn report_env() -> TestEnv {
    let env = TestEnv::seeded();
    let on = |today: &str, args: &[&str]| {
        env.cmd().env("SCOPECTL_TODAY", today).args(args).assert().success();
    };
    on(
        "2026-11-01",
        &[
            "scope",
            "deprecate",
            "read_all_data",
            "--replaced-by",
            "view_lab_results",
            "--sunset",
            "2026-11-15",
            "--reason",
            "Catch-all",
        ],
    );
    on(
        crate::TODAY,
        &[
            "scope",
            "define",
            "write_lab_results",
            "--description",
            "Record lab results",
            "--resource",
            "lab_results",
            "--action",
            "create",
            "--action",
            "update",
            "--sensitivity",
            "phi",
        ],
    );
    on(crate::TODAY, &["scope", "define", "read_directory", "--action", "read", "--sensitivity", "public"]);
    on(crate::TODAY, &["scope", "define", "read_notes", "--action", "read", "--sensitivity", "confidential"]);
    on(
        crate::TODAY,
        &[
            "scope",
            "deprecate",
            "read_notes",
            "--replaced-by",
            "view_lab_results",
            "--sunset",
            "2027-02-01",
            "--reason",
            "Split",
        ],
    );
    on(crate::TODAY, &["role", "create", "er_admin", "--break-glass"]);
    on(
        crate::TODAY,
        &[
            "role",
            "grant",
            "er_admin",
            "write_lab_results",
            "--justification",
            "Trauma bay, <b>\"urgent\"</b> & co",
            "--expires",
            "2026-12-10",
        ],
    );
    on(
        crate::TODAY,
        &["role", "grant", "nurse", "view_lab_results", "--justification", "Ward rounds", "--expires", "2027-01-15"],
    );
    on(crate::TODAY, &["role", "create", "clerk"]);
    on(crate::TODAY, &["role", "grant", "clerk", "read_directory"]);
    env
}

/// Grant times are the wall clock: replaced by a placeholder of the same width.
fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let candidate = text.get(i..i + 20).unwrap_or("");
        let is_ts = candidate.len() == 20
            && candidate.bytes().enumerate().all(|(k, b)| match k {
                4 | 7 => b == b'-',
                10 => b == b'T',
                13 | 16 => b == b':',
                19 => b == b'Z',
                _ => b.is_ascii_digit(),
            });
        if is_ts {
            out.push_str("YYYY-MM-DDTHH:MM:SSZ");
            i += 20;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The HTML page without its (long, shared) style sheet.
fn without_css(html: &str) -> String {
    match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}<style>…</style>{}", &html[..a], &html[b + "</style>".len()..]),
        _ => html.to_owned(),
    }
}

#[test]
fn every_report_in_every_format() {
    let env = report_env();
    for report in REPORTS {
        for format in FORMATS {
            let out = redact(&env.ok(&["report", report, "--format", format]));
            let out = if *format == "html" { without_css(&out) } else { out };
            insta::assert_snapshot!(format!("report_{report}_{format}"), out);
        }
    }
    insta::assert_snapshot!("report_html", without_css(&env.ok(&["report", "html"])));
}

#[test]
fn csv_reads_back_with_stable_headers() {
    let env = report_env();
    let expected: &[(&str, &[&str], usize)] = &[
        (
            "matrix",
            &[
                "kind",
                "name",
                "scope",
                "sensitivity",
                "scope_status",
                "justification",
                "expires",
                "expired",
                "features",
            ],
            6,
        ),
        (
            "phi",
            &[
                "kind",
                "name",
                "break_glass",
                "phi_count",
                "limit",
                "over_limit",
                "phi_scopes",
                "phi_write",
                "break_glass_grants",
            ],
            4,
        ),
        (
            "lifecycle",
            &[
                "scope",
                "sensitivity",
                "sunset",
                "days_left",
                "past_sunset",
                "replaced_by",
                "reason",
                "held_by_roles",
                "held_by_clients",
                "used_by",
                "last_used",
            ],
            2,
        ),
        (
            "review",
            &[
                "role",
                "break_glass",
                "scope",
                "sensitivity",
                "scope_status",
                "justification",
                "granted_at",
                "granted_by",
                "expires",
                "expired",
                "last_used",
                "decision",
            ],
            4,
        ),
    ];
    for (report, headers, rows) in expected {
        let text = env.ok(&["report", report, "--format", "csv"]);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), *headers, "{report}");
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), *rows, "{report}:\n{text}");
        assert!(records.iter().all(|r| r.len() == headers.len()));
    }
    let text = env.ok(&["report", "review", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let er = reader
        .deserialize::<std::collections::HashMap<String, String>>()
        .map(Result::unwrap)
        .find(|r| r["role"] == "er_admin")
        .unwrap();
    assert_eq!(er["justification"], "Trauma bay, <b>\"urgent\"</b> & co");
    assert_eq!(
        (er["break_glass"].as_str(), er["granted_by"].as_str(), er["decision"].as_str()),
        ("true", "tester", "")
    );
}

#[test]
fn json_fields_are_stable() {
    let env = report_env();
    let phi = env.json(&["report", "phi", "--format", "json"]);
    assert_eq!(phi["max_phi_scopes_per_role"], 8);
    let er = phi["rows"].as_array().unwrap().iter().find(|r| r["name"] == "er_admin").unwrap();
    assert_eq!(er["phi_write"], serde_json::json!(["write_lab_results"]));
    assert_eq!(er["break_glass_grants"], serde_json::json!(["write_lab_results"]));
    let life = env.json(&["report", "lifecycle", "--format", "json"]);
    assert_eq!(life["scopes"][0]["scope"], "read_all_data");
    assert_eq!(
        (life["scopes"][0]["days_left"].as_i64(), life["scopes"][0]["past_sunset"].as_bool()),
        (Some(-14), Some(true))
    );
    assert_eq!(life["scopes"][0]["held_by_roles"], serde_json::json!(["nurse"]));
    let matrix = env.json(&["report", "matrix", "--format", "json"]);
    let last = &matrix["scopes"][5];
    assert_eq!((last["name"].as_str(), last["status"].as_str()), (Some("read_all_data"), Some("deprecated")));
    assert!(last["sensitivity"].is_null(), "unclassified scopes come last");
    assert_eq!(
        (matrix["rows"][0]["kind"].as_str(), matrix["rows"][0]["name"].as_str()),
        (Some("role"), Some("er_admin"))
    );
    assert_eq!(matrix["rows"][0]["cells"][0]["justification"], "Trauma bay, <b>\"urgent\"</b> & co");
    let review = env.json(&["report", "review", "--format", "json"]);
    assert!(review["grants"].as_array().unwrap().iter().all(|g| g["decision"] == "" && g["last_used"].is_null()));
}

#[test]
fn reports_read_a_scopes_file() {
    let env = TestEnv::new();
    env.write(
        "scopes.toml",
        r#"
        [settings]
        max_phi_scopes_per_role = 1

        [scopes.view_lab_results]
        description = "Read lab results"
        sensitivity = "phi"
        actions = ["read"]

        [scopes.read_medications]
        sensitivity = "phi"
        actions = ["read"]

        [roles.nurse]
        scopes = ["view_lab_results", "read_medications"]
        "#,
    );
    let phi = env.json(&["report", "phi", "--file", "scopes.toml", "--format", "json"]);
    assert_eq!((phi["source"].as_str(), phi["rows"][0]["over_limit"].as_bool()), (Some("scopes.toml"), Some(true)));
    let toml = std::fs::read(env.path().join("scopes.toml")).unwrap();
    let out =
        env.cmd().args(["report", "matrix", "--file", "-", "--format", "json"]).write_stdin(toml).output().unwrap();
    let matrix: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((matrix["source"].as_str(), matrix["rows"][0]["name"].as_str()), (Some("<stdin>"), Some("nurse")));
    let html = env.ok(&["report", "html", "--file", "scopes.toml"]);
    assert!(html.contains("<code>scopes.toml</code>") && html.contains("data-holder=\"role nurse\""));
    assert!(!env.db().exists(), "a file report does not create a catalog");

    env.write("bad.toml", "[scopes.x]\nsensitivity = \"secret\"\n");
    let err = env.refused(&["report", "matrix", "--file", "bad.toml"]);
    assert!(err.starts_with("error: bad.toml is not a valid scope set") && err.contains("bad.toml:2:"), "{err}");
    assert!(env.refused(&["report", "phi", "--file", "missing.toml"]).contains("no such file"));
    env.fails(&["report", "review", "--file", "scopes.toml"], 2);
}

#[test]
fn reports_refuse_what_they_cannot_do() {
    let env = TestEnv::new();
    assert!(env.refused(&["report", "matrix"]).contains("no catalog at"));
    let env = TestEnv::seeded();
    assert!(env.refused(&["report", "phi", "--format", "sarif"]).contains("cannot print --format sarif"));
    assert!(env.refused(&["report", "html", "--format", "json"]).contains("it supports html"));
}

/// A set of 60 roles × 400 scopes, as scopes.toml.
fn big_set() -> String {
    const SENSITIVITY: &[&str] = &["phi", "pii", "confidential", "internal", "public"];
    let mut toml = String::new();
    for i in 0..400 {
        let _ =
            writeln!(toml, "[scopes.scope_{i:03}]\nsensitivity = \"{}\"\nactions = [\"read\"]\n", SENSITIVITY[i % 5]);
    }
    for r in 0..60 {
        let held: Vec<String> =
            (0..400).filter(|i| (i * 7 + r) % 23 == 0).map(|i| format!("\"scope_{i:03}\"")).collect();
        let _ = writeln!(toml, "[roles.role_{r:02}]\nscopes = [{}]\n", held.join(", "));
    }
    toml
}

#[test]
fn the_html_report_scales_to_hundreds_of_scopes() {
    let env = TestEnv::new();
    env.write("big.toml", &big_set());
    let html = env.ok(&["report", "html", "--file", "big.toml"]);
    assert_eq!(html.matches("<th class=\"sc\" scope=\"col\"").count(), 400);
    assert_eq!(html.matches("<tr data-holder=\"role ").count(), 60);
    assert!(html.len() < 1_000_000, "{} bytes", html.len());
    assert!(html.contains("position: sticky") && html.contains("@media print"));
}

/// The gallery in docs/reports.md shows what the reports print for docs/report-example.toml.
#[test]
fn the_docs_gallery_is_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("docs/report-example.toml");
    let docs = std::fs::read_to_string(root.join("docs/reports.md")).unwrap();
    let env = TestEnv::new();
    for report in ["matrix", "phi", "lifecycle"] {
        let out = env.ok(&["report", report, "--file", example.to_str().unwrap()]);
        assert!(docs.contains(out.trim_end()), "docs/reports.md lacks the current `report {report}` output:\n{out}");
    }
    assert!(root.join("docs/report-html.png").exists());
}

/// Whether `tool` is installed; when it is not, a failure under CI and a note on stderr elsewhere.
pub(super) fn have(tool: &str) -> bool {
    if std::process::Command::new(tool).arg("--help").output().is_ok() {
        return true;
    }
    let msg = format!("{tool} is not installed: `apt-get install -y {tool}` (.ci/run installs it)");
    assert!(std::env::var_os("CI").is_none(), "{msg}");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("skipping a test: {msg}\n").as_bytes());
    false
}

#[test]
fn review_and_html_show_usage_from_imported_access_logs() {
    let env = TestEnv::seeded();
    let log = env.write(
        "access.jsonl",
        r#"{"ts":"2026-11-20T08:00:00Z","client":"patient_portal","subject":"u1","role":"nurse","ip":"10.0.0.1","requested":"view_lab_results","granted":"view_lab_results"}
{"ts":"2026-11-21T09:30:00Z","client":"patient_portal","subject":"u2","role":"nurse","ip":"10.0.0.2","requested":"view_lab_results","granted":"view_lab_results"}
"#,
    );
    env.ok(&["audit", "import", "-q", log.to_str().unwrap()]);
    let review = env.json(&["report", "review", "--format", "json"]);
    let row = |scope: &str| {
        review["grants"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["role"] == "nurse" && r["scope"] == scope)
            .unwrap()
            .clone()
    };
    assert_eq!(row("view_lab_results")["last_used"], "2026-11-21T09:30:00Z");
    assert!(row("read_all_data")["last_used"].is_null(), "never used");
    let html = env.ok(&["report", "html"]);
    assert!(!html.contains("No audit data"), "usage bars are drawn once events exist");

    let usage = env.json(&["report", "usage", "--format", "json"]);
    assert_eq!(usage["events"], 2);
    let rows = usage["rows"].as_array().unwrap();
    assert_eq!(rows[0]["scope"], "view_lab_results");
    assert_eq!(rows[0]["client"], "patient_portal");
    assert_eq!(rows[0]["events"], 2);
    assert_eq!(rows[0]["needed_by_feature"], true);
    let unused: Vec<&str> = rows.iter().filter(|r| r["events"] == 0).map(|r| r["scope"].as_str().unwrap()).collect();
    assert_eq!(unused, ["read_all_data", "read_medications"], "catalog scopes nobody used");
    let csv = env.ok(&["report", "usage", "--format", "csv"]);
    assert!(csv.starts_with("scope,sensitivity,status,client,events,needed_by_feature\nview_lab_results,phi,active,patient_portal,2,true\n"), "{csv}");
    assert!(env.ok(&["report", "usage", "--format", "markdown"]).starts_with("# Scope usage"));
}

#[test]
fn usage_without_audit_data_says_so() {
    let env = TestEnv::seeded();
    let table = env.ok(&["report", "usage"]);
    assert!(table.starts_with("No audit data: import access logs"), "{table}");
    assert!(env.refused(&["report", "usage", "--file", "x.toml"]).contains("--file"));
}

/// `report usage` needs imported events, so it has its own catalog: the report catalog plus a
/// small access log (one scope used by a client whose features need it, one that they do not, one
/// scope unknown to the catalog).
#[test]
fn usage_in_every_format() {
    let env = report_env();
    let log = env.write(
        "access.jsonl",
        r#"{"ts":"2026-11-20T08:00:00Z","client":"patient_portal","subject":"u1","role":"nurse","ip":"10.0.0.1","requested":"view_lab_results","granted":"view_lab_results"}
{"ts":"2026-11-20T09:00:00Z","client":"patient_portal","subject":"u1","role":"nurse","ip":"10.0.0.1","requested":"view_lab_results read_all_data","granted":"view_lab_results read_all_data"}
{"ts":"2026-11-21T10:00:00Z","client":"kiosk","subject":"u3","role":"nurse","ip":"10.0.0.9","requested":"read_everything","granted":"read_everything"}
"#,
    );
    env.ok(&["audit", "import", "-q", log.to_str().unwrap()]);
    for format in FORMATS {
        let out = redact(&env.ok(&["report", "usage", "--format", format]));
        let out = if *format == "html" { without_css(&out) } else { out };
        insta::assert_snapshot!(format!("report_usage_{format}"), out);
    }
}

/// The shipped example, applied to a catalog: every report in every format runs, and CSV and JSON
/// parse back with one record per grant, scope or holder the example defines.
#[test]
fn every_report_on_the_shipped_example() {
    let env = TestEnv::new();
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/scopes.example.toml");
    env.ok(&["apply", "-q", example]);
    for report in ["matrix", "phi", "lifecycle", "review", "usage"] {
        for format in FORMATS {
            let out = env.ok(&["report", report, "--format", format]);
            assert!(!out.trim().is_empty(), "report {report} --format {format} printed nothing");
            match *format {
                "json" => drop(serde_json::from_str::<serde_json::Value>(&out).expect("json")),
                "csv" => {
                    let mut reader = csv::Reader::from_reader(out.as_bytes());
                    let width = reader.headers().unwrap().len();
                    assert!(reader.records().all(|r| r.unwrap().len() == width), "{report}: ragged CSV");
                }
                "html" => assert!(out.starts_with("<!DOCTYPE html>") && !out.contains("<script"), "{report}"),
                _ => {}
            }
        }
    }
    let review = env.json(&["report", "review", "--format", "json"]);
    assert_eq!(review["grants"].as_array().unwrap().len(), 51, "one row per grant of the example");
    let lifecycle = env.json(&["report", "lifecycle", "--format", "json"]);
    assert_eq!(lifecycle["scopes"][0]["scope"], "read_all_data");
    assert_eq!(lifecycle["scopes"][0]["held_by_roles"], serde_json::json!(["billing_clerk"]));
}
