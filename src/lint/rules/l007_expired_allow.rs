//! L007: a `[lint] allow` entry past its expiry (reported by the runner, after the other rules).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "L007",
    name: "expired-allow",
    level: Level::Warning,
    summary: "An allow-entry has expired",
    what: "Flags `[lint] allow` entries whose `expires` date is before today. An expired entry no longer \
           accepts anything, so the finding it covered is reported again too.",
    why: "Accepted risks are accepted for a time; when the time is up the exception must be reviewed again \
          rather than quietly living on.",
    bad: "[lint]\nallow = [{ rule = \"B003\", scope = \"admin_console\", reason = \"Quarterly review\", expires = 2020-01-01 }]",
    good: "[lint]\nallow = [{ rule = \"B003\", scope = \"admin_console\", reason = \"Quarterly review\", expires = 2027-06-30 }]",
    fix: "Review the exception: renew its `expires`, or remove the entry and fix the finding.",
    check: Check::Allows,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{AllowEntry, Subject};

    fn allow(expires: jiff::civil::Date) -> AllowEntry {
        AllowEntry {
            rule: "B003".into(),
            scope: Some("admin_console".into()),
            role: None,
            client: None,
            reason: "Quarterly review".into(),
            expires: Some(expires),
        }
    }

    #[test]
    fn fires_after_expiry() {
        let mut set = named(&["admin_console"]);
        set.lint.allow.push(allow(jiff::civil::date(2020, 1, 1)));
        fires(&super::RULE, &set, &Subject::Allow(0), "expired on 2020-01-01");
    }

    #[test]
    fn quiet_until_expiry() {
        let mut set = named(&["admin_console"]);
        set.lint.allow.push(allow(today()));
        quiet(&super::RULE, &set);
    }
}
