//! P010: reading and writing bundled in one scope on one resource type (formerly B006 and B007).

use crate::lint::names::Name;
use crate::lint::rules::{is_phi, letters, rw_bits};
use crate::lint::smart::{READS, Version, WRITES};
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "P010",
    name: "read-write-bundle",
    level: Level::Info,
    summary: "One scope bundles reading and writing of one resource type",
    what: "Reports scopes that bundle more actions on one resource type than a reading task needs: SMART v2 \
           letters mixing `r`/`s` with `c`/`u`/`d` (`.cruds`, `.crs`), SMART v1 `.write` (create, update and \
           delete together) and `.*`, names holding both a read and a write word (`Calendars.ReadWrite`, \
           `read_write_labs`), and declared `actions` with both. Bundling on one type is not breadth \
           (docs/breadth.md): the scope is still bounded to that type, so this is information, and PHI is \
           named in the message. It replaces B006 and B007.",
    why: "Most tasks that read a record never change it. HIPAA's minimum necessary standard asks that write \
          access go only to the roles that need it, which a bundled scope prevents.",
    bad: "[scopes.\"patient/Observation.cruds\"]\ndescription = \"Everything on observations\"",
    good: "[scopes.\"patient/Observation.rs\"]\ndescription = \"Read observations\"\n\n\
           [scopes.\"patient/Observation.c\"]\ndescription = \"Record new observations\"",
    fix: "Split read from write when the app only reads: a read scope (`.rs`, `.Read`) for every holder and \
          a write scope (`.c`, `.cu`) only where needed.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let on = if is_phi(name, scope) { " on PHI" } else { "" };
    if let Some(c) = name.clinical() {
        return match (c.version, c.written.as_str()) {
            (Version::V1, "write") => Some(format!(
                "SMART v1 `.write` in `{}` grants create, update and delete together{on}; v2 can ask for `c`, `u` or `d` alone",
                name.raw
            )),
            (Version::V1, "*") => Some(format!(
                "SMART v1 `.*` in `{}` grants every action{on}; v2 can ask for only the letters of `cruds` needed",
                name.raw
            )),
            (Version::V2, _) if c.perms & READS != 0 && c.perms & WRITES != 0 => Some(format!(
                "`.{}` in `{}` bundles reading (`{}`) and writing (`{}`){on}",
                c.written,
                name.raw,
                letters(c.perms & READS),
                letters(c.perms & WRITES)
            )),
            _ => None,
        };
    }
    if rw_bits(name) == 3 {
        return Some(format!("`{}` bundles read and write{on}", name.raw));
    }
    let actions = scope.map(|s| s.actions.as_slice()).unwrap_or_default();
    let reads = actions.iter().any(|a| !a.is_write());
    let writes: Vec<&str> = actions.iter().filter(|a| a.is_write()).map(|a| a.as_str()).collect();
    (reads && !writes.is_empty())
        .then(|| format!("`{}` declares read and write actions ({}){on}", name.raw, writes.join(", ")))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Action, ScopeSet};

    #[test]
    fn fires_on_bundles() {
        let set = ScopeSet { scopes: vec![phi("lab_results", &[Action::Read, Action::Update])], ..ScopeSet::default() };
        fires(&super::RULE, &set, &on_scope("lab_results"), "(update) on PHI");
        let names = named(&[
            "patient/Observation.cruds",
            "user/Encounter.rus",
            "read_write_labs",
            "Calendars.ReadWrite",
            "user/Observation.write",
            "patient/Patient.*",
        ]);
        assert_eq!(run(&super::RULE, &names).len(), 6);
    }

    #[test]
    fn quiet_on_split_scopes() {
        quiet(
            &super::RULE,
            &named(&["patient/Observation.rs", "patient/Observation.c", "user/Observation.cud", "read_labs"]),
        );
        let set = ScopeSet { scopes: vec![phi("lab_results", &[Action::Read, Action::Search])], ..ScopeSet::default() };
        quiet(&super::RULE, &set);
    }
}
