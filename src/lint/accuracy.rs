//! Precision and recall of the B rules on real scope names from public provider documentation
//! (`tests/fixtures/broad_labels.tsv`, labelled by hand with a reason each). The names are linted
//! as one set, as a provider's catalogue would be, with no metadata: breadth comes from the names.

use std::io::Write as _;

use super::Context;
use super::testing::today;
use crate::model::{Scope, ScopeSet};

const LABELS: &str = include_str!("../../tests/fixtures/broad_labels.tsv");

struct Label<'a> {
    scope: &'a str,
    broad: bool,
}

fn labels() -> Vec<Label<'static>> {
    LABELS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "provider, scope, label, reason: {l}");
            assert!(matches!(cols[2], "broad" | "narrow"), "{l}");
            assert!(!cols[3].trim().is_empty(), "every label has a reason: {l}");
            Label { scope: cols[1], broad: cols[2] == "broad" }
        })
        .collect()
}

#[test]
fn b_rules_precision_and_recall_on_real_scope_names() {
    let labels = labels();
    assert!(labels.len() >= 150, "the fixture holds {} names", labels.len());
    let set = ScopeSet { scopes: labels.iter().map(|l| Scope::new(l.scope)).collect(), ..ScopeSet::default() };
    let ctx = Context::new(&set, today());
    let (mut tp, mut fp, mut fn_) = (0_u32, 0_u32, 0_u32);
    let mut misses = Vec::new();
    for l in &labels {
        let verdict = ctx.broad(l.scope);
        match (l.broad, &verdict) {
            (true, Some(_)) => tp += 1,
            (false, Some((rule, why))) => {
                fp += 1;
                misses.push(format!("false positive {}: {} {why}", l.scope, rule.code));
            }
            (true, None) => {
                fn_ += 1;
                misses.push(format!("false negative {}", l.scope));
            }
            (false, None) => {}
        }
    }
    let precision = f64::from(tp) / f64::from(tp + fp);
    let recall = f64::from(tp) / f64::from(tp + fn_);
    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "B rules on {} labelled scope names: precision {precision:.3} ({tp}/{}), recall {recall:.3} ({tp}/{})",
        labels.len(),
        tp + fp,
        tp + fn_
    );
    for m in &misses {
        let _ = writeln!(err, "  {m}");
    }
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}:\n{}",
        misses.join("\n")
    );
}
