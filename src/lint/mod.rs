//! The linter: a registry of rules over a [`ScopeSet`], rule selection (`select`/`ignore`,
//! severities, allow-entries) and a baseline. It knows neither SQLite nor clap: the catalog, a
//! file and anything else feed it the same `model` values, and `output` renders what it finds.

pub mod baseline;
pub mod breadth;
mod config;
pub mod names;
pub(crate) mod rules;
pub mod smart;
pub(crate) mod words;

use std::borrow::Cow;
use std::cell::OnceCell;

use jiff::civil::Date;

use crate::model::{Level, Scope, ScopeSet, Subject};
use breadth::known::{self, Entry};
use breadth::{Evidence, Judgement, family::Families};
pub use config::{ConfigError, Selection};
use names::Name;
pub use rules::{RETIRED, RULES, Retired};

/// One rule: plain data, registered once in [`RULES`]. Serializes as its documentation page.
#[derive(Debug, serde::Serialize)]
pub struct Rule {
    /// Category letter and three digits: `B001`.
    pub code: &'static str,
    /// kebab-case: `wildcard-scope`.
    pub name: &'static str,
    /// The default severity.
    #[serde(rename = "severity")]
    pub level: Level,
    /// One line: what a finding means.
    pub summary: &'static str,
    /// What it does.
    pub what: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// A `scopes.toml` fragment that triggers the rule.
    pub bad: &'static str,
    /// The same fragment fixed.
    pub good: &'static str,
    /// How to fix a finding.
    pub fix: &'static str,
    #[serde(skip)]
    pub check: Check,
}

impl Rule {
    /// The category letter (`B`).
    #[must_use]
    pub fn category(&self) -> &'static str {
        &self.code[..1]
    }

    /// The category's name.
    #[must_use]
    pub fn category_name(&self) -> &'static str {
        match self.category() {
            "B" => "broad",
            "N" => "naming",
            "M" => "metadata",
            "L" => "lifecycle",
            _ => "privilege",
        }
    }
}

/// How a rule looks at a set.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// Judges one scope name (with its definition when the set has one); the message says why.
    /// The B rules are of this kind, so roles can be checked against the same verdicts.
    Scope(ScopeCheck),
    /// Looks at the whole set.
    Set(fn(&Context<'_>, &mut Vec<Hit>)),
    /// Looks at the `[lint] allow` entries after every other rule ran (done by [`lint`]).
    Allows,
    /// Reports the breadth model's verdicts on one axis ([`breadth`]): the B rules.
    Breadth,
}

/// A [`Check::Scope`] function.
pub type ScopeCheck = fn(&Context<'_>, &Name<'_>, Option<&Scope>) -> Option<String>;

/// What a rule reports before selection and severities apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub subject: Subject,
    pub message: String,
    /// What a breadth verdict rests on (empty for the other rules).
    pub evidence: Evidence,
}

impl Hit {
    #[must_use]
    pub fn new(subject: Subject, message: impl Into<String>) -> Self {
        Hit { subject, message: message.into(), evidence: Evidence::default() }
    }
}

/// A reported finding.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Level,
    pub subject: Subject,
    pub message: String,
    /// What a breadth verdict rests on (empty for the other rules).
    pub evidence: Evidence,
}

/// Everything a rule may look at, computed once per set.
pub struct Context<'a> {
    pub set: &'a ScopeSet,
    pub today: Date,
    /// The tokenized name of `set.scopes[i]`.
    pub names: Vec<Name<'a>>,
    /// Scope name → index in `set.scopes`.
    pub index: foldhash::HashMap<&'a str, usize>,
    /// Lower-case `[settings] broad_words`.
    pub broad_words: Vec<String>,
    /// Whether the built-in provider knowledge is consulted (the accuracy test turns it off to
    /// measure the other evidence alone).
    pub knowledge: bool,
    /// The families of the set's names (see [`breadth::family`]).
    families: OnceCell<Families<'a>>,
    /// The providers of the built-in knowledge whose scopes this set holds (see
    /// [`Context::known`]).
    providers: OnceCell<Vec<&'static str>>,
    /// Every breadth verdict on the set's scopes, computed once on demand: the B rules report
    /// them and P001, the audit and the reports ask for them, so no scope is judged twice.
    verdicts: OnceCell<Verdicts>,
    /// The index in `set.scopes` of each holding's scope (see [`rules::held`]).
    held: OnceCell<Vec<Option<usize>>>,
}

/// The breadth verdicts on the scopes of a set.
struct Verdicts {
    /// `(scope index, rule index in RULES, message, evidence)`, by scope.
    hits: Vec<(usize, usize, String, Evidence)>,
    /// For each scope, the index in `hits` of its first verdict, if any.
    first: Vec<Option<usize>>,
}

impl<'a> Context<'a> {
    #[must_use]
    pub fn new(set: &'a ScopeSet, today: Date) -> Self {
        let names = set.scopes.iter().map(|s| Name::new(&s.name)).collect();
        let index = set.scopes.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
        let broad_words = set.settings.broad_words.iter().map(|w| w.to_ascii_lowercase()).collect();
        Context {
            set,
            today,
            names,
            index,
            broad_words,
            knowledge: true,
            families: OnceCell::new(),
            providers: OnceCell::new(),
            verdicts: OnceCell::new(),
            held: OnceCell::new(),
        }
    }

    /// The definition of the scope named `name`.
    #[must_use]
    pub fn scope(&self, name: &str) -> Option<&'a Scope> {
        self.index.get(name).map(|&i| &self.set.scopes[i])
    }

    /// The tokenized name `name`: the one computed for its definition, or a new one for a scope
    /// the set does not define.
    #[must_use]
    pub fn name<'c>(&'c self, name: &'c str) -> Cow<'c, Name<'c>> {
        match self.index.get(name) {
            Some(&i) => Cow::Borrowed(&self.names[i]),
            None => Cow::Owned(Name::new(name)),
        }
    }

    /// Why the scope named `name` is broad (the first reason the breadth model gives), defined
    /// or not.
    #[must_use]
    pub fn broad(&self, name: &str) -> Option<(&'static Rule, Cow<'_, str>)> {
        self.broad_at(self.index.get(name).copied(), name)
    }

    /// [`Context::broad`] of a name whose index in `set.scopes` is known.
    pub(crate) fn broad_at(&self, index: Option<usize>, name: &str) -> Option<(&'static Rule, Cow<'_, str>)> {
        if let Some(i) = index {
            let verdicts = self.verdicts();
            return verdicts.first[i].map(|k| {
                let (_, rule, message, _) = &verdicts.hits[k];
                (&RULES[*rule], Cow::Borrowed(message.as_str()))
            });
        }
        let reason = breadth::judge(self, &Name::new(name), None).reasons.into_iter().next()?;
        Some((rule(reason.code)?, Cow::Owned(reason.message)))
    }

    /// The breadth model's whole verdict on `name` (defined in the set or not).
    #[must_use]
    pub fn judgement(&self, name: &str) -> Judgement {
        let scope = self.scope(name);
        breadth::judge(self, &self.name(name), scope)
    }

    /// The known entry for `name`: the set's `[settings] broad_scopes` / `narrow_scopes`, then
    /// the built-in table (when [`Context::knowledge`] is on). A table entry for a short name
    /// applies only when its provider is present in the set (at least two of its names, or every
    /// name of a set of one), so a provider's `read` or `users:write` does not judge a team's own
    /// scope of that name.
    #[must_use]
    pub fn known<'c>(&'c self, parsed: &Name<'_>) -> Option<Entry<'c>> {
        let name = parsed.raw;
        let settings = &self.set.settings;
        let declared = |map: &'c std::collections::BTreeMap<String, String>, broad| {
            map.get_key_value(name).map(|(scope, reason)| Entry {
                provider: "scopes.toml",
                scope,
                broad,
                reason,
                source: "",
            })
        };
        if let Some(e) = declared(&settings.broad_scopes, Some(breadth::Axis::What))
            .or_else(|| declared(&settings.narrow_scopes, None))
        {
            return Some(e);
        }
        if !self.knowledge {
            return None;
        }
        let entry = known::table().get(name)?;
        // A URL or a name of three words or more (`okta.users.manage`) is the provider's own;
        // a short one (`read`, `users:write`) counts only where the provider is present.
        let distinct = parsed.style == names::Style::Url || parsed.tokens.len() >= 3;
        (distinct || self.providers().contains(&entry.provider)).then_some(entry)
    }

    fn providers(&self) -> &[&'static str] {
        self.providers.get_or_init(|| {
            let table = known::table();
            let mut counts: foldhash::HashMap<&'static str, usize> = foldhash::HashMap::default();
            for name in &self.names {
                if breadth::structure::is_protocol(name) {
                    continue;
                }
                if let Some(e) = table.get(name.raw) {
                    *counts.entry(e.provider).or_default() += 1;
                }
            }
            let needed = self.names.len().clamp(1, 2);
            counts.into_iter().filter(|&(_, n)| n >= needed).map(|(p, _)| p).collect()
        })
    }

    pub(crate) fn families(&self) -> &Families<'a> {
        self.families.get_or_init(|| Families::new(self))
    }

    fn verdicts(&self) -> &Verdicts {
        self.verdicts.get_or_init(|| {
            let mut hits = Vec::new();
            let mut first = Vec::with_capacity(self.names.len());
            for (i, (name, scope)) in self.names.iter().zip(&self.set.scopes).enumerate() {
                first.push(None);
                for reason in breadth::judge(self, name, Some(scope)).reasons {
                    let Some(k) = RULES.iter().position(|r| r.code == reason.code) else { continue };
                    first[i].get_or_insert(hits.len());
                    hits.push((i, k, reason.message, reason.evidence));
                }
            }
            Verdicts { hits, first }
        })
    }
}

/// The rule with `code`.
#[must_use]
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// The retired code `code`, and where its check went.
#[must_use]
pub fn retired(code: &str) -> Option<&'static Retired> {
    RETIRED.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Extra selection from the command line, on top of the set's `[lint]`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Replaces `[lint] select` when not empty.
    pub select: Vec<String>,
    /// Added to `[lint] ignore`.
    pub ignore: Vec<String>,
}

/// The outcome of linting one set.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// The rules that ran.
    pub rules: Vec<&'static Rule>,
    /// Findings an allow-entry accepted.
    pub allowed: usize,
}

/// Lints `set` as of `today`.
///
/// # Errors
/// When a selector, severity key or allow-entry names no rule.
pub fn lint(set: &ScopeSet, today: Date, options: &Options) -> Result<Outcome, ConfigError> {
    let selection = Selection::resolve(&set.lint, options)?;
    let ctx = Context::new(set, today);
    let mut findings = Vec::new();
    let mut hits = Vec::new();
    for (k, rule) in RULES.iter().enumerate() {
        let Some(severity) = selection.level(rule) else { continue };
        match rule.check {
            // The verdicts P001 also uses, computed once.
            Check::Breadth => {
                for (i, _, message, evidence) in ctx.verdicts().hits.iter().filter(|(_, r, _, _)| *r == k) {
                    let subject = Subject::Scope(set.scopes[*i].name.clone());
                    hits.push(Hit { subject, message: message.clone(), evidence: *evidence });
                }
            }
            Check::Scope(f) => {
                for (name, scope) in ctx.names.iter().zip(&set.scopes) {
                    if let Some(message) = f(&ctx, name, Some(scope)) {
                        hits.push(Hit::new(Subject::Scope(scope.name.clone()), message));
                    }
                }
            }
            Check::Set(f) => f(&ctx, &mut hits),
            Check::Allows => continue,
        }
        findings.extend(hits.drain(..).map(|h| Finding {
            rule,
            severity,
            subject: h.subject,
            message: h.message,
            evidence: h.evidence,
        }));
    }
    let (findings, allowed) = config::apply_allows(&ctx, findings, &selection);
    Ok(Outcome { findings, rules: RULES.iter().filter(|r| selection.level(r).is_some()).collect(), allowed })
}

#[cfg(test)]
mod accuracy;
#[cfg(test)]
pub(crate) mod testing;
