//! L003: a replacement that is unknown, deprecated or retired.

use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Status, Subject};

pub const RULE: Rule = Rule {
    code: "L003",
    name: "replacement-not-active",
    level: Level::Error,
    summary: "A scope's replacement is unknown, deprecated or retired",
    what: "Checks each name in `replaced_by` and flags those the set does not define, and those that are \
           themselves deprecated or retired.",
    why: "Holders told to move to a replacement that does not exist, or that is on its way out, either stay \
          on the old scope or migrate twice.",
    bad: "[scopes.old]\nstatus = \"deprecated\"\nreplaced_by = [\"mid\"]\nsunset = 2027-01-01\n\n[scopes.mid]\nstatus = \"deprecated\"\nreplaced_by = [\"new\"]\nsunset = 2027-06-01\n\n[scopes.new]",
    good: "[scopes.old]\nstatus = \"deprecated\"\nreplaced_by = [\"new\"]\nsunset = 2027-01-01\n\n[scopes.new]",
    fix: "Point `replaced_by` at active scopes.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for s in &ctx.set.scopes {
        for r in &s.replaced_by {
            let problem = match ctx.scope(r).map(|t| t.status) {
                None => "is not defined",
                Some(Status::Deprecated) => "is itself deprecated",
                Some(Status::Retired) => "is retired",
                Some(Status::Active) => continue,
            };
            hits.push(Hit::new(
                Subject::ScopeField(s.name.clone(), "replaced_by"),
                format!("`{}` is replaced by `{r}`, which {problem}", s.name),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::{Status, Subject};

    #[test]
    fn fires_on_an_unknown_replacement() {
        let mut set = named(&["old"]);
        set.scopes[0].replaced_by = vec!["nowhere".into()];
        fires(&super::RULE, &set, &Subject::ScopeField("old".into(), "replaced_by"), "not defined");
        set = named(&["old", "mid"]);
        set.scopes[0].replaced_by = vec!["mid".into()];
        set.scopes[1].status = Status::Retired;
        fires(&super::RULE, &set, &Subject::ScopeField("old".into(), "replaced_by"), "retired");
    }

    #[test]
    fn quiet_on_active_replacements() {
        let mut set = named(&["old", "new"]);
        set.scopes[0].replaced_by = vec!["new".into()];
        quiet(&super::RULE, &set);
    }
}
