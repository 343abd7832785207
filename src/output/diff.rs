//! `diff` output: entities added (`+`), removed (`-`) and changed (`~`), with every change that
//! widens privilege marked `[WIDENS]` (human) or flagged (JSON, markdown).

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use super::{Listing, Term, View};
use crate::catalog::diff::{Change, Diff, DiffSummary, Entry, Kind};

/// A diff between the sides named `old` and `new`.
#[derive(Debug, Serialize)]
pub struct DiffView<'a> {
    pub old: &'a str,
    pub new: &'a str,
    pub widens: bool,
    pub summary: DiffSummary,
    pub entries: &'a [Entry],
}

impl<'a> DiffView<'a> {
    #[must_use]
    pub fn new(old: &'a str, new: &'a str, diff: &'a Diff) -> Self {
        DiffView { old, new, widens: diff.widens(), summary: diff.summary(), entries: &diff.entries }
    }

    fn summary_line(&self) -> String {
        let s = self.summary;
        if self.entries.is_empty() {
            return format!("No differences between {} and {}.", self.old, self.new);
        }
        format!(
            "{} added, {} removed, {} changed; {} widen{} privilege.",
            s.added,
            s.removed,
            s.changed,
            s.widening,
            if s.widening == 1 { "s" } else { "" }
        )
    }

    /// A markdown comment for a pull request.
    #[must_use]
    pub fn markdown(&self) -> String {
        let mut out = format!("### Scope set changes: `{}` → `{}`\n\n", self.old, self.new);
        if self.widens {
            out.push_str("> [!WARNING]\n> Privilege widens: review the rows marked **widens**.\n\n");
        }
        let _ = writeln!(out, "{}\n", self.summary_line());
        if self.entries.is_empty() {
            return out;
        }
        out.push_str("| | kind | name | change | widens |\n|---|---|---|---|---|\n");
        for e in self.entries {
            let sign = sign(e.change);
            let kind = kind(e.kind);
            if e.details.is_empty() {
                let _ = writeln!(out, "| {sign} | {kind} | `{}` | {} | |", cell(&e.name), change(e.change));
            }
            for d in &e.details {
                let widens = if d.widens { " **widens** " } else { " " };
                let _ = writeln!(out, "| {sign} | {kind} | `{}` | {} |{widens}|", cell(&e.name), cell(&d.text));
            }
        }
        out
    }
}

fn sign(c: Change) -> &'static str {
    match c {
        Change::Added => "+",
        Change::Removed => "-",
        Change::Changed => "~",
    }
}

fn change(c: Change) -> &'static str {
    match c {
        Change::Added => "added",
        Change::Removed => "removed",
        Change::Changed => "changed",
    }
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Scope => "scope",
        Kind::Role => "role",
        Kind::Client => "client",
    }
}

/// Text safe inside a markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

impl View for DiffView<'_> {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["change", "kind", "name", "detail", "widens"]);
        for e in self.entries {
            for d in &e.details {
                l.push(vec![
                    change(e.change).into(),
                    kind(e.kind).into(),
                    e.name.clone(),
                    d.text.clone(),
                    d.widens.to_string(),
                ]);
            }
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let mut text = String::new();
        let mark = if term.color {
            let s = anstyle::AnsiColor::Red.on_default().bold();
            format!("{s}[WIDENS]{s:#}")
        } else {
            "[WIDENS]".to_owned()
        };
        for e in self.entries {
            let flag = if e.widens { format!("  {mark}") } else { String::new() };
            let _ = writeln!(text, "{} {} {}{flag}", sign(e.change), kind(e.kind), e.name);
            for d in &e.details {
                let flag = if d.widens { format!("  {mark}") } else { String::new() };
                let _ = writeln!(text, "    {}{flag}", d.text);
            }
        }
        if !self.entries.is_empty() {
            text.push('\n');
        }
        let _ = writeln!(text, "{}", self.summary_line());
        out.write_all(text.as_bytes())
    }
}
