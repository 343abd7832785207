//! B001: a `*` where a resource or scope name should be.

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B001",
    name: "wildcard-scope",
    level: Level::Error,
    summary: "A wildcard stands for every resource",
    what: "Flags scopes with a `*` token in place of a resource: a SMART scope on resource type `*` \
           (`patient/*.read`), or a `*` in any other scope name (`Athenanet.MDP.*`, `read:*`).",
    why: "A wildcard grants every resource the server has today and every one it adds tomorrow. HIPAA's \
          minimum necessary standard asks that each role and app hold only the PHI its task needs; a \
          wildcard makes that impossible to show.",
    bad: "[scopes.\"patient/*.read\"]\ndescription = \"Read anything about the patient\"",
    good: "[scopes.\"patient/Observation.rs\"]\ndescription = \"Read the patient's observations\"",
    fix: "Name the resource types the task needs, one scope each (`patient/Observation.rs`).",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    if let Some(c) = name.clinical() {
        return c.resource.is_none().then(|| {
            format!(
                "the resource type `*` in `{}` covers every FHIR resource in the {} context",
                name.raw,
                c.context.as_str()
            )
        });
    }
    name.words()
        .any(|w| w == "*")
        .then(|| format!("the `*` in `{}` stands for every resource, including ones added later", name.raw))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_wildcards() {
        fires(&super::RULE, &named(&["patient/*.read"]), &on_scope("patient/*.read"), "resource type `*`");
        assert_eq!(flagged(&super::RULE, &["system/*.rs", "Athenanet.MDP.*", "*", "read:*"]).len(), 4);
    }

    #[test]
    fn quiet_on_named_resources() {
        quiet(&super::RULE, &named(&["patient/Observation.rs", "patient/Observation.*", "view_lab_results"]));
    }
}
