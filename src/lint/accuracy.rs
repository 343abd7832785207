//! Precision and recall of the breadth model on real scope names from public provider
//! documentation (`tests/fixtures/breadth/`, labelled by hand under `docs/breadth.md`, with a
//! reason and a source each). The corpus is split by provider: `dev.tsv` is what the model was
//! tuned on, `test.tsv` holds providers that were not looked at while tuning and are not in the
//! built-in knowledge. Each provider's names are linted as one set, as its catalogue would be,
//! with no metadata: breadth comes from the names and their siblings.
//!
//! `cargo test --lib lint::accuracy -- --nocapture` prints the figures and every miss.

use std::collections::BTreeMap;
use std::io::Write as _;

use super::Context;
use super::testing::today;
use crate::model::{Scope, ScopeSet};

const DEV: &str = include_str!("../../tests/fixtures/breadth/dev.tsv");
const TEST: &str = include_str!("../../tests/fixtures/breadth/test.tsv");

struct Label<'a> {
    provider: &'a str,
    scope: &'a str,
    broad: bool,
}

fn labels(text: &'static str) -> Vec<Label<'static>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 5, "provider, scope, label, reason, source: {l}");
            assert!(matches!(cols[2], "broad" | "narrow"), "{l}");
            assert!(!cols[3].trim().is_empty(), "every label has a reason: {l}");
            assert!(cols[4].starts_with("http"), "every label has a source: {l}");
            Label { provider: cols[0], scope: cols[1], broad: cols[2] == "broad" }
        })
        .collect()
}

/// Counts of one measurement, and its misses.
#[derive(Default)]
struct Score {
    tp: u32,
    fp: u32,
    fn_: u32,
    names: usize,
    providers: usize,
    misses: Vec<String>,
    /// Per rule code: (true positives, false positives).
    by_rule: BTreeMap<&'static str, (u32, u32)>,
}

impl Score {
    fn precision(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fp).max(1))
    }

    fn recall(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1))
    }

    fn line(&self, what: &str) -> String {
        format!(
            "{what}: {} names from {} providers: precision {:.3} ({}/{}), recall {:.3} ({}/{})",
            self.names,
            self.providers,
            self.precision(),
            self.tp,
            self.tp + self.fp,
            self.recall(),
            self.tp,
            self.tp + self.fn_
        )
    }
}

fn score(labels: &[Label<'_>], knowledge: bool) -> Score {
    let mut by_provider: BTreeMap<&str, Vec<&Label<'_>>> = BTreeMap::new();
    for l in labels {
        by_provider.entry(l.provider).or_default().push(l);
    }
    let mut s = Score { names: labels.len(), providers: by_provider.len(), ..Score::default() };
    for (provider, labels) in by_provider {
        let set = ScopeSet { scopes: labels.iter().map(|l| Scope::new(l.scope)).collect(), ..ScopeSet::default() };
        let mut ctx = Context::new(&set, today());
        ctx.knowledge = knowledge;
        for l in labels {
            let verdict = ctx.broad(l.scope);
            if let Some((rule, _)) = &verdict {
                let e = s.by_rule.entry(rule.code).or_default();
                if l.broad { e.0 += 1 } else { e.1 += 1 }
            }
            match (l.broad, verdict) {
                (true, Some(_)) => s.tp += 1,
                (false, Some((rule, why))) => {
                    s.fp += 1;
                    s.misses.push(format!("false positive {provider} {}: {} {why}", l.scope, rule.code));
                }
                (true, None) => {
                    s.fn_ += 1;
                    s.misses.push(format!("false negative {provider} {}", l.scope));
                }
                (false, None) => {}
            }
        }
    }
    s
}

/// The baseline issue 13 compares with: `\b(all|admin|full|manage|root|super|any|everything)\b|\*`,
/// case-insensitive (`_` is a word character, as in a regex).
fn regex_baseline(labels: &[Label<'_>]) -> Score {
    const WORDS: &[&str] = &["all", "admin", "full", "manage", "root", "super", "any", "everything"];
    let mut s = Score { names: labels.len(), ..Score::default() };
    s.providers = labels.iter().map(|l| l.provider).collect::<std::collections::HashSet<_>>().len();
    for l in labels {
        let hit = l.scope.contains('*')
            || l.scope
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|w| WORDS.iter().any(|b| b.eq_ignore_ascii_case(w)));
        match (l.broad, hit) {
            (true, true) => s.tp += 1,
            (false, true) => s.fp += 1,
            (true, false) => s.fn_ += 1,
            (false, false) => {}
        }
    }
    s
}

#[test]
fn breadth_precision_and_recall_on_real_scope_names() {
    let (dev, test) = (labels(DEV), labels(TEST));
    let dev_providers: std::collections::HashSet<&str> = dev.iter().map(|l| l.provider).collect();
    assert!(test.iter().all(|l| !dev_providers.contains(l.provider)), "the halves share no provider");
    let all: Vec<Label<'_>> = labels(DEV).into_iter().chain(labels(TEST)).collect();
    assert!(all.len() >= 1000, "the corpus holds {} names", all.len());
    let runs = [
        ("test half", score(&test, true)),
        ("test half, knowledge off", score(&test, false)),
        ("whole corpus", score(&all, true)),
        ("whole corpus, knowledge off", score(&all, false)),
        ("dev half, knowledge off", score(&dev, false)),
        ("test half, whole-word regex", regex_baseline(&test)),
        ("dev half, whole-word regex", regex_baseline(&dev)),
    ];
    let mut err = std::io::stderr();
    for (what, s) in &runs {
        let _ = writeln!(err, "{}", s.line(what));
    }
    // The test half stays unseen while tuning: its misses are printed only when asked for.
    if std::env::var_os("SCOPECTL_SHOW_TEST_MISSES").is_some() {
        for (what, s) in &runs[..2] {
            for m in &s.misses {
                let _ = writeln!(err, "  {what}: {m}");
            }
        }
    }
    let _ = writeln!(err, "  dev, by first rule (true, false positives): {:?}", runs[4].1.by_rule);
    for m in &runs[4].1.misses {
        let _ = writeln!(err, "  dev: {m}");
    }
    // Regression floors at the figures measured when the model was frozen (docs/lint-accuracy.md).
    // The goal of issue 13 (0.90 on the test half) does not hold; these keep what does from
    // slipping.
    let (test, dev) = (&runs[0].1, &runs[4].1);
    assert!(test.precision() >= 0.40 && test.recall() >= 0.27, "{}", test.line("test half"));
    assert!(dev.precision() >= 0.75 && dev.recall() >= 0.65, "{}", dev.line("dev half, knowledge off"));
}
