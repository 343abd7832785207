//! B002: catch-all words (`all_data`, `everything`, `full_access`).

use crate::lint::names::Name;
use crate::lint::words::Class;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope};

pub const RULE: Rule = Rule {
    code: "B002",
    name: "catch-all-word",
    level: Level::Error,
    summary: "The name says it covers everything",
    what: "Flags names built on a catch-all word: `everything`, `unrestricted`, the set's own \
           `[settings] broad_words`, and a quantifier (`all`, `any`, `full`, `entire`) with nothing specific \
           after it (`read_all`, `read_all_data`, `full_access`). A quantifier over a named resource \
           (`read_all_orders`) is not flagged, and words are whole tokens: `install` holds no `all`. A trailing \
           `.All` is B005. A URL scope ending in `.default` asks for every permission configured for the app.",
    why: "A catch-all scope hands over data the task never needed. HIPAA's minimum necessary standard \
          asks for access limited to what the purpose requires; `read_all_data` cannot be reviewed against \
          any purpose.",
    bad: "[scopes.read_all_data]\ndescription = \"Legacy catch-all read\"",
    good: "[scopes.view_lab_results]\ndescription = \"Read a patient's laboratory results\"",
    fix: "Split the scope into one scope per resource and action, and deprecate the catch-all.",
    check: Check::Scope(check),
};

fn check(ctx: &Context<'_>, name: &Name, _: Option<&Scope>) -> Option<String> {
    if name.style == crate::lint::names::Style::Url && name.words().eq(["default"]) && name.judged.starts_with('.') {
        return Some(format!("`{}` asks for every permission configured for the app (`.default`)", name.raw));
    }
    if ctx.broad_words.is_empty() && !name.classes.has(Class::CATCH_ALL) && !name.classes.has(Class::QUANTIFIER) {
        return None;
    }
    let n = name.tokens.len();
    for i in 0..n {
        let w = name.word(i);
        if name.is(i, Class::CATCH_ALL) || ctx.broad_words.iter().any(|b| b == w) {
            return Some(format!("`{}` in `{}` is a catch-all word", name.written(i), name.raw));
        }
        if !name.is(i, Class::QUANTIFIER) {
            continue;
        }
        let last = i + 1 == n;
        if w == "all" && last && name.tokens[i].sep == Some('.') {
            continue; // tenant-wide suffix: B005
        }
        if w == "full" && !last && name.word(i + 1) == "control" {
            continue; // full control: B003
        }
        let next = (i + 1..n).find(|&j| !name.is(j, Class::ACTION));
        match next {
            None => {
                return Some(format!(
                    "`{}` in `{}` quantifies over nothing named, so it means everything",
                    name.written(i),
                    name.raw
                ));
            }
            Some(j) if name.is(j, Class::GENERIC) => {
                return Some(format!(
                    "`{}` in `{}` quantifies over `{}`, which names no specific resource",
                    name.written(i),
                    name.raw,
                    name.word(j)
                ));
            }
            Some(_) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::ScopeSet;

    #[test]
    fn fires_on_catch_alls() {
        fires(&super::RULE, &named(&["read_all_data"]), &on_scope("read_all_data"), "quantifies over `data`");
        let hits = flagged(
            &super::RULE,
            &["write_all_phr", "full_access", "read_all", "everything", "https://graph.microsoft.com/.default"],
        );
        assert_eq!(hits.len(), 5, "{hits:?}");
    }

    #[test]
    fn set_broad_words_count() {
        let mut set: ScopeSet = named(&["read_kitchen_sink"]);
        set.settings.broad_words = vec!["Sink".into()];
        fires(&super::RULE, &set, &on_scope("read_kitchen_sink"), "`sink`");
    }

    #[test]
    fn quiet_on_specific_or_substring_matches() {
        quiet(
            &super::RULE,
            &named(&[
                "read_all_orders",
                "install_app",
                "callback_url",
                "Files.Read.All",
                "Sites.FullControl.All",
                "small_talk",
            ]),
        );
    }
}
