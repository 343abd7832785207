//! B007: SMART v1 `write` or `*` where v2 letters would be narrower.

use crate::lint::names::Name;
use crate::lint::smart::Version;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B007",
    name: "smart-v1-broad",
    level: Level::Warning,
    summary: "A SMART v1 `write` or `*` grants more than a v2 scope would",
    what: "Flags SMART on FHIR v1 clinical scopes with `.write` (create, update and delete together) or `.*` \
           (everything). SMART v2 lets a client ask for exactly `c`, `u` or `d`, and for reading as `rs`.",
    why: "An app that only records new observations needs `c`, not the right to change or delete existing \
          ones. HIPAA's minimum necessary standard asks for the narrower v2 permission.",
    bad: "[scopes.\"user/Observation.write\"]\ndescription = \"Record observations\"",
    good: "[scopes.\"user/Observation.c\"]\ndescription = \"Record observations\"",
    fix: "Rewrite as SMART v2 with only the letters the task needs (`.c`, `.cu`, `.rs`).",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    let c = name.clinical().filter(|c| c.version == Version::V1)?;
    match c.written.as_str() {
        "write" => Some(format!(
            "SMART v1 `.write` in `{}` grants create, update and delete; v2 can ask for `c`, `u` or `d` alone",
            name.raw
        )),
        "*" => Some(format!(
            "SMART v1 `.*` in `{}` grants every action; v2 can ask for only the letters of `cruds` needed",
            name.raw
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_v1_write_and_star() {
        fires(&super::RULE, &named(&["user/Observation.write"]), &on_scope("user/Observation.write"), "`.write`");
        assert_eq!(flagged(&super::RULE, &["patient/Patient.*", "system/*.write"]).len(), 2);
    }

    #[test]
    fn quiet_on_v1_read_and_v2() {
        quiet(&super::RULE, &named(&["patient/Observation.read", "user/Observation.cud", "write_labs"]));
    }
}
