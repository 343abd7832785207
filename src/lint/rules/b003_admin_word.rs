//! B003: admin, owner and full-control words.

use crate::lint::names::Name;
use crate::lint::words::Class;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B003",
    name: "admin-word",
    level: Level::Error,
    summary: "The name grants administration, ownership or full control",
    what: "Flags names holding an administration word as a whole token: `admin`, `root`, `superuser`, \
           `owner`, `manage`, `impersonation`, or `full` followed by `control` (`full_control`, \
           `Sites.FullControl.All`). A name scoped to the holder's own account by a `my`, `me` or `self` \
           token (`okta.myAccount.profile.manage`) administers nothing but that account and is not \
           flagged.",
    why: "Administrative scopes let their holder change who may see what, which is more than any clinical \
          or business task needs. HIPAA's minimum necessary standard asks that such access be held by few, \
          reviewed, and kept apart from everyday scopes.",
    bad: "[scopes.admin_console]\ndescription = \"Everything the console can do\"",
    good: "[scopes.\"users:read\"]\ndescription = \"List user accounts\"",
    fix: "Break the administrative power into the specific actions the role needs, or hold it in a \
          break-glass role with justification and expiry.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    // Only an admin word or `full` (a quantifier) can make a finding.
    if !name.classes.has(Class::ADMIN) && !name.classes.has(Class::QUANTIFIER) {
        return None;
    }
    if name.words().any(|w| matches!(w, "my" | "me" | "self")) {
        return None;
    }
    let n = name.tokens.len();
    for i in 0..n {
        let w = name.word(i);
        if name.is(i, Class::ADMIN) {
            return Some(format!("`{}` in `{}` grants administration", name.written(i), name.raw));
        }
        if w == "full" && i + 1 < n && name.word(i + 1) == "control" {
            return Some(format!("`{}{}` in `{}` grants full control", name.written(i), name.written(i + 1), name.raw));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_admin_words() {
        fires(&super::RULE, &named(&["admin:org"]), &on_scope("admin:org"), "`admin`");
        let hits = flagged(
            &super::RULE,
            &[
                "okta.users.manage",
                "Sites.FullControl.All",
                "devstorage.full_control",
                "superuser",
                "user_impersonation",
            ],
        );
        assert_eq!(hits.len(), 5, "{hits:?}");
    }

    #[test]
    fn quiet_on_lookalike_words() {
        quiet(
            &super::RULE,
            &named(&["Application.ReadWrite.OwnedBy", "administer_vaccine_record", "full_name.read", "read:org"]),
        );
    }

    #[test]
    fn quiet_on_the_holders_own_account() {
        quiet(&super::RULE, &named(&["okta.myAccount.profile.manage", "me.manage", "self_admin_settings"]));
        assert_eq!(flagged(&super::RULE, &["okta.users.manage", "messages.manage"]).len(), 2);
    }
}
