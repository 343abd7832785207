//! Baselines: the findings a set already had when the linter was adopted, so CI fails only on new
//! ones. Entries are keyed by rule code and subject (never by line), and written sorted, so moving
//! things around in the file changes neither the baseline nor what it accepts.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::Finding;
use crate::model::Subject;

/// The current baseline format.
const VERSION: u32 = 1;

/// A set of accepted (code, subject) pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    version: u32,
    findings: BTreeSet<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    code: String,
    subject: String,
}

/// A stable text key for a subject: `scope:read_all_data`, `grant:nurse:read_all_data`.
#[must_use]
pub fn subject_key(subject: &Subject) -> String {
    match subject {
        Subject::Setting(k) => format!("setting:{k}"),
        Subject::Scope(s) => format!("scope:{s}"),
        Subject::ScopeField(s, f) => format!("scope:{s}:{f}"),
        Subject::Role(r) => format!("role:{r}"),
        Subject::RoleField(r, f) => format!("role:{r}:{f}"),
        Subject::Grant(r, s) => format!("grant:{r}:{s}"),
        Subject::Client(c) => format!("client:{c}"),
        Subject::Feature(c, f) => format!("feature:{c}:{f}"),
        Subject::FeatureScope(c, f, s) => format!("feature:{c}:{f}:{s}"),
        Subject::Lint(k) => format!("lint:{k}"),
        Subject::Allow(i) => format!("allow:{i}"),
        Subject::Operation(o) => format!("operation:{o}"),
        Subject::Requirement(o, i) => format!("operation:{o}:requirement:{i}"),
        Subject::OperationScope(o, s) => format!("operation:{o}:scope:{s}"),
    }
}

impl Baseline {
    /// A baseline accepting exactly `findings`.
    pub fn from_findings<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Self {
        let findings = findings
            .into_iter()
            .map(|f| Entry { code: f.rule.code.to_owned(), subject: subject_key(&f.subject) })
            .collect();
        Baseline { version: VERSION, findings }
    }

    /// Reads a baseline written by [`Baseline::to_json`].
    ///
    /// # Errors
    /// When the text is not a baseline of this version.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut baseline: Baseline = serde_json::from_str(text).map_err(|e| format!("not a scopectl baseline: {e}"))?;
        if baseline.version != VERSION {
            return Err(format!("baseline version {} is not supported (expected {VERSION})", baseline.version));
        }
        // A finding recorded under a retired code (B006) is the same finding under the rule its
        // check moved to (P010).
        let findings = std::mem::take(&mut baseline.findings);
        baseline.findings = findings
            .into_iter()
            .map(|mut e| {
                if let Some(r) = super::retired(&e.code) {
                    r.moved_to.clone_into(&mut e.code);
                }
                e
            })
            .collect();
        Ok(baseline)
    }

    /// The baseline as pretty JSON with a trailing newline, entries sorted.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// True when the baseline accepts `finding`.
    #[must_use]
    pub fn accepts(&self, finding: &Finding) -> bool {
        self.findings.contains(&Entry { code: finding.rule.code.to_owned(), subject: subject_key(&finding.subject) })
    }

    /// How many findings the baseline holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.findings.len()
    }

    /// True when the baseline holds no finding.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{named, today};
    use crate::lint::{Options, lint};

    #[test]
    fn a_baseline_accepts_what_it_was_made_from_whatever_the_order() {
        let set = named(&["read_all_data", "admin_console", "view_labs"]);
        let before = lint(&set, today(), &Options::default()).unwrap().findings;
        let baseline = Baseline::parse(&Baseline::from_findings(&before).to_json()).unwrap();
        assert!(!baseline.is_empty());
        let mut reordered = set.clone();
        reordered.scopes.reverse();
        reordered.scopes.push(crate::lint::testing::scope("write_everything"));
        let after = lint(&reordered, today(), &Options::default()).unwrap().findings;
        let new: Vec<_> = after.iter().filter(|f| !baseline.accepts(f)).map(|f| f.subject.clone()).collect();
        assert!(!new.is_empty());
        assert!(new.iter().all(|s| s.scope() == Some("write_everything")), "{new:?}");
        let again = Baseline::from_findings(after.iter().filter(|f| f.subject.scope() != Some("write_everything")));
        assert_eq!(again.to_json(), baseline.to_json(), "stable under reordering");
    }

    #[test]
    fn findings_recorded_under_a_retired_code_stay_accepted() {
        let set = named(&["patient/Observation.cruds"]);
        let found = lint(&set, today(), &Options::default()).unwrap().findings;
        let bundle = found.iter().find(|f| f.rule.code == "P010").expect("P010");
        let old = Baseline::from_findings([bundle]).to_json().replace("\"P010\"", "\"B006\"");
        assert!(old.contains("B006"), "{old}");
        assert!(Baseline::parse(&old).unwrap().accepts(bundle));
    }

    #[test]
    fn bad_baselines_are_refused() {
        assert!(Baseline::parse("{}").is_err());
        assert!(Baseline::parse(r#"{"version": 9, "findings": []}"#).unwrap_err().contains("version 9"));
    }
}
