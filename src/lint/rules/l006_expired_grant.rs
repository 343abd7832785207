//! L006: a grant past its expiry date.

use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "L006",
    name: "expired-grant",
    level: Level::Error,
    summary: "A role's grant has expired",
    what: "Flags role grants whose `expires` date is before today.",
    why: "An expiry records that the access was needed only for a while; an expired grant still in the set \
          means the access outlived its purpose.",
    bad: "[scopes.view_lab_results]\n\n[roles.locum]\ngrants = [{ scope = \"view_lab_results\", expires = 2020-01-01 }]",
    good: "[scopes.view_lab_results]\n\n[roles.locum]\ngrants = [{ scope = \"view_lab_results\", expires = 2027-01-01 }]",
    fix: "Revoke the grant, or renew it with a new justification and expiry.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for role in &ctx.set.roles {
        for g in role.grants.iter().filter(|g| g.is_expired(ctx.today)) {
            let expired = g.expires.map(|d| d.to_string()).unwrap_or_default();
            hits.push(Hit::new(
                Subject::Grant(role.name.clone(), g.scope.clone()),
                format!("role `{}`'s grant of `{}` expired on {expired}", role.name, g.scope),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Subject;

    #[test]
    fn fires_after_expiry() {
        let mut set = named(&["labs"]);
        let mut r = role("locum", &["labs"]);
        r.grants[0].expires = Some(jiff::civil::date(2020, 1, 1));
        set.roles.push(r);
        fires(&super::RULE, &set, &Subject::Grant("locum".into(), "labs".into()), "expired on 2020-01-01");
    }

    #[test]
    fn quiet_until_expiry() {
        let mut set = named(&["labs"]);
        let mut r = role("locum", &["labs", "labs2"]);
        r.grants[0].expires = Some(today());
        set.roles.push(r);
        quiet(&super::RULE, &set);
    }
}
