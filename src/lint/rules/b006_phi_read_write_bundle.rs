//! B006: read and write bundled in one scope on PHI.

use crate::lint::names::Name;
use crate::lint::rules::{is_phi, letters, rw_bits};
use crate::lint::smart::{READS, Version, WRITES};
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B006",
    name: "phi-read-write-bundle",
    level: Level::Error,
    summary: "One PHI scope bundles reading and writing",
    what: "Flags scopes on PHI (declared `sensitivity = \"phi\"`, or with no sensitivity a SMART clinical \
           scope or a PHI word such as `lab` or `patient`) that bundle reading and writing: `read_write_labs`, \
           `Patient.ReadWrite`, SMART v2 `.cruds` or any letters mixing `r`/`s` with `c`/`u`/`d`, or declared \
           `actions` with both a read and a write.",
    why: "Most tasks that read PHI never change it. HIPAA's minimum necessary standard asks that the write \
          access go only to the roles that need it, which a bundled scope prevents.",
    bad: "[scopes.\"patient/Observation.cruds\"]\ndescription = \"Everything on observations\"",
    good: "[scopes.\"patient/Observation.rs\"]\ndescription = \"Read observations\"\n\n\
           [scopes.\"patient/Observation.c\"]\ndescription = \"Record new observations\"",
    fix: "Split the scope into a read scope and a write scope, and grant the write one only where needed.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    if !is_phi(name, scope) {
        return None;
    }
    if let Some(c) = name.clinical() {
        return (c.version == Version::V2 && c.perms & READS != 0 && c.perms & WRITES != 0).then(|| {
            format!(
                "`.{}` in `{}` bundles reading (`{}`) and writing (`{}`) on PHI",
                c.written,
                name.raw,
                letters(c.perms & READS),
                letters(c.perms & WRITES)
            )
        });
    }
    if rw_bits(name) == 3 {
        return Some(format!("`{}` bundles read and write on PHI", name.raw));
    }
    let actions = scope.map(|s| s.actions.as_slice()).unwrap_or_default();
    let reads = actions.iter().any(|a| !a.is_write());
    let writes: Vec<&str> = actions.iter().filter(|a| a.is_write()).map(|a| a.as_str()).collect();
    (reads && !writes.is_empty())
        .then(|| format!("`{}` declares read and write actions ({}) on PHI", name.raw, writes.join(", ")))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Action, ScopeSet};

    #[test]
    fn fires_on_bundles() {
        let set = ScopeSet { scopes: vec![phi("lab_results", &[Action::Read, Action::Update])], ..ScopeSet::default() };
        fires(&super::RULE, &set, &on_scope("lab_results"), "(update)");
        let mut names = named(&["patient/Observation.cruds", "user/Encounter.rus", "read_write_labs"]);
        for s in &mut names.scopes {
            s.sensitivity = None;
        }
        assert_eq!(run(&super::RULE, &names).len(), 3);
    }

    #[test]
    fn quiet_on_split_or_non_phi() {
        let mut set = named(&["patient/Observation.rs", "patient/Observation.c", "Mail.ReadWrite", "read_labs"]);
        for s in &mut set.scopes {
            s.sensitivity = None;
        }
        quiet(&super::RULE, &set);
        let set = ScopeSet { scopes: vec![phi("lab_results", &[Action::Read, Action::Search])], ..ScopeSet::default() };
        quiet(&super::RULE, &set);
    }
}
