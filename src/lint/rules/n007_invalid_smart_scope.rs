//! N007: a name that starts like a SMART clinical or launch scope, or has the shape of a clinical
//! scope, but breaks the grammar.

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
           (`.rw`), a lower-case resource type, a missing permission, a query part that is not \
           `name=value`, or an upper-case launch context (`launch/Patient`). Also flags names shaped like a \
           clinical scope with a context other than `patient`, `user` or `system` \
           (`practitioner/Observation.read`). Launch contexts with App Launch 2.2 parameters \
           (`launch/patient?role=…`) and absolute-URI custom scopes are valid.",
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
    fn fires_on_contexts_smart_does_not_define() {
        fires(
            &super::RULE,
            &named(&["practitioner/Observation.read", "patient/Observation.read"]),
            &on_scope("practitioner/Observation.read"),
            "`practitioner` is not a SMART context; clinical scopes start with `patient/`, `user/` or `system/`",
        );
        fires(&super::RULE, &named(&["x/Y.z"]), &on_scope("x/Y.z"), "`x` is not a SMART context");
    }

    #[test]
    fn fires_on_upper_case_launch_contexts_and_suggests_lower_case() {
        fires(
            &super::RULE,
            &named(&["launch/patient", "launch/Patient"]),
            &on_scope("launch/Patient"),
            "`launch/Patient` is not a valid SMART scope: `Patient`: launch context names are lower case (so \
             `launch/patient`)",
        );
    }

    #[test]
    fn quiet_on_valid_or_non_smart_names() {
        quiet(&super::RULE, &named(&["patient/Observation.rs", "launch/patient", "read_labs", "admin/console"]));
        quiet(
            &super::RULE,
            &named(&[
                "launch/list?role=https://example.org/fhir/ValueSet/care-team",
                "launch/patient?role=http://terminology.hl7.org/CodeSystem/v3-RoleCode|PRN",
                "https://example.org/scopes/read-labs",
                "urn:example:scopes:read-labs",
                "athena/service/Athenanet.MDP.*",
                "admin/console",
            ]),
        );
    }
}
