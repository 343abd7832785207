//! P009: a write operation that read-only scopes let through.

use crate::lint::rules::access::Accesses;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "P009",
    name: "write-guarded-by-read",
    level: Level::Error,
    summary: "A write operation is guarded only by read scopes",
    what: "Flags POST, PUT, PATCH and DELETE operations whose every security requirement grants only reads: \
           each alternative names at least one scope, and every scope it names reads without writing (by its \
           `actions` when declared, else by its name: SMART `.rs`, `labs:read`, `read:labs`, `Labs.Read`). \
           A requirement without scopes (an API key) or with a scope whose access cannot be told keeps the \
           rule quiet. Webhooks are not checked: their POST is a delivery to the subscriber, not a change the \
           API makes.",
    why: "A token issued for reading can then change data: read access becomes write access, the widening \
          HIPAA's minimum necessary standard is meant to prevent.",
    bad: "[scopes.\"labs:read\"]\n\n[operations.\"POST /labs\"]\nsecurity = [{ oauth = [\"labs:read\"] }]",
    good: "[scopes.\"labs:write\"]\n\n[operations.\"POST /labs\"]\nsecurity = [{ oauth = [\"labs:write\"] }]",
    fix: "Require a scope that grants the write (`labs:write`, `patient/Observation.c`) on every alternative.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    let mut access = Accesses::new(ctx);
    for op in ctx.set.operations.iter().filter(|o| o.method.is_write() && !o.is_webhook()) {
        let Some(security) = op.security.as_ref().filter(|s| !s.is_empty()) else { continue };
        let read_only = security.iter().all(|req| {
            let mut scopes = req.scopes().peekable();
            scopes.peek().is_some() && scopes.all(|s| access.get(s).read_only())
        });
        if !read_only {
            continue;
        }
        let mut named: Vec<&str> = Vec::new();
        for s in security.iter().flat_map(crate::model::Requirement::scopes) {
            if !named.contains(&s) {
                named.push(s);
            }
            if named.len() > 5 {
                break;
            }
        }
        let mut list = named.iter().take(5).map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
        if named.len() > 5 {
            list.push_str(", …");
        }
        let key = op.key();
        let message =
            format!("`{key}` changes data with {}, but every requirement grants only reads: {list}", op.method);
        hits.push(Hit::new(Subject::Operation(key), message));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Action, Method, Operation, Scope, Subject};

    #[test]
    fn fires_when_every_alternative_only_reads() {
        let mut set = named(&[]);
        set.operations.push(operation(
            Method::Post,
            "/appointments",
            &[&[("o", &["appointments:read"])], &[("smart", &["patient/Appointment.rs"])]],
        ));
        fires(
            &super::RULE,
            &set,
            &Subject::Operation("POST /appointments".into()),
            "with POST, but every requirement grants only reads: `appointments:read`, `patient/Appointment.rs`",
        );
        for method in [Method::Put, Method::Patch, Method::Delete] {
            let mut set = named(&[]);
            set.operations.push(operation(method, "/c", &[&[("o", &["read:claims", "Claims.Read"])]]));
            assert_eq!(run(&super::RULE, &set).len(), 1, "{method}");
        }
    }

    #[test]
    fn declared_actions_decide() {
        let mut set = named(&[]);
        set.scopes.push(Scope { actions: vec![Action::Create], ..Scope::new("labs:read") });
        set.operations.push(operation(Method::Post, "/labs", &[&[("o", &["labs:read"])]]));
        quiet(&super::RULE, &set);
        set.scopes[0].actions = vec![Action::Read, Action::Search];
        assert_eq!(run(&super::RULE, &set).len(), 1);
    }

    #[test]
    fn quiet_on_reads_writes_keys_unknown_words_and_webhooks() {
        let mut set = named(&[]);
        set.operations.push(operation(Method::Get, "/a", &[&[("o", &["labs:read"])]]));
        set.operations.push(operation(Method::Post, "/b", &[&[("o", &["labs:read"])], &[("o", &["labs:write"])]]));
        set.operations.push(operation(Method::Post, "/c", &[&[("o", &["labs:read"])], &[("key", &[])]]));
        set.operations.push(operation(Method::Post, "/d", &[&[("o", &["labs:read", "overwrite"])]]));
        set.operations.push(operation(Method::Post, "/e", &[&[("o", &["readiness"])], &[("o", &["threads"])]]));
        set.operations.push(operation(Method::Post, "/f", &[]));
        set.operations.push(operation(Method::Post, "webhook:labReady", &[&[("o", &["labs:read"])]]));
        set.operations.push(operation(Method::Delete, "/g", &[&[("o", &["Claims.ReadWrite"])]]));
        set.operations.push(Operation { method: Method::Put, path: "/h".into(), operation_id: None, security: None });
        quiet(&super::RULE, &set);
    }
}
