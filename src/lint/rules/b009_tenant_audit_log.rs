//! B009: the whole tenant's audit or system log (axis: oversight).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B009",
    name: "tenant-audit-log",
    level: Level::Error,
    summary: "The scope reads the whole tenant's audit or system log",
    what: "Reports scopes the breadth model (docs/breadth.md) finds unbounded on the *oversight* axis: \
           reading the tenant's audit, sign-in or system log (`AuditLog.Read.All`, `okta.logs.read`, \
           `read:logs`, `admin.reports.audit.readonly`). A log of one kind of the user's own data \
           (`read:food_logs`, `sleep_log.read`) is not flagged.",
    why: "Audit and system logs record every user's activity, and reading them reveals who accessed which \
          patient. HIPAA's minimum necessary standard asks that such oversight data go only to the few \
          whose task is review.",
    bad: "[scopes.\"read:logs\"]\ndescription = \"Read the tenant's logs\"",
    good: "[scopes.\"read:food_logs\"]\ndescription = \"Read the user's food logs\"",
    fix: "Hold log access in a reviewer role of its own, with justification and expiry, apart from the \
          scopes apps use every day.",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_tenant_logs() {
        fires(&super::RULE, &named(&["read:logs"]), &on_scope("read:logs"), "audit or system log");
        assert_eq!(flagged(&super::RULE, &["okta.logs.read", "AuditLog.Read.All", "auditlogs:read"]).len(), 3);
    }

    #[test]
    fn quiet_on_logs_of_ones_own_data() {
        quiet(&super::RULE, &named(&["read:food_logs", "sleepLog.read", "activity"]));
    }
}
