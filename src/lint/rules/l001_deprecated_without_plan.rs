//! L001: a deprecated scope with no replacement or no sunset.

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Status};

pub const RULE: Rule = Rule {
    code: "L001",
    name: "deprecated-without-plan",
    level: Level::Warning,
    summary: "A deprecated scope names no replacement or no sunset date",
    what: "Flags deprecated scopes missing `replaced_by` (what holders should move to) or `sunset` (when the \
           scope goes away), saying which is missing.",
    why: "A deprecation with no replacement cannot be acted on and one with no sunset never ends, so the old, \
          usually broader scope stays granted for good.",
    bad: "[scopes.read_all_data]\nstatus = \"deprecated\"",
    good: "[scopes.read_all_data]\nstatus = \"deprecated\"\nreplaced_by = [\"view_lab_results\"]\nsunset = 2027-03-01\n\n[scopes.view_lab_results]",
    fix: "Set `replaced_by` and `sunset` (`scopectl scope deprecate NAME --replaced-by X --sunset DATE`).",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, _: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status == Status::Deprecated)?;
    let missing: Vec<&str> =
        [(scope.replaced_by.is_empty(), "replacement (`replaced_by`)"), (scope.sunset.is_none(), "sunset date")]
            .iter()
            .filter(|(m, _)| *m)
            .map(|(_, what)| *what)
            .collect();
    (!missing.is_empty()).then(|| format!("deprecated scope `{}` has no {}", scope.name, missing.join(" and no ")))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Status;

    #[test]
    fn fires_without_a_plan() {
        let mut set = named(&["old"]);
        set.scopes[0].status = Status::Deprecated;
        fires(&super::RULE, &set, &on_scope("old"), "no replacement (`replaced_by`) and no sunset date");
    }

    #[test]
    fn quiet_with_a_plan() {
        let mut set = named(&["old", "new"]);
        set.scopes[0].status = Status::Deprecated;
        set.scopes[0].replaced_by = vec!["new".into()];
        set.scopes[0].sunset = Some(today());
        quiet(&super::RULE, &set);
    }
}
