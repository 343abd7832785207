//! B008: a resource named without an action where the set also names it with one.

use std::collections::HashMap;

use crate::lint::names::Name;
use crate::lint::rules::{is_protocol, resource_key, rw_bits};
use crate::lint::words::Class;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B008",
    name: "unqualified-resource",
    level: Level::Warning,
    summary: "The scope names a resource but no action, so it grants every action",
    what: "Flags a scope that names a resource without any action word when the same set also names that \
           resource with one: `drive` beside `drive.readonly`, `user` beside `read:user`. In such families \
           the bare name is the all-actions form. It also flags URL scopes with no path \
           (`https://mail.google.com/`), which name a whole service.",
    why: "The unqualified scope is the widest member of its family. HIPAA's minimum necessary standard asks \
          for the narrowest member that does the job.",
    bad: "[scopes.records]\ndescription = \"Patient records\"\n\n[scopes.\"records.readonly\"]\ndescription = \"Read patient records\"",
    good: "[scopes.\"records.write\"]\ndescription = \"Change patient records\"\n\n[scopes.\"records.readonly\"]\ndescription = \"Read patient records\"",
    fix: "Grant the action-qualified member of the family (`drive.readonly`, `read:user`), or give the bare \
          scope an action in its name.",
    check: Check::Scope(check),
};

fn check(ctx: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    if name.url_root {
        return Some(format!("`{}` has no path, so it names the whole `{}` service", name.raw, name.judged));
    }
    if is_protocol(name) || name.smart.is_some() || name.tokens.is_empty() || rw_bits(name) != 0 {
        return None;
    }
    if name.classes.has(Class::ACTION) || name.words().any(|w| w == "*") {
        return None;
    }
    let qualified = ctx.qualified.get_or_init(|| {
        let mut map = HashMap::new();
        for (i, n) in ctx.names.iter().enumerate() {
            if n.smart.is_none() && n.classes.has(Class::ACTION) {
                map.entry(resource_key(n)).or_insert(i);
            }
        }
        map
    });
    let &sibling = qualified.get(&resource_key(name))?;
    Some(format!(
        "`{}` names no action, so it grants every action on it; the set also has the narrower `{}`",
        name.raw, ctx.set.scopes[sibling].name
    ))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_the_bare_member_of_a_family() {
        fires(&super::RULE, &named(&["drive", "drive.readonly"]), &on_scope("drive"), "`drive.readonly`");
        assert_eq!(flagged(&super::RULE, &["user", "read:user", "repo", "delete_repo"]), ["user", "repo"]);
        assert_eq!(flagged(&super::RULE, &["https://mail.google.com/"]).len(), 1);
    }

    #[test]
    fn quiet_without_a_qualified_sibling() {
        quiet(&super::RULE, &named(&["gist", "notifications", "email", "openid", "drive.file", "lab_results.read"]));
    }
}
