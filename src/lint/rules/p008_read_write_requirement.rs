//! P008: one security requirement needs both a read and a write scope of the same resource.

use std::collections::HashMap;

use crate::lint::rules::access::Accesses;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "P008",
    name: "read-write-requirement",
    level: Level::Warning,
    summary: "One security requirement needs a read and a write scope of the same resource",
    what: "Flags an operation whose `security` has a requirement (one `{ scheme = [...] }` object) naming a \
           scope that only reads a resource and one that writes the same resource, such as \
           `{ oauth = [\"labs:read\", \"labs:write\"] }`. Every scope of one requirement is needed together \
           (AND); separate requirements are alternatives (OR). Read and write come from the scope's \
           `actions` and `resource` when it declares them, else from its name (SMART `.rs`/`.cud`, \
           `labs:read`, `read:labs`, `Labs.ReadWrite`).",
    why: "Listing both usually meant \"either\": as written, a client needs the write scope even to read, so \
          every reader is handed write access, against HIPAA's minimum necessary standard.",
    bad: "[scopes.\"labs:read\"]\n[scopes.\"labs:write\"]\n\n[operations.\"GET /labs/{id}\"]\n\
          security = [{ oauth = [\"labs:read\", \"labs:write\"] }]",
    good: "[scopes.\"labs:read\"]\n[scopes.\"labs:write\"]\n\n[operations.\"GET /labs/{id}\"]\n\
           security = [{ oauth = [\"labs:read\"] }, { oauth = [\"labs:write\"] }]",
    fix: "Put the scopes in separate requirement objects if either one should do, or keep only the one the \
          operation needs.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    let mut access = Accesses::new(ctx);
    for op in &ctx.set.operations {
        for (i, requirement) in op.security.iter().flatten().enumerate() {
            // Resource → the first scope reading only it, and the first writing it.
            let mut by_resource: HashMap<String, (Option<&str>, Option<&str>)> = HashMap::new();
            let mut found = None;
            for scope in requirement.scopes() {
                let a = access.get(scope);
                let (read_only, writes) = (a.read_only(), a.writes);
                if !read_only && !writes {
                    continue;
                }
                let slot = by_resource.entry(a.resource.clone()).or_default();
                if read_only {
                    slot.0.get_or_insert(scope);
                } else {
                    slot.1.get_or_insert(scope);
                }
                if let (Some(r), Some(w)) = *slot {
                    found = Some((r, w));
                    break;
                }
            }
            if let Some((read, write)) = found {
                let key = op.key();
                let message = format!(
                    "`{key}` requirement {} needs both `{read}` and `{write}`: the scopes of one requirement are \
                     all required (AND), so reading needs the write scope too; list them as separate requirements \
                     if either should do",
                    i + 1
                );
                hits.push(Hit::new(Subject::Requirement(key, i), message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Action, Method, Operation, Scope, Subject};

    #[test]
    fn fires_on_read_and_write_of_one_resource_in_one_requirement() {
        let mut set = named(&["labs:read", "labs:write"]);
        set.scopes.iter_mut().for_each(|s| s.actions.clear());
        set.scopes.iter_mut().for_each(|s| s.resource = None);
        set.operations.push(operation(Method::Get, "/labs", &[&[("oauth", &["labs:read", "labs:write"])]]));
        fires(&super::RULE, &set, &Subject::Requirement("GET /labs".into(), 0), "both `labs:read` and `labs:write`");
        let mut set = named(&[]);
        set.operations.push(operation(
            Method::Get,
            "/obs",
            &[&[("a", &["openid"])], &[("smart", &["patient/Observation.rs"]), ("other", &["user/Observation.cud"])]],
        ));
        fires(&super::RULE, &set, &Subject::Requirement("GET /obs".into(), 1), "requirement 2");
        let mut set = named(&[]);
        set.operations.push(operation(Method::Get, "/c", &[&[("o", &["Claims.Read", "Claims.ReadWrite"])]]));
        fires(&super::RULE, &set, &Subject::Requirement("GET /c".into(), 0), "`Claims.Read` and `Claims.ReadWrite`");
    }

    #[test]
    fn declared_actions_and_resources_decide() {
        let mut set = named(&[]);
        set.scopes.push(Scope { actions: vec![Action::Read], resource: Some("lab_results".into()), ..Scope::new("a") });
        set.scopes.push(Scope {
            actions: vec![Action::Update],
            resource: Some("lab_results".into()),
            ..Scope::new("b")
        });
        set.operations.push(operation(Method::Get, "/labs", &[&[("oauth", &["a", "b"])]]));
        assert_eq!(run(&super::RULE, &set).len(), 1);
        set.scopes[1].resource = Some("invoices".into());
        quiet(&super::RULE, &set);
    }

    #[test]
    fn quiet_on_alternatives_other_resources_and_unknown_words() {
        let mut set = named(&[]);
        set.operations.push(operation(Method::Get, "/labs", &[&[("o", &["labs:read"])], &[("o", &["labs:write"])]]));
        set.operations.push(operation(Method::Get, "/x", &[&[("o", &["labs:read", "invoices:write"])]]));
        set.operations.push(operation(Method::Get, "/y", &[&[("o", &["readiness", "overwrite", "threads"])]]));
        set.operations.push(operation(
            Method::Get,
            "/z",
            &[&[("o", &["patient/Observation.rs", "patient/Patient.c"])]],
        ));
        set.operations.push(operation(Method::Get, "/w", &[&[("o", &["Claims.ReadWrite"]), ("k", &[])]]));
        set.operations.push(Operation { method: Method::Get, path: "/v".into(), operation_id: None, security: None });
        quiet(&super::RULE, &set);
    }
}
