//! M005: The name says PHI but the sensitivity is lower

use crate::lint::names::Name;
use crate::lint::rules::phi_word;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Sensitivity, Status};

pub const RULE: Rule = Rule {
    code: "M005",
    name: "phi-name-low-sensitivity",
    level: Level::Error,
    summary: "The name says PHI but the sensitivity is lower",
    what: "Flags scopes whose name holds a PHI word (patient, lab, medication, diagnosis, observation…) or is a SMART clinical scope, but whose declared `sensitivity` is below `phi`.",
    why: "Under-declared PHI escapes the PHI reports, the PHI-per-role limit and the justification rules, so HIPAA safeguards silently stop applying to it.",
    bad: "[scopes.view_lab_results]\nsensitivity = \"internal\"",
    good: "[scopes.view_lab_results]\nsensitivity = \"phi\"",
    fix: "Raise `sensitivity` to `phi`, or rename the scope if it really guards no health information.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status != Status::Retired)?;
    let declared = scope.sensitivity.filter(|s| *s < Sensitivity::Phi)?;
    let word = phi_word(name).or_else(|| name.clinical().map(|_| "a SMART clinical resource"))?;
    // Joined rather than formatted: a third of a large generated set has this finding.
    Some(
        ["`", &scope.name, "` names `", word, "` but its sensitivity is `", declared.as_str(), "`, not `phi`"].concat(),
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Sensitivity;

    #[test]
    fn fires_when_missing() {
        fires(&super::RULE, &named(&["view_lab_results"]), &on_scope("view_lab_results"), "`lab`");
        assert_eq!(run(&super::RULE, &named(&["patient/Observation.rs"])).len(), 1);
    }

    #[test]
    fn quiet_when_complete() {
        let mut set = named(&["view_lab_results", "read_invoices"]);
        set.scopes[0].sensitivity = Some(Sensitivity::Phi);
        quiet(&super::RULE, &set);
    }
}
