//! M004: The scope does not declare its sensitivity

use crate::lint::names::Name;
use crate::lint::rules::is_protocol;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Status};

pub const RULE: Rule = Rule {
    code: "M004",
    name: "missing-sensitivity",
    level: Level::Warning,
    summary: "The scope does not declare its sensitivity",
    what: "Flags scopes with no `sensitivity` (public, internal, confidential, pii, phi). Protocol scopes such as `openid` are exempt.",
    why: "HIPAA safeguards apply to PHI; a scope whose sensitivity is unknown cannot be counted in PHI reports or held to the PHI rules.",
    bad: "[scopes.view_lab_results]\ndescription = \"Read lab results\"",
    good: "[scopes.view_lab_results]\ndescription = \"Read lab results\"\nsensitivity = \"phi\"",
    fix: "Set `sensitivity`; if in doubt, `phi`.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status != Status::Retired)?;
    if is_protocol(name) {
        return None;
    }
    scope.sensitivity.is_none().then(|| format!("scope `{}` does not declare its sensitivity", scope.name))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_when_missing() {
        let mut set = named(&["view_labs"]);
        set.scopes[0].sensitivity = None;
        fires(&super::RULE, &set, &on_scope("view_labs"), "sensitivity");
    }

    #[test]
    fn quiet_when_complete() {
        let mut set = named(&["view_labs", "openid"]);
        set.scopes[1].sensitivity = None;
        quiet(&super::RULE, &set);
    }
}
