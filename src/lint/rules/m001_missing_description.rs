//! M001: The scope has no description

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Status};

pub const RULE: Rule = Rule {
    code: "M001",
    name: "missing-description",
    level: Level::Warning,
    summary: "The scope has no description",
    what: "Flags active and deprecated scopes with no `description`, or only blanks.",
    why: "Reviewers approve grants by reading what a scope is for; under HIPAA a covered entity must be able to show that each access serves a purpose, which starts with saying what the scope allows.",
    bad: "[scopes.view_lab_results]\nresource = \"lab_results\"",
    good: "[scopes.view_lab_results]\ndescription = \"Read a patient's laboratory results\"\nresource = \"lab_results\"",
    fix: "Add a one-line `description` saying what the scope lets its holder see or do.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status != Status::Retired)?;
    let _ = name;
    scope
        .description
        .as_deref()
        .is_none_or(|d| d.trim().is_empty())
        // Joined rather than formatted: a sparse set has a finding per scope.
        .then(|| ["scope `", &scope.name, "` has no description"].concat())
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_when_missing() {
        let mut set = named(&["a_scope"]);
        set.scopes[0].description = Some("  ".into());
        fires(&super::RULE, &set, &on_scope("a_scope"), "no description");
    }

    #[test]
    fn quiet_when_complete() {
        quiet(&super::RULE, &named(&["a_scope"]));
        let mut set = named(&["old"]);
        set.scopes[0].description = None;
        set.scopes[0].status = crate::model::Status::Retired;
        quiet(&super::RULE, &set);
    }
}
