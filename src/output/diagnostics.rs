//! Lint findings for people and for CI: human text, JSON, SARIF 2.1.0, GitHub workflow commands
//! and JUnit XML. Locations arrive as 1-based line and column, computed from byte spans by the
//! caller at render time.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::Format;
use crate::lint::breadth::Evidence;
use crate::lint::{RULES, Rule};
use crate::model::Level;

/// The pseudo-code of a file that could not be loaded.
pub const LOAD_ERROR: &str = "E001";

/// One finding, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// A rule code, or [`LOAD_ERROR`].
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Level,
    pub message: String,
    pub hint: Option<&'static str>,
    pub scope: Option<String>,
    pub role: Option<String>,
    pub client: Option<String>,
    /// The file as named on the command line (`<stdin>`, `catalog`).
    pub file: String,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based, in characters.
    pub column: Option<usize>,
    /// The text of `line`, for the human marker.
    pub source_line: Option<String>,
    /// How many characters the marker underlines.
    pub width: usize,
    /// A stable name of the subject (`scope:read_all_data`), for SARIF logical locations.
    pub subject: Option<String>,
    /// What a breadth verdict rests on (`known`, `name`, `description`, `siblings`).
    pub evidence: Evidence,
}

/// One linted target (file or catalog): which rules ran on it and whether it loaded.
#[derive(Debug, Clone)]
pub struct Target {
    pub file: String,
    pub rules: Vec<&'static Rule>,
    pub loaded: bool,
}

/// Everything `scopectl lint` prints.
#[derive(Debug, Clone)]
pub struct LintReport {
    pub diagnostics: Vec<Diagnostic>,
    pub targets: Vec<Target>,
    /// Findings accepted by allow-entries.
    pub allowed: usize,
    /// Findings accepted by the baseline.
    pub baselined: usize,
}

#[derive(Debug, Default, Serialize, PartialEq, Eq)]
struct Summary {
    error: usize,
    warning: usize,
    info: usize,
}

impl LintReport {
    fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for d in &self.diagnostics {
            match d.severity {
                Level::Error => s.error += 1,
                Level::Warning => s.warning += 1,
                Level::Info => s.info += 1,
                Level::Off => {}
            }
        }
        s
    }
}

/// Prints `report` on stdout in `format` (table means human).
///
/// # Errors
/// When writing fails, or for a format lint does not print.
pub fn print(report: &LintReport, format: Format) -> anyhow::Result<()> {
    let stdout = io::stdout();
    match format {
        Format::Table => human(&mut anstream::AutoStream::auto(stdout.lock()), report)?,
        Format::Json => {
            let mut out = stdout.lock();
            json_report(&mut out, report)?;
            out.flush()?;
        }
        Format::Sarif => {
            let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
            super::json(&mut out, &sarif(report))?;
            out.flush()?;
        }
        Format::Github => stdout.lock().write_all(github(report).as_bytes())?,
        Format::Junit => stdout.lock().write_all(junit(report).as_bytes())?,
        other => anyhow::bail!("`scopectl lint` cannot print {other}"),
    }
    io::stdout().flush()?;
    Ok(())
}

fn style(level: Level) -> anstyle::Style {
    match level {
        Level::Error => anstyle::AnsiColor::Red.on_default().bold(),
        Level::Warning => anstyle::AnsiColor::Yellow.on_default().bold(),
        _ => anstyle::AnsiColor::Cyan.on_default().bold(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The most of a source line printed under a finding, in characters.
const SNIPPET_CHARS: usize = 160;

/// What to print of source line `text` for a marker at 1-based `column`, `width` characters
/// wide: at most [`SNIPPET_CHARS`] around the column (a minified or hostile file can have a
/// 10 MB line), with control, bidi and zero-width characters shown as U+FFFD so the line cannot
/// act on the terminal and the marker stays aligned. Returns the text, the marker's offset in it
/// and its width.
fn snippet(text: &str, column: usize, width: usize) -> (String, usize, usize) {
    let at = column.saturating_sub(1);
    let count = text.chars().count();
    let start =
        if count <= SNIPPET_CHARS { 0 } else { at.saturating_sub(SNIPPET_CHARS / 3).min(count - SNIPPET_CHARS) };
    let end = (start + SNIPPET_CHARS).min(count);
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(text.chars().skip(start).take(end - start).map(|c| if super::invisible(c) { '\u{fffd}' } else { c }));
    if end < count {
        shown.push('…');
    }
    let pad = at.saturating_sub(start) + usize::from(start > 0);
    let width = width.clamp(1, end.saturating_sub(at).max(1));
    (shown, pad, width)
}

/// `path:line:col: CODE message`, the source line with a marker, the hint; then a summary line.
/// Colour escapes are written always and stripped by anstream when stdout is not a terminal.
///
/// # Errors
/// When writing fails.
pub fn human(out: &mut dyn Write, report: &LintReport) -> io::Result<()> {
    let dim = anstyle::Style::new().dimmed();
    let bold = anstyle::Style::new().bold();
    for d in &report.diagnostics {
        let at = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", d.file),
            _ => d.file.clone(),
        };
        let s = style(d.severity);
        writeln!(out, "{bold}{at}:{bold:#} {s}{}{s:#} {}", d.code, d.message)?;
        if let (Some(line), Some(text), Some(col)) = (d.line, &d.source_line, d.column) {
            let (text, pad, width) = snippet(text, col, d.width);
            let gutter = " ".repeat(line.to_string().len());
            writeln!(out, "{dim}{gutter} |{dim:#}")?;
            writeln!(out, "{dim}{line} |{dim:#} {text}")?;
            let pad = " ".repeat(pad);
            writeln!(out, "{dim}{gutter} |{dim:#} {pad}{s}{}{s:#}", "^".repeat(width))?;
        }
        if let Some(hint) = d.hint {
            writeln!(out, "  {dim}= help:{dim:#} {hint}")?;
        }
        writeln!(out)?;
    }
    let sum = report.summary();
    let total = sum.error + sum.warning + sum.info;
    let mut line = if total == 0 {
        "No findings".to_owned()
    } else {
        format!(
            "Found {} ({}, {}, {} info)",
            plural(total, "finding", "findings"),
            plural(sum.error, "error", "errors"),
            plural(sum.warning, "warning", "warnings"),
            sum.info
        )
    };
    if report.allowed > 0 {
        let _ = write!(line, "; {} accepted by allow-entries", report.allowed);
    }
    if report.baselined > 0 {
        let _ = write!(line, "; {} in the baseline", report.baselined);
    }
    writeln!(out, "{bold}{line}.{bold:#}")
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    name: &'a str,
    severity: Level,
    message: &'a str,
    scope: Option<&'a str>,
    role: Option<&'a str>,
    client: Option<&'a str>,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    /// Present on breadth findings only.
    #[serde(skip_serializing_if = "Evidence::is_empty")]
    evidence: Evidence,
}

/// `{"findings":[…],"summary":{"error":N,"warning":N,"info":N}}`.
#[must_use]
pub fn json_value(report: &LintReport) -> Value {
    let findings = json_findings(report);
    serde_json::to_value(JsonReport { findings, summary: report.summary() }).unwrap_or(Value::Null)
}

fn json_findings(report: &LintReport) -> Vec<JsonFinding<'_>> {
    report
        .diagnostics
        .iter()
        .map(|d| JsonFinding {
            code: d.code,
            name: d.name,
            severity: d.severity,
            message: &d.message,
            scope: d.scope.as_deref(),
            role: d.role.as_deref(),
            client: d.client.as_deref(),
            file: &d.file,
            line: d.line,
            column: d.column,
            evidence: d.evidence,
        })
        .collect()
}

/// Writes `{"findings":[…],"summary":{…}}` pretty-printed, byte for byte what
/// `serde_json::to_writer_pretty` of [`JsonReport`] and a newline write (the tests compare the
/// two), without serde's per-field calls: a large set has a finding per scope, and serializing
/// them was the largest part of linting after the load.
///
/// # Errors
/// When writing fails.
pub fn json_report(out: &mut dyn Write, report: &LintReport) -> io::Result<()> {
    /// Written out in pieces of about this size.
    const CHUNK: usize = 1 << 16;
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + 4096);
    buf.extend_from_slice(b"{\n  \"findings\": [");
    for (i, d) in report.diagnostics.iter().enumerate() {
        buf.extend_from_slice(if i == 0 { b"\n    {\n      \"code\": " } else { b",\n    {\n      \"code\": " });
        json_str(&mut buf, d.code);
        buf.extend_from_slice(b",\n      \"name\": ");
        json_str(&mut buf, d.name);
        buf.extend_from_slice(b",\n      \"severity\": \"");
        buf.extend_from_slice(level_str(d.severity).as_bytes());
        buf.extend_from_slice(b"\",\n      \"message\": ");
        json_str(&mut buf, &d.message);
        buf.extend_from_slice(b",\n      \"scope\": ");
        json_opt_str(&mut buf, d.scope.as_deref());
        buf.extend_from_slice(b",\n      \"role\": ");
        json_opt_str(&mut buf, d.role.as_deref());
        buf.extend_from_slice(b",\n      \"client\": ");
        json_opt_str(&mut buf, d.client.as_deref());
        buf.extend_from_slice(b",\n      \"file\": ");
        json_str(&mut buf, &d.file);
        buf.extend_from_slice(b",\n      \"line\": ");
        json_opt_usize(&mut buf, d.line);
        buf.extend_from_slice(b",\n      \"column\": ");
        json_opt_usize(&mut buf, d.column);
        if !d.evidence.is_empty() {
            buf.extend_from_slice(b",\n      \"evidence\": [");
            for (k, e) in d.evidence.names().enumerate() {
                buf.extend_from_slice(if k == 0 { b"\n        " } else { b",\n        " });
                json_str(&mut buf, e);
            }
            buf.extend_from_slice(b"\n      ]");
        }
        buf.extend_from_slice(b"\n    }");
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    if !report.diagnostics.is_empty() {
        buf.extend_from_slice(b"\n  ");
    }
    let sum = report.summary();
    buf.extend_from_slice(b"],\n  \"summary\": {\n    \"error\": ");
    json_usize(&mut buf, sum.error);
    buf.extend_from_slice(b",\n    \"warning\": ");
    json_usize(&mut buf, sum.warning);
    buf.extend_from_slice(b",\n    \"info\": ");
    json_usize(&mut buf, sum.info);
    buf.extend_from_slice(b"\n  }\n}\n");
    out.write_all(&buf)
}

/// How a level serializes (`#[serde(rename_all = "snake_case")]`).
fn level_str(level: Level) -> &'static str {
    match level {
        Level::Off => "off",
        Level::Info => "info",
        Level::Warning => "warning",
        Level::Error => "error",
    }
}

/// A JSON string as serde_json writes it: `"` and `\\` escaped, control characters as `\n`,
/// `\t`… or `\u00xx` (lower-case hex), everything else (DEL, non-ASCII) as is.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    let bytes = s.as_bytes();
    // Most strings need no escape: one branch-free pass (vectorized) finds out, then one copy.
    let escapes = bytes.iter().fold(0_u8, |n, &b| n | u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\'));
    if escapes == 0 {
        buf.extend_from_slice(bytes);
        buf.push(b'"');
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..0x20 => b"",
            _ => continue,
        };
        buf.extend_from_slice(&bytes[start..i]);
        start = i + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
        } else {
            buf.extend_from_slice(escape);
        }
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

fn json_opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

fn json_usize(buf: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0_u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + u8::try_from(n % 10).unwrap_or(0);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
}

fn json_opt_usize(buf: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => json_usize(buf, n),
        None => buf.extend_from_slice(b"null"),
    }
}

/// Field order follows the documented shape (`serde_json::Map` would sort the keys).
#[derive(Serialize)]
struct JsonReport<'a> {
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
        Level::Off => "none",
    }
}

/// A relative or absolute path as a URI reference: `/` kept, everything outside RFC 3986's
/// unreserved set percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The text and Markdown help of a rule: why, how to fix, and the examples.
#[must_use]
pub fn rule_help(rule: &Rule) -> (String, String) {
    let text = format!(
        "{}\n\nWhy: {}\n\nFix: {}\n\nBad:\n{}\n\nGood:\n{}",
        rule.what, rule.why, rule.fix, rule.bad, rule.good
    );
    let markdown = format!(
        "{}\n\n**Why.** {}\n\n**Fix.** {}\n\nBad:\n```toml\n{}\n```\n\nGood:\n```toml\n{}\n```",
        rule.what, rule.why, rule.fix, rule.bad, rule.good
    );
    (text, markdown)
}

/// A SARIF 2.1.0 log with one run, every rule's metadata and one result per finding.
#[must_use]
pub fn sarif(report: &LintReport) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let (text, markdown) = rule_help(r);
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.what },
                "help": { "text": text, "markdown": markdown },
                "defaultConfiguration": { "level": sarif_level(r.level) },
                "properties": { "tags": [r.category_name()] },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let mut location = serde_json::Map::new();
            if d.file != "catalog" {
                let mut physical = json!({ "artifactLocation": { "uri": uri(&d.file) } });
                if let (Some(line), Some(column)) = (d.line, d.column) {
                    physical["region"] =
                        json!({ "startLine": line, "startColumn": column, "endColumn": column + d.width.max(1) });
                }
                location.insert("physicalLocation".into(), physical);
            }
            if let Some(subject) = &d.subject {
                let kind = subject.split(':').next().unwrap_or("scope");
                location.insert("logicalLocations".into(), json!([{ "fullyQualifiedName": subject, "kind": kind }]));
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": sarif_level(d.severity),
                "message": { "text": d.message },
                "locations": [Value::Object(location)],
            });
            if let Some(i) = RULES.iter().position(|r| r.code == d.code) {
                result["ruleIndex"] = json!(i);
            }
            if !d.evidence.is_empty() {
                result["properties"] = json!({ "evidence": d.evidence });
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "scopectl",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

/// Escapes workflow-command data (`%`, CR, LF) and, for properties, `:` and `,`.
fn gh_escape(s: &str, property: bool) -> String {
    let mut out = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
#[must_use]
pub fn github(report: &LintReport) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let command = match d.severity {
            Level::Error => "error",
            Level::Warning => "warning",
            _ => "notice",
        };
        let mut props = Vec::new();
        if d.file != "catalog" {
            props.push(format!("file={}", gh_escape(&d.file, true)));
        }
        if let (Some(line), Some(col)) = (d.line, d.column) {
            props.push(format!("line={line},col={col}"));
        }
        props.push(format!("title={}", gh_escape(&format!("{} {}", d.code, d.name), true)));
        let _ = writeln!(out, "::{command} {}::{}", props.join(","), gh_escape(&d.message, false));
    }
    out
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF): the replacement character,
            // so the report stays well-formed and still shows that something was there.
            c if ((c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}') => {
                out.push('\u{fffd}');
            }
            c => out.push(c),
        }
    }
    out
}

fn located(d: &Diagnostic) -> String {
    match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}: {}", d.file, d.message),
        _ => format!("{}: {}", d.file, d.message),
    }
}

/// JUnit XML: a test suite per file, a test case per rule that ran on it (failing when the rule
/// found something there); a file that did not load is one case in error.
#[must_use]
pub fn junit(report: &LintReport) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for t in &report.targets {
        let mine: Vec<&Diagnostic> = report.diagnostics.iter().filter(|d| d.file == t.file).collect();
        let mut cases = String::new();
        let (mut t_tests, mut t_failures, mut t_errors) = (0, 0, 0);
        if !t.loaded {
            t_tests += 1;
            t_errors += 1;
            let body: Vec<String> = mine.iter().map(|d| xml(&located(d))).collect();
            let _ = writeln!(
                cases,
                "    <testcase name=\"{LOAD_ERROR} load-error\" classname=\"{f}\">\n      <error message=\"{f} could not be loaded\">{}</error>\n    </testcase>",
                body.join("\n"),
                f = xml(&t.file)
            );
        }
        for rule in &t.rules {
            t_tests += 1;
            let found: Vec<&&Diagnostic> = mine.iter().filter(|d| d.code == rule.code).collect();
            let _ = write!(cases, "    <testcase name=\"{} {}\" classname=\"{}\"", rule.code, rule.name, xml(&t.file));
            if found.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            t_failures += 1;
            let body: Vec<String> = found.iter().map(|d| xml(&located(d))).collect();
            let _ = writeln!(
                cases,
                ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                found.iter().map(|d| d.severity).max().unwrap_or(Level::Info),
                xml(&plural(found.len(), "finding", "findings")),
                body.join("\n")
            );
        }
        let _ = write!(
            suites,
            "  <testsuite name=\"{}\" tests=\"{t_tests}\" failures=\"{t_failures}\" errors=\"{t_errors}\">\n{cases}  </testsuite>\n",
            xml(&t.file)
        );
        tests += t_tests;
        failures += t_failures;
        errors += t_errors;
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"scopectl lint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n{suites}</testsuites>\n"
    )
}

#[cfg(test)]
#[path = "diagnostics_tests.rs"]
mod tests;
