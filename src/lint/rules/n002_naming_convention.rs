//! N002: names that break the set's declared `[settings] naming`.

use crate::lint::names::{Name, Style};
use crate::lint::rules::is_protocol;
use crate::lint::smart;
use crate::lint::words::{self, ACTIONS, Class};
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Naming, Scope};

pub const RULE: Rule = Rule {
    code: "N002",
    name: "naming-convention",
    level: Level::Warning,
    summary: "The name does not follow the set's naming convention",
    what: "When `[settings] naming` is set, flags names that do not follow it: `action_resource` \
           (snake_case, an action word first: `read_lab_results`), `resource.action` (`lab_results.read`), \
           `resource:action` (`lab_results:read`) or `smart` (SMART on FHIR grammar, where absolute-URI custom \
           scopes such as `https://example.org/scopes/read-labs` fit too). OpenID Connect and SMART protocol \
           scopes (`openid`, `offline_access`) are exempt, and names that break the SMART grammar are left to \
           N007, which says why.",
    why: "One convention lets reviewers read a scope's resource and action at a glance, and lets tools group \
          scopes by resource.",
    bad: "[settings]\nnaming = \"action_resource\"\n\n[scopes.\"labs.read\"]\ndescription = \"Read labs\"",
    good: "[settings]\nnaming = \"action_resource\"\n\n[scopes.read_labs]\ndescription = \"Read labs\"",
    fix: "Rename the scope to the convention, keeping the old name as a deprecated alias with `replaced_by`.",
    check: Check::Scope(check),
};

fn lower_snake(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn ends_in_action(s: &str) -> bool {
    words::is(ACTIONS, s)
}

fn check(ctx: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    let naming = ctx.set.settings.naming;
    if naming == Naming::Any || is_protocol(name) {
        return None;
    }
    let raw = name.raw;
    let ok = match naming {
        Naming::ActionResource => {
            matches!(name.style, Style::Snake) && lower_snake(raw) && name.tokens.len() > 1 && name.is(0, Class::ACTION)
        }
        Naming::ResourceDotAction => {
            raw.rsplit_once('.').is_some_and(|(res, act)| res.split('.').all(lower_snake) && ends_in_action(act))
        }
        Naming::ResourceColonAction => {
            raw.split_once(':').is_some_and(|(res, act)| lower_snake(res) && ends_in_action(act))
        }
        // A grammar error is N007's finding, with the reason; one finding per name.
        Naming::Smart => name.smart.is_some() || name.smart_error.is_some() || smart::is_uri(raw),
        Naming::Any => true,
    };
    let example = match naming {
        Naming::ActionResource => "read_lab_results",
        Naming::ResourceDotAction => "lab_results.read",
        Naming::ResourceColonAction => "lab_results:read",
        _ => "patient/Observation.rs",
    };
    (!ok).then(|| format!("`{raw}` does not follow the `{}` convention (like `{example}`)", naming.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::lint::{Options, lint};
    use crate::model::Naming;

    fn with(naming: Naming, names: &[&str]) -> crate::model::ScopeSet {
        let mut set = named(names);
        set.settings.naming = naming;
        set
    }

    #[test]
    fn fires_on_each_convention() {
        fires(
            &super::RULE,
            &with(Naming::ActionResource, &["labs.read", "read_labs"]),
            &on_scope("labs.read"),
            "action_resource",
        );
        assert_eq!(run(&super::RULE, &with(Naming::ResourceDotAction, &["read_labs", "labs.read"])).len(), 1);
        assert_eq!(run(&super::RULE, &with(Naming::ResourceColonAction, &["labs.read", "labs:read"])).len(), 1);
        assert_eq!(run(&super::RULE, &with(Naming::Smart, &["read_labs", "patient/Observation.rs"])).len(), 1);
    }

    #[test]
    fn smart_takes_launch_parameters_and_uris() {
        quiet(
            &super::RULE,
            &with(
                Naming::Smart,
                &[
                    "launch/list?role=https://example.org/fhir/ValueSet/care-team",
                    "launch/patient?role=https://example.org/fhir/ValueSet/care-team",
                    "https://example.org/scopes/read-labs",
                    "urn:example:scopes:read-labs",
                ],
            ),
        );
        fires(&super::RULE, &with(Naming::Smart, &["admin/console"]), &on_scope("admin/console"), "`smart`");
        fires(&super::RULE, &with(Naming::Smart, &["read:labs"]), &on_scope("read:labs"), "`smart`");
    }

    #[test]
    fn smart_leaves_grammar_errors_to_n007() {
        let names =
            ["practitioner/Observation.read", "x/Y.z", "launch/Patient", "launch/patient", "patient/Observation.sr"];
        let set = with(Naming::Smart, &names);
        quiet(&super::RULE, &set);
        let options = Options { select: vec!["N002".into(), "N007".into()], ignore: Vec::new() };
        let findings = lint(&set, today(), &options).expect("valid selection").findings;
        let found: Vec<(&str, Option<&str>)> = findings.iter().map(|f| (f.rule.code, f.subject.scope())).collect();
        assert_eq!(
            found,
            [
                ("N007", Some("practitioner/Observation.read")),
                ("N007", Some("x/Y.z")),
                ("N007", Some("launch/Patient")),
                ("N007", Some("patient/Observation.sr")),
            ]
        );
    }

    #[test]
    fn quiet_without_a_convention_or_on_protocol_scopes() {
        quiet(&super::RULE, &with(Naming::Any, &["labs.read", "ReadLabs"]));
        quiet(&super::RULE, &with(Naming::ActionResource, &["read_labs", "openid", "offline_access"]));
    }
}
