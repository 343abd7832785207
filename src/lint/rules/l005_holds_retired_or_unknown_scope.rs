//! L005: a role or client holding a retired or undefined scope.

use crate::lint::names::Name;
use crate::lint::rules::{held, is_protocol};
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Status};

pub const RULE: Rule = Rule {
    code: "L005",
    name: "holds-retired-or-unknown-scope",
    level: Level::Error,
    summary: "A role or client holds a retired or undefined scope",
    what: "Flags role grants and client feature scopes that name a retired scope, or a scope the set does not \
           define. OpenID Connect and SMART protocol scopes (`openid`, `launch/patient`, `offline_access`) need \
           no definition.",
    why: "A grant of an undefined scope has no description, owner or sensitivity, so nobody reviewed what it \
          gives; a retired one was decided against. Both defeat the review HIPAA's minimum necessary rule asks for.",
    bad: "[scopes.view_lab_result]\nstatus = \"retired\"\n\n[roles.nurse]\nscopes = [\"view_lab_result\"]",
    good: "[scopes.view_lab_results]\ndescription = \"Read lab results\"\n\n[roles.nurse]\nscopes = [\"view_lab_results\"]",
    fix: "Define the scope, correct the name, or revoke the grant.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for (holder, name, i) in held(ctx) {
        let problem = match i.map(|i| ctx.set.scopes[i].status) {
            Some(Status::Retired) => "retired",
            Some(_) => continue,
            None if is_protocol(&Name::new(name)) => continue,
            None => "undefined",
        };
        hits.push(Hit::new(holder.subject(name), format!("{holder} holds {problem} scope `{name}`")));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Status, Subject};

    #[test]
    fn fires_on_unknown_and_retired() {
        let mut set = named(&[]);
        set.roles.push(role("nurse", &["ghost"]));
        fires(&super::RULE, &set, &Subject::Grant("nurse".into(), "ghost".into()), "undefined scope `ghost`");
        let mut set = named(&["gone"]);
        set.scopes[0].status = Status::Retired;
        set.clients.push(client("portal", "labs", &["gone"]));
        fires(&super::RULE, &set, &Subject::FeatureScope("portal".into(), "labs".into(), "gone".into()), "retired");
    }

    #[test]
    fn quiet_on_defined_and_protocol_scopes() {
        let mut set = named(&["labs"]);
        set.clients.push(client("portal", "login", &["openid", "launch/patient", "offline_access", "labs"]));
        quiet(&super::RULE, &set);
    }
}
