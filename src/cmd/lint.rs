//! `scopectl lint`, `scopectl rule CODE` and `scopectl rules`.

use std::ops::Range;
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};
use clap::Args;

use super::{Ctx, FailOn, LISTING};
use crate::ExitStatus;
use crate::interop::openapi;
use crate::lint::baseline::{Baseline, subject_key};
use crate::lint::breadth::Evidence;
use crate::lint::{self, Finding, Options, Selection};
use crate::model::{Level, LintConfig, ScopeSet, Source, Subject};
use crate::output::diagnostics::{self, Diagnostic, LOAD_ERROR, LintReport, Target};
use crate::output::rules::{RetiredPage, RuleList, RulePage};
use crate::output::{self, Format};
use crate::scopeset::{self, LoadError};
use crate::store;

/// `scopectl lint`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  scopectl lint scopes.toml\n  scopectl lint --format sarif scopes.toml > lint.sarif\n  \
scopectl lint --select B,P --ignore P005 scopes.toml\n  git show HEAD:scopes.toml | scopectl lint -\n  \
scopectl lint --write-baseline lint-baseline.json scopes.toml   # adopt on an existing set\n  \
scopectl lint --baseline lint-baseline.json scopes.toml         # then fail only on new findings\n  \
scopectl lint --openapi openapi.yaml                            # the scopes and operations of an API\n\n\
Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 a file did not load or the usage was wrong.\n\
Formats: human (default), json, sarif, github, junit. `scopectl rules` lists the rules."
)]
pub struct LintArgs {
    /// Scope-set files to lint; `-` reads standard input
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Lint the catalog (the database) as well
    #[arg(long)]
    pub catalog: bool,
    /// Lint the scopes and operation security of an OpenAPI 3 document (YAML or JSON); repeatable.
    /// Rules on fields a document cannot hold (M002 M003 M004) run only when --select names them
    #[arg(long = "openapi", value_name = "SPEC")]
    pub openapi: Vec<PathBuf>,
    /// Rules to run: codes, prefixes or ALL, comma-separated (replaces `[lint] select`)
    #[arg(long, value_delimiter = ',', value_name = "SELECTOR")]
    pub select: Vec<String>,
    /// Rules to skip: codes, prefixes or ALL, comma-separated (added to `[lint] ignore`)
    #[arg(long, value_delimiter = ',', value_name = "SELECTOR")]
    pub ignore: Vec<String>,
    /// The lowest severity that makes the command exit 1
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "LEVEL")]
    pub fail_on: FailOn,
    /// Accept the findings recorded in this baseline file; report only new ones
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings as the accepted baseline in this file
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

/// `scopectl rule`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  scopectl rule B002\n  scopectl rule B002 --format json")]
pub struct RuleArgs {
    /// A rule code, such as B001
    pub code: String,
}

const LINT_FORMATS: &[Format] = &[Format::Table, Format::Json, Format::Sarif, Format::Github, Format::Junit];

/// One thing to lint: a loaded file, an OpenAPI document or the catalog.
struct Input {
    set: ScopeSet,
    source: Option<Source>,
    label: String,
    /// Rules to skip on this input, besides the selection.
    skip: &'static [&'static str],
}

/// Runs `scopectl lint`.
///
/// # Errors
/// Bad usage (no target, an unknown selector, an unreadable baseline) and catalog failures.
pub fn run(args: &LintArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("lint", LINT_FORMATS)?;
    if args.files.is_empty() && args.openapi.is_empty() && !args.catalog {
        bail!("name a scope-set file to lint, `-` for standard input, --openapi SPEC, or --catalog");
    }
    let options = Options { select: args.select.clone(), ignore: args.ignore.clone() };
    // Flags are checked before any file is read: a typo in --select is bad usage.
    Selection::resolve(&LintConfig::default(), &options)?;
    let baseline = match &args.baseline {
        Some(path) => {
            if let Some(why) = crate::input::refusal(path, "a baseline file") {
                bail!("cannot read baseline {}: {why}", path.display());
            }
            let text =
                std::fs::read_to_string(path).with_context(|| format!("cannot read baseline {}", path.display()))?;
            Some(Baseline::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?)
        }
        None => None,
    };
    let mut report = LintReport { diagnostics: Vec::new(), targets: Vec::new(), allowed: 0, baselined: 0 };
    let mut inputs = Vec::new();
    let mut failed_loads = Vec::new();
    for path in &args.files {
        match scopeset::load_path(path) {
            Ok(loaded) => {
                let label = loaded.source.path.clone();
                inputs.push(Input { set: loaded.set, source: Some(loaded.source), label, skip: &[] });
            }
            Err(err) => {
                report.diagnostics.extend(load_diagnostics(&err));
                report.targets.push(Target { file: err.path.clone(), rules: Vec::new(), loaded: false });
                failed_loads.push(err.summary());
            }
        }
    }
    for path in &args.openapi {
        let read = scopeset::read_text(path, "an OpenAPI document (YAML or JSON)")
            .and_then(|(label, text)| openapi::import(&label, &text));
        match read {
            Ok(imported) => {
                for line in imported.unmapped_lines() {
                    ctx.msg.warn(line);
                }
                let skip = if args.select.is_empty() { openapi::RULES_NOT_FOR_SPECS } else { &[] };
                let label = imported.source.path.clone();
                inputs.push(Input { set: imported.set, source: Some(imported.source), label, skip });
            }
            Err(err) => {
                report.diagnostics.extend(load_diagnostics(&err));
                report.targets.push(Target { file: err.path.clone(), rules: Vec::new(), loaded: false });
                failed_loads.push(err.summary());
            }
        }
    }
    if args.catalog {
        let set = store::snapshot(&ctx.open()?)?;
        inputs.push(Input { set, source: None, label: "catalog".into(), skip: &[] });
    }
    let mut findings = Vec::new();
    for input in &inputs {
        let mut options = options.clone();
        options.ignore.extend(input.skip.iter().map(|c| (*c).to_owned()));
        match lint::lint(&input.set, ctx.today(), &options) {
            Ok(outcome) => {
                report.allowed += outcome.allowed;
                report.targets.push(Target { file: input.label.clone(), rules: outcome.rules, loaded: true });
                findings.push(outcome.findings);
            }
            // A `[lint]` table naming no rule: the file is not usable as written, like a load error.
            Err(e) => {
                let lines = input.source.as_ref().map(|s| Lines::new(&s.text));
                report.diagnostics.push(config_diagnostic(&e, input, lines.as_ref()));
                report.targets.push(Target { file: input.label.clone(), rules: Vec::new(), loaded: false });
                failed_loads.push(format!("{}: {e}", input.label));
                findings.push(Vec::new());
            }
        }
    }
    if let Some(path) = &args.write_baseline {
        let written = Baseline::from_findings(findings.iter().flatten());
        std::fs::write(path, written.to_json()).with_context(|| format!("cannot write baseline {}", path.display()))?;
        ctx.msg.note(format!("wrote {} accepted findings to {}", written.len(), path.display()));
    }
    let needs = Needs { subject: format == Format::Sarif, source_line: format == Format::Table };
    for (input, found) in inputs.iter().zip(findings) {
        let before = report.diagnostics.len();
        let lines = input.source.as_ref().map(|s| Lines::new(&s.text));
        for f in found {
            let accepted = args.write_baseline.is_some() || baseline.as_ref().is_some_and(|b| b.accepts(&f));
            if accepted {
                report.baselined += 1;
            } else {
                report.diagnostics.push(diagnostic(f, input, lines.as_ref(), needs));
            }
        }
        report.diagnostics[before..].sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    }
    let fails = report.diagnostics.iter().any(|d| d.code != LOAD_ERROR && args.fail_on.fails(d.severity));
    diagnostics::print(&report, format)?;
    // A large set is millions of small allocations (100k scopes: ~5% of the run frees them) and
    // the process ends once this returns: leave the memory to the OS instead of freeing each one
    // (the same goes for the report, a few allocations per finding).
    std::mem::forget(inputs);
    std::mem::forget(report);
    if !failed_loads.is_empty() {
        output::error(&anyhow::anyhow!(failed_loads.join("; ")));
        return Ok(ExitStatus::Error);
    }
    Ok(if fails { ExitStatus::Failure } else { ExitStatus::Success })
}

/// A diagnostic with no rule behind it: a load problem or a `[lint]` table naming no rule.
fn load_error(file: &str, message: String, lines: Option<&Lines<'_>>, span: Option<Range<usize>>) -> Diagnostic {
    let at = locate(lines, span, true);
    Diagnostic {
        code: LOAD_ERROR,
        name: "load-error",
        severity: Level::Error,
        message,
        hint: None,
        scope: None,
        role: None,
        client: None,
        file: file.to_owned(),
        line: at.line,
        column: at.column,
        source_line: at.source_line,
        width: at.width,
        subject: None,
        evidence: Evidence::default(),
    }
}

fn load_diagnostics(err: &LoadError) -> Vec<Diagnostic> {
    let lines = err.text.as_deref().map(Lines::new);
    err.problems.iter().map(|p| load_error(&err.path, p.message.clone(), lines.as_ref(), p.span.clone())).collect()
}

fn config_diagnostic(e: &lint::ConfigError, input: &Input, lines: Option<&Lines<'_>>) -> Diagnostic {
    let span = input.source.as_ref().zip(e.subject.as_ref()).and_then(|(s, subject)| s.span(subject));
    load_error(&input.label, e.to_string(), lines, span)
}

/// The fields of a [`Diagnostic`] only some formats print: the subject key (SARIF) and the source
/// line (human). The others leave them out, which saves two strings per finding.
#[derive(Debug, Clone, Copy)]
struct Needs {
    subject: bool,
    source_line: bool,
}

fn diagnostic(f: Finding, input: &Input, lines: Option<&Lines<'_>>, needs: Needs) -> Diagnostic {
    let at = locate(lines, input.source.as_ref().and_then(|s| s.span(&f.subject)), needs.source_line);
    let subject = needs.subject.then(|| subject_key(&f.subject));
    let (scope, role, client) = subject_parts(f.subject);
    Diagnostic {
        code: f.rule.code,
        name: f.rule.name,
        severity: f.severity,
        message: f.message,
        hint: Some(f.rule.fix),
        scope,
        role,
        client,
        file: input.label.clone(),
        line: at.line,
        column: at.column,
        source_line: at.source_line,
        width: at.width,
        subject,
        evidence: f.evidence,
    }
}

/// [`Subject::scope`], [`Subject::role`] and [`Subject::client`] of `subject`, moved out of it
/// rather than copied.
fn subject_parts(subject: Subject) -> (Option<String>, Option<String>, Option<String>) {
    match subject {
        Subject::Scope(s) | Subject::ScopeField(s, _) | Subject::OperationScope(_, s) => (Some(s), None, None),
        Subject::Grant(r, s) => (Some(s), Some(r), None),
        Subject::FeatureScope(c, _, s) => (Some(s), None, Some(c)),
        Subject::Role(r) | Subject::RoleField(r, _) => (None, Some(r), None),
        Subject::Client(c) | Subject::Feature(c, _) => (None, None, Some(c)),
        Subject::Setting(_)
        | Subject::Lint(_)
        | Subject::Allow(_)
        | Subject::Operation(_)
        | Subject::Requirement(..) => (None, None, None),
    }
}

/// Where a span is, for people: line, column, the line's text and how much of it to underline.
struct Located {
    line: Option<usize>,
    column: Option<usize>,
    source_line: Option<String>,
    width: usize,
}

/// `source_line` is left out unless `keep_line`.
fn locate(lines: Option<&Lines<'_>>, span: Option<Range<usize>>, keep_line: bool) -> Located {
    let Some((lines, span)) = lines.zip(span) else {
        return Located { line: None, column: None, source_line: None, width: 1 };
    };
    let (line, column, text) = lines.locate(span.start);
    // Underline the span, cut at the end of its first line.
    let rest = text.chars().count().saturating_sub(column - 1);
    let width = span.len().clamp(1, rest.max(1));
    Located { line: Some(line), column: Some(column), source_line: keep_line.then(|| text.to_owned()), width }
}

/// Line breaks counted per block of a text, so each finding is located by counting within one
/// block rather than by rescanning the file (which made linting large sets quadratic) or by
/// recording every line start (which cost more than some rules).
struct Lines<'a> {
    text: &'a str,
    /// The number of line breaks before each block of [`Lines::BLOCK`] bytes, and in the whole text.
    breaks: Vec<usize>,
}

impl<'a> Lines<'a> {
    const BLOCK: usize = 1024;

    fn new(text: &'a str) -> Self {
        let mut breaks = Vec::with_capacity(text.len() / Self::BLOCK + 2);
        let mut n = 0;
        for block in text.as_bytes().chunks(Self::BLOCK) {
            breaks.push(n);
            n += count_breaks(block);
        }
        breaks.push(n);
        Lines { text, breaks }
    }

    /// The 1-based line and column (in characters) of `offset`, and the line's text.
    fn locate(&self, offset: usize) -> (usize, usize, &'a str) {
        let offset = offset.min(self.text.len());
        let bytes = self.text.as_bytes();
        let block = offset / Self::BLOCK;
        let before = self.breaks.get(block).copied().unwrap_or(0) + count_breaks(&bytes[block * Self::BLOCK..offset]);
        let start = bytes[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let end = bytes[offset..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| offset + p);
        let text = self.text.get(start..end).unwrap_or("").trim_end_matches('\r');
        let column = self.text.get(start..offset).map_or(1, |before| before.chars().count() + 1);
        (before + 1, column, text)
    }
}

fn count_breaks(bytes: &[u8]) -> usize {
    // Counted in byte-wide sums of at most 255, which the compiler turns into vector code.
    bytes.chunks(255).map(|chunk| usize::from(chunk.iter().fold(0_u8, |n, &b| n + u8::from(b == b'\n')))).sum()
}

/// Runs `scopectl rule CODE`.
///
/// # Errors
/// When no rule has that code.
pub fn rule(args: &RuleArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("rule", &[Format::Table, Format::Json])?;
    if let Some(retired) = lint::retired(&args.code) {
        output::emit(&RetiredPage(retired), format)?;
        return Ok(ExitStatus::Success);
    }
    let Some(rule) = lint::rule(&args.code) else {
        bail!("there is no rule `{}`; `scopectl rules` lists them all", args.code);
    };
    output::emit(&RulePage(rule), format)?;
    Ok(ExitStatus::Success)
}

/// Runs `scopectl rules`.
///
/// # Errors
/// When stdout cannot be written.
pub fn rules(ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("rules", LISTING)?;
    output::emit(&RuleList(lint::RULES), format)?;
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::Lines;
    use crate::model::LineCol;

    #[test]
    fn lines_locate_like_the_model_does() {
        let text = "ab\n\u{e7}d = 1\r\n\nlast";
        let lines = Lines::new(text);
        for offset in 0..=text.len() {
            if !text.is_char_boundary(offset) {
                continue;
            }
            let (line, column, _) = lines.locate(offset);
            assert_eq!(LineCol { line, column }, LineCol::at(text, offset), "offset {offset}");
        }
        assert_eq!(lines.locate(5).2, "\u{e7}d = 1");
        assert_eq!(lines.locate(text.len()).2, "last");
    }

    #[test]
    fn lines_locate_across_blocks() {
        let mut text = String::new();
        for i in 0..700 {
            text.push_str(&"x\u{e9}".repeat(i % 7));
            text.push_str(if i % 5 == 0 { "\r\n" } else { "\n" });
        }
        for len in [text.len(), Lines::BLOCK * 4, Lines::BLOCK * 4 + 1] {
            let text = &text[..text.floor_char_boundary(len)];
            let lines = Lines::new(text);
            for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
                let (line, column, source) = lines.locate(offset);
                assert_eq!(LineCol { line, column }, LineCol::at(text, offset), "offset {offset}");
                assert_eq!(Some(source), text.split('\n').nth(line - 1).map(|l| l.trim_end_matches('\r')));
            }
        }
    }
}
