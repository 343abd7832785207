//! B008: the parent of a family whose other members are narrower (axis: what, from siblings).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B008",
    name: "unqualified-resource",
    level: Level::Warning,
    summary: "The scope is the widest member of its family in the set",
    what: "Reports a scope that the rest of the set shows to be a family's parent: a resource named without \
           an action beside members that add one or a bound (`drive` beside `drive.readonly` or \
           `drive.file`, `user` beside `read:user`), or a bare action beside members that add a resource \
           (`read` beside `read:accounts`). A lone product word (`account`, `pipeline`) is not broad on that \
           ground alone.",
    why: "The parent is the widest member of its family. HIPAA's minimum necessary standard asks for the \
          narrowest member that does the job.",
    bad: "[scopes.records]\ndescription = \"Patient records\"\n\n[scopes.\"records.readonly\"]\ndescription = \"Read patient records\"",
    good: "[scopes.\"records.write\"]\ndescription = \"Change patient records\"\n\n[scopes.\"records.readonly\"]\ndescription = \"Read patient records\"",
    fix: "Grant the action-qualified member of the family (`drive.readonly`, `read:user`), or give the bare \
          scope an action in its name.",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_the_parent_of_a_family() {
        fires(&super::RULE, &named(&["drive", "drive.readonly"]), &on_scope("drive"), "`drive.readonly`");
        assert_eq!(
            flagged(&super::RULE, &["orders", "read:orders", "pipeline", "delete_pipeline"]),
            ["orders", "pipeline"]
        );
        assert_eq!(flagged(&super::RULE, &["view", "view:accounts", "edit:statuses"]), ["view"]);
    }

    #[test]
    fn quiet_without_a_narrower_sibling() {
        quiet(
            &super::RULE,
            &named(&["gist", "notifications", "email", "openid", "drive.file", "lab_results.read", "account"]),
        );
    }
}
