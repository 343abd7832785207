//! M003: The scope does not list its actions

use crate::lint::names::Name;
use crate::lint::rules::is_protocol;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Status};

pub const RULE: Rule = Rule {
    code: "M003",
    name: "missing-actions",
    level: Level::Warning,
    summary: "The scope does not list its actions",
    what: "Flags scopes with no `actions` (read, search, create, update, delete). SMART clinical scopes carry their actions in the grammar and protocol scopes have none, so both are exempt.",
    why: "The actions decide whether a grant can change PHI; without them, write access hides among read access and PHI-write checks cannot run.",
    bad: "[scopes.view_lab_results]\ndescription = \"Read lab results\"",
    good: "[scopes.view_lab_results]\ndescription = \"Read lab results\"\nactions = [\"read\"]",
    fix: "List the actions the scope allows in `actions`.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status != Status::Retired)?;
    if name.smart.is_some() || is_protocol(name) {
        return None;
    }
    scope.actions.is_empty().then(|| format!("scope `{}` does not list its actions", scope.name))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_when_missing() {
        let mut set = named(&["view_labs"]);
        set.scopes[0].actions.clear();
        fires(&super::RULE, &set, &on_scope("view_labs"), "actions");
    }

    #[test]
    fn quiet_when_complete() {
        let mut set = named(&["view_labs", "patient/Observation.rs"]);
        set.scopes[1].actions.clear();
        quiet(&super::RULE, &set);
    }
}
