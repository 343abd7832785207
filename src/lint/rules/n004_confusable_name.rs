//! N004: two names that look the same (Unicode TR39 confusable skeletons).

use std::collections::HashMap;

use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "N004",
    name: "confusable-name",
    level: Level::Error,
    summary: "The name looks like another scope's name",
    what: "Computes each name's confusable skeleton (Unicode TR39: Cyrillic `а` and Latin `a`, `rn` and `m`, \
           `0` and `O` map alike) and flags a name whose skeleton another, different name already has. Names \
           are hashed by skeleton, so this is linear in the size of the set.",
    why: "A reviewer approving `pаtient_read` (with a Cyrillic `а`) believes it is `patient_read`. Lookalikes \
          let a grant slip past review, or let a client request a scope nobody audits.",
    bad: "[scopes.modify_notes]\n[scopes.rnodify_notes]",
    good: "[scopes.modify_notes]\n[scopes.read_notes]",
    fix: "Remove or rename one of the two scopes so no two names look alike.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    let mut seen: HashMap<String, &str> = HashMap::with_capacity(ctx.set.scopes.len());
    for s in &ctx.set.scopes {
        let skeleton: String = unicode_security::skeleton(&s.name).collect();
        match seen.get(skeleton.as_str()) {
            Some(other) if *other != s.name => hits.push(Hit::new(
                Subject::Scope(s.name.clone()),
                format!("`{}` looks like `{other}` (the same Unicode TR39 confusable skeleton)", s.name),
            )),
            Some(_) => {}
            None => {
                seen.insert(skeleton, &s.name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_lookalikes() {
        let set = named(&["patient_read", "p\u{430}tient_read"]);
        fires(&super::RULE, &set, &on_scope("p\u{430}tient_read"), "looks like `patient_read`");
        assert_eq!(run(&super::RULE, &named(&["modify_notes", "rnodify_notes"])).len(), 1);
    }

    #[test]
    fn quiet_on_distinct_names() {
        quiet(&super::RULE, &named(&["patient_read", "practitioner_read", "read_labs"]));
    }
}
