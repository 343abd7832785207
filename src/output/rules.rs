//! `scopectl rule CODE` (one rule's page) and `scopectl rules` (the catalogue of rules).

use std::io::{self, Write};

use serde::Serialize;

use super::{Listing, Term, View};
use crate::lint::{Retired, Rule};

const COLUMNS: &[&str] = &["code", "name", "category", "severity", "summary"];

fn row(r: &Rule) -> Vec<String> {
    vec![r.code.into(), r.name.into(), r.category_name().into(), r.level.to_string(), r.summary.into()]
}

/// One rule, as `scopectl rule` prints it.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct RulePage(pub &'static Rule);

fn indent(text: &str) -> String {
    text.lines().map(|l| if l.is_empty() { String::new() } else { format!("    {l}") }).collect::<Vec<_>>().join("\n")
}

impl View for RulePage {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(COLUMNS);
        l.push(row(self.0));
        l
    }

    fn human(&self, out: &mut dyn Write, _: &Term) -> io::Result<()> {
        let r = self.0;
        writeln!(out, "{} ({}): {}", r.name, r.code, r.summary)?;
        writeln!(out, "Category: {}. Default severity: {}.", r.category_name(), r.level)?;
        writeln!(out, "\n## What it does\n{}", r.what)?;
        writeln!(out, "\n## Why\n{}", r.why)?;
        writeln!(out, "\n## Example\n{}\n\nUse instead:\n{}", indent(r.bad), indent(r.good))?;
        writeln!(out, "\n## Fix\n{}", r.fix)
    }
}

/// Every rule, as `scopectl rules` lists them.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct RuleList(pub &'static [Rule]);

impl View for RuleList {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(COLUMNS);
        for r in self.0 {
            l.push(row(r));
        }
        l
    }
}

/// A retired code, as `scopectl rule` prints it: where its check went.
#[derive(Debug, Serialize)]
pub struct RetiredPage(pub &'static Retired);

impl View for RetiredPage {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["code", "name", "moved_to", "why"]);
        let r = self.0;
        l.push(vec![r.code.into(), r.name.into(), r.moved_to.into(), r.why.into()]);
        l
    }

    fn human(&self, out: &mut dyn Write, _: &Term) -> io::Result<()> {
        let r = self.0;
        writeln!(out, "{} ({}) is retired: its check is now {}.", r.name, r.code, r.moved_to)?;
        writeln!(out, "\n{}", r.why)?;
        writeln!(out, "\n`scopectl rule {}` explains the rule that does it now.", r.moved_to)
    }
}
