//! P004: a grant made redundant by a wider one the same role holds.

use std::borrow::Cow;

use foldhash::HashMap;

use crate::lint::names::Name;
use crate::lint::rules::{covers, is_protocol, resource_key, rw_bits};
use crate::lint::smart;
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

/// Each name that a wider name among `names` covers, with the wider one (by index). Only names
/// that could cover each other are compared, so this is linear for distinct resources: a SMART
/// clinical scope with those of its context on the same resource type and then on `*`; any other
/// name that only reads or only writes with the names of the same resource words that do both
/// (see [`covers`]: nothing else can cover a plain name).
pub(crate) fn covered(names: &[&Name]) -> Vec<(usize, usize)> {
    let mut smart: HashMap<(smart::Context, Option<&str>), Vec<usize>> = HashMap::default();
    let mut wide: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, n) in names.iter().enumerate() {
        match n.clinical() {
            Some(c) => smart.entry((c.context, c.resource.as_deref())).or_default().push(i),
            None if rw_bits(n) == 3 && !is_protocol(n) => wide.entry(resource_key(n)).or_default().push(i),
            None => {}
        }
    }
    let mut out = Vec::new();
    if smart.is_empty() && wide.is_empty() {
        return out;
    }
    for (i, n) in names.iter().enumerate() {
        let (own, star): (&[usize], &[usize]) = match n.clinical() {
            Some(c) => {
                let group = |resource| smart.get(&(c.context, resource)).map(Vec::as_slice).unwrap_or_default();
                match c.resource.as_deref() {
                    Some(r) => (group(Some(r)), group(None)),
                    None => (group(None), &[]),
                }
            }
            None if !wide.is_empty() && matches!(rw_bits(n), 1 | 2) && !is_protocol(n) => {
                (wide.get(&resource_key(n)).map(Vec::as_slice).unwrap_or_default(), &[])
            }
            None => continue,
        };
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
                Subject::Grant(role.name.clone(), names[i].raw.to_owned()),
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
