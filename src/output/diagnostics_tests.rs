use super::*;

fn diag(code: &'static str, severity: Level, line: Option<usize>) -> Diagnostic {
    Diagnostic {
        code,
        name: "catch-all-word",
        severity,
        message: "`all` in `read_all_data`, 100% broad".into(),
        hint: Some("Split it."),
        scope: Some("read_all_data".into()),
        role: None,
        client: None,
        file: "dir/scopes.toml".into(),
        line,
        column: line.map(|_| 9),
        source_line: line.map(|_| "[scopes.read_all_data]".into()),
        width: 13,
        subject: Some("scope:read_all_data".into()),
        evidence: crate::lint::breadth::Evidence::default(),
    }
}

fn report(diagnostics: Vec<Diagnostic>) -> LintReport {
    let rules = RULES.iter().filter(|r| r.code == "B002" || r.code == "B001").collect();
    LintReport {
        diagnostics,
        targets: vec![Target { file: "dir/scopes.toml".into(), rules, loaded: true }],
        allowed: 1,
        baselined: 0,
    }
}

#[test]
fn human_has_location_source_marker_hint_and_summary() {
    let mut out = Vec::new();
    human(&mut out, &report(vec![diag("B002", Level::Error, Some(3))])).unwrap();
    let text = anstream::adapter::strip_str(&String::from_utf8(out).unwrap()).to_string();
    assert!(text.starts_with("dir/scopes.toml:3:9: B002 `all` in"), "{text}");
    assert!(text.contains("3 | [scopes.read_all_data]"), "{text}");
    assert!(text.contains("  |         ^^^^^^^^^^^^^\n"), "{text}");
    assert!(text.contains("= help: Split it."), "{text}");
    assert!(text.ends_with("Found 1 finding (1 error, 0 warnings, 0 info); 1 accepted by allow-entries.\n"), "{text}");
}

#[test]
fn json_has_the_stable_shape() {
    let v = json_value(&report(vec![diag("B002", Level::Warning, None)]));
    let f = &v["findings"][0];
    let mut keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["client", "code", "column", "file", "line", "message", "name", "role", "scope", "severity"]);
    assert_eq!(f["severity"], "warning");
    assert!(f["line"].is_null());
    assert_eq!(v["summary"], json!({"error": 0, "warning": 1, "info": 0}));
}

#[test]
fn github_commands_escape_their_data() {
    let text = github(&report(vec![diag("B002", Level::Info, Some(3))]));
    assert_eq!(
        text,
        "::notice file=dir/scopes.toml,line=3,col=9,title=B002 catch-all-word::`all` in `read_all_data`, 100%25 broad\n"
    );
}

#[test]
fn junit_has_a_case_per_rule_and_fails_the_one_that_found_something() {
    let text = junit(&report(vec![diag("B002", Level::Error, Some(3))]));
    assert!(text.contains("<testsuites name=\"scopectl lint\" tests=\"2\" failures=\"1\" errors=\"0\">"), "{text}");
    assert!(text.contains("<testcase name=\"B001 wildcard-scope\" classname=\"dir/scopes.toml\"/>"), "{text}");
    assert!(text.contains("<failure type=\"error\" message=\"1 finding\">dir/scopes.toml:3:9: `all`"), "{text}");
}

#[test]
fn sarif_points_at_rules_and_regions() {
    let v = sarif(&report(vec![diag("B002", Level::Error, Some(3))]));
    let run = &v["runs"][0];
    let result = &run["results"][0];
    let index = usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap();
    assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "B002");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(3), Some(9)));
    assert_eq!(uri("a b/<stdin>"), "a%20b/%3Cstdin%3E");
}

#[test]
fn snippets_of_long_or_hostile_lines_stay_short_and_aligned() {
    use super::snippet;
    assert_eq!(snippet("name = 1", 8, 1), ("name = 1".to_owned(), 7, 1));
    let long = format!("{}X{}", "a".repeat(5_000), "b".repeat(5_000));
    let (text, pad, width) = snippet(&long, 5_001, 1);
    assert!(text.chars().count() <= 162, "{}", text.len());
    assert_eq!(text.chars().nth(pad), Some('X'));
    assert_eq!(width, 1);
    let (text, pad, _) = snippet("a\u{202e}b\tc", 5, 1);
    assert_eq!(text, "a\u{fffd}b\u{fffd}c");
    assert_eq!(text.chars().nth(pad), Some('c'));
    let (text, pad, width) = snippet(&"z".repeat(300), 300, 9);
    assert_eq!((text.chars().nth(pad), width), (Some('z'), 1));
}

/// What `print` wrote for JSON before `json_report`: serde_json's pretty printer and a newline.
fn serde_report(report: &LintReport) -> Vec<u8> {
    let mut out = Vec::new();
    crate::output::json(&mut out, &JsonReport { findings: json_findings(report), summary: report.summary() }).unwrap();
    out
}

#[test]
fn json_report_writes_what_serde_json_writes() {
    let mut tricky = diag("N004", Level::Info, None);
    tricky.message = "quote \" backslash \\ nl \n cr \r tab \t \u{8} \u{c} \u{1} \u{1f} \u{7f} é \u{202e} 🦀 /".into();
    tricky.scope = None;
    tricky.role = Some("r\u{0}le".into());
    tricky.client = Some(String::new());
    tricky.file = "<stdin>".into();
    let mut big = diag("B001", Level::Warning, Some(123_456_789));
    big.column = Some(usize::MAX);
    let many: Vec<Diagnostic> = (0..3000).map(|i| diag("P005", Level::Warning, Some(i))).collect();
    let mut evidenced = diag("B003", Level::Error, Some(7));
    evidenced.evidence = crate::lint::breadth::Evidence::KNOWN.with(crate::lint::breadth::Evidence::NAME);
    let mut one = diag("B005", Level::Error, None);
    one.evidence = crate::lint::breadth::Evidence::DESCRIPTION;
    let cases = [vec![], vec![diag("B002", Level::Error, Some(3))], vec![tricky, big], many, vec![evidenced, one]];
    for diagnostics in cases {
        let report = report(diagnostics);
        let mut out = Vec::new();
        json_report(&mut out, &report).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), String::from_utf8(serde_report(&report)).unwrap());
    }
}

proptest::proptest! {
    #[test]
    fn json_strings_are_escaped_like_serde_json(s in "\\PC*|[\\x00-\\x7f]*") {
        let mut buf = Vec::new();
        json_str(&mut buf, &s);
        proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(&s).unwrap());
    }
}

#[test]
fn junit_replaces_characters_xml_forbids() {
    let mut d = diag("B002", Level::Error, Some(3));
    d.message = "bell \u{7} nul \u{0} and \u{ffff} \u{fffe} end".into();
    let text = junit(&report(vec![d]));
    assert!(text.contains("bell \u{fffd} nul \u{fffd} and \u{fffd} \u{fffd} end"), "{text}");
    assert!(!text.chars().any(|c| matches!(c, '\u{0}' | '\u{7}' | '\u{fffe}' | '\u{ffff}')));
}
