//! B004: an action with no resource (`read`, `write`).

use crate::lint::names::Name;
use crate::lint::rules::is_protocol;
use crate::lint::words::Class;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B004",
    name: "bare-action",
    level: Level::Error,
    summary: "The name is an action with no resource",
    what: "Flags names made only of action words (`read`, `write`, `read_write`, `readonly`): they say what \
           the holder may do but not to what, so they apply to every resource.",
    why: "`read` reads everything the API serves. HIPAA's minimum necessary standard limits access to the \
          data a task needs, which a scope can only do by naming that data.",
    bad: "[scopes.read]\ndescription = \"Read access\"",
    good: "[scopes.read_appointments]\ndescription = \"Read the patient's appointments\"",
    fix: "Name the resource the action applies to (`read_appointments`, `appointments:read`).",
    check: Check::Scope(check),
};

/// Words in the action list that narrow an action rather than name one.
const QUALIFIERS: &[&str] = &["only", "basic"];

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    if is_protocol(name) || name.smart.is_some() || name.url_root || name.tokens.is_empty() {
        return None;
    }
    // `only` and `basic` qualify an action (`read-only`, `ReadBasic`) but are none: Keycloak's
    // built-in OIDC scope `basic` (the `sub` and `auth_time` claims) names no action at all.
    let verb = name.words().any(|w| !QUALIFIERS.contains(&w));
    (verb && name.tokens.iter().all(|t| t.class.has(Class::ACTION)))
        .then(|| format!("`{}` names actions but no resource, so it applies to every resource", name.raw))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_bare_actions() {
        fires(&super::RULE, &named(&["read"]), &on_scope("read"), "no resource");
        assert_eq!(flagged(&super::RULE, &["write", "read_write", "ReadWrite", "read-only"]).len(), 4);
    }

    #[test]
    fn quiet_when_a_resource_is_named() {
        quiet(&super::RULE, &named(&["read_labs", "openid", "offline_access", "User.Read", "patient/Patient.read"]));
        // Keycloak's built-in `basic` scope adds the `sub` claim: a qualifier alone is no action.
        quiet(&super::RULE, &named(&["basic", "only"]));
    }
}
