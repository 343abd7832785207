//! P003: a role holding more PHI scopes than `max_phi_scopes_per_role`.

use crate::lint::names::Name;
use crate::lint::rules::is_phi;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "P003",
    name: "too-many-phi-scopes",
    level: Level::Warning,
    summary: "A role holds more PHI scopes than the set allows",
    what: "Counts each role's grants of PHI scopes (declared `phi`, or SMART clinical and PHI-named scopes \
           with no sensitivity) and flags roles above `[settings] max_phi_scopes_per_role` (default 8).",
    why: "A role that touches many kinds of PHI is rarely doing one job. HIPAA's minimum necessary standard \
          asks for access matched to a role's function; the limit prompts splitting the role or reviewing it.",
    bad: "[settings]\nmax_phi_scopes_per_role = 1\n\n[scopes.\"patient/Observation.rs\"]\n[scopes.\"patient/Condition.rs\"]\n\n[roles.clerk]\nscopes = [\"patient/Observation.rs\", \"patient/Condition.rs\"]",
    good: "[settings]\nmax_phi_scopes_per_role = 2\n\n[scopes.\"patient/Observation.rs\"]\n[scopes.\"patient/Condition.rs\"]\n\n[roles.clerk]\nscopes = [\"patient/Observation.rs\", \"patient/Condition.rs\"]",
    fix: "Split the role by task, or raise the limit in `[settings]` after a documented review.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    let max = ctx.set.settings.max_phi_scopes_per_role;
    for role in &ctx.set.roles {
        let count = role
            .grants
            .iter()
            .filter(|g| match ctx.index.get(g.scope.as_str()) {
                Some(&i) => is_phi(&ctx.names[i], Some(&ctx.set.scopes[i])),
                None => is_phi(&Name::new(&g.scope), None),
            })
            .count();
        if count > max {
            hits.push(Hit::new(
                Subject::Role(role.name.clone()),
                format!("role `{}` holds {count} PHI scopes, more than the limit of {max}", role.name),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Subject;

    #[test]
    fn fires_above_the_limit() {
        let mut set = named(&[]);
        set.settings.max_phi_scopes_per_role = 1;
        set.roles.push(role("clerk", &["patient/Observation.rs", "patient/Condition.rs", "read_invoices"]));
        fires(&super::RULE, &set, &Subject::Role("clerk".into()), "holds 2 PHI scopes");
    }

    #[test]
    fn quiet_at_the_limit() {
        let mut set = named(&["read_labs"]);
        set.settings.max_phi_scopes_per_role = 2;
        set.roles.push(role("clerk", &["patient/Observation.rs", "patient/Condition.rs", "read_labs"]));
        quiet(&super::RULE, &set);
    }
}
