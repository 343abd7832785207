//! B005: every user's, member's or patient's data (axis: whose).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B005",
    name: "tenant-wide",
    level: Level::Error,
    summary: "The scope reaches every user's, member's or patient's data",
    what: "Reports scopes the breadth model (docs/breadth.md) finds unbounded on the *whose* axis: a \
           `.All`-style suffix (`User.Read.All`, `Files.ReadWrite.All`), a trailing `admin` qualifier \
           (`meeting:read:admin`), an administrator's view of every user (`admin.directory.user.readonly`), \
           reading every user of the tenant (`read:users`, `okta.users.read`), tenant-wide nouns over people \
           or content, SMART `system/` scopes and bulk export (`$export`), acting as any user, and \
           descriptions that say so (\"all users\", \"across the organization\"). Read-only configuration \
           metadata of one object type (`Policy.Read.All`, `Application.Read.All`) is not flagged.",
    why: "An app acting for one clinician should see that clinician's data, not the whole organisation's. \
          HIPAA's minimum necessary standard asks for the narrower, user-bound permission.",
    bad: "[scopes.\"Files.Read.All\"]\ndescription = \"Read every file in the tenant\"",
    good: "[scopes.\"Files.Read\"]\ndescription = \"Read the signed-in user's files\"",
    fix: "Use the user-bound form (`Files.Read`), a resource-selected one (`Sites.Selected`), or the \
          patient-in-context SMART scope (`patient/Observation.rs`) instead of `system/`.",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_tenant_wide_reach() {
        fires(&super::RULE, &named(&["User.Read.All"]), &on_scope("User.Read.All"), "`.All`");
        let hits = flagged(
            &super::RULE,
            &["Records.ReadWrite.All", "chart:read:admin", "read:users", "system/Patient.rs", "bulk_export"],
        );
        assert_eq!(hits.len(), 5, "{hits:?}");
    }

    #[test]
    fn quiet_on_user_bound_or_metadata() {
        quiet(&super::RULE, &named(&["read_all_orders", "User.Read", "all", "Policy.Read.All", "read:current_user"]));
    }
}
