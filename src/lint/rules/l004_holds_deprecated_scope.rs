//! L004: a role or client holding a deprecated scope.

use std::fmt::Write as _;

use crate::lint::rules::held;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Status};

pub const RULE: Rule = Rule {
    code: "L004",
    name: "holds-deprecated-scope",
    level: Level::Warning,
    summary: "A role or client still holds a deprecated scope",
    what: "Flags role grants and client feature scopes that name a deprecated scope, with its replacement \
           and sunset.",
    why: "Deprecated scopes are usually broader than their replacements; every holder left on one keeps \
          more access than the set now intends, and breaks at the sunset.",
    bad: "[scopes.old]\nstatus = \"deprecated\"\nreplaced_by = [\"new\"]\nsunset = 2027-01-01\n\n[scopes.new]\n\n\
          [roles.nurse]\nscopes = [\"old\"]",
    good: "[scopes.old]\nstatus = \"deprecated\"\nreplaced_by = [\"new\"]\nsunset = 2027-01-01\n\n[scopes.new]\n\n\
           [roles.nurse]\nscopes = [\"new\"]",
    fix: "Grant the replacement and revoke the deprecated scope.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for (holder, name, i) in held(ctx) {
        let Some(scope) = i.map(|i| &ctx.set.scopes[i]).filter(|s| s.status == Status::Deprecated) else { continue };
        let mut message = format!("{holder} holds deprecated scope `{name}`");
        if !scope.replaced_by.is_empty() {
            let _ = write!(message, "; move to `{}`", scope.replaced_by.join("`, `"));
        }
        if let Some(sunset) = scope.sunset {
            let _ = write!(message, " before {sunset}");
        }
        hits.push(Hit::new(holder.subject(name), message));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Status, Subject};

    #[test]
    fn fires_on_roles_and_clients() {
        let mut set = named(&["old", "new"]);
        set.scopes[0].status = Status::Deprecated;
        set.scopes[0].replaced_by = vec!["new".into()];
        set.roles.push(role("nurse", &["old"]));
        fires(&super::RULE, &set, &Subject::Grant("nurse".into(), "old".into()), "move to `new`");
        set.roles.clear();
        set.clients.push(client("portal", "labs", &["old"]));
        fires(
            &super::RULE,
            &set,
            &Subject::FeatureScope("portal".into(), "labs".into(), "old".into()),
            "client `portal`",
        );
    }

    #[test]
    fn quiet_on_active_scopes() {
        let mut set = named(&["new"]);
        set.roles.push(role("nurse", &["new"]));
        quiet(&super::RULE, &set);
    }
}
