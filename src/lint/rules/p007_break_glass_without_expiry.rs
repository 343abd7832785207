//! P007: a break-glass role's grant without expiry or justification.

use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "P007",
    name: "break-glass-without-expiry",
    level: Level::Error,
    summary: "A break-glass grant has no expiry or no justification",
    what: "Flags grants of roles marked `break_glass = true` that lack an `expires` date or a \
           `justification`.",
    why: "Emergency access is acceptable under HIPAA because it is exceptional, justified and temporary. \
          Without an expiry it becomes standing access beyond the minimum necessary; without a justification \
          it cannot be reviewed.",
    bad: "[scopes.\"patient/Observation.rs\"]\n\n[roles.er_override]\nbreak_glass = true\nscopes = [\"patient/Observation.rs\"]",
    good: "[scopes.\"patient/Observation.rs\"]\n\n[roles.er_override]\nbreak_glass = true\ngrants = [{ scope = \"patient/Observation.rs\", justification = \"Trauma bay override\", expires = 2027-01-01 }]",
    fix: "Give every grant of the break-glass role a justification and an expiry.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for role in ctx.set.roles.iter().filter(|r| r.break_glass) {
        for g in &role.grants {
            let missing = match (g.expires.is_none(), g.justification.as_deref().is_none_or(|j| j.trim().is_empty())) {
                (true, true) => "an expiry and a justification",
                (true, false) => "an expiry",
                (false, true) => "a justification",
                (false, false) => continue,
            };
            hits.push(Hit::new(
                Subject::Grant(role.name.clone(), g.scope.clone()),
                format!("break-glass role `{}` holds `{}` without {missing}", role.name, g.scope),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Subject;

    #[test]
    fn fires_without_expiry() {
        let mut set = named(&[]);
        let mut r = role("er", &["patient/*.rs"]);
        r.break_glass = true;
        r.grants[0].justification = Some("Trauma bay".into());
        set.roles.push(r);
        fires(&super::RULE, &set, &Subject::Grant("er".into(), "patient/*.rs".into()), "without an expiry");
    }

    #[test]
    fn quiet_when_complete_or_not_break_glass() {
        let mut set = named(&[]);
        let mut r = role("er", &["patient/*.rs"]);
        r.break_glass = true;
        r.grants[0].justification = Some("Trauma bay".into());
        r.grants[0].expires = Some(today());
        set.roles.push(r);
        set.roles.push(role("nurse", &["patient/Observation.rs"]));
        quiet(&super::RULE, &set);
    }
}
