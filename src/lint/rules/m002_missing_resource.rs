//! M002: The scope does not say which resource it guards

use crate::lint::names::Name;
use crate::lint::rules::is_protocol;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Status};

pub const RULE: Rule = Rule {
    code: "M002",
    name: "missing-resource",
    level: Level::Warning,
    summary: "The scope does not say which resource it guards",
    what: "Flags scopes with no `resource` (the data type they guard, such as `lab_results` or a FHIR resource type). SMART clinical scopes name their resource in the grammar and protocol scopes guard none, so both are exempt.",
    why: "Without a resource, reports cannot show who holds access to which data, and HIPAA access reviews work per data type.",
    bad: "[scopes.view_lab_results]\ndescription = \"Read lab results\"",
    good: "[scopes.view_lab_results]\ndescription = \"Read lab results\"\nresource = \"lab_results\"",
    fix: "Set `resource` to the data type the scope guards.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status != Status::Retired)?;
    if name.smart.is_some() || is_protocol(name) {
        return None;
    }
    scope.resource.is_none().then(|| format!("scope `{}` does not say which resource it guards", scope.name))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_when_missing() {
        let mut set = named(&["view_labs"]);
        set.scopes[0].resource = None;
        fires(&super::RULE, &set, &on_scope("view_labs"), "which resource");
    }

    #[test]
    fn quiet_when_complete() {
        let mut set = named(&["view_labs", "patient/Observation.rs", "openid"]);
        set.scopes[1].resource = None;
        set.scopes[2].resource = None;
        quiet(&super::RULE, &set);
    }
}
