//! N005: a name mixing writing systems.

use unicode_security::MixedScript;

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "N005",
    name: "mixed-script",
    level: Level::Error,
    summary: "The name mixes scripts, such as Latin and Cyrillic",
    what: "Flags names that are not single-script in the sense of Unicode TR39 (their resolved script set is \
           empty): `pаtient` with a Cyrillic `а` among Latin letters. Such a name is almost always a spoof or \
           a copy-paste accident.",
    why: "A mixed-script name reads as a familiar scope while being a different string, so grants of it escape \
          review and requests for it fail in confusing ways.",
    bad: "[scopes.\"p\u{430}tient_read\"]",
    good: "[scopes.patient_read]",
    fix: "Retype the name in plain ASCII.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    if name.raw.is_ascii() || name.raw.is_single_script() {
        return None;
    }
    let odd = name.raw.chars().find(|c| !c.is_ascii())?;
    Some(format!(
        "`{}` mixes scripts: `{odd}` (U+{:04X}) is not a Latin letter, though it may look like one",
        name.raw, odd as u32
    ))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_cyrillic_in_latin() {
        fires(&super::RULE, &named(&["p\u{430}tient"]), &on_scope("p\u{430}tient"), "U+0430");
    }

    #[test]
    fn quiet_on_single_script_names() {
        quiet(&super::RULE, &named(&["patient", "\u{43f}\u{430}\u{446}\u{438}\u{435}\u{43d}\u{442}", "caf\u{e9}"]));
    }
}
