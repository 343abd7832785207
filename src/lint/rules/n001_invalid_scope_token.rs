//! N001: characters RFC 6749 does not allow in a scope-token.

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, validate_scope_name};

pub const RULE: Rule = Rule {
    code: "N001",
    name: "invalid-scope-token",
    level: Level::Error,
    summary: "The name is not a valid OAuth scope-token",
    what: "Flags names that RFC 6749 section 3.3 does not allow as a scope-token: empty, over 200 bytes, or \
           holding a space, a double quote, a backslash, a control character or any non-ASCII character.",
    why: "A scope request is a space-separated list, so such a name cannot be requested at all, or is split \
          into other scopes by the authorization server.",
    bad: "[scopes.\"read labs\"]\ndescription = \"Read lab results\"",
    good: "[scopes.read_labs]\ndescription = \"Read lab results\"",
    fix: "Rename the scope using printable ASCII without spaces, quotes or backslashes.",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    validate_scope_name(name.raw).err().map(|e| format!("`{}`: {e}", name.raw))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_bad_characters() {
        fires(&super::RULE, &named(&["read labs"]), &on_scope("read labs"), "a space at byte 4");
        assert_eq!(flagged(&super::RULE, &["p\u{430}tient", "a\"b", ""]).len(), 3);
    }

    #[test]
    fn quiet_on_valid_tokens() {
        quiet(&super::RULE, &named(&["read_labs", "patient/Observation.rs?category=laboratory", "admin:org"]));
    }
}
