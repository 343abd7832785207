//! P004: a grant made redundant by a wider one the same role holds.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::lint::names::Name;
use crate::lint::rules::{covers, resource_key};
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "P004",
    name: "redundant-grant",
    level: Level::Warning,
    summary: "A grant is covered by a wider grant of the same role",
    what: "Flags a role's grant that another grant of the same role already covers: SMART \
           `patient/Observation.rs` beside `patient/*.rs` or `patient/Observation.read`, or `User.Read` beside \
           `User.ReadWrite`. Grants are grouped by SMART context and resource type or by resource words, so \
           only scopes that could cover each other are compared.",
    why: "The narrow grant suggests the role's access is narrow while the wide one decides it. HIPAA's minimum \
          necessary standard is about what is actually held, so the wide grant is the one to review.",
    bad: "[scopes.\"patient/*.rs\"]\n[scopes.\"patient/Observation.rs\"]\n\n[roles.nurse]\nscopes = [\"patient/*.rs\", \"patient/Observation.rs\"]",
    good: "[scopes.\"patient/Observation.rs\"]\n[scopes.\"patient/Condition.rs\"]\n\n[roles.nurse]\nscopes = [\"patient/Observation.rs\", \"patient/Condition.rs\"]",
    fix: "Drop the narrow grant if the wide one is needed, or better, drop the wide one and keep the narrow.",
    check: Check::Set(check),
};

/// The group in which scopes may cover each other: SMART context and resource type, or resource
/// words. A SMART name is also covered from its context's `*` group.
fn group(name: &Name) -> String {
    match name.clinical() {
        Some(c) => format!("smart:{}:{}", c.context.as_str(), c.resource.as_deref().unwrap_or("*")),
        None => resource_key(name),
    }
}

/// Each name that a wider name among `names` covers, with the wider one (by index). Only names in
/// the same group (or a SMART `*` group) are compared, so this is linear for distinct resources.
pub(crate) fn covered(names: &[&Name]) -> Vec<(usize, usize)> {
    let keys: Vec<String> = names.iter().map(|n| group(n)).collect();
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        groups.entry(key.as_str()).or_default().push(i);
    }
    let mut out = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let own = groups.get(keys[i].as_str()).map(Vec::as_slice).unwrap_or_default();
        let star = n
            .clinical()
            .filter(|c| c.resource.is_some())
            .and_then(|c| groups.get(format!("smart:{}:*", c.context.as_str()).as_str()))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let wider = own.iter().chain(star).copied().find(|&j| {
            let w = names[j];
            j != i && covers(w, n) && !(covers(n, w) && j > i)
        });
        if let Some(j) = wider {
            out.push((i, j));
        }
    }
    out
}

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for role in &ctx.set.roles {
        let owned: Vec<Cow<'_, Name>> = role.grants.iter().map(|g| ctx.name(&g.scope)).collect();
        let names: Vec<&Name> = owned.iter().map(AsRef::as_ref).collect();
        for (i, j) in covered(&names) {
            hits.push(Hit::new(
                Subject::Grant(role.name.clone(), names[i].raw.clone()),
                format!("role `{}` holds `{}`, which `{}` already covers", role.name, names[i].raw, names[j].raw),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Subject;

    #[test]
    fn fires_on_covered_grants() {
        let mut set = named(&[]);
        set.roles.push(role("nurse", &["patient/*.rs", "patient/Observation.rs"]));
        fires(&super::RULE, &set, &Subject::Grant("nurse".into(), "patient/Observation.rs".into()), "`patient/*.rs`");
        let mut set = named(&[]);
        set.roles.push(role("me", &["User.Read", "User.ReadWrite"]));
        fires(&super::RULE, &set, &Subject::Grant("me".into(), "User.Read".into()), "`User.ReadWrite`");
        let mut set = named(&[]);
        set.roles.push(role("dup", &["patient/Observation.read", "patient/Observation.rs"]));
        assert_eq!(run(&super::RULE, &set).len(), 1, "equal grants are reported once");
    }

    #[test]
    fn quiet_on_disjoint_grants() {
        let mut set = named(&[]);
        set.roles.push(role(
            "nurse",
            &["patient/Observation.rs", "patient/Condition.rs", "user/*.rs", "User.Read", "Mail.ReadWrite"],
        ));
        quiet(&super::RULE, &set);
    }
}
