//! The rule registry: one file per rule, each exporting a `const RULE`, listed once in [`RULES`]
//! in code order. Never reuse a code.

mod access;
pub mod b001_wildcard_scope;
pub mod b002_catch_all_word;
pub mod b003_admin_word;
pub mod b004_bare_action;
pub mod b005_tenant_wide;
pub mod b008_unqualified_resource;
pub mod b009_tenant_audit_log;
pub mod l001_deprecated_without_plan;
pub mod l002_sunset_passed;
pub mod l003_replacement_not_active;
pub mod l004_holds_deprecated_scope;
pub mod l005_holds_retired_or_unknown_scope;
pub mod l006_expired_grant;
pub mod l007_expired_allow;
pub mod l008_unused_allow;
pub mod l009_operation_unknown_scope;
pub mod m001_missing_description;
pub mod m002_missing_resource;
pub mod m003_missing_actions;
pub mod m004_missing_sensitivity;
pub mod m005_phi_name_low_sensitivity;
pub mod m006_phi_without_owner;
pub mod n001_invalid_scope_token;
pub mod n002_naming_convention;
pub mod n003_inconsistent_style;
pub mod n004_confusable_name;
pub mod n005_mixed_script;
pub mod n006_near_duplicate;
pub mod n007_invalid_smart_scope;
pub mod p001_holds_broad_scope;
pub mod p002_phi_write_without_justification;
pub mod p003_too_many_phi_scopes;
pub mod p004_redundant_grant;
pub mod p005_unused_scope;
pub mod p006_client_scope_not_needed;
pub mod p007_break_glass_without_expiry;
pub mod p008_read_write_requirement;
pub mod p009_write_guarded_by_read;
pub mod p010_read_write_bundle;

use super::names::Name;
use super::smart::{self, Smart};
use super::words::{self, Class};
use super::{Context, Rule};
use crate::model::{Scope, ScopeSet, Sensitivity, Subject};

/// Every rule, sorted by code.
pub static RULES: &[Rule] = &[
    b001_wildcard_scope::RULE,
    b002_catch_all_word::RULE,
    b003_admin_word::RULE,
    b004_bare_action::RULE,
    b005_tenant_wide::RULE,
    b008_unqualified_resource::RULE,
    b009_tenant_audit_log::RULE,
    l001_deprecated_without_plan::RULE,
    l002_sunset_passed::RULE,
    l003_replacement_not_active::RULE,
    l004_holds_deprecated_scope::RULE,
    l005_holds_retired_or_unknown_scope::RULE,
    l006_expired_grant::RULE,
    l007_expired_allow::RULE,
    l008_unused_allow::RULE,
    l009_operation_unknown_scope::RULE,
    m001_missing_description::RULE,
    m002_missing_resource::RULE,
    m003_missing_actions::RULE,
    m004_missing_sensitivity::RULE,
    m005_phi_name_low_sensitivity::RULE,
    m006_phi_without_owner::RULE,
    n001_invalid_scope_token::RULE,
    n002_naming_convention::RULE,
    n003_inconsistent_style::RULE,
    n004_confusable_name::RULE,
    n005_mixed_script::RULE,
    n006_near_duplicate::RULE,
    n007_invalid_smart_scope::RULE,
    p001_holds_broad_scope::RULE,
    p002_phi_write_without_justification::RULE,
    p003_too_many_phi_scopes::RULE,
    p004_redundant_grant::RULE,
    p005_unused_scope::RULE,
    p006_client_scope_not_needed::RULE,
    p007_break_glass_without_expiry::RULE,
    p008_read_write_requirement::RULE,
    p009_write_guarded_by_read::RULE,
    p010_read_write_bundle::RULE,
];

/// A code that no longer names a rule: where its check went. Codes are never reused.
#[derive(Debug, serde::Serialize)]
pub struct Retired {
    pub code: &'static str,
    pub name: &'static str,
    /// The rule that now does the check.
    pub moved_to: &'static str,
    pub why: &'static str,
}

/// Every retired code, sorted.
pub static RETIRED: &[Retired] = &[
    Retired {
        code: "B006",
        name: "phi-read-write-bundle",
        moved_to: "P010",
        why: "Reading and writing bundled on one resource type is not breadth (docs/breadth.md): the scope \
              is still bounded to that type. P010 read-write-bundle reports it, as information. `B006` in \
              `[lint]`, `--select`/`--ignore` and baselines means P010.",
    },
    Retired {
        code: "B007",
        name: "smart-v1-broad",
        moved_to: "P010",
        why: "SMART v1 `.write` and `.*` bundle actions on one resource type, which is not breadth \
              (docs/breadth.md). P010 read-write-bundle reports them, as information. `B007` in `[lint]`, \
              `--select`/`--ignore` and baselines means P010.",
    },
];

/// Protocol scopes (OpenID Connect, SMART launch and refresh) that name no data of their own.
pub(crate) fn is_protocol(name: &Name) -> bool {
    matches!(&name.smart, Some(s) if !matches!(s, Smart::Clinical(_)))
        || matches!(name.raw, "email" | "phone" | "address")
}

/// True when the scope guards PHI: declared so, or (with no sensitivity declared) a SMART
/// clinical scope or a name with a PHI word.
pub(crate) fn is_phi(name: &Name, scope: Option<&Scope>) -> bool {
    match scope.and_then(|s| s.sensitivity) {
        Some(s) => s == Sensitivity::Phi,
        None => names_phi(name),
    }
}

/// True when the name itself says PHI.
pub(crate) fn names_phi(name: &Name) -> bool {
    name.clinical().is_some() || name.classes.has(Class::PHI)
}

/// The first PHI word of a name.
pub(crate) fn phi_word<'n>(name: &'n Name<'_>) -> Option<&'n str> {
    if !name.classes.has(Class::PHI) {
        return None;
    }
    (0..name.tokens.len()).find(|&i| name.is(i, Class::PHI)).map(|i| name.word(i))
}

/// Read (`1`) and write (`2`) bits named by the words of a non-SMART name.
pub(crate) fn rw_bits(name: &Name) -> u8 {
    name.tokens.iter().enumerate().fold(0, |bits, (i, t)| {
        let both = t.class.has(Class::ACTION) && name.word(i) == "readwrite";
        let r = u8::from(t.class.has(Class::READ) || both);
        let wr = u8::from(t.class.has(Class::WRITE) || both) << 1;
        bits | r | wr
    })
}

/// The non-action words of a name, folded: `drive.readonly` and `drive` share `drive`.
fn resource_words<'n>(name: &'n Name<'_>) -> impl Iterator<Item = &'n str> {
    (0..name.tokens.len()).filter(|&i| !name.is(i, Class::ACTION)).map(|i| words::fold(name.word(i)))
}

/// The non-action words of a name, folded and joined by spaces.
pub(crate) fn resource_key(name: &Name) -> String {
    let mut key = String::new();
    for w in resource_words(name) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(w);
    }
    key
}

/// The bytes of [`resource_key`] (tokens are never empty, so a space goes before every word
/// but the first).
fn resource_key_bytes(name: &Name<'_>) -> impl Iterator<Item = u8> {
    resource_words(name).enumerate().flat_map(|(k, w)| (k > 0).then_some(b' ').into_iter().chain(w.bytes()))
}

/// `resource_key(a) == resource_key(b)`, without building either.
pub(crate) fn same_resource(a: &Name, b: &Name) -> bool {
    resource_key_bytes(a).eq(resource_key_bytes(b))
}

/// True when holding `wide` gives every access `narrow` gives (and they differ).
pub(crate) fn covers(wide: &Name, narrow: &Name) -> bool {
    if wide.raw == narrow.raw {
        return false;
    }
    match (wide.clinical(), narrow.clinical()) {
        (Some(w), Some(n)) => n.covered_by(w),
        (None, None) if !is_protocol(wide) && !is_protocol(narrow) => {
            let (wb, nb) = (rw_bits(wide), rw_bits(narrow));
            nb != 0 && wb & nb == nb && wb != nb && same_resource(wide, narrow)
        }
        _ => false,
    }
}

/// Who holds a scope: a role, or a client's feature.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Holder<'a> {
    Role(&'a str),
    Feature(&'a str, &'a str),
}

impl Holder<'_> {
    /// The subject a finding about this holding points at.
    pub(crate) fn subject(self, scope: &str) -> Subject {
        match self {
            Holder::Role(r) => Subject::Grant(r.to_owned(), scope.to_owned()),
            Holder::Feature(c, f) => Subject::FeatureScope(c.to_owned(), f.to_owned(), scope.to_owned()),
        }
    }
}

impl std::fmt::Display for Holder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Holder::Role(r) => write!(f, "role `{r}`"),
            Holder::Feature(c, feature) => write!(f, "client `{c}` (feature `{feature}`)"),
        }
    }
}

/// Who holds which scope: every role grant and every client feature scope. Nothing is cloned
/// until a rule reports a finding.
pub(crate) fn holdings(set: &ScopeSet) -> impl Iterator<Item = (Holder<'_>, &str)> {
    let grants = set.roles.iter().flat_map(|r| r.grants.iter().map(|g| (Holder::Role(&r.name), g.scope.as_str())));
    let features = set.clients.iter().flat_map(|c| {
        c.features
            .iter()
            .flat_map(move |(f, scopes)| scopes.iter().map(move |s| (Holder::Feature(&c.name, f), s.as_str())))
    });
    grants.chain(features)
}

/// [`holdings`] of the context's set, each with the index in `set.scopes` of the scope held
/// (`None` when the set does not define it), looked up once for all the rules that ask.
pub(crate) fn held<'c>(ctx: &'c Context<'_>) -> impl Iterator<Item = (Holder<'c>, &'c str, Option<usize>)> {
    let found = ctx.held.get_or_init(|| holdings(ctx.set).map(|(_, s)| ctx.index.get(s).copied()).collect());
    holdings(ctx.set).zip(found.iter().copied()).map(|((holder, scope), i)| (holder, scope, i))
}

/// The v2 letters a SMART permission set is written with.
pub(crate) fn letters(perms: u8) -> String {
    smart::Clinical::letters(perms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        for pair in RULES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} must sort before {}", pair[0].code, pair[1].code);
        }
        for r in RULES {
            let (cat, num) = r.code.split_at(1);
            assert!("BNMLP".contains(cat), "{}", r.code);
            assert!(num.len() == 3 && num.bytes().all(|b| b.is_ascii_digit()), "{}", r.code);
            assert!(
                r.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                r.name
            );
        }
        let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len(), "rule names are unique");
    }

    #[test]
    fn retired_codes_are_never_reused_and_point_at_a_rule() {
        for r in RETIRED {
            assert!(RULES.iter().all(|rule| rule.code != r.code && rule.name != r.name), "{} is reused", r.code);
            assert!(RULES.iter().any(|rule| rule.code == r.moved_to), "{} moved to no rule", r.code);
        }
    }

    #[test]
    fn every_rule_is_documented_with_examples() {
        assert!(RULES.len() >= 25);
        for r in RULES {
            for (what, text) in [
                ("summary", r.summary),
                ("what", r.what),
                ("why", r.why),
                ("bad", r.bad),
                ("good", r.good),
                ("fix", r.fix),
            ] {
                assert!(text.trim().len() > 10, "{} has no {what}", r.code);
            }
            assert_ne!(r.bad, r.good, "{}", r.code);
        }
        for cat in ["B", "N", "M", "L", "P"] {
            assert!(RULES.iter().any(|r| r.category() == cat), "no rule in category {cat}");
        }
    }

    #[test]
    fn minimum_necessary_is_cited_where_it_applies() {
        for r in RULES.iter().filter(|r| matches!(r.category(), "B" | "P")) {
            assert!(r.why.contains("minimum necessary"), "{} does not say why in HIPAA terms", r.code);
        }
    }

    #[test]
    fn coverage_of_plain_names() {
        assert!(covers(&Name::new("User.ReadWrite"), &Name::new("User.Read")));
        assert!(!covers(&Name::new("User.Read"), &Name::new("User.ReadWrite")));
        assert!(!covers(&Name::new("Mail.ReadWrite"), &Name::new("User.Read")));
        assert!(covers(&Name::new("read_write_labs"), &Name::new("read_labs")));
    }

    #[test]
    fn same_resource_is_equal_resource_keys() {
        let names = [
            "User.Read",
            "User.ReadWrite",
            "read_labs",
            "labs:write",
            "view-lab",
            "drive",
            "drive.readonly",
            "a.b",
            "ab",
        ];
        for a in names {
            for b in names {
                let (a, b) = (Name::new(a), Name::new(b));
                assert_eq!(same_resource(&a, &b), resource_key(&a) == resource_key(&b), "{} {}", a.raw, b.raw);
            }
        }
    }
}

#[cfg(test)]
mod examples;
