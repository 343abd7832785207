//! Which rules run and how loud: `select`/`ignore` (codes, prefixes, `ALL`; the most specific
//! selector wins and `ignore` wins ties, as in ruff), severity overrides, and allow-entries.

use std::collections::HashMap;

use super::breadth::Evidence;
use super::rules::{l007_expired_allow, l008_unused_allow};
use super::{Context, Finding, Options, RULES, Rule};
use crate::model::{AllowEntry, Level, LintConfig, Subject};

/// A `[lint]` table or flag that names no rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct ConfigError {
    /// `[lint] select`, `--ignore`…
    pub origin: String,
    pub message: String,
    /// Where in the set it was written (`None` for flags).
    pub subject: Option<Subject>,
}

/// The enabled rules and their severities.
#[derive(Debug, Clone)]
pub struct Selection {
    levels: HashMap<&'static str, Level>,
}

/// A retired code (`B006`) stands for the rule its check moved to (`P010`), so configurations
/// written before the move keep their meaning.
fn redirect(selector: &str) -> &str {
    super::retired(selector).map_or(selector, |r| r.moved_to)
}

/// How specific a selector is (`ALL` < `B` < `B0` < `B001`), when it matches `code`.
fn specificity(selector: &str, code: &str) -> Option<usize> {
    let selector = redirect(selector);
    if selector.eq_ignore_ascii_case("ALL") {
        Some(0)
    } else if code.len() >= selector.len() && code[..selector.len()].eq_ignore_ascii_case(selector) {
        Some(selector.len())
    } else {
        None
    }
}

fn check_selectors(origin: &str, subject: Option<Subject>, selectors: &[String]) -> Result<(), ConfigError> {
    for s in selectors {
        if !RULES.iter().any(|r| specificity(s, r.code).is_some()) {
            return Err(ConfigError {
                origin: origin.to_owned(),
                subject,
                message: format!(
                    "`{s}` selects no rule; use a code (`B001`), a prefix (`B`, `B00`) or `ALL` (see `scopectl rules`)"
                ),
            });
        }
    }
    Ok(())
}

fn best<'s>(selectors: impl Iterator<Item = &'s String>, code: &str) -> Option<usize> {
    selectors.filter_map(|s| specificity(s, code)).max()
}

impl Selection {
    /// Resolves the set's `[lint]` table and the command-line options.
    ///
    /// # Errors
    /// When a selector, severity key or allow-entry names no rule.
    pub fn resolve(config: &LintConfig, options: &Options) -> Result<Self, ConfigError> {
        check_selectors("[lint] select", Some(Subject::Lint("select")), &config.select)?;
        check_selectors("[lint] ignore", Some(Subject::Lint("ignore")), &config.ignore)?;
        check_selectors("--select", None, &options.select)?;
        check_selectors("--ignore", None, &options.ignore)?;
        let severity_keys: Vec<String> = config.severity.keys().cloned().collect();
        check_selectors("[lint] severity", Some(Subject::Lint("severity")), &severity_keys)?;
        for (i, allow) in config.allow.iter().enumerate() {
            if super::rule(redirect(&allow.rule)).is_none() {
                return Err(ConfigError {
                    origin: format!("[lint] allow entry {}", i + 1),
                    message: format!("`{}` is not a rule code (see `scopectl rules`)", allow.rule),
                    subject: Some(Subject::Allow(i)),
                });
            }
        }
        let default_all = vec!["ALL".to_owned()];
        let select = if !options.select.is_empty() {
            &options.select
        } else if !config.select.is_empty() {
            &config.select
        } else {
            &default_all
        };
        let mut levels = HashMap::new();
        for rule in RULES {
            let Some(on) = best(select.iter(), rule.code) else { continue };
            let off = best(config.ignore.iter().chain(&options.ignore), rule.code);
            if off.is_some_and(|off| off >= on) {
                continue;
            }
            let level = config
                .severity
                .iter()
                .filter_map(|(k, level)| specificity(k, rule.code).map(|s| (s, *level)))
                .max_by_key(|(s, _)| *s)
                .map_or(rule.level, |(_, level)| level);
            if level != Level::Off {
                levels.insert(rule.code, level);
            }
        }
        Ok(Selection { levels })
    }

    /// The severity of `rule`, or `None` when it does not run.
    #[must_use]
    pub fn level(&self, rule: &Rule) -> Option<Level> {
        self.levels.get(rule.code).copied()
    }
}

fn matches(allow: &AllowEntry, finding: &Finding) -> bool {
    redirect(&allow.rule).eq_ignore_ascii_case(finding.rule.code)
        && allow.scope.as_deref().is_none_or(|s| finding.subject.scope() == Some(s))
        && allow.role.as_deref().is_none_or(|r| finding.subject.role() == Some(r))
        && allow.client.as_deref().is_none_or(|c| finding.subject.client() == Some(c))
}

/// Drops the findings that a live allow-entry accepts, then reports expired and unused entries.
pub(super) fn apply_allows(ctx: &Context<'_>, findings: Vec<Finding>, selection: &Selection) -> (Vec<Finding>, usize) {
    let allows = &ctx.set.lint.allow;
    let live: Vec<bool> =
        allows.iter().map(|a| !a.reason.trim().is_empty() && a.expires.is_none_or(|d| d >= ctx.today)).collect();
    let mut used = vec![false; allows.len()];
    let mut kept = Vec::with_capacity(findings.len());
    let mut allowed = 0;
    for finding in findings {
        match allows.iter().enumerate().position(|(i, a)| live[i] && matches(a, &finding)) {
            Some(i) => {
                used[i] = true;
                allowed += 1;
            }
            None => kept.push(finding),
        }
    }
    let mut report = |rule: &'static Rule, i: usize, message: String| {
        if let Some(severity) = selection.level(rule) {
            kept.push(Finding { rule, severity, subject: Subject::Allow(i), message, evidence: Evidence::default() });
        }
    };
    for (i, allow) in allows.iter().enumerate() {
        let what = describe(allow);
        if let Some(expired) = allow.expires.filter(|d| *d < ctx.today) {
            report(
                &l007_expired_allow::RULE,
                i,
                format!("the allow-entry for {what} expired on {expired}; it no longer accepts anything"),
            );
        } else if allow.reason.trim().is_empty() {
            report(
                &l008_unused_allow::RULE,
                i,
                format!("the allow-entry for {what} gives no reason, so it accepts nothing"),
            );
        } else if !used[i] {
            report(&l008_unused_allow::RULE, i, format!("the allow-entry for {what} matched no finding"));
        }
    }
    (kept, allowed)
}

fn describe(allow: &AllowEntry) -> String {
    let mut parts = vec![format!("`{}`", allow.rule)];
    for (key, value) in [("scope", &allow.scope), ("role", &allow.role), ("client", &allow.client)] {
        if let Some(v) = value {
            parts.push(format!("{key} `{v}`"));
        }
    }
    parts.join(" on ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(select: &[&str], ignore: &[&str]) -> LintConfig {
        LintConfig {
            select: select.iter().map(|s| (*s).to_owned()).collect(),
            ignore: ignore.iter().map(|s| (*s).to_owned()).collect(),
            ..LintConfig::default()
        }
    }

    fn on(config: &LintConfig, options: &Options, code: &str) -> bool {
        let sel = Selection::resolve(config, options).unwrap();
        sel.level(super::super::rule(code).unwrap()).is_some()
    }

    #[test]
    fn the_most_specific_selector_wins_and_ignore_wins_ties() {
        let none = Options::default();
        assert!(on(&cfg(&[], &[]), &none, "B001"));
        assert!(!on(&cfg(&[], &["B"]), &none, "B001"));
        assert!(on(&cfg(&["B001"], &["B"]), &none, "B001"));
        assert!(!on(&cfg(&["B001"], &["B"]), &none, "B002"));
        assert!(!on(&cfg(&["B"], &["B"]), &none, "B001"));
        assert!(!on(&cfg(&["ALL"], &["ALL"]), &none, "N001"));
        assert!(on(&cfg(&["ALL"], &["B"]), &none, "N001"));
        let flags = Options { select: vec!["N".into()], ignore: vec!["N001".into()] };
        assert!(on(&cfg(&["B"], &[]), &flags, "N002"));
        assert!(!on(&cfg(&["B"], &[]), &flags, "N001"));
        assert!(!on(&cfg(&["B"], &[]), &flags, "B001"));
    }

    #[test]
    fn severities_override_and_off_disables() {
        let mut config = cfg(&[], &[]);
        config.severity.insert("M".into(), Level::Error);
        config.severity.insert("M001".into(), Level::Off);
        let sel = Selection::resolve(&config, &Options::default()).unwrap();
        assert_eq!(sel.level(super::super::rule("M002").unwrap()), Some(Level::Error));
        assert_eq!(sel.level(super::super::rule("M001").unwrap()), None);
    }

    #[test]
    fn retired_codes_select_the_rule_their_check_moved_to() {
        let none = Options::default();
        assert!(on(&cfg(&["B006"], &[]), &none, "P010"));
        assert!(!on(&cfg(&["B006"], &[]), &none, "B001"));
        assert!(!on(&cfg(&[], &["b007"]), &none, "P010"));
    }

    #[test]
    fn unknown_selectors_are_refused() {
        let err = Selection::resolve(&cfg(&["X1"], &[]), &Options::default()).unwrap_err();
        assert_eq!(err.origin, "[lint] select");
        assert!(err.message.contains("`X1` selects no rule"));
        let flags = Options { ignore: vec!["B9".into()], ..Options::default() };
        assert_eq!(Selection::resolve(&cfg(&[], &[]), &flags).unwrap_err().origin, "--ignore");
    }
}
