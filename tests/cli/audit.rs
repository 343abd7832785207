//! `scopectl audit`: import, report, unused, stats, who, prune. The logs come from the benchmark's
//! generator (`bench/gen_access_log.rs`), so tests and benchmark exercise the same data.

use std::io::Write;
use std::path::PathBuf;

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde_json::Value;

use crate::TestEnv;

#[allow(dead_code)]
#[path = "../../bench/gen_access_log.rs"]
mod generator;

use generator::{CATALOG, NEVER_USED, PLANTED, Spec};

/// Events in the generated logs: enough hours and events per client for stable medians.
const EVENTS: u64 = 20_000;

/// A catalog matching the generator's logs, built "in June" so the deprecation's sunset has passed.
fn catalog() -> TestEnv {
    let env = TestEnv::new();
    for args in CATALOG {
        env.cmd().args(*args).env("SCOPECTL_TODAY", "2026-06-01").assert().success();
    }
    env
}

fn log(env: &TestEnv, name: &str, anomalies: bool, csv: bool) -> PathBuf {
    let path = env.path().join(name);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let spec = Spec { events: usize::try_from(EVENTS).unwrap(), days: 16, seed: 7, anomalies, csv };
    generator::generate(&spec, &mut out).unwrap();
    out.flush().unwrap();
    path
}

fn events_in(env: &TestEnv) -> u64 {
    let n: i64 =
        Connection::open(env.db()).unwrap().query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0)).unwrap();
    u64::try_from(n).unwrap()
}

fn import_json(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["audit", "import", "--format", "json"];
    all.extend_from_slice(args);
    env.json(&all)["total"].clone()
}

fn run_report(env: &TestEnv, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["audit", "report", "--format", "json"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    (out.status.code(), serde_json::from_slice(&out.stdout).expect("json report"))
}

#[test]
fn planted_anomalies_of_every_kind_are_found() {
    let env = catalog();
    let path = log(&env, "access.jsonl", true, false);
    let total = import_json(&env, &[path.to_str().unwrap()]);
    assert_eq!(total["imported"], EVENTS);
    let (code, report) = run_report(&env, &[]);
    assert_eq!(code, Some(1), "errors fail the report: {report:#}");
    let findings = report["findings"].as_array().unwrap();
    for planted in PLANTED {
        let hit = findings.iter().find(|f| {
            f["kind"] == planted.kind
                && ["scope", "role", "client", "ip"].iter().any(|k| f[k].as_str() == Some(planted.names))
        });
        let Some(f) = hit else { panic!("no {} finding for {}: {report:#}", planted.kind, planted.names) };
        let ev = &f["evidence"];
        assert!(ev["events"].as_u64().unwrap() > 0, "{f:#}");
        assert!(ev["first_seen"].as_str().unwrap().ends_with('Z'), "{f:#}");
        assert!(!ev["detail"].as_str().unwrap().is_empty(), "{f:#}");
        assert!(!ev["examples"].as_array().unwrap().is_empty(), "{f:#}");
        assert!(ev["examples"][0].get("subject").is_none(), "examples never show a subject: {f:#}");
        assert!(!f["next_step"].as_str().unwrap().is_empty(), "{f:#}");
    }
    let kind = |k: &str| findings.iter().filter(|f| f["kind"] == k).collect::<Vec<_>>();
    let deprecated = kind("deprecated_scope");
    assert_eq!(deprecated[0]["severity"], "error", "used after its sunset: {:#}", deprecated[0]);
    assert!(deprecated[0]["evidence"]["detail"].as_str().unwrap().contains("replaced by `read_patient_info`"));
    // An event that requested and was granted a scope counts once.
    assert_eq!(kind("unknown_scope")[0]["evidence"]["events"], 5);
    // Breadth is the linter's verdict: the catch-alls planted for other kinds are broad too.
    let broad: Vec<&str> = kind("broad_scope").iter().map(|f| f["scope"].as_str().unwrap()).collect();
    assert_eq!(broad, ["read_all_data", "read_everything"]);
    assert!(kind("broad_scope")[0]["evidence"]["detail"].as_str().unwrap().starts_with("B002 catch-all-word"));
    let burst = kind("new_ip_burst");
    assert_eq!(burst.len(), 1, "only the planted IP bursts: {burst:#?}");
    assert_eq!(burst[0]["evidence"]["events"], 150);
    let spike = kind("volume_spike");
    assert!(
        spike.iter().any(|f| f["client"] == "scheduler" && f["evidence"]["detail"].as_str().unwrap().contains("MAD"))
    );
    let summary = &report["summary"];
    assert_eq!(summary["error"].as_u64().unwrap(), findings.iter().filter(|f| f["severity"] == "error").count() as u64);

    // Filters narrow the events looked at; --fail-on never always exits 0.
    assert_eq!(report["notes"], Value::Array(Vec::new()));
    // A period without 14 days of events before it cannot tell new IPs: the report says so.
    let (_, late) = run_report(&env, &["--since", "2026-11-20", "--fail-on", "never"]);
    assert!(late["notes"][0].as_str().unwrap().contains("burst check did not run"), "{late:#}");
    assert!(!late["findings"].as_array().unwrap().iter().any(|f| f["kind"] == "new_ip_burst"));
    let (_, late) =
        run_report(&env, &["--since", "2026-11-26T12:00:00Z", "--until", "2026-11-27", "--fail-on", "never"]);
    assert!(late["findings"].as_array().unwrap().iter().any(|f| f["kind"] == "new_ip_burst"), "{late:#}");
    let (code, only) = run_report(&env, &["--client", "kiosk", "--fail-on", "never"]);
    assert_eq!(code, Some(0));
    assert!(only["findings"].as_array().unwrap().iter().all(|f| f["kind"] == "unknown_client"), "{only:#}");
    // Other formats.
    let csv = env.run(&["audit", "report", "--format", "csv"]);
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("severity,kind,scope,role,client,ip,events,"));
    let md = String::from_utf8(env.run(&["audit", "report", "--format", "markdown"]).stdout).unwrap();
    assert!(md.starts_with("# Usage audit") && md.contains("**Next step:**"), "{md}");
    let human = String::from_utf8(env.run(&["audit", "report"]).stdout).unwrap();
    assert!(human.contains("error[unknown_scope] scope `read_everything`"), "{human}");
    let last = human.lines().last().unwrap();
    assert!(last.starts_with("20000 events checked (2026-11-12T") && last.contains(" to 2026-11-27T"), "{last}");
    assert!(last.ends_with("): 6 errors, 10 warnings, 0 info"), "nothing but the planted anomalies: {human}");
    assert!(env.refused(&["audit", "report", "--format", "sarif"]).contains("cannot print --format sarif"));
    assert!(env.refused(&["audit", "report", "--window", "soon"]).contains("not a duration"));
}

#[test]
fn a_clean_log_of_the_same_size_has_no_finding() {
    let env = catalog();
    let path = log(&env, "clean.jsonl", false, false);
    assert_eq!(import_json(&env, &[path.to_str().unwrap()])["imported"], EVENTS);
    let (code, report) = run_report(&env, &["--fail-on", "info"]);
    assert_eq!(report["findings"], Value::Array(Vec::new()), "{report:#}");
    assert_eq!(report["events"], EVENTS);
    assert_eq!(code, Some(0));

    // The grants no clean event uses are the least-privilege recommendation, oldest first.
    let unused = env.json(&["audit", "unused", "--days", "90", "--format", "json"]);
    let pairs: Vec<(String, String)> = unused["grants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["role"].as_str().unwrap().to_owned(), g["scope"].as_str().unwrap().to_owned()))
        .collect();
    let expected: Vec<(String, String)> = NEVER_USED.iter().map(|(r, s)| ((*r).to_owned(), (*s).to_owned())).collect();
    assert_eq!(pairs, expected);
    assert!(unused["grants"][0]["last_used"].is_null());
    let toml_text = env.ok(&["audit", "unused", "--format", "toml"]);
    let doc: toml::Table = toml::from_str(&toml_text).unwrap_or_else(|e| panic!("{e}\n{toml_text}"));
    let nurse: Vec<&str> =
        doc["roles"]["nurse"]["scopes"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(nurse, ["read_medications", "view_lab_results"]);
    assert!(doc["roles"].get("patient").is_none(), "roles without unused grants are left out:\n{toml_text}");
    // A window that ends before any event leaves every grant unused.
    let csv = env.ok(&["audit", "unused", "--days", "1", "--format", "csv"]);
    assert!(csv.starts_with("role,scope,last_used\n"), "{csv}");
    assert!(csv.contains("patient,view_lab_results,2026-11-27T"), "{csv}");
}

#[test]
fn reimporting_adds_nothing_whatever_the_format() {
    let env = catalog();
    let jsonl = log(&env, "a.jsonl", true, false);
    let csv = log(&env, "a.csv", true, true);
    assert_eq!(import_json(&env, &[jsonl.to_str().unwrap()])["imported"], EVENTS);
    let again = import_json(&env, &[jsonl.to_str().unwrap(), csv.to_str().unwrap()]);
    assert_eq!(again["imported"], 0);
    assert_eq!(again["duplicates"], 2 * EVENTS);
    assert_eq!(events_in(&env), EVENTS);
    // Each file that added events is one change-log entry; a re-import that added none is not.
    let entity = format!("audit:import {}", jsonl.display());
    let log = env.json(&["log", "--entity", &entity, "--format", "json"]);
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 1, "{log:#}");
    assert_eq!(entries[0]["after"]["imported"], EVENTS);
    assert!(env.ok(&["verify"]).starts_with("ok"));
}

const GOOD: &str = r#"{"ts":"2026-11-20T10:00:00Z","client":"patient_portal","subject":"alice-7731","role":"patient","ip":"10.0.0.1","requested":"view_lab_results","granted":"view_lab_results"}"#;

fn good(n: u32) -> String {
    GOOD.replace("10:00:00", &format!("10:00:{n:02}"))
}

#[test]
fn bad_lines_are_reported_by_line_number_without_stopping() {
    let env = catalog();
    let text = [
        good(1),
        "{not json".to_owned(),
        String::new(),
        GOOD.replace("\"role\":\"patient\",", ""),
        GOOD.replace("2026-11-20T10:00:00Z", "20/11/2026"),
        GOOD.replace("10.0.0.1", "10.0.0.256"),
        good(2),
    ]
    .join("\n");
    let path = env.write("bad.jsonl", &text);
    let out = env.run(&["audit", "import", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let file = path.to_str().unwrap();
    assert!(stderr.contains(&format!("{file}:2: invalid JSON")), "{stderr}");
    assert!(stderr.contains(&format!("{file}:4: missing field `role`")), "{stderr}");
    assert!(stderr.contains(&format!("{file}:5: bad timestamp `20/11/2026`")), "{stderr}");
    assert!(stderr.contains(&format!("{file}:6: bad IP address `10.0.0.256`")), "{stderr}");
    assert!(stderr.contains("read 6 records from 1 file: 2 imported, 0 duplicates, 4 bad"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(events_in(&env), 2);

    let limited = env.run(&["audit", "import", "--max-errors", "1", file]);
    let stderr = String::from_utf8(limited.stderr).unwrap();
    assert_eq!(stderr.matches(&format!("{file}:")).count(), 1, "{stderr}");
    assert!(stderr.contains("and 3 more bad lines"), "{stderr}");
    let quiet = env.run(&["audit", "import", "-q", "--max-errors", "0", file]);
    let stderr = String::from_utf8(quiet.stderr).unwrap();
    assert!(!stderr.contains("read 6 records"), "-q drops the summary: {stderr}");
}

#[test]
fn strict_stops_at_the_first_bad_line_and_keeps_nothing_of_that_file() {
    let env = catalog();
    let ok = env.write("ok.jsonl", &format!("{}\n{}\n", good(1), good(2)));
    let bad = env.write("bad.jsonl", &format!("{}\n{}\n{}\n", good(3), good(4), GOOD.replace("10.0.0.1", "nope")));
    let stderr = env.refused(&["audit", "import", "--strict", ok.to_str().unwrap(), bad.to_str().unwrap()]);
    assert!(stderr.contains(&format!("{}:3: bad IP address `nope`", bad.display())), "{stderr}");
    assert!(stderr.contains("nothing from"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(events_in(&env), 2, "the earlier file stays, nothing of the bad one");
}

#[test]
fn gzip_logs_are_read_directly() {
    let env = catalog();
    let plain = log(&env, "a.jsonl", true, false);
    let gz = env.path().join("a.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::fast());
    enc.write_all(&std::fs::read(&plain).unwrap()).unwrap();
    enc.finish().unwrap();
    assert_eq!(import_json(&env, &[gz.to_str().unwrap()])["imported"], EVENTS);
    // Gzip is recognised by its content too, here on stdin.
    let out = env.cmd().args(["audit", "import", "-", "--format", "json"]).pipe_stdin(&gz).unwrap().output().unwrap();
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["total"]["duplicates"], EVENTS);
}

#[test]
fn fields_are_renamed_with_map() {
    let env = catalog();
    let text = "\
        time,app,user,role,addr,asked,scope,extra\n\
        2026-11-20T10:00:00Z,patient_portal,alice,patient,10.0.0.1,view_lab_results,view_lab_results,x\n\
        2026-11-20T10:00:01Z,patient_portal,alice,patient,::1,view_lab_results read_medications,view_lab_results,y\n";
    let path = env.write("gateway.csv", text);
    let file = path.to_str().unwrap();
    let stderr = env.refused(&["audit", "import", file]);
    assert!(stderr.contains("has no column `ts`; rename columns with --map ts=NAME"), "{stderr}");
    assert!(env.refused(&["audit", "import", "--map", "when=time", file]).contains("unknown field `when`"));
    let maps = [
        "--map",
        "ts=time",
        "--map",
        "client=app",
        "--map",
        "subject=user",
        "--map",
        "ip=addr",
        "--map",
        "requested=asked",
        "--map",
        "granted=scope",
    ];
    let mut args = vec![file];
    args.extend_from_slice(&maps);
    assert_eq!(import_json(&env, &args)["imported"], 2);
    let stats = env.json(&["audit", "stats", "--format", "json"]);
    assert_eq!(stats["events"], 2);
    assert_eq!(stats["clients"][0]["name"], "patient_portal");
    // The same rows on stdin, named by --input-format.
    let mut stdin_args = vec!["audit", "import", "-", "--input-format", "csv", "--format", "json"];
    stdin_args.extend_from_slice(&maps);
    let out = env.cmd().args(&stdin_args).write_stdin(crate::dedent(text)).output().unwrap();
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["total"]["duplicates"], 2, "{summary:#}");
    assert!(env.refused(&["audit", "import", "x.txt"]).contains("pass --input-format"));
    // The CSV read as JSON Lines: every record is bad, which is an error, not a warning.
    let stderr = env.fails(&["audit", "import", "--input-format", "jsonl", "-q", "--max-errors", "0", file], 2);
    assert!(
        stderr.ends_with(&format!(
            "error: none of the 3 records of {file} is a valid event; check --input-format and --map\n"
        )),
        "{stderr}"
    );
}

#[test]
fn subjects_are_never_stored_in_clear() {
    let env = catalog();
    let path = log(&env, "a.jsonl", true, false);
    let with_url =
        good(2).replace("\"ip\"", "\"endpoint\":\"/fhir/Patient/alice-7731/Observation?subject=alice-7731\",\"ip\"");
    let mine = env.write("mine.jsonl", &format!("{}\n{with_url}\n", good(1)));
    import_json(&env, &[path.to_str().unwrap(), mine.to_str().unwrap()]);
    let conn = Connection::open(env.db()).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut cells = 0;
    for table in &tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                let (ValueRef::Text(bytes) | ValueRef::Blob(bytes)) = row.get_ref(i).unwrap() else { continue };
                cells += 1;
                let text = String::from_utf8_lossy(bytes);
                assert!(!text.contains("patient-") && !text.contains("alice-7731"), "{table} holds a subject: {text}");
            }
        }
    }
    assert!(cells > 100_000, "the search saw the events ({cells} cells)");
    let who = env.json(&["audit", "who", "alice-7731", "--format", "json"]);
    assert_eq!(who["events"], 2);
    assert_eq!(who["first_seen"], "2026-11-20T10:00:01Z");
    assert_eq!(who["clients"][0]["name"], "patient_portal");
    assert_eq!(who["scopes"][0]["name"], "view_lab_results");
    let endpoint: String = conn
        .query_row("SELECT endpoint FROM audit_events WHERE endpoint LIKE '/fhir/Patient/%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(endpoint, "/fhir/Patient/{id}/Observation", "ids in URLs are dropped too");
    assert_eq!(env.json(&["audit", "who", "nobody", "--format", "json"])["events"], 0);
}

#[test]
fn prune_deletes_old_events_and_logs_it() {
    let env = catalog();
    let text = format!("{}\n{}\n", good(1), GOOD.replace("2026-11-20", "2026-10-01"));
    let path = env.write("a.jsonl", &text);
    import_json(&env, &[path.to_str().unwrap()]);
    let pruned = env.json(&["audit", "prune", "--before", "2026-11-01", "--format", "json"]);
    assert_eq!(pruned["deleted"], 1);
    assert_eq!(pruned["remaining"], 1);
    let log = env.json(&["log", "-n", "1", "--format", "json"]);
    assert_eq!(log[0]["entity_kind"], "audit");
    assert_eq!(log[0]["command"], "audit prune");
    assert_eq!(log[0]["after"]["deleted"], 1);
    env.ok(&["verify"]);
    let stats = env.json(&["audit", "stats", "--format", "json"]);
    assert_eq!(stats["per_day"][0]["name"], "2026-11-20");
    assert!(env.refused(&["audit", "prune", "--before", "soon"]).contains("neither a date"));
}

#[test]
fn csv_rows_are_checked_like_json_lines() {
    let env = catalog();
    let text = "\
        ts,client,subject,role,ip,requested,granted\n\
        2026-11-20T10:00:00Z,patient_portal,alice,patient,10.0.0.1,view_lab_results,view_lab_results\n\
        2026-11-20T10:00:01Z,patient_portal,alice\n\
        \n\
        2026-11-20,patient_portal,alice,patient,10.0.0.1,view_lab_results,view_lab_results\n\
        2026-11-20T10:00:02Z,patient_portal,,patient,10.0.0.1,view_lab_results,view_lab_results\n\
        2026-11-20T10:00:03Z,patient_portal,\"bob\n smith\",patient,nope,view_lab_results,view_lab_results\n\
        2026-11-20T10:00:04Z,patient_portal,carol,patient,10.0.0.1,view_lab_results,\"bad\\\\scope\"";
    let path = env.write("gateway.csv", text);
    let file = path.to_str().unwrap();
    let out = env.run(&["audit", "import", file]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(&format!("{file}:3: 3 fields where the header has 7")), "{stderr}");
    assert!(stderr.contains(&format!("{file}:5: bad timestamp `2026-11-20`")), "after a blank line: {stderr}");
    assert!(stderr.contains(&format!("{file}:6: empty field `subject`")), "{stderr}");
    assert!(
        stderr.contains(&format!("{file}:7: bad IP address `nope`")),
        "a record spanning lines is dated from its start: {stderr}"
    );
    assert!(stderr.contains(&format!("{file}:9: bad scope")), "the last line needs no newline: {stderr}");
    assert!(stderr.contains("read 6 records from 1 file: 1 imported, 0 duplicates, 5 bad"), "{stderr}");
}
