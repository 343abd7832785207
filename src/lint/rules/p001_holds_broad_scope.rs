//! P001: a role or client holding a scope a B rule calls broad.

use crate::lint::rules::held;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "P001",
    name: "holds-broad-scope",
    level: Level::Error,
    summary: "A role or client holds a broad scope",
    what: "Flags role grants and client feature scopes whose scope the breadth model (docs/breadth.md) \
           calls broad on any axis (what, whose, power, oversight), naming the B rule and the part of the \
           name, description or set that made it broad. The verdict does not depend on whether the B rules \
           themselves are selected, and read-write bundling on one type (P010) is not breadth.",
    why: "A broad scope defined in the catalog is a risk; a broad scope granted is an exposure. HIPAA's minimum \
          necessary standard applies to what each role and app actually holds.",
    bad: "[scopes.read_all_data]\n\n[roles.nurse]\nscopes = [\"read_all_data\"]",
    good: "[scopes.view_lab_results]\n\n[roles.nurse]\nscopes = [\"view_lab_results\"]",
    fix: "Grant the narrow scopes the role's tasks need instead; if the broad one is truly required, hold it \
          in a break-glass role with justification and expiry.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for (holder, name, i) in held(ctx) {
        if let Some((rule, why)) = ctx.broad_at(i, name) {
            let message = format!("{holder} holds broad scope `{name}` ({} {}: {why})", rule.code, rule.name);
            hits.push(Hit::new(holder.subject(name), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Subject;

    #[test]
    fn fires_on_broad_grants_defined_or_not() {
        let mut set = named(&["read_all_data"]);
        set.roles.push(role("nurse", &["read_all_data"]));
        fires(&super::RULE, &set, &Subject::Grant("nurse".into(), "read_all_data".into()), "B002 catch-all-word");
        let mut set = named(&[]);
        set.clients.push(client("portal", "labs", &["patient/*.rs"]));
        fires(
            &super::RULE,
            &set,
            &Subject::FeatureScope("portal".into(), "labs".into(), "patient/*.rs".into()),
            "B001",
        );
    }

    #[test]
    fn quiet_on_narrow_grants() {
        let mut set = named(&["view_lab_results"]);
        set.roles.push(role("nurse", &["view_lab_results", "patient/Observation.rs"]));
        quiet(&super::RULE, &set);
    }
}
