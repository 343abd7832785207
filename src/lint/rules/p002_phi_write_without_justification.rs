//! P002: PHI write access granted without a justification.

use crate::lint::rules::{names_phi, rw_bits};
use crate::lint::smart::WRITES;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Sensitivity, Subject};

pub const RULE: Rule = Rule {
    code: "P002",
    name: "phi-write-without-justification",
    level: Level::Error,
    summary: "A role can change PHI but the grant does not say why",
    what: "Flags role grants of a scope that writes PHI (declared `sensitivity = \"phi\"` with a create, \
           update or delete action, a SMART clinical scope with `c`, `u` or `d`, or, with no sensitivity \
           declared, a PHI-named scope that writes, such as `write_lab_results`) that carry no \
           `justification`.",
    why: "HIPAA's minimum necessary standard asks covered entities to identify which workforce members need \
          which access and why; writing PHI is the access that most needs a recorded reason.",
    bad: "[scopes.\"patient/Observation.cu\"]\n\n[roles.clerk]\nscopes = [\"patient/Observation.cu\"]",
    good: "[scopes.\"patient/Observation.cu\"]\n\n[roles.clerk]\ngrants = [{ scope = \"patient/Observation.cu\", justification = \"Enters vitals at intake\" }]",
    fix: "Add a `justification` to the grant saying which task needs the write access.",
    check: Check::Set(check),
};

fn writes_phi(ctx: &Context<'_>, scope: &str) -> bool {
    let name = ctx.name(scope);
    let clinical_writes = name.clinical().is_some_and(|c| c.perms & WRITES != 0);
    let defined = ctx.scope(scope);
    if let Some((s, sensitivity)) = defined.and_then(|s| s.sensitivity.map(|sensitivity| (s, sensitivity))) {
        return s.is_phi_write() || (sensitivity == Sensitivity::Phi && clinical_writes);
    }
    // No sensitivity declared: judge by the name (and declared actions), as the B rules do.
    let writes = rw_bits(&name) & 2 != 0 || defined.is_some_and(|s| s.actions.iter().any(|a| a.is_write()));
    clinical_writes || (names_phi(&name) && writes)
}

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for role in &ctx.set.roles {
        for g in &role.grants {
            if g.justification.as_deref().is_none_or(|j| j.trim().is_empty()) && writes_phi(ctx, &g.scope) {
                hits.push(Hit::new(
                    Subject::Grant(role.name.clone(), g.scope.clone()),
                    format!(
                        "role `{}` can write PHI through `{}` but the grant gives no justification",
                        role.name, g.scope
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Action, ScopeSet, Subject};

    #[test]
    fn fires_on_unjustified_phi_writes() {
        let mut set = ScopeSet { scopes: vec![phi("edit_labs", &[Action::Update])], ..ScopeSet::default() };
        set.roles.push(role("clerk", &["edit_labs"]));
        fires(&super::RULE, &set, &Subject::Grant("clerk".into(), "edit_labs".into()), "no justification");
        let mut set = named(&[]);
        set.roles.push(role("clerk", &["patient/Observation.cu"]));
        fires(&super::RULE, &set, &Subject::Grant("clerk".into(), "patient/Observation.cu".into()), "write PHI");
        let mut set = named(&["write_lab_results", "write_invoices"]);
        set.scopes[0].sensitivity = None;
        set.scopes[1].sensitivity = None;
        set.roles.push(role("clerk", &["write_lab_results", "write_invoices"]));
        fires(&super::RULE, &set, &Subject::Grant("clerk".into(), "write_lab_results".into()), "write PHI");
    }

    #[test]
    fn quiet_when_justified_or_read_only() {
        let mut set = ScopeSet {
            scopes: vec![phi("edit_labs", &[Action::Update]), phi("read_labs", &[Action::Read])],
            ..ScopeSet::default()
        };
        let mut r = role("clerk", &["edit_labs", "read_labs", "patient/Observation.rs"]);
        r.grants[0].justification = Some("Corrects transcription errors".into());
        set.roles.push(r);
        quiet(&super::RULE, &set);
    }
}
