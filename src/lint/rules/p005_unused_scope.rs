//! P005: a defined scope nobody holds.

use crate::lint::rules::held;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Status, Subject};

pub const RULE: Rule = Rule {
    code: "P005",
    name: "unused-scope",
    level: Level::Info,
    summary: "No role or client holds the scope",
    what: "Flags active scopes that no role grants, no client feature needs and no API operation requires. \
           Deprecated and retired scopes are expected to fall out of use and are not flagged.",
    why: "Unused scopes are attack surface with no purpose: a later grant of one receives no scrutiny because \
          the scope looks established. HIPAA's minimum necessary standard favours removing access paths no \
          task uses.",
    bad: "[scopes.view_lab_results]\n[scopes.export_everything_csv]\n\n[roles.nurse]\nscopes = [\"view_lab_results\"]",
    good: "[scopes.view_lab_results]\n\n[roles.nurse]\nscopes = [\"view_lab_results\"]",
    fix: "Deprecate and retire the scope, or grant it to the role that needs it.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    // Marked by index in the set: one lookup per holding, none per scope.
    let mut used = vec![false; ctx.set.scopes.len()];
    for i in held(ctx).filter_map(|(_, _, i)| i) {
        used[i] = true;
    }
    // A scope an API operation requires is in use: it is what callers must hold.
    for name in ctx.set.operations.iter().flat_map(crate::model::Operation::scopes) {
        if let Some(&i) = ctx.index.get(name) {
            used[i] = true;
        }
    }
    let whom =
        if ctx.set.operations.is_empty() { "no role or client holds" } else { "no role, client or operation uses" };
    // A set built in code may repeat a name; the index then points at one of them.
    let unique = ctx.index.len() == ctx.set.scopes.len();
    for (p, s) in ctx.set.scopes.iter().enumerate().filter(|(_, s)| s.status == Status::Active) {
        let i = if unique { p } else { ctx.index.get(s.name.as_str()).copied().unwrap_or(p) };
        if !used[i] {
            // Joined rather than formatted: a sparse set has a finding per scope.
            hits.push(Hit::new(Subject::Scope(s.name.clone()), [whom, " `", &s.name, "`"].concat()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Method, Status};

    #[test]
    fn fires_on_unheld_scopes() {
        let mut set = named(&["labs", "export"]);
        set.roles.push(role("nurse", &["labs"]));
        fires(&super::RULE, &set, &on_scope("export"), "no role or client holds `export`");
    }

    #[test]
    fn an_operation_requiring_a_scope_uses_it() {
        let mut set = named(&["labs", "export"]);
        set.operations.push(operation(Method::Get, "/labs", &[&[("oauth", &["labs"])]]));
        fires(&super::RULE, &set, &on_scope("export"), "no role, client or operation uses `export`");
    }

    #[test]
    fn quiet_when_held_or_on_the_way_out() {
        let mut set = named(&["labs", "meds", "old"]);
        set.scopes[2].status = Status::Deprecated;
        set.roles.push(role("nurse", &["labs"]));
        set.clients.push(client("portal", "meds", &["meds"]));
        quiet(&super::RULE, &set);
    }
}
