//! L008: a `[lint] allow` entry that accepted nothing (reported by the runner).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "L008",
    name: "unused-allow",
    level: Level::Warning,
    summary: "An allow-entry matched no finding or gives no reason",
    what: "Flags `[lint] allow` entries that accepted no finding in this run (the scope was fixed, renamed or \
           removed, or the entry names the wrong subject), and entries whose `reason` is blank, which accept \
           nothing.",
    why: "Stale exceptions hide the next real finding on the same subject; exceptions without a reason cannot \
          be reviewed.",
    bad: "[scopes.view_labs]\ndescription = \"Read lab results\"\n\n\
          [lint]\nallow = [{ rule = \"B003\", scope = \"view_labs\", reason = \"Legacy\" }]",
    good: "[scopes.view_labs]\ndescription = \"Read lab results\"",
    fix: "Remove the entry, or correct the subject it names; give every entry a reason.",
    check: Check::Allows,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{AllowEntry, Subject};

    fn allow(scope: &str, reason: &str) -> AllowEntry {
        AllowEntry {
            rule: "B003".into(),
            scope: Some(scope.into()),
            role: None,
            client: None,
            reason: reason.into(),
            expires: None,
        }
    }

    #[test]
    fn fires_when_nothing_matched_or_no_reason() {
        let mut set = named(&["view_labs"]);
        set.lint.allow.push(allow("view_labs", "Legacy"));
        fires(&super::RULE, &set, &Subject::Allow(0), "matched no finding");
        let mut set = named(&["admin_console"]);
        set.lint.allow.push(allow("admin_console", " "));
        fires(&super::RULE, &set, &Subject::Allow(0), "gives no reason");
    }

    #[test]
    fn quiet_when_the_entry_accepts_a_finding() {
        let mut set = named(&["admin_console"]);
        set.lint.allow.push(allow("admin_console", "Break-glass console"));
        quiet(&super::RULE, &set);
    }
}
