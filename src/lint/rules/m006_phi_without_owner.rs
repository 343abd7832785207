//! M006: A PHI scope has no owner

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Sensitivity, Status};

pub const RULE: Rule = Rule {
    code: "M006",
    name: "phi-without-owner",
    level: Level::Warning,
    summary: "A PHI scope has no owner",
    what: "Flags scopes declared `sensitivity = \"phi\"` with no `owner`.",
    why: "HIPAA expects a responsible party for each access decision; a PHI scope without an owner has nobody to approve grants or to review it.",
    bad: "[scopes.view_lab_results]\nsensitivity = \"phi\"",
    good: "[scopes.view_lab_results]\nsensitivity = \"phi\"\nowner = \"lab-platform\"",
    fix: "Set `owner` to the team accountable for the scope.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status != Status::Retired)?;
    let _ = name;
    (scope.sensitivity == Some(Sensitivity::Phi) && scope.owner.as_deref().is_none_or(|o| o.trim().is_empty()))
        .then(|| format!("PHI scope `{}` has no owner", scope.name))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Sensitivity;

    #[test]
    fn fires_when_missing() {
        let mut set = named(&["view_labs"]);
        set.scopes[0].sensitivity = Some(Sensitivity::Phi);
        set.scopes[0].owner = None;
        fires(&super::RULE, &set, &on_scope("view_labs"), "no owner");
    }

    #[test]
    fn quiet_when_complete() {
        let mut set = named(&["view_labs", "read_invoices"]);
        set.scopes[0].sensitivity = Some(Sensitivity::Phi);
        set.scopes[1].owner = None;
        quiet(&super::RULE, &set);
    }
}
