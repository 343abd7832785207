//! B004: an action that changes data, with no resource (axis: what).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B004",
    name: "bare-action",
    level: Level::Error,
    summary: "The name is an action that changes data, with no resource",
    what: "Reports names made only of action words that change or administer (`write`, `read_write`, \
           `manage`, `admin`): they say what the holder may do but not to what, so they apply to every \
           resource. A verb that names one bounded capability (`edit`, `submit`, `vote`) and a lone `read` \
           are not flagged; `read` beside `read:accounts` is the parent of its family (B008).",
    why: "`write` changes everything the API serves. HIPAA's minimum necessary standard limits access to the \
          data a task needs, which a scope can only do by naming that data.",
    bad: "[scopes.write]\ndescription = \"Write access\"",
    good: "[scopes.write_appointments]\ndescription = \"Book and change the patient's appointments\"",
    fix: "Name the resource the action applies to (`write_appointments`, `appointments:write`).",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_bare_changing_actions() {
        fires(&super::RULE, &named(&["write"]), &on_scope("write"), "no resource");
        assert_eq!(flagged(&super::RULE, &["read_write", "ReadWrite", "manage", "admin"]).len(), 4);
    }

    #[test]
    fn quiet_when_a_resource_or_a_bounded_verb_is_named() {
        quiet(&super::RULE, &named(&["read_labs", "openid", "offline_access", "User.Read", "patient/Patient.read"]));
        quiet(&super::RULE, &named(&["basic", "only", "edit", "submit", "read", "read-only"]));
    }
}
