//! B003: power over the access-control plane (axis: power).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B003",
    name: "admin-word",
    level: Level::Error,
    summary: "The scope writes or manages the access-control plane",
    what: "Reports scopes the breadth model (docs/breadth.md) finds unbounded on the *power* axis: writing or \
           managing users, groups, roles, memberships, apps and clients and their grants, identity \
           providers and connections, policies, MFA factors, sessions, tokens, keys and secrets, or the \
           tenant's settings (`okta.users.manage`, `create:client_grants`, `update:tenant_settings`, \
           `admin:org`); reading other principals' secrets (`read:client_keys`); superuser and full-control \
           words (`sudo`, `Sites.FullControl.All`). `admin` or `manage` qualifying one narrow object \
           (`admin:repo_hook`, `manage:webhooks`) is not flagged, nor is a scope bounded to the holder's own \
           account (`okta.myAccount.password.manage`) or to what the app owns (`Application.ReadWrite.OwnedBy`).",
    why: "Control-plane scopes let their holder change who may see what, which is more than any clinical \
          or business task needs. HIPAA's minimum necessary standard asks that such access be held by few, \
          reviewed, and kept apart from everyday scopes.",
    bad: "[scopes.\"users:manage\"]\ndescription = \"Create and change user accounts\"",
    good: "[scopes.\"users:read.self\"]\ndescription = \"Read the signed-in user's own account\"",
    fix: "Break the administrative power into the specific actions the role needs, or hold it in a \
          break-glass role with justification and expiry.",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_control_plane_writes() {
        fires(&super::RULE, &named(&["okta.users.manage"]), &on_scope("okta.users.manage"), "access-control plane");
        let hits = flagged(
            &super::RULE,
            &[
                "create:client_grants",
                "update:tenant_settings",
                "admin:org",
                "read:client_secrets",
                "Records.FullControl",
                "superuser",
            ],
        );
        assert_eq!(hits.len(), 6, "{hits:?}");
    }

    #[test]
    fn quiet_on_narrow_objects_and_own_accounts() {
        quiet(
            &super::RULE,
            &named(&[
                "admin:repo_hook",
                "manage:webhooks",
                "okta.myAccount.profile.manage",
                "Application.ReadWrite.OwnedBy",
                "read:roles",
                "administer_vaccine_record",
                "full_name.read",
                "read:org",
            ]),
        );
    }
}
