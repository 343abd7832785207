//! Helpers for rule tests: small sets built in code, and one rule run over them.

use jiff::civil::Date;

use super::{Check, Context, Hit, Options, Rule, Subject, lint};
use crate::model::{Action, Client, Grant, Method, Operation, Requirement, Role, Scope, ScopeSet, Sensitivity};

/// The date rule tests treat as today.
pub fn today() -> Date {
    Date::constant(2026, 11, 29)
}

/// A scope with every metadata field filled in, so only the rule under test speaks.
pub fn scope(name: &str) -> Scope {
    Scope {
        description: Some(format!("The {name} scope")),
        resource: Some("things".into()),
        actions: vec![Action::Read],
        sensitivity: Some(Sensitivity::Internal),
        owner: Some("platform".into()),
        ..Scope::new(name)
    }
}

/// A PHI scope with full metadata and the given actions.
pub fn phi(name: &str, actions: &[Action]) -> Scope {
    Scope { sensitivity: Some(Sensitivity::Phi), actions: actions.to_vec(), ..scope(name) }
}

/// A set of fully described scopes named `names`.
pub fn named(names: &[&str]) -> ScopeSet {
    ScopeSet { scopes: names.iter().map(|n| scope(n)).collect(), ..ScopeSet::default() }
}

/// A role holding plain grants of `scopes`.
pub fn role(name: &str, scopes: &[&str]) -> Role {
    Role { name: name.into(), grants: scopes.iter().map(|s| Grant::plain(*s)).collect(), ..Role::default() }
}

/// A client with one feature needing `scopes`.
pub fn client(name: &str, feature: &str, scopes: &[&str]) -> Client {
    let mut c = Client { name: name.into(), ..Client::default() };
    c.features.insert(feature.into(), scopes.iter().map(|s| (*s).to_owned()).collect());
    c
}

/// An operation whose `security` lists `requirements`, each a list of (scheme, scopes).
pub fn operation(method: Method, path: &str, requirements: &[&[(&str, &[&str])]]) -> Operation {
    let security = requirements
        .iter()
        .map(|req| {
            Requirement(
                req.iter().map(|(k, v)| ((*k).to_owned(), v.iter().map(|s| (*s).to_owned()).collect())).collect(),
            )
        })
        .collect();
    Operation { method, path: path.into(), operation_id: None, security: Some(security) }
}

/// What `rule` alone reports on `set`.
pub fn run(rule: &Rule, set: &ScopeSet) -> Vec<Hit> {
    let ctx = Context::new(set, today());
    let mut hits = Vec::new();
    match rule.check {
        Check::Scope(f) => {
            for (name, s) in ctx.names.iter().zip(&set.scopes) {
                if let Some(m) = f(&ctx, name, Some(s)) {
                    hits.push(Hit::new(Subject::Scope(s.name.clone()), m));
                }
            }
        }
        Check::Set(f) => f(&ctx, &mut hits),
        Check::Allows | Check::Breadth => {
            let outcome = lint(set, today(), &Options::default()).expect("valid config");
            hits = outcome
                .findings
                .into_iter()
                .filter(|f| f.rule.code == rule.code)
                .map(|f| Hit { subject: f.subject, message: f.message, evidence: f.evidence })
                .collect();
        }
    }
    hits
}

/// Asserts that `rule` reports exactly one finding on `set`, on `subject`, saying `needle`.
pub fn fires(rule: &Rule, set: &ScopeSet, subject: &Subject, needle: &str) {
    let hits = run(rule, set);
    assert_eq!(hits.len(), 1, "{}: expected one finding, got {hits:#?}", rule.code);
    assert_eq!(&hits[0].subject, subject, "{}", rule.code);
    assert!(hits[0].message.contains(needle), "{}: `{}` does not contain `{needle}`", rule.code, hits[0].message);
}

/// Asserts that `rule` reports nothing on `set`.
pub fn quiet(rule: &Rule, set: &ScopeSet) {
    let hits = run(rule, set);
    assert!(hits.is_empty(), "{}: expected no finding, got {hits:#?}", rule.code);
}

/// The scopes of `names` that a Scope rule flags.
pub fn flagged(rule: &Rule, names: &[&str]) -> Vec<String> {
    run(rule, &named(names)).into_iter().filter_map(|h| h.subject.scope().map(str::to_owned)).collect()
}

/// `Subject::Scope(name)`.
pub fn on_scope(name: &str) -> Subject {
    Subject::Scope(name.into())
}

mod never_panics {
    use proptest::prelude::*;

    use super::{role, scope, today};
    use crate::lint::{Options, lint};
    use crate::model::ScopeSet;

    /// Names shaped like every style the tokenizer knows, plus arbitrary text.
    fn names() -> impl Strategy<Value = String> {
        prop_oneof![
            "(patient|user|system)/[A-Za-z*]{0,6}\\.[a-z*]{0,6}(\\?[a-z]{0,3}=[a-z|:/.]{0,8}(&[a-z]=[a-z|]{0,3})?)?",
            "(launch|__|https?://)[a-z./:_-]{0,12}",
            "[A-Za-z]{0,6}([._:/-][A-Za-z*]{0,6}){0,3}",
            ".{0,12}",
        ]
    }

    proptest! {
        #[test]
        fn every_rule_takes_any_names(list in proptest::collection::vec(names(), 0..12)) {
            let mut set = ScopeSet { scopes: list.iter().map(|n| scope(n)).collect(), ..ScopeSet::default() };
            let held: Vec<&str> = list.iter().map(String::as_str).collect();
            set.roles.push(role("r", &held));
            let outcome = lint(&set, today(), &Options::default()).expect("default selection is valid");
            prop_assert!(outcome.rules.len() == crate::lint::RULES.len());
        }
    }
}
