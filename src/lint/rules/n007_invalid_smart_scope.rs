//! N007: a name that starts like a SMART clinical scope but breaks the grammar.

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "N007",
    name: "invalid-smart-scope",
    level: Level::Error,
    summary: "The name looks like a SMART on FHIR scope but does not parse",
    what: "Parses names starting with `patient/`, `user/`, `system/` or `launch/` by the SMART App Launch \
           grammar and flags those that break it: permissions out of `cruds` order (`.sr`), unknown letters \
           (`.rw`), a lower-case resource type, a missing permission, or a query part that is not \
           `name=value`.",
    why: "A SMART server rejects or misreads a malformed scope, so the client either fails at launch or \
          receives a different permission than the one reviewed.",
    bad: "[scopes.\"patient/Observation.sr\"]",
    good: "[scopes.\"patient/Observation.rs\"]",
    fix: "Write the scope by the grammar: `context/ResourceType.letters` with letters in `cruds` order.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    name.smart_error.as_ref().map(|e| format!("`{}` is not a valid SMART scope: {e}", name.raw))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_grammar_errors() {
        fires(&super::RULE, &named(&["patient/Observation.sr"]), &on_scope("patient/Observation.sr"), "order `cruds`");
        assert_eq!(flagged(&super::RULE, &["user/observation.read", "system/Patient", "launch/"]).len(), 3);
    }

    #[test]
    fn quiet_on_valid_or_non_smart_names() {
        quiet(&super::RULE, &named(&["patient/Observation.rs", "launch/patient", "read_labs", "admin/console"]));
    }
}
