//! B001: a `*` or a pattern where a resource should be (axis: what).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B001",
    name: "wildcard-scope",
    level: Level::Error,
    summary: "A wildcard stands for every resource",
    what: "Reports scopes the breadth model (docs/breadth.md) finds unbounded on the *what* axis by a \
           wildcard: a SMART scope on resource type `*` (`patient/*.rs`), a `*` in place of the resource \
           (`read:*`), a trailing wildcard over a service (`Athenanet.MDP.*`), or a pattern (`^read:.*$`). \
           Every action on one named type (`orders:*`, SMART v1 `Patient.*`) is not breadth: P010 reports \
           that bundling.",
    why: "A wildcard grants every resource the server has today and every one it adds tomorrow. HIPAA's \
          minimum necessary standard asks that each role and app hold only the PHI its task needs; a \
          wildcard makes that impossible to show.",
    bad: "[scopes.\"patient/*.rs\"]\ndescription = \"Read anything about the patient\"",
    good: "[scopes.\"patient/Observation.rs\"]\ndescription = \"Read the patient's observations\"",
    fix: "Name the resource types the task needs, one scope each (`patient/Observation.rs`).",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_wildcards() {
        fires(&super::RULE, &named(&["patient/*.read"]), &on_scope("patient/*.read"), "resource type `*`");
        let hits = flagged(&super::RULE, &["system/*.rs", "athena/service/Athenanet.MDP.*", "*", "read:*", "^api:.*$"]);
        assert_eq!(hits.len(), 5, "{hits:?}");
    }

    #[test]
    fn quiet_on_named_resources_and_bundles() {
        quiet(
            &super::RULE,
            &named(&["patient/Observation.rs", "patient/Observation.*", "view_lab_results", "orders:*"]),
        );
    }
}
