//! L009: an operation requires a scope the set does not define.

use std::collections::HashMap;

use crate::lint::names::Name;
use crate::lint::rules::is_protocol;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "L009",
    name: "operation-unknown-scope",
    level: Level::Error,
    summary: "An operation requires a scope no scope definition declares",
    what: "Flags scopes that an operation's `security` requires but that the set does not define (in an \
           OpenAPI document: that no security scheme's flows declare), once per scope, at the first operation \
           naming it. OpenID Connect and SMART protocol scopes (`openid`, `fhirUser`, `offline_access`) need no \
           definition.",
    why: "An undeclared scope is usually a typo or a scope renamed in one place only: no client can be granted \
          it through the reviewed catalog, so the operation either cannot be called or is reached by a grant \
          nobody reviewed.",
    bad: "[scopes.\"labs:read\"]\n\n[operations.\"GET /labs\"]\nsecurity = [{ oauth = [\"lab:read\"] }]",
    good: "[scopes.\"labs:read\"]\n\n[operations.\"GET /labs\"]\nsecurity = [{ oauth = [\"labs:read\"] }]",
    fix: "Correct the scope name, or declare the scope (in `[scopes]`, or in the security scheme's flows).",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    // Unknown scope → its first operation's key, how many operations require it, and the last one
    // counted (an operation naming it twice counts once); in first-seen order.
    let mut unknown: Vec<(&str, String, usize, usize)> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    let mut protocol: HashMap<&str, bool> = HashMap::new();
    for (o, op) in ctx.set.operations.iter().enumerate() {
        for scope in op.scopes() {
            if ctx.scope(scope).is_some() || *protocol.entry(scope).or_insert_with(|| is_protocol(&Name::new(scope))) {
                continue;
            }
            match at.get(scope) {
                Some(&i) if unknown[i].3 != o => {
                    unknown[i].2 += 1;
                    unknown[i].3 = o;
                }
                Some(_) => {}
                None => {
                    at.insert(scope, unknown.len());
                    unknown.push((scope, op.key(), 1, o));
                }
            }
        }
    }
    for (scope, key, n, _) in unknown {
        let others = match n {
            1 => String::new(),
            2 => " (and by 1 other operation)".to_owned(),
            n => format!(" (and by {} other operations)", n - 1),
        };
        let message = format!("`{key}` requires `{scope}`{others}, which no scope definition declares");
        hits.push(Hit::new(Subject::OperationScope(key, scope.to_owned()), message));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Method, Operation, Subject};

    fn op(method: Method, path: &str, scopes: &[&str]) -> Operation {
        operation(method, path, &[&[("oauth", scopes)]])
    }

    #[test]
    fn fires_once_per_unknown_scope() {
        let mut set = named(&["labs:read"]);
        set.operations.push(op(Method::Get, "/labs", &["lab:read"]));
        set.operations.push(op(Method::Get, "/labs/{id}", &["lab:read"]));
        set.operations.push(op(Method::Get, "/labs/{id}/pdf", &["lab:read", "labs:read"]));
        fires(
            &super::RULE,
            &set,
            &Subject::OperationScope("GET /labs".into(), "lab:read".into()),
            "`GET /labs` requires `lab:read` (and by 2 other operations), which no scope definition declares",
        );
    }

    #[test]
    fn quiet_on_defined_and_protocol_scopes() {
        let mut set = named(&["labs:read"]);
        set.operations.push(op(Method::Get, "/labs", &["labs:read", "openid", "fhirUser", "offline_access"]));
        set.operations.push(Operation { method: Method::Get, path: "/x".into(), operation_id: None, security: None });
        quiet(&super::RULE, &set);
    }
}
