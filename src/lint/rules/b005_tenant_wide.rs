//! B005: the tenant-wide `.All` suffix.

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B005",
    name: "tenant-wide",
    level: Level::Error,
    summary: "A trailing `.All` extends the scope to the whole tenant",
    what: "Flags dotted names whose last part is `All` (`User.Read.All`, `Files.ReadWrite.All`): in Microsoft \
           Graph style they reach every user and resource in the organisation, not only the signed-in \
           user's. An `all` inside a name (`read_all_orders`) is not this rule.",
    why: "An app acting for one clinician should see that clinician's data, not the whole organisation's. \
          HIPAA's minimum necessary standard asks for the narrower, user-bound permission.",
    bad: "[scopes.\"Files.Read.All\"]\ndescription = \"Read every file in the tenant\"",
    good: "[scopes.\"Files.Read\"]\ndescription = \"Read the signed-in user's files\"",
    fix: "Use the user-bound form (`Files.Read`) or a resource-selected one (`Sites.Selected`).",
    check: Check::Scope(check),
};

fn check(_: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    let last = name.tokens.len().checked_sub(1)?;
    (last > 0 && name.word(last) == "all" && name.tokens[last].sep == Some('.')).then(|| {
        format!("the suffix `.{}` extends `{}` to every user and resource in the tenant", name.written(last), name.raw)
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_trailing_all() {
        fires(&super::RULE, &named(&["User.Read.All"]), &on_scope("User.Read.All"), "`.All`");
        assert_eq!(flagged(&super::RULE, &["Directory.ReadWrite.All", "users.read.all"]).len(), 2);
    }

    #[test]
    fn quiet_on_inner_all() {
        quiet(&super::RULE, &named(&["read_all_orders", "User.Read", "all", "install.app"]));
    }
}
